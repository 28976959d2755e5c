// The garbage collector: unit tests of the heap after a collection, and Python programs run
// with the collector stressed (PYSTM_GC_STRESS=1: a collection at every safepoint) and the
// heap verified after every collection (--verify-heap).
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freshWorld } from '../world.js';
import { alloc, retireChunk } from '../../gc/alloc.js';
import { gcStats } from '../../gc/collector.js';
import { collect } from '../../gc/stop.js';
import { heap } from '../../gc/heap.js';
import { Control, ListL, Ref } from '../../gc/layout.js';
import { HeapCorrupt, verifyHeap } from '../../gc/verify.js';
import { listAppend, listItems, newList } from '../../src/objects/list.js';
import { newStr, strValue } from '../../src/objects/str.js';
import { dictSet } from '../../src/objects/dict.js';
import { moduleDict } from '../../src/objects/module.js';
import { intern } from '../../src/runtime/intern.js';
import { T_TUPLE } from '../../src/objects/statics.js';
import { REPO_ROOT } from '../run_python.js';

interface Run { stdout: string; stderr: string; status: number | null; }

function pystm(file: string, args: string[], env: Record<string, string>, cwd = REPO_ROOT): Run {
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'pystm.js'), ...args, file], {
    cwd, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000,
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

const STRESS = { PYSTM_GC_STRESS: '1' };
const PROGRAMS = join(REPO_ROOT, 'test', 'gc', 'programs');

function expectLike(file: string, r: Run): void {
  expect(r.stderr).to.not.match(/HeapCorrupt|heap corrupt|at .*\.js:\d+/);
  expect(r.stdout).to.equal(readFileSync(file + '.expected', 'utf8'));
  expect(r.status).to.equal(0);
}

/** Makes `value` reachable: a name in the builtins module (in the boot region, a root). */
function root(name: string, value: Ref): void {
  dictSet(moduleDict(heap.i32[Control.BUILTINS]), intern(name), value);
}

describe('gc/collector', function () {
  this.timeout(240_000);

  describe('in the heap', () => {
    beforeEach(() => freshWorld(64 * 1024 ** 2));

    it('frees unreachable objects and reuses their memory', () => {
      retireChunk();
      const first = alloc(T_TUPLE, 8);
      for (let i = 0; i < 1000; i++) alloc(T_TUPLE, 8);
      const found = collect();
      expect(found).to.be.at.least(1001);
      expect(verifyHeap()).to.be.greaterThan(0);
      // The next chunk is the free block where the garbage was.
      expect(alloc(T_TUPLE, 8)).to.equal(first);
      expect(gcStats().collections).to.equal(1);
    });

    it('keeps what the roots reach', () => {
      const l = newList([]);
      for (let i = 0; i < 100; i++) listAppend(l, newStr(`item ${i}`));
      root('kept', l);
      for (let i = 0; i < 1000; i++) newStr(`garbage ${i}`);
      collect();
      verifyHeap();
      expect(listItems(l).map(strValue)).to.deep.equal(Array.from({ length: 100 }, (_, i) => `item ${i}`));
    });

    it('the verifier finds a reference that is not to an object', () => {
      const kept = newList([newStr('x')]);
      root('kept', kept);
      collect();
      expect(() => verifyHeap()).to.not.throw();
      heap.i32[kept + ListL.ITEMS] = kept + 2; // into the middle of an object
      expect(() => verifyHeap()).to.throw(HeapCorrupt);
    });
  });

  describe('Python programs', () => {
    it('collects cycles, clears weak references, runs each __del__ once', () => {
      const file = join(PROGRAMS, 'gc_weak_finalize.py');
      expectLike(file, pystm(file, ['--verify-heap'], STRESS));
    });

    it('garbage of every kind, made in loops, with the heap verified after each collection', () => {
      const file = join(PROGRAMS, 'gc_loops.py');
      expectLike(file, pystm(file, ['--verify-heap'], STRESS));
    });

    it('a program allocating 2 GB with a few MB live runs under --max-heap 256M', () => {
      const file = join(PROGRAMS, 'gc_churn.py');
      expectLike(file, pystm(file, ['--max-heap', '256M'], {}));
    });

    // With threads, every thread stops for a collection and marks its own roots (gc/stop.ts).
    for (const build of [[], ['--mode', 'gil']]) {
      const name = build.length === 0 ? 'STM' : 'GIL';
      it(`four threads allocating 1 GB with 24 MB live run under --max-heap 128M (${name} build)`, () => {
        const file = join(PROGRAMS, 'gc_churn_threads.py');
        expectLike(file, pystm(file, [...build, '--max-heap', '128M'], {}));
      });
    }

    it('a thread inside built-ins that call back into Python vetoes collections; its objects survive', () => {
      const file = join(PROGRAMS, 'gc_threads_nested.py');
      expectLike(file, pystm(file, ['--verify-heap'], STRESS));
    });

    const stressed: [string, string[]][] = [
      ['STM build', []], ['GIL build', ['--mode', 'gil']], ['STM build, abort rate 0.2', ['--stm-abort-rate', '0.2']],
    ];
    for (const [name, args] of stressed) {
      it(`four threads sharing a dict, building and dropping cycles, finalizers and weak references (${name})`, () => {
        const file = join(PROGRAMS, 'gc_threads_stress.py');
        expectLike(file, pystm(file, [...args, '--verify-heap'], STRESS));
      });
    }

    // Corpus programs that reach safepoints most often under stress.
    const corpus = ['stdlib_random.py', 'mappings_type.py', 'stdlib_argparse.py', 'stdlib_heapq.py', 'stdlib_dataclasses.py'];
    const conformance = ['itertools_mod.py', 'comprehensions.py', 'random_mod.py'];
    for (const [dir, names] of [[join(REPO_ROOT, 'test', 'corpus'), corpus], [resolve(REPO_ROOT, '..', 'shared', 'conformance'), conformance]] as const) {
      for (const name of names) {
        it(`${name} with the heap verified after each collection`, function () {
          const file = join(dir, name);
          let expected: string;
          try { expected = readFileSync(file + '.expected', 'utf8'); } catch { this.skip(); }
          const r = pystm(name, ['--verify-heap'], STRESS, dir);
          expect(r.stderr).to.not.match(/HeapCorrupt|heap corrupt/);
          expect(r.stdout).to.equal(expected);
        });
      }
    }
  });
});
