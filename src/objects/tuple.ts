// tuple: immutable items stored inline; read without barriers once published.
// Also the helpers every sequence type shares: item-by-item comparison, index arguments,
// repetition counts and CPython's tuple hash (xxHash-based, on 64-bit lanes).

import { alloc } from '../../gc/alloc.js';
import { heap } from '../../gc/heap.js';
import { Control, Kind, NULL, Ref, TupleL } from '../../gc/layout.js';
import { BinaryOp, CompareOp, INPLACE } from '../compiler/opcodes.js';
import { floatHash, intHash } from '../format/float.js';
import type { PyIntValue } from '../format/int.js';
import {
  asIndex, bool, compareNumbers, equalsBool, hashOf, iterToArray, repr, richCompare,
} from '../runtime/abstract.js';
import { defClassMethod, defMethod, defStaticMethod } from '../runtime/native.js';
import { defineSlots } from '../runtime/slots.js';
import { extraWords } from './classes.js';
import { indexError, overflowError, typeError, valueError } from './exception.js';
import { floatValue } from './float.js';
import { genericAlias } from './genericalias.js';
import { intValue, newInt } from './int.js';
import { guardedRepr, listItems } from './list.js';
import { typeOf } from './object.js';
import { hasIndex, sliceIndices } from './slice.js';
import { FALSE, NOT_IMPLEMENTED, T_BOOL, T_FLOAT, T_INT, T_LIST, T_SLICE, T_TUPLE, TRUE } from './statics.js';
import { isSubtype, typeKind, typeName } from './typeobject.js';

/** A tuple of `n` NULL items to be filled with setTupleItem before it is shared. */
export function newTupleUninit(n: number, type: Ref = T_TUPLE, minWords = 0): Ref {
  const empty = n === 0 && type === T_TUPLE && minWords === 0;
  if (empty && heap.i32[Control.EMPTY_TUPLE] !== 0) return heap.i32[Control.EMPTY_TUPLE];
  const r = alloc(type, Math.max(TupleL.ITEMS + n, minWords));
  heap.i32[r + TupleL.LENGTH] = n;
  if (empty) heap.i32[Control.EMPTY_TUPLE] = r;
  return r;
}

export function newTuple(items: ArrayLike<Ref>, type: Ref = T_TUPLE): Ref {
  const r = newTupleUninit(items.length, type, type === T_TUPLE ? 0 : TupleL.ITEMS + items.length + extraWords(type));
  const i32 = heap.i32;
  for (let i = 0; i < items.length; i++) i32[r + TupleL.ITEMS + i] = items[i];
  return r;
}

/** Fills item i of a tuple that is still private to its creator. */
export function setTupleItem(t: Ref, i: number, v: Ref): void {
  heap.i32[t + TupleL.ITEMS + i] = v;
}

export const tupleLength = (t: Ref): number => heap.i32[t + TupleL.LENGTH];
export const tupleItem = (t: Ref, i: number): Ref => heap.i32[t + TupleL.ITEMS + i];

export function tupleItems(t: Ref): Ref[] {
  const n = heap.i32[t + TupleL.LENGTH];
  const out = new Array<Ref>(n);
  for (let i = 0; i < n; i++) out[i] = heap.i32[t + TupleL.ITEMS + i];
  return out;
}


const isTuple = (r: Ref): boolean => (r & 1) === 0 && isSubtype(heap.i32[r], T_TUPLE);

// ---- helpers shared by the sequence types ----

/** Lexicographic rich comparison of two sequences read through `size` and `at`, which are
 *  re-read at every step because comparing items can run Python code that mutates them. */
export function compareSequences(a: Ref, b: Ref, op: number, size: (s: Ref) => number, at: (s: Ref, i: number) => Ref): Ref {
  if ((op === CompareOp.EQ || op === CompareOp.NE) && size(a) !== size(b)) return bool(op === CompareOp.NE);
  let i = 0;
  for (; i < size(a) && i < size(b); i++) {
    if (!equalsBool(at(a, i), at(b, i))) break;
  }
  if (i >= size(a) || i >= size(b)) return bool(compareNumbers(size(a), size(b), op));
  if (op === CompareOp.EQ) return FALSE;
  if (op === CompareOp.NE) return TRUE;
  return richCompare(at(a, i), at(b, i), op);
}

