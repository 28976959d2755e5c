// range: start, stop, step and the length, all int Refs fixed at creation (so read without
// barriers). Values may be arbitrarily large; arithmetic goes through format/int on
// number | bigint and stays on plain numbers while they are safe; such values are compared
// with == and < (which compare a number with a bigint by value), never with ===.

import { alloc } from '../../gc/alloc.js';
import { heap } from '../../gc/heap.js';
import { Kind, RangeL, Ref, SliceL } from '../../gc/layout.js';
import { load } from '../../stm/barrier.js';
import { CompareOp } from '../compiler/opcodes.js';
import { intAdd, intCompare, intFloorDiv, intMod, intMul, intSub, PyIntValue } from '../format/int.js';
import { bool, equalsBool, repr } from '../runtime/abstract.js';
import { defGetSet, defMethod, defStaticMethod } from '../runtime/native.js';
import { defineSlots } from '../runtime/slots.js';
import { indexError, overflowError, typeError, valueError } from './exception.js';
import { intValue, newInt } from './int.js';
import { typeOf } from './object.js';
import { hasIndex, sliceIndices } from './slice.js';
import { NONE, NOT_IMPLEMENTED, T_BOOL, T_INT, T_RANGE, T_SLICE } from './statics.js';
import { indexInt, newTuple, tupleHash } from './tuple.js';
import { typeName } from './typeobject.js';

export const rangeStart = (r: Ref): Ref => heap.i32[r + RangeL.START];
export const rangeStop = (r: Ref): Ref => heap.i32[r + RangeL.STOP];
export const rangeStep = (r: Ref): Ref => heap.i32[r + RangeL.STEP];
export const rangeLengthRef = (r: Ref): Ref => heap.i32[r + RangeL.LENGTH];
export const rangeLength = (r: Ref): PyIntValue => intValue(rangeLengthRef(r));

/** Number of values of range(start, stop, step); step is non-zero. */
export function rangeCount(start: PyIntValue, stop: PyIntValue, step: PyIntValue): PyIntValue {
  if (step > 0) return start < stop ? intAdd(intFloorDiv(intSub(intSub(stop, start), 1), step), 1) : 0;
  return start > stop ? intAdd(intFloorDiv(intSub(intSub(start, stop), 1), intSub(0, step)), 1) : 0;
}

export function newRange(start: PyIntValue, stop: PyIntValue, step: PyIntValue): Ref {
  const len = newInt(rangeCount(start, stop, step));
  const s0 = newInt(start);
  const s1 = newInt(stop);
  const s2 = newInt(step);
  const r = alloc(T_RANGE, RangeL.SIZE);
  const i32 = heap.i32;
  i32[r + RangeL.START] = s0;
  i32[r + RangeL.STOP] = s1;
  i32[r + RangeL.STEP] = s2;
  i32[r + RangeL.LENGTH] = len;
  return r;
}

/** Value number i of the range (0 <= i < length). */
export function rangeItem(r: Ref, i: PyIntValue): PyIntValue {
  return intAdd(intValue(rangeStart(r)), intMul(i, intValue(rangeStep(r))));
}

// ---- slots ----

function rangeRepr(r: Ref): string {
  const step = rangeStep(r);
  const head = `range(${repr(rangeStart(r))}, ${repr(rangeStop(r))}`;
  return step === newInt(1) ? head + ')' : `${head}, ${repr(step)})`;
}

/** Ranges are equal when they produce the same values: same length, and when non-empty the
 *  same start, and when longer than one the same step. */
function rangesEqual(a: Ref, b: Ref): boolean {
  const len = rangeLength(a);
  if (len != rangeLength(b)) return false;
  if (len == 0) return true;
  if (intValue(rangeStart(a)) != intValue(rangeStart(b))) return false;
  return len == 1 || intValue(rangeStep(a)) == intValue(rangeStep(b));
}

/** CPython hashes a range as the tuple (len, start, step) with None for what does not
 *  matter to equality. */
function rangeHash(r: Ref): number {
  const len = rangeLength(r);
  const start = len == 0 ? NONE : rangeStart(r);
  const step = len == 0 || len == 1 ? NONE : rangeStep(r);
  return tupleHash(newTuple([rangeLengthRef(r), start, step]));
}

function rangeLen(r: Ref): number {
  const n = rangeLength(r);
  if (typeof n === 'bigint') overflowError('Python int too large to convert to C ssize_t');
  return n as number;
}

function rangeGetItem(r: Ref, key: Ref): Ref {
  if ((key & 1) === 0 && heap.i32[key] === T_SLICE) return rangeSlice(r, key);
  if (!hasIndex(key)) typeError(`range indices must be integers or slices, not ${typeName(typeOf(key))}`);
  let i = indexInt(key);
  const len = rangeLength(r);
  if (i < 0) i = intAdd(i, len);
  if (i < 0 || i >= len) indexError('range object index out of range');
  return newInt(rangeItem(r, i));
}

