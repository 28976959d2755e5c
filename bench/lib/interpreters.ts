// Finding the interpreters the benchmarks compare: pystm from this repository, the real
// CPython binary and PyPy when they are installed.

import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is compiled to build/bench/lib/). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The pystm command of this repository. */
export const pystmCommand = ['node', path.join(repoRoot, 'bin/pystm.js')];

/** The full path of `cmd` on the PATH, or null. */
export function findOnPath(cmd: string): string | null {
  const r = spawnSync('sh', ['-c', 'command -v "$1"', 'sh', cmd], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() !== '' ? r.stdout.trim() : null;
}

/** The real binary behind `name` (python3, pypy3): a pyenv shim adds ~0.3 s to every start. */
export function realPython(name: string): string | null {
  if (findOnPath(name) === null) return null;
  const r = spawnSync(name, ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8', timeout: 30000 });
  return r.status === 0 && r.stdout.trim() !== '' ? r.stdout.trim() : null;
}
