// Values of NUMBER tokens. The tokenizer has already checked the syntax.

import type { ConstantValue } from './ast.js';

/** The value of a numeric literal: int as number (or bigint when unsafe), float as PyFloat,
 *  imaginary as PyComplex. */
export function parseNumber(text: string): ConstantValue {
  if (text.includes('_')) text = text.replace(/_/g, '');
  const last = text.charCodeAt(text.length - 1) | 0x20;
  if (last === 106 /* j */) return { imag: Number(text.slice(0, -1)) };
  const second = text.charCodeAt(1) | 0x20;
  if (text.charCodeAt(0) === 48 && (second === 120 || second === 111 || second === 98)) return toInt(BigInt(text));
  if (/[.eE]/.test(text)) return { float: Number(text) };
  if (text.length < 16) return Number(text);
  return toInt(BigInt(text));
}

function toInt(v: bigint): number | bigint {
  return v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}
