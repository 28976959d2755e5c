// The hot iterator types of itertools, natively (module _itertools; lib/itertools.py exports
// them under itertools with the rest): count, repeat, islice, chain, starmap, pairwise,
// product, permutations, combinations, combinations_with_replacement. Their state lives in
// heap words changed through the barrier API; index vectors are internal word arrays of
// small-int Refs.

import { alloc } from '../../gc/alloc.js';
import { ArrayL, NULL, Ref, SMALL_MAX, SMALL_MIN } from '../../gc/layout.js';
import { load, store } from '../../stm/barrier.js';
import { BinaryOp } from '../compiler/opcodes.js';
import { newArray } from '../objects/array.js';
import { dictSet } from '../objects/dict.js';
import { typeError, valueError } from '../objects/exception.js';
import { intValue, newInt, numberClass, NUM_INT } from '../objects/int.js';
import { moduleDict } from '../objects/module.js';
import { lookupType } from '../objects/typeobject.js';
import { typeOf } from '../objects/object.js';
import { NONE, T_INT, T_TUPLE } from '../objects/statics.js';
import { newTuple, newTupleUninit, setTupleItem, tupleItem, tupleItems, tupleLength } from '../objects/tuple.js';
import { asIndex, binaryOp, getIter, iterNext, iterToArray, repr } from '../runtime/abstract.js';
import { defineModuleFiller } from '../runtime/boot.js';
import { callObject } from '../runtime/call.js';
import { intern } from '../runtime/intern.js';
import { N } from '../runtime/names.js';
import { defClassMethod, defMethod, defStaticMethod, Kwargs } from '../runtime/native.js';
import { defineSlots, newKind } from '../runtime/slots.js';
import { defineBuiltinType } from '../runtime/world.js';

const small = (n: number): Ref => (n << 1) | 1;
const smallValue = (r: Ref): number => r >> 1;
// Words of the iterator objects, after the two header words.
const A = 2;
const B = 3;
const C = 4;
const D = 5;
const E = 6;
const SIZE = 7;

const types: [string, Ref][] = [];

/** Declares an itertools iterator type with its next function and constructor. */
function iteratorType(
  name: string, next: (it: Ref) => Ref, construct: (args: Ref[], kw: Kwargs | null) => Ref, reprOf?: (it: Ref) => string,
): Ref {
  const kind = newKind();
  const type = defineBuiltinType(name, kind, undefined, 0, 'itertools', SIZE);
  defineSlots(kind, reprOf === undefined ? { iter: (it) => it, next } : { iter: (it) => it, next, repr: reprOf });
  defStaticMethod(type, { name: '__new__', varfn: (_s, args, kw) => construct(args.slice(1), kw) });
  types.push([name, type]);
  return type;
}

const newState = (type: Ref): Ref => alloc(type, SIZE);

function noKeywords(name: string, kw: Kwargs | null): void {
  if (kw !== null && kw.names.length > 0) typeError(`${name}() takes no keyword arguments`);
}

function argCount(name: string, args: Ref[], lo: number, hi: number): void {
  const n = args.length;
  const s = (k: number): string => (k === 1 ? '' : 's');
  if (lo === hi && n !== lo) typeError(`${name} expected ${lo} argument${s(lo)}, got ${n}`);
  if (n < lo) typeError(`${name} expected at least ${lo} argument${s(lo)}, got ${n}`);
  if (n > hi) typeError(`${name} expected at most ${hi} argument${s(hi)}, got ${n}`);
}

/** Keyword arguments by name (only `allowed` ones), worded as CPython's. */
function keywords(fname: string, kw: Kwargs | null, allowed: string[]): Map<string, Ref> {
  const out = new Map<string, Ref>();
  for (let i = 0; kw !== null && i < kw.names.length; i++) {
    if (!allowed.includes(kw.names[i])) typeError(`${fname}() got an unexpected keyword argument '${kw.names[i]}'`);
    out.set(kw.names[i], kw.values[i]);
  }
  return out;
}

/** Binds positional and keyword arguments to params (the call's messages as CPython's
 *  argument clinic words them). */
function bind(fname: string, args: Ref[], kw: Kwargs | null, params: string[], required: number): Ref[] {
  if (args.length > params.length) {
    typeError(`${fname}() takes at most ${params.length} argument${params.length === 1 ? '' : 's'} (${args.length + (kw?.names.length ?? 0)} given)`);
  }
  const out = params.map((_, i) => (i < args.length ? args[i] : NULL));
  for (let i = 0; kw !== null && i < kw.names.length; i++) {
    const at = params.indexOf(kw.names[i]);
    if (at < 0) typeError(`${fname}() got an unexpected keyword argument '${kw.names[i]}'`);
    if (out[at] !== NULL) typeError(`argument for ${fname}() given by name ('${kw.names[i]}') and position (${at + 1})`);
    out[at] = kw.values[i];
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === NULL) typeError(`${fname}() missing required argument '${params[i]}' (pos ${i + 1})`);
  }
  return out;
}

