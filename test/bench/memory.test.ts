// bench/gc/memory: the table of collection time and peak RSS, from a pystm --stats block.
import { expect } from 'chai';
import { formatTable, memoryRow, programArguments } from '../../bench/gc/memory.js';

const STATS = `--- pystm stats (stm, 1 thread) ---
run time                  4.000 s
transactions committed    10
gc collections            12
gc pause total / longest  0.500 s / 80.0 ms
heap size                 64.0 MB
live after last gc        3.2 MB
`;

describe('bench/gc/memory', () => {
  it('reads the run time, the time in collections and their number from --stats', () => {
    const row = memoryRow('p.py', { stdout: 'x\n', stderr: STATS, rssMb: 150, ok: true }, { stdout: 'x\n', stderr: '', rssMb: 10, ok: true });
    expect(row).to.deep.equal({
      program: 'p.py', seconds: 4, gcSeconds: 0.5, collections: 12, pystmRssMb: 150, cpythonRssMb: 10, sameOutput: true,
    });
    const table = formatTable([row]);
    expect(table).to.contain('| p.py | 4.00 s | 12.5% | 12 | 150 MB | 10 MB | 15.0x | yes |');
  });

  it('flags an output that differs from CPython and refuses a failed run', () => {
    const row = memoryRow('p.py', { stdout: 'x\n', stderr: STATS, rssMb: 1, ok: true }, { stdout: 'y\n', stderr: '', rssMb: 1, ok: true });
    expect(formatTable([row])).to.contain('| NO |');
    expect(() => memoryRow('p.py', { stdout: '', stderr: 'Traceback', rssMb: 1, ok: false }, null)).to.throw(/pystm failed/);
  });

  it('gives each program the arguments that follow it', () => {
    expect(programArguments(['a.py', '1', '2', 'b.py'])).to.deep.equal([['a.py', '1', '2'], ['b.py']]);
  });
});
