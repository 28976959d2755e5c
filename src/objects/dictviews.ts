// The views of a dict (dict_keys, dict_values, dict_items), the iterators over a dict in
// both directions, and mappingproxy (the read-only view that `Class.__dict__` gives).
//
// A view holds its dict in NativeL.A and reads it live. An iterator (IterL) holds the dict in
// SEQ (NULL once exhausted), the next entry number in INDEX, the dict's size when iteration
// began in EXTRA (-1 once a size change was reported, so the error repeats) and how many
// items it may still yield in EXTRA2; the numbers are stored as small ints.

import { alloc } from '../../gc/alloc.js';
import { IterL, Kind, NativeL, NULL, Ref } from '../../gc/layout.js';
import { load, store } from '../../stm/barrier.js';
import { BinaryOp, CompareOp, INPLACE } from '../compiler/opcodes.js';
import {
  binaryOp, bool, contains, equalsBool, getItem, getIter, hashOf, iterNext, length, repr, richCompare, str, typeNameOf,
} from '../runtime/abstract.js';
import { getAttr } from '../runtime/attributes.js';
import { callObject } from '../runtime/call.js';
import { intern } from '../runtime/intern.js';
import { defClassMethod, defMethod, defStaticMethod } from '../runtime/native.js';
import { defineSlots, newKind, slotsOf } from '../runtime/slots.js';
import { defineBuiltinType } from '../runtime/world.js';
import {
  dictCopy, dictDeleteEntry, dictEntryHash, dictEntryKey, dictEntryValue, dictFind, dictNextEntry, dictPrevEntry,
  dictSize, dictEntryCount,
} from './dict.js';
import { Exc, raise, typeError } from './exception.js';
import { genericAlias } from './genericalias.js';
import { newInt, smallInt, smallValue } from './int.js';
import { guardedRepr } from './list.js';
import { kindOf, typeOf } from './object.js';
import { identityHash } from './object_methods.js';
import { setAdd, setSize } from './set.js';
import {
  isAnySet, newSetFrom, setIntersection, setSymmetricDifferenceUpdate, setDifferenceUpdate, setUpdateFrom,
} from './set_methods.js';
import { NONE, NOT_IMPLEMENTED, T_DICT, T_MAPPINGPROXY, T_SET } from './statics.js';
import { newTuple, tupleItem, tupleLength } from './tuple.js';
import { lookupType } from './typeobject.js';
import { N } from '../runtime/names.js';

// ---- iterators ----

const enum Yield { KEYS, VALUES, ITEMS }

const SEQ = IterL.SEQ;
const POS = IterL.INDEX;
const USED = IterL.EXTRA;
const LEFT = IterL.EXTRA2;

function iteratorType(name: string, what: Yield, reverse: boolean): Ref {
  const kind = newKind();
  const t = defineBuiltinType(name, kind);
  defineSlots(kind, {
    iter: (self) => self,
    next: reverse ? (self) => reverseNext(self, what) : (self) => forwardNext(self, what),
    hash: identityHash,
  });
  defMethod(t, { name: '__length_hint__', fn: (self) => newInt(load(self, SEQ) === NULL ? 0 : smallValue(load(self, LEFT))) });
  return t;
}

const T_KEY_ITER = iteratorType('dict_keyiterator', Yield.KEYS, false);
const T_VALUE_ITER = iteratorType('dict_valueiterator', Yield.VALUES, false);
const T_ITEM_ITER = iteratorType('dict_itemiterator', Yield.ITEMS, false);
const T_REV_KEY_ITER = iteratorType('dict_reversekeyiterator', Yield.KEYS, true);
const T_REV_VALUE_ITER = iteratorType('dict_reversevalueiterator', Yield.VALUES, true);
const T_REV_ITEM_ITER = iteratorType('dict_reverseitemiterator', Yield.ITEMS, true);

function newDictIterator(type: Ref, d: Ref, reverse: boolean): Ref {
  const it = alloc(type, IterL.SIZE);
  store(it, SEQ, d);
  store(it, POS, smallInt(reverse ? dictEntryCount(d) - 1 : 0));
  store(it, USED, smallInt(dictSize(d)));
  store(it, LEFT, smallInt(dictSize(d)));
  return it;
}

/** iter(d): the keys in insertion order. */
export const dictIterKeys = (d: Ref): Ref => newDictIterator(T_KEY_ITER, d, false);
/** reversed(d). */
export const dictReversedKeys = (d: Ref): Ref => newDictIterator(T_REV_KEY_ITER, d, true);

