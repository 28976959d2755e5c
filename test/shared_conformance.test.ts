// The shared conformance corpus (<repo>/../shared/conformance), when present beside the
// repository: stdout must equal X.py.expected and the status must be 0; stderr is ignored.
import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  REPO_ROOT, RUN_TIMEOUT_MS, Pool, RunResult, assertNoJsCrash, checkWithKnownFailing,
  listPrograms, readKnownFailing, runPython,
} from './run_python.js';

const DIR = resolve(REPO_ROOT, '..', 'shared', 'conformance');
const LIST = 'test/shared_conformance.known-failing.txt';

describe('shared conformance (../shared/conformance)', function () {
  const present = existsSync(DIR);
  const programs = listPrograms(DIR, true);
  const knownFailing = readKnownFailing(join(REPO_ROOT, LIST));
  const pool = new Pool<RunResult>(2);
  const run = (name: string) => pool.run(name, () => runPython(name, { cwd: DIR }));

  before(function () {
    if (!present) this.skip();
    for (const name of programs) void run(name);
  });

  if (!present) it('../shared/conformance is absent', function () { this.skip(); });

  for (const name of programs) {
    it(name, async function () {
      this.timeout(2 * RUN_TIMEOUT_MS + 10_000);
      const r = await run(name);
      await checkWithKnownFailing(this, name, knownFailing, LIST, () => {
        assertNoJsCrash(r.stderr);
        expect(r.timedOut, 'timed out').to.equal(false);
        const expected = readFileSync(join(DIR, name + '.expected'), 'utf8');
        expect(r.stdout, `stdout of ${name} (stderr: ${r.stderr.slice(0, 2000)})`).to.equal(expected);
        expect(r.status, `exit status of ${name}`).to.equal(0);
      });
    });
  }
});
