import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../../bench/lib/interpreters.js';
import { abortRateSvg, htmlReport, linesSvg, timelineSvg } from '../../scripts/report/html.js';
import { objectText, parseLog } from '../../scripts/report/log.js';
import { SourceLines } from '../../scripts/report/source.js';
import { summarize } from '../../scripts/report/summary.js';
import { textReport } from '../../scripts/report/text.js';
import { expectWellFormed, seriesNames, svgsOf } from './xml.js';

const fixtures = path.join(repoRoot, 'test/scripts/fixtures');
const sampleLog = path.join(fixtures, 'counter.stmlog');
const pystm = path.join(repoRoot, 'bin/pystm.js');
// The two lines of counter.py that increment Counter.value.
const UP = 'counter.value += 1';
const UP_TOO = 'counter.value = counter.value + 1';
const lineOf = (text: string) => fs.readFileSync(path.join(fixtures, 'counter.py'), 'utf8').split('\n').findIndex((l) => l.trim() === text) + 1;

describe('scripts/report: the sample log of a known conflict', () => {
  const log = parseLog(fs.readFileSync(sampleLog, 'utf8'));
  const s = summarize(log);
  const src = new SourceLines([fixtures]);

  it('adds up the spans and the abort records', () => {
    expect(s.runMs).to.equal(30.5);
    expect(s.commits).to.equal(275);
    expect(s.aborts).to.equal(7);
    expect(s.commitMs).to.be.closeTo(54, 1e-9);
    expect(s.abortMs).to.be.closeTo(2.6, 1e-9);
    expect(s.blockMs).to.be.closeTo(1.5, 1e-9);
    expect(s.lostMs).to.be.closeTo(2.6, 1e-9);
    expect(s.causes.get('conflict')).to.deep.equal({ count: 6, lostMs: 2.5 });
    expect(s.causes.get('forced')?.count).to.equal(1);
    expect(s.threads.map((t) => [t.thread, t.name, t.commits, t.aborts])).to.deep.equal([[2, 'Thread-1 (up)', 135, 5], [3, 'Thread-2 (up_too)', 140, 2]]);
  });

  it('makes one conflict of both directions on Counter.value, most-aborted side first', () => {
    expect(s.conflicts).to.have.length(1);
    const c = s.conflicts[0];
    expect(c.object).to.equal('Counter.value');
    expect(c.count).to.equal(6);
    expect(c.lostMs).to.be.closeTo(2.5, 1e-9);
    expect(c.sides.map((l) => l?.line)).to.deep.equal([lineOf(UP), lineOf(UP_TOO)]);
    expect([...c.abortedAt]).to.deep.equal([[`counter.py:${lineOf(UP)}`, 4], [`counter.py:${lineOf(UP_TOO)}`, 2]]);
    expect(s.lines.map((l) => [l.loc.line, l.count])).to.deep.equal([[lineOf(UP), 4], [lineOf(UP_TOO), 2]]);
  });

  it('prints the totals, rates and the conflict with both source lines', () => {
    const text = textReport(s, src, { title: 'counter.stmlog', top: 10 });
    expect(text).to.match(/run time\s+30\.500 ms/);
    expect(text).to.match(/transactions committed\s+275\s+9016\.4\/s/);
    expect(text).to.match(/transactions aborted\s+7\s+229\.5\/s, 2\.48% of transactions/);
    expect(text).to.match(/time in committed tx\s+54\.000 ms/);
    expect(text).to.match(/time blocked\s+1\.500 ms/);
    expect(text).to.contain('#1  Counter.value: 2.500 ms lost in 6 aborts');
    expect(text).to.match(new RegExp(`counter\\.py:${lineOf(UP)} in up\\s+counter\\.value \\+= 1`));
    expect(text).to.match(new RegExp(`counter\\.py:${lineOf(UP_TOO)} in up_too\\s+counter\\.value = counter\\.value \\+ 1`));
  });

  it('shows no source text when the file cannot be read', () => {
    const text = textReport(s, new SourceLines([os.tmpdir()]), { title: 'x', top: 10 });
    expect(text).to.contain(`counter.py:${lineOf(UP)} in up\n`);
    expect(text).not.to.contain(UP);
  });

  it('draws well-formed SVG with the plotted series', () => {
    const timeline = timelineSvg(log, s);
    expectWellFormed(timeline);
    expect(seriesNames(timeline)).to.deep.equal(['committed', 'aborted', 'blocked']);
    expect(timeline).to.contain('Thread-2 (up_too)');
    const lines = linesSvg(s, src);
    expectWellFormed(lines);
    expect(seriesNames(lines)).to.deep.equal([`counter.py:${lineOf(UP)} ${UP}`, `counter.py:${lineOf(UP_TOO)} ${UP_TOO}`]);
    const rate = abortRateSvg(log, s);
    expectWellFormed(rate);
    expect(seriesNames(rate)).to.deep.equal(['all threads']);
    // 2 aborts of 42 + 40 + 2 + 1 transactions in the first 10 ms: 3 of 85.
    expect(rate).to.contain(`data-y="${(100 * 3) / 85}"`);
  });

  it('writes a self-contained HTML page', () => {
    const html = htmlReport(log, s, src, textReport(s, src, { title: 't', top: 5 }), 'report <test>');
    expect(html).to.contain('<title>report &lt;test&gt;</title>');
    expect(html).not.to.match(/<script|<link|src="http/);
    const svgs = svgsOf(html);
    expect(svgs).to.have.length(3);
    svgs.forEach(expectWellFormed);
  });
});

describe('scripts/report: reading logs', () => {
  it('skips lines that are not records and still reports', () => {
    const log = parseLog('{"ev":"run","t":0}\nnot json\n{"ev":"mystery"}\n{"ev":"abort","t":1,"thread":1,"cause":"conflict","lost_ms":2,"obj":{"type":"dict","key":"\'k\'"},"here":{"file":"a.py","line":3},"other":null}\n');
    expect(log.skipped).to.equal(2);
    const s = summarize(log);
    expect(s.aborts).to.equal(1);
    expect(s.runMs).to.equal(1);
    expect(s.conflicts[0].object).to.equal("dict['k']");
    expect(s.conflicts[0].sides[1]).to.equal(null);
  });

  it('keeps the timeline small for a long run', () => {
    const lines = ['{"ev":"run","t":0}'];
    for (let t = 0; t < 50000; t += 10) lines.push(JSON.stringify({ ev: 'span', thread: 1, t0: t, t1: t + 10, commits: 9, aborts: 1, commit_ms: 8, abort_ms: 1, block_ms: 1 }));
    for (let t = 5; t < 50000; t += 10) lines.push(JSON.stringify({ ev: 'abort', t, thread: 1, cause: 'conflict', lost_ms: 1, obj: null, here: null, other: null }));
    const log = parseLog(lines.join('\n'));
    const svg = timelineSvg(log, summarize(log));
    expectWellFormed(svg);
    expect((svg.match(/<rect /g) ?? []).length).to.be.at.most(4 + 3 * 600); // background, legend, 3 kinds per column
    expect((svg.match(/<line /g) ?? []).length).to.be.at.most(600);
  });

  it('names objects by attribute, key and index', () => {
    expect(objectText({ type: 'Counter', attr: 'value' })).to.equal('Counter.value');
    expect(objectText({ type: 'list', index: 3 })).to.equal('list[3]');
    expect(objectText({ type: 'Node' })).to.equal('Node');
    expect(objectText(null)).to.equal('unknown object');
  });
});

describe('pystm report (command)', () => {
  it('prints the summary and writes the HTML page', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pystm-report-')), 'r.html');
    const r = spawnSync('node', [pystm, 'report', sampleLog, '--html', out], { encoding: 'utf8' });
    expect(r.stderr).to.equal('');
    expect(r.status).to.equal(0);
    expect(r.stdout).to.contain('Counter.value');
    expect(r.stdout).to.contain(UP_TOO);
    expect(svgsOf(fs.readFileSync(out, 'utf8'))).to.have.length(3);
  });

  it('fails on a missing file with exit status 1', () => {
    const r = spawnSync('node', [pystm, 'report', path.join(os.tmpdir(), 'no-such-log')], { encoding: 'utf8' });
    expect(r.status).to.equal(1);
    expect(r.stderr).to.contain('cannot read');
  });
});

