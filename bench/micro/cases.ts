// The micro-benchmark cases, run in one build: `node build/bench/micro/cases.js ROOT MS`
// imports the VM from the build folder ROOT (build/ or build-gil/), times every case with
// tinybench for about MS milliseconds and prints the results as one JSON object on stdout.
// A case that throws is reported with its error instead of a time.
//
// Each case runs `ops` operations per iteration; its cost per operation is the time of an
// iteration minus the time of its baseline case, divided by `ops`. So "logged read" is the
// cost of one load() inside a transaction, without the transaction's begin and commit.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Bench } from 'tinybench';

type Barrier = typeof import('../../stm/barrier.js');
type Alloc = typeof import('../../gc/alloc.js');
type Statics = typeof import('../../src/objects/statics.js');
type Boot = typeof import('../../src/runtime/boot.js');
type Compile = typeof import('../../src/runtime/compile.js');
type Exec = typeof import('../../src/runtime/exec.js');
type Module = typeof import('../../src/objects/module.js');
type Dict = typeof import('../../src/objects/dict.js');
type Intern = typeof import('../../src/runtime/intern.js');
type Call = typeof import('../../src/runtime/call.js');
type Int = typeof import('../../src/objects/int.js');

export interface CaseResult {
  name: string;
  /** What one operation is. */
  op: string;
  ops: number;
  baseline: string | null;
  /** Mean time of one iteration, ns; and its relative margin of error, %. */
  iterationNs?: number;
  rme?: number;
  samples?: number;
  /** (iteration - baseline iteration) / ops, ns. */
  nsPerOp?: number;
  error?: string;
}

export interface BuildResult { build: string; root: string; node: string; cases: CaseResult[]; }

interface Case { name: string; op: string; ops: number; baseline: string | null; fn: () => void; }

const N_OPS = 100;
const WORDS = 16;

/** Python functions for the interpreter cases: each runs its statement n times in a loop. */
const PYTHON = `
class Obj:
    def __init__(self):
        self.x = 1
obj = Obj()
G = 1
def f():
    pass
def loop_empty(n):
    for _ in range(n):
        pass
def loop_attr(n):
    o = obj
    for _ in range(n):
        o.x
def loop_global(n):
    for _ in range(n):
        G
def loop_call(n):
    for _ in range(n):
        f()
`;

async function load<T>(root: string, rel: string): Promise<T> {
  return (await import(pathToFileURL(path.join(root, rel)).href)) as T;
}

async function buildCases(root: string): Promise<Case[]> {
  await import(pathToFileURL(path.join(root, 'src/runtime/modules.js')).href);
  const boot = await load<Boot>(root, 'src/runtime/boot.js');
  const stm = await load<Barrier>(root, 'stm/barrier.js');
  const { alloc } = await load<Alloc>(root, 'gc/alloc.js');
  const { T_OBJECT } = await load<Statics>(root, 'src/objects/statics.js');
  boot.createWorld({ maxHeapBytes: 2 * 1024 ** 3 });
  const { begin, commit, load: ld, store } = stm;

  // Objects published by a committed transaction, so that reads of them are logged.
  const objects: number[] = [];
  begin();
  for (let i = 0; i < 1000; i++) objects.push(alloc(T_OBJECT, WORDS));
  commit();
  const obj = objects[0];
  let sink = 0;

  const readN = (n: number) => () => {
    begin();
    for (let i = 0; i < n; i++) sink ^= ld(objects[i], 2 + (i & 7));
    commit();
  };
  const cases: Case[] = [
    // What tinybench's own loop costs per iteration, subtracted from the empty transaction.
    { name: 'nothing', op: 'the measuring loop alone', ops: 1, baseline: null, fn: () => {} },
    { name: 'empty transaction', op: 'begin() + commit()', ops: 1, baseline: 'nothing', fn: () => { begin(); commit(); } },
    { name: 'logged read', op: 'load() in a transaction', ops: N_OPS, baseline: 'empty transaction', fn: () => {
      begin();
      for (let i = 0; i < N_OPS; i++) sink ^= ld(obj, 2 + (i & 7));
      commit();
    } },
    { name: 'buffered write', op: 'store() in a transaction', ops: N_OPS, baseline: 'empty transaction', fn: () => {
      begin();
      for (let i = 0; i < N_OPS; i++) store(obj, 2 + (i & 7), i);
      commit();
    } },
    { name: 'tx of 10 reads', op: 'read + validation, 10 objects', ops: 10, baseline: 'empty transaction', fn: readN(10) },
    { name: 'tx of 1000 reads', op: 'read + validation, 1000 objects', ops: 1000, baseline: 'empty transaction', fn: readN(1000) },
    { name: 'allocation', op: `alloc(type, ${WORDS}) in a transaction`, ops: N_OPS, baseline: 'empty transaction', fn: () => {
      begin();
      for (let i = 0; i < N_OPS; i++) sink ^= alloc(T_OBJECT, WORDS);
      commit();
    } },
  ];
  cases.push(...await pythonCases(root));
  // Keeps the loads from being optimised away.
  if (sink === 0x7fffffff) process.stderr.write('');
  return cases;
}

