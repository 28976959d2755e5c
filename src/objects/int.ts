// int: small ints are unboxed in the reference itself; others are boxed, as a float64 while
// they are safe integers and as 32-bit limbs beyond. bool is an int subclass with this layout.
//
// This file also holds int's behaviour (slots, methods, constructor) and the helpers the
// numeric tower shares: classifying operands, comparing mixed values exactly, turning
// src/format errors into Python exceptions, reducing hashes.

import { defSlotDunders } from '../runtime/dunders.js';
import { alloc } from '../../gc/alloc.js';
import { heap } from '../../gc/heap.js';
import { IntL, Kind, NULL, Ref, SMALL_MAX, SMALL_MIN, TypeFlags, TypeL } from '../../gc/layout.js';
import { BINARY_OP_INFO, BinaryOp, COMPARE_OP_INFO, CompareOp, INPLACE } from '../compiler/opcodes.js';
import { FormatError } from '../format/errors.js';
import { floatAsInt, intHash } from '../format/float.js';
import {
  intAbs, intAdd, intAnd, intBitCount, intBitLength, intDivmod, intFloorDiv, intFromString, intInvert, intLshift,
  intMod, intMul, intNeg, intNegativePow, intOr, intPow, intRound, intRshift, intSub, intToFloat, intToString,
  intTrueDiv, intXor,
} from '../format/int.js';
import { bytesRepr } from '../format/repr.js';
import { asIndex, bool, callDunder, indexValue, isTrue, iterToArray, typeNameOf } from '../runtime/abstract.js';
import { callObject } from '../runtime/call.js';
import { formatBuiltin } from '../runtime/format.js';
import { N } from '../runtime/names.js';
import { defClassMethod, defGetSet, defMethod, defStaticMethod, Kwargs } from '../runtime/native.js';
import { defineSlots, Slots } from '../runtime/slots.js';
import { byteArrayValue } from './bytearray.js';
import { bytesValue, newBytes } from './bytes.js';
import { extraWords } from './classes.js';
import { Exc, overflowError, raise, typeError, valueError } from './exception.js';
import { floatValue, newFloat } from './float.js';
import { typeOf } from './object.js';
import { NOT_IMPLEMENTED, NONE, T_BOOL, T_BYTEARRAY, T_BYTES, T_INT, T_STR } from './statics.js';
import { newStr, strValue } from './str.js';
import { newTuple } from './tuple.js';
import { isSubtype, isType, typeName } from './typeobject.js';

export type IntValue = number | bigint;

export const smallInt = (n: number): Ref => (n << 1) | 1;
export const smallValue = (r: Ref): number => r >> 1;

/** An int Ref for a JS integer (a safe integer number) or a bigint. */
export function newInt(n: IntValue): Ref {
  if (typeof n === 'number') {
    if (n >= SMALL_MIN && n <= SMALL_MAX) return (n << 1) | 1;
    return boxSafe(T_INT, n, IntL.SIZE_SAFE);
  }
  if (n >= -(2n ** 53n) && n <= 2n ** 53n) return newInt(Number(n));
  return boxBig(T_INT, n, 0);
}

/** An int subclass instance (bool, IntEnum, ...) of at least `words` words. */
export function newIntOfType(type: Ref, n: IntValue, words: number): Ref {
  if (typeof n === 'bigint' && n >= -(2n ** 53n) && n <= 2n ** 53n) n = Number(n);
  if (typeof n === 'number') return boxSafe(type, n, Math.max(words, IntL.SIZE_SAFE));
  return boxBig(type, n, words);
}

/** An instance of the int subclass `cls` holding n, with room for its trailing __dict__ word. */
export function newIntSubclass(cls: Ref, n: IntValue): Ref {
  const dataWords = typeof n === 'number' || (n >= -(2n ** 53n) && n <= 2n ** 53n)
    ? IntL.SIZE_SAFE
    : IntL.LIMBS + Math.ceil(intBitLength(n) / 32);
  return newIntOfType(cls, n, dataWords + extraWords(cls));
}

