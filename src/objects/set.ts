// set and frozenset: CPython's open-addressed table of (hash, key), probed the same way
// (a short linear run, then perturbed jumps) and resized at the same fill, so that iteration
// order matches CPython's wherever hashes do (ints, for instance). The Python-visible methods
// are in set_methods.ts; this file is the table.
//
// SetL.HASH holds a frozenset's cached hash (0 = not computed yet). A mutable set is never
// hashed, so there the same word is set.pop's search finger, as CPython keeps one.

import { alloc } from '../../gc/alloc.js';
import { ArrayL, NULL, Ref, SetL } from '../../gc/layout.js';
import { load, store } from '../../stm/barrier.js';
import { equalsBool, hashOf } from '../runtime/abstract.js';
import { arrayLength, newArray } from './array.js';
import { T_FROZENSET, T_SET } from './statics.js';

const MIN_SIZE = 8;
const LINEAR_PROBES = 9;
/** Key of a deleted entry (never a valid Ref: negative and even). */
const DUMMY = -2;
const FINGER = SetL.HASH;

export function newSetOfType(type: Ref, minWords: number = SetL.SIZE_WORDS): Ref {
  const s = alloc(type, Math.max(SetL.SIZE_WORDS, minWords));
  store(s, SetL.TABLE, newArray(MIN_SIZE * 2));
  return s;
}

export const newSet = (): Ref => newSetOfType(T_SET);
export const newFrozenSet = (): Ref => newSetOfType(T_FROZENSET);
export const setSize = (s: Ref): number => load(s, SetL.USED);

const tableSize = (table: Ref): number => arrayLength(table) >> 1;
const hashAt = (table: Ref, i: number): number => load(table, ArrayL.ITEMS + 2 * i);
const keyAt = (table: Ref, i: number): Ref => load(table, ArrayL.ITEMS + 2 * i + 1);
function putAt(table: Ref, i: number, hash: number, key: Ref): void {
  store(table, ArrayL.ITEMS + 2 * i, hash);
  store(table, ArrayL.ITEMS + 2 * i + 1, key);
}

/** The low 32 bits of CPython's probe perturbation after `shift` bits: its perturb is the
 *  64-bit hash (here the int32 table hash, sign-extended) shifted right, unsigned. Computed
 *  from the hash alone, so a probe loop keeps no state that a nested probe could disturb. */
function perturbAt(hash: number, shift: number): number {
  const hi = hash < 0 ? 0xffffffff : 0;
  if (shift < 32) return ((hash >>> shift) | (shift === 0 ? 0 : hi << (32 - shift))) >>> 0;
  return shift < 64 ? hi >>> (shift - 32) : 0;
}

/** The next probe position after i. */
const nextProbe = (i: number, hash: number, shift: number, mask: number): number =>
  (i * 5 + 1 + perturbAt(hash, shift)) & mask;

/** Adds key; returns false if it was already present. */
export function setAdd(s: Ref, key: Ref): boolean {
  return setAddHashed(s, key, hashOf(key));
}

export function setAddHashed(s: Ref, key: Ref, hash: number): boolean {
  restart: for (;;) {
    const table = load(s, SetL.TABLE);
    const mask = tableSize(table) - 1;
    // CPython 3.11 puts a new key in the LAST deleted entry its probe passed, if any.
    let free = -1;
    let start = hash & mask;
    for (let shift = 5; ; shift += 5) {
      let i = start;
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (;;) {
        const k = keyAt(table, i);
        if (k === NULL) {
          if (free >= 0) { putAt(table, free, hash, key); store(s, SetL.USED, load(s, SetL.USED) + 1); return true; }
          putAt(table, i, hash, key);
          const fill = load(s, SetL.FILL) + 1;
          const used = load(s, SetL.USED) + 1;
          store(s, SetL.FILL, fill);
          store(s, SetL.USED, used);
          if (fill * 5 >= mask * 3) resize(s, used > 50000 ? used * 2 : used * 4);
          return true;
        }
        if (k === DUMMY) {
          free = i;
        } else if (k === key) {
          return false;
        } else if (hashAt(table, i) === hash) {
          if (equalsBool(k, key)) return false;
          // __eq__ may have changed the set: start again as CPython does.
          if (load(s, SetL.TABLE) !== table || keyAt(table, i) !== k) continue restart;
        }
        if (probes-- === 0) break;
        i++;
      }
      start = nextProbe(start, hash, shift, mask);
    }
  }
}

/** Index of key in the table, or -1. */
function findIndex(s: Ref, key: Ref, hash: number): number {
  restart: for (;;) {
    const table = load(s, SetL.TABLE);
    const mask = tableSize(table) - 1;
    let start = hash & mask;
    for (let shift = 5; ; shift += 5) {
      let i = start;
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (;;) {
        const k = keyAt(table, i);
        if (k === NULL) return -1;
        if (k === key) return i;
        if (k !== DUMMY && hashAt(table, i) === hash) {
          if (equalsBool(k, key)) return i;
          if (load(s, SetL.TABLE) !== table || keyAt(table, i) !== k) continue restart;
        }
        if (probes-- === 0) break;
        i++;
      }
      start = nextProbe(start, hash, shift, mask);
    }
  }
}

export function setContains(s: Ref, key: Ref): boolean {
  return findIndex(s, key, hashOf(key)) >= 0;
}

export function setContainsHashed(s: Ref, key: Ref, hash: number): boolean {
  return findIndex(s, key, hash) >= 0;
}

/** Removes key; returns false if absent. */
export function setDiscard(s: Ref, key: Ref): boolean {
  return setDiscardHashed(s, key, hashOf(key));
}