/** The value of an int-like argument: ints and bools directly, other objects through
 *  __index__ (TypeError "'X' object cannot be interpreted as an integer" without one). */
export function indexInt(r: Ref): PyIntValue {
  if ((r & 1) === 1) return r >> 1;
  const k = typeKind(typeOf(r));
  return intValue(k === Kind.INT || k === Kind.BOOL ? r : asIndex(r));
}

/** indexInt as a JS number; IndexError beyond, as CPython's Py_ssize_t conversion. */
export function indexNumber(r: Ref): number {
  const v = indexInt(r);
  if (typeof v === 'bigint') indexError("cannot fit 'int' into an index-sized integer");
  return v as number;
}

/** An item index for seq[key]; TypeError naming the sequence type when key is no int. */
export function sequenceIndex(key: Ref, what: string): number {
  if ((key & 1) === 1) return key >> 1;
  if (!hasIndex(key)) typeError(`${what} indices must be integers or slices, not ${typeName(typeOf(key))}`);
  return indexNumber(key);
}

/** The count of seq * n: negative counts give 0; huge ones OverflowError as in CPython. */
export function repeatCount(n: Ref): number {
  if ((n & 1) === 1) return Math.max(0, n >> 1);
  const v = indexInt(n);
  if (typeof v === 'bigint' || v > Number.MAX_SAFE_INTEGER) overflowError("cannot fit 'int' into an index-sized integer");
  return Math.max(0, v as number);
}

/** Bounds of a start/stop argument pair of index() and the like, clamped as CPython's. */
export function searchBounds(start: Ref, stop: Ref, n: number): [number, number] {
  return [clampIndex(start, 0, n), clampIndex(stop, n, n)];
}

function clampIndex(r: Ref, dflt: number, n: number): number {
  if (r === NULL) return dflt;
  if (!hasIndex(r)) typeError('slice indices must be integers or have an __index__ method');
  const v = indexInt(r);
  let i = typeof v === 'bigint' ? (v < 0n ? -Infinity : Infinity) : v;
  if (i < 0) i = Math.max(0, i + n);
  return Math.min(i, n);
}

// ---- hash: CPython's xxHash-based tuple hash, on 64-bit values kept as two uint32 halves ----

const P1_HI = 0x9e3779b1, P1_LO = 0x85ebca87; // 11400714785074694791
const P2_HI = 0xc2b2ae3d, P2_LO = 0x27d4eb4f; // 14029467366897019727
const P5_HI = 0x27d4eb2f, P5_LO = 0x165667c5; // 2870177450012600261
const LEN_MIX_LO = (P5_LO ^ 3527539) >>> 0;

/** Result of mul64/lane64 (module state: no allocation per step). */
let rHi = 0, rLo = 0;

/** (aHi:aLo) * (bHi:bLo) mod 2**64 into rHi:rLo. */
function mul64(aHi: number, aLo: number, bHi: number, bLo: number): void {
  const a0 = aLo & 0xffff, a1 = aLo >>> 16, b0 = bLo & 0xffff, b1 = bLo >>> 16;
  const p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  rLo = (((mid & 0xffff) << 16) | (p00 & 0xffff)) >>> 0;
  const hi = p11 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16);
  rHi = (hi + Math.imul(aLo, bHi) + Math.imul(aHi, bLo)) >>> 0;
}

/** The 64-bit hash of an item as CPython computes it, into rHi:rLo. Numbers and nested
 *  tuples get their full 64-bit hash (so tuples of numbers hash exactly as in CPython);
 *  other objects their table hash, sign-extended. */
