// The project's own Python corpus: every test/corpus/NAME.py with a NAME.py.expected is run
// with cwd test/corpus as `pystm NAME.py [args from NAME.py.args]`, stdin from NAME.py.stdin.
// stdout must equal NAME.py.expected, the status NAME.py.status (0 when absent), and for
// exit_* programs stderr must equal NAME.py.stderr (with <DIR> standing for the corpus folder).
import { expect } from 'chai';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  REPO_ROOT, RUN_TIMEOUT_MS, Pool, RunResult, assertNoJsCrash, checkWithKnownFailing,
  listPrograms, normalizeDir, readArgs, readIfExists, readKnownFailing, runPython,
} from './run_python.js';

const DIR = join(REPO_ROOT, 'test', 'corpus');
const LIST = 'test/corpus.known-failing.txt';

describe('corpus (test/corpus)', function () {
  const programs = listPrograms(DIR, true);
  const knownFailing = readKnownFailing(join(REPO_ROOT, LIST));
  const pool = new Pool<RunResult>(2);
  const run = (name: string) =>
    pool.run(name, async () => {
      const result = await runPython(name, {
        cwd: DIR,
        args: readArgs(join(DIR, name + '.args')),
        stdin: readIfExists(join(DIR, name + '.stdin')) ?? '',
      });
      // Files a program leaves behind are removed here; only that program's own (named
      // _pystm_tmp_<program>...), since the others run at the same time.
      const prefix = `_pystm_tmp_${name.replace(/\.py$/, '')}`;
      for (const f of readdirSync(DIR)) if (f.startsWith(prefix)) rmSync(join(DIR, f), { force: true, recursive: true });
      return result;
    });

  before(function () {
    for (const name of programs) void run(name); // queue every run up front, 2 at a time
  });

  for (const name of programs) {
    it(name, async function () {
      this.timeout(2 * RUN_TIMEOUT_MS + 10_000);
      const r = await run(name);
      await checkWithKnownFailing(this, name, knownFailing, LIST, () => {
        assertNoJsCrash(r.stderr);
        expect(r.timedOut, 'timed out').to.equal(false);
        const expected = readFileSync(join(DIR, name + '.expected'), 'utf8');
        expect(r.stdout, `stdout of ${name} (stderr: ${r.stderr.slice(0, 2000)})`).to.equal(expected);
        const status = Number((readIfExists(join(DIR, name + '.status')) ?? '0').trim());
        expect(r.status, `exit status of ${name}`).to.equal(status);
        if (name.startsWith('exit_')) {
          const stderr = readFileSync(join(DIR, name + '.stderr'), 'utf8');
          expect(normalizeDir(r.stderr, DIR), `stderr of ${name}`).to.equal(stderr);
        }
      });
    });
  }
});
