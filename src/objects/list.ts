// list: a size and an items array with spare capacity, both mutable through the barrier.
// Any Python code run in the middle of an operation (an __eq__, a key function, a repr) may
// change the list, so loops re-read the size and items instead of keeping a snapshot, except
// where CPython works on one too (extend from itself, sort).

import { alloc } from '../../gc/alloc.js';
import { heap } from '../../gc/heap.js';
import { ArrayL, Kind, ListL, NULL, Ref } from '../../gc/layout.js';
import { load, moveWords, store } from '../../stm/barrier.js';
import { BinaryOp, INPLACE } from '../compiler/opcodes.js';
import { equalsBool, getIter, iterNext, lessThan, repr } from '../runtime/abstract.js';
import { callObject } from '../runtime/call.js';
import { N } from '../runtime/names.js';
import { PyRaise } from '../runtime/errors.js';
import { defClassMethod, defMethod, defStaticMethod } from '../runtime/native.js';
import { defineSlots } from '../runtime/slots.js';
import { arrayLength, newArray } from './array.js';
import { Exc, indexError, typeError, valueError } from './exception.js';
import { genericAlias } from './genericalias.js';
import { newInt } from './int.js';
import { typeOf } from './object.js';
import { hasIndex, sliceIndices } from './slice.js';
import { NONE, NOT_IMPLEMENTED, T_LIST, T_SLICE, T_TUPLE } from './statics.js';
import {
  compareSequences, indexInt, indexNumber, repeatCount, searchBounds, sequenceIndex, tupleItems,
} from './tuple.js';
import { isSubtype, lookupType, typeBasicSize } from './typeobject.js';

export function newListOfType(type: Ref, capacity: number, minWords: number = ListL.SIZE_WORDS): Ref {
  const r = alloc(type, Math.max(ListL.SIZE_WORDS, minWords));
  store(r, ListL.ITEMS, newArray(Math.max(capacity, 4)));
  return r;
}

export function newList(items: ArrayLike<Ref> = []): Ref {
  const r = newListOfType(T_LIST, items.length);
  const arr = load(r, ListL.ITEMS);
  for (let i = 0; i < items.length; i++) store(arr, ArrayL.ITEMS + i, items[i]);
  store(r, ListL.SIZE, items.length);
  return r;
}

export const listSize = (l: Ref): number => load(l, ListL.SIZE);

/** Item i, 0 <= i < size (callers check bounds). */
export function listItem(l: Ref, i: number): Ref {
  return load(load(l, ListL.ITEMS), ArrayL.ITEMS + i);
}

export function listSetItem(l: Ref, i: number, v: Ref): void {
  store(load(l, ListL.ITEMS), ArrayL.ITEMS + i, v);
}

/** Makes room for `size` items, growing by 1/8 plus a constant as CPython does. */
export function listReserve(l: Ref, size: number): Ref {
  const arr = load(l, ListL.ITEMS);
  const cap = arrayLength(arr);
  if (size <= cap) return arr;
  const newCap = size + (size >> 3) + (size < 9 ? 3 : 6);
  const grown = newArray(newCap);
  moveWords(grown, ArrayL.ITEMS, arr, ArrayL.ITEMS, load(l, ListL.SIZE));
  store(l, ListL.ITEMS, grown);
  return grown;
}

export function listAppend(l: Ref, v: Ref): void {
  const n = load(l, ListL.SIZE);
  const arr = listReserve(l, n + 1);
  store(arr, ArrayL.ITEMS + n, v);
  store(l, ListL.SIZE, n + 1);
}

/** Inserts `count` NULL slots at `at` (0 <= at <= size), returning the items array. */
export function listOpenGap(l: Ref, at: number, count: number): Ref {
  const n = load(l, ListL.SIZE);
  const arr = listReserve(l, n + count);
  moveWords(arr, ArrayL.ITEMS + at + count, arr, ArrayL.ITEMS + at, n - at);
  store(l, ListL.SIZE, n + count);
  return arr;
}

/** Removes `count` items from `at`. */
export function listCloseGap(l: Ref, at: number, count: number): void {
  const n = load(l, ListL.SIZE);
  const arr = load(l, ListL.ITEMS);
  moveWords(arr, ArrayL.ITEMS + at, arr, ArrayL.ITEMS + at + count, n - at - count);
  for (let i = n - count; i < n; i++) store(arr, ArrayL.ITEMS + i, NULL);
  store(l, ListL.SIZE, n - count);
}

