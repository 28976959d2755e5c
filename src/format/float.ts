/**
 * Python float semantics on JS numbers (CPython 3.11 behaviour, exact messages).
 *
 *   floatRepr(x: number): string                  repr()/str() of a float
 *   floatFromString(s: string): number            float(str); alias parseFloat
 *   floatRound(x: number, ndigits: PyIntValue): number   round(x, n)
 *   floatRoundToInt(x: number): PyIntValue        round(x)
 *   floatToIntegerRatio(x): [PyIntValue, PyIntValue]
 *   floatHex(x): string, floatFromHex(s): number  float.hex / float.fromhex
 *   floatAsInt(x): PyIntValue                     int(x) (truncation)
 *   floatMod(a, b), floatFloorDiv(a, b), floatDivmod(a, b): [number, number],
 *   floatTrueDiv(a, b)                            % // divmod / with Python sign rules
 *   floatPow(a, b): number | typeof COMPLEX_RESULT   a ** b; COMPLEX_RESULT when
 *       a < 0 and b is not an integer (Python then computes a complex power)
 *   floatHash(x): number | bigint                 hash(x); NaN returns 0 (the VM
 *       must use the object identity hash for NaN as CPython does)
 *   intHash(n: PyIntValue): number | bigint       hash(int)
 *
 * Hashes are JS numbers when they are safe integers, bigints otherwise (|h| < 2**61),
 * and hash(1.0) === intHash(1), floatHash(2**70) == intHash(2n**70n).
 * Errors are FormatError(pyType, message).
 */
import { FormatError, type PyIntValue } from './errors.js';
import {
  bitLength,
  decompose,
  isAscii,
  normInt,
  ratioToFloat,
  roundHalfEvenDiv,
  stripAsciiSpace,
  toAsciiDigitsAndSpaces,

} from './internal.js';
import { strRepr } from './repr.js';

// ---------------------------------------------------------------- repr

/** Python repr(float): shortest round-trip digits, exponent when < -4 or >= 16. */
export function floatRepr(x: number): string {
  const ax = Math.abs(x);
  // Fast path: in this range JS String() uses plain decimal layout, as Python does.
  if (ax >= 1e-4 && ax < 1e16) {
    const s = String(x);
    return Number.isInteger(x) ? s + '.0' : s;
  }
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  if (x !== x) return 'nan';
  if (ax === Infinity) return x > 0 ? 'inf' : '-inf';
  // Outside the range the decimal exponent is < -4 or >= 16, so Python uses
  // scientific notation; JS gives the same digits but a 1-digit exponent.
  return pyExponent(x.toExponential());
}

/** Rewrites a JS exponent suffix ("e+5", "e-7") as Python's two-digit form. */
function pyExponent(s: string): string {
  const e = s.indexOf('e');
  const sign = s[e + 1];
  const digits = s.slice(e + 2);
  return s.slice(0, e + 1) + sign + (digits.length < 2 ? '0' + digits : digits);
}

// ---------------------------------------------------------------- parse

const FLOAT_RE = /^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const SPECIAL_RE = /^([+-]?)(inf|infinity|nan)$/i;

/** Python float(str): surrounding whitespace, underscores between digits, inf/nan. */
export function floatFromString(s: string): number {
  const ascii = isAscii(s) ? s : toAsciiDigitsAndSpaces(s);
  const t = stripAsciiSpace(ascii);
  if (FLOAT_RE.test(t)) return Number(t.indexOf('_') >= 0 ? t.replace(/_/g, '') : t);
  const m = SPECIAL_RE.exec(t);
  if (m) {
    if (m[2].toLowerCase() === 'nan') return NaN;
    return m[1] === '-' ? -Infinity : Infinity;
  }
  throw new FormatError('ValueError', `could not convert string to float: ${strRepr(s)}`);
}

export { floatFromString as parseFloat };

// ---------------------------------------------------------------- round

// Beyond these ndigits the result is x itself (or a signed zero): every double
// has fewer than 324 significant fractional digits and is below 1e309.
const NDIGITS_MAX = 323;
const NDIGITS_MIN = -308;

/** Python round(x, ndigits): the exact binary value rounded half-even in decimal. */
export function floatRound(x: number, ndigits: PyIntValue): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  if (ndigits > NDIGITS_MAX) return x;
  if (ndigits < NDIGITS_MIN) return x < 0 ? -0 : 0;
  const n = Number(ndigits);
  const { mant, exp } = decompose(x);
  // Already an integer with no digits to drop, or fewer fractional bits than kept digits.
  if (exp >= 0 && n >= 0) return x;
  if (exp < 0 && n >= -exp) return x;
  let num = BigInt(mant);
  let den = 1n;
  if (exp >= 0) num <<= BigInt(exp);
  else den <<= BigInt(-exp);
  if (n >= 0) num *= 10n ** BigInt(n);
  else den *= 10n ** BigInt(-n);
  const q = roundHalfEvenDiv(num, den);
  // Decimal string -> double is correctly rounded in JS, as CPython's strtod is.
  const r = Number(`${q}e${-n}`);
  if (r === Infinity) throw new FormatError('OverflowError', 'rounded value too large to represent');
  return x < 0 ? -r : r;
}

