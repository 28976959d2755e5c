// complex: an immutable pair of float64, and complex's behaviour (slots, methods,
// constructor) with CPython's algorithms for division and powers.

import { defSlotDunders } from '../runtime/dunders.js';
import { alloc } from '../../gc/alloc.js';
import { heap } from '../../gc/heap.js';
import { ComplexL, Kind, NULL, Ref } from '../../gc/layout.js';
import { BinaryOp, CompareOp, INPLACE } from '../compiler/opcodes.js';
import { FormatError } from '../format/errors.js';
import { floatFromString, floatHash, floatRepr, intHash } from '../format/float.js';
import { floatBody } from '../format/floatdigits.js';
import { layoutNumber, padString, parseFormatSpec } from '../format/spec.js';
import { bool, callDunder, typeNameOf } from '../runtime/abstract.js';
import { defGetSet, defMethod, defStaticMethod } from '../runtime/native.js';
import { N } from '../runtime/names.js';
import { defineSlots, Slots } from '../runtime/slots.js';
import { overflowError, typeError, valueError, zeroDivisionError } from './exception.js';
import { floatOf, floatValue, newFloat, realValue } from './float.js';
import {
  checkNewClass, compareValues, intValue, newInt, numberClass, numberError, NUM_COMPLEX, NUM_FLOAT,
  NUM_INT, NUM_NONE, overridesDunders, reduceHash,
} from './int.js';
import { typeOf } from './object.js';
import { NONE, NOT_IMPLEMENTED, T_COMPLEX, T_STR } from './statics.js';
import { newStr, strValue } from './str.js';
import { isSubtype, lookupType, typeBasicSize } from './typeobject.js';

export function newComplexOfType(type: Ref, re: number, im: number, minWords = 0): Ref {
  const r = alloc(type, Math.max(ComplexL.SIZE, minWords));
  heap.f64[(r + ComplexL.REAL) >> 1] = re;
  heap.f64[(r + ComplexL.IMAG) >> 1] = im;
  return r;
}

export function newComplex(re: number, im: number): Ref {
  return newComplexOfType(T_COMPLEX, re, im);
}

export const complexReal = (r: Ref): number => heap.f64[(r + ComplexL.REAL) >> 1];
export const complexImag = (r: Ref): number => heap.f64[(r + ComplexL.IMAG) >> 1];

const exactComplex = (r: Ref): Ref => (heap.i32[r] === T_COMPLEX ? r : newComplex(complexReal(r), complexImag(r)));

// ---- repr and hash ----

/** A part of a complex repr: the float repr without the '.0' that float adds. */
function partRepr(x: number): string {
  const s = floatRepr(x);
  return s.endsWith('.0') ? s.slice(0, -2) : s;
}

export function complexRepr(re: number, im: number): string {
  // NaN shows no sign, whatever its sign bit.
  const imText = im !== im ? 'nan' : partRepr(im);
  if (re === 0 && !Object.is(re, -0)) return imText + 'j';
  const reText = re !== re ? 'nan' : partRepr(re);
  return `(${reText}${imText[0] === '-' ? '' : '+'}${imText}j)`;
}

const HASH_IMAG = 1000003n;

/** CPython's hash of any int, float or complex, unreduced (number or bigint); for hash(). */
export function numberHash(r: Ref): number | bigint {
  switch (numberClass(r)) {
    case NUM_INT: return intHash(intValue(r));
    case NUM_FLOAT: { const x = floatValue(r); return x !== x ? r : floatHash(x); }
    case NUM_COMPLEX: return complexHash(r);
    default: throw new Error('numberHash: not a number');
  }
}

function complexHash(r: Ref): number | bigint {
  const re = complexReal(r);
  const im = complexImag(r);
  const hr = re !== re ? r : floatHash(re);
  if (im === 0) return hr;
  const hi = im !== im ? r : floatHash(im);
  let h = BigInt.asIntN(64, BigInt(hr) + HASH_IMAG * BigInt(hi));
  if (h === -1n) h = -2n;
  return h >= -(2n ** 53n) && h <= 2n ** 53n ? Number(h) : h;
}

// ---- arithmetic (CPython's algorithms, so results agree to the last bit) ----

/** Results of the helpers below: one pair, reused (no allocation per operation). */
const out = { re: 0, im: 0, edom: false };

function quot(ar: number, ai: number, br: number, bi: number): void {
  const absR = Math.abs(br);
  const absI = Math.abs(bi);
  out.edom = false;
  if (absR >= absI) {
    if (absR === 0) {
      out.edom = true;
      out.re = 0;
      out.im = 0;
      return;
    }
    const ratio = bi / br;
    const denom = br + bi * ratio;
    out.re = (ar + ai * ratio) / denom;
    out.im = (ai - ar * ratio) / denom;
  } else if (absI >= absR) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    out.re = (ar * ratio + ai) / denom;
    out.im = (ai * ratio - ar) / denom;
  } else {
    out.re = NaN;
    out.im = NaN;
  }
}

