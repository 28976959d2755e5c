// What Python sees of set and frozenset: slots, methods, the set iterator and frozenset's
// hash. The algorithms follow CPython's choices that decide a result's table (which operand
// is iterated, when a table is presized or compacted, which operand's copy receives the
// other), since those decide iteration order.

import { alloc } from '../../gc/alloc.js';
import { IterL, Kind, NULL, Ref } from '../../gc/layout.js';
import { load, store } from '../../stm/barrier.js';
import { BinaryOp, CompareOp, INPLACE } from '../compiler/opcodes.js';
import { bool, getIter, hashOf, iterNext, repr } from '../runtime/abstract.js';
import { PyRaise } from '../runtime/errors.js';
import { defClassMethod, defMethod, defStaticMethod, Kwargs } from '../runtime/native.js';
import { defineSlots, newKind } from '../runtime/slots.js';
import { defineBuiltinType } from '../runtime/world.js';
import { floatHash, intHash } from '../format/float.js';
import { dictEntryHash, dictEntryKey, dictFind, dictNextEntry, dictSize } from './dict.js';
import { Exc, raise, raiseWithValue, typeError } from './exception.js';
import { floatValue } from './float.js';
import { genericAlias } from './genericalias.js';
import { intValue, newInt, smallInt, smallValue } from './int.js';
import { guardedRepr } from './list.js';
import { kindOf, typeOf } from './object.js';
import { identityHash } from './object_methods.js';
import {
  frozensetCachedHash, newFrozenSet, newSet, newSetOfType, setAdd, setAddHashed, setClear, setCompact,
  setContainsHashed, setDiscardHashed, setFrozensetCachedHash, setHashAt, setItems, setKeyAt, setMerge, setNextIndex,
  setPopKey, setPresize, setSize, setSwapContents,
} from './set.js';
import { NONE, NOT_IMPLEMENTED, T_BOOL, T_DICT, T_FLOAT, T_FROZENSET, T_INT, T_SET, T_TUPLE } from './statics.js';
import { tupleHashFull } from './tuple.js';
import { isSubtype, typeBasicSize, typeName } from './typeobject.js';

export const isAnySet = (r: Ref): boolean => {
  if ((r & 1) === 1) return false;
  const k = kindOf(r);
  return k === Kind.SET || k === Kind.FROZENSET;
};
const isFrozen = (r: Ref): boolean => kindOf(r) === Kind.FROZENSET;
/** A new empty set of the built-in base type of `like` (set or frozenset). */
const newLike = (like: Ref): Ref => (isFrozen(like) ? newFrozenSet() : newSet());

/** set(iterable), or an empty set for NULL. */
export function newSetFrom(iterable: Ref): Ref {
  const s = newSet();
  if (iterable !== NULL) setUpdateFrom(s, iterable);
  return s;
}

/** frozenset(iterable). */
export function newFrozenSetFrom(iterable: Ref): Ref {
  const s = newFrozenSet();
  setUpdateFrom(s, iterable);
  return s;
}

/** Adds every item of any iterable (set.update with one argument). */
export function setUpdateFrom(s: Ref, other: Ref): void {
  if (isAnySet(other)) { setMerge(s, other); return; }
  if ((other & 1) === 0 && typeOf(other) === T_DICT) {
    setPresize(s, dictSize(other));
    for (let i = dictNextEntry(other, 0); i >= 0; i = dictNextEntry(other, i + 1)) {
      setAddHashed(s, dictEntryKey(other, i), dictEntryHash(other, i));
    }
    return;
  }
  const it = getIter(other);
  for (let k = iterNext(it); k !== NULL; k = iterNext(it)) setAdd(s, k);
}

/** A copy with the base type of s (set or frozenset). */
function copyOf(s: Ref): Ref {
  const c = newLike(s);
  setMerge(c, s);
  return c;
}

/** s & other, other any iterable; the result has s's base type. */
export function setIntersection(s: Ref, other: Ref): Ref {
  if (s === other) return copyOf(s);
  const result = newLike(s);
  if (isAnySet(other)) {
    // Iterate over the smaller set, looking its keys up in the larger.
    let big = s;
    let small = other;
    if (setSize(small) > setSize(big)) { big = other; small = s; }
    for (let i = setNextIndex(small, 0); i >= 0; i = setNextIndex(small, i + 1)) {
      const k = setKeyAt(small, i);
      const h = setHashAt(small, i);
      if (setContainsHashed(big, k, h)) setAddHashed(result, k, h);
    }
    return result;
  }
  const it = getIter(other);
  for (let k = iterNext(it); k !== NULL; k = iterNext(it)) {
    const h = hashOf(k);
    if (setContainsHashed(s, k, h)) setAddHashed(result, k, h);
  }
  return result;
}