/** Python round(x) with no ndigits: half-even to an int. */
export function floatRoundToInt(x: number): PyIntValue {
  const f = Math.floor(x);
  const diff = x - f; // exact for any double
  let r = f;
  if (diff > 0.5 || (diff === 0.5 && f % 2 !== 0)) r = f + 1;
  return floatAsInt(r);
}

// ---------------------------------------------------------------- conversions

/** int(x): truncation toward zero. */
export function floatAsInt(x: number): PyIntValue {
  const t = Math.trunc(x);
  if (Number.isSafeInteger(t)) return t + 0; // "+ 0" turns -0 into 0
  if (t !== t) throw new FormatError('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(t)) throw new FormatError('OverflowError', 'cannot convert float infinity to integer');
  return BigInt(t);
}

/** float.as_integer_ratio(): lowest terms, positive denominator. */
export function floatToIntegerRatio(x: number): [PyIntValue, PyIntValue] {
  if (x !== x) throw new FormatError('ValueError', 'cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) throw new FormatError('OverflowError', 'cannot convert Infinity to integer ratio');
  if (x === 0) return [0, 1];
  if (Number.isSafeInteger(x)) return [x, 1];
  const { mant, exp } = decompose(x);
  const sign = x < 0 ? -1n : 1n;
  if (exp >= 0) return [normInt(sign * (BigInt(mant) << BigInt(exp))), 1];
  return [normInt(sign * BigInt(mant)), normInt(1n << BigInt(-exp))];
}

/** float.hex(): '[-]0x1.<13 hex digits>p<exp>', subnormals as 0x0.<...>p-1022. */
export function floatHex(x: number): string {
  if (x !== x) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return sign + '0x0.0p+0';
  const { mant, exp } = decompose(Math.abs(x));
  // Re-normalise to a 53-bit significand (or the subnormal layout).
  const bits = mant < 2 ** 32 ? 32 - Math.clz32(mant) : 64 - Math.clz32(Math.floor(mant / 2 ** 32));
  let e = exp + bits - 1; // exponent of the leading bit
  let lead = 1;
  let frac: bigint;
  if (e < -1022) {
    lead = 0;
    frac = BigInt(mant) << BigInt(exp + 1074); // units of 2**-1074
    e = -1022;
  } else {
    frac = (BigInt(mant) << BigInt(53 - bits)) - (1n << 52n);
  }
  const hex = frac.toString(16).padStart(13, '0');
  return `${sign}0x${lead}.${hex}p${e >= 0 ? '+' : ''}${e}`;
}

const HEX_FLOAT_RE = /^([+-]?)(?:0[xX])?([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?\d+))?$/;

/** float.fromhex(s): correctly rounded (half-even) value of a hex float string. */
export function floatFromHex(s: string): number {
  const t = stripAsciiSpace(s);
  const special = SPECIAL_RE.exec(t);
  if (special) {
    if (special[2].toLowerCase() === 'nan') return NaN;
    return special[1] === '-' ? -Infinity : Infinity;
  }
  const m = HEX_FLOAT_RE.exec(t);
  const intDigits = m ? m[2] : '';
  const fracDigits = m ? (m[3] ?? '') : '';
  if (!m || intDigits.length + fracDigits.length === 0) {
    throw new FormatError('ValueError', 'invalid hexadecimal floating-point string');
  }
  const negative = m[1] === '-';
  const digits = (intDigits + fracDigits).replace(/^0+/, '');
  // The exponent may be absurdly long; a float is enough to decide over/underflow.
  const pexp = m[4] === undefined ? 0 : Number(m[4]);
  const exp2 = pexp - 4 * fracDigits.length;
  let value: number;
  if (digits.length === 0) {
    value = 0;
  } else {
    const mant = BigInt('0x' + digits);
    const top = bitLength(mant) + exp2; // value < 2**top
    if (top > 1025) value = Infinity;
    else if (top < -1076) value = 0;
    else if (exp2 >= 0) value = ratioToFloat(mant << BigInt(exp2), 1n);
    else value = ratioToFloat(mant, 1n << BigInt(-exp2));
  }
  if (value === Infinity) {
    throw new FormatError('OverflowError', 'hexadecimal value too large to represent as a float');
  }
  return negative ? -value : value;
}

// ---------------------------------------------------------------- arithmetic

/** a % b: result has the sign of b; zero results take b's sign. */
export function floatMod(a: number, b: number): number {
  if (b === 0) throw new FormatError('ZeroDivisionError', 'float modulo');
  let mod = a % b; // fmod: exact
  if (mod !== 0) {
    if (b < 0 !== mod < 0) mod += b;
  } else {
    mod = b < 0 ? -0 : 0;
  }
  return mod;
}

/** a // b, consistent with floatMod (a == b * (a // b) + a % b as closely as possible). */
export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) throw new FormatError('ZeroDivisionError', 'float floor division by zero');
  return divmodUnchecked(a, b)[0];
}