/** x ** n for a non-negative integer n by repeated squaring. */
function powUnsigned(xr: number, xi: number, n: number): void {
  let rr = 1;
  let ri = 0;
  let pr = xr;
  let pi = xi;
  for (let mask = 1; mask <= n; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) {
      const t = rr * pr - ri * pi;
      ri = rr * pi + ri * pr;
      rr = t;
    }
    const t = pr * pr - pi * pi;
    pi = pr * pi + pi * pr;
    pr = t;
  }
  out.re = rr;
  out.im = ri;
}

function powGeneral(ar: number, ai: number, br: number, bi: number): void {
  out.edom = false;
  if (br === 0 && bi === 0) {
    out.re = 1;
    out.im = 0;
  } else if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) out.edom = true;
    out.re = 0;
    out.im = 0;
  } else {
    const vabs = Math.hypot(ar, ai);
    let len = Math.pow(vabs, br);
    const at = Math.atan2(ai, ar);
    let phase = at * br;
    if (bi !== 0) {
      len /= Math.exp(at * bi);
      phase += bi * Math.log(vabs);
    }
    out.re = len * Math.cos(phase);
    out.im = len * Math.sin(phase);
  }
}

/** a ** b for complex values, as a complex object (errors as CPython's complex_pow). */
export function complexPowRef(ar: number, ai: number, br: number, bi: number): Ref {
  if (bi === 0 && br === Math.floor(br) && Math.abs(br) <= 100) {
    powUnsigned(ar, ai, Math.abs(br));
    if (br < 0) quot(1, 0, out.re, out.im);
    else out.edom = false;
  } else {
    powGeneral(ar, ai, br, bi);
  }
  if (out.edom) zeroDivisionError('0.0 to a negative or complex power');
  if (Math.abs(out.re) === Infinity || Math.abs(out.im) === Infinity) overflowError('complex exponentiation');
  return newComplex(out.re, out.im);
}

function complexArith(ar: number, ai: number, br: number, bi: number, op: number): Ref {
  switch (op) {
    case BinaryOp.ADD: return newComplex(ar + br, ai + bi);
    case BinaryOp.SUB: return newComplex(ar - br, ai - bi);
    case BinaryOp.MUL: return newComplex(ar * br - ai * bi, ar * bi + ai * br);
    case BinaryOp.TRUEDIV:
      quot(ar, ai, br, bi);
      if (out.edom) zeroDivisionError('complex division by zero');
      return newComplex(out.re, out.im);
    case BinaryOp.POW: return complexPowRef(ar, ai, br, bi);
    default: return NOT_IMPLEMENTED;
  }
}

/** The real part of an int, float or complex operand (its imaginary part: partImag). */
function partReal(r: Ref, c: number): number {
  return c === NUM_COMPLEX ? complexReal(r) : realValue(r);
}
const partImag = (r: Ref, c: number): number => (c === NUM_COMPLEX ? complexImag(r) : 0);

function complexBinary(self: Ref, other: Ref, op: number, reflected: boolean): Ref {
  const c = numberClass(other);
  if (c === NUM_NONE) return NOT_IMPLEMENTED;
  const sr = complexReal(self);
  const si = complexImag(self);
  const or = partReal(other, c);
  const oi = partImag(other, c);
  return reflected ? complexArith(or, oi, sr, si, op & ~INPLACE) : complexArith(sr, si, or, oi, op & ~INPLACE);
}

function complexCompare(self: Ref, other: Ref, op: number): Ref {
  if (op !== CompareOp.EQ && op !== CompareOp.NE) return NOT_IMPLEMENTED;
  const c = numberClass(other);
  const re = complexReal(self);
  const im = complexImag(self);
  let equal: boolean;
  if (c === NUM_COMPLEX) equal = re === complexReal(other) && im === complexImag(other);
  else if (c === NUM_FLOAT) equal = im === 0 && re === floatValue(other);
  // An int is compared by its exact value.
  else if (c === NUM_INT) equal = im === 0 && compareValues(re, intValue(other), CompareOp.EQ);
  else return NOT_IMPLEMENTED;
  return bool(op === CompareOp.EQ ? equal : !equal);
}

function complexUnary(self: Ref, op: string): Ref {
  if (op === '-') return newComplex(-complexReal(self), -complexImag(self));
  if (op === '+') return exactComplex(self);
  return NOT_IMPLEMENTED;
}

