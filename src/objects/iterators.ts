// Iterators: over lists, tuples and ranges, the sequence iterator of iter() on objects with
// only __getitem__, iter(callable, sentinel), and the built-in iterator classes enumerate,
// zip, map, filter and reversed.
//
// Their state lives in the heap (IterL or NativeL words) and changes through load/store, so
// threads may share an iterator. Positions are small-int Refs. An exhausted iterator drops
// its sequence (SEQ = NULL), as CPython's do, so it stays exhausted when the list grows.

import { alloc } from '../../gc/alloc.js';
import { IterL, Kind, NativeL, NULL, Ref, SMALL_MAX, SMALL_MIN, TypeFlags } from '../../gc/layout.js';
import { load, store } from '../../stm/barrier.js';
import { intAdd, intCompare, intMul, intSub, PyIntValue } from '../format/int.js';
import { setCallableIterator } from '../modules/builtins.js';
import {
  equalsBool, getItem, getIter, isTrue, iterNext, length, setSequenceIterator,
} from '../runtime/abstract.js';
import { descrGet } from '../runtime/attributes.js';
import { callObject } from '../runtime/call.js';
import { PyRaise } from '../runtime/errors.js';
import { N } from '../runtime/names.js';
import { defMethod, defStaticMethod, Kwargs } from '../runtime/native.js';
import { defineSlots, newKind, slotsOf } from '../runtime/slots.js';
import { defineBuiltinType } from '../runtime/world.js';
import { Exc, typeError, valueError } from './exception.js';
import { intValue, newInt } from './int.js';
import { listItem, listSize } from './list.js';
import { typeOf } from './object.js';
import { rangeLength, rangeStart, rangeStep, rangeStop } from './range.js';
import { FALSE, NONE, NOT_IMPLEMENTED, T_BOOL, T_DICT, T_LIST, T_RANGE, TRUE } from './statics.js';
import { indexInt, newTupleUninit, setTupleItem, tupleItem, tupleLength } from './tuple.js';
import { isSubtype, lookupType, typeBasicSize, typeKind, typeName } from './typeobject.js';

const small = (n: number): Ref => (n << 1) | 1;
const SEQ = IterL.SEQ;
const INDEX = IterL.INDEX;
const EXTRA = IterL.EXTRA;
const EXTRA2 = IterL.EXTRA2;

/** Declares an iterator type: its own Kind and the slots `next` and `iter` (returning self);
 *  __next__ and __iter__ come from the slots (runtime/dunders.ts). */
function iteratorType(name: string, next: (it: Ref) => Ref, subclassable = false): { type: Ref; kind: number } {
  const kind = newKind();
  const type = defineBuiltinType(name, kind, undefined, subclassable ? TypeFlags.BASETYPE : 0);
  defineSlots(kind, { iter: (it) => it, next });
  return { type, kind };
}

/** A new IterL iterator of `type` over `seq` from position `index`. */
function newIter(type: Ref, seq: Ref, index: number): Ref {
  const it = alloc(type, IterL.SIZE);
  store(it, SEQ, seq);
  store(it, INDEX, small(index));
  return it;
}

/** __length_hint__ from a function computing the remaining count. */
function lengthHint(type: Ref, remaining: (it: Ref) => number): void {
  defMethod(type, { name: '__length_hint__', fn: (it) => newInt(Math.max(0, remaining(it))) });
}

// ---- list_iterator, list_reverseiterator ----

const LIST_ITER = iteratorType('list_iterator', (it) => {
  const l = load(it, SEQ);
  if (l === NULL) return NULL;
  const i = load(it, INDEX) >> 1;
  if (i < listSize(l)) {
    store(it, INDEX, small(i + 1));
    return listItem(l, i);
  }
  store(it, SEQ, NULL);
  return NULL;
});
lengthHint(LIST_ITER.type, (it) => (load(it, SEQ) === NULL ? 0 : listSize(load(it, SEQ)) - (load(it, INDEX) >> 1)));

