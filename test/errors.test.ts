// Bad-input corpus: every test/errors/NAME.py is run with cwd test/errors; stderr must equal
// NAME.py.stderr (CPython's, with <DIR> standing for the folder) and the status NAME.py.status.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  REPO_ROOT, RUN_TIMEOUT_MS, Pool, RunResult, assertNoJsCrash, checkWithKnownFailing,
  listPrograms, normalizeDir, readIfExists, readKnownFailing, runPython,
} from './run_python.js';

const DIR = join(REPO_ROOT, 'test', 'errors');
const LIST = 'test/errors.known-failing.txt';

describe('syntax errors (test/errors)', function () {
  const cases = listPrograms(DIR, false);
  const knownFailing = readKnownFailing(join(REPO_ROOT, LIST));
  const pool = new Pool<RunResult>(2);
  const run = (name: string) => pool.run(name, () => runPython(name, { cwd: DIR }));

  before(function () {
    for (const name of cases) void run(name);
  });

  for (const name of cases) {
    it(name, async function () {
      this.timeout(2 * RUN_TIMEOUT_MS + 10_000);
      const r = await run(name);
      await checkWithKnownFailing(this, name, knownFailing, LIST, () => {
        assertNoJsCrash(r.stderr);
        expect(r.stdout, `stdout of ${name}`).to.equal('');
        const stderr = readFileSync(join(DIR, name + '.stderr'), 'utf8');
        expect(normalizeDir(r.stderr, DIR), `stderr of ${name}`).to.equal(stderr);
        const status = Number((readIfExists(join(DIR, name + '.status')) ?? '1').trim());
        expect(r.status, `exit status of ${name}`).to.equal(status);
      });
    });
  }
});