const complexSlots: Slots = {
  repr: (self) => complexRepr(complexReal(self), complexImag(self)),
  hash: (self) => reduceHash(complexHash(self)),
  compare: complexCompare,
  bool: (self) => complexReal(self) !== 0 || complexImag(self) !== 0,
  binary: complexBinary,
  unary: complexUnary,
};
defineSlots(Kind.COMPLEX, complexSlots);
for (const kind of [Kind.INT, Kind.BOOL, Kind.FLOAT, Kind.COMPLEX]) defineSlots(kind, { fullHash: numberHash });
defSlotDunders(T_COMPLEX, complexSlots, (self) => newInt(complexHash(self)),
  [BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.TRUEDIV], '-+');

// ---- construction ----

const FLOAT_TEXT = String.raw`(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan)`;
// real, real±imag j, imag j, with optional signs; the imaginary number may be omitted ("1+j").
const COMPLEX_RE = new RegExp(String.raw`^(?:([+-]?${FLOAT_TEXT})(?:([+-])(${FLOAT_TEXT})?[jJ])?|([+-]?)(${FLOAT_TEXT})?[jJ])$`, 'i');

/** complex('...'): whitespace, optional parentheses, real and/or imaginary parts. */
function parseComplex(text: string): [number, number] {
  let s = text.trim();
  if (s.startsWith('(') && s.endsWith(')')) s = s.slice(1, -1).trim();
  const m = COMPLEX_RE.exec(s);
  if (m === null) return valueError('complex() arg is a malformed string');
  const num = (sign: string, digits: string | undefined): number => {
    const v = digits === undefined ? 1 : floatFromString(digits);
    return sign === '-' ? -v : v;
  };
  if (m[1] !== undefined) {
    const re = floatFromString(m[1]);
    return [re, m[2] === undefined ? 0 : num(m[2], m[3])];
  }
  return [0, num(m[4], m[5])];
}

/** The complex a value's __complex__ gives, or NULL when it has none. */
function complexSpecial(x: Ref): Ref {
  if (!overridesDunders(x) && numberClass(x) !== NUM_NONE) return NULL;
  const r = callDunder(x, N.__complex__, []);
  if (r !== NULL && numberClass(r) !== NUM_COMPLEX) {
    typeError(`__complex__ returned non-complex (type ${typeNameOf(r)})`);
  }
  return r;
}

/** A real number for complex(): float(x) for numbers, TypeError for the rest. */
function realArgument(x: Ref, message: string): number {
  if (numberClass(x) === NUM_NONE) {
    const t = typeOf(x);
    if (lookupType(t, N.__float__) === NULL && lookupType(t, N.__index__) === NULL) {
      typeError(`${message}, not '${typeNameOf(x)}'`);
    }
  }
  return floatOf(x);
}

function complexNew(cls: Ref, real: Ref, imag: Ref): Ref {
  const isStr = (x: Ref): boolean => x !== NULL && (typeOf(x) === T_STR || isSubtype(typeOf(x), T_STR));
  if (isStr(real)) {
    if (imag !== NULL) typeError("complex() can't take second arg if first is a string");
    let parts: [number, number];
    try {
      parts = parseComplex(strValue(real));
    } catch (e) {
      if (e instanceof FormatError) valueError('complex() arg is a malformed string');
      throw e;
    }
    return newComplexFor(cls, parts[0], parts[1]);
  }
  if (isStr(imag)) typeError("complex() second arg can't be a string");
  let rr = 0;
  let ri = 0;
  let realIsComplex = false;
  if (real !== NULL) {
    const special = complexSpecial(real);
    const src = special !== NULL ? special : real;
    if (numberClass(src) === NUM_COMPLEX) {
      if (special === NULL && imag === NULL && cls === T_COMPLEX && heap.i32[real] === T_COMPLEX) return real;
      rr = complexReal(src);
      ri = complexImag(src);
      realIsComplex = true;
    } else {
      rr = realArgument(src, 'complex() first argument must be a string or a number');
    }
  }
  let ir = ri;
  if (imag !== NULL) {
    if (numberClass(imag) === NUM_COMPLEX) {
      ir = complexReal(imag);
      rr -= complexImag(imag);
    } else {
      ir = realArgument(imag, 'complex() second argument must be a number');
    }
    if (realIsComplex) ir += ri;
  }
  return newComplexFor(cls, rr, ir);
}

function newComplexFor(cls: Ref, re: number, im: number): Ref {
  return cls === T_COMPLEX ? newComplex(re, im) : newComplexOfType(cls, re, im, typeBasicSize(cls));
}

