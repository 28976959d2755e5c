/**
 * Python int semantics on PyIntValue (number when a safe integer, bigint otherwise).
 * Every result is normalised: a number if |n| <= Number.MAX_SAFE_INTEGER, else a bigint.
 * Inputs may be numbers up to 2**53 or any bigint (not necessarily normalised).
 *
 *   intAdd(a, b), intSub(a, b), intMul(a, b), intNeg(a), intAbs(a)
 *   intFloorDiv(a, b), intMod(a, b), intDivmod(a, b): [q, r]    floor semantics
 *   intPow(base, exp, mod?)                 exp >= 0, or any exp with a modulus
 *   intNegativePow(base, exp): number       base ** exp for exp < 0 (Python gives a float)
 *   intLshift(a, n), intRshift(a, n)
 *   intAnd, intOr, intXor, intInvert        two's complement, arbitrary size
 *   intBitLength(a): number, intBitCount(a): number
 *   intCompare(a, b): -1 | 0 | 1, intEq(a, b): boolean
 *   intTrueDiv(a, b): number                correctly rounded a / b
 *   intToFloat(a): number                   float(a), correctly rounded
 *   intToString(a, base = 10): string       str() / bin() / oct() / hex() (with prefixes)
 *   intToDigits(a, base): string            digits without prefix, '-' sign (base 2..36)
 *   intFromString(s, base = 10): PyIntValue int(s, base)
 *   intRound(a, ndigits): PyIntValue        round(a, ndigits)
 *   intIsqrt(a), intGcd(a, b)
 *   getIntMaxStrDigits(), setIntMaxStrDigits(n)   sys.{get,set}_int_max_str_digits
 */
import { FormatError, type PyIntValue } from './errors.js';
import {
  bitLength,
  isAscii,
  normInt,
  ratioToFloat,
  stripAsciiSpace,
  toAsciiDigitsAndSpaces,
  toBig,
} from './internal.js';
import { floatPow } from './float.js';
import { strRepr } from './repr.js';

export type { PyIntValue };

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
// V8 cannot build bigints beyond 2**30 bits; CPython raises MemoryError there too.
const MAX_BITS = 2 ** 30;

function fromExactNumber(r: number): PyIntValue {
  return r <= MAX_SAFE && r >= -MAX_SAFE ? r + 0 : BigInt(r);
}

// ---------------------------------------------------------------- + - * neg abs

export function intAdd(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    // A sum that rounded could only be >= 2**53 in magnitude, so a safe r is exact.
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return normInt(toBig(a) + toBig(b));
}

export function intSub(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r + 0;
  }
  return normInt(toBig(a) - toBig(b));
}

export function intMul(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r + 0; // -0 -> 0
  }
  return normInt(toBig(a) * toBig(b));
}

export function intNeg(a: PyIntValue): PyIntValue {
  return typeof a === 'number' ? fromExactNumber(-a) : normInt(-a);
}

export function intAbs(a: PyIntValue): PyIntValue {
  return typeof a === 'number' ? fromExactNumber(Math.abs(a)) : normInt(a < 0n ? -a : a);
}

// ---------------------------------------------------------------- // % divmod

function zeroDivision(modulo: boolean): FormatError {
  return new FormatError(
    'ZeroDivisionError',
    modulo ? 'integer modulo by zero' : 'integer division or modulo by zero',
  );
}

function bigFloorDivmod(a: bigint, b: bigint): [bigint, bigint] {
  let q = a / b; // truncates toward zero
  let r = a - q * b;
  if (r !== 0n && r < 0n !== b < 0n) {
    q -= 1n;
    r += b;
  }
  return [q, r];
}

export function intFloorDiv(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (b == 0) throw zeroDivision(false);
  if (typeof a === 'number' && typeof b === 'number') {
    // A correctly rounded quotient of integers below 2**53 never crosses an integer.
    return fromExactNumber(Math.floor(a / b));
  }
  return normInt(bigFloorDivmod(toBig(a), toBig(b))[0]);
}

