// type: the type object, its method resolution order and attribute lookup.
//
// Lookup of a name on a type walks its MRO's dicts. A worker-local cache remembers results
// keyed by (type, name); the whole cache is dropped whenever the heap-wide type epoch moves,
// which every change to any type's dict, bases or MRO does. Reading the epoch is one heap
// word, so lookups of methods and class attributes cost one shared read when cached.

import { nextVersion } from '../../stm/versions.js';
import { onCollection } from '../../gc/collector.js';
import { onWorldReset } from '../runtime/world.js';
import { alloc } from '../../gc/alloc.js';
import { heap } from '../../gc/heap.js';
import { Control, Kind, NULL, Ref, TypeL } from '../../gc/layout.js';
import { load, store } from '../../stm/barrier.js';
import { dictFindStr, dictEntryValue, dictGetStr, dictSet, newDict, dictForEach } from './dict.js';
import { strValue } from './str.js';
import { newTuple, tupleItem, tupleItems, tupleLength } from './tuple.js';
import { T_OBJECT, T_TYPE } from './statics.js';
import { typeOf } from './object.js';

export const typeDict = (t: Ref): Ref => load(t, TypeL.DICT);
export const typeMro = (t: Ref): Ref => load(t, TypeL.MRO);
export const typeBases = (t: Ref): Ref => load(t, TypeL.BASES);
export const typeBase = (t: Ref): Ref => load(t, TypeL.BASE);
export const typeFlags = (t: Ref): number => load(t, TypeL.FLAGS);
export const typeKind = (t: Ref): number => heap.i32[t + TypeL.KIND];
export const typeDictOffset = (t: Ref): number => heap.i32[t + TypeL.DICTOFFSET];
export const typeBasicSize = (t: Ref): number => heap.i32[t + TypeL.BASICSIZE];
export const typeNameRef = (t: Ref): Ref => load(t, TypeL.NAME);
export const typeName = (t: Ref): string => strValue(load(t, TypeL.NAME));
export const isType = (r: Ref): boolean => (r & 1) === 0 && r !== NULL && typeKind(typeOf(r)) === Kind.TYPE;

/** True if `a` is `b` or a subclass of it. */
export function isSubtype(a: Ref, b: Ref): boolean {
  if (a === b || b === T_OBJECT) return true;
  const mro = load(a, TypeL.MRO);
  const n = tupleLength(mro);
  for (let i = 1; i < n; i++) if (tupleItem(mro, i) === b) return true;
  return false;
}

export function isInstance(obj: Ref, t: Ref): boolean {
  return isSubtype(typeOf(obj), t);
}

// ---- lookup cache ----
const CACHE_BITS = 12;
const CACHE_SIZE = 1 << CACHE_BITS;
const cacheType = new Int32Array(CACHE_SIZE);
const cacheName = new Int32Array(CACHE_SIZE);
const cacheValue = new Int32Array(CACHE_SIZE);
let cacheEpoch = -1;
onWorldReset(() => { cacheEpoch = -1; cacheType.fill(0); });
// Keyed by address: a type the collector frees may be replaced by another at its address.
onCollection(() => { cacheEpoch = -1; cacheType.fill(0); });

/** The value of `name` (an interned str) found on `t`'s MRO, or NULL. */
export function lookupType(t: Ref, name: Ref): Ref {
  const epoch = typeEpoch();
  if (epoch !== cacheEpoch) {
    cacheType.fill(0);
    cacheEpoch = epoch;
  }
  const slot = (Math.imul(t ^ (name << 7), 0x9e3779b1) >>> (32 - CACHE_BITS));
  if (cacheType[slot] === t && cacheName[slot] === name) return cacheValue[slot];
  const value = lookupMro(t, name);
  cacheType[slot] = t;
  cacheName[slot] = name;
  cacheValue[slot] = value;
  return value;
}

/** The uncached walk: also returns which type of the MRO defined the name via `where`. */
export function lookupMro(t: Ref, name: Ref, where?: { type: Ref }): Ref {
  const mro = load(t, TypeL.MRO);
  const n = tupleLength(mro);
  for (let i = 0; i < n; i++) {
    const k = tupleItem(mro, i);
    const d = load(k, TypeL.DICT);
    const e = dictFindStr(d, name);
    if (e >= 0) {
      if (where) where.type = k;
      return dictEntryValue(d, e);
    }
  }
  return NULL;
}