function boxSafe(type: Ref, n: number, words: number): Ref {
  const r = alloc(type, words);
  heap.f64[(r + IntL.VALUE) >> 1] = n;
  return r;
}

function boxBig(type: Ref, n: bigint, minWords: number): Ref {
  const negative = n < 0n;
  let mag = negative ? -n : n;
  const limbs: number[] = [];
  while (mag > 0n) { limbs.push(Number(mag & 0xffffffffn)); mag >>= 32n; }
  const r = alloc(type, Math.max(IntL.LIMBS + limbs.length, minWords));
  const u32 = heap.u32;
  heap.i32[r + IntL.DIGITS] = negative ? -limbs.length : limbs.length;
  for (let i = 0; i < limbs.length; i++) u32[r + IntL.LIMBS + i] = limbs[i];
  return r;
}

/** The value of an int Ref (small or boxed, int or a subclass): number if safe, else bigint. */
export function intValue(r: Ref): IntValue {
  if ((r & 1) === 1) return r >> 1;
  const digits = heap.i32[r + IntL.DIGITS];
  if (digits === 0) return heap.f64[(r + IntL.VALUE) >> 1];
  const n = Math.abs(digits);
  const u32 = heap.u32;
  let v = 0n;
  for (let i = n - 1; i >= 0; i--) v = (v << 32n) | BigInt(u32[r + IntL.LIMBS + i]);
  return digits < 0 ? -v : v;
}

/** The value as a JS number when it is a safe integer, else NaN (caller takes a slow path). */
export function intAsSafe(r: Ref): number {
  if ((r & 1) === 1) return r >> 1;
  if (heap.i32[r + IntL.DIGITS] === 0) return heap.f64[(r + IntL.VALUE) >> 1];
  return NaN;
}

export function intAsBigInt(r: Ref): bigint {
  const v = intValue(r);
  return typeof v === 'bigint' ? v : BigInt(v);
}

// ---- helpers shared by the numeric types ----

/** Operand classes of the numeric tower (bool counts as int, subclasses as their base). */
export const NUM_NONE = 0;
export const NUM_INT = 1;
export const NUM_FLOAT = 2;
export const NUM_COMPLEX = 3;

export function numberClass(r: Ref): number {
  if ((r & 1) === 1) return NUM_INT;
  switch (heap.i32[heap.i32[r] + TypeL.KIND]) {
    case Kind.INT: case Kind.BOOL: return NUM_INT;
    case Kind.FLOAT: return NUM_FLOAT;
    case Kind.COMPLEX: return NUM_COMPLEX;
    default: return NUM_NONE;
  }
}

/** True when r's class defines dunders in Python, so conversions must ask them. */
export function overridesDunders(r: Ref): boolean {
  return (r & 1) === 0 && (heap.i32[heap.i32[r] + TypeL.FLAGS] & TypeFlags.OVERRIDES) !== 0;
}

/** Re-raises an error of src/format as the Python exception it names. */
export function numberError(e: unknown): never {
  if (e instanceof FormatError) raise(Exc[e.pyType], e.message);
  throw e;
}

/** A CPython hash (number or bigint) reduced to the int32 the tables use. */
export function reduceHash(h: number | bigint): number {
  return typeof h === 'number' ? h | 0 : Number(BigInt.asIntN(32, h));
}

/** x <op> y for ints and floats of any mix: JS compares number and bigint exactly. */
export function compareValues(x: IntValue, y: IntValue, op: number): boolean {
  switch (op) {
    case CompareOp.LT: return x < y;
    case CompareOp.LE: return x <= y;
    case CompareOp.EQ: return x == y;
    case CompareOp.NE: return x != y;
    case CompareOp.GT: return x > y;
    default: return x >= y;
  }
}

/** The latin-1 text of a bytes or bytearray object, or null for other objects. */
export function bytesLikeText(r: Ref): string | null {
  if ((r & 1) === 1) return null;
  const k = heap.i32[heap.i32[r] + TypeL.KIND];
  if (k !== Kind.BYTES && k !== Kind.BYTEARRAY) return null;
  const data = k === Kind.BYTES ? bytesValue(r) : byteArrayValue(r);
  let s = '';
  for (let i = 0; i < data.length; i++) s += String.fromCharCode(data[i]);
  return s;
}

