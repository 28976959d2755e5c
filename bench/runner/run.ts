// Running the plan: every workload on every target at every thread count, `runs` times,
// interleaved (run 1 of every configuration, then run 2, ...) so that the machine's drift
// over minutes spreads over all configurations instead of favouring one. A progress line
// on stderr says what runs and what is left.

import { spawn } from 'node:child_process';
import * as os from 'node:os';
import { median } from '../lib/stats.js';
import { abortRate, parseStatsBlock } from './statsblock.js';
import { BenchResults, Cell, summarize, WorkloadResult } from './results.js';
import type { Skipped, Target } from './targets.js';

export interface Workload { name: string; file: string; size: string | null; }

export interface Plan {
  workloads: Workload[];
  targets: Target[];
  skipped: Skipped[];
  threads: number[];
  runs: number;
  /** Longest a run may take before it is killed, seconds. */
  timeout: number;
}

export interface RunOutcome { seconds: number; status: number | null; stdout: string; stderr: string; }

/** Runs one command and times it from spawn to exit. */
export function timeCommand(argv: string[], timeoutSeconds: number): Promise<RunOutcome> {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn(argv[0], argv.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutSeconds * 1000);
    const finish = (status: number | null) => {
      clearTimeout(timer);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      resolve({ seconds, status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    };
    child.on('error', () => finish(null));
    child.on('close', (code) => finish(code));
  });
}

export function commandFor(target: Target, w: Workload, threads: number): string[] {
  return [...target.command, w.file, String(threads), ...(w.size === null ? [] : w.size.split(/\s+/))];
}

/** The progress line: shown in place on a terminal, one line per run otherwise. */
export class Progress {
  private readonly started = Date.now();
  private readonly tty = process.stderr.isTTY === true;
  constructor(private readonly total: number, private readonly quiet = false) {}

  show(done: number, what: string): void {
    if (this.quiet) return;
    const elapsed = (Date.now() - this.started) / 1000;
    const left = done > 0 ? (elapsed / done) * (this.total - done) : NaN;
    const line = `[${done + 1}/${this.total}] ${what}  elapsed ${clock(elapsed)}, left ~${Number.isNaN(left) ? '?' : clock(left)}`;
    if (this.tty) process.stderr.write(`\r\x1b[K${line}`);
    else process.stderr.write(`${line}\n`);
  }

  end(): void {
    if (!this.quiet && this.tty) process.stderr.write('\r\x1b[K');
  }
}

function clock(s: number): string {
  const m = Math.floor(s / 60);
  return m > 0 ? `${m}m${String(Math.round(s % 60)).padStart(2, '0')}s` : `${s.toFixed(0)}s`;
}

/** A flag line such as `exact=True`: any `name=False` in the output is a failed check. */
function falseFlags(stdout: string): string[] {
  return /\b\w+=False\b/.test(stdout) ? stdout.trim().split('\n').filter((l) => /\b\w+=False\b/.test(l)) : [];
}

function lastLine(s: string): string {
  const lines = s.trim().split('\n');
  return lines[lines.length - 1] ?? '';
}

/** Runs the plan and gathers the results. */
export async function runPlan(plan: Plan, options: { quiet?: boolean } = {}): Promise<BenchResults> {
  const results: WorkloadResult[] = plan.workloads.map((w) => ({
    name: w.name, file: w.file, size: w.size, checksum: null, mismatches: [], falseFlags: [],
    cells: plan.targets.flatMap((t) => plan.threads.map((n): Cell => ({
      target: t.name, threads: n, times: [], median: null, min: null, max: null, spread: null, noisy: false,
    }))),
  }));
  const aborts = new Map<Cell, number[]>();
  const total = plan.workloads.length * plan.targets.length * plan.threads.length * plan.runs;
  const progress = new Progress(total, options.quiet);
  let done = 0;
  for (const [wi, w] of plan.workloads.entries()) {
    const res = results[wi];
    const outputs = new Map<string, string[]>();
    for (let k = 0; k < plan.runs; k++) {
      for (const t of plan.targets) {
        for (const n of plan.threads) {
          const cell = res.cells.find((c) => c.target === t.name && c.threads === n)!;
          progress.show(done, `${w.name} on ${t.name}, ${n} thread${n === 1 ? '' : 's'}, run ${k + 1}/${plan.runs}`);
          done++;
          if (cell.error !== undefined) continue;
          const r = await timeCommand(commandFor(t, w, n), plan.timeout);
          if (r.status !== 0) {
            cell.error = r.status === null ? `killed after ${plan.timeout} s or could not start` : `exit ${r.status}: ${lastLine(r.stderr)}`;
            continue;
          }
          cell.times.push(r.seconds);
          const out = r.stdout.trim();
          if (res.checksum === null) res.checksum = out;
          outputs.set(out, [...(outputs.get(out) ?? []), `${t.name}/${n}#${k + 1}`]);
          for (const f of falseFlags(out)) if (!res.falseFlags.includes(f)) res.falseFlags.push(f);
          if (t.stats) {
            const rate = abortRate(parseStatsBlock(r.stderr));
            if (rate !== undefined) aborts.set(cell, [...(aborts.get(cell) ?? []), rate]);
          }
        }
      }
    }
    if (outputs.size > 1) res.mismatches = [...outputs].map(([output, runs]) => ({ output, runs }));
    for (const c of res.cells) {
      summarize(c);
      const a = aborts.get(c);
      if (a !== undefined) c.abortRate = median(a);
    }
  }
  progress.end();
  return {
    version: 1,
    date: new Date().toISOString(),
    host: { cpus: os.cpus().length, node: process.version, platform: `${os.platform()} ${os.arch()}` },
    runs: plan.runs,
    threads: plan.threads,
    targets: plan.targets,
    skipped: plan.skipped,
    workloads: results,
  };
}