export function intMod(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (b == 0) throw zeroDivision(true);
  if (typeof a === 'number' && typeof b === 'number') {
    let r = a % b; // exact; sign of a
    if (r !== 0 && r < 0 !== b < 0) r += b;
    return r + 0;
  }
  return normInt(bigFloorDivmod(toBig(a), toBig(b))[1]);
}

export function intDivmod(a: PyIntValue, b: PyIntValue): [PyIntValue, PyIntValue] {
  if (b == 0) throw zeroDivision(false);
  if (typeof a === 'number' && typeof b === 'number') {
    let r = a % b;
    if (r !== 0 && r < 0 !== b < 0) r += b;
    return [fromExactNumber(Math.floor(a / b)), r + 0];
  }
  const [q, r] = bigFloorDivmod(toBig(a), toBig(b));
  return [normInt(q), normInt(r)];
}

// ---------------------------------------------------------------- true division / float

/** float(a): correctly rounded (JS Number(bigint) rounds half-even). */
export function intToFloat(a: PyIntValue): number {
  if (typeof a === 'number') return a;
  const f = Number(a);
  if (!Number.isFinite(f)) throw new FormatError('OverflowError', 'int too large to convert to float');
  return f;
}

/** a / b for ints: one correct rounding of the exact quotient. */
export function intTrueDiv(a: PyIntValue, b: PyIntValue): number {
  if (b == 0) throw new FormatError('ZeroDivisionError', 'division by zero');
  // Both operands exact doubles: IEEE division is already correctly rounded.
  if (typeof a === 'number' && typeof b === 'number') return a / b;
  const x = toBig(a);
  const y = toBig(b);
  const negative = x < 0n !== y < 0n;
  const r = ratioToFloat(x < 0n ? -x : x, y < 0n ? -y : y);
  if (r === Infinity) throw new FormatError('OverflowError', 'integer division result too large for a float');
  return negative ? -r : r;
}

// ---------------------------------------------------------------- pow

/** base ** exp (exp >= 0) or pow(base, exp, mod). */
export function intPow(base: PyIntValue, exp: PyIntValue, mod?: PyIntValue): PyIntValue {
  if (mod !== undefined) return modPow(toBig(base), toBig(exp), toBig(mod));
  if (exp < 0) throw new RangeError('intPow: negative exponent needs intNegativePow');
  if (typeof base === 'number' && typeof exp === 'number') {
    const r = smallPow(base, exp);
    if (r !== undefined) return r;
  }
  const b = toBig(base);
  if (b === 0n || b === 1n) return exp == 0 ? 1 : Number(b);
  if (b === -1n) return toBig(exp) % 2n === 0n ? 1 : -1;
  const e = toBig(exp);
  if (BigInt(bitLength(b < 0n ? -b : b) - 1) * e > BigInt(MAX_BITS)) throw new FormatError('MemoryError', '');
  try {
    return normInt(b ** e);
  } catch (err) {
    if (err instanceof RangeError) throw new FormatError('MemoryError', '');
    throw err;
  }
}

/** Square-and-multiply in doubles while every product stays a safe integer. */
function smallPow(base: number, exp: number): number | undefined {
  let result = 1;
  let b = base;
  let e = exp;
  while (true) {
    if (e % 2 === 1) {
      result *= b;
      if (result > MAX_SAFE || result < -MAX_SAFE) return undefined;
    }
    e = Math.floor(e / 2);
    if (e === 0) return result + 0;
    b *= b;
    if (b > MAX_SAFE) return undefined;
  }
}

