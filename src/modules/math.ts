// The math module, with CPython 3.11's results and error messages. Arguments convert to float
// as CPython's do (float, int, __float__, __index__); integer functions take ints through
// __index__. Errors follow C's conventions: a NaN from a non-NaN argument is a ValueError
// "math domain error"; an infinity from finite arguments is an OverflowError "math range
// error" for the functions that can overflow, a domain error for the others.

import { NULL, Ref } from '../../gc/layout.js';
import { BinaryOp } from '../compiler/opcodes.js';
import { floatAsInt, floatPow, COMPLEX_RESULT } from '../format/float.js';
import { FormatError } from '../format/errors.js';
import {
  intAbs, intBitLength, intFloorDiv, intGcd, intIsqrt, intMul, intToFloat, PyIntValue,
} from '../format/int.js';
import { typeError, valueError, overflowError, zeroDivisionError } from '../objects/exception.js';
import { floatValue, newFloat } from '../objects/float.js';
import {
  convert, intValue, newInt, numberClass, numberError, overridesDunders, NUM_FLOAT, NUM_INT,
} from '../objects/int.js';
import { dictSet } from '../objects/dict.js';
import { moduleDict } from '../objects/module.js';
import { newTuple } from '../objects/tuple.js';
import { NONE } from '../objects/statics.js';
import {
  asIndex, binaryOp, bool, callDunder, getIter, iterNext, iterToArray, typeNameOf,
} from '../runtime/abstract.js';
import { defineModuleFiller } from '../runtime/boot.js';
import { intern } from '../runtime/intern.js';
import { N } from '../runtime/names.js';
import { defFunction, Kwargs } from '../runtime/native.js';
import {
  crAcos, crAsin, crAtan, crAtan2, crCos, crExp, crExp2, crErf, crErfc, crLog, crLog2, crGammaPositive, crLgammaPositive, crPowPositive, crSin, crTan,
} from './mathcr.js';

const M = 'math';

// ---- argument conversion and errors ----

/** A float argument, as CPython's PyFloat_AsDouble: floats, ints, __float__, __index__. */
export function toDouble(r: Ref): number {
  if ((r & 1) === 1) return r >> 1;
  const c = numberClass(r);
  if (!overridesDunders(r)) {
    if (c === NUM_FLOAT) return floatValue(r);
    if (c === NUM_INT) return convert(intToFloat, intValue(r));
  }
  let v = callDunder(r, N.__float__, []);
  if (v !== NULL) {
    if (numberClass(v) !== NUM_FLOAT) typeError(`${typeNameOf(r)}.__float__ returned non-float (type ${typeNameOf(v)})`);
    return floatValue(v);
  }
  v = callDunder(r, N.__index__, []);
  if (v !== NULL) {
    if (numberClass(v) !== NUM_INT) typeError(`__index__ returned non-int (type ${typeNameOf(v)})`);
    return convert(intToFloat, intValue(v));
  }
  if (c === NUM_FLOAT) return floatValue(r);
  return typeError(`must be real number, not ${typeNameOf(r)}`);
}

/** An integer argument through __index__. */
const toInt = (r: Ref): PyIntValue => ((r & 1) === 1 ? r >> 1 : intValue(asIndex(r)));

const domainError = (): never => valueError('math domain error');
const rangeError = (): never => overflowError('math range error');

/** Applies C's error conventions to the result r of f(x...). */
function checked(r: number, argsFinite: boolean, argsNaN: boolean, canOverflow: boolean): number {
  if (r !== r) {
    if (!argsNaN) domainError();
  } else if ((r === Infinity || r === -Infinity) && argsFinite) {
    if (canOverflow) rangeError(); else domainError();
  }
  return r;
}

/** A one-argument float function with C's error conventions. */
function unary(name: string, f: (x: number) => number, canOverflow = false): void {
  defFunction(M, {
    name, params: ['x'],
    fn: (_m, a) => {
      const x = toDouble(a);
      return newFloat(checked(f(x), Number.isFinite(x), x !== x, canOverflow));
    },
  });
}

/** Float functions of two arguments with C's error conventions. */
function binary(name: string, f: (x: number, y: number) => number): void {
  defFunction(M, {
    name, params: ['x', 'y'],
    fn: (_m, a, b) => {
      const x = toDouble(a);
      const y = toDouble(b);
      return newFloat(checked(f(x, y), Number.isFinite(x) && Number.isFinite(y), x !== x || y !== y, false));
    },
  });
}