export function setDiscardHashed(s: Ref, key: Ref, hash: number): boolean {
  const i = findIndex(s, key, hash);
  if (i < 0) return false;
  putAt(load(s, SetL.TABLE), i, -1, DUMMY);
  store(s, SetL.USED, load(s, SetL.USED) - 1);
  return true;
}

function resize(s: Ref, minUsed: number): void {
  let size = MIN_SIZE;
  while (size <= minUsed) size <<= 1;
  const old = load(s, SetL.TABLE);
  const oldSize = tableSize(old);
  const table = newArray(size * 2);
  const mask = size - 1;
  for (let j = 0; j < oldSize; j++) {
    const k = keyAt(old, j);
    if (k === NULL || k === DUMMY) continue;
    insertClean(table, mask, k, hashAt(old, j));
  }
  store(s, SetL.TABLE, table);
  store(s, SetL.FILL, load(s, SetL.USED));
}

function insertClean(table: Ref, mask: number, key: Ref, hash: number): void {
  let i = hash & mask;
  for (let shift = 5; ; shift += 5) {
    if (keyAt(table, i) === NULL) { putAt(table, i, hash, key); return; }
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 1; j <= LINEAR_PROBES; j++) {
        if (keyAt(table, i + j) === NULL) { putAt(table, i + j, hash, key); return; }
      }
    }
    i = nextProbe(i, hash, shift, mask);
  }
}

/** Empties the set (the pop finger stays where it was, as in CPython). */
export function setClear(s: Ref): void {
  store(s, SetL.TABLE, newArray(MIN_SIZE * 2));
  store(s, SetL.USED, 0);
  store(s, SetL.FILL, 0);
}

/** Grows the table once before `extra` keys are added, as CPython does before a bulk update. */
export function setPresize(s: Ref, extra: number): void {
  const mask = tableSize(load(s, SetL.TABLE)) - 1;
  if ((load(s, SetL.FILL) + extra) * 5 >= mask * 3) resize(s, (load(s, SetL.USED) + extra) * 2);
}

/** Adds every key of set `other` to `s` (CPython's set_merge: same table sizes and order). */
export function setMerge(s: Ref, other: Ref): void {
  const otherUsed = load(other, SetL.USED);
  if (s === other || otherUsed === 0) return;
  setPresize(s, otherUsed);
  const table = load(s, SetL.TABLE);
  const otherTable = load(other, SetL.TABLE);
  const size = tableSize(otherTable);
  if (load(s, SetL.FILL) === 0) {
    // Empty target: no duplicates possible, so place keys without comparing.
    const mask = tableSize(table) - 1;
    const sameShape = mask === size - 1 && load(other, SetL.FILL) === otherUsed;
    for (let i = 0; i < size; i++) {
      const k = keyAt(otherTable, i);
      if (k === NULL || k === DUMMY) continue;
      if (sameShape) putAt(table, i, hashAt(otherTable, i), k);
      else insertClean(table, mask, k, hashAt(otherTable, i));
    }
    store(s, SetL.FILL, otherUsed);
    store(s, SetL.USED, otherUsed);
    return;
  }
  for (let i = 0; i < size; i++) {
    const k = keyAt(otherTable, i);
    if (k !== NULL && k !== DUMMY) setAddHashed(s, k, hashAt(otherTable, i));
  }
}

/** After bulk discards: rebuilds the table when more than a quarter of it is dummies. */
export function setCompact(s: Ref): void {
  const mask = tableSize(load(s, SetL.TABLE)) - 1;
  const used = load(s, SetL.USED);
  if (load(s, SetL.FILL) - used <= (mask >>> 2)) return;
  resize(s, used > 50000 ? used * 2 : used * 4);
}

/** Exchanges the contents of two sets (not a set's pop finger). */
export function setSwapContents(a: Ref, b: Ref): void {
  for (const w of [SetL.TABLE, SetL.USED, SetL.FILL]) {
    const t = load(a, w);
    store(a, w, load(b, w));
    store(b, w, t);
  }
}

/** The next live table position at or after i, or -1 (for iterators). */
export function setNextIndex(s: Ref, i: number): number {
  const table = load(s, SetL.TABLE);
  const n = tableSize(table);
  for (; i < n; i++) {
    const k = keyAt(table, i);
    if (k !== NULL && k !== DUMMY) return i;
  }
  return -1;
}

export function setKeyAt(s: Ref, i: number): Ref {
  return keyAt(load(s, SetL.TABLE), i);
}

export function setHashAt(s: Ref, i: number): number {
  return hashAt(load(s, SetL.TABLE), i);
}

/** The keys in table order. */
export function setItems(s: Ref): Ref[] {
  const out: Ref[] = [];
  for (let i = setNextIndex(s, 0); i >= 0; i = setNextIndex(s, i + 1)) out.push(setKeyAt(s, i));
  return out;
}

/** Removes and returns a key as CPython's set.pop does: the first live entry at or after a
 *  finger that moves past each popped entry. NULL if the set is empty. */
export function setPopKey(s: Ref): Ref {
  if (load(s, SetL.USED) === 0) return NULL;
  const table = load(s, SetL.TABLE);
  const mask = tableSize(table) - 1;
  let i = load(s, FINGER) & mask;
  for (;;) {
    const k = keyAt(table, i);
    if (k !== NULL && k !== DUMMY) break;
    i = (i + 1) & mask;
  }
  const k = keyAt(table, i);
  putAt(table, i, -1, DUMMY);
  store(s, SetL.USED, load(s, SetL.USED) - 1);
  store(s, FINGER, i + 1);
  return k;
}

/** A frozenset's cached hash, 0 if not computed yet. */
export const frozensetCachedHash = (s: Ref): number => load(s, SetL.HASH);
export function setFrozensetCachedHash(s: Ref, h: number): void { store(s, SetL.HASH, h); }
