// float: an immutable boxed float64, and float's behaviour (slots, methods, constructor).

import { defSlotDunders } from '../runtime/dunders.js';
import { alloc } from '../../gc/alloc.js';
import { heap } from '../../gc/heap.js';
import { FloatL, Kind, NULL, Ref } from '../../gc/layout.js';
import { BinaryOp, INPLACE } from '../compiler/opcodes.js';
import {
  COMPLEX_RESULT, floatAsInt, floatDivmod, floatFloorDiv, floatFromHex, floatFromString, floatHash, floatHex,
  floatMod, floatPow, floatRepr, floatRound, floatRoundToInt, floatToIntegerRatio, floatTrueDiv,
} from '../format/float.js';
import { FormatError } from '../format/errors.js';
import { intToFloat } from '../format/int.js';
import { bytesRepr } from '../format/repr.js';
import { asIndex, bool, callDunder, typeNameOf } from '../runtime/abstract.js';
import { callObject } from '../runtime/call.js';
import { N } from '../runtime/names.js';
import { defClassMethod, defGetSet, defMethod, defStaticMethod } from '../runtime/native.js';
import { defineSlots, Slots } from '../runtime/slots.js';
import { complexPowRef } from './complex.js';
import { typeError, valueError } from './exception.js';
import {
  bytesLikeText, checkNewClass, compareValues, convert, formatMethod, intValue, newInt, numberClass, numberError,
  NUM_FLOAT, NUM_INT, overridesDunders, reduceHash,
} from './int.js';
import { typeOf } from './object.js';
import { NONE, NOT_IMPLEMENTED, T_FLOAT, T_STR } from './statics.js';
import { newStr, strValue } from './str.js';
import { newTuple } from './tuple.js';
import { isSubtype, typeBasicSize } from './typeobject.js';

export function newFloat(x: number): Ref {
  const r = alloc(T_FLOAT, FloatL.SIZE);
  heap.f64[(r + FloatL.VALUE) >> 1] = x;
  return r;
}

/** Creates an instance of a float subclass (same layout plus what the class adds). */
export function newFloatOfType(type: Ref, x: number, words: number): Ref {
  const r = alloc(type, Math.max(words, FloatL.SIZE));
  heap.f64[(r + FloatL.VALUE) >> 1] = x;
  return r;
}

/** The value of a float object (or of an instance of a float subclass). */
export function floatValue(r: Ref): number {
  return heap.f64[(r + FloatL.VALUE) >> 1];
}

/** The float value of an int or float operand (OverflowError for huge ints). */
export function realValue(r: Ref): number {
  return numberClass(r) === NUM_FLOAT ? floatValue(r) : convert(intToFloat, intValue(r));
}

const exactFloat = (r: Ref): Ref => (heap.i32[r] === T_FLOAT ? r : newFloat(floatValue(r)));

// ---- arithmetic ----

/** a <op> b for two floats (op without INPLACE); NOT_IMPLEMENTED for operators floats lack. */
export function floatArith(a: number, b: number, op: number): Ref {
  try {
    switch (op) {
      case BinaryOp.ADD: return newFloat(a + b);
      case BinaryOp.SUB: return newFloat(a - b);
      case BinaryOp.MUL: return newFloat(a * b);
      case BinaryOp.TRUEDIV: return newFloat(floatTrueDiv(a, b));
      case BinaryOp.FLOORDIV: return newFloat(floatFloorDiv(a, b));
      case BinaryOp.MOD: return newFloat(floatMod(a, b));
      case BinaryOp.POW: {
        const r = floatPow(a, b);
        return r === COMPLEX_RESULT ? complexPowRef(a, 0, b, 0) : newFloat(r);
      }
      default: return NOT_IMPLEMENTED;
    }
  } catch (e) {
    return numberError(e);
  }
}

function floatBinary(self: Ref, other: Ref, op: number, reflected: boolean): Ref {
  const c = numberClass(other);
  if (c !== NUM_FLOAT && c !== NUM_INT) return NOT_IMPLEMENTED;
  const x = floatValue(self);
  const y = c === NUM_FLOAT ? floatValue(other) : realValue(other);
  return reflected ? floatArith(y, x, op & ~INPLACE) : floatArith(x, y, op & ~INPLACE);
}

