// `pystm bench micro`: tinybench micro-benchmarks of the transaction fast paths and of three
// interpreter operations, in the STM build (build/) and the GIL build (build-gil/, when it
// exists), each in its own process. Prints a table with the change since the last run and
// keeps the results as JSON (bench/results/micro-last.json) for the next comparison.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../lib/interpreters.js';
import type { BuildResult, CaseResult } from './cases.js';

const HELP = `usage: pystm bench micro [options]

Micro-benchmarks (tinybench) of begin/commit, logged reads, buffered writes, validation,
allocation, attribute and global loads and calls, in build/ (STM) and build-gil/ (GIL).

options:
  --time MS          measuring time of each case (default 300)
  --builds A,B       build folders to measure (default: build and build-gil, if present)
  --baseline FILE    earlier results to compare with (default bench/results/micro-last.json)
  --save FILE        where to keep these results (default: the baseline file)
  --no-save          do not keep these results
`;

export interface MicroResults { date: string; builds: BuildResult[]; }

/** The label of a build folder in tables: build/ is the STM build, build-gil/ the GIL one. */
export function buildLabel(b: string): string {
  return b === 'build' ? 'stm' : b === 'build-gil' ? 'gil' : b;
}

function ns(x: number | undefined): string {
  if (x === undefined) return '–';
  return Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(2);
}

function change(now: CaseResult | undefined, before: CaseResult | undefined): string {
  if (now?.nsPerOp === undefined || before?.nsPerOp === undefined || before.nsPerOp <= 0) return '–';
  const c = (now.nsPerOp - before.nsPerOp) / before.nsPerOp;
  return `${c >= 0 ? '+' : ''}${(c * 100).toFixed(1)}%`;
}

/** The Markdown table: ns per operation in each build and the change since `last`. */
export function microTable(r: MicroResults, last: MicroResults | null): string {
  const builds = r.builds.map((b) => b.build);
  const names = [...new Set(r.builds.flatMap((b) => b.cases.map((c) => c.name)))];
  const caseOf = (res: MicroResults | null, build: string, name: string) => res?.builds.find((b) => b.build === build)?.cases.find((c) => c.name === name);
  const head = ['case', 'operation', ...builds.flatMap((b) => [`${buildLabel(b)} ns/op`, '±']), ...(last ? builds.map((b) => `${buildLabel(b)} vs last`) : [])];
  const lines = [`| ${head.join(' | ')} |`, `|---|---|${head.slice(2).map(() => '---:|').join('')}`];
  for (const name of names) {
    const any = builds.map((b) => caseOf(r, b, name)).find((c) => c !== undefined)!;
    const cells = [name, any.op];
    for (const b of builds) {
      const c = caseOf(r, b, name);
      cells.push(c?.error !== undefined ? 'error' : ns(c?.nsPerOp), c?.rme === undefined ? '' : `${c.rme.toFixed(1)}%`);
    }
    if (last) for (const b of builds) cells.push(change(caseOf(r, b, name), caseOf(last, b, name)));
    lines.push(`| ${cells.join(' | ')} |`);
  }
  const errors = r.builds.flatMap((b) => b.cases.filter((c) => c.error !== undefined).map((c) => `- ${buildLabel(b.build)}: ${c.name}: ${c.error}`));
  return [...lines, ...(errors.length > 0 ? ['', ...errors] : [])].join('\n');
}

function runBuild(build: string, ms: number): BuildResult {
  const root = path.join(repoRoot, build);
  const script = path.join(root, 'bench/micro/cases.js');
  // A build folder made before bench/ existed in it still measures through ours.
  const runner = fs.existsSync(script) ? script : path.join(repoRoot, 'build/bench/micro/cases.js');
  const r = spawnSync('node', [runner, root, String(ms)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) {
    return { build, root, node: process.version, cases: [{ name: 'set-up', op: '', ops: 1, baseline: null, error: (r.stderr || `exit ${r.status}`).trim().split('\n').slice(-3).join(' ') }] };
  }
  const result = JSON.parse(r.stdout) as BuildResult;
  result.build = build;
  return result;
}

export async function microMain(argv: string[]): Promise<number> {
  let ms = 300;
  let builds = ['build', 'build-gil'].filter((b) => fs.existsSync(path.join(repoRoot, b)));
  let baseline = path.join(repoRoot, 'bench/results/micro-last.json');
  let save: string | null = null;
  let noSave = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') { process.stdout.write(HELP); return 0; }
    else if (a === '--time') ms = Number(argv[++i]);
    else if (a === '--builds') builds = (argv[++i] ?? '').split(',').filter((b) => b !== '');
    else if (a === '--baseline') baseline = path.resolve(argv[++i] ?? '');
    else if (a === '--save') save = path.resolve(argv[++i] ?? '');
    else if (a === '--no-save') noSave = true;
    else { process.stderr.write(`pystm bench micro: unknown argument ${a}\n${HELP}`); return 2; }
  }
  if (!(ms > 0) || builds.length === 0) { process.stderr.write(`pystm bench micro: nothing to measure\n${HELP}`); return 2; }
  if (!builds.includes('build-gil')) process.stderr.write('pystm bench micro: build-gil/ does not exist yet: measuring build/ only\n');
  const last = fs.existsSync(baseline) ? (JSON.parse(fs.readFileSync(baseline, 'utf8')) as MicroResults) : null;
  const results: MicroResults = { date: new Date().toISOString(), builds: [] };
  for (const b of builds) {
    process.stderr.write(`measuring ${b}/ ...\n`);
    results.builds.push(runBuild(b, ms));
  }
  process.stdout.write(`${microTable(results, last)}\n`);
  if (last) process.stdout.write(`\n"vs last": change of ns/op since ${last.date} (${path.relative(process.cwd(), baseline)}).\n`);
  if (!noSave) {
    const file = save ?? baseline;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`Kept these results in ${path.relative(process.cwd(), file)}.\n`);
  }
  return results.builds.every((b) => b.cases.every((c) => c.error === undefined)) ? 0 : 1;
}