/** Lookup that starts after `after` in the MRO of `t` (for super()). */
export function lookupAfter(t: Ref, after: Ref, name: Ref): Ref {
  const mro = load(t, TypeL.MRO);
  const n = tupleLength(mro);
  let i = 0;
  while (i < n && tupleItem(mro, i) !== after) i++;
  for (i++; i < n; i++) {
    const v = dictGetStr(load(tupleItem(mro, i), TypeL.DICT), name);
    if (v !== NULL) return v;
  }
  return NULL;
}

/** Must follow every change to a type's dict, bases or MRO. */
export function typeModified(): void {
  store(NULL, Control.TYPE_EPOCH, nextVersion());
}

/** The heap-wide type epoch: caches of type lookups are valid while it is unchanged. */
export function typeEpoch(): number {
  return load(NULL, Control.TYPE_EPOCH);
}

/** Sets an attribute in a type's own dict, keeping the caches and fast-path flags right. */
export function typeSetAttr(t: Ref, name: Ref, value: Ref, recomputeFlags: (t: Ref) => void): void {
  dictSet(load(t, TypeL.DICT), name, value);
  typeModified();
  recomputeFlags(t);
}

// ---- creation ----

export interface TypeInit {
  meta: Ref; name: Ref; qualname: Ref; bases: Ref; base: Ref; kind: number; flags: number;
  dictoffset: number; basicsize: number; dict: Ref; slots: Ref; module: Ref;
}

/** Writes a type object's fields at `t` (a static address or a fresh allocation). */
export function writeType(t: Ref, init: TypeInit): void {
  const i32 = heap.i32;
  i32[t] = init.meta;
  i32[t + TypeL.KIND] = init.kind;
  i32[t + TypeL.DICTOFFSET] = init.dictoffset;
  i32[t + TypeL.BASICSIZE] = init.basicsize;
  store(t, TypeL.DICT, init.dict);
  store(t, TypeL.NAME, init.name);
  store(t, TypeL.QUALNAME, init.qualname);
  store(t, TypeL.BASES, init.bases);
  store(t, TypeL.BASE, init.base);
  store(t, TypeL.FLAGS, init.flags);
  store(t, TypeL.SLOTS, init.slots);
  store(t, TypeL.MODULE, init.module);
}

export function allocType(meta: Ref): Ref {
  return alloc(meta, TypeL.SIZE);
}

export function setMro(t: Ref, mro: Ref[]): void {
  store(t, TypeL.MRO, newTuple(mro));
  typeModified();
}

export function setTypeFlags(t: Ref, flags: number): void {
  store(t, TypeL.FLAGS, flags);
}

/** C3 linearisation: the MRO, or the bases that could not be ordered (CPython names the
 *  heads of the sequences left when merging stopped, in order, once each). */
export function c3Mro(t: Ref, bases: Ref[]): { mro: Ref[] } | { conflict: Ref[] } {
  const seqs: Ref[][] = bases.map((b) => tupleItems(load(b, TypeL.MRO)));
  seqs.push([...bases]);
  const out: Ref[] = [t];
  for (;;) {
    const live = seqs.filter((s) => s.length > 0);
    if (live.length === 0) return { mro: out };
    let next: Ref = NULL;
    for (const s of live) {
      const head = s[0];
      if (!live.some((o) => o.indexOf(head) > 0)) { next = head; break; }
    }
    if (next === NULL) return { conflict: [...new Set(live.map((s) => s[0]))] };
    out.push(next);
    for (const s of live) if (s[0] === next) s.shift();
  }
}

export function newTypeDict(): Ref {
  return newDict(16);
}

/** Calls f for each (name, value) of a type's own dict. */
export function forEachTypeAttr(t: Ref, f: (name: Ref, value: Ref) => void): void {
  dictForEach(load(t, TypeL.DICT), (k, v) => { f(k, v); });
}

export const isMetaclass = (t: Ref): boolean => isSubtype(t, T_TYPE);
