// str: immutable UTF-16 code units in the heap, with the length in code points, a hash
// computed at creation, and flags (ASCII, astral). Each worker keeps a cache of decoded JS
// strings: the objects never change, so the cache needs no invalidation until the collector
// frees and reuses addresses (it clears the cache then).

import { onWorldReset } from '../runtime/world.js';
import { addRootScanner, onCollection } from '../../gc/collector.js';
import { alloc } from '../../gc/alloc.js';
import { heap } from '../../gc/heap.js';
import { Ref, StrFlags, StrL } from '../../gc/layout.js';
import { T_STR } from './statics.js';

const decoded = new Map<Ref, string>();
const DECODED_LIMIT = 1 << 18;

/** Creates a str object of type `type` (str or a subclass) holding `s`. */
export function newStrOfType(type: Ref, s: string, minWords = 0): Ref {
  const units = s.length;
  const r = alloc(type, Math.max(StrL.DATA + ((units + 1) >> 1), minWords));
  const u16 = heap.u16;
  const base = (r + StrL.DATA) * 2;
  let hash = 0x811c9dc5 | 0;
  let flags = StrFlags.ASCII;
  let surrogates = 0;
  for (let i = 0; i < units; i++) {
    const c = s.charCodeAt(i);
    u16[base + i] = c;
    hash = Math.imul(hash ^ c, 0x01000193);
    if (c >= 0x80) {
      flags &= ~StrFlags.ASCII;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < units) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) surrogates++;
      }
    }
  }
  if (surrogates > 0) flags |= StrFlags.ASTRAL;
  const i32 = heap.i32;
  i32[r + StrL.HASH] = hash === -1 ? -2 : hash;
  i32[r + StrL.LENGTH] = units - surrogates;
  i32[r + StrL.UNITS] = units;
  i32[r + StrL.FLAGS] = flags;
  return r;
}

export function newStr(s: string): Ref {
  return newStrOfType(T_STR, s);
}

/** The JS string of a str object (or an instance of a str subclass). */
export function strValue(r: Ref): string {
  // Short strings decode faster than a cache lookup (and would crowd the cache).
  if (heap.i32[r + StrL.UNITS] <= SHORT_UNITS) return decode(r);
  const hit = decoded.get(r);
  if (hit !== undefined) return hit;
  const s = decode(r);
  if (decoded.size >= DECODED_LIMIT) decoded.clear();
  decoded.set(r, s);
  return s;
}

// Decoding a short string costs less than a cache lookup, and much less than a cache insert.
const SHORT_UNITS = 16;

function decode(r: Ref): string {
  const units = heap.i32[r + StrL.UNITS];
  const base = (r + StrL.DATA) * 2;
  const u16 = heap.u16;
  if (units < 64) {
    let s = '';
    for (let i = 0; i < units; i++) s += String.fromCharCode(u16[base + i]);
    return s;
  }
  const parts: string[] = [];
  for (let i = 0; i < units; i += 8192) {
    const n = Math.min(8192, units - i);
    parts.push(String.fromCharCode.apply(null, Array.from(u16.subarray(base + i, base + i + n))));
  }
  return parts.join('');
}

/** Forgets every decoded string (the collector calls this before addresses are reused). */
export function clearStrCache(): void {
  decoded.clear();
  offsetsCache.clear();
}

export const strHash = (r: Ref): number => heap.i32[r + StrL.HASH];
/** Length in code points, as Python's len(). */
export const strLength = (r: Ref): number => heap.i32[r + StrL.LENGTH];
export const strUnits = (r: Ref): number => heap.i32[r + StrL.UNITS];
export const strIsAscii = (r: Ref): boolean => (heap.i32[r + StrL.FLAGS] & StrFlags.ASCII) !== 0;
export const strHasAstral = (r: Ref): boolean => (heap.i32[r + StrL.FLAGS] & StrFlags.ASTRAL) !== 0;
/** Code unit i (for ASCII or BMP-only strings, also code point i). */
export const strUnitAt = (r: Ref, i: number): number => heap.u16[(r + StrL.DATA) * 2 + i];

/** Equality of two str objects' contents. */
export function strEquals(a: Ref, b: Ref): boolean {
  if (a === b) return true;
  const i32 = heap.i32;
  if (i32[a + StrL.HASH] !== i32[b + StrL.HASH]) return false;
  const n = i32[a + StrL.UNITS];
  if (n !== i32[b + StrL.UNITS]) return false;
  const u16 = heap.u16;
  const pa = (a + StrL.DATA) * 2;
  const pb = (b + StrL.DATA) * 2;
  for (let i = 0; i < n; i++) if (u16[pa + i] !== u16[pb + i]) return false;
  return true;
}

