// dict: CPython's compact layout. ENTRIES holds (hash, key, value) triples in insertion order
// (a deleted entry keeps its slot with key NULL until the next resize); INDICES is an open-
// addressed table of entry numbers + 1 (0 empty, -1 deleted) probed as CPython probes.
// Everything mutable goes through the barrier: a dict may be shared by every thread.

import { nextVersion } from '../../stm/versions.js';
import { alloc } from '../../gc/alloc.js';
import { ArrayL, DICT_ENTRY_WORDS, DictL, NULL, Ref } from '../../gc/layout.js';
import { load, store } from '../../stm/barrier.js';
import { arrayLength, newArray } from './array.js';
import { T_DICT, T_STR } from './statics.js';
import { heap } from '../../gc/heap.js';
import { hashOf, equalsBool } from '../runtime/abstract.js';
import { strEquals, strHash } from './str.js';

const MIN_INDICES = 8;
const E_HASH = 0;
const E_KEY = 1;
const E_VALUE = 2;

export function newDictOfType(type: Ref, minWords: number = DictL.SIZE_WORDS, expected = 0): Ref {
  const d = alloc(type, Math.max(DictL.SIZE_WORDS, minWords));
  initTables(d, indicesSizeFor(expected));
  return d;
}

export function newDict(expected = 0): Ref {
  return newDictOfType(T_DICT, DictL.SIZE_WORDS, expected);
}

function indicesSizeFor(entries: number): number {
  let size = MIN_INDICES;
  while (size * 2 < entries * 3) size <<= 1;
  return size;
}

function initTables(d: Ref, indicesSize: number): void {
  store(d, DictL.INDICES, newArray(indicesSize));
  store(d, DictL.ENTRIES, newArray(((indicesSize * 2) / 3 | 0) * DICT_ENTRY_WORDS));
  store(d, DictL.USED, 0);
  store(d, DictL.NENTRIES, 0);
}

export const dictSize = (d: Ref): number => load(d, DictL.USED);
export const dictKeysVersion = (d: Ref): number => load(d, DictL.KEYS_VERSION);
/** Number of entry slots to scan when iterating (includes deleted ones). */
export const dictEntryCount = (d: Ref): number => load(d, DictL.NENTRIES);

/** Key of entry i, or NULL for a deleted entry. */
export function dictEntryKey(d: Ref, i: number): Ref {
  return load(load(d, DictL.ENTRIES), ArrayL.ITEMS + i * DICT_ENTRY_WORDS + E_KEY);
}
export function dictEntryValue(d: Ref, i: number): Ref {
  return load(load(d, DictL.ENTRIES), ArrayL.ITEMS + i * DICT_ENTRY_WORDS + E_VALUE);
}
export function dictEntryHash(d: Ref, i: number): number {
  return load(load(d, DictL.ENTRIES), ArrayL.ITEMS + i * DICT_ENTRY_WORDS + E_HASH);
}
export function dictSetEntryValue(d: Ref, i: number, v: Ref): void {
  store(load(d, DictL.ENTRIES), ArrayL.ITEMS + i * DICT_ENTRY_WORDS + E_VALUE, v);
}

