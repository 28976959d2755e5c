// What the threaded benchmarks run on: the pystm builds asked for (STM, GIL) and, when they
// are installed, CPython and PyPy. Each pystm build is probed first so that a build that
// does not exist yet is skipped with a reason instead of failing every run.

import { spawnSync } from 'node:child_process';
import { pystmCommand, realPython } from '../lib/interpreters.js';

export interface Target {
  /** Short name used in tables, plots and the JSON: stm, gil, pystm, cpython, pypy. */
  name: string;
  kind: 'pystm' | 'cpython' | 'pypy';
  /** The command before the program's path. */
  command: string[];
  /** True when the command prints a `--stats` block to stderr. */
  stats: boolean;
  note?: string;
}

export interface Skipped { name: string; reason: string; }

/** True when `command -c "print(1)"` prints 1 and exits 0. */
function works(command: string[]): boolean {
  const r = spawnSync(command[0], [...command.slice(1), '-c', 'print(1)'], { encoding: 'utf8', timeout: 60000 });
  return r.status === 0 && r.stdout.trim() === '1';
}

/** The pystm build for `mode`, probing which of pystm's options it accepts. */
export function pystmTarget(mode: string, base: string[] = pystmCommand): Target | Skipped {
  const withMode = [...base, '--mode', mode];
  if (works(withMode)) {
    const stats = works([...withMode, '--stats']);
    return { name: mode, kind: 'pystm', command: stats ? [...withMode, '--stats'] : withMode, stats };
  }
  if (mode === 'stm' && works(base)) {
    return { name: 'pystm', kind: 'pystm', command: base, stats: false, note: 'pystm has no --mode option yet: ran its only build' };
  }
  return { name: mode, reason: `\`pystm --mode ${mode} -c "print(1)"\` does not run (no such build yet?)` };
}

/** CPython and PyPy from the PATH, among `wanted`. */
export function otherTargets(wanted: readonly string[]): (Target | Skipped)[] {
  const out: (Target | Skipped)[] = [];
  for (const [name, exe] of [['cpython', 'python3'], ['pypy', 'pypy3']] as const) {
    if (!wanted.includes(name)) continue;
    const bin = realPython(exe);
    out.push(bin === null ? { name, reason: `${exe} is not on the PATH` } : { name, kind: name, command: [bin], stats: false });
  }
  return out;
}

export function isTarget(t: Target | Skipped): t is Target {
  return (t as Target).command !== undefined;
}
