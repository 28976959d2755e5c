/**
 * Low-level helpers shared by src/format/* (not part of the VM-facing API).
 *
 *   decompose(x)            |x| = mant * 2**exp with mant odd (x finite, nonzero)
 *   pow2(k)                 exact 2**k as a double (0 / Infinity outside range)
 *   ratioToFloat(n, d)      correctly rounded (half-even) n/d for bigint n >= 0, d > 0
 *   roundHalfEvenDiv(n, d)  round(n/d) half-to-even for bigint n >= 0, d > 0
 *   bitLength(b)            bit length of a non-negative bigint
 *   toBig(n), normInt(b)    PyIntValue <-> bigint with number normalisation
 *   isPySpace(ch)           Python's str.isspace() for one UTF-16 unit
 *   toAsciiDigitsAndSpaces  what int()/float() do to non-ASCII digits and spaces
 */
import type { PyIntValue } from './errors.js';

const view = new DataView(new ArrayBuffer(8));

export interface Decomposed {
  mant: number;
  exp: number;
}

/** Splits a finite nonzero double into an odd integer mantissa and a binary exponent. */
export function decompose(x: number): Decomposed {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (hi & 0xfffff) * 4294967296 + lo;
  let exp: number;
  if (biased === 0) {
    exp = -1074;
  } else {
    mant += 4503599627370496; // implicit leading bit 2**52
    exp = biased - 1075;
  }
  if (mant === 0) return { mant: 0, exp: 0 };
  // Strip trailing zero bits so callers get the shortest exact form.
  while (mant % 2 === 0) {
    mant /= 2;
    exp += 1;
  }
  return { mant, exp };
}

/** Exact 2**k built from the bit pattern (Math.pow is not guaranteed exact). */
export function pow2(k: number): number {
  if (k > 1023) return Infinity;
  if (k < -1074) return 0;
  if (k >= -1022) {
    view.setUint32(0, ((k + 1023) << 20) >>> 0);
    view.setUint32(4, 0);
  } else {
    const bit = k + 1074; // position inside the 52-bit fraction
    if (bit >= 32) {
      view.setUint32(0, (1 << (bit - 32)) >>> 0);
      view.setUint32(4, 0);
    } else {
      view.setUint32(0, 0);
      view.setUint32(4, (1 << bit) >>> 0);
    }
  }
  return view.getFloat64(0);
}

/** Number of bits of a non-negative bigint (0 for 0). */
export function bitLength(b: bigint): number {
  if (b === 0n) return 0;
  // toString(16) is linear and much faster than shifting loops for huge values.
  const hex = b.toString(16);
  const lead = parseInt(hex[0], 16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(lead));
}

/** round(n / d) with ties to even; n >= 0, d > 0. */
export function roundHalfEvenDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  const r2 = (n - q * d) * 2n;
  if (r2 > d || (r2 === d && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/**
 * Correctly rounded n/d as a double (round-half-even, subnormals handled,
 * Infinity on overflow: the caller decides which error to raise).
 */
export function ratioToFloat(n: bigint, d: bigint): number {
  if (n === 0n) return 0;
  const nb = bitLength(n);
  const db = bitLength(d);
  // Scale so the integer quotient has 55 or 56 bits: two guard bits at least.
  const shift = 55 - (nb - db);
  let num = n;
  let den = d;
  if (shift > 0) num <<= BigInt(shift);
  else if (shift < 0) den <<= BigInt(-shift);
  const q = num / den;
  const sticky = num - q * den !== 0n;
  const qb = bitLength(q);
  const topExp = qb - 1 - shift; // value lies in [2**topExp, 2**(topExp+1))
  if (topExp > 1024) return Infinity;
  const ulpExp = Math.max(topExp - 52, -1074);
  const drop = ulpExp + shift; // >= 2 by construction
  let m: bigint;
  if (drop >= qb + 1) {
    m = 0n; // far below half an ulp of the smallest subnormal
  } else {
    const dropBig = BigInt(drop);
    m = q >> dropBig;
    const rest = q & ((1n << dropBig) - 1n);
    const half = 1n << (dropBig - 1n);
    if (rest > half || (rest === half && (sticky || (m & 1n) === 1n))) m += 1n;
  }
  return scale(Number(m), ulpExp);
}

/** m * 2**e exactly when the result is representable (m < 2**54). */
export function scale(m: number, e: number): number {
  if (e > 1023) return m === 0 ? 0 : Infinity;
  if (e >= -1022) return m * pow2(e);
  // Split so neither factor underflows before the final exact product.
  return m * pow2(-1022) * pow2(e + 1022);
}

const MAX_SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER);

/** bigint -> PyIntValue, using a number whenever the value is a safe integer. */
export function normInt(b: bigint): PyIntValue {
  return b <= MAX_SAFE_BIG && b >= -MAX_SAFE_BIG ? Number(b) : b;
}

export function toBig(n: PyIntValue): bigint {
  return typeof n === 'bigint' ? n : BigInt(n);
}

/** Python's str.isspace() for a single UTF-16 code unit (all are BMP). */
export function isPySpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
  if (c < 0x85) return false;
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

const DECIMAL_RE = /\p{Nd}/u;

/**
 * Value of a Unicode decimal digit (category Nd), or -1.
 * Nd characters come in runs of ten starting at the digit zero, so the
 * value is the offset inside the run.
 */
export function unicodeDigitValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  if (cp < 0x80 || !DECIMAL_RE.test(String.fromCodePoint(cp))) return -1;
  let start = cp;
  while (DECIMAL_RE.test(String.fromCodePoint(start - 1))) start -= 1;
  return (cp - start) % 10;
}

/**
 * Mirrors what int() and float() do before parsing: non-ASCII Unicode
 * spaces become ' ', non-ASCII decimal digits become ASCII digits, any other
 * non-ASCII character becomes '?' (which can never parse). ASCII is kept.
 */
export function toAsciiDigitsAndSpaces(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) {
      out += ch;
    } else if (cp < 0x10000 && isPySpace(cp)) {
      out += ' ';
    } else {
      const d = unicodeDigitValue(cp);
      out += d >= 0 ? String.fromCharCode(0x30 + d) : '?';
    }
  }
  return out;
}

/** Strips the C-locale whitespace that CPython's number parsers skip. */
export function stripAsciiSpace(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isCSpace(s.charCodeAt(a))) a++;
  while (b > a && isCSpace(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

function isCSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/** True if every code unit is ASCII (the common case we can parse directly). */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}
