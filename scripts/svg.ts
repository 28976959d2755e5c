// Hand-written SVG for the measuring tools: a line chart (bench plots, abort rate over time)
// and a horizontal bar chart (conflicts by source line), plus the small pieces they share
// (escaping, axis ticks, a palette). Every chart is a standalone <svg> element with its own
// xmlns, so it can be written to a .svg file or placed inline in an HTML page. Each plotted
// series is a <g class="series" data-series="NAME"> so that tests and scripts can find it.

/** Escapes text for XML character data and attribute values. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Colours that stay distinguishable in print and for the common colour blindnesses. */
export const PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000', '#f0e442'];

/** A number for a tick label: at most 3 significant digits, no trailing zeros. */
export function fmtTick(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1000) return v.toFixed(0);
  return String(Number(v.toPrecision(3)));
}

/** Rounded tick positions covering [lo, hi] (about `count` of them). */
export function ticks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) hi = lo + 1;
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
  const out: number[] = [];
  // The last tick is at or above `hi`, so the data stays inside the axis.
  const last = Math.ceil(hi / step - 1e-9) * step;
  for (let v = Math.ceil(lo / step - 1e-9) * step; v <= last + step * 1e-9; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}

export interface Point { x: number; y: number; lo?: number; hi?: number; }
export interface Series { name: string; points: Point[]; dashed?: boolean; color?: string; }
export interface LineChartOptions {
  title: string;
  xLabel: string;
  yLabel: string;
  series: Series[];
  /** Where to put x ticks; default: rounded ticks over the data. */
  xTicks?: number[];
  /** Lower bound of the y axis; default 0. */
  yMin?: number;
  width?: number;
  height?: number;
}

const FONT = 'font-family="sans-serif" font-size="12"';

/** A line chart with axes, grid, optional error bars (lo..hi) and a legend on the right. */
export function lineChart(o: LineChartOptions): string {
  const width = o.width ?? 640;
  const height = o.height ?? 360;
  const legendWidth = 150;
  const m = { left: 60, right: 20 + legendWidth, top: 36, bottom: 46 };
  const pw = width - m.left - m.right;
  const ph = height - m.top - m.bottom;
  const all = o.series.flatMap((s) => s.points);
  const xs = all.map((p) => p.x);
  const ys = all.flatMap((p) => [p.y, p.hi ?? p.y, p.lo ?? p.y]);
  const xTicks = o.xTicks ?? ticks(Math.min(...xs, 0), Math.max(...xs, 1));
  const xLo = Math.min(...xTicks, ...xs);
  const xHi = Math.max(...xTicks, ...xs);
  const yTicks = ticks(o.yMin ?? 0, Math.max(...ys, (o.yMin ?? 0) + 1e-9));
  const yLo = yTicks[0];
  const yHi = yTicks[yTicks.length - 1];
  const sx = (x: number) => m.left + (xHi === xLo ? pw / 2 : ((x - xLo) / (xHi - xLo)) * pw);
  const sy = (y: number) => m.top + ph - ((y - yLo) / (yHi - yLo)) * ph;
  const parts: string[] = [svgOpen(width, height), title(o.title, m.left, 20)];
  parts.push('<g class="grid" stroke="#ddd" stroke-width="1">');
  for (const t of yTicks) parts.push(`<line x1="${m.left}" y1="${r(sy(t))}" x2="${m.left + pw}" y2="${r(sy(t))}"/>`);
  parts.push('</g>');
  parts.push(`<g class="axes" stroke="#333" fill="none"><path d="M${m.left},${m.top}V${m.top + ph}H${m.left + pw}"/></g>`);
  parts.push(`<g class="ticks" ${FONT} fill="#333">`);
  for (const t of yTicks) parts.push(`<text x="${m.left - 6}" y="${r(sy(t) + 4)}" text-anchor="end">${esc(fmtTick(t))}</text>`);
  for (const t of xTicks) parts.push(`<text x="${r(sx(t))}" y="${m.top + ph + 16}" text-anchor="middle">${esc(fmtTick(t))}</text>`);
  parts.push('</g>');
  parts.push(`<text ${FONT} x="${m.left + pw / 2}" y="${height - 8}" text-anchor="middle">${esc(o.xLabel)}</text>`);
  parts.push(`<text ${FONT} transform="translate(14,${m.top + ph / 2}) rotate(-90)" text-anchor="middle">${esc(o.yLabel)}</text>`);
  o.series.forEach((s, i) => {
    const color = s.color ?? PALETTE[i % PALETTE.length];
    const pts = [...s.points].sort((a, b) => a.x - b.x);
    parts.push(`<g class="series" data-series="${esc(s.name)}" stroke="${color}" fill="${color}">`);
    parts.push(`<title>${esc(s.name)}</title>`);
    if (pts.length > 0) {
      const d = pts.map((p, k) => `${k === 0 ? 'M' : 'L'}${r(sx(p.x))},${r(sy(p.y))}`).join('');
      parts.push(`<path d="${d}" fill="none" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>`);
    }
    for (const p of pts) {
      if (p.lo !== undefined && p.hi !== undefined && p.hi > p.lo) {
        parts.push(`<path class="spread" d="M${r(sx(p.x))},${r(sy(p.lo))}V${r(sy(p.hi))}" stroke-width="1"/>`);
      }
      if (!s.dashed) parts.push(`<circle cx="${r(sx(p.x))}" cy="${r(sy(p.y))}" r="3" data-x="${p.x}" data-y="${p.y}"/>`);
    }
    parts.push('</g>');
  });
  parts.push(legend(o.series, width - legendWidth, m.top));
  parts.push('</svg>');
  return parts.join('\n');
}

