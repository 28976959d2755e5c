// Module _collections: deque, the double-ended queue that collections re-exports, and
// _tuplegetter, the read-only field attribute of named tuples.
//
// A deque is a circular buffer in an internal word array: item i lives at
// (head + i) % capacity. Its words (buffer, head, length, maxlen, state) are mutable and go
// through the barrier, so threads may share a deque (queues are hot in threaded programs).
// All counts are stored as small-int Refs. `state` changes on every structural change, so
// an iterator can tell that its deque was mutated under it, as CPython's does.

import { alloc } from '../../gc/alloc.js';
import { ArrayL, NULL, Ref, TypeFlags } from '../../gc/layout.js';
import { load, store } from '../../stm/barrier.js';
import { BinaryOp, INPLACE } from '../compiler/opcodes.js';
import { arrayLength, newArray } from '../objects/array.js';
import { attributeError, Exc, indexError, raise, typeError, valueError } from '../objects/exception.js';
import { genericAlias } from '../objects/genericalias.js';
import { guardedRepr } from '../objects/list.js';
import { typeOf } from '../objects/object.js';
import { defGet } from '../objects/object_methods.js';
import { hasIndex } from '../objects/slice.js';
import { NONE, NOT_IMPLEMENTED, T_TUPLE } from '../objects/statics.js';
import { compareSequences, indexNumber, repeatCount, searchBounds, tupleItem, tupleLength } from '../objects/tuple.js';
import { isSubtype, typeBasicSize, typeName } from '../objects/typeobject.js';
import { equalsBool, getIter, iterNext, repr, typeNameOf } from '../runtime/abstract.js';
import { callObject } from '../runtime/call.js';
import { defClassMethod, defGetSet, defMethod, defStaticMethod, Kwargs } from '../runtime/native.js';
import { defineSlots, newKind } from '../runtime/slots.js';
import { defineBuiltinType, defTypeAttribute } from '../runtime/world.js';
import { defineModuleFiller } from '../runtime/boot.js';
import { intern } from '../runtime/intern.js';
import { moduleDict } from '../objects/module.js';
import { dictSet } from '../objects/dict.js';

const DequeL = Object.freeze({ BUF: 2, HEAD: 3, LEN: 4, MAXLEN: 5, STATE: 6, SIZE: 7 });
/** A deque iterator: its deque, the next position, the deque's state when it began,
 *  and the direction (small 1 forwards, -1 backwards). */
const DequeIterL = Object.freeze({ DEQUE: 2, POS: 3, STATE: 4, STEP: 5, SIZE: 6 });

const small = (n: number): Ref => (n << 1) | 1;
const num = (r: Ref): number => r >> 1;
const UNBOUNDED = -1;

const DEQUE_KIND = newKind();
export const T_DEQUE = defineBuiltinType('deque', DEQUE_KIND, undefined, TypeFlags.BASETYPE, 'collections', DequeL.SIZE);
const ITER_KIND = newKind();
const T_DEQUE_ITER = defineBuiltinType('_deque_iterator', ITER_KIND, undefined, 0, '_collections', DequeIterL.SIZE);
const REVITER_KIND = newKind();
const T_DEQUE_REVITER = defineBuiltinType('_deque_reverse_iterator', REVITER_KIND, undefined, 0, '_collections', DequeIterL.SIZE);

// ---- the circular buffer ----

const dequeLen = (d: Ref): number => num(load(d, DequeL.LEN));
const maxlenOf = (d: Ref): number => num(load(d, DequeL.MAXLEN));

function slotOf(d: Ref, i: number): number {
  const buf = load(d, DequeL.BUF);
  return ArrayL.ITEMS + ((num(load(d, DequeL.HEAD)) + i) % arrayLength(buf));
}

/** Item i, 0 <= i < length. */
function itemAt(d: Ref, i: number): Ref {
  return load(load(d, DequeL.BUF), slotOf(d, i));
}

function setItemAt(d: Ref, i: number, v: Ref): void {
  store(load(d, DequeL.BUF), slotOf(d, i), v);
}

function touch(d: Ref): void {
  store(d, DequeL.STATE, small((num(load(d, DequeL.STATE)) + 1) & 0x3fffffff));
}