/** A JS copy of the items (for operations that need a snapshot, such as sort). */
export function listItems(l: Ref): Ref[] {
  const n = load(l, ListL.SIZE);
  const arr = load(l, ListL.ITEMS);
  const out = new Array<Ref>(n);
  for (let i = 0; i < n; i++) out[i] = load(arr, ArrayL.ITEMS + i);
  return out;
}

/** Replaces the whole contents with `items`. */
export function listSetItems(l: Ref, items: ArrayLike<Ref>): void {
  const arr = newArray(Math.max(items.length, 4));
  for (let i = 0; i < items.length; i++) store(arr, ArrayL.ITEMS + i, items[i]);
  store(l, ListL.ITEMS, arr);
  store(l, ListL.SIZE, items.length);
}

const isList = (r: Ref): boolean => (r & 1) === 0 && isSubtype(heap.i32[r], T_LIST);
const isExact = (r: Ref, t: Ref): boolean => (r & 1) === 0 && heap.i32[r] === t;

/** A fresh list holding items [start, start + n) of l. */
function listCopyRange(l: Ref, start: number, n: number): Ref {
  const out = newListOfType(T_LIST, n);
  moveWords(load(out, ListL.ITEMS), ArrayL.ITEMS, load(l, ListL.ITEMS), ArrayL.ITEMS + start, n);
  store(out, ListL.SIZE, n);
  return out;
}

/** l.extend(iterable): lists and tuples are copied at once (so `a.extend(a)` doubles a),
 *  anything else is iterated item by item. */
export function listExtend(l: Ref, iterable: Ref): void {
  if (isExact(iterable, T_LIST) || isExact(iterable, T_TUPLE)) {
    const items = isExact(iterable, T_LIST) ? listItems(iterable) : tupleItems(iterable);
    const at = load(l, ListL.SIZE);
    const arr = listOpenGap(l, at, items.length);
    for (let i = 0; i < items.length; i++) store(arr, ArrayL.ITEMS + at + i, items[i]);
    return;
  }
  const it = getIter(iterable);
  for (let v = iterNext(it); v !== NULL; v = iterNext(it)) listAppend(l, v);
}

/** The items for a slice assignment; `message` replaces the TypeError of a non-iterable. */
function itemsToAssign(v: Ref, message: string): Ref[] {
  if (isExact(v, T_LIST)) return listItems(v);
  if (isExact(v, T_TUPLE)) return tupleItems(v);
  let it: Ref;
  try {
    it = getIter(v);
  } catch (e) {
    if (e instanceof PyRaise && isSubtype(typeOf(e.exc), Exc.TypeError)) typeError(message);
    throw e;
  }
  const out: Ref[] = [];
  for (let x = iterNext(it); x !== NULL; x = iterNext(it)) out.push(x);
  return out;
}

// ---- repr with a recursion guard ----

/** Containers being repr'd by this thread, so a container that holds itself prints as
 *  '[...]' rather than recursing forever. Worker-local: a repr runs within one thread. */
const reprActive = new Set<Ref>();

/** Runs `body` for the repr of `obj`, or returns `placeholder` if obj's repr is already
 *  in progress further up this thread's stack. */
export function guardedRepr(obj: Ref, placeholder: string, body: () => string): string {
  if (reprActive.has(obj)) return placeholder;
  reprActive.add(obj);
  try {
    return body();
  } finally {
    reprActive.delete(obj);
  }
}

function listRepr(l: Ref): string {
  if (listSize(l) === 0) return '[]';
  return guardedRepr(l, '[...]', () => {
    let s = '[';
    for (let i = 0; i < listSize(l); i++) s += (i > 0 ? ', ' : '') + repr(listItem(l, i));
    return s + ']';
  });
}

// ---- items ----

function listGetItem(l: Ref, key: Ref): Ref {
  if ((key & 1) === 0 && heap.i32[key] === T_SLICE) {
    const { start, step, count: length } = sliceIndices(key, listSize(l));
    if (step === 1) return listCopyRange(l, start, length);
    const out = newListOfType(T_LIST, length);
    const src = load(l, ListL.ITEMS);
    const dst = load(out, ListL.ITEMS);
    for (let k = 0; k < length; k++) store(dst, ArrayL.ITEMS + k, load(src, ArrayL.ITEMS + start + k * step));
    store(out, ListL.SIZE, length);
    return out;
  }
  let i = sequenceIndex(key, 'list');
  const n = listSize(l);
  if (i < 0) i += n;
  if (i < 0 || i >= n) indexError('list index out of range');
  return listItem(l, i);
}

