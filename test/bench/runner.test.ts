import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pystmCommand, repoRoot } from '../../bench/lib/interpreters.js';
import { NOISY_SPREAD } from '../../bench/lib/stats.js';
import { speedupPlot, timePlot } from '../../bench/runner/plot.js';
import { BenchResults, Cell, summarize, WorkloadResult, workloadOk } from '../../bench/runner/results.js';
import { runPlan } from '../../bench/runner/run.js';
import { abortRate, parseStatsBlock } from '../../bench/runner/statsblock.js';
import { markdown, speedup, stmVsGil, vsCpython, workloadTable } from '../../bench/runner/table.js';
import { pystmTarget, Target } from '../../bench/runner/targets.js';
import { expectWellFormed, seriesNames } from '../scripts/xml.js';

const tiny = path.join(repoRoot, 'test/bench/fixtures/tiny.py');
const TINY_LINE = 'tiny size=3000 checksum=';

function cell(target: string, threads: number, times: number[]): Cell {
  return summarize({ target, threads, times, median: null, min: null, max: null, spread: null, noisy: false });
}

/** A workload measured on stm, gil and cpython at 1 and 2 threads (seconds made up). */
function sample(): WorkloadResult {
  return {
    name: 'demo', file: 'demo.py', size: null, checksum: 'demo checksum=1', mismatches: [], falseFlags: [],
    cells: [
      cell('stm', 1, [2.0, 2.1, 1.95]), cell('stm', 2, [1.0, 1.02, 0.98]),
      cell('gil', 1, [1.5, 1.5, 1.5]), cell('gil', 2, [1.6, 1.5, 1.2]),
      cell('cpython', 1, [0.5, 0.5, 0.5]), cell('cpython', 2, [0.5, 0.5, 0.5]),
    ],
  };
}

/** A stand-in interpreter: a Node script that prints `line` (and takes the usual arguments). */
function fakeInterpreter(name: string, line: string): Target {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pystm-fake-'));
  const script = path.join(dir, 'fake.cjs');
  fs.writeFileSync(script, `process.stdout.write(${JSON.stringify(`${line}\n`)});\n`);
  return { name, kind: 'cpython', command: [process.execPath, script], stats: false };
}

describe('bench/runner: --stats block', () => {
  it('reads the STM block and its abort rate', () => {
    const stderr = 'some output\n--- pystm stats (stm, 3 threads) ---\nrun time                  1.234 s\ntransactions committed    12345\n' +
      'transactions aborted      12 (0.10%)\n  conflict                10\ntime blocked              0.500 s\n';
    const b = parseStatsBlock(stderr)!;
    expect(b.mode).to.equal('stm');
    expect(b.threads).to.equal(3);
    expect(b.values['transactions committed']).to.equal(12345);
    expect(b.values['conflict']).to.equal(10);
    expect(b.values['time blocked']).to.equal(0.5);
    expect(abortRate(b)).to.equal(0.001);
  });

  it('reads the GIL block, which has no abort rate', () => {
    const b = parseStatsBlock('--- pystm stats (gil, 2 threads) ---\nrun time   2.000 s\ngil hand-overs  431\ntime waiting for gil  0.250 s\n')!;
    expect(b.values['gil hand-overs']).to.equal(431);
    expect(abortRate(b)).to.equal(undefined);
    expect(parseStatsBlock('no block here')).to.equal(null);
  });
});

describe('bench/runner: table and ratios', () => {
  const w = sample();
  const at = (t: string, n: number) => w.cells.find((c) => c.target === t && c.threads === n)!;

  it('computes medians, spreads, speedups, STM vs GIL and vs CPython', () => {
    expect(at('stm', 1).median).to.equal(2.0);
    expect(at('stm', 1).spread).to.be.closeTo(0.075, 1e-12);
    expect(speedup(w, at('stm', 2))).to.equal(2);
    expect(stmVsGil(w, at('stm', 2))).to.equal(1.5);
    expect(stmVsGil(w, at('gil', 2))).to.equal(null);
    expect(vsCpython(w, at('gil', 1))).to.be.closeTo(1 / 3, 1e-12);
  });

  it('flags runs whose spread is over 10%', () => {
    expect(NOISY_SPREAD).to.equal(0.1);
    expect(at('gil', 2).noisy).to.equal(true); // (1.6 - 1.2) / 1.5
    expect(at('stm', 1).noisy).to.equal(false);
    const table = workloadTable(w, 3);
    expect(table).to.contain('| gil | 2 | 1.500 | **27%** noisy | 1.00× | – | 0.33× |');
    expect(table).to.contain('| stm | 2 | 1.000 | 4% | 2.00× | 1.50× | 0.50× |');
    expect(table).to.contain('- noisy (spread over 10% in 3 runs): gil/2');
  });

  it('reports differing outputs and false flags as failed checks', () => {
    const bad: WorkloadResult = { ...sample(), mismatches: [{ output: 'a', runs: ['stm/1#1'] }, { output: 'b', runs: ['gil/1#1'] }], falseFlags: ['x exact=False'] };
    expect(workloadOk(sample())).to.equal(true);
    expect(workloadOk(bad)).to.equal(false);
    const r: BenchResults = { version: 1, date: 'now', host: { cpus: 2, node: 'v20', platform: 'linux' }, runs: 3, threads: [1, 2], targets: [], skipped: [{ name: 'pypy', reason: 'pypy3 is not on the PATH' }], workloads: [bad] };
    const md = markdown(r);
    expect(md).to.contain('Checks: **failed** for demo');
    expect(md).to.contain('**DIFFERS**');
    expect(md).to.contain('- a consistency flag is False: `x exact=False`');
    expect(md).to.contain('Skipped pypy: pypy3 is not on the PATH.');
  });

  it('plots time and speedup as well-formed SVG, one series per target', () => {
    const t = timePlot(w, [1, 2]);
    expectWellFormed(t);
    expect(seriesNames(t)).to.deep.equal(['stm', 'gil', 'cpython']);
    expect(t).to.contain('data-x="2" data-y="1"'); // stm at 2 threads: 1.0 s
    const s = speedupPlot(w, [1, 2]);
    expectWellFormed(s);
    expect(seriesNames(s)).to.deep.equal(['stm', 'gil', 'cpython', 'ideal']);
    expect(s).to.contain('data-x="2" data-y="2"'); // stm's speedup at 2 threads
  });
});