/** Entry number of `key`, or -1. `key` may be any hashable object; `hash` is hashOf(key). */
export function dictFind(d: Ref, key: Ref, hash: number): number {
  const indices = load(d, DictL.INDICES);
  const entries = load(d, DictL.ENTRIES);
  const mask = arrayLength(indices) - 1;
  let i = hash & mask;
  let perturb = hash >>> 0;
  for (;;) {
    const slot = load(indices, ArrayL.ITEMS + i);
    if (slot === 0) return -1;
    if (slot > 0) {
      const e = ArrayL.ITEMS + (slot - 1) * DICT_ENTRY_WORDS;
      const k = load(entries, e + E_KEY);
      if (k === key) return slot - 1;
      if (load(entries, e + E_HASH) === hash && k !== NULL && equalsBool(k, key)) return slot - 1;
    }
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

/** Lookup by a str key: identity or equal contents, no user code can run. */
export function dictFindStr(d: Ref, key: Ref): number {
  const hash = strHash(key);
  const indices = load(d, DictL.INDICES);
  const entries = load(d, DictL.ENTRIES);
  const mask = arrayLength(indices) - 1;
  let i = hash & mask;
  let perturb = hash >>> 0;
  for (;;) {
    const slot = load(indices, ArrayL.ITEMS + i);
    if (slot === 0) return -1;
    if (slot > 0) {
      const e = ArrayL.ITEMS + (slot - 1) * DICT_ENTRY_WORDS;
      const k = load(entries, e + E_KEY);
      if (k === key) return slot - 1;
      if (load(entries, e + E_HASH) === hash && k !== NULL && isStrKey(k) && strEquals(k, key)) return slot - 1;
    }
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

/** Whether a key is an exact str, which dictFindStr may compare without running user code. */
const isStrKey = (r: Ref): boolean => (r & 1) === 0 && heap.i32[r] === T_STR;

export function dictGet(d: Ref, key: Ref): Ref {
  const i = dictFind(d, key, hashOf(key));
  return i < 0 ? NULL : dictEntryValue(d, i);
}

export function dictGetStr(d: Ref, key: Ref): Ref {
  const i = dictFindStr(d, key);
  return i < 0 ? NULL : dictEntryValue(d, i);
}

export function dictSet(d: Ref, key: Ref, value: Ref): void {
  dictSetHashed(d, key, hashOf(key), value);
}

export function dictSetHashed(d: Ref, key: Ref, hash: number, value: Ref): void {
  const found = dictFind(d, key, hash);
  if (found >= 0) { dictSetEntryValue(d, found, value); return; }
  insertNew(d, key, hash, value);
}

function insertNew(d: Ref, key: Ref, hash: number, value: Ref): void {
  let entries = load(d, DictL.ENTRIES);
  let n = load(d, DictL.NENTRIES);
  if ((n + 1) * DICT_ENTRY_WORDS > arrayLength(entries)) {
    resize(d, load(d, DictL.USED) + 1);
    entries = load(d, DictL.ENTRIES);
    n = load(d, DictL.NENTRIES);
  }
  const e = ArrayL.ITEMS + n * DICT_ENTRY_WORDS;
  store(entries, e + E_HASH, hash);
  store(entries, e + E_KEY, key);
  store(entries, e + E_VALUE, value);
  placeIndex(load(d, DictL.INDICES), hash, n + 1);
  store(d, DictL.NENTRIES, n + 1);
  store(d, DictL.USED, load(d, DictL.USED) + 1);
  store(d, DictL.KEYS_VERSION, nextVersion());
}

function placeIndex(indices: Ref, hash: number, slotValue: number): void {
  const mask = arrayLength(indices) - 1;
  let i = hash & mask;
  let perturb = hash >>> 0;
  while (load(indices, ArrayL.ITEMS + i) > 0) {
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  store(indices, ArrayL.ITEMS + i, slotValue);
}

/** Rebuilds the tables for `used` live entries, dropping deleted ones. */
function resize(d: Ref, used: number): void {
  const oldEntries = load(d, DictL.ENTRIES);
  const oldCount = load(d, DictL.NENTRIES);
  initTables(d, indicesSizeFor(used * 2));
  const indices = load(d, DictL.INDICES);
  const entries = load(d, DictL.ENTRIES);
  let n = 0;
  for (let i = 0; i < oldCount; i++) {
    const e = ArrayL.ITEMS + i * DICT_ENTRY_WORDS;
    const key = load(oldEntries, e + E_KEY);
    if (key === NULL) continue;
    const hash = load(oldEntries, e + E_HASH);
    const ne = ArrayL.ITEMS + n * DICT_ENTRY_WORDS;
    store(entries, ne + E_HASH, hash);
    store(entries, ne + E_KEY, key);
    store(entries, ne + E_VALUE, load(oldEntries, e + E_VALUE));
    n++;
    placeIndex(indices, hash, n);
  }
  store(d, DictL.NENTRIES, n);
  store(d, DictL.USED, n);
}

/** Removes entry number i (found by dictFind); returns its value. */
export function dictDeleteEntry(d: Ref, i: number): Ref {
  const entries = load(d, DictL.ENTRIES);
  const e = ArrayL.ITEMS + i * DICT_ENTRY_WORDS;
  const value = load(entries, e + E_VALUE);
  const hash = load(entries, e + E_HASH);
  const indices = load(d, DictL.INDICES);
  const mask = arrayLength(indices) - 1;
  let j = hash & mask;
  let perturb = hash >>> 0;
  while (load(indices, ArrayL.ITEMS + j) !== i + 1) {
    perturb >>>= 5;
    j = (j * 5 + perturb + 1) & mask;
  }
  store(indices, ArrayL.ITEMS + j, -1);
  store(entries, e + E_KEY, NULL);
  store(entries, e + E_VALUE, NULL);
  store(d, DictL.USED, load(d, DictL.USED) - 1);
  store(d, DictL.KEYS_VERSION, nextVersion());
  return value;
}

/** Deletes `key`; returns its value or NULL if absent. */
export function dictDelete(d: Ref, key: Ref): Ref {
  const i = dictFind(d, key, hashOf(key));
  return i < 0 ? NULL : dictDeleteEntry(d, i);
}

export function dictClear(d: Ref): void {
  initTables(d, MIN_INDICES);
  store(d, DictL.KEYS_VERSION, nextVersion());
}

/** Calls f(key, value) for each live entry in order; stops early if f returns true. */
export function dictForEach(d: Ref, f: (key: Ref, value: Ref, index: number) => boolean | void): void {
  const n = load(d, DictL.NENTRIES);
  for (let i = 0; i < n && i < load(d, DictL.NENTRIES); i++) {
    const k = dictEntryKey(d, i);
    if (k !== NULL && f(k, dictEntryValue(d, i), i) === true) return;
  }
}

/** Next live entry number at or after i, or -1 (for iterators). */
export function dictNextEntry(d: Ref, i: number): number {
  const n = load(d, DictL.NENTRIES);
  while (i < n) {
    if (dictEntryKey(d, i) !== NULL) return i;
    i++;
  }
  return -1;
}

/** Last live entry number at or before i, or -1 (for reverse iterators). */
export function dictPrevEntry(d: Ref, i: number): number {
  i = Math.min(i, load(d, DictL.NENTRIES) - 1);
  while (i >= 0) {
    if (dictEntryKey(d, i) !== NULL) return i;
    i--;
  }
  return -1;
}

/** Forgets entry slots from n on, all of them deleted (dict.popitem: the next insertion
 *  reuses the popped entry's slot, as in CPython). */
export function dictTruncateEntries(d: Ref, n: number): void {
  store(d, DictL.NENTRIES, n);
}

/** Adds a key known to be absent (copying a dict): no lookup, so no __eq__ runs. */
export function dictInsertAbsent(d: Ref, key: Ref, hash: number, value: Ref): void {
  insertNew(d, key, hash, value);
}

/** A new dict of `type` with the entries of `src`, in order. */
export function dictCopy(src: Ref, type: Ref = T_DICT, minWords: number = DictL.SIZE_WORDS): Ref {
  const d = newDictOfType(type, minWords, dictSize(src));
  const n = dictEntryCount(src);
  for (let i = 0; i < n; i++) {
    const k = dictEntryKey(src, i);
    if (k !== NULL) insertNew(d, k, dictEntryHash(src, i), dictEntryValue(src, i));
  }
  return d;
}