/** Positional arguments only, exactly `n` of them, worded as CPython's _PyArg_CheckPositional. */
function positional(name: string, args: Ref[], kw: Kwargs | null, min: number, max: number): void {
  if (kw !== null && kw.names.length > 0) typeError(`${name}() takes no keyword arguments`);
  if (args.length < min || args.length > max) {
    if (min === max) typeError(`${name} expected ${min} argument${min === 1 ? '' : 's'}, got ${args.length}`);
    if (args.length < min) typeError(`${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${args.length}`);
    typeError(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`);
  }
}

// ---- float bits ----

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
const u32 = new Uint32Array(f64.buffer);

/** x = m * 2**e with 0.5 <= |m| < 1 (m = x for 0, inf and nan, e = 0). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = 0;
  let m = x;
  if (Math.abs(m) < 2 ** -1000) { m *= 2 ** 64; e = -64; }
  f64[0] = m;
  const biased = (u32[1] >>> 20) & 0x7ff;
  e += biased - 1022;
  u32[1] = (u32[1] & 0x800fffff) | (1022 << 20);
  return [f64[0], e];
}

/** x * 2**i with a single rounding. */
function ldexp(x: number, i: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [m, e] = frexp(x);
  const E = e + i;
  if (E > 1024) return x > 0 ? Infinity : -Infinity;
  if (E >= -1021) return E > 1000 ? m * 2 ** (E - 1000) * 2 ** 1000 : m * 2 ** E;
  if (E < -2043) return x > 0 ? 0 : -0;
  return m * 2 ** (E + 1022) * 2 ** -1022;
}

function nextAfter(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  f64[0] = x;
  if ((x < y) === (x > 0)) u64[0] += 1n; else u64[0] -= 1n;
  return f64[0];
}

function ulp(x: number): number {
  if (x !== x) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const up = nextAfter(x, Infinity);
  if (up === Infinity) return x - nextAfter(x, -Infinity);
  return up - x;
}

// ---- exact sums and norms ----

/** Error-free a * b = p + q (Veltkamp splits; inputs far from overflow). */
function twoProduct(a: number, b: number): [number, number] {
  const p = a * b;
  const ca = SPLIT * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = SPLIT * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  return [p, ((ah * bh - p) + ah * bl + al * bh) + al * bl];
}

/** Cube root: V8's estimate, corrected once by Newton's step on the exact residual. */
function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const ax = Math.abs(x);
  // Scale into a range where the products below neither overflow nor lose bits.
  const [, e] = frexp(ax);
  const k = Math.floor(e / 3) * 3;
  const m = ldexp(ax, -k);
  let y = Math.cbrt(m);
  const [p, q] = twoProduct(y, y);
  const [r1, r2] = twoProduct(p, y);
  const residual = (r1 - m) + (r2 + q * y);
  y -= residual / (3 * y * y);
  const r = ldexp(y, k / 3);
  return x < 0 ? -r : r;
}

/** Error-free a + b = s + t (|a| >= |b| not required). */
function twoSum(a: number, b: number): [number, number] {
  const s = a + b;
  const bb = s - a;
  return [s, (a - (s - bb)) + (b - bb)];
}

const SPLIT = 134217729; // 2**27 + 1
/** Error-free a * a = p + q (Veltkamp split; no overflow for the scaled inputs used). */
function twoSquare(a: number): [number, number] {
  const p = a * a;
  const c = SPLIT * a;
  const hi = c - (c - a);
  const lo = a - hi;
  return [p, ((hi * hi - p) + 2 * hi * lo) + lo * lo];
}

/** sqrt(sum of squares) of finite values, nearly always correctly rounded: the values are
 *  scaled by a power of two, their squares summed in double-double, and the square root
 *  corrected once with the exact residual. */
function vectorNorm(v: number[], max: number, sawNaN: boolean): number {
  if (max === Infinity) return Infinity;
  if (sawNaN) return NaN;
  if (max === 0 || v.length <= 1) return max;
  const [, e] = frexp(max);
  const scale = e; // values become < 1 after dividing by 2**e
  let hi = 0;
  let lo = 0;
  for (const x of v) {
    const y = ldexp(x, -scale);
    const [p, q] = twoSquare(y);
    const [s, t] = twoSum(hi, p);
    hi = s;
    lo += t + q;
  }
  const [s0, t0] = twoSum(hi, lo);
  let h = Math.sqrt(s0);
  // Correction: h + (s - h*h) / (2h), with h*h exact.
  const [hh, hl] = twoSquare(h);
  const residual = ((s0 - hh) - hl) + t0;
  h += residual / (2 * h);
  return ldexp(h, scale);
}

/** Shewchuk's exact summation into non-overlapping partials, then correctly rounded. */
function fsum(iterable: Ref): number {
  const it = getIter(iterable);
  const partials: number[] = [];
  let special = 0; // sum of the infinities and NaNs
  let infSum = 0; // sum of the infinities only
  for (let item = iterNext(it); item !== NULL; item = iterNext(it)) {
    let x = toDouble(item);
    if (!Number.isFinite(x)) {
      special += x;
      if (x === x) infSum += x;
      continue;
    }
    let n = 0;
    for (const p of partials) {
      let y = p;
      if (Math.abs(x) < Math.abs(y)) { const t = x; x = y; y = t; }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[n++] = lo;
      x = hi;
    }
    if (!Number.isFinite(x)) overflowError('intermediate overflow in fsum');
    partials.length = n;
    if (x !== 0) partials.push(x);
  }
  if (special !== 0) {
    if (infSum !== infSum) valueError('-inf + inf in fsum');
    return special;
  }
  // Add the partials from the largest down; stop at the first inexact sum, then round
  // half-way cases by looking at the sign of the next partial.
  let n = partials.length;
  if (n === 0) return 0;
  let hi = partials[--n];
  let lo = 0;
  while (n > 0) {
    const x = hi;
    const y = partials[--n];
    hi = x + y;
    const yr = hi - x;
    lo = y - yr;
    if (lo !== 0) break;
  }
  if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
    const y = lo * 2;
    const x = hi + y;
    if (y === x - hi) hi = x;
  }
  return hi;
}

// ---- special functions ----

/** Exact factorials as floats for gamma at small positive integers. */
const FACTORIALS: number[] = (() => {
  const out = [1];
  let f = 1n;
  for (let i = 1n; i < 171n; i++) { f *= i; out.push(Number(f)); }
  return out;
})();

function gamma(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return x;
  if (x === -Infinity || (x <= 0 && Number.isInteger(x))) return domainError();
  if (Number.isInteger(x) && x <= 171) return FACTORIALS[x - 1];
  if (x < 0) {
    // Reflection: gamma(x) gamma(1 - x) = pi / sin(pi x).
    const s = sinPi(x);
    if (1 - x > 171) {
      // gamma(1 - x) overflows: the result is tiny, from logarithms.
      const r = crExp(Math.log(Math.PI / Math.abs(s)) - lgamma(1 - x));
      return s < 0 ? -r : r;
    }
    return Math.PI / (s * gamma(1 - x));
  }
  if (x > 171.7) return rangeError();
  const r = crGammaPositive(x);
  if (!Number.isFinite(r)) return rangeError();
  return r;
}

/** sin(pi x), exact at integers and half-integers. */
function sinPi(x: number): number {
  const r = x % 2;
  if (Number.isInteger(r)) return 0 * x;
  return Math.sin(Math.PI * r);
}

function lgamma(x: number): number {
  if (x !== x) return x;
  if (x === Infinity || x === -Infinity) return Infinity;
  if (x <= 0 && Number.isInteger(x)) return domainError();
  if (x === 1 || x === 2) return 0;
  const ax = Math.abs(x);
  if (ax < 2 ** -52) return -Math.log(ax); // gamma(x) ~ 1/x
  if (x < 0) {
    // Reflection: log|gamma(x)| = log(pi / |sin(pi x)|) - log|gamma(1 - x)|.
    const r = Math.log(Math.PI / Math.abs(sinPi(x))) - lgamma(1 - x);
    return r;
  }
  const r = crLgammaPositive(x);
  if (r === Infinity) return rangeError();
  return r;
}

// ---- logarithms of ints of any size ----

/** log-like function of an int or float argument; huge ints go through frexp so that
 *  log(2**10000) works, as in CPython. */
function logOf(r: Ref, f: (x: number) => number, log2: number): number {
  if (numberClass(r) === NUM_INT && !overridesDunders(r)) {
    const v = intValue(r);
    if (v <= 0) domainError();
    if (typeof v === 'number') return f(v);
    const x = Number(v);
    if (Number.isFinite(x)) return f(x);
    // v = m * 2**e with m in [0.5, 1): keep 64 top bits, sticky bit for the rest.
    const e = intBitLength(v);
    let top = v >> BigInt(e - 64);
    if ((top << BigInt(e - 64)) !== v) top |= 1n;
    const m = Number(top) / 2 ** 64;
    return f(m) + log2 * e;
  }
  const x = toDouble(r);
  if (x !== x) return x;
  if (x <= 0) domainError();
  return f(x);
}

// ---- rounding functions ----

function roundWith(r: Ref, dunder: Ref, f: (x: number) => number): Ref {
  const c = numberClass(r);
  if (!overridesDunders(r)) {
    if (c === NUM_INT) return asIndex(r);
    if (c === NUM_FLOAT) return newInt(convert(floatAsInt, f(floatValue(r))));
  }
  const v = callDunder(r, dunder, []);
  if (v !== NULL) return v;
  return newInt(convert(floatAsInt, f(toDouble(r))));
}

defFunction(M, { name: 'floor', params: ['x'], fn: (_m, x) => roundWith(x, N.__floor__, Math.floor) });
defFunction(M, { name: 'ceil', params: ['x'], fn: (_m, x) => roundWith(x, N.__ceil__, Math.ceil) });
defFunction(M, {
  name: 'trunc', params: ['x'],
  fn: (_m, x) => {
    const c = numberClass(x);
    if (!overridesDunders(x)) {
      if (c === NUM_INT) return asIndex(x);
      if (c === NUM_FLOAT) return newInt(convert(floatAsInt, floatValue(x)));
    }
    const v = callDunder(x, N.__trunc__, []);
    if (v === NULL) typeError(`type ${typeNameOf(x)} doesn't define __trunc__ method`);
    return v;
  },
});