/** Checks the first argument of a numeric __new__: a subtype of `base`. */
export function checkNewClass(cls: Ref, base: Ref): void {
  const name = typeName(base);
  if (cls === NULL) typeError(`${name}.__new__(): not enough arguments`);
  if (!isType(cls)) typeError(`${name}.__new__(X): X is not a type object (${typeNameOf(cls)})`);
  if (!isSubtype(cls, base)) typeError(`${name}.__new__(${typeName(cls)}): ${typeName(cls)} is not a subtype of ${name}`);
}

// ---- arithmetic ----

/** The exact int with the value of an int or int-subclass instance. */
export function exactInt(r: Ref): Ref {
  return (r & 1) === 1 || heap.i32[r] === T_INT ? r : newInt(intValue(r));
}

/** a <op> b for two ints (op without INPLACE); NOT_IMPLEMENTED for @. */
export function intArith(a: Ref, b: Ref, op: number): Ref {
  const x = intValue(a);
  const y = intValue(b);
  try {
    switch (op) {
      case BinaryOp.ADD: return newInt(intAdd(x, y));
      case BinaryOp.SUB: return newInt(intSub(x, y));
      case BinaryOp.MUL: return newInt(intMul(x, y));
      case BinaryOp.TRUEDIV: return newFloat(intTrueDiv(x, y));
      case BinaryOp.FLOORDIV: return newInt(intFloorDiv(x, y));
      case BinaryOp.MOD: return newInt(intMod(x, y));
      case BinaryOp.POW: return y < 0 ? newFloat(intNegativePow(x, y)) : newInt(intPow(x, y));
      case BinaryOp.LSHIFT: return newInt(intLshift(x, y));
      case BinaryOp.RSHIFT: return newInt(intRshift(x, y));
      case BinaryOp.AND: return newInt(intAnd(x, y));
      case BinaryOp.OR: return newInt(intOr(x, y));
      case BinaryOp.XOR: return newInt(intXor(x, y));
      default: return NOT_IMPLEMENTED;
    }
  } catch (e) {
    return numberError(e);
  }
}

export function intBinary(self: Ref, other: Ref, op: number, reflected: boolean): Ref {
  if (numberClass(other) !== NUM_INT) return NOT_IMPLEMENTED;
  return reflected ? intArith(other, self, op & ~INPLACE) : intArith(self, other, op & ~INPLACE);
}

export function intCompare(self: Ref, other: Ref, op: number): Ref {
  // Floats and complex numbers answer the reflected comparison exactly (as CPython's int does).
  if (numberClass(other) !== NUM_INT) return NOT_IMPLEMENTED;
  if ((self & other & 1) === 1) return bool(compareValues(self >> 1, other >> 1, op));
  return bool(compareValues(intValue(self), intValue(other), op));
}

export function intUnary(self: Ref, op: string): Ref {
  const v = intValue(self);
  if (op === '-') return newInt(intNeg(v));
  if (op === '~') return newInt(intInvert(v));
  return exactInt(self);
}

export function intHashOf(self: Ref): number {
  const v = intValue(self);
  if (typeof v === 'number') return v === -1 ? -2 : v | 0;
  return reduceHash(intHash(v));
}

function intRepr(self: Ref): string {
  try {
    return intToString(intValue(self));
  } catch (e) {
    return numberError(e);
  }
}

const intSlots: Slots = {
  repr: intRepr,
  hash: intHashOf,
  compare: intCompare,
  bool: (self) => (self & 1) === 1 ? self !== 1 : intValue(self) != 0,
  index: exactInt,
  binary: intBinary,
  unary: intUnary,
};
defineSlots(Kind.INT, intSlots);