/** Makes room for one more item, moving the items to the start of a buffer twice as big. */
function reserveOne(d: Ref): void {
  const buf = load(d, DequeL.BUF);
  const cap = arrayLength(buf);
  const n = dequeLen(d);
  if (n < cap) return;
  const grown = newArray(cap * 2);
  for (let i = 0; i < n; i++) store(grown, ArrayL.ITEMS + i, itemAt(d, i));
  store(d, DequeL.BUF, grown);
  store(d, DequeL.HEAD, small(0));
}

function pushRight(d: Ref, v: Ref): void {
  const max = maxlenOf(d);
  if (max === 0) return;
  if (max !== UNBOUNDED && dequeLen(d) >= max) popLeft(d);
  reserveOne(d);
  const n = dequeLen(d);
  store(d, DequeL.LEN, small(n + 1));
  setItemAt(d, n, v);
  touch(d);
}

function pushLeft(d: Ref, v: Ref): void {
  const max = maxlenOf(d);
  if (max === 0) return;
  if (max !== UNBOUNDED && dequeLen(d) >= max) popRight(d);
  reserveOne(d);
  const cap = arrayLength(load(d, DequeL.BUF));
  store(d, DequeL.HEAD, small((num(load(d, DequeL.HEAD)) + cap - 1) % cap));
  store(d, DequeL.LEN, small(dequeLen(d) + 1));
  setItemAt(d, 0, v);
  touch(d);
}

function popRight(d: Ref): Ref {
  const n = dequeLen(d);
  if (n === 0) indexError('pop from an empty deque');
  const v = itemAt(d, n - 1);
  setItemAt(d, n - 1, NULL);
  store(d, DequeL.LEN, small(n - 1));
  touch(d);
  return v;
}

function popLeft(d: Ref): Ref {
  const n = dequeLen(d);
  if (n === 0) indexError('pop from an empty deque');
  const v = itemAt(d, 0);
  setItemAt(d, 0, NULL);
  const cap = arrayLength(load(d, DequeL.BUF));
  store(d, DequeL.HEAD, small((num(load(d, DequeL.HEAD)) + 1) % cap));
  store(d, DequeL.LEN, small(n - 1));
  touch(d);
  return v;
}

function clear(d: Ref): void {
  store(d, DequeL.BUF, newArray(8));
  store(d, DequeL.HEAD, small(0));
  store(d, DequeL.LEN, small(0));
  touch(d);
}

function snapshot(d: Ref): Ref[] {
  const n = dequeLen(d);
  const out = new Array<Ref>(n);
  for (let i = 0; i < n; i++) out[i] = itemAt(d, i);
  return out;
}

/** Adds every item of `iterable` at one end; a deque extended by itself uses a snapshot. */
function extend(d: Ref, iterable: Ref, push: (d: Ref, v: Ref) => void): void {
  if (iterable === d) {
    for (const v of snapshot(d)) push(d, v);
    return;
  }
  const it = getIter(iterable);
  for (let v = iterNext(it); v !== NULL; v = iterNext(it)) push(d, v);
}

/** Rotates right by n (left when negative), moving the fewer items one at a time. */
function rotate(d: Ref, n: number): void {
  const len = dequeLen(d);
  if (len <= 1) return;
  let k = ((n % len) + len) % len;
  if (k === 0) return;
  if (k > len / 2) {
    for (k = len - k; k > 0; k--) pushRight(d, popLeft(d));
  } else {
    for (; k > 0; k--) pushLeft(d, popRight(d));
  }
}

function newDeque(cls: Ref, maxlen: number): Ref {
  const d = alloc(cls, Math.max(typeBasicSize(cls), DequeL.SIZE));
  store(d, DequeL.BUF, newArray(8));
  store(d, DequeL.HEAD, small(0));
  store(d, DequeL.LEN, small(0));
  store(d, DequeL.MAXLEN, small(maxlen));
  store(d, DequeL.STATE, small(0));
  return d;
}

const isDeque = (r: Ref): boolean => (r & 1) === 0 && r !== NULL && isSubtype(typeOf(r), T_DEQUE);

/** A copy of the same class and maxlen, through the constructor for subclasses. */
function copyDeque(d: Ref): Ref {
  const max = maxlenOf(d);
  if (typeOf(d) !== T_DEQUE) {
    return callObject(typeOf(d), max === UNBOUNDED ? [d] : [d, small(max)]);
  }
  const c = newDeque(T_DEQUE, max);
  for (const v of snapshot(d)) pushRight(c, v);
  return c;
}

