// What Python sees of dict: its slots (repr, ==, len, d[k], `in`, iteration, |) and methods,
// with CPython 3.11's results and messages. The hash table itself is dict.ts.

import { Kind, NULL, Ref } from '../../gc/layout.js';
import { BinaryOp, CompareOp, INPLACE } from '../compiler/opcodes.js';
import { bool, equalsBool, getItem, getIter, hashOf, iterNext, iterToArray, repr, setItem } from '../runtime/abstract.js';
import { getAttr, getAttrOrNull } from '../runtime/attributes.js';
import { callBound, callObject } from '../runtime/call.js';
import { PyRaise } from '../runtime/errors.js';
import { intern } from '../runtime/intern.js';
import { defClassMethod, defMethod, defStaticMethod, Kwargs } from '../runtime/native.js';
import { N } from '../runtime/names.js';
import { defineSlots } from '../runtime/slots.js';
import {
  dictClear, dictCopy, dictDeleteEntry, dictEntryCount, dictEntryHash, dictEntryKey, dictEntryValue, dictFind,
  dictNextEntry, dictPrevEntry, dictSet, dictSetHashed, dictSize, dictTruncateEntries, newDictOfType,
} from './dict.js';
import { dictIterKeys, dictReversedKeys, newDictView, T_DICT_ITEMS, T_DICT_KEYS, T_DICT_VALUES } from './dictviews.js';
import { Exc, raise, raiseWithValue, typeError, valueError } from './exception.js';
import { genericAlias } from './genericalias.js';
import { guardedRepr, listItems } from './list.js';
import { kindOf, typeOf } from './object.js';
import { NONE, NOT_IMPLEMENTED, T_DICT, T_LIST, T_TUPLE } from './statics.js';
import { newTuple, tupleItems } from './tuple.js';
import { isSubtype, lookupType, typeBasicSize, typeName } from './typeobject.js';

const isDict = (r: Ref): boolean => (r & 1) === 0 && kindOf(r) === Kind.DICT;

// ---- slots ----

function dictRepr(d: Ref): string {
  return guardedRepr(d, '{...}', () => {
    let s = '';
    for (let i = dictNextEntry(d, 0); i >= 0; i = dictNextEntry(d, i + 1)) {
      const v = dictEntryValue(d, i);
      s += (s === '' ? '' : ', ') + repr(dictEntryKey(d, i)) + ': ' + repr(v);
    }
    return `{${s}}`;
  });
}

/** Same keys, and equal values for each (each key of a looked up in b by its stored hash). */
function dictEquals(a: Ref, b: Ref): boolean {
  if (dictSize(a) !== dictSize(b)) return false;
  for (let i = dictNextEntry(a, 0); i >= 0; i = dictNextEntry(a, i + 1)) {
    const key = dictEntryKey(a, i);
    const value = dictEntryValue(a, i);
    const j = dictFind(b, key, dictEntryHash(a, i));
    if (j < 0 || !equalsBool(value, dictEntryValue(b, j))) return false;
  }
  return true;
}

function dictCompare(self: Ref, other: Ref, op: number): Ref {
  if (!isDict(other)) return NOT_IMPLEMENTED;
  if (op === CompareOp.EQ) return bool(dictEquals(self, other));
  if (op === CompareOp.NE) return bool(!dictEquals(self, other));
  return NOT_IMPLEMENTED;
}

/** d[key]: a subclass's __missing__ answers for absent keys. */
function dictGetItem(d: Ref, key: Ref): Ref {
  const i = dictFind(d, key, hashOf(key));
  if (i >= 0) return dictEntryValue(d, i);
  const t = typeOf(d);
  if (t !== T_DICT) {
    const missing = lookupType(t, N.__missing__);
    if (missing !== NULL) return callBound(missing, d, [key]);
  }
  return raiseWithValue(Exc.KeyError, key);
}

