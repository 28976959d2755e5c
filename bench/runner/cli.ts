// `pystm bench [WORKLOADS...] [options]`: the GIL-vs-STM and cross-interpreter comparison.
// Writes results.json, results.md and two SVG plots per workload into the output folder and
// prints the Markdown tables. Exit status 0 when every run printed the same result line,
// 1 when a run failed or outputs differ, 2 for a usage error.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../lib/interpreters.js';
import { timePlot, speedupPlot } from './plot.js';
import { workloadOk } from './results.js';
import { Plan, runPlan, Workload } from './run.js';
import { markdown } from './table.js';
import { isTarget, otherTargets, pystmTarget, Skipped, Target } from './targets.js';

export const workloadsDir = path.join(repoRoot, 'bench/workloads');

const HELP = `usage: pystm bench [WORKLOAD[:SIZE]...] [options]
       pystm bench micro [options]        (micro-benchmarks: see pystm bench micro --help)

Runs each workload at each thread count on each pystm build and on CPython and PyPy
when they are installed, checks that every run printed the same result line, and
writes results.json, results.md and SVG plots.

WORKLOAD is a name in bench/workloads (default: all of them) or a Python file that
takes THREADS [SIZE]; :SIZE passes a size (commas separate further arguments,
e.g. bank_atomic:200000,2).

options:
  --threads 1,2,4        thread counts (default 1,2,4)
  --modes gil,stm        pystm builds (default gil,stm)
  --compare cpython,pypy other interpreters, when on the PATH (default both; "none")
  --runs N               runs of each configuration (default 5)
  --size SIZE            SIZE for every workload without its own
  --out DIR              output folder (default bench/results/latest)
  --timeout SECONDS      longest one run may take (default 600)
  --quiet                no progress line
`;

class UsageError extends Error {}

export interface BenchOptions {
  workloads: string[];
  threads: number[];
  modes: string[];
  compare: string[];
  runs: number;
  size: string | null;
  out: string;
  timeout: number;
  quiet: boolean;
}

function list(v: string): string[] {
  return v.split(',').map((s) => s.trim()).filter((s) => s !== '' && s !== 'none');
}

function positiveInts(v: string, what: string): number[] {
  const xs = list(v).map(Number);
  if (xs.length === 0 || xs.some((x) => !Number.isInteger(x) || x < 1)) throw new UsageError(`${what} must be positive integers: ${v}`);
  return xs;
}

export function parseBenchArgs(argv: string[]): BenchOptions | 'help' {
  const o: BenchOptions = {
    workloads: [], threads: [1, 2, 4], modes: ['gil', 'stm'], compare: ['cpython', 'pypy'], runs: 5, size: null,
    out: path.join(repoRoot, 'bench/results/latest'), timeout: 600, quiet: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const value = (): string => {
      const v = a.startsWith('--') && eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    switch (name) {
      case '-h': case '--help': return 'help';
      case '--threads': o.threads = [...new Set(positiveInts(value(), '--threads'))].sort((x, y) => x - y); break;
      case '--modes': o.modes = list(value()); break;
      case '--compare': o.compare = list(value()); break;
      case '--runs': o.runs = positiveInts(value(), '--runs')[0]; break;
      case '--size': o.size = value(); break;
      case '--out': o.out = path.resolve(value()); break;
      case '--timeout': o.timeout = positiveInts(value(), '--timeout')[0]; break;
      case '--quiet': o.quiet = true; break;
      default:
        if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
        o.workloads.push(a);
    }
  }
  for (const m of o.modes) if (m !== 'gil' && m !== 'stm') throw new UsageError(`--modes takes gil and stm, not ${m}`);
  for (const c of o.compare) if (c !== 'cpython' && c !== 'pypy') throw new UsageError(`--compare takes cpython and pypy, not ${c}`);
  return o;
}

/** A workload argument: a name in bench/workloads or a file, with an optional :SIZE. */
export function resolveWorkload(arg: string, defaultSize: string | null): Workload {
  const m = /^(.*?)(?::([\w.,]+))?$/.exec(arg)!;
  const spec = m[1];
  const size = m[2] !== undefined ? m[2].split(',').join(' ') : defaultSize;
  const candidates = [spec, path.join(workloadsDir, spec), path.join(workloadsDir, `${spec}.py`)];
  const file = candidates.find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
  if (file === undefined) throw new UsageError(`no workload ${spec} (neither a file nor a name in ${workloadsDir})`);
  return { name: path.basename(file).replace(/\.py$/, ''), file: path.resolve(file), size };
}

export function defaultWorkloads(): string[] {
  return fs.readdirSync(workloadsDir).filter((f) => f.endsWith('.py')).sort().map((f) => f.replace(/\.py$/, ''));
}

/** Finds the targets: pystm builds first, in the order asked, then the other interpreters. */
export function discoverTargets(o: BenchOptions): { targets: Target[]; skipped: Skipped[] } {
  const found = [...o.modes.map((m) => pystmTarget(m)), ...otherTargets(o.compare)];
  const targets = found.filter(isTarget);
  // Without --mode support both modes fall back to the same single build: keep it once.
  const unique = targets.filter((t, i) => targets.findIndex((u) => u.name === t.name) === i);
  return { targets: unique, skipped: found.filter((t): t is Skipped => !isTarget(t)) };
}

/** Writes results.json, results.md and the plots; returns the Markdown. */
export function writeOutputs(outDir: string, results: Awaited<ReturnType<typeof runPlan>>): string {
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const md = markdown(results);
  fs.writeFileSync(path.join(outDir, 'results.md'), md);
  for (const w of results.workloads) {
    fs.writeFileSync(path.join(outDir, `${w.name}-time.svg`), timePlot(w, results.threads));
    fs.writeFileSync(path.join(outDir, `${w.name}-speedup.svg`), speedupPlot(w, results.threads));
  }
  return md;
}

export async function benchMain(argv: string[]): Promise<number> {
  if (argv[0] === 'micro') {
    const { microMain } = await import('../micro/run.js');
    return microMain(argv.slice(1));
  }
  let o: BenchOptions | 'help';
  let workloads: Workload[];
  try {
    o = parseBenchArgs(argv);
    if (o === 'help') { process.stdout.write(HELP); return 0; }
    const opts = o;
    workloads = (o.workloads.length > 0 ? o.workloads : defaultWorkloads()).map((w) => resolveWorkload(w, opts.size));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`pystm bench: ${e.message}\n${HELP}`);
    return 2;
  }
  const { targets, skipped } = discoverTargets(o);
  for (const s of skipped) process.stderr.write(`pystm bench: skipping ${s.name}: ${s.reason}\n`);
  for (const t of targets) if (t.note) process.stderr.write(`pystm bench: ${t.name}: ${t.note}\n`);
  if (targets.length === 0) {
    process.stderr.write('pystm bench: nothing to run\n');
    return 1;
  }
  const plan: Plan = { workloads, targets, skipped, threads: o.threads, runs: o.runs, timeout: o.timeout };
  const results = await runPlan(plan, { quiet: o.quiet });
  const md = writeOutputs(o.out, results);
  const rel = path.relative(process.cwd(), o.out);
  const where = rel === '' ? '.' : rel.startsWith('..') ? o.out : rel;
  process.stdout.write(`${md}\nWrote ${where}/results.json, results.md and ${results.workloads.length * 2} plots.\n`);
  return results.workloads.every(workloadOk) ? 0 : 1;
}