/** Position of an item index (negative from the end); IndexError outside. */
function checkedIndex(d: Ref, key: Ref): number {
  if ((key & 1) === 0 && !hasIndex(key)) typeError(`sequence index must be integer, not '${typeNameOf(key)}'`);
  let i = (key & 1) === 1 ? key >> 1 : indexNumber(key);
  const n = dequeLen(d);
  if (i < 0) i += n;
  if (i < 0 || i >= n) indexError('deque index out of range');
  return i;
}

/** Index of the first item equal to v in [start, stop); -1 if none. RuntimeError if the
 *  deque changes while the items are compared (comparisons may run Python code). */
function find(d: Ref, v: Ref, start: number, stop: number): number {
  const state = load(d, DequeL.STATE);
  for (let i = start; i < stop && i < dequeLen(d); i++) {
    const hit = equalsBool(itemAt(d, i), v);
    if (load(d, DequeL.STATE) !== state) raise(Exc.RuntimeError, 'deque mutated during iteration');
    if (hit) return i;
  }
  return -1;
}

/** Deletes item i by rotating it to an end. */
function deleteAt(d: Ref, i: number): void {
  rotate(d, -i);
  popLeft(d);
  rotate(d, i);
}

function parseMaxlen(r: Ref): number {
  if (r === NULL || r === NONE) return UNBOUNDED;
  if ((r & 1) === 0 && !hasIndex(r)) typeError('an integer is required');
  const m = indexNumber(r);
  if (m < 0) valueError('maxlen must be non-negative');
  return m;
}

function dequeRepr(d: Ref): string {
  const name = typeName(typeOf(d));
  return guardedRepr(d, '[...]', () => {
    const items = snapshot(d).map(repr).join(', ');
    const max = maxlenOf(d);
    return max === UNBOUNDED ? `${name}([${items}])` : `${name}([${items}], maxlen=${max})`;
  });
}

// ---- slots ----

defineSlots(DEQUE_KIND, {
  repr: dequeRepr,
  len: dequeLen,
  bool: (d) => dequeLen(d) > 0,
  getitem: (d, key) => itemAt(d, checkedIndex(d, key)),
  setitem: (d, key, v) => {
    const i = checkedIndex(d, key);
    if (v === NULL) deleteAt(d, i);
    else setItemAt(d, i, v);
  },
  contains: (d, v) => find(d, v, 0, dequeLen(d)) >= 0,
  iter: (d) => newIterator(T_DEQUE_ITER, d, 0, 1),
  compare: (a, b, op) => {
    if (!isDeque(b)) return NOT_IMPLEMENTED;
    return compareSequences(a, b, op, dequeLen, itemAt);
  },
  binary: (a, b, op, reflected) => {
    const base = op & ~INPLACE;
    const inplace = (op & INPLACE) !== 0 && !reflected;
    if (base === BinaryOp.ADD && !reflected) {
      // d += iterable extends with any iterable; d + other needs a deque.
      if (!inplace && !isDeque(b)) typeError(`can only concatenate deque (not "${typeNameOf(b)}") to deque`);
      const target = inplace ? a : copyDeque(a);
      extend(target, b, pushRight);
      return target;
    }
    if (base === BinaryOp.MUL && ((b & 1) === 1 || hasIndex(b))) {
      const target = inplace ? a : copyDeque(a);
      const times = repeatCount(b);
      const items = snapshot(target);
      if (times === 0) clear(target);
      for (let t = 1; t < times; t++) for (const v of items) pushRight(target, v);
      return target;
    }
    return NOT_IMPLEMENTED;
  },
});
defTypeAttribute(T_DEQUE, '__hash__', () => NONE);

// ---- construction ----

defStaticMethod(T_DEQUE, {
  name: '__new__',
  varfn: (_self, args) => newDeque(args[0], UNBOUNDED),
});

defMethod(T_DEQUE, {
  name: '__init__',
  varfn: (d, args, kw) => {
    const [iterable, maxlen] = initArgs(args, kw);
    store(d, DequeL.MAXLEN, small(parseMaxlen(maxlen)));
    if (dequeLen(d) > 0) clear(d);
    if (iterable !== NULL) extend(d, iterable, pushRight);
    return NONE;
  },
});