/** An int argument through __index__, as a JS number. */
const indexNumber = (r: Ref): number => Number(intValue(asIndex(r)));

// ---- count ----

const isNumber = (r: Ref): boolean => {
  if (numberClass(r) !== 0) return true;
  const t = typeOf(r);
  return [N.__index__, N.__float__, N.__int__, N.__complex__].some((n) => lookupType(t, n) !== NULL);
};

const COUNT = iteratorType('count', (it) => {
  const v = load(it, A);
  const step = load(it, B);
  if ((v & step & 1) === 1) {
    const sum = smallValue(v) + smallValue(step);
    if (sum >= SMALL_MIN && sum <= SMALL_MAX) { store(it, A, small(sum)); return v; }
  }
  store(it, A, binaryOp(v, step, BinaryOp.ADD));
  return v;
}, (args, kw) => {
  const [start, step] = bind('count', args, kw, ['start', 'step'], 0);
  // Ints (bools too) count as plain ints, as CPython's fast mode does.
  const s0 = start === NULL ? small(0) : numberClass(start) === NUM_INT ? newInt(intValue(start)) : start;
  const s1 = step === NULL ? small(1) : step;
  if (!isNumber(s0) || !isNumber(s1)) typeError('a number is required');
  const it = newState(COUNT);
  store(it, A, s0);
  store(it, B, s1);
  return it;
}, (it) => {
  const step = load(it, B);
  const plainOne = typeOf(step) === T_INT && intValue(step) === 1;
  return plainOne ? `count(${repr(load(it, A))})` : `count(${repr(load(it, A))}, ${repr(step)})`;
});

// ---- repeat ----

const REPEAT = iteratorType('repeat', (it) => {
  const left = load(it, B);
  if (left === NULL) return load(it, A);
  const n = smallValue(left);
  if (n <= 0) return NULL;
  store(it, B, small(n - 1));
  return load(it, A);
}, (args, kw) => {
  const [obj, times] = bind('repeat', args, kw, ['object', 'times'], 1);
  const it = newState(REPEAT);
  store(it, A, obj);
  if (times !== NULL) store(it, B, small(Math.max(0, Math.min(SMALL_MAX, indexNumber(times)))));
  return it;
}, (it) => {
  const left = load(it, B);
  return left === NULL ? `repeat(${repr(load(it, A))})` : `repeat(${repr(load(it, A))}, ${smallValue(left)})`;
});
defMethod(REPEAT, {
  name: '__length_hint__',
  fn: (it) => {
    const left = load(it, B);
    if (left === NULL) typeError('len() of unsized object');
    return left;
  },
});

// ---- islice ----
// A: the iterator (NULL when done), B: index of the next item to give, C: stop (NONE for
// none), D: step, E: items consumed so far. Indices are ints (they may exceed small ints).

function isliceIndex(r: Ref, what: string): Ref {
  if (r === NONE) return NONE;
  let v: number | bigint = -1;
  if (numberClass(r) === NUM_INT || lookupType(typeOf(r), N.__index__) !== NULL) v = intValue(asIndex(r));
  if (v < 0 || v > 9223372036854775807n) {
    valueError(`${what} for islice() must be None or an integer: 0 <= x <= sys.maxsize.`);
  }
  return newInt(v);
}

const ISLICE = iteratorType('islice', (it) => {
  const src = load(it, A);
  if (src === NULL) return NULL;
  const stopRef = load(it, C);
  const stop = stopRef === NONE ? Infinity : Number(intValue(stopRef));
  const target = Math.min(Number(intValue(load(it, B))), stop);
  let pos = Number(intValue(load(it, E)));
  while (pos < target) {
    const skipped = iterNext(src);
    if (skipped === NULL) { store(it, A, NULL); return NULL; }
    pos++;
    store(it, E, newInt(pos));
  }
  if (pos >= stop) { store(it, A, NULL); return NULL; }
  const v = iterNext(src);
  if (v === NULL) { store(it, A, NULL); return NULL; }
  store(it, E, newInt(pos + 1));
  store(it, B, newInt(Math.min(target + Number(intValue(load(it, D))), stop)));
  return v;
}, (args, kw) => {
  noKeywords('islice', kw);
  argCount('islice', args, 2, 4);
  let start: Ref = newInt(0);
  let stop: Ref;
  let step: Ref = newInt(1);
  if (args.length === 2) {
    stop = isliceIndex(args[1], 'Stop argument');
  } else {
    const s = isliceIndex(args[1], 'Indices');
    stop = isliceIndex(args[2], 'Stop argument');
    if (s !== NONE) start = s;
    if (args.length === 4 && args[3] !== NONE) {
      let st: number | bigint = -1;
      if (numberClass(args[3]) === NUM_INT || lookupType(typeOf(args[3]), N.__index__) !== NULL) st = intValue(asIndex(args[3]));
      if (st < 1) valueError('Step for islice() must be a positive integer or None.');
      step = newInt(st);
    }
  }
  const src = getIter(args[0]);
  const it = newState(ISLICE);
  store(it, A, src);
  store(it, B, start);
  store(it, C, stop);
  store(it, D, step);
  store(it, E, small(0));
  return it;
});