/** s -= other, other any iterable. */
export function setDifferenceUpdate(s: Ref, other: Ref): void {
  if (s === other) { setClear(s); return; }
  if (isAnySet(other)) {
    // A much larger other: only its keys that s has matter.
    const src = setSize(other) >> 3 > setSize(s) ? setIntersection(s, other) : other;
    for (let i = setNextIndex(src, 0); i >= 0; i = setNextIndex(src, i + 1)) {
      setDiscardHashed(s, setKeyAt(src, i), setHashAt(src, i));
    }
  } else {
    const it = getIter(other);
    for (let k = iterNext(it); k !== NULL; k = iterNext(it)) setDiscardHashed(s, k, hashOf(k));
  }
  setCompact(s);
}

/** s - other: a new set of s's base type. */
export function setDifference(s: Ref, other: Ref): Ref {
  const dictOther = (other & 1) === 0 && typeOf(other) === T_DICT;
  if (!isAnySet(other) && !dictOther) return copyAndDifference(s, other);
  const otherSize = dictOther ? dictSize(other) : setSize(other);
  if (setSize(s) >> 2 > otherSize) return copyAndDifference(s, other);
  const result = newLike(s);
  for (let i = setNextIndex(s, 0); i >= 0; i = setNextIndex(s, i + 1)) {
    const k = setKeyAt(s, i);
    const h = setHashAt(s, i);
    const found = dictOther ? dictHasHashed(other, k, h) : setContainsHashed(other, k, h);
    if (!found) setAddHashed(result, k, h);
  }
  return result;
}

function copyAndDifference(s: Ref, other: Ref): Ref {
  const result = copyOf(s);
  setDifferenceUpdate(result, other);
  return result;
}

const dictHasHashed = (d: Ref, k: Ref, h: number): boolean => dictFind(d, k, h) >= 0;

/** s ^= other, other any iterable. */
export function setSymmetricDifferenceUpdate(s: Ref, other: Ref): void {
  if (s === other) { setClear(s); return; }
  if ((other & 1) === 0 && typeOf(other) === T_DICT) {
    for (let i = dictNextEntry(other, 0); i >= 0; i = dictNextEntry(other, i + 1)) {
      toggle(s, dictEntryKey(other, i), dictEntryHash(other, i));
    }
    return;
  }
  const src = isAnySet(other) ? other : newLike(s);
  if (src !== other) setUpdateFrom(src, other);
  for (let i = setNextIndex(src, 0); i >= 0; i = setNextIndex(src, i + 1)) toggle(s, setKeyAt(src, i), setHashAt(src, i));
}

function toggle(s: Ref, k: Ref, h: number): void {
  if (!setDiscardHashed(s, k, h)) setAddHashed(s, k, h);
}

/** s ^ other: a copy of other (with s's base type) that then takes s in. */
function setSymmetricDifference(s: Ref, other: Ref): Ref {
  const result = newLike(s);
  setUpdateFrom(result, other);
  setSymmetricDifferenceUpdate(result, s);
  return result;
}

function setUnion(s: Ref, others: Ref[]): Ref {
  const result = copyOf(s);
  for (const o of others) if (o !== s) setUpdateFrom(result, o);
  return result;
}

/** Every key of s is in other (any iterable). */
function isSubset(s: Ref, other: Ref): boolean {
  if (!isAnySet(other)) return setSize(setIntersection(s, other)) === setSize(s);
  if (setSize(s) > setSize(other)) return false;
  for (let i = setNextIndex(s, 0); i >= 0; i = setNextIndex(s, i + 1)) {
    if (!setContainsHashed(other, setKeyAt(s, i), setHashAt(s, i))) return false;
  }
  return true;
}

function isSuperset(s: Ref, other: Ref): boolean {
  if (isAnySet(other)) return isSubset(other, s);
  const it = getIter(other);
  for (let k = iterNext(it); k !== NULL; k = iterNext(it)) if (!setContainsHashed(s, k, hashOf(k))) return false;
  return true;
}

