// Interned strings: one str object per identifier, shared by all threads through a heap dict
// (Control.INTERNED), so names compare by address. Each worker caches the JS-string -> Ref
// mapping; interned strings are immortal, so the cache stays valid.

import { onWorldReset } from './world.js';
import { heap } from '../../gc/heap.js';
import { Control, NULL, Ref, StrFlags, StrL } from '../../gc/layout.js';
import { dictGetStr, dictSet, newDict } from '../objects/dict.js';
import { newStr, strValue } from '../objects/str.js';

const cache = new Map<string, Ref>();

export function intern(s: string): Ref {
  const hit = cache.get(s);
  if (hit !== undefined) return hit;
  const table = heap.i32[Control.INTERNED];
  const probe = newStr(s);
  let r = dictGetStr(table, probe);
  if (r === NULL) {
    r = probe;
    heap.i32[r + StrL.FLAGS] |= StrFlags.INTERNED;
    dictSet(table, r, r);
  }
  cache.set(s, r);
  return r;
}

/** Interns an existing str object (sys.intern, attribute names made at run time). */
export function internRef(r: Ref): Ref {
  return intern(strValue(r));
}

export function createInternTable(): void {
  heap.i32[Control.INTERNED] = newDict(1024);
}

onWorldReset(() => resetInternCache());
function resetInternCache(): void {
  cache.clear();
}