// ---- chain ----
// A: iterator over the iterables (NULL when exhausted), B: the active iterator or NULL.

const CHAIN = iteratorType('chain', (it) => {
  for (;;) {
    let active = load(it, B);
    if (active === NULL) {
      const sources = load(it, A);
      if (sources === NULL) return NULL;
      const next = iterNext(sources);
      if (next === NULL) { store(it, A, NULL); return NULL; }
      active = getIter(next);
      store(it, B, active);
    }
    const v = iterNext(active);
    if (v !== NULL) return v;
    store(it, B, NULL);
  }
}, (args, kw) => {
  noKeywords('chain', kw);
  return newChain(getIter(newTuple(args)));
});

function newChain(sources: Ref): Ref {
  const it = newState(CHAIN);
  store(it, A, sources);
  return it;
}

defClassMethod(CHAIN, { name: 'from_iterable', params: ['iterable'], fn: (_cls, iterable) => newChain(getIter(iterable)) });
defClassMethod(CHAIN, { name: '__class_getitem__', params: ['item'], fn: (cls) => cls });

// ---- starmap, pairwise ----

const STARMAP = iteratorType('starmap', (it) => {
  const item = iterNext(load(it, B));
  if (item === NULL) return NULL;
  const args = typeOf(item) === T_TUPLE ? tupleItems(item) : iterToArray(item);
  return callObject(load(it, A), args);
}, (args, kw) => {
  noKeywords('starmap', kw);
  argCount('starmap', args, 2, 2);
  const it = newState(STARMAP);
  store(it, A, args[0]);
  store(it, B, getIter(args[1]));
  return it;
});

const PAIRWISE = iteratorType('pairwise', (it) => {
  const src = load(it, A);
  if (src === NULL) return NULL;
  let prev = load(it, B);
  if (prev === NULL) {
    prev = iterNext(src);
    if (prev === NULL) { store(it, A, NULL); return NULL; }
  }
  const v = iterNext(src);
  if (v === NULL) { store(it, A, NULL); store(it, B, NULL); return NULL; }
  store(it, B, v);
  return newTuple([prev, v]);
}, (args, kw) => {
  noKeywords('pairwise', kw);
  argCount('pairwise', args, 1, 1);
  const it = newState(PAIRWISE);
  store(it, A, getIter(args[0]));
  return it;
});

// ---- combinatorics ----
// A: the pool (a tuple; for product, a tuple of tuples), B: index array, C: second array
// (permutations' cycles), D: r, E: state (0 not started, 1 running, 2 done).

const NOT_STARTED = 0;
const RUNNING = 1;
const DONE = 2;

const idx = (arr: Ref, i: number): number => smallValue(load(arr, ArrayL.ITEMS + i));
const setIdx = (arr: Ref, i: number, v: number): void => store(arr, ArrayL.ITEMS + i, small(v));

function finish(it: Ref): Ref {
  store(it, E, small(DONE));
  return NULL;
}

/** The tuple of pool items at the first r indices. */
function pick(pool: Ref, arr: Ref, r: number): Ref {
  const t = newTupleUninit(r);
  for (let i = 0; i < r; i++) setTupleItem(t, i, tupleItem(pool, idx(arr, i)));
  return t;
}

function indexArray(n: number, f: (i: number) => number): Ref {
  const a = newArray(n);
  for (let i = 0; i < n; i++) setIdx(a, i, f(i));
  return a;
}