function isDisjoint(s: Ref, other: Ref): boolean {
  if (s === other) return setSize(s) === 0;
  if ((other & 1) === 0 && (typeOf(other) === T_SET || typeOf(other) === T_FROZENSET)) {
    let big = s;
    let small = other;
    if (setSize(small) > setSize(big)) { big = other; small = s; }
    for (let i = setNextIndex(small, 0); i >= 0; i = setNextIndex(small, i + 1)) {
      if (setContainsHashed(big, setKeyAt(small, i), setHashAt(small, i))) return false;
    }
    return true;
  }
  const it = getIter(other);
  for (let k = iterNext(it); k !== NULL; k = iterNext(it)) if (setContainsHashed(s, k, hashOf(k))) return false;
  return true;
}

// ---- hashing ----

const M64 = (1n << 64n) - 1n;

/** CPython's hash of a frozenset (of any set's contents), as a signed 64-bit value: the
 *  xor of every key's shuffled hash, mixed with the size, so that order does not matter. */
export function frozensetHash64(s: Ref): bigint {
  let h = 0n;
  for (let i = setNextIndex(s, 0); i >= 0; i = setNextIndex(s, i + 1)) h ^= shuffleBits(keyHash64(setKeyAt(s, i), setHashAt(s, i)));
  h ^= (BigInt(setSize(s)) + 1n) * 1927868237n;
  h &= M64;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & M64;
  if (h === M64) h = 590923713n;
  return BigInt.asIntN(64, h);
}