const LIST_REVITER = iteratorType('list_reverseiterator', (it) => {
  const l = load(it, SEQ);
  if (l === NULL) return NULL;
  const i = load(it, INDEX) >> 1;
  if (i >= 0 && i < listSize(l)) {
    store(it, INDEX, small(i - 1));
    return listItem(l, i);
  }
  store(it, SEQ, NULL);
  return NULL;
});
lengthHint(LIST_REVITER.type, (it) => {
  const l = load(it, SEQ);
  return l === NULL ? 0 : Math.min(listSize(l), (load(it, INDEX) >> 1) + 1);
});

export const newListIterator = (l: Ref): Ref => newIter(LIST_ITER.type, l, 0);
export const newListReverseIterator = (l: Ref): Ref => newIter(LIST_REVITER.type, l, listSize(l) - 1);

defineSlots(Kind.LIST, { iter: newListIterator });
defMethod(T_LIST, { name: '__reversed__', fn: newListReverseIterator });

// ---- tuple_iterator ----

const TUPLE_ITER = iteratorType('tuple_iterator', (it) => {
  const t = load(it, SEQ);
  if (t === NULL) return NULL;
  const i = load(it, INDEX) >> 1;
  if (i < tupleLength(t)) {
    store(it, INDEX, small(i + 1));
    return tupleItem(t, i);
  }
  store(it, SEQ, NULL);
  return NULL;
});
lengthHint(TUPLE_ITER.type, (it) => (load(it, SEQ) === NULL ? 0 : tupleLength(load(it, SEQ)) - (load(it, INDEX) >> 1)));

export const newTupleIterator = (t: Ref): Ref => newIter(TUPLE_ITER.type, t, 0);
defineSlots(Kind.TUPLE, { iter: newTupleIterator });

// ---- range_iterator ----
// The common case keeps start, step and length as small-int Refs (SEQ, EXTRA, EXTRA2) and
// produces values that are small ints too: every value lies between start and stop. Ranges
// beyond the small ints use the general iterator on number | bigint values.

const RANGE_ITER = iteratorType('range_iterator', (it) => {
  const i = load(it, INDEX) >> 1;
  if (i >= load(it, EXTRA2) >> 1) return NULL;
  store(it, INDEX, small(i + 1));
  return small((load(it, SEQ) >> 1) + i * (load(it, EXTRA) >> 1));
});
lengthHint(RANGE_ITER.type, (it) => (load(it, EXTRA2) >> 1) - (load(it, INDEX) >> 1));

const LONGRANGE_ITER = iteratorType('longrange_iterator', (it) => {
  const i = intValue(load(it, NativeL.D));
  if (intCompare(i, intValue(load(it, NativeL.C))) >= 0) return NULL;
  store(it, NativeL.D, newInt(intAdd(i, 1)));
  return newInt(intAdd(intValue(load(it, NativeL.A)), intMul(i, intValue(load(it, NativeL.B)))));
});
defMethod(LONGRANGE_ITER.type, {
  name: '__length_hint__',
  fn: (it) => newInt(intSub(intValue(load(it, NativeL.C)), intValue(load(it, NativeL.D)))),
});

const fitsSmall = (v: PyIntValue): boolean => typeof v === 'number' && v >= SMALL_MIN && v <= SMALL_MAX;

/** An iterator over start, start + step, ... (len values). */
function newRangeIterator(start: PyIntValue, step: PyIntValue, len: PyIntValue): Ref {
  const last = len > 0 ? intAdd(start, intMul(intSub(len, 1), step)) : start;
  if (fitsSmall(start) && fitsSmall(step) && fitsSmall(len) && fitsSmall(last)) {
    const it = alloc(RANGE_ITER.type, IterL.SIZE);
    store(it, SEQ, small(start as number));
    store(it, INDEX, small(0));
    store(it, EXTRA, small(step as number));
    store(it, EXTRA2, small(len as number));
    return it;
  }
  const s = newInt(start);
  const st = newInt(step);
  const n = newInt(len);
  const it = alloc(LONGRANGE_ITER.type, NativeL.SIZE);
  store(it, NativeL.A, s);
  store(it, NativeL.B, st);
  store(it, NativeL.C, n);
  store(it, NativeL.D, small(0));
  return it;
}