function listSetItemSlot(l: Ref, key: Ref, value: Ref): void {
  if ((key & 1) === 0 && heap.i32[key] === T_SLICE) {
    if (value === NULL) deleteSlice(l, key);
    else assignSlice(l, key, value);
    return;
  }
  let i = sequenceIndex(key, 'list');
  const n = listSize(l);
  if (i < 0) i += n;
  if (i < 0 || i >= n) indexError('list assignment index out of range');
  if (value === NULL) listCloseGap(l, i, 1);
  else listSetItem(l, i, value);
}

function assignSlice(l: Ref, s: Ref, value: Ref): void {
  const { start, stop, step, count: length } = sliceIndices(s, listSize(l));
  const items = itemsToAssign(value, step === 1 ? 'can only assign an iterable' : 'must assign iterable to extended slice');
  if (step === 1) {
    replaceRange(l, start, Math.max(start, stop), items);
    return;
  }
  if (items.length !== length) {
    valueError(`attempt to assign sequence of size ${items.length} to extended slice of size ${length}`);
  }
  for (let k = 0; k < length; k++) listSetItem(l, start + k * step, items[k]);
}

/** Replaces items [lo, hi) with `items`. */
function replaceRange(l: Ref, lo: number, hi: number, items: Ref[]): void {
  const grow = items.length - (hi - lo);
  if (grow > 0) listOpenGap(l, hi, grow);
  else if (grow < 0) listCloseGap(l, lo + items.length, -grow);
  const arr = load(l, ListL.ITEMS);
  for (let k = 0; k < items.length; k++) store(arr, ArrayL.ITEMS + lo + k, items[k]);
}

function deleteSlice(l: Ref, s: Ref): void {
  const n = listSize(l);
  const bounds = sliceIndices(s, n);
  const length = bounds.count;
  let { start, step } = bounds;
  if (length === 0) return;
  if (step < 0) { start += step * (length - 1); step = -step; }
  if (step === 1) { listCloseGap(l, start, length); return; }
  // Compact the survivors over the deleted items, then drop the tail.
  const arr = load(l, ListL.ITEMS);
  const last = start + step * (length - 1);
  let w = start;
  for (let i = start; i < n; i++) {
    if (i <= last && (i - start) % step === 0) continue;
    store(arr, ArrayL.ITEMS + w++, load(arr, ArrayL.ITEMS + i));
  }
  listCloseGap(l, w, n - w);
}

function listContains(l: Ref, v: Ref): boolean {
  for (let i = 0; i < listSize(l); i++) if (equalsBool(listItem(l, i), v)) return true;
  return false;
}

// ---- operators ----

function listBinary(self: Ref, other: Ref, op: number, reflected: boolean): Ref {
  const base = op & ~INPLACE;
  const inplace = (op & INPLACE) !== 0;
  if (base === BinaryOp.ADD && !reflected) {
    if (inplace) { listExtend(self, other); return self; }
    if (!isList(other)) return NOT_IMPLEMENTED;
    const na = listSize(self);
    const nb = listSize(other);
    const out = newListOfType(T_LIST, na + nb);
    const dst = load(out, ListL.ITEMS);
    moveWords(dst, ArrayL.ITEMS, load(self, ListL.ITEMS), ArrayL.ITEMS, na);
    moveWords(dst, ArrayL.ITEMS + na, load(other, ListL.ITEMS), ArrayL.ITEMS, nb);
    store(out, ListL.SIZE, na + nb);
    return out;
  }
  if (base === BinaryOp.MUL && hasIndex(other)) {
    const count = repeatCount(other);
    if (inplace) { repeatInto(self, self, count); return self; }
    const out = newListOfType(T_LIST, 0);
    repeatInto(out, self, count);
    return out;
  }
  return NOT_IMPLEMENTED;
}

/** Makes `dst` hold `count` copies of src's items (dst may be src). */
function repeatInto(dst: Ref, src: Ref, count: number): void {
  const n = listSize(src);
  if (n === 0 || count === 0) { listSetItems(dst, []); return; }
  if (n * count > 0x7ffffff) throw new PyRaise(callObject(Exc.MemoryError, []));
  const arr = newArray(n * count);
  const from = load(src, ListL.ITEMS);
  for (let c = 0; c < count; c++) moveWords(arr, ArrayL.ITEMS + c * n, from, ArrayL.ITEMS, n);
  store(dst, ListL.ITEMS, arr);
  store(dst, ListL.SIZE, n * count);
}

defineSlots(Kind.LIST, {
  repr: listRepr,
  compare: (a, b, op) => (isList(b) ? compareSequences(a, b, op, listSize, listItem) : NOT_IMPLEMENTED),
  bool: (l) => listSize(l) > 0,
  len: listSize,
  getitem: listGetItem,
  setitem: listSetItemSlot,
  contains: listContains,
  binary: listBinary,
});