// ---- float functions ----

/** asinh and acosh through log and log1p, composed as C libraries do for each range. */
function asinh(x: number): number {
  const ax = Math.abs(x);
  if (!Number.isFinite(x) || ax < 2 ** -28) return x;
  let r: number;
  if (ax > 2 ** 28) r = crLog(ax) + Math.LN2;
  else if (ax > 2) r = crLog(2 * ax + 1 / (Math.sqrt(x * x + 1) + ax));
  else {
    const t = x * x;
    r = Math.log1p(ax + t / (1 + Math.sqrt(1 + t)));
  }
  return x < 0 ? -r : r;
}

function acosh(x: number): number {
  if (x !== x || x < 1) return NaN;
  if (x === Infinity) return x;
  if (x > 2 ** 28) return crLog(x) + Math.LN2;
  if (x > 2) return crLog(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
  const t = x - 1;
  return Math.log1p(t + Math.sqrt(2 * t + t * t));
}

/** cosh from exp the way C libraries compose it (glibc's cosh is not correctly rounded, so
 *  the correctly rounded value would differ from CPython's more often than this). */
function cosh(x: number): number {
  const ax = Math.abs(x);
  if (ax < Math.LN2 / 2) {
    const t = Math.expm1(ax);
    return 1 + (t * t) / (2 * (1 + t));
  }
  if (ax < 22) {
    const t = crExp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ax < 709.78) return 0.5 * crExp(ax);
  const w = crExp(ax / 2);
  return 0.5 * w * w;
}

unary('sqrt', Math.sqrt);
unary('exp', crExp, true);
unary('exp2', crExp2, true);
unary('expm1', Math.expm1, true);
unary('cbrt', cbrt);
unary('log1p', (x) => (x === -1 ? domainError() : Math.log1p(x)));
unary('sin', crSin);
unary('cos', crCos);
unary('tan', crTan);
unary('asin', crAsin);
unary('acos', crAcos);
unary('atan', crAtan);
unary('sinh', Math.sinh, true);
unary('cosh', cosh, true);
unary('tanh', Math.tanh);
unary('asinh', asinh);
unary('acosh', acosh);
unary('atanh', Math.atanh);
unary('fabs', Math.abs);
unary('erf', crErf);
unary('erfc', crErfc);
unary('gamma', gamma, true);
unary('lgamma', lgamma, true);
binary('atan2', crAtan2);
binary('copysign', (x, y) => {
  const neg = y < 0 || Object.is(y, -0) || (y !== y && signBitOf(y));
  const ax = Math.abs(x);
  return neg ? -ax : ax;
});

function signBitOf(x: number): boolean {
  f64[0] = x;
  return (u32[1] >>> 31) === 1;
}

binary('fmod', (x, y) => {
  if (x !== x || y !== y) return NaN;
  if (!Number.isFinite(x) || y === 0) return domainError();
  if (!Number.isFinite(y)) return x;
  return x % y;
});

binary('remainder', (x, y) => {
  if (x !== x || y !== y) return NaN;
  if (!Number.isFinite(x) || y === 0) return domainError();
  if (!Number.isFinite(y)) return x;
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  const m = ax % ay;
  const c = ay - m;
  let r: number;
  if (m < c) r = m;
  else if (m > c) r = -c;
  else r = m - 2 * ((0.5 * (ax - m)) % ay); // a tie: pick the even multiple
  return x < 0 || Object.is(x, -0) ? -r : r;
});

defFunction(M, {
  name: 'pow', params: ['x', 'y'],
  fn: (_m, a, b) => {
    const x = toDouble(a);
    const y = toDouble(b);
    let r: number | typeof COMPLEX_RESULT;
    try {
      r = x > 0 && Number.isFinite(x) && Number.isFinite(y) && !Number.isInteger(y) && y !== 0.5
        ? crPowPositive(x, y) : floatPow(x, y);
      if (r === Infinity && Number.isFinite(x) && Number.isFinite(y)) rangeError();
    } catch (e) {
      if (e instanceof FormatError) {
        if (e.pyType === 'OverflowError') rangeError();
        domainError();
      }
      throw e;
    }
    if (r === COMPLEX_RESULT) return domainError();
    return newFloat(checked(r, Number.isFinite(x) && Number.isFinite(y), x !== x || y !== y, true));
  },
});

defFunction(M, {
  name: 'log', varfn: (_m, args, kw) => {
    positional('log', args, kw, 1, 2);
    const num = logOf(args[0], crLog, Math.LN2);
    if (args.length === 1) return newFloat(num);
    const den = logOf(args[1], crLog, Math.LN2);
    if (den === 0) zeroDivisionError('float division by zero');
    return newFloat(num / den);
  },
});
defFunction(M, { name: 'log2', params: ['x'], fn: (_m, x) => newFloat(logOf(x, crLog2, 1)) });
defFunction(M, { name: 'log10', params: ['x'], fn: (_m, x) => newFloat(logOf(x, Math.log10, Math.LOG10E * Math.LN2)) });

defFunction(M, { name: 'degrees', params: ['x'], fn: (_m, a) => newFloat(toDouble(a) * (180 / Math.PI)) });
defFunction(M, { name: 'radians', params: ['x'], fn: (_m, a) => newFloat(toDouble(a) * (Math.PI / 180)) });

defFunction(M, {
  name: 'frexp', params: ['x'],
  fn: (_m, a) => {
    const [m, e] = frexp(toDouble(a));
    return newTuple([newFloat(m), newInt(e)]);
  },
});

defFunction(M, {
  name: 'ldexp', params: ['x', 'i'],
  fn: (_m, a, b) => {
    const x = toDouble(a);
    if (numberClass(b) !== NUM_INT) typeError('Expected an int as second argument to ldexp.');
    const iv = intValue(b);
    const i = typeof iv === 'bigint' ? (iv > 0n ? 100000 : -100000) : Math.max(-100000, Math.min(100000, iv));
    const r = ldexp(x, i);
    if (!Number.isFinite(r) && Number.isFinite(x)) rangeError();
    return newFloat(r);
  },
});

defFunction(M, {
  name: 'modf', params: ['x'],
  fn: (_m, a) => {
    const x = toDouble(a);
    if (x !== x) return newTuple([newFloat(x), newFloat(x)]);
    if (!Number.isFinite(x)) return newTuple([newFloat(x > 0 ? 0 : -0), newFloat(x)]);
    const i = Math.trunc(x);
    const frac = x - i;
    return newTuple([newFloat(frac === 0 && (x < 0 || Object.is(x, -0)) ? -0 : frac), newFloat(i)]);
  },
});

defFunction(M, { name: 'isfinite', params: ['x'], fn: (_m, a) => bool(Number.isFinite(toDouble(a))) });
defFunction(M, {
  name: 'isinf', params: ['x'],
  fn: (_m, a) => { const x = toDouble(a); return bool(x === Infinity || x === -Infinity); },
});
defFunction(M, { name: 'isnan', params: ['x'], fn: (_m, a) => { const x = toDouble(a); return bool(x !== x); } });

/** The arguments of math.isclose and cmath.isclose: (a, b, *, rel_tol=1e-09, abs_tol=0.0). */
export function iscloseArguments(args: Ref[], kw: Kwargs | null): { vals: Ref[]; rel: number; abs: number } {
  const names = ['a', 'b', 'rel_tol', 'abs_tol'];
  const vals: Ref[] = [NULL, NULL, NULL, NULL];
  if (args.length > 2) typeError(`isclose() takes exactly 2 positional arguments (${args.length} given)`);
  args.forEach((v, i) => { vals[i] = v; });
  for (let i = 0; kw !== null && i < kw.names.length; i++) {
    const at = names.indexOf(kw.names[i]);
    if (at < 0) typeError(`'${kw.names[i]}' is an invalid keyword argument for isclose()`);
    if (vals[at] !== NULL) typeError(`argument for isclose() given by name ('${kw.names[i]}') and position (${at + 1})`);
    vals[at] = kw.values[i];
  }
  if (vals[0] === NULL) typeError("isclose() missing required argument 'a' (pos 1)");
  if (vals[1] === NULL) typeError("isclose() missing required argument 'b' (pos 2)");
  const rel = vals[2] === NULL ? 1e-9 : toDouble(vals[2]);
  const abs = vals[3] === NULL ? 0 : toDouble(vals[3]);
  if (rel < 0 || abs < 0) valueError('tolerances must be non-negative');
  return { vals, rel, abs };
}

defFunction(M, {
  name: 'isclose', varfn: (_m, args, kw) => {
    const { vals, rel, abs } = iscloseArguments(args, kw);
    const a = toDouble(vals[0]);
    const b = toDouble(vals[1]);
    if (a === b) return bool(true);
    if (!Number.isFinite(a) || !Number.isFinite(b)) return bool(false);
    const diff = Math.abs(b - a);
    return bool(diff <= Math.abs(rel * b) || diff <= Math.abs(rel * a) || diff <= abs);
  },
});

defFunction(M, {
  name: 'hypot', varfn: (_m, args, kw) => {
    positional('hypot', args, kw, 0, Infinity);
    const v: number[] = [];
    let max = 0;
    let nan = false;
    for (const a of args) {
      const x = Math.abs(toDouble(a));
      if (x !== x) nan = true; else if (x > max) max = x;
      v.push(x);
    }
    return newFloat(vectorNorm(v, max, nan));
  },
});

defFunction(M, {
  name: 'dist', params: ['p', 'q'],
  fn: (_m, p, q) => {
    const ps = iterToArray(p);
    const qs = iterToArray(q);
    if (ps.length !== qs.length) valueError('both points must have the same number of dimensions');
    const v: number[] = [];
    let max = 0;
    let nan = false;
    for (let i = 0; i < ps.length; i++) {
      const x = Math.abs(toDouble(ps[i]) - toDouble(qs[i]));
      if (x !== x) nan = true; else if (x > max) max = x;
      v.push(x);
    }
    return newFloat(vectorNorm(v, max, nan));
  },
});

defFunction(M, { name: 'fsum', params: ['seq'], fn: (_m, seq) => newFloat(fsum(seq)) });

defFunction(M, {
  name: 'nextafter', varfn: (_m, args, kw) => {
    positional('nextafter', args, kw, 2, 2);
    return newFloat(nextAfter(toDouble(args[0]), toDouble(args[1])));
  },
});
defFunction(M, { name: 'ulp', params: ['x'], fn: (_m, a) => newFloat(ulp(toDouble(a))) });

defFunction(M, {
  name: 'prod', varfn: (_m, args, kw) => {
    if (args.length !== 1) typeError(`prod() takes exactly 1 positional argument (${args.length} given)`);
    let acc: Ref = newInt(1);
    for (let i = 0; kw !== null && i < kw.names.length; i++) {
      if (kw.names[i] !== 'start') typeError(`prod() got an unexpected keyword argument '${kw.names[i]}'`);
      acc = kw.values[i];
    }
    const it = getIter(args[0]);
    for (let item = iterNext(it); item !== NULL; item = iterNext(it)) acc = binaryOp(acc, item, BinaryOp.MUL);
    return acc;
  },
});

// ---- integer functions ----

defFunction(M, {
  name: 'gcd', varfn: (_m, args, kw) => {
    positional('gcd', args, kw, 0, Infinity);
    let g: PyIntValue = 0;
    for (const a of args) g = intGcd(g, toInt(a));
    return newInt(intAbs(g));
  },
});

defFunction(M, {
  name: 'lcm', varfn: (_m, args, kw) => {
    positional('lcm', args, kw, 0, Infinity);
    let l: PyIntValue = 1;
    for (const a of args) {
      const v = toInt(a);
      if (l === 0 || v == 0) { l = 0; continue; }
      l = intAbs(intMul(intFloorDiv(l, intGcd(l, v)), v));
    }
    return newInt(l);
  },
});

defFunction(M, {
  name: 'isqrt', params: ['n'],
  fn: (_m, n) => {
    try {
      return newInt(intIsqrt(toInt(n)));
    } catch (e) {
      return numberError(e);
    }
  },
});

/** The product of the integers in [lo, hi), by halves so that big factors meet late. */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  const n = hi - lo;
  if (n <= 0n) return 1n;
  if (n <= 16n) {
    let p = lo;
    for (let i = lo + 1n; i < hi; i++) p *= i;
    return p;
  }
  const mid = lo + n / 2n;
  return rangeProduct(lo, mid) * rangeProduct(mid, hi);
}