defSlotDunders(T_INT, intSlots, (self) => newInt(intHash(intValue(self))), [
  BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.TRUEDIV, BinaryOp.FLOORDIV, BinaryOp.MOD,
  BinaryOp.LSHIFT, BinaryOp.RSHIFT, BinaryOp.AND, BinaryOp.OR, BinaryOp.XOR,
], '-+~');

// ---- construction: int(x), int(x, base) ----

/** int(x) for one argument, as CPython's PyNumber_Long. */
export function intOf(x: Ref): IntValue {
  if ((x & 1) === 1) return x >> 1;
  const t = heap.i32[x];
  const cls = numberClass(x);
  if (!overridesDunders(x)) {
    if (cls === NUM_INT) return intValue(x);
    if (cls === NUM_FLOAT) return convert(floatAsInt, floatValue(x));
    if (t === T_STR || isSubtype(t, T_STR)) return parseIntText(strValue(x), 10, x);
  }
  let r = callDunder(x, N.__int__, []);
  if (r !== NULL) {
    if (numberClass(r) !== NUM_INT) typeError(`__int__ returned non-int (type ${typeNameOf(r)})`);
    return intValue(r);
  }
  r = callDunder(x, N.__index__, []);
  if (r !== NULL) {
    if (numberClass(r) !== NUM_INT) typeError(`__index__ returned non-int (type ${typeNameOf(r)})`);
    return intValue(r);
  }
  r = callDunder(x, N.__trunc__, []);
  if (r !== NULL) {
    if (numberClass(r) === NUM_INT) return intValue(r);
    if (callDunder(r, N.__index__, []) === NULL) typeError(`__trunc__ returned non-Integral (type ${typeNameOf(r)})`);
    return intValue(asIndex(r));
  }
  if (t === T_STR || isSubtype(t, T_STR)) return parseIntText(strValue(x), 10, x);
  const text = bytesLikeText(x);
  if (text !== null) return parseIntText(text, 10, x);
  return typeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeNameOf(x)}'`);
}

/** Parses int text; bytes report their own repr in the error, as CPython does. */
function parseIntText(text: string, base: number, source: Ref): IntValue {
  try {
    return intFromString(text, base);
  } catch (e) {
    if (e instanceof FormatError && e.pyType === 'ValueError' && e.message.startsWith('invalid literal')) {
      const t = typeOf(source);
      if (t !== T_STR && !isSubtype(t, T_STR)) {
        const data = new Uint8Array(Array.from(text, (c) => c.charCodeAt(0)));
        valueError(`invalid literal for int() with base ${base}: ${bytesRepr(data)}`);
      }
    }
    return numberError(e);
  }
}

/** f(a), with src/format errors raised as Python exceptions. */
export function convert<A, R>(f: (a: A) => R, a: A): R {
  try {
    return f(a);
  } catch (e) {
    return numberError(e);
  }
}

function intOfStringWithBase(x: Ref, baseRef: Ref): IntValue {
  const b = intValue(asIndex(baseRef));
  if ((b != 0 && b < 2) || b > 36) valueError('int() base must be >= 2 and <= 36, or 0');
  const base = Number(b);
  if (x === NULL) typeError('int() missing string argument');
  const t = typeOf(x);
  if (t === T_STR || isSubtype(t, T_STR)) return parseIntText(strValue(x), base, x);
  const text = bytesLikeText(x);
  if (text === null) typeError("int() can't convert non-string with explicit base");
  return parseIntText(text!, base, x);
}

defStaticMethod(T_INT, {
  name: '__new__',
  varfn: (_self, args, kw) => {
    const cls = args.length > 0 ? args[0] : NULL;
    checkNewClass(cls, T_INT);
    if (cls === T_BOOL) typeError('int.__new__(bool) is not safe, use bool.__new__()');
    const n = args.length - 1;
    if (n > 2) typeError(`int() takes at most 2 arguments (${n} given)`);
    const x = n >= 1 ? args[1] : NULL;
    let base = n === 2 ? args[2] : NULL;
    if (kw !== null) {
      for (let i = 0; i < kw.names.length; i++) {
        if (kw.names[i] !== 'base') typeError(`'${kw.names[i]}' is an invalid keyword argument for int()`);
        if (base !== NULL) typeError("argument for int() given by name ('base') and position (2)");
        base = kw.values[i];
      }
    }
    const v = base !== NULL ? intOfStringWithBase(x, base) : x === NULL ? 0 : intOf(x);
    if (cls !== T_INT) return newIntSubclass(cls, v);
    return x !== NULL && base === NULL && ((x & 1) === 1 || heap.i32[x] === T_INT) ? x : newInt(v);
  },
});