function yieldOf(d: Ref, i: number, what: Yield): Ref {
  if (what === Yield.KEYS) return dictEntryKey(d, i);
  if (what === Yield.VALUES) return dictEntryValue(d, i);
  return newTuple([dictEntryKey(d, i), dictEntryValue(d, i)]);
}

/** The dict to read, or NULL when exhausted; raises if the dict changed size meanwhile. */
function checkedDict(it: Ref): Ref {
  const d = load(it, SEQ);
  if (d !== NULL && smallValue(load(it, USED)) !== dictSize(d)) {
    store(it, USED, smallInt(-1));
    raise(Exc.RuntimeError, 'dictionary changed size during iteration');
  }
  return d;
}

/** Takes entry i (or -1: exhausted) as the next item. */
function advance(it: Ref, d: Ref, i: number, next: number, what: Yield): Ref {
  if (i < 0) { store(it, SEQ, NULL); return NULL; }
  const left = smallValue(load(it, LEFT));
  if (left === 0) {
    // Same size, yet more entries than there were: keys were deleted and others added.
    store(it, SEQ, NULL);
    raise(Exc.RuntimeError, 'dictionary keys changed during iteration');
  }
  store(it, POS, smallInt(next));
  store(it, LEFT, smallInt(left - 1));
  return yieldOf(d, i, what);
}

function forwardNext(it: Ref, what: Yield): Ref {
  const d = checkedDict(it);
  if (d === NULL) return NULL;
  const i = dictNextEntry(d, smallValue(load(it, POS)));
  return advance(it, d, i, i + 1, what);
}

function reverseNext(it: Ref, what: Yield): Ref {
  const d = checkedDict(it);
  if (d === NULL) return NULL;
  const pos = smallValue(load(it, POS));
  const i = pos < 0 ? -1 : dictPrevEntry(d, pos);
  return advance(it, d, i, i - 1, what);
}

// ---- views ----

const VIEW_DICT = NativeL.A;
const KIND_KEYS = newKind();
const KIND_VALUES = newKind();
const KIND_ITEMS = newKind();
export const T_DICT_KEYS = defineBuiltinType('dict_keys', KIND_KEYS);
export const T_DICT_VALUES = defineBuiltinType('dict_values', KIND_VALUES);
export const T_DICT_ITEMS = defineBuiltinType('dict_items', KIND_ITEMS);

export function newDictView(type: Ref, d: Ref): Ref {
  const v = alloc(type, NativeL.SIZE);
  store(v, VIEW_DICT, d);
  return v;
}

const viewDict = (v: Ref): Ref => load(v, VIEW_DICT);
const isKeysView = (r: Ref): boolean => kindOf(r) === KIND_KEYS;
const isItemsView = (r: Ref): boolean => kindOf(r) === KIND_ITEMS;
/** The set-like views: keys and items (values are not). */
const isSetView = (r: Ref): boolean => isKeysView(r) || isItemsView(r);

function viewRepr(v: Ref): string {
  return guardedRepr(v, '...', () => {
    const it = getIter(v);
    const parts: string[] = [];
    for (let x = iterNext(it); x !== NULL; x = iterNext(it)) parts.push(repr(x));
    return `${typeNameOf(v)}([${parts.join(', ')}])`;
  });
}

/** (key, value) in d.items(): the key is looked up, then the values compared. */
function itemsContain(v: Ref, pair: Ref): boolean {
  if ((pair & 1) === 1 || kindOf(pair) !== Kind.TUPLE || tupleLength(pair) !== 2) return false;
  const d = viewDict(v);
  const key = tupleItem(pair, 0);
  const i = dictFind(d, key, hashOf(key));
  return i >= 0 && equalsBool(dictEntryValue(d, i), tupleItem(pair, 1));
}

function keysContain(v: Ref, key: Ref): boolean {
  return dictFind(viewDict(v), key, hashOf(key)) >= 0;
}

/** Every item of `a` is in `b`. */
function allContainedIn(a: Ref, b: Ref): boolean {
  const it = getIter(a);
  for (let x = iterNext(it); x !== NULL; x = iterNext(it)) if (!contains(b, x)) return false;
  return true;
}