defineSlots(Kind.RANGE, {
  iter: (r) => newRangeIterator(intValue(rangeStart(r)), intValue(rangeStep(r)), rangeLength(r)),
});
defMethod(T_RANGE, {
  name: '__reversed__',
  fn: (r) => {
    const len = rangeLength(r);
    const step = intValue(rangeStep(r));
    const last = intAdd(intValue(rangeStart(r)), intMul(intSub(len, 1), step));
    return newRangeIterator(len > 0 ? last : intValue(rangeStop(r)), intSub(0, step), len);
  },
});

// ---- the sequence iterator: iter() of an object with __getitem__ only ----

const raised = (e: unknown, type: Ref): boolean => e instanceof PyRaise && isSubtype(typeOf(e.exc), type);

/** True for the IndexError or StopIteration that ends a sequence protocol iteration. */
const endsIteration = (e: unknown): boolean => raised(e, Exc.IndexError) || raised(e, Exc.StopIteration);

/** f(*args), or NULL when it raises StopIteration: the calling iterator's next then reports
 *  the end, as CPython's built-in iterators do when a callback raises StopIteration. */
function callOrStop(f: Ref, args: Ref[]): Ref {
  try {
    return callObject(f, args);
  } catch (e) {
    if (raised(e, Exc.StopIteration)) return NULL;
    throw e;
  }
}

const SEQ_ITER = iteratorType('iterator', (it) => {
  const seq = load(it, SEQ);
  if (seq === NULL) return NULL;
  const i = load(it, INDEX) >> 1;
  let v: Ref;
  try {
    v = getItem(seq, small(i));
  } catch (e) {
    if (!endsIteration(e)) throw e;
    store(it, SEQ, NULL);
    return NULL;
  }
  store(it, INDEX, small(i + 1));
  return v;
});
export const newSequenceIterator = (seq: Ref): Ref => newIter(SEQ_ITER.type, seq, 0);
defMethod(SEQ_ITER.type, {
  name: '__length_hint__',
  fn: (it) => {
    const seq = load(it, SEQ);
    if (seq === NULL) return newInt(0);
    let n: number;
    try {
      n = length(seq);
    } catch (e) {
      if (raised(e, Exc.TypeError)) return NOT_IMPLEMENTED;
      throw e;
    }
    return newInt(Math.max(0, n - (load(it, INDEX) >> 1)));
  },
});
setSequenceIterator(newSequenceIterator);

// ---- callable_iterator: iter(callable, sentinel) ----

const CALLABLE_ITER = iteratorType('callable_iterator', (it) => {
  const f = load(it, SEQ);
  if (f === NULL) return NULL;
  const v = callOrStop(f, []);
  if (v === NULL || equalsBool(v, load(it, EXTRA))) {
    store(it, SEQ, NULL);
    return NULL;
  }
  return v;
});

/** iter(callable, sentinel). */
function newCallableIterator(callable: Ref, sentinel: Ref): Ref {
  if (!isCallable(callable)) typeError('iter(v, w): v must be callable');
  const it = alloc(CALLABLE_ITER.type, IterL.SIZE);
  store(it, SEQ, callable);
  store(it, EXTRA, sentinel);
  return it;
}

setCallableIterator(newCallableIterator);

function isCallable(r: Ref): boolean {
  if ((r & 1) === 1) return false;
  const t = typeOf(r);
  const k = typeKind(t);
  return k === Kind.FUNCTION || k === Kind.BUILTIN || k === Kind.METHOD || k === Kind.TYPE || k === Kind.DESCRIPTOR
    || lookupType(t, N.__call__) !== NULL || slotsOf(k).call !== undefined;
}

// ---- the iterator classes: enumerate, zip, map, filter, reversed ----
// Their state is two words, FIRST and SECOND. Word NativeL.A stays unused: a Python subclass
// puts its __dict__ right after the base type's basic size, which boot gives as 2 (the
// header) for kinds it does not know, i.e. in word 2. Allocations take the subclass's basic
// size into account, so this holds whatever basic size boot records.

const FIRST = NativeL.B;
const SECOND = NativeL.C;

/** An instance of an iterator class or of a Python subclass of it. */
function newNative(cls: Ref): Ref {
  return alloc(cls, Math.max(NativeL.SIZE, typeBasicSize(cls)));
}

/** Positional and keyword arguments of a constructor, by parameter name, NULL when absent;
 *  errors are worded as CPython's for enumerate (the one that takes keywords). */