defFunction(M, {
  name: 'factorial', params: ['n'],
  fn: (_m, a) => {
    if (numberClass(a) === NUM_FLOAT) typeError("'float' object cannot be interpreted as an integer");
    const n = toInt(a);
    if (n < 0) valueError('factorial() not defined for negative values');
    if (n > 9223372036854775807n) overflowError('factorial() argument should not exceed 9223372036854775807');
    if (n <= 20) return newInt(Number(rangeProduct(1n, BigInt(n) + 1n)));
    return newInt(rangeProduct(1n, BigInt(n) + 1n));
  },
});

function combArgs(nr: Ref, kr: Ref): [bigint, bigint] {
  const n = BigInt(toInt(nr));
  const k = BigInt(toInt(kr));
  if (n < 0n) valueError('n must be a non-negative integer');
  if (k < 0n) valueError('k must be a non-negative integer');
  return [n, k];
}

defFunction(M, {
  name: 'perm', params: ['n', 'k'], required: 1,
  fn: (_m, nr, kr) => {
    if (kr === NULL || kr === NONE) {
      const n = BigInt(toInt(nr));
      if (n < 0n) valueError('n must be a non-negative integer');
      return newInt(rangeProduct(1n, n + 1n));
    }
    const [n, k] = combArgs(nr, kr);
    if (k > n) return newInt(0);
    return newInt(rangeProduct(n - k + 1n, n + 1n));
  },
});

defFunction(M, {
  name: 'comb', params: ['n', 'k'],
  fn: (_m, nr, kr) => {
    const [n, k0] = combArgs(nr, kr);
    if (k0 > n) return newInt(0);
    const k = k0 < n - k0 ? k0 : n - k0;
    if (k <= 30n) {
      let c = 1n;
      for (let i = 0n; i < k; i++) c = (c * (n - i)) / (i + 1n);
      return newInt(c);
    }
    return newInt(rangeProduct(n - k + 1n, n + 1n) / rangeProduct(1n, k + 1n));
  },
});

// ---- constants ----

defineModuleFiller(M, (m) => {
  const d = moduleDict(m);
  dictSet(d, intern('pi'), newFloat(Math.PI));
  dictSet(d, intern('e'), newFloat(Math.E));
  dictSet(d, intern('tau'), newFloat(2 * Math.PI));
  dictSet(d, intern('inf'), newFloat(Infinity));
  dictSet(d, intern('nan'), newFloat(NaN));
});