// ---- sort: a stable merge sort that asks only `<`, as CPython's sort does ----

const RUN = 16;

/** Sorts `keys` and `vals` alongside (if given), stably, with `lt` as the only comparison.
 *  If `lt` throws, both arrays still hold every item (in some order), as CPython's sort
 *  leaves the list a permutation of its items. */
function mergeSort(keys: Ref[], vals: Ref[] | null, lt: (a: Ref, b: Ref) => boolean): void {
  const n = keys.length;
  for (let lo = 0; lo < n; lo += RUN) insertionSort(keys, vals, lo, Math.min(lo + RUN, n), lt);
  if (n <= RUN) return;
  // Each pass reads src and writes dst, so src is complete whenever a comparison throws.
  let srcK = keys, dstK = new Array<Ref>(n);
  let srcV = vals, dstV = vals === null ? null : new Array<Ref>(n);
  try {
    for (let width = RUN; width < n; width *= 2) {
      for (let lo = 0; lo < n; lo += 2 * width) {
        const mid = Math.min(lo + width, n);
        const hi = Math.min(lo + 2 * width, n);
        let i = lo, j = mid, k = lo;
        while (i < mid && j < hi) {
          // Take from the right only when strictly smaller: keeps equal items in order.
          const from = lt(srcK[j], srcK[i]) ? j++ : i++;
          dstK[k] = srcK[from];
          if (dstV !== null) dstV[k] = srcV![from];
          k++;
        }
        for (; i < mid; i++, k++) { dstK[k] = srcK[i]; if (dstV !== null) dstV[k] = srcV![i]; }
        for (; j < hi; j++, k++) { dstK[k] = srcK[j]; if (dstV !== null) dstV[k] = srcV![j]; }
      }
      [srcK, dstK] = [dstK, srcK];
      [srcV, dstV] = [dstV, srcV];
    }
  } finally {
    if (srcK !== keys) {
      for (let i = 0; i < n; i++) keys[i] = srcK[i];
      if (vals !== null) for (let i = 0; i < n; i++) vals[i] = srcV![i];
    }
  }
}

/** Binary insertion sort of [lo, hi): all comparisons for an item happen before it moves. */
function insertionSort(keys: Ref[], vals: Ref[] | null, lo: number, hi: number, lt: (a: Ref, b: Ref) => boolean): void {
  for (let i = lo + 1; i < hi; i++) {
    const k = keys[i];
    let l = lo, r = i;
    while (l < r) {
      const mid = (l + r) >> 1;
      if (lt(k, keys[mid])) r = mid;
      else l = mid + 1;
    }
    if (l === i) continue;
    const v = vals === null ? 0 : vals[i];
    for (let j = i; j > l; j--) {
      keys[j] = keys[j - 1];
      if (vals !== null) vals[j] = vals[j - 1];
    }
    keys[l] = k;
    if (vals !== null) vals[l] = v;
  }
}

const smallIntLess = (a: Ref, b: Ref): boolean => a < b;
const allSmallInts = (xs: Ref[]): boolean => xs.every((x) => (x & 1) === 1);

/** list.sort(key=None, reverse=False). The list is empty while sorting, as in CPython, so
 *  a key or comparison that mutates it is detected afterwards. */
export function listSort(l: Ref, key: Ref, reverse: boolean): void {
  const items = listItems(l);
  const empty = newArray(0);
  store(l, ListL.ITEMS, empty);
  store(l, ListL.SIZE, 0);
  let failure: unknown = null;
  try {
    // Reversing before and after keeps equal items in their original order.
    if (reverse) items.reverse();
    if (key === NULL || key === NONE) {
      mergeSort(items, null, allSmallInts(items) ? smallIntLess : lessThan);
    } else {
      const keys = items.map((x) => callObject(key, [x]));
      mergeSort(keys, items, allSmallInts(keys) ? smallIntLess : lessThan);
    }
    if (reverse) items.reverse();
  } catch (e) {
    failure = e;
  }
  const modified = load(l, ListL.ITEMS) !== empty || load(l, ListL.SIZE) !== 0;
  listSetItems(l, items);
  if (failure !== null) throw failure;
  if (modified) valueError('list modified during sort');
}

// ---- methods ----

defStaticMethod(T_LIST, {
  name: '__new__',
  varfn: (_self, args) => {
    const cls = args[0];
    return newListOfType(cls, 0, typeBasicSize(cls));
  },
});