/** Code-point comparison of two strs: negative, zero or positive. */
export function strCompare(a: Ref, b: Ref): number {
  if (a === b) return 0;
  const sa = strValue(a);
  const sb = strValue(b);
  if (!strHasAstral(a) && !strHasAstral(b)) return sa < sb ? -1 : sa > sb ? 1 : 0;
  const ca = Array.from(sa);
  const cb = Array.from(sb);
  const n = Math.min(ca.length, cb.length);
  for (let i = 0; i < n; i++) {
    const d = ca[i].codePointAt(0)! - cb[i].codePointAt(0)!;
    if (d !== 0) return d;
  }
  return ca.length - cb.length;
}

// ---- single characters: one str per code point below 256, made once ----
const charCache: Ref[] = [];

export function charStr(code: number): Ref {
  if (code < 256) {
    const hit = charCache[code];
    if (hit !== undefined) return hit;
    const r = newStr(String.fromCharCode(code));
    charCache[code] = r;
    return r;
  }
  return newStr(String.fromCodePoint(code));
}

/** Clears the character cache when a new heap is attached (tests make several). */
onWorldReset(() => resetStrCaches());
// The caches are keyed by address, and a freed address is reused; the characters stay.
onCollection(() => { decoded.clear(); offsetsCache.clear(); });
addRootScanner((mark) => { for (const r of charCache) if (r !== undefined) mark(r); });
function resetStrCaches(): void {
  charCache.length = 0;
  decoded.clear();
  offsetsCache.clear();
}

// ---- code point positions: strings with astral characters (surrogate pairs) are indexed
// by code point through a worker-local table of each code point's code-unit offset. ----
const offsetsCache = new Map<Ref, Int32Array>();
const OFFSETS_LIMIT = 1 << 12;

/** Code-unit offset of each code point of an astral str, and the end (length + 1 entries). */
function strOffsets(r: Ref): Int32Array {
  const hit = offsetsCache.get(r);
  if (hit !== undefined) return hit;
  const n = heap.i32[r + StrL.LENGTH];
  const units = heap.i32[r + StrL.UNITS];
  const base = (r + StrL.DATA) * 2;
  const u16 = heap.u16;
  const out = new Int32Array(n + 1);
  let u = 0;
  for (let i = 0; i < n; i++) {
    out[i] = u;
    const c = u16[base + u];
    u += c >= 0xd800 && c <= 0xdbff && u + 1 < units && (u16[base + u + 1] & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  out[n] = units;
  if (offsetsCache.size >= OFFSETS_LIMIT) offsetsCache.clear();
  offsetsCache.set(r, out);
  return out;
}

/** The code-unit offset of code point i (0 <= i <= length). */
export function strUnitIndex(r: Ref, i: number): number {
  return (heap.i32[r + StrL.FLAGS] & StrFlags.ASTRAL) === 0 ? i : strOffsets(r)[i];
}

/** The code-point index of code-unit offset u (u at a code point boundary). */
export function strCodePointIndex(r: Ref, u: number): number {
  if ((heap.i32[r + StrL.FLAGS] & StrFlags.ASTRAL) === 0) return u;
  const offs = strOffsets(r);
  let lo = 0;
  let hi = offs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offs[mid] < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Code point i (0 <= i < length). */
export function strCodePointAt(r: Ref, i: number): number {
  const base = (r + StrL.DATA) * 2;
  if ((heap.i32[r + StrL.FLAGS] & StrFlags.ASTRAL) === 0) return heap.u16[base + i];
  const offs = strOffsets(r);
  const u = offs[i];
  const c = heap.u16[base + u];
  return offs[i + 1] - u === 2 ? 0x10000 + ((c - 0xd800) << 10) + (heap.u16[base + u + 1] - 0xdc00) : c;
}

/** The JS string of code points [a, b) of r. */
export function strSubstring(r: Ref, a: number, b: number): string {
  if ((heap.i32[r + StrL.FLAGS] & StrFlags.ASTRAL) === 0) return strValue(r).slice(a, b);
  const offs = strOffsets(r);
  return strValue(r).slice(offs[a], offs[b]);
}