function modPow(base: bigint, exp: bigint, mod: bigint): PyIntValue {
  if (mod === 0n) throw new FormatError('ValueError', 'pow() 3rd argument cannot be 0');
  const m = mod < 0n ? -mod : mod;
  let b = ((base % m) + m) % m;
  let e = exp;
  if (e < 0n) {
    b = modInverse(b, m);
    e = -e;
  }
  let result = m === 1n ? 0n : 1n;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % m;
    e >>= 1n;
    if (e > 0n) b = (b * b) % m;
  }
  // A negative modulus gives a result in (mod, 0].
  if (mod < 0n && result !== 0n) result -= m;
  return normInt(result);
}

function modInverse(a: bigint, m: bigint): bigint {
  // Extended Euclid on (a, m); a is already reduced into [0, m).
  let [r0, r1] = [m, a];
  let [t0, t1] = [0n, 1n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  if (r0 !== 1n) throw new FormatError('ValueError', 'base is not invertible for the given modulus');
  return ((t0 % m) + m) % m;
}

/** base ** exp with exp < 0: Python converts both to float. */
export function intNegativePow(base: PyIntValue, exp: PyIntValue): number {
  // An integer exponent never yields COMPLEX_RESULT.
  return floatPow(intToFloat(base), intToFloat(exp)) as number;
}

// ---------------------------------------------------------------- shifts and bitwise

function checkShift(n: PyIntValue): void {
  if (n < 0) throw new FormatError('ValueError', 'negative shift count');
}

export function intLshift(a: PyIntValue, n: PyIntValue): PyIntValue {
  checkShift(n);
  if (a == 0) return 0;
  if (typeof a === 'number' && typeof n === 'number' && n < 54) {
    const r = a * 2 ** n; // exact when safe
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  const x = toBig(a);
  if (BigInt(bitLength(x < 0n ? -x : x)) + toBig(n) > BigInt(MAX_BITS)) {
    throw new FormatError('MemoryError', '');
  }
  return normInt(x << toBig(n));
}

export function intRshift(a: PyIntValue, n: PyIntValue): PyIntValue {
  checkShift(n);
  if (typeof a === 'number') {
    if (n >= 64) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** Number(n)) + 0;
  }
  if (n > MAX_BITS) return a < 0n ? -1 : 0;
  return normInt(a >> toBig(n));
}

function isInt32(a: PyIntValue): a is number {
  return typeof a === 'number' && (a | 0) === a;
}

export function intAnd(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (isInt32(a) && isInt32(b)) return a & b;
  return normInt(toBig(a) & toBig(b));
}

export function intOr(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (isInt32(a) && isInt32(b)) return a | b;
  return normInt(toBig(a) | toBig(b));
}

export function intXor(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (isInt32(a) && isInt32(b)) return a ^ b;
  return normInt(toBig(a) ^ toBig(b));
}

export function intInvert(a: PyIntValue): PyIntValue {
  return typeof a === 'number' ? fromExactNumber(-a - 1) : normInt(-a - 1n);
}

/** int.bit_length() */
export function intBitLength(a: PyIntValue): number {
  if (typeof a === 'number') {
    const n = Math.abs(a);
    if (n < 2 ** 32) return 32 - Math.clz32(n >>> 0);
    const hi = Math.floor(n / 2 ** 32);
    return hi >= 2 ** 32 ? bitLength(BigInt(n)) : 64 - Math.clz32(hi);
  }
  return bitLength(a < 0n ? -a : a);
}

/** int.bit_count() */
export function intBitCount(a: PyIntValue): number {
  if (typeof a === 'number') {
    const n = Math.abs(a);
    return popcount32(n >>> 0) + popcount32(Math.floor(n / 2 ** 32));
  }
  let count = 0;
  for (const ch of (a < 0n ? -a : a).toString(2)) if (ch === '1') count++;
  return count;
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

// ---------------------------------------------------------------- comparisons

/** JS relational operators compare number and bigint by mathematical value. */
export function intCompare(a: PyIntValue, b: PyIntValue): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function intEq(a: PyIntValue, b: PyIntValue): boolean {
  return a == b;
}

// ---------------------------------------------------------------- str limit

let maxStrDigits = 4300;

export function getIntMaxStrDigits(): number {
  return maxStrDigits;
}

/** sys.set_int_max_str_digits(n); 0 means unlimited. */
export function setIntMaxStrDigits(n: number): void {
  if (n !== 0 && n < 640) throw new FormatError('ValueError', 'maxdigits must be 0 or larger than 640');
  maxStrDigits = n;
}

function strLimitError(): FormatError {
  return new FormatError(
    'ValueError',
    `Exceeds the limit (${maxStrDigits} digits) for integer string conversion; ` +
      'use sys.set_int_max_str_digits() to increase the limit',
  );
}

// ---------------------------------------------------------------- to string

const PREFIX: Record<number, string> = { 2: '0b', 8: '0o', 16: '0x' };

/** str(a) for base 10, bin()/oct()/hex() for bases 2/8/16 (with '0b'/'0o'/'0x'). */
export function intToString(a: PyIntValue, base: 2 | 8 | 10 | 16 = 10): string {
  if (base === 10) return intToDigits(a, 10);
  const digits = intToDigits(a, base);
  return digits[0] === '-' ? '-' + PREFIX[base] + digits.slice(1) : PREFIX[base] + digits;
}

/**
 * Digits of a in base 2..36 (lowercase), '-' for negatives, no prefix.
 * Non-power-of-two bases are subject to the int max str digits limit.
 */
export function intToDigits(a: PyIntValue, base: number): string {
  if (typeof a === 'number') return a.toString(base); // at most 16 decimal digits
  const limited = maxStrDigits > 0 && (base & (base - 1)) !== 0;
  if (limited) {
    const abs = a < 0n ? -a : a;
    // Reject cheaply when the digit count is certainly over the limit.
    const minDigits = Math.floor((bitLength(abs) - 1) * Math.log10(2) / Math.log10(base)) + 1;
    if (minDigits > maxStrDigits + 1) throw strLimitError();
    const s = a.toString(base);
    if (s.length - (a < 0n ? 1 : 0) > maxStrDigits) throw strLimitError();
    return s;
  }
  return a.toString(base);
}

// ---------------------------------------------------------------- from string

/** int(s, base): whitespace, sign, underscores, base prefixes, Unicode digits. */
export function intFromString(s: string, base: PyIntValue = 10): PyIntValue {
  if (base != 0 && (base < 2 || base > 36)) {
    throw new FormatError('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  }
  const b = Number(base);
  const t = stripAsciiSpace(isAscii(s) ? s : toAsciiDigitsAndSpaces(s));
  const r = parseIntLiteral(t, b);
  if (r === undefined) throw invalidLiteral(s, b);
  return r;
}

function invalidLiteral(s: string, base: number): FormatError {
  // CPython formats the repr with %.200R: at most 200 code points.
  const repr = Array.from(strRepr(s)).slice(0, 200).join('');
  return new FormatError('ValueError', `invalid literal for int() with base ${base}: ${repr}`);
}

function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41 + 10;
  return 99;
}

/** Parses a stripped ASCII literal; undefined when invalid. */
function parseIntLiteral(t: string, base: number): PyIntValue | undefined {
  let i = 0;
  let negative = false;
  if (t[0] === '+' || t[0] === '-') {
    negative = t[0] === '-';
    i = 1;
  }
  let prefixed = false;
  const p = t[i + 1]?.toLowerCase();
  if (t[i] === '0' && p !== undefined) {
    const prefixBase = p === 'x' ? 16 : p === 'o' ? 8 : p === 'b' ? 2 : 0;
    if (prefixBase !== 0 && (base === 0 || base === prefixBase)) {
      base = prefixBase;
      i += 2;
      prefixed = true;
    }
  }
  let zeroOnlyDecimal = false;
  if (base === 0) {
    // Without a prefix base 0 means decimal, and a leading 0 forbids other digits.
    base = 10;
    zeroOnlyDecimal = t[i] === '0';
  }
  // Collect digits; underscores only singly and between digits (or after a prefix).
  let digits = '';
  let lastUnderscore = false;
  let j = i;
  for (; j < t.length; j++) {
    const c = t.charCodeAt(j);
    if (c === 0x5f) {
      if (lastUnderscore || (j === i && !prefixed)) break;
      lastUnderscore = true;
      continue;
    }
    if (digitValue(c) >= base) break;
    digits += t[j];
    lastUnderscore = false;
  }
  const powerOfTwo = (base & (base - 1)) === 0;
  if (!powerOfTwo && maxStrDigits > 0 && digits.length > maxStrDigits) {
    throw new FormatError(
      'ValueError',
      `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: ` +
        `value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  if (j !== t.length || lastUnderscore || digits.length === 0) return undefined;
  if (zeroOnlyDecimal && /[1-9]/.test(digits)) return undefined;
  const magnitude = digitsToInt(digits, base);
  return negative ? intNeg(magnitude) : magnitude;
}

function digitsToInt(digits: string, base: number): PyIntValue {
  const safeLen = base === 10 ? 15 : Math.floor(53 / Math.log2(base));
  if (digits.length <= safeLen) return parseInt(digits, base);
  if (base === 10) return normInt(BigInt(digits));
  if (base === 16) return normInt(BigInt('0x' + digits));
  if (base === 8) return normInt(BigInt('0o' + digits));
  if (base === 2) return normInt(BigInt('0b' + digits));
  // Other bases: accumulate chunks whose value fits a double exactly.
  const chunk = Math.floor(53 / Math.log2(base)) - 1;
  const scaleBig = BigInt(base) ** BigInt(chunk);
  let acc = 0n;
  let start = digits.length % chunk;
  if (start > 0) acc = BigInt(parseInt(digits.slice(0, start), base));
  for (; start < digits.length; start += chunk) {
    acc = acc * scaleBig + BigInt(parseInt(digits.slice(start, start + chunk), base));
  }
  return normInt(acc);
}

// ---------------------------------------------------------------- round, isqrt, gcd

/** round(a, ndigits) for an int: only negative ndigits change anything (half-even). */
export function intRound(a: PyIntValue, ndigits: PyIntValue): PyIntValue {
  if (ndigits >= 0) return a;
  const x = toBig(a);
  const abs = x < 0n ? -x : x;
  // 10**k with k beyond the digit count of a is at least 10 * |a|: the result is 0.
  if (-ndigits > abs.toString().length + 1) return 0;
  const p = 10n ** toBig(intNeg(ndigits));
  let [q, r] = bigFloorDivmod(x, p);
  const twice = 2n * r;
  if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
  return normInt(q * p);
}

/** math.isqrt(a) */
export function intIsqrt(a: PyIntValue): PyIntValue {
  if (a < 0) throw new FormatError('ValueError', 'isqrt() argument must be nonnegative');
  if (typeof a === 'number') {
    let r = Math.floor(Math.sqrt(a));
    // sqrt of a double can be off by one around 2**52; fix up exactly.
    while (r * r > a) r--;
    while ((r + 1) * (r + 1) <= a) r++;
    return r;
  }
  if (a < 2n) return normInt(a);
  // Newton's iteration from an over-estimate decreases monotonically to the floor root.
  let x = 1n << BigInt(Math.ceil(bitLength(a) / 2));
  while (true) {
    const y = (x + a / x) >> 1n;
    if (y >= x) return normInt(x);
    x = y;
  }
}

/** math.gcd(a, b): non-negative. */
export function intGcd(a: PyIntValue, b: PyIntValue): PyIntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    let x = Math.abs(a);
    let y = Math.abs(b);
    while (y !== 0) [x, y] = [y, x % y];
    return x;
  }
  let x = toBig(a);
  let y = toBig(b);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  while (y !== 0n) [x, y] = [y, x % y];
  return normInt(x);
}