function floatCompare(self: Ref, other: Ref, op: number): Ref {
  const c = numberClass(other);
  // An int is compared by its exact value, never rounded to a float.
  if (c === NUM_FLOAT) return bool(compareValues(floatValue(self), floatValue(other), op));
  if (c === NUM_INT) return bool(compareValues(floatValue(self), intValue(other), op));
  return NOT_IMPLEMENTED;
}

function floatUnary(self: Ref, op: string): Ref {
  if (op === '-') return newFloat(-floatValue(self));
  if (op === '+') return exactFloat(self);
  return NOT_IMPLEMENTED;
}

/** hash(x) reduced to int32; NaN hashes by identity, as in CPython. */
export function floatHashOf(self: Ref, x: number): number {
  return x !== x ? self : reduceHash(floatHash(x));
}

const floatSlots: Slots = {
  repr: (self) => floatRepr(floatValue(self)),
  hash: (self) => floatHashOf(self, floatValue(self)),
  compare: floatCompare,
  bool: (self) => floatValue(self) !== 0,
  binary: floatBinary,
  unary: floatUnary,
};
defineSlots(Kind.FLOAT, floatSlots);
defSlotDunders(T_FLOAT, floatSlots, (self) => {
  const x = floatValue(self);
  return newInt(x !== x ? self : floatHash(x));
}, [BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.TRUEDIV, BinaryOp.FLOORDIV, BinaryOp.MOD], '-+');

// ---- construction ----

/** float(x), as CPython's PyNumber_Float. */
export function floatOf(x: Ref): number {
  const c = numberClass(x);
  if (!overridesDunders(x)) {
    if (c === NUM_FLOAT) return floatValue(x);
    if (c === NUM_INT) return realValue(x);
  }
  let r = callDunder(x, N.__float__, []);
  if (r !== NULL) {
    if (numberClass(r) !== NUM_FLOAT) {
      typeError(`${typeNameOf(x)}.__float__ returned non-float (type ${typeNameOf(r)})`);
    }
    return floatValue(r);
  }
  r = callDunder(x, N.__index__, []);
  if (r !== NULL) {
    if (numberClass(r) !== NUM_INT) typeError(`__index__ returned non-int (type ${typeNameOf(r)})`);
    return realValue(r);
  }
  if (c === NUM_FLOAT) return floatValue(x);
  const t = typeOf(x);
  if (t === T_STR || isSubtype(t, T_STR)) return parseFloatText(strValue(x), false);
  const text = bytesLikeText(x);
  if (text !== null) return parseFloatText(text, true);
  return typeError(`float() argument must be a string or a real number, not '${typeNameOf(x)}'`);
}

function parseFloatText(text: string, isBytes: boolean): number {
  try {
    return floatFromString(text);
  } catch (e) {
    if (isBytes && e instanceof FormatError && e.pyType === 'ValueError') {
      const data = new Uint8Array(Array.from(text, (ch) => ch.charCodeAt(0)));
      valueError(`could not convert string to float: ${bytesRepr(data)}`);
    }
    return numberError(e);
  }
}

/** An instance of `cls` (float or a subclass) with value x. */
export function newFloatFor(cls: Ref, x: number): Ref {
  return cls === T_FLOAT ? newFloat(x) : newFloatOfType(cls, x, typeBasicSize(cls));
}

defStaticMethod(T_FLOAT, {
  name: '__new__',
  varfn: (_self, args, kw) => {
    const cls = args.length > 0 ? args[0] : NULL;
    checkNewClass(cls, T_FLOAT);
    if (kw !== null && kw.names.length > 0) typeError('float() takes no keyword arguments');
    if (args.length > 2) typeError(`float expected at most 1 argument, got ${args.length - 1}`);
    if (args.length === 1) return newFloatFor(cls, 0);
    const x = args[1];
    if (cls === T_FLOAT && (x & 1) === 0 && heap.i32[x] === T_FLOAT) return x;
    return newFloatFor(cls, floatOf(x));
  },
});

// ---- methods ----

const toInt = (self: Ref): Ref => newInt(convert(floatAsInt, floatValue(self)));