function lane64(r: Ref): void {
  if ((r & 1) === 0) {
    const t = heap.i32[r];
    if (t === T_TUPLE) { tupleHash64(r); return; }
    if (t === T_INT || t === T_BOOL) { split64(intHash(intValue(r))); return; }
    if (t === T_FLOAT) {
      const x = floatValue(r);
      if (x === x) { split64(floatHash(x)); return; }
    }
  }
  split64(hashOf(r));
}

function split64(h: number | bigint): void {
  if (typeof h === 'number') {
    rLo = h >>> 0;
    rHi = Math.floor(h / 4294967296) >>> 0;
  } else {
    const u = BigInt.asUintN(64, h);
    rLo = Number(u & 0xffffffffn);
    rHi = Number(u >> 32n);
  }
}

/** CPython's hash of tuple t as a 64-bit value in rHi:rLo. */
function tupleHash64(t: Ref): void {
  const n = tupleLength(t);
  let hi = P5_HI, lo = P5_LO;
  for (let i = 0; i < n; i++) {
    lane64(tupleItem(t, i));
    mul64(rHi, rLo, P2_HI, P2_LO);
    // acc += lane * P2
    const sumLo = lo + rLo;
    hi = (hi + rHi + (sumLo > 0xffffffff ? 1 : 0)) >>> 0;
    lo = sumLo >>> 0;
    // acc = rotate_left(acc, 31)
    const rotHi = ((lo >>> 1) | (hi << 31)) >>> 0;
    lo = ((lo << 31) | (hi >>> 1)) >>> 0;
    hi = rotHi;
    mul64(hi, lo, P1_HI, P1_LO);
    hi = rHi; lo = rLo;
  }
  const addLo = (n ^ LEN_MIX_LO) >>> 0;
  const sumLo = lo + addLo;
  hi = (hi + P5_HI + (sumLo > 0xffffffff ? 1 : 0)) >>> 0;
  lo = sumLo >>> 0;
  if (hi === 0xffffffff && lo === 0xffffffff) { hi = 0; lo = 1546275796; }
  rHi = hi; rLo = lo;
}

/** hash(t) reduced to int32 (the low 32 bits of CPython's value). */
export function tupleHash(t: Ref): number {
  tupleHash64(t);
  return rLo | 0;
}

/** CPython's full hash of tuple t, for tests and for hash() of tuples. */
export function tupleHashFull(t: Ref): bigint {
  tupleHash64(t);
  return BigInt.asIntN(64, (BigInt(rHi) << 32n) | BigInt(rLo));
}

// ---- slots ----

function tupleRepr(t: Ref): string {
  const n = tupleLength(t);
  if (n === 0) return '()';
  return guardedRepr(t, '(...)', () => {
    const parts = new Array<string>(n);
    for (let i = 0; i < n; i++) parts[i] = repr(tupleItem(t, i));
    return n === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
  });
}

function tupleGetItem(t: Ref, key: Ref): Ref {
  if ((key & 1) === 0 && heap.i32[key] === T_SLICE) return tupleSlice(t, key);
  let i = sequenceIndex(key, 'tuple');
  const n = tupleLength(t);
  if (i < 0) i += n;
  if (i < 0 || i >= n) indexError('tuple index out of range');
  return tupleItem(t, i);
}

function tupleSlice(t: Ref, s: Ref): Ref {
  const n = tupleLength(t);
  const { start, step, count: length } = sliceIndices(s, n);
  if (step === 1 && length === n && heap.i32[t] === T_TUPLE) return t;
  const out = newTupleUninit(length);
  const i32 = heap.i32;
  for (let k = 0; k < length; k++) i32[out + TupleL.ITEMS + k] = i32[t + TupleL.ITEMS + start + k * step];
  return out;
}

function tupleContains(t: Ref, v: Ref): boolean {
  const n = tupleLength(t);
  for (let i = 0; i < n; i++) if (equalsBool(tupleItem(t, i), v)) return true;
  return false;
}

