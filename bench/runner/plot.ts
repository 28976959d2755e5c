// The plots of a bench run, two per workload: wall time against threads (median, with a bar
// from the fastest to the slowest run) and speedup against threads (each target against its
// own time at 1 thread, with the ideal line), one line per target.

import { lineChart, Series } from '../../scripts/svg.js';
import type { WorkloadResult } from './results.js';
import { speedup } from './table.js';

function targetsOf(w: WorkloadResult): string[] {
  return [...new Set(w.cells.map((c) => c.target))];
}

export function timePlot(w: WorkloadResult, threads: number[]): string {
  const series: Series[] = targetsOf(w).map((t) => ({
    name: t,
    points: w.cells.filter((c) => c.target === t && c.median !== null).map((c) => ({ x: c.threads, y: c.median!, lo: c.min!, hi: c.max! })),
  }));
  return lineChart({ title: `${w.name}: wall time`, xLabel: 'threads', yLabel: 'seconds (median, min–max)', series, xTicks: threads });
}

export function speedupPlot(w: WorkloadResult, threads: number[]): string {
  const series: Series[] = targetsOf(w).map((t) => ({
    name: t,
    points: w.cells.filter((c) => c.target === t && speedup(w, c) !== null).map((c) => ({ x: c.threads, y: speedup(w, c)! })),
  }));
  series.push({ name: 'ideal', dashed: true, color: '#999', points: threads.map((n) => ({ x: n, y: n })) });
  return lineChart({ title: `${w.name}: speedup vs 1 thread`, xLabel: 'threads', yLabel: 'speedup (×)', series, xTicks: threads });
}
