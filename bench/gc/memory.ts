// The collector's cost and memory: each program runs once under pystm (with --stats) and once
// under CPython, both under /usr/bin/time, and the table gives pystm's run time, the share
// of it spent in collections, pystm's and CPython's peak RSS.
//
//   node build/bench/gc/memory.js [--json FILE] [PROGRAM [ARGS...] ...]
//
// Without programs: ../shared/bench/dict_words.py (1 thread) and every ../shared/bench/single
// program. A program's arguments follow it, up to the next `.py`.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pystmCommand, realPython, repoRoot } from '../lib/interpreters.js';
import { parseStatsBlock } from '../runner/statsblock.js';

export interface MemoryRow {
  program: string;
  seconds: number;
  gcSeconds: number;
  collections: number;
  pystmRssMb: number;
  cpythonRssMb: number | null;
  sameOutput: boolean | null;
}

interface Measured { stdout: string; stderr: string; rssMb: number; ok: boolean; }

const TIME = '/usr/bin/time';

/** Runs `command` under /usr/bin/time -f %M; the peak RSS is the last line of stderr. */
function measure(command: string[]): Measured {
  const r = spawnSync(TIME, ['-f', '%M', ...command], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const lines = r.stderr.trimEnd().split('\n');
  const kb = Number(lines.pop());
  return { stdout: r.stdout, stderr: lines.join('\n'), rssMb: kb / 1024, ok: r.status === 0 };
}

/** One row from a pystm run's --stats block and peak RSS (and CPython's, when it ran). */
export function memoryRow(program: string, pystm: Measured, cpython: Measured | null): MemoryRow {
  const stats = parseStatsBlock(pystm.stderr);
  if (!pystm.ok || stats === null) throw new Error(`${program}: pystm failed:\n${pystm.stderr.slice(-2000)}`);
  return {
    program,
    seconds: stats.values['run time'],
    gcSeconds: stats.values['gc pause total / longest'],
    collections: stats.values['gc collections'],
    pystmRssMb: pystm.rssMb,
    cpythonRssMb: cpython === null ? null : cpython.rssMb,
    sameOutput: cpython === null ? null : cpython.stdout === pystm.stdout,
  };
}

export function formatTable(rows: MemoryRow[]): string {
  const out = [
    '| program | pystm time | in collections | collections | pystm peak RSS | CPython peak RSS | ratio | same output |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    const share = r.seconds > 0 ? (100 * r.gcSeconds) / r.seconds : 0;
    const cp = r.cpythonRssMb === null ? '-' : `${r.cpythonRssMb.toFixed(0)} MB`;
    const ratio = r.cpythonRssMb === null ? '-' : `${(r.pystmRssMb / r.cpythonRssMb).toFixed(1)}x`;
    const same = r.sameOutput === null ? '-' : r.sameOutput ? 'yes' : 'NO';
    out.push(`| ${r.program} | ${r.seconds.toFixed(2)} s | ${share.toFixed(1)}% | ${r.collections} | ${r.pystmRssMb.toFixed(0)} MB | ${cp} | ${ratio} | ${same} |`);
  }
  return `${out.join('\n')}\n`;
}

/** Splits `a.py x y b.py` into [[a.py, x, y], [b.py]]. */
export function programArguments(args: string[]): string[][] {
  const out: string[][] = [];
  for (const a of args) {
    if (a.endsWith('.py') || out.length === 0) out.push([a]);
    else out[out.length - 1].push(a);
  }
  return out;
}

function defaultPrograms(): string[][] {
  const shared = path.resolve(repoRoot, '../shared/bench');
  const single = path.join(shared, 'single');
  if (!fs.existsSync(single)) throw new Error(`no programs given and ${single} does not exist`);
  const programs = [[path.join(shared, 'dict_words.py'), '1']];
  for (const f of fs.readdirSync(single).sort()) if (f.endsWith('.py')) programs.push([path.join(single, f)]);
  return programs;
}

function main(): number {
  const args = process.argv.slice(2);
  let json: string | null = null;
  const at = args.indexOf('--json');
  if (at >= 0) {
    json = args[at + 1];
    args.splice(at, 2);
  }
  if (!fs.existsSync(TIME)) {
    console.error(`${TIME} is needed to measure peak RSS (Debian package: time)`);
    return 2;
  }
  const cpython = realPython('python3');
  const rows: MemoryRow[] = [];
  for (const [file, ...rest] of args.length > 0 ? programArguments(args) : defaultPrograms()) {
    const pystm = measure([...pystmCommand, '--stats', file, ...rest]);
    const cp = cpython === null ? null : measure([cpython, file, ...rest]);
    rows.push(memoryRow(path.basename(file), pystm, cp));
    process.stderr.write(`${path.basename(file)} done\n`);
  }
  process.stdout.write(formatTable(rows));
  if (json !== null) fs.writeFileSync(json, JSON.stringify(rows, null, 2));
  return 0;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.join(repoRoot, 'build/bench/gc/memory.js')) {
  process.exitCode = main();
}