function dictSetItem(d: Ref, key: Ref, value: Ref): void {
  if (value !== NULL) { dictSet(d, key, value); return; }
  const i = dictFind(d, key, hashOf(key));
  if (i < 0) raiseWithValue(Exc.KeyError, key);
  dictDeleteEntry(d, i);
}

/** d | other (a new plain dict) and d |= other (d updated from any mapping or pairs). */
function dictBinary(self: Ref, other: Ref, op: number, reflected: boolean): Ref {
  if ((op & ~INPLACE) !== BinaryOp.OR) return NOT_IMPLEMENTED;
  if ((op & INPLACE) !== 0 && !reflected) {
    dictUpdateArg(self, other);
    return self;
  }
  if (!isDict(other)) return NOT_IMPLEMENTED;
  const result = dictCopy(reflected ? other : self);
  dictUpdateArg(result, reflected ? self : other);
  return result;
}

defineSlots(Kind.DICT, {
  repr: dictRepr,
  compare: dictCompare,
  len: dictSize,
  getitem: dictGetItem,
  setitem: dictSetItem,
  contains: (d, key) => dictFind(d, key, hashOf(key)) >= 0,
  iter: dictIterKeys,
  binary: dictBinary,
});

// ---- updating from mappings and pairs ----

/** Whether iterating `m` means iterating its entries: a dict whose class keeps dict's own
 *  __iter__ (CPython then reads the entries directly and ignores an overridden keys()). */
function iteratesAsDict(m: Ref): boolean {
  return isDict(m) && (typeOf(m) === T_DICT || lookupType(typeOf(m), N.__iter__) === lookupType(T_DICT, N.__iter__));
}

/** Merges a mapping into d: entries of a dict, or keys() and m[key] of anything else. */
export function dictMerge(d: Ref, m: Ref): void {
  if (iteratesAsDict(m)) {
    if (m === d) return;
    const count = dictEntryCount(m);
    for (let i = dictNextEntry(m, 0); i >= 0; i = dictNextEntry(m, i + 1)) {
      dictSetHashed(d, dictEntryKey(m, i), dictEntryHash(m, i), dictEntryValue(m, i));
      if (dictEntryCount(m) !== count) raise(Exc.RuntimeError, 'dict mutated during update');
    }
    return;
  }
  const keys = iterToArray(callObject(getAttr(m, N.keys), []));
  for (const k of keys) dictSet(d, k, getItem(m, k));
}

/** Adds (key, value) pairs from an iterable of 2-item iterables. */
function dictMergePairs(d: Ref, pairs: Ref): void {
  const it = getIter(pairs);
  for (let n = 0; ; n++) {
    const item = iterNext(it);
    if (item === NULL) return;
    const kv = pairItems(item, n);
    if (kv.length !== 2) valueError(`dictionary update sequence element #${n} has length ${kv.length}; 2 is required`);
    dictSet(d, kv[0], kv[1]);
  }
}

function pairItems(item: Ref, n: number): Ref[] {
  const t = typeOf(item);
  if (t === T_TUPLE) return tupleItems(item);
  if (t === T_LIST) return listItems(item);
  try {
    return iterToArray(item);
  } catch (e) {
    if (e instanceof PyRaise && isSubtype(typeOf(e.exc), Exc.TypeError)) {
      typeError(`cannot convert dictionary update sequence element #${n} to a sequence`);
    }
    throw e;
  }
}

/** d.update(arg) for one positional argument: a dict, anything with keys(), or pairs. */
export function dictUpdateArg(d: Ref, arg: Ref): void {
  if ((arg & 1) === 0 && typeOf(arg) === T_DICT) dictMerge(d, arg);
  else if (getAttrOrNull(arg, N.keys) !== NULL) dictMerge(d, arg);
  else dictMergePairs(d, arg);
}