/** deque(iterable=(), maxlen=None): both may be given by name. */
function initArgs(args: Ref[], kw: Kwargs | null): [Ref, Ref] {
  if (args.length > 2) typeError(`deque expected at most 2 arguments, got ${args.length}`);
  const got = [args[0] ?? NULL, args[1] ?? NULL];
  if (kw !== null) {
    kw.names.forEach((name, i) => {
      const at = name === 'iterable' ? 0 : name === 'maxlen' ? 1 : -1;
      if (at < 0) typeError(`'${name}' is an invalid keyword argument for deque()`);
      if (at < args.length) typeError(`argument for deque() given by name ('${name}') and position (${at + 1})`);
      got[at] = kw.values[i];
    });
  }
  return [got[0], got[1]];
}

// ---- methods ----

defMethod(T_DEQUE, { name: 'append', params: ['x'], fn: (d, v) => { pushRight(d, v); return NONE; } });
defMethod(T_DEQUE, { name: 'appendleft', params: ['x'], fn: (d, v) => { pushLeft(d, v); return NONE; } });
defMethod(T_DEQUE, { name: 'pop', fn: popRight });
defMethod(T_DEQUE, { name: 'popleft', fn: popLeft });
defMethod(T_DEQUE, { name: 'extend', params: ['iterable'], fn: (d, it) => { extend(d, it, pushRight); return NONE; } });
defMethod(T_DEQUE, { name: 'extendleft', params: ['iterable'], fn: (d, it) => { extend(d, it, pushLeft); return NONE; } });
defMethod(T_DEQUE, { name: 'clear', fn: (d) => { clear(d); return NONE; } });
defMethod(T_DEQUE, { name: 'copy', fn: copyDeque });
defMethod(T_DEQUE, { name: '__copy__', fn: copyDeque });
defMethod(T_DEQUE, {
  name: 'rotate', params: ['n'], required: 0,
  fn: (d, n) => { rotate(d, n === NULL ? 1 : indexNumber(n)); return NONE; },
});
defMethod(T_DEQUE, {
  name: 'reverse',
  fn: (d) => {
    const items = snapshot(d);
    for (let i = 0; i < items.length; i++) setItemAt(d, i, items[items.length - 1 - i]);
    touch(d);
    return NONE;
  },
});
defMethod(T_DEQUE, {
  name: 'count',
  varfn: (d, args) => {
    if (args.length !== 1) typeError(`deque.count() takes exactly one argument (${args.length} given)`);
    const state = load(d, DequeL.STATE);
    let count = 0;
    for (let i = 0; i < dequeLen(d); i++) {
      if (equalsBool(itemAt(d, i), args[0])) count++;
      if (load(d, DequeL.STATE) !== state) raise(Exc.RuntimeError, 'deque mutated during iteration');
    }
    return small(count);
  },
});
defMethod(T_DEQUE, {
  name: 'index', params: ['x', 'start', 'stop'], required: 1,
  fn: (d, v, start, stop) => {
    const [lo, hi] = searchBounds(start, stop, dequeLen(d));
    const i = find(d, v, lo, hi);
    if (i < 0) valueError(`${repr(v)} is not in deque`);
    return small(i);
  },
});
defMethod(T_DEQUE, {
  name: 'remove', params: ['value'],
  fn: (d, v) => {
    const i = find(d, v, 0, dequeLen(d));
    if (i < 0) valueError(`${repr(v)} is not in deque`);
    deleteAt(d, i);
    return NONE;
  },
});
defMethod(T_DEQUE, {
  name: 'insert', params: ['index', 'object'],
  fn: (d, index, v) => {
    const n = dequeLen(d);
    if (maxlenOf(d) !== UNBOUNDED && n >= maxlenOf(d)) indexError('deque already at its maximum size');
    let i = indexNumber(index);
    if (i < 0) i = Math.max(0, i + n);
    if (i >= n) { pushRight(d, v); return NONE; }
    rotate(d, -i);
    pushLeft(d, v);
    rotate(d, i);
    return NONE;
  },
});
defMethod(T_DEQUE, { name: '__reversed__', fn: (d) => newIterator(T_DEQUE_REVITER, d, dequeLen(d) - 1, -1) });
defGetSet(T_DEQUE, 'maxlen', (d) => (maxlenOf(d) === UNBOUNDED ? NONE : small(maxlenOf(d))));
defClassMethod(T_DEQUE, { name: '__class_getitem__', params: ['item'], fn: (cls, item) => genericAlias(cls, item) });

// ---- iterators ----

