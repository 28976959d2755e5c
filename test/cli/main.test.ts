// The command line: which build runs, and what --stats reports for a whole program.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../run_python.js';

function pystm(args: string[]): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'pystm.js'), ...args], { encoding: 'utf8', timeout: 60_000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

const statsValue = (stderr: string, name: string): number => {
  const line = stderr.split('\n').find((l) => l.startsWith(name));
  expect(line, `${name} in:\n${stderr}`).to.not.equal(undefined);
  return Number(line!.slice(name.length).trim().split(/\s+/)[0]);
};

describe('pystm command line', function () {
  this.timeout(60_000);

  it('runs the GIL build for --mode gil after options that take a value', () => {
    const r = pystm(['--max-heap', '64M', '--mode', 'gil', '--stats', '-c', 'pass']);
    expect(r.status).to.equal(0);
    expect(r.stderr).to.contain('--- pystm stats (gil');
  });

  it('counts the collections every thread led in --stats', () => {
    // Only the started thread allocates: the collections it leads must show at exit.
    const program = [
      'import threading',
      'def churn():',
      '    keep = None',
      '    for i in range(20000):',
      '        keep = bytearray(8000)',
      't = threading.Thread(target=churn)',
      't.start()',
      't.join()',
      'print("done")',
    ].join('\n');
    const r = pystm(['--max-heap', '64M', '--stats', '-c', program]);
    expect(r.stdout).to.equal('done\n');
    expect(statsValue(r.stderr, 'gc collections')).to.be.greaterThan(0);
  });
});