/** dict.update / dict.__init__: at most one positional argument, then the keywords. */
function dictUpdateCommon(d: Ref, args: Ref[], kw: Kwargs | null, name: string): void {
  if (args.length > 1) typeError(`${name} expected at most 1 argument, got ${args.length}`);
  if (args.length === 1) dictUpdateArg(d, args[0]);
  if (kw !== null) for (let i = 0; i < kw.names.length; i++) dictSet(d, intern(kw.names[i]), kw.values[i]);
}

// ---- methods ----

defStaticMethod(T_DICT, {
  name: '__new__',
  varfn: (_self, args) => {
    if (args.length === 0) typeError('dict.__new__(): not enough arguments');
    const cls = args[0];
    if (!isSubtype(cls, T_DICT)) typeError(`dict.__new__(${typeName(cls)}): ${typeName(cls)} is not a subtype of dict`);
    return newDictOfType(cls, typeBasicSize(cls));
  },
});
defMethod(T_DICT, {
  name: '__init__',
  varfn: (d, args, kw) => { dictUpdateCommon(d, args, kw, 'dict'); return NONE; },
});
defMethod(T_DICT, {
  name: 'update',
  varfn: (d, args, kw) => { dictUpdateCommon(d, args, kw, 'update'); return NONE; },
});
defMethod(T_DICT, { name: 'keys', fn: (d) => newDictView(T_DICT_KEYS, d) });
defMethod(T_DICT, { name: 'values', fn: (d) => newDictView(T_DICT_VALUES, d) });
defMethod(T_DICT, { name: 'items', fn: (d) => newDictView(T_DICT_ITEMS, d) });
defMethod(T_DICT, {
  name: 'get', params: ['key', 'default'], required: 1,
  fn: (d, key, dflt) => {
    const i = dictFind(d, key, hashOf(key));
    return i >= 0 ? dictEntryValue(d, i) : dflt === NULL ? NONE : dflt;
  },
});
defMethod(T_DICT, {
  name: 'setdefault', params: ['key', 'default'], required: 1,
  fn: (d, key, dflt) => {
    const hash = hashOf(key);
    const i = dictFind(d, key, hash);
    if (i >= 0) return dictEntryValue(d, i);
    const value = dflt === NULL ? NONE : dflt;
    dictSetHashed(d, key, hash, value);
    return value;
  },
});
defMethod(T_DICT, {
  name: 'pop', params: ['key', 'default'], required: 1,
  fn: (d, key, dflt) => {
    const i = dictFind(d, key, hashOf(key));
    if (i >= 0) return dictDeleteEntry(d, i);
    if (dflt === NULL) raiseWithValue(Exc.KeyError, key);
    return dflt;
  },
});
defMethod(T_DICT, {
  name: 'popitem',
  fn: (d) => {
    const i = dictPrevEntry(d, dictEntryCount(d) - 1);
    if (i < 0) raise(Exc.KeyError, 'popitem(): dictionary is empty');
    const item = newTuple([dictEntryKey(d, i), dictEntryValue(d, i)]);
    dictDeleteEntry(d, i);
    dictTruncateEntries(d, i);
    return item;
  },
});
defMethod(T_DICT, { name: 'copy', fn: (d) => dictCopy(d) });
defMethod(T_DICT, { name: 'clear', fn: (d) => { dictClear(d); return NONE; } });
defMethod(T_DICT, { name: '__reversed__', fn: dictReversedKeys });
defClassMethod(T_DICT, {
  name: 'fromkeys', params: ['iterable', 'value'], required: 1,
  fn: (cls, iterable, value) => {
    const v = value === NULL ? NONE : value;
    const d = callObject(cls, []);
    const exact = (d & 1) === 0 && typeOf(d) === T_DICT;
    const it = getIter(iterable);
    for (let k = iterNext(it); k !== NULL; k = iterNext(it)) {
      if (exact) dictSet(d, k, v);
      else setItem(d, k, v);
    }
    return d;
  },
});
defClassMethod(T_DICT, { name: '__class_getitem__', params: ['item'], fn: (cls, item) => genericAlias(cls, item) });