defStaticMethod(T_COMPLEX, {
  name: '__new__',
  varfn: (_self, args, kw) => {
    const cls = args.length > 0 ? args[0] : NULL;
    checkNewClass(cls, T_COMPLEX);
    const n = args.length - 1;
    if (n > 2) typeError(`complex() takes at most 2 arguments (${n} given)`);
    let real = n >= 1 ? args[1] : NULL;
    let imag = n >= 2 ? args[2] : NULL;
    if (kw !== null) {
      for (let i = 0; i < kw.names.length; i++) {
        const name = kw.names[i];
        const pos = name === 'real' ? 1 : name === 'imag' ? 2 : 0;
        if (pos === 0) typeError(`complex() got an unexpected keyword argument '${name}'`);
        if (pos <= n) typeError(`argument for complex() given by name ('${name}') and position (${pos})`);
        if (pos === 1) real = kw.values[i];
        else imag = kw.values[i];
      }
    }
    return complexNew(cls, real, imag);
  },
});

// ---- methods ----

defGetSet(T_COMPLEX, 'real', (self) => newFloat(complexReal(self)));
defGetSet(T_COMPLEX, 'imag', (self) => newFloat(complexImag(self)));
defMethod(T_COMPLEX, { name: 'conjugate', fn: (self) => newComplex(complexReal(self), -complexImag(self)) });
defMethod(T_COMPLEX, { name: '__complex__', fn: exactComplex });
defMethod(T_COMPLEX, {
  name: '__abs__',
  fn: (self) => {
    const re = complexReal(self);
    const im = complexImag(self);
    const r = Math.hypot(re, im);
    if (r === Infinity && Number.isFinite(re) && Number.isFinite(im)) overflowError('absolute value too large');
    return newFloat(r);
  },
});
defMethod(T_COMPLEX, { name: '__pow__', params: ['value', 'mod'], required: 1, fn: (self, v, m) => complexPowMethod(self, v, m) });
defMethod(T_COMPLEX, { name: '__rpow__', params: ['value', 'mod'], required: 1, fn: (self, v, m) => complexPowMethod(v, self, m) });
defMethod(T_COMPLEX, {
  name: '__format__', params: ['format_spec'],
  fn: (self, spec) => {
    if (!isSubtype(typeOf(spec), T_STR)) typeError(`__format__() argument must be str, not ${typeNameOf(spec)}`);
    return newStr(complexFormat(self, strValue(spec)));
  },
});

/** format(z, spec) for a complex (or subclass instance) z. */
export function complexFormat(self: Ref, spec: string): string {
  try {
    return formatComplex(complexReal(self), complexImag(self), spec);
  } catch (e) {
    return numberError(e);
  }
}

function complexPowMethod(a: Ref, b: Ref, mod: Ref): Ref {
  const ca = numberClass(a);
  const cb = numberClass(b);
  if (ca === NUM_NONE || cb === NUM_NONE) return NOT_IMPLEMENTED;
  if (mod !== NULL && mod !== NONE) valueError('complex modulo');
  return complexPowRef(partReal(a, ca), partImag(a, ca), partReal(b, cb), partImag(b, cb));
}

/** format(z, spec): each part as a float, the imaginary one always signed, then padded. */
function formatComplex(re: number, im: number, spec: string): string {
  if (spec === '') return complexRepr(re, im);
  const s = parseFormatSpec(spec, 'complex', '>');
  if (s.fill === '0') throw new FormatError('ValueError', 'Zero padding is not allowed in complex format specifier');
  if (s.align === '=') throw new FormatError('ValueError', "'=' alignment flag is not allowed in complex format specifier");
  let type = s.type === 'n' ? 'g' : s.type;
  let prec = s.precision;
  let skipRe = false;
  let parens = false;
  if (type === '') {
    type = prec < 0 ? 'r' : 'g';
    skipRe = re === 0 && !Object.is(re, -0);
    parens = !skipRe;
  } else if (!'eEfFgG'.includes(type)) {
    throw new FormatError('ValueError', `Unknown format code '${type}' for object of type 'complex'`);
  }
  if (prec < 0) prec = 6;
  const part = (x: number, sign: string): string => {
    const negative = x < 0 || Object.is(x, -0);
    const body = type === 'r' ? (x !== x ? 'nan' : partRepr(Math.abs(x))) : floatBody(x, type, prec, s.alternate, false).body;
    let cut = 0;
    while (cut < body.length && body.charCodeAt(cut) >= 48 && body.charCodeAt(cut) <= 57) cut++;
    const signChar = negative && x === x ? '-' : sign === '+' ? '+' : sign === ' ' ? ' ' : '';
    return layoutNumber(signChar, '', body.slice(0, cut), body.slice(cut), { ...s, width: -1 }, 3);
  };
  const imText = part(im, skipRe ? s.sign : '+') + 'j';
  const text = skipRe ? imText : (parens ? '(' : '') + part(re, s.sign) + imText + (parens ? ')' : '');
  return padString(text, text.length, s.width, s.fill, s.align === '' ? '>' : s.align);
}
