// The Markdown report of a bench run: one table per workload with the median wall time and
// its spread for every target and thread count, and three ratios, all written so that a
// number above 1 means faster:
//   speedup     = time at 1 thread / time            (same target)
//   STM vs GIL  = GIL's time / STM's time            (same thread count; STM rows)
//   vs CPython  = CPython's time / time              (same thread count)

import { BenchResults, Cell, findCell, WorkloadResult, workloadOk } from './results.js';

export function speedup(w: WorkloadResult, c: Cell): number | null {
  const one = findCell(w, c.target, 1);
  return one?.median != null && c.median != null ? one.median / c.median : null;
}

export function stmVsGil(w: WorkloadResult, c: Cell): number | null {
  if (c.target !== 'stm') return null;
  const gil = findCell(w, 'gil', c.threads);
  return gil?.median != null && c.median != null ? gil.median / c.median : null;
}

export function vsCpython(w: WorkloadResult, c: Cell): number | null {
  if (c.target === 'cpython') return null;
  const cp = findCell(w, 'cpython', c.threads);
  return cp?.median != null && c.median != null ? cp.median / c.median : null;
}

const ratio = (x: number | null) => (x === null ? '–' : `${x.toFixed(2)}×`);
const pct = (x: number, digits = 0) => `${(x * 100).toFixed(digits)}%`;

function row(w: WorkloadResult, c: Cell, withAborts: boolean): string {
  const time = c.error !== undefined ? 'failed' : c.median === null ? '–' : c.median.toFixed(3);
  const spreadCell = c.spread === null ? '–' : c.noisy ? `**${pct(c.spread)}** noisy` : pct(c.spread);
  const cells = [c.target, String(c.threads), time, spreadCell, ratio(speedup(w, c)), ratio(stmVsGil(w, c)), ratio(vsCpython(w, c))];
  if (withAborts) cells.push(c.abortRate === undefined ? '–' : pct(c.abortRate, 2));
  return `| ${cells.join(' | ')} |`;
}

export function workloadTable(w: WorkloadResult, runs: number): string {
  const withAborts = w.cells.some((c) => c.abortRate !== undefined);
  const head = ['target', 'threads', 'median s', 'spread', 'speedup vs 1 thread', 'STM vs GIL', 'vs CPython'];
  if (withAborts) head.push('aborted tx');
  const lines = [`### ${w.name}${w.size === null ? '' : ` (SIZE ${w.size})`}`, ''];
  if (w.checksum !== null) {
    const check = w.mismatches.length > 0 ? '**DIFFERS** between runs' : w.cells.some((c) => c.error !== undefined) ? 'same in every run that finished' : 'same in every run';
    lines.push(`Result line (${check}): \`${w.checksum.split('\n')[0]}\``, '');
  }
  lines.push(`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i < 2 ? '---|' : '---:|')).join('')}`);
  for (const c of w.cells) lines.push(row(w, c, withAborts));
  lines.push('');
  for (const c of w.cells) if (c.error !== undefined) lines.push(`- ${c.target}, ${c.threads} thread${c.threads === 1 ? '' : 's'}: failed: ${c.error}`);
  for (const m of w.mismatches) lines.push(`- output \`${m.output.split('\n')[0]}\` from ${m.runs.join(', ')}`);
  for (const f of w.falseFlags) lines.push(`- a consistency flag is False: \`${f}\``);
  const noisy = w.cells.filter((c) => c.noisy);
  if (noisy.length > 0) lines.push(`- noisy (spread over 10% in ${runs} runs): ${noisy.map((c) => `${c.target}/${c.threads}`).join(', ')}`);
  if (lines[lines.length - 1] !== '') lines.push('');
  return lines.join('\n');
}

/** The whole Markdown document. */
export function markdown(r: BenchResults): string {
  const lines = [
    '# pystm bench',
    '',
    `${r.date}; ${r.host.cpus} cores, Node ${r.host.node}, ${r.host.platform}; ${r.runs} runs of each configuration; ` +
      'wall time of the whole process in seconds (median; spread = (max − min) / median).',
    'Ratios above 1 mean faster: speedup = time at 1 thread / time; STM vs GIL = GIL time / STM time; vs CPython = CPython time / time.',
    '',
    `Targets: ${r.targets.map((t) => `${t.name} (\`${t.command.join(' ')}\`)${t.note ? `: ${t.note}` : ''}`).join('; ')}.`,
  ];
  for (const s of r.skipped) lines.push(`Skipped ${s.name}: ${s.reason}.`);
  lines.push('');
  const bad = r.workloads.filter((w) => !workloadOk(w));
  lines.push(bad.length === 0 ? 'Checks: every run of every workload printed the same result line.' : `Checks: **failed** for ${bad.map((w) => w.name).join(', ')} (see below).`, '');
  for (const w of r.workloads) lines.push(workloadTable(w, r.runs));
  return lines.join('\n');
}
