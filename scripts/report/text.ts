// The text report, laid out like a profiler's: totals, per-thread figures, then the top
// conflicts by time lost, each with its object and both source locations and lines.

import { locText } from './log.js';
import type { SourceLines } from './source.js';
import type { Conflict, Summary } from './summary.js';

/** A duration: milliseconds below one second, seconds above. */
export const sec = (ms: number) => (Math.abs(ms) < 1000 ? `${ms.toFixed(3)} ms` : `${(ms / 1000).toFixed(3)} s`);
const pct = (x: number, of: number) => (of > 0 ? `${((100 * x) / of).toFixed(2)}%` : '–');
const rate = (n: number, ms: number) => (ms > 0 ? `${((n * 1000) / ms).toFixed(1)}/s` : '–');

function pad(rows: string[][], right: boolean[] = []): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => (right[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd());
}

/** Where a side of a conflict is: `prog.py:10 in work`. */
function sideWhere(l: Conflict['sides'][number]): string {
  return l === null ? 'unknown location' : `${locText(l)}${l.func ? ` in ${l.func}` : ''}`;
}

export function conflictLines(c: Conflict, rank: number, s: Summary, src: SourceLines): string[] {
  const at = [...c.abortedAt].sort((a, b) => b[1] - a[1]).map(([l, n]) => `${l} ×${n}`).join(', ');
  const where = c.sides.map(sideWhere);
  const width = Math.max(...where.map((w) => w.length));
  const sides = c.sides.map((l, i) => {
    const text = l === null ? '' : src.line(l.file, l.line);
    return `    ${text === '' ? where[i] : `${where[i].padEnd(width)}    ${text}`}`;
  });
  return [
    `#${rank}  ${c.object}: ${sec(c.lostMs)} lost in ${c.count} abort${c.count === 1 ? '' : 's'} (${pct(c.lostMs, s.lostMs)} of time lost)`,
    ...sides,
    `    aborted at ${at}`,
  ];
}

export function textReport(s: Summary, src: SourceLines, opts: { title: string; top: number }): string {
  const txTime = s.commitMs + s.abortMs + s.blockMs;
  const total: string[][] = [
    ['run time', sec(s.runMs), ''],
    ['threads', String(s.threads.length), ''],
    ['transactions committed', String(s.commits), rate(s.commits, s.runMs)],
    ['transactions aborted', String(s.aborts), `${rate(s.aborts, s.runMs)}, ${pct(s.aborts, s.commits + s.aborts)} of transactions`],
  ];
  for (const [cause, c] of [...s.causes].sort((a, b) => b[1].count - a[1].count)) {
    total.push([`  ${cause}`, String(c.count), `${sec(c.lostMs)} lost`]);
  }
  total.push(
    ['time in committed tx', sec(s.commitMs), `${pct(s.commitMs, txTime)} of time in transactions`],
    ['time in aborted tx', sec(s.abortMs), pct(s.abortMs, txTime)],
    ['time blocked', sec(s.blockMs), pct(s.blockMs, txTime)],
    ['time lost to aborts', sec(s.lostMs), `sum over ${s.abortRecords} abort records`],
  );
  const head = `pystm report: ${opts.title}${s.mode ? ` (${s.mode}${s.argv.length ? `: ${s.argv.join(' ')}` : ''})` : ''}`;
  const out = [head, '', ...pad(total, [false, true, false])];
  if (s.threads.length > 0) {
    out.push('', 'per thread');
    const rows = [['thread', 'name', 'commits', 'aborts', 'committed', 'aborted', 'blocked']];
    for (const t of s.threads) {
      rows.push([String(t.thread), t.name, String(t.commits), String(t.aborts), sec(t.commitMs), sec(t.abortMs), sec(t.blockMs)]);
    }
    out.push(...pad(rows, [true, false, true, true, true, true, true]).map((l) => `  ${l}`));
  }
  out.push('', `top conflicts by time lost (${Math.min(opts.top, s.conflicts.length)} of ${s.conflicts.length})`);
  if (s.conflicts.length === 0) out.push('  none');
  s.conflicts.slice(0, opts.top).forEach((c, i) => out.push(...conflictLines(c, i + 1, s, src).map((l) => `  ${l}`)));
  if (s.skipped > 0) out.push('', `(${s.skipped} lines of the log were not records and were skipped)`);
  return `${out.join('\n')}\n`;
}
