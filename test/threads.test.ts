// Threaded programs in both builds: the project's own (test/corpus/threads_*.py) and, when
// ../shared is beside the repository, ../shared/threads. A threaded program's output must not
// depend on scheduling, so each must print its .expected exactly in the STM build, in the GIL
// build, and in the STM build with a fifth of all transactions aborted at commit
// (--stm-abort-rate 0.2): what re-runs after an abort must not show. The shared programs run
// five times in each build. Every program also runs once with a collection at every
// safepoint and the heap verified after each (all threads stop for each collection).
import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  REPO_ROOT, RUN_TIMEOUT_MS, Pool, RunResult, assertNoJsCrash, checkWithKnownFailing, listPrograms, readKnownFailing,
  runPython,
} from './run_python.js';

const OWN = join(REPO_ROOT, 'test', 'corpus');
const SHARED = resolve(REPO_ROOT, '..', 'shared', 'threads');
const LIST = 'test/threads.known-failing.txt';

interface Variant {
  name: string; vmArgs: string[]; times: number; env?: Record<string, string>;
  /** Programs this variant leaves out. */
  except?: string[];
}

const pool = new Pool<RunResult>(2);
const knownFailing = readKnownFailing(join(REPO_ROOT, LIST));

function suite(title: string, dir: string, programs: string[], variants: Variant[]): void {
  describe(title, function () {
    const key = (p: string, v: Variant, i: number) => `${dir}/${p} ${v.name} #${i}`;
    const run = (p: string, v: Variant, i: number) => pool.run(key(p, v, i), () => runPython(p, { cwd: dir, vmArgs: v.vmArgs, env: v.env }));
    before(function () {
      for (const v of variants) for (let i = 0; i < v.times; i++) for (const p of programs) if (!v.except?.includes(p)) void run(p, v, i);
    });
    for (const p of programs) {
      for (const v of variants) {
        if (v.except?.includes(p)) continue;
        it(`${p} (${v.name}${v.times > 1 ? `, ${v.times} runs` : ''})`, async function () {
          this.timeout(v.times * 2 * RUN_TIMEOUT_MS + 10_000);
          const expected = readFileSync(join(dir, `${p}.expected`), 'utf8');
          for (let i = 0; i < v.times; i++) {
            const r = await run(p, v, i);
            await checkWithKnownFailing(this, `${p} ${v.name}`, knownFailing, LIST, () => {
              assertNoJsCrash(r.stderr);
              expect(r.timedOut, 'timed out').to.equal(false);
              expect(r.stdout, `stdout of ${p}, ${v.name} run ${i + 1} (stderr: ${r.stderr.slice(0, 2000)})`).to.equal(expected);
            });
          }
        });
      }
    }
  });
}

const stm = (times: number): Variant => ({ name: 'stm', vmArgs: [], times });
const gil = (times: number): Variant => ({ name: 'gil', vmArgs: ['--mode', 'gil'], times });
const aborting: Variant = { name: 'stm, abort rate 0.2', vmArgs: ['--stm-abort-rate', '0.2'], times: 1 };
const collecting = (build: string[]): Variant => ({
  name: `${build.length === 0 ? 'stm' : 'gil'}, collections stressed`, vmArgs: [...build, '--verify-heap'], times: 1,
  env: { PYSTM_GC_STRESS: '1' },
  // 1,000 threads, all marked at every collection: 15 s alone, too long next to other tests.
  except: ['threads_event_many.py'],
});

// The own corpus already runs once in the STM build (corpus.test.ts).
suite('threaded corpus (test/corpus/threads_*.py)', OWN, listPrograms(OWN, true).filter((p) => p.startsWith('threads_')), [gil(1), aborting, collecting([]), collecting(['--mode', 'gil'])]);
if (existsSync(SHARED)) suite('shared threads (../shared/threads)', SHARED, listPrograms(SHARED, true), [stm(5), gil(5), aborting, collecting([]), collecting(['--mode', 'gil'])]);