function newIterator(type: Ref, d: Ref, pos: number, step: number): Ref {
  const it = alloc(type, DequeIterL.SIZE);
  store(it, DequeIterL.DEQUE, d);
  store(it, DequeIterL.POS, small(pos));
  store(it, DequeIterL.STATE, load(d, DequeL.STATE));
  store(it, DequeIterL.STEP, small(step));
  return it;
}

function iterNextItem(it: Ref): Ref {
  const d = load(it, DequeIterL.DEQUE);
  if (d === NULL) return NULL;
  if (load(d, DequeL.STATE) !== load(it, DequeIterL.STATE)) {
    store(it, DequeIterL.DEQUE, NULL);
    raise(Exc.RuntimeError, 'deque mutated during iteration');
  }
  const pos = num(load(it, DequeIterL.POS));
  if (pos < 0 || pos >= dequeLen(d)) {
    store(it, DequeIterL.DEQUE, NULL);
    return NULL;
  }
  store(it, DequeIterL.POS, small(pos + num(load(it, DequeIterL.STEP))));
  return itemAt(d, pos);
}

function remaining(it: Ref): number {
  const d = load(it, DequeIterL.DEQUE);
  if (d === NULL) return 0;
  const pos = num(load(it, DequeIterL.POS));
  return num(load(it, DequeIterL.STEP)) > 0 ? Math.max(0, dequeLen(d) - pos) : Math.max(0, pos + 1);
}

for (const [type, kind] of [[T_DEQUE_ITER, ITER_KIND], [T_DEQUE_REVITER, REVITER_KIND]]) {
  defineSlots(kind, { iter: (it) => it, next: iterNextItem });
  defMethod(type, { name: '__length_hint__', fn: (it) => small(remaining(it)) });
}

// ---- _tuplegetter ----
// A data descriptor reading item INDEX of a tuple (named tuples' fields), so that p.x costs
// no Python call. Its words are written once, before it is published.

const TupleGetterL = Object.freeze({ INDEX: 2, DOC: 3, SIZE: 4 });
const GETTER_KIND = newKind();
const T_TUPLEGETTER = defineBuiltinType('_tuplegetter', GETTER_KIND, undefined, 0, '_collections', TupleGetterL.SIZE);

function tupleGetterGet(self: Ref, obj: Ref): Ref {
  if (obj === NULL) return self;
  const i = num(load(self, TupleGetterL.INDEX));
  if ((obj & 1) === 1 || !isSubtype(typeOf(obj), T_TUPLE)) {
    typeError(`descriptor for index '${i}' for tuple subclasses doesn't apply to '${typeNameOf(obj)}' object`);
  }
  if (i >= tupleLength(obj)) indexError('tuple index out of range');
  return tupleItem(obj, i);
}

function tupleGetterSet(_self: Ref, _obj: Ref, value: Ref): void {
  attributeError(value === NULL ? "can't delete attribute" : "can't set attribute");
}

defineSlots(GETTER_KIND, {
  get: tupleGetterGet,
  set: tupleGetterSet,
  repr: (self) => `_tuplegetter(${num(load(self, TupleGetterL.INDEX))}, ${repr(load(self, TupleGetterL.DOC))})`,
});
defStaticMethod(T_TUPLEGETTER, {
  name: '__new__',
  varfn: (_self, args) => {
    if (args.length !== 3) typeError(`_tuplegetter expected 2 arguments, got ${args.length - 1}`);
    const g = alloc(args[0], Math.max(typeBasicSize(args[0]), TupleGetterL.SIZE));
    store(g, TupleGetterL.INDEX, small(indexNumber(args[1])));
    store(g, TupleGetterL.DOC, args[2]);
    return g;
  },
});
defGet(T_TUPLEGETTER);
defMethod(T_TUPLEGETTER, { name: '__set__', params: ['instance', 'value'], fn: (self, obj, v) => { tupleGetterSet(self, obj, v); return NONE; } });
defMethod(T_TUPLEGETTER, { name: '__delete__', params: ['instance'], fn: (self, obj) => { tupleGetterSet(self, obj, NULL); return NONE; } });
defGetSet(T_TUPLEGETTER, '__doc__', (self) => load(self, TupleGetterL.DOC));

defineModuleFiller('_collections', (module) => {
  const d = moduleDict(module);
  dictSet(d, intern('deque'), T_DEQUE);
  dictSet(d, intern('_tuplegetter'), T_TUPLEGETTER);
});