/** divmod(a, b) for floats. */
export function floatDivmod(a: number, b: number): [number, number] {
  if (b === 0) throw new FormatError('ZeroDivisionError', 'float divmod()');
  return divmodUnchecked(a, b);
}

function divmodUnchecked(a: number, b: number): [number, number] {
  let mod = a % b;
  // a - mod is an exact multiple of b, so this division is nearly exact.
  let div = (a - mod) / b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) {
      mod += b;
      div -= 1;
    }
  } else {
    mod = b < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    // div may be one rounding step below an integer; snap to the nearer one.
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = a / b < 0 || Object.is(a / b, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

/** a / b for floats (ints converted by the VM). */
export function floatTrueDiv(a: number, b: number): number {
  if (b === 0) throw new FormatError('ZeroDivisionError', 'float division by zero');
  return a / b;
}

/** Returned by floatPow when Python would produce a complex number. */
export const COMPLEX_RESULT: unique symbol = Symbol('complex result');

/** a ** b for floats with CPython's special cases and errors. */
export function floatPow(a: number, b: number): number | typeof COMPLEX_RESULT {
  if (b === 0) return 1; // even nan ** 0
  if (a !== a) return a; // nan
  if (b !== b) return a === 1 ? 1 : b;
  if (b === Infinity || b === -Infinity) {
    const aa = Math.abs(a);
    if (aa === 1) return 1;
    return b > 0 === aa > 1 ? Infinity : 0;
  }
  if (a === Infinity || a === -Infinity) {
    const odd = isOddInteger(b);
    if (b > 0) return odd ? a : Math.abs(a);
    return odd ? (a < 0 ? -0 : 0) : 0;
  }
  if (a === 0) {
    if (b < 0) throw new FormatError('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return isOddInteger(b) ? a : 0;
  }
  let negate = false;
  let base = a;
  if (a < 0) {
    if (!Number.isInteger(b)) return COMPLEX_RESULT;
    negate = isOddInteger(b);
    base = -a;
  }
  if (base === 1) return negate ? -1 : 1;
  const r = positivePow(base, b);
  if (r === Infinity) throw new FormatError('OverflowError', "(34, 'Numerical result out of range')");
  return negate ? -r : r;
}

function isOddInteger(b: number): boolean {
  return Number.isInteger(b) && Math.abs(b % 2) === 1;
}

/**
 * base ** b for base > 0. Integer exponents of moderate size are computed
 * exactly and rounded once. CPython calls the C library pow, which glibc makes
 * accurate to within 0.52 ulp, so this matches it in all but rare cases; V8's
 * Math.pow is often an ulp off (e.g. 10 ** -5). Non-integer exponents use
 * Math.pow and may differ from CPython in the last bit.
 */
function positivePow(base: number, b: number): number {
  if (b === 1) return base;
  if (b === 0.5) return Math.sqrt(base); // pow(x, 0.5) is correctly rounded in glibc too
  if (!Number.isInteger(b) || Math.abs(b) > 4096) return Math.pow(base, b);
  if (b === 2) return base * base; // one rounding: exact
  const { mant, exp } = decompose(base);
  const k = Math.abs(b);
  const m = BigInt(mant) ** BigInt(k);
  const e = exp * k;
  if (b > 0) {
    return e >= 0 ? ratioToFloat(m << BigInt(e), 1n) : ratioToFloat(m, 1n << BigInt(-e));
  }
  // base ** -k = 2**-e / m
  return e >= 0 ? ratioToFloat(1n, m << BigInt(e)) : ratioToFloat(1n << BigInt(-e), m);
}

// ---------------------------------------------------------------- hashing

const HASH_MODULUS = (1n << 61n) - 1n;
const HASH_INF = 314159;

/** CPython's hash(float); NaN gives 0 (CPython hashes NaN by identity). */
export function floatHash(x: number): number | bigint {
  if (Number.isSafeInteger(x)) return x === -1 ? -2 : x + 0;
  if (x !== x) return 0;
  if (x === Infinity) return HASH_INF;
  if (x === -Infinity) return -HASH_INF;
  const { mant, exp } = decompose(x);
  // 2**61 == 1 (mod 2**61 - 1), so the exponent only matters modulo 61.
  const shift = BigInt(((exp % 61) + 61) % 61);
  let h = (BigInt(mant) << shift) % HASH_MODULUS;
  if (x < 0) h = -h;
  if (h === -1n) h = -2n;
  return normInt(h);
}

/** CPython's hash(int). */
export function intHash(n: PyIntValue): number | bigint {
  if (typeof n === 'number') return n === -1 ? -2 : n; // |n| <= 2**53 < modulus
  const neg = n < 0n;
  let h = (neg ? -n : n) % HASH_MODULUS;
  if (neg) h = -h;
  if (h === -1n) h = -2n;
  return normInt(h);
}