describe('pystm report on a log written by pystm (needs --stm-log and threads)', function () {
  this.timeout(120000);
  // The log names an instance attribute as a key of the instance's __dict__, and a side's line
  // is where its transaction stood when the conflict was found: the loop of up() or up_too().
  it('names the attribute and both loops of the known conflict', function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pystm-stmlog-'));
    const logFile = path.join(dir, 'counter.stmlog');
    // Until pystm takes --stm-log and has threads there is nothing to check.
    const probe = spawnSync('node', [pystm, '--stm-log', path.join(dir, 'probe.stmlog'), '-c', 'import threading'], { encoding: 'utf8' });
    if (probe.status !== 0) this.skip();
    // Long enough for both threads to run at once (a new worker takes about 0.1 s to start).
    const run = spawnSync('node', [pystm, '--stm-log', logFile, 'counter.py', '300000'], { cwd: fixtures, encoding: 'utf8', timeout: 100000 });
    expect(run.status, run.stderr).to.equal(0);
    expect(run.stdout.trim()).to.equal('done');
    const s = summarize(parseLog(fs.readFileSync(logFile, 'utf8')));
    expect(s.commits).to.be.greaterThan(0);
    expect(s.conflicts.length).to.be.greaterThan(0);
    const loops = [lineOf(UP) - 1, lineOf(UP_TOO) - 1];
    const known = s.conflicts.find((c) => c.sides.map((l) => l?.line).sort((a, b) => a! - b!).join() === loops.join());
    expect(known, JSON.stringify(s.conflicts.map((c) => [c.object, c.sides.map((l) => l?.line)]))).to.not.equal(undefined);
    expect(known!.object).to.equal('Counter.value');
    expect(s.threads.map((t) => t.name)).to.include.members(['Thread-1 (up)', 'Thread-2 (up_too)']);
    const r = spawnSync('node', [pystm, 'report', logFile, '--src', fixtures], { encoding: 'utf8' });
    expect(r.status).to.equal(0);
    expect(r.stdout).to.contain('Counter.value');
    expect(r.stdout).to.contain('in up ');
    expect(r.stdout).to.contain('in up_too');
  });
});