const PRODUCT = iteratorType('product', (it) => {
  const state = smallValue(load(it, E));
  if (state === DONE) return NULL;
  const pools = load(it, A);
  const n = tupleLength(pools);
  const arr = load(it, B);
  if (state === NOT_STARTED) {
    for (let i = 0; i < n; i++) if (tupleLength(tupleItem(pools, i)) === 0) return finish(it);
    store(it, E, small(RUNNING));
  } else {
    let i = n - 1;
    for (; i >= 0; i--) {
      const v = idx(arr, i) + 1;
      if (v < tupleLength(tupleItem(pools, i))) { setIdx(arr, i, v); break; }
      setIdx(arr, i, 0);
    }
    if (i < 0) return finish(it);
  }
  const t = newTupleUninit(n);
  for (let i = 0; i < n; i++) setTupleItem(t, i, tupleItem(tupleItem(pools, i), idx(arr, i)));
  return t;
}, (args, kw) => {
  const k = keywords('product', kw, ['repeat']);
  const rep = k.has('repeat') ? indexNumber(k.get('repeat')!) : 1;
  if (rep < 0) valueError('repeat argument cannot be negative');
  const base = args.map((a) => newTuple(iterToArray(a)));
  const pools: Ref[] = [];
  for (let i = 0; i < rep; i++) pools.push(...base);
  const it = newState(PRODUCT);
  store(it, A, newTuple(pools));
  store(it, B, indexArray(pools.length, () => 0));
  store(it, E, small(NOT_STARTED));
  return it;
});

function rArg(r: Ref): number {
  const v = intValue(asIndex(r));
  if (v < 0) valueError('r must be non-negative');
  return Number(v);
}

const PERMUTATIONS = iteratorType('permutations', (it) => {
  const state = smallValue(load(it, E));
  if (state === DONE) return NULL;
  const pool = load(it, A);
  const n = tupleLength(pool);
  const r = smallValue(load(it, D));
  const indices = load(it, B);
  if (state === NOT_STARTED) {
    if (r > n) return finish(it);
    store(it, E, small(RUNNING));
    return pick(pool, indices, r);
  }
  if (n === 0) return finish(it);
  const cycles = load(it, C);
  for (let i = r - 1; i >= 0; i--) {
    const c = idx(cycles, i) - 1;
    if (c === 0) {
      // Rotate indices[i:] left by one.
      const first = idx(indices, i);
      for (let j = i; j < n - 1; j++) setIdx(indices, j, idx(indices, j + 1));
      setIdx(indices, n - 1, first);
      setIdx(cycles, i, n - i);
    } else {
      setIdx(cycles, i, c);
      const j = n - c;
      const t = idx(indices, i);
      setIdx(indices, i, idx(indices, j));
      setIdx(indices, j, t);
      return pick(pool, indices, r);
    }
  }
  return finish(it);
}, (args, kw) => {
  const [iterable, rr] = bind('permutations', args, kw, ['iterable', 'r'], 1);
  const pool = newTuple(iterToArray(iterable));
  const n = tupleLength(pool);
  if (rr !== NULL && rr !== NONE && numberClass(rr) !== NUM_INT) typeError('Expected int as r');
  const r = rr === NULL || rr === NONE ? n : rArg(rr);
  const it = newState(PERMUTATIONS);
  store(it, A, pool);
  store(it, B, indexArray(n, (i) => i));
  store(it, C, indexArray(Math.min(r, n), (i) => n - i));
  store(it, D, small(r));
  store(it, E, small(NOT_STARTED));
  return it;
});

function combinationsType(name: string, replacement: boolean): Ref {
  const type = iteratorType(name, (it) => {
    const state = smallValue(load(it, E));
    if (state === DONE) return NULL;
    const pool = load(it, A);
    const n = tupleLength(pool);
    const r = smallValue(load(it, D));
    const indices = load(it, B);
    if (state === NOT_STARTED) {
      if (replacement ? n === 0 && r > 0 : r > n) return finish(it);
      store(it, E, small(RUNNING));
      return pick(pool, indices, r);
    }
    let i = r - 1;
    if (replacement) {
      while (i >= 0 && idx(indices, i) === n - 1) i--;
      if (i < 0) return finish(it);
      const v = idx(indices, i) + 1;
      for (let j = i; j < r; j++) setIdx(indices, j, v);
    } else {
      while (i >= 0 && idx(indices, i) === i + n - r) i--;
      if (i < 0) return finish(it);
      setIdx(indices, i, idx(indices, i) + 1);
      for (let j = i + 1; j < r; j++) setIdx(indices, j, idx(indices, j - 1) + 1);
    }
    return pick(pool, indices, r);
  }, (args, kw) => {
    const [iterable, rr] = bind(name, args, kw, ['iterable', 'r'], 2);
    const pool = newTuple(iterToArray(iterable));
    const r = rArg(rr);
    const it = newState(type);
    store(it, A, pool);
    store(it, B, indexArray(r, (i) => (replacement ? 0 : i)));
    store(it, D, small(r));
    store(it, E, small(NOT_STARTED));
    return it;
  });
  return type;
}

combinationsType('combinations', false);
combinationsType('combinations_with_replacement', true);

defineModuleFiller('_itertools', (m) => {
  const d = moduleDict(m);
  for (const [name, type] of types) dictSet(d, intern(name), type);
});