async function pythonCases(root: string): Promise<Case[]> {
  const { compileSource } = await load<Compile>(root, 'src/runtime/compile.js');
  const { execModuleCode } = await load<Exec>(root, 'src/runtime/exec.js');
  const { newModule, moduleDict } = await load<Module>(root, 'src/objects/module.js');
  const { dictGetStr } = await load<Dict>(root, 'src/objects/dict.js');
  const { intern } = await load<Intern>(root, 'src/runtime/intern.js');
  const { callObject } = await load<Call>(root, 'src/runtime/call.js');
  const { newInt } = await load<Int>(root, 'src/objects/int.js');
  const mod = newModule('__micro__');
  execModuleCode(compileSource(PYTHON, '<micro>', 'exec'), moduleDict(mod));
  const n = newInt(N_OPS);
  const py = (fname: string) => {
    const fn = dictGetStr(moduleDict(mod), intern(fname));
    return () => { callObject(fn, [n]); };
  };
  return [
    { name: 'python loop', op: 'one empty loop iteration', ops: N_OPS, baseline: null, fn: py('loop_empty') },
    { name: 'attribute load', op: 'o.x (LOAD_ATTR)', ops: N_OPS, baseline: 'python loop', fn: py('loop_attr') },
    { name: 'global load', op: 'G (LOAD_GLOBAL)', ops: N_OPS, baseline: 'python loop', fn: py('loop_global') },
    { name: 'call', op: 'f() of an empty function', ops: N_OPS, baseline: 'python loop', fn: py('loop_call') },
  ];
}

export async function runCases(root: string, ms: number): Promise<BuildResult> {
  const out: CaseResult[] = [];
  let cases: Case[];
  try {
    cases = await buildCases(root);
  } catch (e) {
    return { build: path.basename(root), root, node: process.version, cases: [{ name: 'set-up', op: '', ops: 1, baseline: null, error: String(e) }] };
  }
  const bench = new Bench({ time: ms, warmupTime: Math.min(100, ms), throws: false });
  for (const c of cases) bench.add(c.name, c.fn);
  await bench.run();
  for (const c of cases) {
    const r = bench.getTask(c.name)?.result;
    if (r === undefined || !('latency' in r)) {
      out.push({ name: c.name, op: c.op, ops: c.ops, baseline: c.baseline, error: r && 'error' in r ? String(r.error) : 'no result' });
      continue;
    }
    out.push({ name: c.name, op: c.op, ops: c.ops, baseline: c.baseline, iterationNs: r.latency.mean * 1e6, rme: r.latency.rme, samples: r.latency.samplesCount });
  }
  for (const r of out) {
    const base = r.baseline === null ? undefined : out.find((b) => b.name === r.baseline);
    if (r.iterationNs === undefined) continue;
    const baseNs = r.baseline === null ? 0 : base?.iterationNs;
    if (baseNs !== undefined) r.nsPerOp = (r.iterationNs - baseNs) / r.ops;
  }
  return { build: path.basename(root), root, node: process.version, cases: out };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = path.resolve(process.argv[2] ?? '.');
  const ms = Number(process.argv[3] ?? 300);
  process.stdout.write(`${JSON.stringify(await runCases(root, ms))}\n`);
}
