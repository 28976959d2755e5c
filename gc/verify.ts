// The heap verifier (tests and debugging): walks the whole heap and checks that every block
// has a valid header and that every Ref word of every object points at the start of a live
// object whose type word is a type. On with the environment variable PYSTM_VERIFY_HEAP=1 or
// `--verify-heap`; the collector then runs it after each collection.

import { Control, HDR_INFO, HDR_TYPE, INFO_FREE, infoSize, Kind, Ref, StrL, TypeL, WeakrefL } from './layout.js';
import { heap } from './heap.js';
import { preparePointerMaps, scanObject, Visitor } from './pointers.js';
import { NONE, T_ARRAY } from '../src/objects/statics.js';

let on = typeof process !== 'undefined' && process.env.PYSTM_VERIFY_HEAP === '1';
export const verifyEnabled = (): boolean => on;
export const setVerifyHeap = (v: boolean): void => { on = v; };

export class HeapCorrupt extends Error {}

/** Checks the whole heap; throws HeapCorrupt naming the first bad word found. Returns the
 *  number of objects checked. */
export function verifyHeap(): number {
  preparePointerMaps();
  const i32 = heap.i32;
  const top = i32[Control.TOP];
  // Object starts, one bit per 2 words (objects are 2-word aligned).
  const starts = new Uint8Array((top >> 4) + 1);
  const isStart = (r: Ref): boolean => (starts[r >> 4] & (1 << ((r >> 1) & 7))) !== 0;
  const objects: Ref[] = [];
  for (let a = NONE; a < top;) {
    const info = i32[a + HDR_INFO];
    if (info === 0 && a < i32[Control.BOOT_END]) { a += 2; continue; }
    const size = infoSize(info);
    if (size < 2 || (size & 1) !== 0 || a + size > top) throw new HeapCorrupt(`block at ${a}: bad size ${size}`);
    if ((info & INFO_FREE) === 0) {
      starts[a >> 4] |= 1 << ((a >> 1) & 7);
      objects.push(a);
    }
    a += size;
  }
  let owner = 0;
  const check = (r: number, what: string): void => {
    if (r <= 0 || (r & 1) !== 0) return;
    if (r >= top || !isStart(r)) throw new HeapCorrupt(`object ${owner} (type ${typeName(owner)}): ${what} ${r} is not a live object`);
    const t = i32[r + HDR_TYPE];
    if (t <= 0 || t >= top || !isStart(t) || i32[i32[t + HDR_TYPE] + TypeL.KIND] !== Kind.TYPE) {
      throw new HeapCorrupt(`object ${owner}: ${what} ${r} has no valid type (${t})`);
    }
  };
  const visitor: Visitor = {
    word: (r) => check(r, 'word'),
    owned: (a) => {
      check(a, 'array');
      if (i32[a + HDR_TYPE] !== T_ARRAY) throw new HeapCorrupt(`object ${owner}: owned ${a} is not an array`);
      return true;
    },
    weakref: (w) => check(i32[w + WeakrefL.REFERENT], 'referent'),
  };
  for (const a of objects) {
    owner = a;
    if (i32[a + HDR_TYPE] !== T_ARRAY) scanObject(a, visitor);
  }
  return objects.length;
}

function typeName(obj: Ref): string {
  const t = heap.i32[obj + HDR_TYPE];
  const name = heap.i32[t + TypeL.NAME];
  if (name <= 0) return '?';
  const units = heap.i32[name + StrL.UNITS];
  let s = '';
  for (let i = 0; i < units && i < 40; i++) s += String.fromCharCode(heap.u16[(name + StrL.DATA) * 2 + i]);
  return s;
}
