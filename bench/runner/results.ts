// The results of a `pystm bench` run: what is written to results.json and what the table
// and plots are made from.

import { median, NOISY_SPREAD, spread } from '../lib/stats.js';
import type { Skipped, Target } from './targets.js';

/** One configuration: one workload on one target at one thread count, run `runs` times. */
export interface Cell {
  target: string;
  threads: number;
  /** Wall time of each successful run, seconds. */
  times: number[];
  /** Median, min and max of `times`; null when no run succeeded. */
  median: number | null;
  min: number | null;
  max: number | null;
  /** (max - min) / median. */
  spread: number | null;
  noisy: boolean;
  /** Median share of aborted transactions from `--stats`, when the target prints it. */
  abortRate?: number;
  /** The first failure: exit status and the last line of stderr. */
  error?: string;
}

export interface WorkloadResult {
  name: string;
  file: string;
  size: string | null;
  cells: Cell[];
  /** The result line every run printed (the first one seen). */
  checksum: string | null;
  /** Every distinct output, with the runs that printed it ("stm/2#1"), when they differ. */
  mismatches: { output: string; runs: string[] }[];
  /** Lines of the output holding a consistency flag that is False. */
  falseFlags: string[];
}

export interface BenchResults {
  version: 1;
  date: string;
  host: { cpus: number; node: string; platform: string };
  runs: number;
  threads: number[];
  targets: Target[];
  skipped: Skipped[];
  workloads: WorkloadResult[];
}

/** Fills in the summary fields of a cell from its times. */
export function summarize(cell: Cell): Cell {
  const t = cell.times;
  cell.median = t.length > 0 ? median(t) : null;
  cell.min = t.length > 0 ? Math.min(...t) : null;
  cell.max = t.length > 0 ? Math.max(...t) : null;
  cell.spread = t.length > 0 ? spread(t) : null;
  cell.noisy = cell.spread !== null && cell.spread > NOISY_SPREAD;
  return cell;
}

export function findCell(w: WorkloadResult, target: string, threads: number): Cell | undefined {
  return w.cells.find((c) => c.target === target && c.threads === threads);
}

/** True when the workload ran everywhere with one checksum and no false flag. */
export function workloadOk(w: WorkloadResult): boolean {
  return w.mismatches.length === 0 && w.falseFlags.length === 0 && w.cells.every((c) => c.error === undefined);
}
