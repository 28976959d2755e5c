// Single-thread benchmark: each program of ../shared/bench/single under pystm, CPython and
// (when installed) PyPy, median wall time of several runs, and pystm's time relative to
// CPython's with the geometric mean. Checks that every interpreter printed the same output.
//
//   node build/bench/single/run.js [--runs N] [--only name,name] [--json FILE]

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pystmCommand, realPython, repoRoot } from '../lib/interpreters.js';
import { median } from '../lib/stats.js';

const programsDir = path.resolve(repoRoot, '../shared/bench/single');

interface Interpreter { name: string; command: string[]; }

function interpreters(): Interpreter[] {
  const list: Interpreter[] = [{ name: 'pystm', command: pystmCommand }];
  const cp = realPython('python3');
  if (cp !== null) list.push({ name: 'cpython', command: [cp] });
  const pypy = realPython('pypy3');
  if (pypy !== null) list.push({ name: 'pypy', command: [pypy] });
  return list;
}

function timeRun(interp: Interpreter, file: string): { seconds: number; stdout: string; ok: boolean } {
  const start = process.hrtime.bigint();
  const r = spawnSync(interp.command[0], [...interp.command.slice(1), file], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { seconds, stdout: r.stdout, ok: r.status === 0 };
}

function main(): void {
  const args = process.argv.slice(2);
  const runs = Number(args[args.indexOf('--runs') + 1] ?? 3) || 3;
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : null;
  const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;
  if (!fs.existsSync(programsDir)) {
    console.error(`no programs: ${programsDir} does not exist`);
    process.exit(2);
  }
  const interps = interpreters();
  const programs = fs.readdirSync(programsDir).filter((f) => f.endsWith('.py')).filter((f) => only === null || only.includes(f.replace(/\.py$/, ''))).sort();
  const results: Record<string, Record<string, number | null>> = {};
  console.log(`| program | ${interps.map((i) => i.name).join(' | ')} | pystm / cpython |`);
  console.log(`|---|${interps.map(() => '---|').join('')}---|`);
  const ratios: number[] = [];
  for (const prog of programs) {
    const file = path.join(programsDir, prog);
    const row: Record<string, number | null> = {};
    let reference: string | null = null;
    for (const interp of interps) {
      const times: number[] = [];
      let failed = false;
      for (let k = 0; k < runs; k++) {
        const r = timeRun(interp, file);
        if (!r.ok) { failed = true; break; }
        if (reference === null) reference = r.stdout;
        else if (r.stdout !== reference) { failed = true; process.stderr.write(`${prog}: ${interp.name} printed different output\n`); break; }
        times.push(r.seconds);
      }
      row[interp.name] = failed ? null : median(times);
    }
    results[prog] = row;
    const ratio = row.pystm !== null && row.cpython ? row.pystm / row.cpython : null;
    if (ratio !== null) ratios.push(ratio);
    const cells = interps.map((i) => (row[i.name] === null ? 'fail' : row[i.name]!.toFixed(2)));
    console.log(`| ${prog} | ${cells.join(' | ')} | ${ratio === null ? '-' : ratio.toFixed(2) + '×'} |`);
  }
  const geo = ratios.length > 0 ? Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / ratios.length) : NaN;
  console.log(`\ngeometric mean of pystm / cpython over ${ratios.length} of ${programs.length} programs: ${geo.toFixed(2)}×`);
  if (jsonOut !== null) fs.writeFileSync(jsonOut, JSON.stringify({ runs, results, geometricMean: geo }, null, 2));
}

main();