// ---- methods ----

/** Argument parsing for to_bytes/from_bytes: (first, byteorder='big', *, signed=False). */
function bytesArgs(fname: string, firstName: string, args: Ref[], kw: Kwargs | null): [Ref, boolean, boolean] {
  if (args.length > 2) typeError(`${fname}() takes at most 2 positional arguments (${args.length} given)`);
  let first = args.length > 0 ? args[0] : NULL;
  let order = args.length > 1 ? args[1] : NULL;
  let signed: Ref = NULL;
  if (kw !== null) {
    for (let i = 0; i < kw.names.length; i++) {
      const name = kw.names[i];
      const pos = name === firstName ? 1 : name === 'byteorder' ? 2 : 0;
      if (name !== 'signed' && pos === 0) typeError(`${fname}() got an unexpected keyword argument '${name}'`);
      if (pos !== 0 && pos <= args.length) {
        typeError(`argument for ${fname}() given by name ('${name}') and position (${pos})`);
      }
      if (pos === 1) first = kw.values[i];
      else if (pos === 2) order = kw.values[i];
      else signed = kw.values[i];
    }
  }
  let little = false;
  if (order !== NULL) {
    if (!isSubtype(typeOf(order), T_STR)) {
      typeError(`${fname}() argument 'byteorder' must be str, not ${typeNameOf(order)}`);
    }
    const s = strValue(order);
    if (s !== 'little' && s !== 'big') valueError("byteorder must be either 'little' or 'big'");
    little = s === 'little';
  }
  return [first, little, signed !== NULL && isTrue(signed)];
}

defMethod(T_INT, {
  name: 'to_bytes',
  varfn: (self, args, kw) => {
    const [lengthRef, little, signed] = bytesArgs('to_bytes', 'length', args, kw);
    const length = lengthRef === NULL ? 1 : indexValue(lengthRef);
    if (length < 0) valueError('length argument must be non-negative');
    const v = intAsBigInt(self);
    if (v < 0n && !signed) overflowError("can't convert negative int to unsigned");
    const bits = BigInt(length * 8);
    const fits = signed
      ? length > 0 ? v >= -(1n << (bits - 1n)) && v < 1n << (bits - 1n) : v === 0n
      : v < 1n << bits;
    if (!fits) overflowError('int too big to convert');
    let u = BigInt.asUintN(length * 8, v);
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i++) {
      out[little ? i : length - 1 - i] = Number(u & 0xffn);
      u >>= 8n;
    }
    return newBytes(out);
  },
});

defClassMethod(T_INT, {
  name: 'from_bytes',
  varfn: (cls, args, kw) => {
    const [source, little, signed] = bytesArgs('from_bytes', 'bytes', args, kw);
    if (source === NULL) typeError("from_bytes() missing required argument 'bytes' (pos 1)");
    const data = bytesOfSource(source);
    let v = 0n;
    for (let i = 0; i < data.length; i++) v = (v << 8n) | BigInt(data[little ? data.length - 1 - i : i]);
    if (signed && data.length > 0) v = BigInt.asIntN(data.length * 8, v);
    const r = newInt(v);
    return cls === T_INT ? r : callObject(cls, [r]);
  },
});