defMethod(T_LIST, {
  name: '__init__',
  varfn: (self, args, kw) => {
    // Keywords are refused unless a subclass's own __new__ took them, as in CPython.
    if (kw !== null && lookupType(typeOf(self), N.__new__) === lookupType(T_LIST, N.__new__)) {
      typeError('list() takes no keyword arguments');
    }
    if (args.length > 1) typeError(`list expected at most 1 argument, got ${args.length}`);
    if (listSize(self) > 0) listSetItems(self, []);
    if (args.length === 1) listExtend(self, args[0]);
    return NONE;
  },
});

defMethod(T_LIST, { name: 'append', params: ['object'], fn: (self, v) => { listAppend(self, v); return NONE; } });
defMethod(T_LIST, { name: 'extend', params: ['iterable'], fn: (self, v) => { listExtend(self, v); return NONE; } });

defMethod(T_LIST, {
  name: 'insert',
  varfn: (self, args, kw) => {
    if (kw !== null) typeError('list.insert() takes no keyword arguments');
    if (args.length !== 2) typeError(`insert expected 2 arguments, got ${args.length}`);
    const n = listSize(self);
    let i = indexNumber(args[0]);
    if (i < 0) i = Math.max(0, i + n);
    if (i > n) i = n;
    const arr = listOpenGap(self, i, 1);
    store(arr, ArrayL.ITEMS + i, args[1]);
    return NONE;
  },
});

defMethod(T_LIST, {
  name: 'pop',
  params: ['index'],
  required: 0,
  fn: (self, index) => {
    const n = listSize(self);
    if (n === 0) indexError('pop from empty list');
    let i = index === NULL ? n - 1 : indexNumber(index);
    if (i < 0) i += n;
    if (i < 0 || i >= n) indexError('pop index out of range');
    const v = listItem(self, i);
    if (i === n - 1) {
      listSetItem(self, i, NULL);
      store(self, ListL.SIZE, i);
    } else {
      listCloseGap(self, i, 1);
    }
    return v;
  },
});

defMethod(T_LIST, {
  name: 'remove',
  params: ['value'],
  fn: (self, v) => {
    for (let i = 0; i < listSize(self); i++) {
      if (equalsBool(listItem(self, i), v)) { listCloseGap(self, i, 1); return NONE; }
    }
    return valueError('list.remove(x): x not in list');
  },
});

defMethod(T_LIST, { name: 'clear', fn: (self) => { listSetItems(self, []); return NONE; } });
defMethod(T_LIST, { name: 'copy', fn: (self) => listCopyRange(self, 0, listSize(self)) });

defMethod(T_LIST, {
  name: 'index',
  params: ['value', 'start', 'stop'],
  required: 1,
  fn: (self, v, start, stop) => {
    const [lo, hi] = searchBounds(start, stop, listSize(self));
    for (let i = lo; i < hi && i < listSize(self); i++) if (equalsBool(listItem(self, i), v)) return newInt(i);
    return valueError(`${repr(v)} is not in list`);
  },
});

defMethod(T_LIST, {
  name: 'count',
  params: ['value'],
  fn: (self, v) => {
    let c = 0;
    for (let i = 0; i < listSize(self); i++) if (equalsBool(listItem(self, i), v)) c++;
    return newInt(c);
  },
});

defMethod(T_LIST, {
  name: 'reverse',
  fn: (self) => {
    const arr = load(self, ListL.ITEMS);
    for (let i = 0, j = listSize(self) - 1; i < j; i++, j--) {
      const a = load(arr, ArrayL.ITEMS + i);
      store(arr, ArrayL.ITEMS + i, load(arr, ArrayL.ITEMS + j));
      store(arr, ArrayL.ITEMS + j, a);
    }
    return NONE;
  },
});

defMethod(T_LIST, {
  name: 'sort',
  varfn: (self, args, kw) => {
    if (args.length > 0) typeError('sort() takes no positional arguments');
    let key: Ref = NULL;
    let reverse = false;
    for (let i = 0; kw !== null && i < kw.names.length; i++) {
      const name = kw.names[i];
      if (name === 'key') key = kw.values[i];
      else if (name === 'reverse') reverse = sortReverseFlag(kw.values[i]);
      else typeError(`'${name}' is an invalid keyword argument for sort()`);
    }
    listSort(self, key, reverse);
    return NONE;
  },
});

/** reverse= takes an int-like flag, as CPython's (which rejects floats). */
const sortReverseFlag = (r: Ref): boolean => indexInt(r) != 0;

defClassMethod(T_LIST, { name: '__class_getitem__', params: ['item'], fn: (cls, item) => genericAlias(cls, item) });