describe('bench/runner: a tiny workload', function () {
  this.timeout(60000);

  it('runs pystm and a stand-in at 1 and 2 threads with one checksum', async () => {
    const probe = pystmTarget('stm');
    expect('command' in probe, JSON.stringify(probe)).to.equal(true);
    const pystm = probe as Target;
    const expected = spawnSync(pystmCommand[0], [...pystmCommand.slice(1), tiny, '1', '3000'], { encoding: 'utf8' }).stdout.trim();
    expect(expected.startsWith(TINY_LINE)).to.equal(true);
    const same = fakeInterpreter('cpython', expected);
    const r = await runPlan({ workloads: [{ name: 'tiny', file: tiny, size: '3000' }], targets: [pystm, same], skipped: [], threads: [1, 2], runs: 2, timeout: 60 }, { quiet: true });
    const w = r.workloads[0];
    expect(w.checksum).to.equal(expected);
    expect(w.mismatches).to.deep.equal([]);
    expect(w.cells).to.have.length(4);
    for (const c of w.cells) {
      expect(c.error).to.equal(undefined);
      expect(c.times).to.have.length(2);
      expect(c.median).to.be.greaterThan(0);
    }
    const table = workloadTable(w, 2);
    expect(table).to.contain(`Result line (same in every run): \`${expected}\``);
    expect(table).to.match(new RegExp(`\\| ${pystm.name} \\| 2 \\| \\d+\\.\\d{3} \\| (\\*\\*)?\\d+%(\\*\\* noisy)? \\| \\d+\\.\\d\\d× \\| – \\| \\d+\\.\\d\\d× \\|`));
    expect(table).to.match(/\| cpython \| 1 \| \d+\.\d{3} \| (\*\*)?\d+%(\*\* noisy)? \| 1\.00× \| – \| – \|/);
  });

  it('catches a run that prints another checksum', async () => {
    const good = fakeInterpreter('cpython', `${TINY_LINE}1`);
    const bad = fakeInterpreter('pypy', `${TINY_LINE}2`);
    const r = await runPlan({ workloads: [{ name: 'tiny', file: tiny, size: null }], targets: [good, bad], skipped: [], threads: [1], runs: 1, timeout: 60 }, { quiet: true });
    const w = r.workloads[0];
    expect(w.mismatches.map((m) => m.runs)).to.deep.equal([['cpython/1#1'], ['pypy/1#1']]);
    expect(workloadOk(w)).to.equal(false);
  });
});

describe('pystm bench (command)', function () {
  this.timeout(60000);

  it('writes results.json, results.md and the plots', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pystm-bench-'));
    const r = spawnSync('node', [path.join(repoRoot, 'bin/pystm.js'), 'bench', `${tiny}:2000`, '--threads', '1,2', '--runs', '1', '--compare', 'none', '--out', out], { encoding: 'utf8' });
    expect(r.status, r.stderr).to.equal(0);
    expect(r.stdout).to.contain('### tiny (SIZE 2000)');
    expect(r.stderr).to.match(/\[1\/\d+\] tiny on \w+, 1 thread, run 1\/1/);
    const results = JSON.parse(fs.readFileSync(path.join(out, 'results.json'), 'utf8')) as BenchResults;
    expect(results.workloads[0].checksum).to.equal('tiny size=2000 checksum=664666986');
    expect(fs.readFileSync(path.join(out, 'results.md'), 'utf8')).to.contain('| target | threads | median s |');
    for (const f of ['tiny-time.svg', 'tiny-speedup.svg']) expectWellFormed(fs.readFileSync(path.join(out, f), 'utf8'));
  });

  it('rejects a bad option with status 2', () => {
    const r = spawnSync('node', [path.join(repoRoot, 'bin/pystm.js'), 'bench', '--threads', 'zero'], { encoding: 'utf8' });
    expect(r.status).to.equal(2);
    expect(r.stderr).to.contain('--threads must be positive integers');
  });
});
