// `pystm report FILE [--html OUT] [--top N] [--src DIR]`: a profiler-like summary of a
// `--stm-log` file on stdout, and optionally a self-contained HTML page with SVG figures.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { abortRateSvg, htmlReport, linesSvg, timelineSvg } from './html.js';
import { parseLog } from './log.js';
import { SourceLines } from './source.js';
import { summarize } from './summary.js';
import { textReport } from './text.js';

const HELP = `usage: pystm report LOG [--html OUT] [--svg DIR] [--top N] [--src DIR]

Summarises a log written by \`pystm --stm-log LOG prog.py\`: run time, commits and aborts,
time in committed, aborted and blocked transactions, and the top conflicts by time lost
with their object and both source lines.

options:
  --html OUT   also write a self-contained HTML page with a timeline, conflicts by
               source line and the abort rate over time
  --svg DIR    also write the three figures as SVG files into DIR (timeline.svg,
               conflict-lines.svg, abort-rate.svg)
  --top N      how many conflicts to list (default 10)
  --src DIR    where to look first for the program's source files
`;

export async function reportMain(argv: string[]): Promise<number> {
  let file: string | null = null;
  let html: string | null = null;
  let svgDir: string | null = null;
  let top = 10;
  const dirs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') { process.stdout.write(HELP); return 0; }
    if (a === '--html' && i + 1 < argv.length) html = argv[++i];
    else if (a === '--svg' && i + 1 < argv.length) svgDir = argv[++i];
    else if (a === '--top' && i + 1 < argv.length) top = Number(argv[++i]);
    else if (a === '--src' && i + 1 < argv.length) dirs.push(path.resolve(argv[++i]));
    else if (!a.startsWith('-') && file === null) file = a;
    else { process.stderr.write(`pystm report: bad argument ${a}\n${HELP}`); return 2; }
  }
  if (file === null || !(top >= 0)) { process.stderr.write(HELP); return 2; }
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    process.stderr.write(`pystm report: cannot read ${file}: ${(e as Error).message}\n`);
    return 1;
  }
  const log = parseLog(text);
  if (log.run === null && log.spans.length === 0 && log.aborts.length === 0) {
    process.stderr.write(`pystm report: ${file} holds no stm-log records\n`);
    return 1;
  }
  if (log.run?.cwd !== undefined) dirs.push(log.run.cwd);
  dirs.push(path.dirname(path.resolve(file)), process.cwd());
  const src = new SourceLines(dirs);
  const summary = summarize(log);
  const report = textReport(summary, src, { title: file, top });
  process.stdout.write(report);
  if (html !== null) {
    fs.writeFileSync(html, htmlReport(log, summary, src, report, `pystm report: ${path.basename(file)}`));
    process.stdout.write(`\nWrote ${html}\n`);
  }
  if (svgDir !== null) {
    fs.mkdirSync(svgDir, { recursive: true });
    fs.writeFileSync(path.join(svgDir, 'timeline.svg'), timelineSvg(log, summary));
    fs.writeFileSync(path.join(svgDir, 'conflict-lines.svg'), linesSvg(summary, src));
    fs.writeFileSync(path.join(svgDir, 'abort-rate.svg'), abortRateSvg(log, summary));
    process.stdout.write(`Wrote ${path.join(svgDir, '{timeline,conflict-lines,abort-rate}.svg')}\n`);
  }
  return 0;
}