function tupleBinary(self: Ref, other: Ref, op: number, reflected: boolean): Ref {
  const base = op & ~INPLACE;
  if (base === BinaryOp.ADD) {
    if (reflected || !isTuple(other)) return NOT_IMPLEMENTED;
    return concatTuples(self, other);
  }
  if (base === BinaryOp.MUL && hasIndex(other)) return repeatTuple(self, repeatCount(other));
  return NOT_IMPLEMENTED;
}

function concatTuples(a: Ref, b: Ref): Ref {
  const na = tupleLength(a);
  const nb = tupleLength(b);
  if (nb === 0 && heap.i32[a] === T_TUPLE) return a;
  if (na === 0 && heap.i32[b] === T_TUPLE) return b;
  const out = newTupleUninit(na + nb);
  const i32 = heap.i32;
  i32.copyWithin(out + TupleL.ITEMS, a + TupleL.ITEMS, a + TupleL.ITEMS + na);
  i32.copyWithin(out + TupleL.ITEMS + na, b + TupleL.ITEMS, b + TupleL.ITEMS + nb);
  return out;
}

function repeatTuple(t: Ref, count: number): Ref {
  const n = tupleLength(t);
  if (count === 1 && heap.i32[t] === T_TUPLE) return t;
  if (n * count > 0x7ffffff) typeError('cannot create a tuple this large'); // beyond the heap anyway
  const out = newTupleUninit(n * count);
  const i32 = heap.i32;
  for (let c = 0; c < count; c++) i32.copyWithin(out + TupleL.ITEMS + c * n, t + TupleL.ITEMS, t + TupleL.ITEMS + n);
  return out;
}

defineSlots(Kind.TUPLE, {
  fullHash: tupleHashFull,
  repr: tupleRepr,
  hash: tupleHash,
  compare: (a, b, op) => (isTuple(b) ? compareSequences(a, b, op, tupleLength, tupleItem) : NOT_IMPLEMENTED),
  len: tupleLength,
  bool: (t) => tupleLength(t) > 0,
  getitem: tupleGetItem,
  contains: tupleContains,
  binary: tupleBinary,
});

// ---- methods ----

/** tuple(iterable) for tuple or a subclass `cls`. */
export function newTupleFrom(cls: Ref, iterable: Ref): Ref {
  if (iterable === NULL) return newTuple([], cls);
  if (cls === T_TUPLE && (iterable & 1) === 0 && heap.i32[iterable] === T_TUPLE) return iterable;
  if (cls === T_TUPLE && (iterable & 1) === 0 && heap.i32[iterable] === T_LIST) return newTuple(listItems(iterable));
  return newTuple(iterToArray(iterable), cls);
}

defStaticMethod(T_TUPLE, {
  name: '__new__',
  varfn: (_self, args, kw) => {
    const cls = args[0];
    if (kw !== null) typeError('tuple() takes no keyword arguments');
    if (args.length > 2) typeError(`tuple expected at most 1 argument, got ${args.length - 1}`);
    return newTupleFrom(cls, args.length > 1 ? args[1] : NULL);
  },
});

defMethod(T_TUPLE, {
  name: 'index',
  params: ['value', 'start', 'stop'],
  required: 1,
  fn: (self, value, start, stop) => {
    const [lo, hi] = searchBounds(start, stop, tupleLength(self));
    for (let i = lo; i < hi && i < tupleLength(self); i++) if (equalsBool(tupleItem(self, i), value)) return newInt(i);
    return valueError('tuple.index(x): x not in tuple');
  },
});

defMethod(T_TUPLE, {
  name: 'count',
  params: ['value'],
  fn: (self, value) => {
    let c = 0;
    const n = tupleLength(self);
    for (let i = 0; i < n; i++) if (equalsBool(tupleItem(self, i), value)) c++;
    return newInt(c);
  },
});

defMethod(T_TUPLE, { name: '__getnewargs__', fn: (self) => newTuple([newTuple(tupleItems(self))]) });

defClassMethod(T_TUPLE, { name: '__class_getitem__', params: ['item'], fn: (cls, item) => genericAlias(cls, item) });
