// slice: start, stop and step Refs (None when missing), immutable once made. sliceIndices
// turns a slice into the concrete bounds for a sequence, as every sequence type needs.

import { alloc } from '../../gc/alloc.js';
import { heap } from '../../gc/heap.js';
import { Kind, NULL, Ref, SliceL, TypeFlags } from '../../gc/layout.js';
import { load, store } from '../../stm/barrier.js';
import { CompareOp } from '../compiler/opcodes.js';
import { asIndex, bool, compareNumbers, equalsBool, intValue, repr, richCompare } from '../runtime/abstract.js';
import { N } from '../runtime/names.js';
import { defGetSet, defMethod, defStaticMethod } from '../runtime/native.js';
import { defineSlots, Slots, slotsOf } from '../runtime/slots.js';
import { raise, Exc, typeError, valueError } from './exception.js';
import { newInt } from './int.js';
import { typeOf } from './object.js';
import { NONE, NOT_IMPLEMENTED, T_SLICE } from './statics.js';
import { newTuple } from './tuple.js';
import { lookupType, typeFlags, typeKind } from './typeobject.js';

export const sliceStart = (s: Ref): Ref => load(s, SliceL.START);
export const sliceStop = (s: Ref): Ref => load(s, SliceL.STOP);
export const sliceStep = (s: Ref): Ref => load(s, SliceL.STEP);

export function newSlice(start: Ref, stop: Ref, step: Ref): Ref {
  const s = alloc(T_SLICE, SliceL.SIZE);
  store(s, SliceL.START, start);
  store(s, SliceL.STOP, stop);
  store(s, SliceL.STEP, step);
  return s;
}

export const isSlice = (r: Ref): boolean => (r & 1) === 0 && heap.i32[r] === T_SLICE;

/** Concrete bounds of a slice over a sequence: the items are start, start+step, ... (count of them). */
export interface SliceBounds { start: number; stop: number; step: number; count: number; }

// Indices beyond the safe range are clamped, as CPython clamps them to Py_ssize_t.
const LIMIT = Number.MAX_SAFE_INTEGER;

/** True if r is an int or has __index__ (what sequences accept as an index or count). */
export function hasIndex(r: Ref): boolean {
  if ((r & 1) === 1) return true;
  const t = typeOf(r);
  const kind = typeKind(t);
  if (kind === Kind.INT || kind === Kind.BOOL) return true;
  if ((typeFlags(t) & TypeFlags.OVERRIDES) !== 0 && lookupType(t, N.__index__) !== NULL) return true;
  return slotsOf(kind).index !== undefined;
}

/** operator.index(r) as a JS value (ints are read directly, others through __index__). */
export function indexInt(r: Ref): number | bigint {
  if ((r & 1) === 1) return r >> 1;
  const kind = typeKind(typeOf(r));
  return intValue(kind === Kind.INT || kind === Kind.BOOL ? r : asIndex(r));
}

/** A slice component's __index__ as a number, clamped. */
function index(v: Ref): number {
  if ((v & 1) === 1) return v >> 1;
  if (!hasIndex(v)) typeError('slice indices must be integers or None or have an __index__ method');
  const n = indexInt(v);
  if (typeof n === 'bigint') return n < 0n ? -LIMIT : LIMIT;
  return n;
}

/** The bounds of slice `s` over a sequence of `length` items (Python's slice.indices). */
export function sliceIndices(s: Ref, length: number): SliceBounds {
  const stepRef = load(s, SliceL.STEP);
  const step = stepRef === NONE ? 1 : index(stepRef);
  if (step === 0) valueError('slice step cannot be zero');
  const startRef = load(s, SliceL.START);
  const stopRef = load(s, SliceL.STOP);
  const start = startRef === NONE ? (step < 0 ? length - 1 : 0) : clampIndex(index(startRef), length, step);
  const stop = stopRef === NONE ? (step < 0 ? -1 : length) : clampIndex(index(stopRef), length, step);
  let count = 0;
  if (step > 0) { if (start < stop) count = Math.floor((stop - start - 1) / step) + 1; }
  else if (stop < start) count = Math.floor((start - stop - 1) / -step) + 1;
  return { start, stop, step, count };
}

function clampIndex(i: number, length: number, step: number): number {
  if (i < 0) {
    i += length;
    if (i < 0) return step < 0 ? -1 : 0;
    return i;
  }
  if (i >= length) return step < 0 ? length - 1 : length;
  return i;
}

// ---- the slice type ----

function sliceTuple(s: Ref): Ref {
  return newTuple([sliceStart(s), sliceStop(s), sliceStep(s)]);
}

// Slices are unhashable (until Python 3.12): no hash slot.
const sliceSlots: Slots = {
  repr: (s) => `slice(${repr(sliceStart(s))}, ${repr(sliceStop(s))}, ${repr(sliceStep(s))})`,
  compare(s, other, op) {
    if (!isSlice(other)) return NOT_IMPLEMENTED;
    if (s === other && (op === CompareOp.EQ || op === CompareOp.NE)) return bool(op === CompareOp.EQ);
    return compareTriples(s, other, op);
  },
};
defineSlots(Kind.SLICE, sliceSlots);

/** Slices compare as the tuples (start, stop, step). */
function compareTriples(a: Ref, b: Ref, op: number): Ref {
  const xs = [sliceStart(a), sliceStop(a), sliceStep(a)];
  const ys = [sliceStart(b), sliceStop(b), sliceStep(b)];
  for (let i = 0; i < 3; i++) {
    if (equalsBool(xs[i], ys[i])) continue;
    if (op === CompareOp.EQ) return bool(false);
    if (op === CompareOp.NE) return bool(true);
    return richCompare(xs[i], ys[i], op);
  }
  return bool(compareNumbers(0, 0, op));
}

defStaticMethod(T_SLICE, {
  name: '__new__',
  varfn: (_self, args, kw) => {
    if (kw !== null && kw.names.length > 0) typeError('slice() takes no keyword arguments');
    const n = args.length - 1;
    if (n < 1) typeError(`slice expected at least 1 argument, got ${n}`);
    if (n > 3) typeError(`slice expected at most 3 arguments, got ${n}`);
    if (n === 1) return newSlice(NONE, args[1], NONE);
    return newSlice(args[1], args[2], n === 3 ? args[3] : NONE);
  },
});

defMethod(T_SLICE, {
  name: 'indices',
  params: ['len'],
  fn: (s, lenRef) => {
    const length = indexInt(lenRef);
    if (length < 0) valueError('length should not be negative');
    if (typeof length === 'bigint') raise(Exc.OverflowError, 'Python int too large to convert to C ssize_t');
    const b = sliceIndices(s, length as number);
    return newTuple([newInt(b.start), newInt(b.stop), newInt(b.step)]);
  },
});

defMethod(T_SLICE, { name: '__reduce__', fn: (s) => newTuple([T_SLICE, sliceTuple(s)]) });
defGetSet(T_SLICE, 'start', (s) => sliceStart(s));
defGetSet(T_SLICE, 'stop', (s) => sliceStop(s));
defGetSet(T_SLICE, 'step', (s) => sliceStep(s));