function bindArgs(fname: string, args: Ref[], kw: Kwargs | null, params: string[], required: number): Ref[] {
  const n = args.length - 1;
  const total = n + (kw === null ? 0 : kw.names.length);
  if (total > params.length) typeError(`${fname}() takes at most ${params.length} arguments (${total} given)`);
  const out = params.map((_, i) => (i < n ? args[i + 1] : NULL));
  for (let i = 0; kw !== null && i < kw.names.length; i++) {
    const at = params.indexOf(kw.names[i]);
    if (at < 0) typeError(`'${kw.names[i]}' is an invalid keyword argument for ${fname}()`);
    if (out[at] !== NULL) typeError(`argument for ${fname}() given by name ('${kw.names[i]}') and position (${at + 1})`);
    out[at] = kw.values[i];
  }
  for (let i = 0; i < required; i++) if (out[i] === NULL) typeError(`${fname}() missing required argument '${params[i]}'`);
  return out;
}

function noKeywords(fname: string, kw: Kwargs | null): void {
  if (kw !== null) typeError(`${fname}() takes no keyword arguments`);
}

const ENUMERATE = iteratorType('enumerate', (e) => {
  const v = iterNext(load(e, FIRST));
  if (v === NULL) return NULL;
  const count = load(e, SECOND);
  const next = (count & 1) === 1 && count !== small(SMALL_MAX) ? count + 2 : newInt(intAdd(intValue(count), 1));
  store(e, SECOND, next);
  const pair = newTupleUninit(2);
  setTupleItem(pair, 0, count);
  setTupleItem(pair, 1, v);
  return pair;
}, true);

defStaticMethod(ENUMERATE.type, {
  name: '__new__',
  varfn: (_self, args, kw) => {
    const [iterable, start] = bindArgs('enumerate', args, kw, ['iterable', 'start'], 1);
    const count = start === NULL ? small(0) : indexArg(start);
    const it = getIter(iterable);
    const e = newNative(args[0]);
    store(e, FIRST, it);
    store(e, SECOND, count);
    return e;
  },
});

/** An int argument (an int, or __index__ of another object) as an exact int Ref. */
const indexArg = (r: Ref): Ref => ((r & 1) === 1 ? r : newInt(indexInt(r)));

const ZIP = iteratorType('zip', (z) => {
  const its = load(z, FIRST);
  const n = tupleLength(its);
  if (n === 0) return NULL;
  const out = newTupleUninit(n);
  for (let i = 0; i < n; i++) {
    const v = iterNext(tupleItem(its, i));
    if (v === NULL) {
      if (load(z, SECOND) === TRUE) zipStrictFailure(its, i);
      return NULL;
    }
    setTupleItem(out, i, v);
  }
  return out;
}, true);

/** zip(strict=True) found iterator i exhausted: fine only if all of them end together. */
function zipStrictFailure(its: Ref, i: number): void {
  const plural = (k: number) => (k === 1 ? ' 1' : `s 1-${k}`);
  if (i > 0) valueError(`zip() argument ${i + 1} is shorter than argument${plural(i)}`);
  const n = tupleLength(its);
  for (let j = 1; j < n; j++) {
    if (iterNext(tupleItem(its, j)) !== NULL) valueError(`zip() argument ${j + 1} is longer than argument${plural(j)}`);
  }
}

defStaticMethod(ZIP.type, {
  name: '__new__',
  varfn: (_self, args, kw) => {
    let strict = FALSE;
    if (kw !== null) {
      if (kw.names.length > 1) typeError(`zip() takes at most 1 keyword argument (${kw.names.length} given)`);
      if (kw.names[0] !== 'strict') typeError(`'${kw.names[0]}' is an invalid keyword argument for zip()`);
      strict = isTrue(kw.values[0]) ? TRUE : FALSE;
    }
    const its = newTupleUninit(args.length - 1);
    for (let i = 1; i < args.length; i++) setTupleItem(its, i - 1, getIter(args[i]));
    const z = newNative(args[0]);
    store(z, FIRST, its);
    store(z, SECOND, strict);
    return z;
  },
});

const MAP = iteratorType('map', (m) => {
  const its = load(m, SECOND);
  const n = tupleLength(its);
  const items = new Array<Ref>(n);
  for (let i = 0; i < n; i++) {
    const v = iterNext(tupleItem(its, i));
    if (v === NULL) return NULL;
    items[i] = v;
  }
  return callOrStop(load(m, FIRST), items);
}, true);