/** The bytes of from_bytes's argument: bytes-like, or an iterable of ints in range(256). */
function bytesOfSource(source: Ref): ArrayLike<number> {
  const t = typeOf(source);
  if (t === T_BYTES || isSubtype(t, T_BYTES)) return bytesValue(source);
  if (t === T_BYTEARRAY || isSubtype(t, T_BYTEARRAY)) return byteArrayValue(source);
  if (numberClass(source) !== NUM_NONE || t === T_STR || isSubtype(t, T_STR)) {
    typeError(`cannot convert '${typeNameOf(source)}' object to bytes`);
  }
  return iterToArray(source).map((item) => {
    const b = indexValue(item);
    if (b < 0 || b > 255) valueError('bytes must be in range(0, 256)');
    return b;
  });
}

defMethod(T_INT, { name: 'bit_length', fn: (self) => newInt(intBitLength(intValue(self))) });
defMethod(T_INT, { name: 'bit_count', fn: (self) => newInt(intBitCount(intValue(self))) });
defMethod(T_INT, { name: 'as_integer_ratio', fn: (self) => newTuple([exactInt(self), smallInt(1)]) });
defMethod(T_INT, { name: 'conjugate', fn: exactInt });
defGetSet(T_INT, 'real', exactInt);
defGetSet(T_INT, 'imag', () => smallInt(0));
defGetSet(T_INT, 'numerator', exactInt);
defGetSet(T_INT, 'denominator', () => smallInt(1));

defMethod(T_INT, { name: '__int__', fn: exactInt });
defMethod(T_INT, { name: '__index__', fn: exactInt });
defMethod(T_INT, { name: '__trunc__', fn: exactInt });
defMethod(T_INT, { name: '__floor__', fn: exactInt });
defMethod(T_INT, { name: '__ceil__', fn: exactInt });
defMethod(T_INT, { name: '__float__', fn: (self) => newFloat(convert(intToFloat, intValue(self))) });
defMethod(T_INT, { name: '__abs__', fn: (self) => newInt(intAbs(intValue(self))) });
defMethod(T_INT, {
  name: '__round__', params: ['ndigits'], required: 0,
  fn: (self, nd) => {
    if (nd === NULL || nd === NONE) return exactInt(self);
    return newInt(convert((v: IntValue) => intRound(v, intValue(asIndex(nd))), intValue(self)));
  },
});
defMethod(T_INT, { name: '__divmod__', params: ['value'], fn: (self, other) => intDivmodRef(self, other) });
defMethod(T_INT, { name: '__rdivmod__', params: ['value'], fn: (self, other) => intDivmodRef(other, self) });
defMethod(T_INT, { name: '__pow__', params: ['value', 'mod'], required: 1, fn: (self, v, m) => intPowRef(self, v, m) });
defMethod(T_INT, { name: '__rpow__', params: ['value', 'mod'], required: 1, fn: (self, v, m) => intPowRef(v, self, m) });
defMethod(T_INT, { name: '__format__', params: ['format_spec'], fn: (self, spec) => formatMethod(self, spec) });

function intDivmodRef(a: Ref, b: Ref): Ref {
  if (numberClass(a) !== NUM_INT || numberClass(b) !== NUM_INT) return NOT_IMPLEMENTED;
  const [q, r] = convert((x: IntValue) => intDivmod(x, intValue(b)), intValue(a));
  return newTuple([newInt(q), newInt(r)]);
}

/** pow(a, b) or pow(a, b, mod) for ints; NOT_IMPLEMENTED when an operand is not an int. */
function intPowRef(a: Ref, b: Ref, mod: Ref): Ref {
  if (numberClass(a) !== NUM_INT || numberClass(b) !== NUM_INT) return NOT_IMPLEMENTED;
  if (mod === NULL || mod === NONE) return intArith(a, b, BinaryOp.POW);
  if (numberClass(mod) !== NUM_INT) return NOT_IMPLEMENTED;
  return newInt(convert((x: IntValue) => intPow(x, intValue(b), intValue(mod)), intValue(a)));
}

/** __format__(spec) of the built-in numbers. */
export function formatMethod(self: Ref, spec: Ref): Ref {
  if (!isSubtype(typeOf(spec), T_STR)) typeError(`__format__() argument must be str, not ${typeNameOf(spec)}`);
  return newStr(formatBuiltin(self, strValue(spec)));
}