function rangeSlice(r: Ref, s: Ref): Ref {
  const len = rangeLength(r);
  const [start, stop, step] = typeof len === 'number' ? smallSlice(s, len) : bigSlice(s, len);
  const rstep = intValue(rangeStep(r));
  return newRange(rangeItem(r, start), rangeItem(r, stop), intMul(rstep, step));
}

function smallSlice(s: Ref, len: number): PyIntValue[] {
  const b = sliceIndices(s, len);
  return [b.start, b.stop, b.step];
}

/** slice.indices(len) for a length beyond the safe numbers. */
function bigSlice(s: Ref, len: PyIntValue): PyIntValue[] {
  const part = (off: number): PyIntValue | null => {
    const v = load(s, off);
    return v === NONE ? null : indexInt(v);
  };
  const step = part(SliceL.STEP) ?? 1;
  if (step == 0) valueError('slice step cannot be zero');
  const neg = step < 0;
  const clamp = (v: PyIntValue | null, dflt: PyIntValue): PyIntValue => {
    if (v === null) return dflt;
    if (v < 0) {
      const w = intAdd(v, len);
      return w < 0 ? (neg ? -1 : 0) : w;
    }
    return v >= len ? (neg ? intSub(len, 1) : len) : v;
  };
  return [clamp(part(SliceL.START), neg ? intSub(len, 1) : 0), clamp(part(SliceL.STOP), neg ? -1 : len), step];
}

const isExactInt = (v: Ref): boolean => (v & 1) === 1 || typeOf(v) === T_INT || typeOf(v) === T_BOOL;

/** The position of int value v in the range, or -1. */
function intPosition(r: Ref, v: PyIntValue): PyIntValue {
  const start = intValue(rangeStart(r));
  const stop = intValue(rangeStop(r));
  const step = intValue(rangeStep(r));
  const inside = step > 0 ? start <= v && v < stop : stop < v && v <= start;
  if (!inside) return -1;
  const off = intSub(v, start);
  return intMod(off, step) == 0 ? intFloorDiv(off, step) : -1;
}

/** Position of any value: ints by arithmetic, others by comparing with each item. */
function rangePosition(r: Ref, v: Ref): PyIntValue {
  if (isExactInt(v)) return intPosition(r, intValue(v));
  const len = rangeLength(r);
  for (let i: PyIntValue = 0; intCompare(i, len) < 0; i = intAdd(i, 1)) {
    if (equalsBool(newInt(rangeItem(r, i)), v)) return i;
  }
  return -1;
}

defineSlots(Kind.RANGE, {
  repr: rangeRepr,
  hash: rangeHash,
  compare: (a, b, op) => {
    if (typeOf(b) !== T_RANGE || (op !== CompareOp.EQ && op !== CompareOp.NE)) return NOT_IMPLEMENTED;
    return bool(rangesEqual(a, b) === (op === CompareOp.EQ));
  },
  bool: (r) => rangeLength(r) != 0,
  len: rangeLen,
  getitem: rangeGetItem,
  contains: (r, v) => rangePosition(r, v) != -1,
});

// ---- construction and methods ----

/** An argument of range(): an int or an object with __index__. */
const rangeArg = indexInt;

defStaticMethod(T_RANGE, {
  name: '__new__',
  varfn: (_self, args, kw) => {
    if (kw !== null) typeError('range() takes no keyword arguments');
    const n = args.length - 1;
    if (n === 0) typeError('range expected at least 1 argument, got 0');
    if (n > 3) typeError(`range expected at most 3 arguments, got ${n}`);
    if (n === 1) return newRange(0, rangeArg(args[1]), 1);
    const start = rangeArg(args[1]);
    const stop = rangeArg(args[2]);
    const step = n === 3 ? rangeArg(args[3]) : 1;
    if (step == 0) valueError('range() arg 3 must not be zero');
    return newRange(start, stop, step);
  },
});

defGetSet(T_RANGE, 'start', rangeStart);
defGetSet(T_RANGE, 'stop', rangeStop);
defGetSet(T_RANGE, 'step', rangeStep);

defMethod(T_RANGE, {
  name: 'index',
  params: ['value'],
  fn: (self, v) => {
    const i = rangePosition(self, v);
    if (i == -1) valueError(isExactInt(v) ? `${repr(v)} is not in range` : 'sequence.index(x): x not in sequence');
    return newInt(i);
  },
});

defMethod(T_RANGE, {
  name: 'count',
  params: ['value'],
  fn: (self, v) => {
    if (isExactInt(v)) return newInt(intPosition(self, intValue(v)) == -1 ? 0 : 1);
    let c = 0;
    const len = rangeLength(self);
    for (let i: PyIntValue = 0; intCompare(i, len) < 0; i = intAdd(i, 1)) {
      if (equalsBool(newInt(rangeItem(self, i)), v)) c++;
    }
    return newInt(c);
  },
});
