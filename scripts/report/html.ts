// The HTML report: one self-contained page (no scripts, no external files) with the text
// summary and three SVG figures: a timeline of transactions per thread, the time lost by
// source line, and the abort rate over time.

import { barChart, esc, fmtTick, lineChart, r, svgOpen, ticks, title } from '../svg.js';
import { AbortRecord, locText, StmLog } from './log.js';
import type { SourceLines } from './source.js';
import type { Summary } from './summary.js';

const KINDS = [
  { key: 'commit_ms', name: 'committed', color: '#009e73' },
  { key: 'abort_ms', name: 'aborted', color: '#d55e00' },
  { key: 'block_ms', name: 'blocked', color: '#999999' },
] as const;

/** At most this many columns per timeline row: spans and aborts that fall in one column are
 *  drawn together, so a long run still gives a small page. */
const COLUMNS = 600;

interface Column { t0: number; t1: number; commit_ms: number; abort_ms: number; block_ms: number; aborts: AbortRecord[]; }

/** Each thread's spans and aborts gathered into at most COLUMNS columns of equal time. */
function columns(log: StmLog, s: Summary): Map<number, Map<number, Column>> {
  const t0 = log.run?.t ?? 0;
  const width = Math.max(s.runMs, 1e-9) / COLUMNS;
  const byThread = new Map<number, Map<number, Column>>();
  const column = (thread: number, t: number) => {
    const k = Math.min(COLUMNS - 1, Math.max(0, Math.floor((t - t0) / width)));
    let row = byThread.get(thread);
    if (row === undefined) byThread.set(thread, (row = new Map()));
    let c = row.get(k);
    if (c === undefined) row.set(k, (c = { t0: Infinity, t1: -Infinity, commit_ms: 0, abort_ms: 0, block_ms: 0, aborts: [] }));
    return c;
  };
  for (const sp of log.spans) {
    const c = column(sp.thread, sp.t0);
    c.t0 = Math.min(c.t0, sp.t0);
    c.t1 = Math.max(c.t1, sp.t1);
    c.commit_ms += sp.commit_ms;
    c.abort_ms += sp.abort_ms;
    c.block_ms += sp.block_ms;
  }
  for (const a of log.aborts) column(a.thread, a.t).aborts.push(a);
  return byThread;
}

/** One row per thread; each ~10 ms span is split into committed, aborted and blocked time in
 *  proportion, so a full green row is a thread committing all the time. Red ticks above a
 *  row are its aborts. */
export function timelineSvg(log: StmLog, s: Summary): string {
  const width = 900;
  const left = 140;
  const right = 20;
  const rowH = 26;
  const top = 56;
  const threads = s.threads;
  const height = top + threads.length * rowH + 44;
  const t0 = log.run?.t ?? 0;
  const span = Math.max(s.runMs, 1e-9);
  const sx = (t: number) => left + ((t - t0) / span) * (width - left - right);
  const rowOf = new Map(threads.map((t, i) => [t.thread, i]));
  const cols = columns(log, s);
  const out = [svgOpen(width, height), title('Transactions per thread over time', 10, 20)];
  KINDS.forEach((k, i) => {
    out.push(`<rect x="${left + i * 120}" y="30" width="14" height="10" fill="${k.color}"/><text font-family="sans-serif" font-size="12" x="${left + i * 120 + 20}" y="39">${k.name}</text>`);
  });
  threads.forEach((t, i) => {
    out.push(`<text font-family="sans-serif" font-size="12" x="${left - 6}" y="${top + i * rowH + 16}" text-anchor="end">${esc(t.name)}</text>`);
  });
  for (const k of KINDS) {
    out.push(`<g class="series" data-series="${k.name}" fill="${k.color}">`);
    for (const [thread, row] of cols) {
      const y = top + rowOf.get(thread)! * rowH + 4;
      for (const c of row.values()) {
        const len = c.t1 - c.t0;
        if (!(len > 0)) continue;
        // The kinds are laid side by side in KINDS order, scaled down if they overfill the column.
        let before = 0;
        for (const k2 of KINDS) { if (k2.key === k.key) break; before += c[k2.key]; }
        const scale = Math.min(1, len / (c.commit_ms + c.abort_ms + c.block_ms || 1));
        const x = sx(c.t0 + before * scale);
        const w = sx(c.t0 + (before + c[k.key]) * scale) - x;
        if (w > 0) out.push(`<rect x="${r(x)}" y="${y}" width="${r(Math.max(w, 0.3))}" height="${rowH - 10}"/>`);
      }
    }
    out.push('</g>');
  }
  out.push('<g class="aborts" stroke="#d55e00" stroke-width="1">');
  for (const [thread, row] of cols) {
    const y = top + rowOf.get(thread)! * rowH;
    for (const c of row.values()) {
      if (c.aborts.length === 0) continue;
      const x = r(sx(c.aborts[0].t));
      const what = c.aborts.length === 1 ? abortTitle(c.aborts[0]) : `${c.aborts.length} aborts from ${c.aborts[0].t.toFixed(1)} ms; first: ${abortTitle(c.aborts[0])}`;
      out.push(`<line x1="${x}" y1="${y}" x2="${x}" y2="${y + 4}"><title>${esc(what)}</title></line>`);
    }
  }
  out.push('</g>');
  const axisY = top + threads.length * rowH + 4;
  out.push(`<g font-family="sans-serif" font-size="11" fill="#333"><path d="M${left},${axisY}H${width - right}" stroke="#333"/>`);
  for (const t of ticks(0, span, 8)) {
    if (t > span) continue;
    out.push(`<text x="${r(sx(t0 + t))}" y="${axisY + 14}" text-anchor="middle">${fmtTick(t)}</text>`);
  }
  out.push(`<text x="${(left + width) / 2}" y="${axisY + 32}" text-anchor="middle">ms since start</text></g>`);
  out.push('</svg>');
  return out.join('\n');
}