defMethod(T_FLOAT, { name: 'is_integer', fn: (self) => bool(Number.isInteger(floatValue(self))) });
defMethod(T_FLOAT, {
  name: 'as_integer_ratio',
  fn: (self) => {
    const [n, d] = convert(floatToIntegerRatio, floatValue(self));
    return newTuple([newInt(n), newInt(d)]);
  },
});
defMethod(T_FLOAT, { name: 'hex', fn: (self) => newStr(floatHex(floatValue(self))) });
defClassMethod(T_FLOAT, {
  name: 'fromhex', params: ['string'],
  fn: (cls, s) => {
    if (!isSubtype(typeOf(s), T_STR)) typeError(`fromhex() argument must be str, not ${typeNameOf(s)}`);
    const x = convert(floatFromHex, strValue(s));
    return cls === T_FLOAT ? newFloat(x) : callObject(cls, [newFloat(x)]);
  },
});
defMethod(T_FLOAT, { name: 'conjugate', fn: exactFloat });
defGetSet(T_FLOAT, 'real', exactFloat);
defGetSet(T_FLOAT, 'imag', () => newFloat(0));

defMethod(T_FLOAT, { name: '__int__', fn: toInt });
defMethod(T_FLOAT, { name: '__trunc__', fn: toInt });
defMethod(T_FLOAT, { name: '__floor__', fn: (self) => newInt(convert(floatAsInt, Math.floor(floatValue(self)))) });
defMethod(T_FLOAT, { name: '__ceil__', fn: (self) => newInt(convert(floatAsInt, Math.ceil(floatValue(self)))) });
defMethod(T_FLOAT, { name: '__float__', fn: exactFloat });
defMethod(T_FLOAT, { name: '__abs__', fn: (self) => newFloat(Math.abs(floatValue(self))) });
defMethod(T_FLOAT, {
  name: '__round__', params: ['ndigits'], required: 0,
  fn: (self, nd) => {
    const x = floatValue(self);
    if (nd === NULL || nd === NONE) return newInt(convert(floatRoundToInt, x));
    return newFloat(floatRound(x, intValue(asIndex(nd))));
  },
});
defMethod(T_FLOAT, { name: '__divmod__', params: ['value'], fn: (self, other) => floatDivmodRef(self, other) });
defMethod(T_FLOAT, { name: '__rdivmod__', params: ['value'], fn: (self, other) => floatDivmodRef(other, self) });
defMethod(T_FLOAT, { name: '__pow__', params: ['value', 'mod'], required: 1, fn: (self, v, m) => floatPowRef(self, v, m) });
defMethod(T_FLOAT, { name: '__rpow__', params: ['value', 'mod'], required: 1, fn: (self, v, m) => floatPowRef(v, self, m) });
defMethod(T_FLOAT, { name: '__format__', params: ['format_spec'], fn: (self, spec) => formatMethod(self, spec) });
defClassMethod(T_FLOAT, {
  name: '__getformat__', params: ['typestr'],
  fn: (_cls, t) => {
    if (!isSubtype(typeOf(t), T_STR)) typeError(`__getformat__() argument must be str, not ${typeNameOf(t)}`);
    const s = strValue(t);
    if (s !== 'double' && s !== 'float') valueError("__getformat__() argument 1 must be 'double' or 'float'");
    return newStr('IEEE, little-endian');
  },
});

const isReal = (r: Ref): boolean => {
  const c = numberClass(r);
  return c === NUM_INT || c === NUM_FLOAT;
};

function floatDivmodRef(a: Ref, b: Ref): Ref {
  if (!isReal(a) || !isReal(b)) return NOT_IMPLEMENTED;
  const y = realValue(b);
  const [q, r] = convert((x: number) => floatDivmod(x, y), realValue(a));
  return newTuple([newFloat(q), newFloat(r)]);
}

function floatPowRef(a: Ref, b: Ref, mod: Ref): Ref {
  if (!isReal(a) || !isReal(b)) return NOT_IMPLEMENTED;
  if (mod !== NULL && mod !== NONE) typeError('pow() 3rd argument not allowed unless all arguments are integers');
  return floatArith(realValue(a), realValue(b), BinaryOp.POW);
}
