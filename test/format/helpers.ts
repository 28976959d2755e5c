/** Shared helpers for the src/format tests: fixture loading and value decoding. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { FormatError, type PyIntValue } from '../../src/format/errors.js';

// Fixtures stay in the source tree; the compiled test finds them from its own path.
function fixtureDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [
    join(process.cwd(), 'test', 'format', 'fixtures'), // mocha run from the repository root
    join(here, '..', '..', '..', 'test', 'format', 'fixtures'), // build/test/format -> test/format
    join(here, 'fixtures'),
  ];
  for (const c of candidates) {
    try {
      readFileSync(join(c, 'repr.json'));
      return c;
    } catch {
      // try the next location
    }
  }
  throw new Error('format fixtures not found; run mocha from the repository root');
}

const dir = fixtureDir();

export function load<T = any>(name: string): T {
  return JSON.parse(readFileSync(join(dir, name), 'utf8')) as T;
}

export function pyFloat(s: string): number {
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  if (s === 'nan') return NaN;
  return Number(s);
}

export function pyInt(s: string): PyIntValue {
  const b = BigInt(s);
  return b <= BigInt(Number.MAX_SAFE_INTEGER) && b >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
}

export type Expected = { ok?: unknown; err?: [string, string] };

/** Runs fn; returns a description of the mismatch or null. */
export function check(fn: () => unknown, expected: Expected, same: (got: any, want: any) => boolean): string | null {
  let got: unknown;
  try {
    got = fn();
  } catch (e) {
    if (!(e instanceof FormatError)) return `threw ${String(e)}`;
    if (!expected.err) return `unexpected ${e.pyType}: ${e.message}`;
    if (e.pyType !== expected.err[0] || e.message !== expected.err[1]) {
      return `error ${e.pyType}: ${e.message} != ${expected.err[0]}: ${expected.err[1]}`;
    }
    return null;
  }
  if (expected.err) return `expected ${expected.err[0]}: ${expected.err[1]}, got ${show(got)}`;
  return same(got, expected.ok) ? null : `got ${show(got)} want ${show(expected.ok)}`;
}

export function show(v: unknown): string {
  return typeof v === 'bigint' ? v + 'n' : JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x + 'n' : x));
}

/** Same float (bitwise, -0 and NaN aware). */
export function sameFloat(got: number, want: string): boolean {
  return Object.is(got, pyFloat(want));
}

/** Same int value, and normalised: number iff safe. */
export function sameInt(got: PyIntValue, want: string): boolean {
  const w = pyInt(want);
  return typeof got === typeof w && got === w;
}

/** Collects failures and asserts none, showing the first few. */
export class Failures {
  private readonly list: string[] = [];
  add(where: string, problem: string | null): void {
    if (problem !== null) this.list.push(`${where}: ${problem}`);
  }
  assertNone(): void {
    expect(this.list.slice(0, 15), `${this.list.length} failures`).to.deep.equal([]);
  }
}