function abortTitle(a: AbortRecord): string {
  return `${a.t.toFixed(1)} ms: ${a.cause} at ${locText(a.here)}${a.other ? ` against ${locText(a.other)}` : ''}, ${a.lost_ms.toFixed(3)} ms lost`;
}

/** Time lost to conflicts by the source line where transactions aborted. */
export function linesSvg(s: Summary, src: SourceLines, top = 15): string {
  return barChart({
    title: 'Time lost to conflicts, by the line where transactions aborted',
    unit: 'ms',
    bars: s.lines.slice(0, top).map((l) => {
      const text = src.line(l.loc.file, l.loc.line);
      return { label: `${locText(l.loc)}${text ? ` ${text}` : ''}`, value: l.lostMs, note: `${l.count} aborts` };
    }),
  });
}

/** Share of transactions that aborted, over time, from the spans (all threads together). */
export function abortRateSvg(log: StmLog, s: Summary, bins = 40): string {
  const t0 = log.run?.t ?? 0;
  const width = Math.max(s.runMs, 1e-9) / bins;
  const commits = new Array<number>(bins).fill(0);
  const aborts = new Array<number>(bins).fill(0);
  for (const sp of log.spans) {
    const b = Math.min(bins - 1, Math.max(0, Math.floor(((sp.t0 + sp.t1) / 2 - t0) / width)));
    commits[b] += sp.commits;
    aborts[b] += sp.aborts;
  }
  const points = commits.flatMap((c, b) => (c + aborts[b] > 0 ? [{ x: (b + 0.5) * width, y: (100 * aborts[b]) / (c + aborts[b]) }] : []));
  return lineChart({ title: 'Abort rate over time', xLabel: 'ms since start', yLabel: '% of transactions aborted', series: [{ name: 'all threads', points }], xTicks: ticks(0, s.runMs, 8), width: 900, height: 300 });
}

export function htmlReport(log: StmLog, s: Summary, src: SourceLines, text: string, pageTitle: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(pageTitle)}</title>
<style>
body { font-family: sans-serif; margin: 2em; max-width: 960px; color: #222; }
pre { background: #f6f6f6; padding: 1em; overflow-x: auto; font-size: 13px; }
figure { margin: 1.5em 0; }
figcaption { font-size: 13px; color: #555; }
</style>
</head>
<body>
<h1>${esc(pageTitle)}</h1>
<h2>Summary</h2>
<pre>${esc(text)}</pre>
<h2>Timeline</h2>
<figure>
${timelineSvg(log, s)}
<figcaption>Each row is a thread; each slice of about 10 ms is split into the time spent in committed, aborted and blocked transactions. Red ticks above a row are its aborts (hover for details).</figcaption>
</figure>
<h2>Conflicts by source line</h2>
<figure>
${linesSvg(s, src)}
</figure>
<h2>Abort rate over time</h2>
<figure>
${abortRateSvg(log, s)}
</figure>
</body>
</html>
`;
}
