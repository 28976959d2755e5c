// `--stats`: the transaction (or GIL) counters of every worker, added up, and the collector's,
// printed at exit.

import { heap } from '../../gc/heap.js';
import { Control } from '../../gc/layout.js';
import { BUILD } from '../../stm/barrier.js';
import { Stat, totalStats } from '../../stm/stats.js';
import { gcStats } from '../../gc/collector.js';

export function formatStats(runMs: number): string {
  const s = totalStats();
  const threads = Atomics.load(heap.i32, Control.NEXT_IDENT);
  const lines = [`--- pystm stats (${BUILD}, ${threads} thread${threads === 1 ? '' : 's'}) ---`];
  const row = (label: string, value: string): void => { lines.push(`${label.padEnd(26)}${value}`); };
  const sec = (ms: number): string => `${(ms / 1000).toFixed(3)} s`;
  row('run time', sec(runMs));
  if ((BUILD as string) === 'gil') {
    row('gil hand-overs', String(s[Stat.GIL_HANDOVERS]));
    row('time waiting for gil', sec(s[Stat.GIL_WAIT_MS]));
    row('time blocked', sec(s[Stat.BLOCKED_MS]));
  } else {
    const commits = s[Stat.COMMITS];
    const aborts = s[Stat.ABORTS];
    const rate = commits + aborts === 0 ? 0 : (100 * aborts) / (commits + aborts);
    row('transactions committed', String(commits));
    row('transactions aborted', `${aborts} (${rate.toFixed(2)}%)`);
    row('  conflict', String(s[Stat.ABORTS_CONFLICT]));
    row('  forced', String(s[Stat.ABORTS_FORCED]));
    row('  parked (lock waits)', String(s[Stat.PARKED]));
    row('time in committed tx', sec(s[Stat.COMMITTED_MS]));
    row('time in aborted tx', sec(s[Stat.ABORTED_MS]));
    row('time blocked', sec(s[Stat.BLOCKED_MS]));
    row('inevitable transactions', String(s[Stat.INEVITABLE]));
    row('serial fallbacks', String(s[Stat.SERIAL]));
    row('avg tx length', `${commits === 0 ? 0 : Math.round(s[Stat.BYTECODES] / commits)} bytecodes`);
  }
  const gc = gcStats();
  const mb = (bytes: number): string => `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  row('gc collections', String(gc.collections));
  row('gc pause total / longest', `${(gc.totalPauseMs / 1000).toFixed(3)} s / ${gc.maxPauseMs.toFixed(1)} ms`);
  row('heap size', mb(gc.heapBytes));
  row('live after last gc', mb(gc.liveBytes));
  return `${lines.join('\n')}\n`;
}
