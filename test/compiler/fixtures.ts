// Loads the fixtures written by ast_to_json.py (CPython's syntax trees and symbol tables of
// the programs in programs/), reviving the constants JSON cannot hold.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Module } from '../../src/parser/ast.js';

/** Tests run from the repository root (mocha's working directory). COMPILER_FIXTURES points
 *  elsewhere, e.g. at fixtures made locally from a larger corpus. */
export const FIXTURES = resolve(process.env['COMPILER_FIXTURES'] ?? 'test/compiler/fixtures');

export interface ScopeDump { type: string; name: string; symbols: Record<string, string>; children: ScopeDump[]; }
export interface ProgramFixture { name: string; filename: string; source: string; ast: Module; symtable: ScopeDump; }
export interface ErrorFixture { source: string; ast: Module; msg: string; lineno: number; offset: number; }

function pyFloat(repr: string): number {
  if (repr === 'inf') return Infinity;
  if (repr === '-inf') return -Infinity;
  if (repr === 'nan') return NaN;
  return Number(repr);
}

function revive(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const v = value as Record<string, unknown>;
  if ('$bigint' in v) return BigInt(v.$bigint as string);
  if ('$float' in v) return { float: pyFloat(v.$float as string) };
  if ('$complex' in v) return { imag: pyFloat(v.$complex as string) };
  if ('$bytes' in v) return { bytes: Uint8Array.from(v.$bytes as number[]) };
  if ('$ellipsis' in v) return { ellipsis: true };
  return value;
}

function load<T>(file: string): T {
  return JSON.parse(readFileSync(join(FIXTURES, file), 'utf-8'), revive) as T;
}

export function programFixtures(): ProgramFixture[] {
  return readdirSync(FIXTURES).filter((f) => f.endsWith('.json') && f !== 'errors.json').sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), ...load<Omit<ProgramFixture, 'name'>>(f) }));
}

export function errorFixtures(): ErrorFixture[] {
  return existsSync(join(FIXTURES, 'errors.json')) ? load<ErrorFixture[]>('errors.json') : [];
}