defStaticMethod(MAP.type, {
  name: '__new__',
  varfn: (_self, args, kw) => {
    if (kw !== null && args[0] === MAP.type) noKeywords('map', kw);
    if (args.length < 3) typeError('map() must have at least two arguments.');
    const its = newTupleUninit(args.length - 2);
    for (let i = 2; i < args.length; i++) setTupleItem(its, i - 2, getIter(args[i]));
    const m = newNative(args[0]);
    store(m, FIRST, args[1]);
    store(m, SECOND, its);
    return m;
  },
});

const FILTER = iteratorType('filter', (f) => {
  const func = load(f, FIRST);
  const it = load(f, SECOND);
  for (;;) {
    const v = iterNext(it);
    if (v === NULL) return NULL;
    if (func === NONE || func === T_BOOL) {
      if (isTrue(v)) return v;
      continue;
    }
    const keep = callOrStop(func, [v]);
    if (keep === NULL) return NULL;
    if (isTrue(keep)) return v;
  }
}, true);

defStaticMethod(FILTER.type, {
  name: '__new__',
  varfn: (_self, args, kw) => {
    if (kw !== null && args[0] === FILTER.type) noKeywords('filter', kw);
    if (args.length !== 3) typeError(`filter expected 2 arguments, got ${args.length - 1}`);
    const it = getIter(args[2]);
    const f = newNative(args[0]);
    store(f, FIRST, args[1]);
    store(f, SECOND, it);
    return f;
  },
});

// reversed(seq) over a sequence: FIRST = the sequence, SECOND = the next index (small int).
const REVERSED = iteratorType('reversed', (r) => {
  const seq = load(r, FIRST);
  const i = load(r, SECOND) >> 1;
  if (seq === NULL || i < 0) return NULL;
  let v: Ref;
  try {
    v = getItem(seq, small(i));
  } catch (e) {
    if (!endsIteration(e)) throw e;
    store(r, FIRST, NULL);
    return NULL;
  }
  store(r, SECOND, small(i - 1));
  if (i === 0) store(r, FIRST, NULL);
  return v;
}, true);
lengthHint(REVERSED.type, (r) => (load(r, FIRST) === NULL ? 0 : (load(r, SECOND) >> 1) + 1));

/** reversed(seq): seq.__reversed__() when the type has one, else the sequence protocol. */
export function reversedOf(cls: Ref, seq: Ref): Ref {
  const t = typeOf(seq);
  const rev = lookupType(t, N.__reversed__);
  if (rev === NONE) typeError(`'${typeName(t)}' object is not reversible`);
  if (rev !== NULL) return callObject(descrGet(rev, seq, t), []);
  const k = typeKind(t);
  const isSequence = (seq & 1) === 0 && !isSubtype(t, T_DICT)
    && (lookupType(t, N.__getitem__) !== NULL || slotsOf(k).getitem !== undefined);
  if (!isSequence) typeError(`'${typeName(t)}' object is not reversible`);
  const n = length(seq);
  const r = newNative(cls);
  store(r, FIRST, n > 0 ? seq : NULL);
  store(r, SECOND, small(n - 1));
  return r;
}

defStaticMethod(REVERSED.type, {
  name: '__new__',
  varfn: (_self, args, kw) => {
    if (kw !== null && args[0] === REVERSED.type) noKeywords('reversed', kw);
    if (args.length !== 2) typeError(`reversed expected 1 argument, got ${args.length - 1}`);
    return reversedOf(args[0], args[1]);
  },
});

// ---- what builtins exposes ----

export const T_ENUMERATE = ENUMERATE.type;
export const T_ZIP = ZIP.type;
export const T_MAP = MAP.type;
export const T_FILTER = FILTER.type;
export const T_REVERSED = REVERSED.type;

/** The iterator classes and range, for the builtins module. */
export const BUILTIN_ITERATOR_TYPES: Record<string, Ref> = {
  enumerate: T_ENUMERATE, zip: T_ZIP, map: T_MAP, filter: T_FILTER, reversed: T_REVERSED, range: T_RANGE,
};