export interface Bar { label: string; value: number; note?: string; }

/** Horizontal bars, largest first as given, with the label left and the value right. */
export function barChart(o: { title: string; unit: string; bars: Bar[]; width?: number }): string {
  const width = o.width ?? 760;
  const rowH = 22;
  const labelW = 340;
  const top = 36;
  const height = top + Math.max(1, o.bars.length) * rowH + 16;
  const max = Math.max(...o.bars.map((b) => b.value), 1e-12);
  const barW = width - labelW - 90;
  const parts = [svgOpen(width, height), title(o.title, 10, 20)];
  if (o.bars.length === 0) parts.push(`<text ${FONT} x="10" y="${top + 14}">none</text>`);
  o.bars.forEach((b, i) => {
    const y = top + i * rowH;
    const w = Math.max(1, (b.value / max) * barW);
    parts.push(`<g class="series" data-series="${esc(b.label)}">`);
    parts.push(`<title>${esc(b.note ? `${b.label}: ${b.note}` : b.label)}</title>`);
    parts.push(`<text ${FONT} x="${labelW - 6}" y="${y + 15}" text-anchor="end">${esc(clip(b.label, 48))}</text>`);
    parts.push(`<rect x="${labelW}" y="${y + 3}" width="${r(w)}" height="${rowH - 6}" fill="${PALETTE[1]}"/>`);
    parts.push(`<text ${FONT} x="${r(labelW + w + 6)}" y="${y + 15}">${esc(fmtTick(b.value))} ${esc(o.unit)}</text>`);
    parts.push('</g>');
  });
  parts.push('</svg>');
  return parts.join('\n');
}

export function svgOpen(width: number, height: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">\n<rect width="100%" height="100%" fill="#fff"/>`;
}

export function title(text: string, x: number, y: number): string {
  return `<text font-family="sans-serif" font-size="14" font-weight="bold" x="${x}" y="${y}">${esc(text)}</text>`;
}

/** A legend box: one swatch and name per series, from (x, y) downwards. */
export function legend(entries: { name: string; color?: string; dashed?: boolean }[], x: number, y: number): string {
  const parts = ['<g class="legend">'];
  entries.forEach((e, i) => {
    const color = e.color ?? PALETTE[i % PALETTE.length];
    const ly = y + i * 18;
    parts.push(`<line x1="${x}" y1="${ly + 6}" x2="${x + 22}" y2="${ly + 6}" stroke="${color}" stroke-width="3"${e.dashed ? ' stroke-dasharray="6 4"' : ''}/>`);
    parts.push(`<text ${FONT} x="${x + 28}" y="${ly + 10}">${esc(clip(e.name, 18))}</text>`);
  });
  parts.push('</g>');
  return parts.join('\n');
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

/** Coordinates rounded to 0.1 px keep the files small. */
export function r(v: number): string {
  return String(Math.round(v * 10) / 10);
}
