import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { repoRoot } from '../../bench/lib/interpreters.js';
import type { BuildResult } from '../../bench/micro/cases.js';
import { MicroResults, microTable } from '../../bench/micro/run.js';

const CASES = ['nothing', 'empty transaction', 'logged read', 'buffered write', 'tx of 10 reads', 'tx of 1000 reads', 'allocation', 'python loop', 'attribute load', 'global load', 'call'];

describe('bench/micro', function () {
  this.timeout(60000);

  it('measures every case in build/ (briefly)', () => {
    const r = spawnSync('node', [path.join(repoRoot, 'build/bench/micro/cases.js'), path.join(repoRoot, 'build'), '5'], { encoding: 'utf8' });
    expect(r.status, r.stderr).to.equal(0);
    const result = JSON.parse(r.stdout) as BuildResult;
    expect(result.cases.map((c) => c.name)).to.deep.equal(CASES);
    for (const c of result.cases) {
      expect(c.error, c.name).to.equal(undefined);
      expect(c.iterationNs, c.name).to.be.greaterThan(0);
      expect(c.nsPerOp, c.name).to.be.a('number');
    }
  });

  it('tabulates both builds and the change since the last run', () => {
    const caseOf = (name: string, nsPerOp: number) => ({ name, op: `${name} op`, ops: 1, baseline: null, nsPerOp, iterationNs: nsPerOp, rme: 1.5 });
    const now: MicroResults = { date: 'now', builds: [
      { build: 'build', root: '/r/build', node: 'v20', cases: [caseOf('logged read', 3)] },
      { build: 'build-gil', root: '/r/build-gil', node: 'v20', cases: [caseOf('logged read', 1)] },
    ] };
    const last: MicroResults = { date: 'before', builds: [{ build: 'build', root: '/r/build', node: 'v20', cases: [caseOf('logged read', 2)] }] };
    const table = microTable(now, last).split('\n');
    expect(table[0]).to.equal('| case | operation | stm ns/op | ± | gil ns/op | ± | stm vs last | gil vs last |');
    expect(table[2]).to.equal('| logged read | logged read op | 3.00 | 1.5% | 1.00 | 1.5% | +50.0% | – |');
  });
});