function shuffleBits(h: bigint): bigint {
  return (((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & M64;
}

/** A key's full 64-bit hash (unsigned) where it can be known: numbers, tuples and
 *  frozensets; other keys contribute their table hash sign-extended. */
function keyHash64(k: Ref, tableHash: number): bigint {
  let h: number | bigint = tableHash;
  if ((k & 1) === 0) {
    const t = typeOf(k);
    if (t === T_TUPLE) h = tupleHashFull(k);
    else if (t === T_FROZENSET) h = frozensetHash64(k);
    else if (t === T_INT || t === T_BOOL) h = intHash(intValue(k));
    else if (t === T_FLOAT && floatValue(k) === floatValue(k)) h = floatHash(floatValue(k));
  }
  return BigInt.asUintN(64, BigInt(h));
}

function frozensetHash(s: Ref): number {
  const cached = frozensetCachedHash(s);
  if (cached !== 0) return cached;
  const h = Number(BigInt.asIntN(32, frozensetHash64(s)));
  setFrozensetCachedHash(s, h);
  return h;
}

/** The table hash of a key for `in`, remove and discard: a set that cannot be hashed is
 *  looked up as the frozenset of its contents would be, as CPython does. */
function keyHash(key: Ref): number {
  try {
    return hashOf(key);
  } catch (e) {
    if (e instanceof PyRaise && (key & 1) === 0 && kindOf(key) === Kind.SET && isSubtype(typeOf(e.exc), Exc.TypeError)) {
      return Number(BigInt.asIntN(32, frozensetHash64(key)));
    }
    throw e;
  }
}

// ---- slots ----

function setRepr(s: Ref): string {
  const name = typeName(typeOf(s));
  return guardedRepr(s, `${name}(...)`, () => {
    if (setSize(s) === 0) return `${name}()`;
    const items = setItems(s).map(repr).join(', ');
    return typeOf(s) === T_SET ? `{${items}}` : `${name}({${items}})`;
  });
}

function setCompare(s: Ref, other: Ref, op: number): Ref {
  if (!isAnySet(other)) return NOT_IMPLEMENTED;
  switch (op) {
    case CompareOp.EQ: return bool(setsEqual(s, other));
    case CompareOp.NE: return bool(!setsEqual(s, other));
    case CompareOp.LE: return bool(isSubset(s, other));
    case CompareOp.GE: return bool(isSuperset(s, other));
    case CompareOp.LT: return bool(setSize(s) < setSize(other) && isSubset(s, other));
    default: return bool(setSize(s) > setSize(other) && isSuperset(s, other));
  }
}

function setsEqual(a: Ref, b: Ref): boolean {
  if (setSize(a) !== setSize(b)) return false;
  if (isFrozen(a) && isFrozen(b)) {
    const ha = frozensetCachedHash(a);
    const hb = frozensetCachedHash(b);
    if (ha !== 0 && hb !== 0 && ha !== hb) return false;
  }
  return isSubset(a, b);
}

function setBinary(self: Ref, other: Ref, op: number, reflected: boolean): Ref {
  if (!isAnySet(other)) return NOT_IMPLEMENTED;
  const inplace = (op & INPLACE) !== 0 && !reflected && kindOf(self) === Kind.SET;
  const left = reflected ? other : self;
  const right = reflected ? self : other;
  switch (op & ~INPLACE) {
    case BinaryOp.OR:
      if (!inplace) return setUnion(left, [right]);
      setUpdateFrom(self, other);
      return self;
    case BinaryOp.AND:
      if (!inplace) return setIntersection(left, right);
      setSwapContents(self, setIntersection(self, other));
      return self;
    case BinaryOp.SUB:
      if (!inplace) return setDifference(left, right);
      setDifferenceUpdate(self, other);
      return self;
    case BinaryOp.XOR:
      if (!inplace) return setSymmetricDifference(left, right);
      setSymmetricDifferenceUpdate(self, other);
      return self;
    default:
      return NOT_IMPLEMENTED;
  }
}

// ---- the iterator ----

const KIND_SET_ITER = newKind();
const T_SET_ITER = defineBuiltinType('set_iterator', KIND_SET_ITER);

function newSetIterator(s: Ref): Ref {
  const it = alloc(T_SET_ITER, IterL.SIZE);
  store(it, IterL.SEQ, s);
  store(it, IterL.INDEX, smallInt(0));
  store(it, IterL.EXTRA, smallInt(setSize(s)));
  store(it, IterL.EXTRA2, smallInt(setSize(s)));
  return it;
}

function setIterNext(it: Ref): Ref {
  const s = load(it, IterL.SEQ);
  if (s === NULL) return NULL;
  if (smallValue(load(it, IterL.EXTRA)) !== setSize(s)) {
    store(it, IterL.EXTRA, smallInt(-1));
    raise(Exc.RuntimeError, 'Set changed size during iteration');
  }
  const i = setNextIndex(s, smallValue(load(it, IterL.INDEX)));
  if (i < 0) { store(it, IterL.SEQ, NULL); return NULL; }
  store(it, IterL.INDEX, smallInt(i + 1));
  store(it, IterL.EXTRA2, smallInt(smallValue(load(it, IterL.EXTRA2)) - 1));
  return setKeyAt(s, i);
}

defineSlots(KIND_SET_ITER, { iter: (it) => it, next: setIterNext, hash: identityHash });
defMethod(T_SET_ITER, {
  name: '__length_hint__',
  fn: (it) => newInt(load(it, IterL.SEQ) === NULL ? 0 : Math.max(0, smallValue(load(it, IterL.EXTRA2)))),
});

const commonSlots = {
  repr: setRepr,
  len: setSize,
  contains: (s: Ref, key: Ref) => setContainsHashed(s, key, keyHash(key)),
  iter: newSetIterator,
  compare: setCompare,
  binary: setBinary,
};
defineSlots(Kind.SET, commonSlots);
defineSlots(Kind.FROZENSET, { ...commonSlots, hash: frozensetHash, fullHash: frozensetHash64 });

// ---- methods ----

function noKeywords(name: string, kw: Kwargs | null): void {
  if (kw !== null && kw.names.length > 0) typeError(`${name}() takes no keyword arguments`);
}

/** Creates an instance of cls (set, frozenset or a subclass) with room for its __dict__. */
function newInstance(cls: Ref, base: Ref): Ref {
  if (!isSubtype(cls, base)) typeError(`${typeName(base)}.__new__(${typeName(cls)}): ${typeName(cls)} is not a subtype of ${typeName(base)}`);
  return newSetOfType(cls, typeBasicSize(cls));
}

defStaticMethod(T_SET, {
  name: '__new__',
  varfn: (_self, args, kw) => {
    if (args.length === 0) typeError('set.__new__(): not enough arguments');
    if (args[0] === T_SET) noKeywords('set', kw);
    return newInstance(args[0], T_SET);
  },
});
defMethod(T_SET, {
  name: '__init__',
  varfn: (self, args, kw) => {
    noKeywords('set', kw);
    if (args.length > 1) typeError(`${typeName(typeOf(self))} expected at most 1 argument, got ${args.length}`);
    if (setSize(self) > 0) setClear(self);
    if (args.length === 1) setUpdateFrom(self, args[0]);
    return NONE;
  },
});
defStaticMethod(T_FROZENSET, {
  name: '__new__',
  varfn: (_self, args, kw) => {
    if (args.length === 0) typeError('frozenset.__new__(): not enough arguments');
    const cls = args[0];
    if (cls === T_FROZENSET) noKeywords('frozenset', kw);
    if (args.length > 2) typeError(`${typeName(cls)} expected at most 1 argument, got ${args.length - 1}`);
    const iterable = args.length === 2 ? args[1] : NULL;
    // frozenset(f) is f itself for an exact frozenset.
    if (cls === T_FROZENSET && iterable !== NULL && (iterable & 1) === 0 && typeOf(iterable) === T_FROZENSET) return iterable;
    const s = newInstance(cls, T_FROZENSET);
    if (iterable !== NULL) setUpdateFrom(s, iterable);
    return s;
  },
});

for (const [t, tn] of [[T_SET, 'set'], [T_FROZENSET, 'frozenset']] as const) {
  defMethod(t, { name: 'copy', fn: (s) => (typeOf(s) === T_FROZENSET ? s : copyOf(s)) });
  defMethod(t, {
    name: 'union',
    varfn: (s, args, kw) => { noKeywords(`${tn}.union`, kw); return setUnion(s, args); },
  });
  defMethod(t, {
    name: 'intersection',
    varfn: (s, args, kw) => {
      noKeywords(`${tn}.intersection`, kw);
      let result = args.length === 0 ? copyOf(s) : s;
      for (const o of args) result = setIntersection(result, o);
      return result;
    },
  });
  defMethod(t, {
    name: 'difference',
    varfn: (s, args, kw) => {
      noKeywords(`${tn}.difference`, kw);
      if (args.length === 0) return copyOf(s);
      const result = setDifference(s, args[0]);
      for (let i = 1; i < args.length; i++) setDifferenceUpdate(result, args[i]);
      return result;
    },
  });
  defMethod(t, { name: 'symmetric_difference', params: ['other'], fn: setSymmetricDifference });
  defMethod(t, { name: 'issubset', params: ['other'], fn: (s, o) => bool(isSubset(s, o)) });
  defMethod(t, { name: 'issuperset', params: ['other'], fn: (s, o) => bool(isSuperset(s, o)) });
  defMethod(t, { name: 'isdisjoint', params: ['other'], fn: (s, o) => bool(isDisjoint(s, o)) });
  defClassMethod(t, { name: '__class_getitem__', params: ['item'], fn: (cls, item) => genericAlias(cls, item) });
}

defMethod(T_SET, { name: 'add', params: ['object'], fn: (s, k) => { setAdd(s, k); return NONE; } });
defMethod(T_SET, {
  name: 'remove', params: ['object'],
  fn: (s, k) => {
    if (!setDiscardHashed(s, k, keyHash(k))) raiseWithValue(Exc.KeyError, k);
    return NONE;
  },
});
defMethod(T_SET, { name: 'discard', params: ['object'], fn: (s, k) => { setDiscardHashed(s, k, keyHash(k)); return NONE; } });
defMethod(T_SET, {
  name: 'pop',
  fn: (s) => {
    const k = setPopKey(s);
    if (k === NULL) raise(Exc.KeyError, 'pop from an empty set');
    return k;
  },
});
defMethod(T_SET, { name: 'clear', fn: (s) => { setClear(s); return NONE; } });
defMethod(T_SET, {
  name: 'update',
  varfn: (s, args, kw) => {
    noKeywords('set.update', kw);
    for (const o of args) setUpdateFrom(s, o);
    return NONE;
  },
});
defMethod(T_SET, {
  name: 'intersection_update',
  varfn: (s, args, kw) => {
    noKeywords('set.intersection_update', kw);
    let result = args.length === 0 ? copyOf(s) : s;
    for (const o of args) result = setIntersection(result, o);
    setSwapContents(s, result);
    return NONE;
  },
});
defMethod(T_SET, {
  name: 'difference_update',
  varfn: (s, args, kw) => {
    noKeywords('set.difference_update', kw);
    for (const o of args) setDifferenceUpdate(s, o);
    return NONE;
  },
});
defMethod(T_SET, {
  name: 'symmetric_difference_update', params: ['other'],
  fn: (s, o) => { setSymmetricDifferenceUpdate(s, o); return NONE; },
});