/** Comparison of set-like views with sets and other set-like views, as sets. */
function viewCompare(self: Ref, other: Ref, op: number): Ref {
  if (!isAnySet(other) && !isSetView(other)) return NOT_IMPLEMENTED;
  const a = length(self);
  const b = length(other);
  switch (op) {
    case CompareOp.EQ: return bool(a === b && allContainedIn(self, other));
    case CompareOp.NE: return bool(!(a === b && allContainedIn(self, other)));
    case CompareOp.LT: return bool(a < b && allContainedIn(self, other));
    case CompareOp.LE: return bool(a <= b && allContainedIn(self, other));
    case CompareOp.GT: return bool(a > b && allContainedIn(other, self));
    default: return bool(a >= b && allContainedIn(other, self));
  }
}

/** A new set of the items of an operand; a keys view of an exact dict reads the dict itself
 *  (as CPython does: it sizes the set's table differently, so the order can differ). */
function operandToSet(x: Ref): Ref {
  if (isKeysView(x) && typeOf(viewDict(x)) === T_DICT) return newSetFrom(viewDict(x));
  return newSetFrom(x);
}

/** `view & other` or `other & view`: a set of what is in both. */
function viewIntersect(left: Ref, right: Ref): Ref {
  let self = left;
  let other = right;
  if (!isSetView(self)) { self = right; other = left; }
  const lenSelf = dictSize(viewDict(self));
  if (typeOf(other) === T_SET && lenSelf <= setSize(other)) {
    return setIntersection(other, self);
  }
  if (isSetView(other) && dictSize(viewDict(other)) > lenSelf) { const t = other; other = self; self = t; }
  const result = newSetFrom(NULL);
  const has = isKeysView(self) ? keysContain : itemsContain;
  const it = getIter(other);
  for (let x = iterNext(it); x !== NULL; x = iterNext(it)) if (has(self, x)) setAdd(result, x);
  return result;
}

/** d1.items() ^ d2.items(): pairs of either whose key is missing or whose value differs. */
function itemsXor(a: Ref, b: Ref): Ref {
  const rest = dictCopy(viewDict(a));
  const d2 = viewDict(b);
  const result = newSetFrom(NULL);
  for (let i = dictNextEntry(d2, 0); i >= 0; i = dictNextEntry(d2, i + 1)) {
    const key = dictEntryKey(d2, i);
    const value = dictEntryValue(d2, i);
    const j = dictFind(rest, key, dictEntryHash(d2, i));
    if (j >= 0 && equalsBool(dictEntryValue(rest, j), value)) dictDeleteEntry(rest, j);
    else setAdd(result, newTuple([key, value]));
  }
  setUpdateFrom(result, newDictView(T_DICT_ITEMS, rest));
  return result;
}

function viewBinary(self: Ref, other: Ref, op: number, reflected: boolean): Ref {
  const left = reflected ? other : self;
  const right = reflected ? self : other;
  switch (op & ~INPLACE) {
    case BinaryOp.AND: return viewIntersect(left, right);
    case BinaryOp.OR: {
      const s = operandToSet(left);
      setUpdateFrom(s, right);
      return s;
    }
    case BinaryOp.SUB: {
      const s = operandToSet(left);
      setDifferenceUpdate(s, right);
      return s;
    }
    case BinaryOp.XOR: {
      if (isItemsView(left) && isItemsView(right)) return itemsXor(left, right);
      const s = operandToSet(left);
      setSymmetricDifferenceUpdate(s, right);
      return s;
    }
    default: return NOT_IMPLEMENTED;
  }
}

function isDisjoint(self: Ref, other: Ref): Ref {
  if (self === other) return bool(dictSize(viewDict(self)) === 0);
  let a = self;
  let b = other;
  // Iterate over the smaller one, when membership in the other is cheap.
  if ((isAnySet(other) || isSetView(other)) && length(other) > dictSize(viewDict(self))) { a = other; b = self; }
  const it = getIter(b);
  for (let x = iterNext(it); x !== NULL; x = iterNext(it)) if (contains(a, x)) return bool(false);
  return bool(true);
}

defineSlots(KIND_KEYS, {
  repr: viewRepr, len: (v) => dictSize(viewDict(v)), iter: (v) => newDictIterator(T_KEY_ITER, viewDict(v), false),
  contains: keysContain, compare: viewCompare, binary: viewBinary,
});
defineSlots(KIND_ITEMS, {
  repr: viewRepr, len: (v) => dictSize(viewDict(v)), iter: (v) => newDictIterator(T_ITEM_ITER, viewDict(v), false),
  contains: itemsContain, compare: viewCompare, binary: viewBinary,
});
defineSlots(KIND_VALUES, {
  repr: viewRepr, len: (v) => dictSize(viewDict(v)), iter: (v) => newDictIterator(T_VALUE_ITER, viewDict(v), false),
  hash: identityHash,
});

defMethod(T_DICT_KEYS, { name: 'isdisjoint', params: ['other'], fn: isDisjoint });
defMethod(T_DICT_ITEMS, { name: 'isdisjoint', params: ['other'], fn: isDisjoint });
defMethod(T_DICT_KEYS, { name: '__reversed__', fn: (v) => newDictIterator(T_REV_KEY_ITER, viewDict(v), true) });
defMethod(T_DICT_VALUES, { name: '__reversed__', fn: (v) => newDictIterator(T_REV_VALUE_ITER, viewDict(v), true) });
defMethod(T_DICT_ITEMS, { name: '__reversed__', fn: (v) => newDictIterator(T_REV_ITEM_ITER, viewDict(v), true) });

// ---- mappingproxy ----

const PROXIED = NativeL.A;
const proxied = (p: Ref): Ref => load(p, PROXIED);

/** A read-only view of `mapping` (Class.__dict__). */
export function newMappingProxy(mapping: Ref): Ref {
  const p = alloc(T_MAPPINGPROXY, NativeL.SIZE);
  store(p, PROXIED, mapping);
  return p;
}

/** Calls mapping.name(*args). */
function callMethod(obj: Ref, name: string, args: Ref[]): Ref {
  return callObject(getAttr(obj, intern(name)), args);
}

function isMapping(r: Ref): boolean {
  if ((r & 1) === 1) return false;
  const k = kindOf(r);
  if (k === Kind.LIST || k === Kind.TUPLE) return false;
  return slotsOf(k).getitem !== undefined || lookupType(typeOf(r), N.__getitem__) !== NULL;
}

const unwrapProxy = (r: Ref): Ref => ((r & 1) === 0 && kindOf(r) === Kind.MAPPINGPROXY ? proxied(r) : r);

defineSlots(Kind.MAPPINGPROXY, {
  repr: (p) => `mappingproxy(${repr(proxied(p))})`,
  str: (p) => str(proxied(p)),
  len: (p) => length(proxied(p)),
  getitem: (p, key) => getItem(proxied(p), key),
  contains: (p, key) => contains(proxied(p), key),
  iter: (p) => getIter(proxied(p)),
  compare: (p, other, op) => richCompare(proxied(p), other, op),
  binary: (p, other, op, reflected) => {
    if (op === (BinaryOp.OR | INPLACE)) typeError(`'|=' is not supported by ${typeNameOf(p)}; use '|' instead`);
    if ((op & ~INPLACE) !== BinaryOp.OR) return NOT_IMPLEMENTED;
    const l = unwrapProxy(reflected ? other : p);
    const r = unwrapProxy(reflected ? p : other);
    return binaryOp(l, r, BinaryOp.OR);
  },
});

defStaticMethod(T_MAPPINGPROXY, {
  name: '__new__',
  varfn: (_self, args, kw) => {
    const given = kw === null ? [] : kw.names;
    if (args.length + given.length !== 2) typeError(`mappingproxy() takes exactly 1 argument (${args.length + given.length - 1} given)`);
    const mapping = args.length === 2 ? args[1] : kw!.values[0];
    if (!isMapping(mapping)) typeError(`mappingproxy() argument must be a mapping, not ${typeNameOf(mapping)}`);
    return newMappingProxy(mapping);
  },
});
defMethod(T_MAPPINGPROXY, {
  name: 'get', params: ['key', 'default'], required: 1,
  fn: (p, key, dflt) => callMethod(proxied(p), 'get', [key, dflt === NULL ? NONE : dflt]),
});
for (const name of ['keys', 'values', 'items', 'copy']) {
  defMethod(T_MAPPINGPROXY, { name, fn: (p) => callMethod(proxied(p), name, []) });
}
defMethod(T_MAPPINGPROXY, { name: '__reversed__', fn: (p) => callMethod(proxied(p), '__reversed__', []) });
defClassMethod(T_MAPPINGPROXY, { name: '__class_getitem__', params: ['item'], fn: (cls, item) => genericAlias(cls, item) });
