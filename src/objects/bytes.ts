// bytes: an immutable byte string stored inline, with a hash computed at creation.
//
// This file also holds what bytes and bytearray share: the read-only methods (find, split,
// upper, decode, hex...), which work on a Uint8Array copy of the receiver's content and build
// their result with the receiver's base type; the slots both types answer the same way; their
// construction from a source object; and their iterators. Text codecs are str_codecs.ts's.
// bytes.ts and bytearray.ts import each other: bytearray.ts's top-level code uses only
// function declarations from this file, which exist before either module runs.

import { alloc } from '../../gc/alloc.js';
import { heap } from '../../gc/heap.js';
import { BytesL, IterL, Kind, NULL, Ref, SliceL, TypeFlags } from '../../gc/layout.js';
import { load, store } from '../../stm/barrier.js';
import { BinaryOp, CompareOp } from '../compiler/opcodes.js';
import { FormatError } from '../format/errors.js';
import { floatAsInt } from '../format/float.js';
import { percentFormat, PercentArgs } from '../format/percent.js';
import { bytesRepr } from '../format/repr.js';
import {
  asIndex, bool, callDunder, compareOrdering, getItem, getIter, isTrue, iterNext, iterToArray, repr, typeNameOf,
} from '../runtime/abstract.js';
import { callObject } from '../runtime/call.js';
import { PyRaise } from '../runtime/errors.js';
import { defClassMethod, defMethod, defStaticMethod, Kwargs } from '../runtime/native.js';
import { N } from '../runtime/names.js';
import { defineSlots, newKind, slotsOf } from '../runtime/slots.js';
import { defineBuiltinType } from '../runtime/world.js';
import { byteArrayAt, byteArrayLength, byteArrayValue, newByteArray } from './bytearray.js';
import { extraWords } from './classes.js';
import { Exc, raise, typeError, valueError, indexError } from './exception.js';
import { floatValue } from './float.js';
import { intValue, smallInt } from './int.js';
import { kindOf, typeOf } from './object.js';
import { FALSE, NONE, NOT_IMPLEMENTED, T_BYTEARRAY, T_BYTES, T_SLICE, T_STR, T_TUPLE, TRUE } from './statics.js';
import { newStr, strValue } from './str.js';
import { newList } from './list.js';
import { decodeBytes, encodeString } from './str_codecs.js';
import { newTuple, tupleItems } from './tuple.js';
import { isSubtype, lookupType, typeFlags } from './typeobject.js';

// ---- storage ----

/** Words that hold n bytes packed four to a word (bytes inline, bytearray in its buffer). */
export function wordsFor(nbytes: number): number {
  return (nbytes + 3) >> 2;
}

export function newBytesOfType(type: Ref, data: ArrayLike<number>, minWords = 0): Ref {
  const r = alloc(type, Math.max(BytesL.DATA + wordsFor(data.length), minWords));
  const u8 = heap.u8;
  const base = (r + BytesL.DATA) * 4;
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < data.length; i++) {
    u8[base + i] = data[i];
    hash = Math.imul(hash ^ data[i], 0x01000193);
  }
  heap.i32[r + BytesL.LENGTH] = data.length;
  heap.i32[r + BytesL.HASH] = hash === -1 ? -2 : hash;
  return r;
}

export function newBytes(data: ArrayLike<number>): Ref {
  return newBytesOfType(T_BYTES, data);
}

export const bytesLength = (r: Ref): number => heap.i32[r + BytesL.LENGTH];
export const bytesHash = (r: Ref): number => heap.i32[r + BytesL.HASH];

/** A copy of the bytes. */
export function bytesValue(r: Ref): Uint8Array {
  const base = (r + BytesL.DATA) * 4;
  return heap.u8.slice(base, base + heap.i32[r + BytesL.LENGTH]);
}

/** A view of the bytes in the heap: valid only until the next allocation. */
function bytesView(r: Ref): Uint8Array {
  const base = (r + BytesL.DATA) * 4;
  return heap.u8.subarray(base, base + heap.i32[r + BytesL.LENGTH]);
}

// ---- bytes and bytearray alike ----

const isBytesKind = (k: number): boolean => k === Kind.BYTES || k === Kind.BYTEARRAY;

/** The content of a bytes or bytearray (or an instance of a subclass) as a copy; else null. */
export function bytesLikeValue(r: Ref): Uint8Array | null {
  if ((r & 1) === 1) return null;
  const k = kindOf(r);
  if (k === Kind.BYTES) return bytesValue(r);
  if (k === Kind.BYTEARRAY) return byteArrayValue(r);
  return null;
}

/** A bytes-like receiver's content (self is known to be bytes or bytearray). */
const content = (self: Ref): Uint8Array => bytesLikeValue(self)!;

function byteLength(r: Ref): number {
  return kindOf(r) === Kind.BYTES ? bytesLength(r) : byteArrayLength(r);
}

function byteAt(r: Ref, i: number): number {
  return kindOf(r) === Kind.BYTES ? heap.u8[(r + BytesL.DATA) * 4 + i] : byteArrayAt(r, i);
}

/** A new object of the receiver's base type (bytes or bytearray) holding `data`. */
function like(self: Ref, data: ArrayLike<number>): Ref {
  return kindOf(self) === Kind.BYTEARRAY ? newByteArray(data) : newBytes(data);
}

// ---- arguments ----

/** Whether r can be used as an integer through __index__. */
export function hasIndex(r: Ref): boolean {
  if ((r & 1) === 1) return true;
  const k = kindOf(r);
  return k === Kind.INT || k === Kind.BOOL || slotsOf(k).index !== undefined || lookupType(typeOf(r), N.__index__) !== NULL;
}

/** Whether r's type has __getitem__ (a slot or a method). */
function hasGetItem(r: Ref): boolean {
  return (r & 1) === 0 && (slotsOf(kindOf(r)).getitem !== undefined || lookupType(typeOf(r), N.__getitem__) !== NULL);
}

/** An int argument (a width, a count) as a JS number. */
function intArg(r: Ref): number {
  const v = intValue(asIndex(r));
  if (typeof v === 'bigint') raise(Exc.OverflowError, 'Python int too large to convert to C ssize_t');
  return v as number;
}

const MAX_BYTES = 0x7fffffff;

/** A zeroed buffer of n bytes; MemoryError past what one object can hold. */
function allocBytes(n: number): Uint8Array {
  if (n > MAX_BYTES) raise(Exc.MemoryError, '');
  return new Uint8Array(n);
}

/** An int-like value that must be a byte. */
export function byteArg(r: Ref): number {
  const v = intValue(asIndex(r));
  if (typeof v === 'bigint' || v < 0 || v > 255) valueError('byte must be in range(0, 256)');
  return v as number;
}

function needBytes(r: Ref): Uint8Array {
  const b = bytesLikeValue(r);
  if (b === null) typeError(`a bytes-like object is required, not '${typeNameOf(r)}'`);
  return b!;
}

/** The `sub` argument of count/find/index: a byte as an int, or a bytes-like object. */
function subArg(r: Ref): Uint8Array {
  const b = bytesLikeValue(r);
  if (b !== null) return b;
  if (hasIndex(r)) return Uint8Array.of(byteArg(r));
  return typeError(`argument should be integer or bytes-like object, not '${typeNameOf(r)}'`);
}

function strArg(r: Ref, fname: string, param: string): string {
  if ((r & 1) === 1 || !isSubtype(typeOf(r), T_STR)) {
    typeError(`${fname}() argument '${param}' must be str, not ${r === NONE ? 'None' : typeNameOf(r)}`);
  }
  return strValue(r);
}

/** A slice bound given as an int, None or missing (NULL); huge values become +-Infinity
 *  so that clamping them to the sequence gives CPython's result. */
function sliceIndex(r: Ref, dflt: number): number {
  if (r === NULL || r === NONE) return dflt;
  if (!hasIndex(r)) typeError('slice indices must be integers or None or have an __index__ method');
  const v = intValue(asIndex(r));
  return typeof v === 'bigint' ? (v < 0n ? -Infinity : Infinity) : v;
}

/** [start, end) of `self[start:end]` for methods taking optional start and end. */
function span(n: number, startArg: Ref, endArg: Ref): [number, number] {
  let start = sliceIndex(startArg, 0);
  let end = sliceIndex(endArg, n);
  if (end > n) end = n;
  else if (end < 0) end = Math.max(0, end + n);
  if (start < 0) start = Math.max(0, start + n);
  return [start, end];
}

/** CPython's slice.indices(n) and the slice's length: [start, stop, step, count]. */
export function sliceRange(slice: Ref, n: number): [number, number, number, number] {
  const step = sliceIndex(load(slice, SliceL.STEP), 1);
  if (step === 0) valueError('slice step cannot be zero');
  const clamp = (r: Ref, dflt: number): number => {
    if (r === NULL || r === NONE) return dflt;
    let i = sliceIndex(r, dflt);
    if (i < 0) { i += n; if (i < 0) i = step < 0 ? -1 : 0; }
    else if (i >= n) i = step < 0 ? n - 1 : n;
    return i;
  };
  const start = clamp(load(slice, SliceL.START), step < 0 ? n - 1 : 0);
  const stop = clamp(load(slice, SliceL.STOP), step < 0 ? -1 : n);
  let count = 0;
  if (step > 0 && start < stop) count = Math.floor((stop - start - 1) / step) + 1;
  else if (step < 0 && stop < start) count = Math.floor((start - stop - 1) / -step) + 1;
  return [start, stop, step, count];
}

/** Whether `self[key]` indexes or slices; TypeError for other keys. */
export function subscriptKind(self: Ref, key: Ref): 'index' | 'slice' {
  if (hasIndex(key)) return 'index';
  if ((key & 1) === 0 && typeOf(key) === T_SLICE) return 'slice';
  const what = kindOf(self) === Kind.BYTES ? 'byte' : 'bytearray';
  return typeError(`${what} indices must be integers or slices, not ${typeNameOf(key)}`);
}

/** A Node Buffer over part of a Uint8Array, for its native searching (no copy). */
function buf(a: Uint8Array, start = 0, end = a.length): Buffer {
  return Buffer.from(a.buffer, a.byteOffset + start, end - start);
}

// ---- searching ----

function findIn(hay: Uint8Array, sub: Uint8Array, start: number, end: number): number {
  if (end - start < sub.length) return -1;
  if (sub.length === 0) return start;
  const i = buf(hay, start, end).indexOf(sub);
  return i < 0 ? -1 : i + start;
}

function rfindIn(hay: Uint8Array, sub: Uint8Array, start: number, end: number): number {
  if (end - start < sub.length) return -1;
  if (sub.length === 0) return end;
  const i = buf(hay, start, end).lastIndexOf(sub);
  return i < 0 ? -1 : i + start;
}

function countIn(hay: Uint8Array, sub: Uint8Array, start: number, end: number): number {
  if (end - start < sub.length) return 0;
  if (sub.length === 0) return end - start + 1;
  const b = buf(hay, start, end);
  let n = 0;
  for (let i = b.indexOf(sub); i >= 0; i = b.indexOf(sub, i + sub.length)) n++;
  return n;
}

function concat(parts: ArrayLike<number>[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

function repeat(data: Uint8Array, times: number): Uint8Array {
  if (times <= 0 || data.length === 0) return new Uint8Array(0);
  const out = allocBytes(data.length * times);
  for (let i = 0; i < times; i++) out.set(data, i * data.length);
  return out;
}

// ---- slots shared with bytearray ----

export function bytesCompare(self: Ref, other: Ref, op: number): Ref {
  const equality = op === CompareOp.EQ || op === CompareOp.NE;
  if (kindOf(self) === Kind.BYTES && (other & 1) === 0 && kindOf(other) === Kind.BYTES) {
    // Two immutable byte strings (dict keys, mostly): compared in the heap, without copies.
    if (equality && (bytesLength(self) !== bytesLength(other) || bytesHash(self) !== bytesHash(other))) return bool(op === CompareOp.NE);
    return bool(compareOrdering(Buffer.compare(bytesView(self), bytesView(other)), op));
  }
  const b = bytesLikeValue(other);
  if (b === null) return NOT_IMPLEMENTED;
  const a = content(self);
  if (equality && a.length !== b.length) return bool(op === CompareOp.NE);
  return bool(compareOrdering(Buffer.compare(a, b), op));
}

export function bytesContains(self: Ref, v: Ref): boolean {
  const hay = content(self);
  if (hasIndex(v)) return hay.indexOf(byteArg(v)) >= 0;
  return findIn(hay, needBytes(v), 0, hay.length) >= 0;
}

export function bytesGetItem(self: Ref, key: Ref): Ref {
  if (subscriptKind(self, key) === 'index') {
    const n = byteLength(self);
    let i = intValue(asIndex(key));
    if (typeof i === 'bigint') return indexError("cannot fit 'int' into an index-sized integer");
    if (i < 0) i += n;
    if (i < 0 || i >= n) indexError(kindOf(self) === Kind.BYTES ? 'index out of range' : 'bytearray index out of range');
    return smallInt(byteAt(self, i));
  }
  const data = content(self);
  const [start, , step, count] = sliceRange(key, data.length);
  if (step === 1) return like(self, data.subarray(start, start + count));
  const out = new Uint8Array(count);
  for (let k = 0; k < count; k++) out[k] = data[start + k * step];
  return like(self, out);
}

/** The repeat count of `seq * n`: OverflowError past the index range, as CPython. */
function repeatCount(r: Ref): number {
  const v = intValue(asIndex(r));
  if (typeof v === 'bigint') raise(Exc.OverflowError, "cannot fit 'int' into an index-sized integer");
  return v as number;
}

/** +, * and % for bytes and bytearray (the in-place forms are bytearray's). */
export function bytesBinary(self: Ref, other: Ref, op: number, reflected: boolean): Ref {
  switch (op) {
    case BinaryOp.ADD: {
      if (reflected) return NOT_IMPLEMENTED;
      const b = bytesLikeValue(other);
      if (b === null) {
        // A class of other's may still answer with __radd__; a built-in one cannot.
        if (overridesDunders(typeOf(other))) return NOT_IMPLEMENTED;
        typeError(`can't concat ${typeNameOf(other)} to ${typeNameOf(self)}`);
      }
      return like(self, concat([content(self), b!]));
    }
    case BinaryOp.MUL:
      if (!hasIndex(other)) return NOT_IMPLEMENTED;
      return like(self, repeat(content(self), repeatCount(other)));
    case BinaryOp.MOD:
      return reflected ? NOT_IMPLEMENTED : like(self, percent(content(self), other));
    default:
      return NOT_IMPLEMENTED;
  }
}

/** Whether a class defines dunder methods of its own (the abstract protocol asks them). */
function overridesDunders(t: Ref): boolean {
  return (typeFlags(t) & TypeFlags.OVERRIDES) !== 0;
}

defineSlots(Kind.BYTES, {
  repr: (self) => bytesRepr(bytesValue(self)),
  hash: bytesHash,
  compare: bytesCompare,
  bool: (self) => bytesLength(self) > 0,
  len: bytesLength,
  getitem: bytesGetItem,
  contains: bytesContains,
  iter: (self) => newByteIterator(T_BYTES_ITERATOR, self),
  binary: bytesBinary,
});

// ---- iterators ----

/** Declares an iterator type over bytes or bytearray; its Kind is its own. */
export function defineByteIterator(name: string): Ref {
  const kind = newKind();
  const t = defineBuiltinType(name, kind);
  defineSlots(kind, { iter: (self) => self, next: byteIterNext });
  defMethod(t, {
    name: '__length_hint__',
    fn: (self) => {
      const seq = load(self, IterL.SEQ);
      return smallInt(seq === NULL ? 0 : Math.max(0, byteLength(seq) - load(self, IterL.INDEX)));
    },
  });
  return t;
}

export function newByteIterator(type: Ref, seq: Ref): Ref {
  const it = alloc(type, IterL.SIZE);
  store(it, IterL.SEQ, seq);
  return it;
}

/** The next byte; the length is read afresh each time since a bytearray may change. */
function byteIterNext(it: Ref): Ref {
  const seq = load(it, IterL.SEQ);
  if (seq === NULL) return NULL;
  const i = load(it, IterL.INDEX);
  if (i >= byteLength(seq)) {
    store(it, IterL.SEQ, NULL);
    return NULL;
  }
  store(it, IterL.INDEX, i + 1);
  return smallInt(byteAt(seq, i));
}

export const T_BYTES_ITERATOR = defineByteIterator('bytes_iterator');

// ---- construction ----

export interface SourceArgs { source: Ref; encoding: Ref; errors: Ref; }

const SOURCE_PARAMS = ['source', 'encoding', 'errors'];

/** The (source, encoding, errors) arguments of bytes() and bytearray(). */
export function parseSourceArgs(fname: string, args: Ref[], kw: Kwargs | null): SourceArgs {
  if (args.length > 3) typeError(`${fname}() takes at most 3 arguments (${args.length} given)`);
  const got = [NULL, NULL, NULL];
  args.forEach((a, i) => { got[i] = a; });
  if (kw !== null) {
    kw.names.forEach((name, i) => {
      const at = SOURCE_PARAMS.indexOf(name);
      if (at < 0) typeError(`'${name}' is an invalid keyword argument for ${fname}()`);
      if (at < args.length) typeError(`argument for ${fname}() given by name ('${name}') and position (${at + 1})`);
      got[at] = kw.values[i];
    });
  }
  if (got[1] !== NULL) strArg(got[1], fname, 'encoding');
  if (got[2] !== NULL) strArg(got[2], fname, 'errors');
  return { source: got[0], encoding: got[1], errors: got[2] };
}

/** The bytes that bytes(source, encoding, errors) or bytearray(...) hold. */
export function bytesSource(fname: 'bytes' | 'bytearray', source: Ref, encoding: Ref, errors: Ref): Uint8Array {
  const isStr = source !== NULL && (source & 1) === 0 && isSubtype(typeOf(source), T_STR);
  if (isStr) {
    if (encoding === NULL) typeError('string argument without an encoding');
    return encodeString(strValue(source), strValue(encoding), errors === NULL ? 'strict' : strValue(errors), source);
  }
  if (encoding !== NULL) typeError('encoding without a string argument');
  if (errors !== NULL) typeError('errors without a string argument');
  if (source === NULL) return new Uint8Array(0);
  if (fname === 'bytes') {
    const fromDunder = bytesFromDunder(source);
    if (fromDunder !== null) return fromDunder;
  }
  const b = bytesLikeValue(source);
  if (b !== null) return b;
  if (hasIndex(source)) {
    const n = intValue(asIndex(source));
    if (n < 0) valueError('negative count');
    if (typeof n === 'bigint') raise(Exc.OverflowError, "cannot fit 'int' into an index-sized integer");
    return allocBytes(n as number);
  }
  return bytesFromIterable(fname, source);
}

/** bytes(x) for an x whose class defines __bytes__; null if it does not. */
function bytesFromDunder(x: Ref): Uint8Array | null {
  if ((x & 1) === 1 || lookupType(typeOf(x), N.__bytes__) === NULL) return null;
  const r = callDunder(x, N.__bytes__, []);
  if (kindOf(r) !== Kind.BYTES) typeError(`__bytes__ returned non-bytes (type ${typeNameOf(r)})`);
  return bytesValue(r);
}

/** iter(obj), with a TypeError from it replaced by one that says what the caller wanted. */
export function iterOrTypeError(obj: Ref, message: string): Ref {
  try {
    return getIter(obj);
  } catch (e) {
    if (e instanceof PyRaise && isSubtype(typeOf(e.exc), Exc.TypeError)) typeError(message);
    throw e;
  }
}

function bytesFromIterable(fname: string, source: Ref): Uint8Array {
  const it = iterOrTypeError(source, `cannot convert '${typeNameOf(source)}' object to ${fname}`);
  const out: number[] = [];
  for (let x = iterNext(it); x !== NULL; x = iterNext(it)) {
    const v = intValue(asIndex(x));
    if (typeof v === 'bigint' || v < 0 || v > 255) valueError(fname === 'bytes' ? 'bytes must be in range(0, 256)' : 'byte must be in range(0, 256)');
    out.push(v as number);
  }
  return Uint8Array.from(out);
}

defStaticMethod(T_BYTES, {
  name: '__new__',
  varfn: (_, args, kw) => {
    const cls = args[0];
    const { source, encoding, errors } = parseSourceArgs('bytes', args.slice(1), kw);
    const data = bytesSource('bytes', source, encoding, errors);
    if (cls === T_BYTES) return newBytes(data);
    return newBytesOfType(cls, data, BytesL.DATA + wordsFor(data.length) + extraWords(cls));
  },
});

defMethod(T_BYTES, { name: '__bytes__', fn: (self) => (typeOf(self) === T_BYTES ? self : newBytes(bytesValue(self))) });

// ---- character classes (ASCII only, as bytes methods are) ----

const isSpace = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);
const isLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a;
const isAlpha = (c: number): boolean => isLower(c) || isUpper(c);
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const toUpper = (c: number): number => (isLower(c) ? c - 32 : c);
const toLower = (c: number): number => (isUpper(c) ? c + 32 : c);
const swapCase = (c: number): number => (isLower(c) ? c - 32 : isUpper(c) ? c + 32 : c);

/** True if every byte passes and there is at least one. */
function all(data: Uint8Array, test: (c: number) => boolean): boolean {
  if (data.length === 0) return false;
  for (let i = 0; i < data.length; i++) if (!test(data[i])) return false;
  return true;
}

/** islower/isupper: some cased byte, none of the other case. */
function onlyCase(data: Uint8Array, want: (c: number) => boolean, other: (c: number) => boolean): boolean {
  let cased = false;
  for (let i = 0; i < data.length; i++) {
    if (other(data[i])) return false;
    if (want(data[i])) cased = true;
  }
  return cased;
}

function isTitle(data: Uint8Array): boolean {
  let cased = false;
  let previousCased = false;
  for (let i = 0; i < data.length; i++) {
    const c = data[i];
    if (isUpper(c)) {
      if (previousCased) return false;
      previousCased = cased = true;
    } else if (isLower(c)) {
      if (!previousCased) return false;
      previousCased = cased = true;
    } else {
      previousCased = false;
    }
  }
  return cased;
}

function title(data: Uint8Array): Uint8Array {
  let previousCased = false;
  return data.map((c) => {
    const r = previousCased ? toLower(c) : toUpper(c);
    previousCased = isAlpha(c);
    return r;
  });
}

function capitalize(data: Uint8Array): Uint8Array {
  return data.map((c, i) => (i === 0 ? toUpper(c) : toLower(c)));
}

// ---- splitting, stripping, padding ----

function splitWhitespace(data: Uint8Array, maxsplit: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let i = 0;
  const n = data.length;
  while (true) {
    while (i < n && isSpace(data[i])) i++;
    if (i === n) break;
    if (maxsplit-- === 0) {
      out.push(data.subarray(i));
      break;
    }
    let j = i;
    while (j < n && !isSpace(data[j])) j++;
    out.push(data.subarray(i, j));
    i = j;
  }
  return out;
}

function rsplitWhitespace(data: Uint8Array, maxsplit: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let j = data.length;
  while (true) {
    while (j > 0 && isSpace(data[j - 1])) j--;
    if (j === 0) break;
    if (maxsplit-- === 0) {
      out.push(data.subarray(0, j));
      break;
    }
    let i = j;
    while (i > 0 && !isSpace(data[i - 1])) i--;
    out.push(data.subarray(i, j));
    j = i;
  }
  return out.reverse();
}

function splitOn(data: Uint8Array, sep: Uint8Array, maxsplit: number): Uint8Array[] {
  if (sep.length === 0) valueError('empty separator');
  const out: Uint8Array[] = [];
  let i = 0;
  for (let j = findIn(data, sep, 0, data.length); j >= 0 && maxsplit-- !== 0; j = findIn(data, sep, i, data.length)) {
    out.push(data.subarray(i, j));
    i = j + sep.length;
  }
  out.push(data.subarray(i));
  return out;
}

function rsplitOn(data: Uint8Array, sep: Uint8Array, maxsplit: number): Uint8Array[] {
  if (sep.length === 0) valueError('empty separator');
  const out: Uint8Array[] = [];
  let j = data.length;
  for (let i = rfindIn(data, sep, 0, j); i >= 0 && maxsplit-- !== 0; i = rfindIn(data, sep, 0, j)) {
    out.push(data.subarray(i + sep.length, j));
    j = i;
  }
  out.push(data.subarray(0, j));
  return out.reverse();
}

function splitLines(data: Uint8Array, keepends: boolean): Uint8Array[] {
  const out: Uint8Array[] = [];
  let i = 0;
  const n = data.length;
  while (i < n) {
    let j = i;
    while (j < n && data[j] !== 0x0a && data[j] !== 0x0d) j++;
    let next = j;
    if (j < n) next = data[j] === 0x0d && data[j + 1] === 0x0a ? j + 2 : j + 1;
    out.push(data.subarray(i, keepends ? next : j));
    i = next;
  }
  return out;
}

/** strip/lstrip/rstrip: `chars` NULL or None strips ASCII whitespace. */
function strip(data: Uint8Array, chars: Ref, left: boolean, right: boolean): Uint8Array {
  const set = chars === NULL || chars === NONE ? null : needBytes(chars);
  const strippable = (c: number): boolean => (set === null ? isSpace(c) : set.indexOf(c) >= 0);
  let i = 0;
  let j = data.length;
  if (left) while (i < j && strippable(data[i])) i++;
  if (right) while (j > i && strippable(data[j - 1])) j--;
  return data.subarray(i, j);
}

function replace(data: Uint8Array, old: Uint8Array, rep: Uint8Array, count: number): Uint8Array {
  const parts: Uint8Array[] = [];
  if (old.length === 0) {
    let i = 0;
    for (; i <= data.length && count-- !== 0; i++) {
      parts.push(rep);
      if (i < data.length) parts.push(data.subarray(i, i + 1));
    }
    parts.push(data.subarray(i));
    return concat(parts);
  }
  let i = 0;
  for (let j = findIn(data, old, 0, data.length); j >= 0 && count-- !== 0; j = findIn(data, old, i, data.length)) {
    parts.push(data.subarray(i, j), rep);
    i = j + old.length;
  }
  parts.push(data.subarray(i));
  return concat(parts);
}

/** The fill byte of center/ljust/rjust: a bytes or bytearray of length 1. */
function fillArg(fname: string, r: Ref): number {
  if (r === NULL) return 0x20;
  const b = (r & 1) === 0 && isBytesKind(kindOf(r)) ? bytesLikeValue(r)! : null;
  if (b === null || b.length !== 1) typeError(`${fname}() argument 2 must be a byte string of length 1, not ${typeNameOf(r)}`);
  return b![0];
}

function pad(data: Uint8Array, left: number, right: number, fill: number): Uint8Array {
  const out = allocBytes(left + data.length + right).fill(fill);
  out.set(data, left);
  return out;
}

function center(data: Uint8Array, width: number, fill: number): Uint8Array {
  const margin = width - data.length;
  if (margin <= 0) return data;
  const left = (margin >> 1) + (margin & width & 1);
  return pad(data, left, margin - left, fill);
}

function zfill(data: Uint8Array, width: number): Uint8Array {
  const margin = width - data.length;
  if (margin <= 0) return data;
  const out = pad(data, margin, 0, 0x30);
  if (data.length > 0 && (data[0] === 0x2b || data[0] === 0x2d)) {
    out[0] = data[0];
    out[margin] = 0x30;
  }
  return out;
}

function expandTabs(data: Uint8Array, tabsize: number): Uint8Array {
  const out: number[] = [];
  let column = 0;
  for (const c of data) {
    if (c === 0x09) {
      if (tabsize > 0) {
        const spaces = tabsize - (column % tabsize);
        for (let k = 0; k < spaces; k++) out.push(0x20);
        column += spaces;
      }
    } else {
      out.push(c);
      column = c === 0x0a || c === 0x0d ? 0 : column + 1;
    }
  }
  return Uint8Array.from(out);
}

function join(self: Ref, iterable: Ref): Ref {
  let items: Ref[];
  try {
    items = iterToArray(iterable);
  } catch (e) {
    if (e instanceof PyRaise && isSubtype(typeOf(e.exc), Exc.TypeError) && !hasIter(iterable)) typeError('can only join an iterable');
    throw e;
  }
  const sep = content(self);
  const parts: Uint8Array[] = [];
  items.forEach((item, i) => {
    const b = bytesLikeValue(item);
    if (b === null) typeError(`sequence item ${i}: expected a bytes-like object, ${typeNameOf(item)} found`);
    if (i > 0) parts.push(sep);
    parts.push(b!);
  });
  return like(self, concat(parts));
}

const hasIter = (r: Ref): boolean =>
  (r & 1) === 0 && (slotsOf(kindOf(r)).iter !== undefined || lookupType(typeOf(r), N.__iter__) !== NULL || hasGetItem(r));

function partition(self: Ref, sepArg: Ref, fromRight: boolean): Ref {
  const data = content(self);
  const sep = needBytes(sepArg);
  if (sep.length === 0) valueError('empty separator');
  const i = fromRight ? rfindIn(data, sep, 0, data.length) : findIn(data, sep, 0, data.length);
  const empty = new Uint8Array(0);
  if (i < 0) {
    return newTuple(fromRight ? [like(self, empty), like(self, empty), like(self, data)] : [like(self, data), like(self, empty), like(self, empty)]);
  }
  // bytes hands back the separator object itself, bytearray a new bytearray.
  const middle = kindOf(self) === Kind.BYTES ? sepArg : like(self, sep);
  return newTuple([like(self, data.subarray(0, i)), middle, like(self, data.subarray(i + sep.length))]);
}

/** startswith/endswith: `prefix` is bytes-like or a tuple of them. */
function affix(self: Ref, prefix: Ref, start: Ref, end: Ref, fname: string, atEnd: boolean): Ref {
  const data = content(self);
  const [s, e] = span(data.length, start, end);
  const test = (p: Uint8Array): boolean => {
    if (e - s < p.length || s > data.length) return false;
    const at = atEnd ? e - p.length : s;
    for (let k = 0; k < p.length; k++) if (data[at + k] !== p[k]) return false;
    return true;
  };
  if ((prefix & 1) === 0 && isSubtype(typeOf(prefix), T_TUPLE)) {
    for (const item of tupleItems(prefix)) if (test(affixArg(item, fname))) return TRUE;
    return FALSE;
  }
  return bool(test(affixArg(prefix, fname)));
}

function affixArg(r: Ref, fname: string): Uint8Array {
  const b = bytesLikeValue(r);
  if (b === null) typeError(`${fname} first arg must be bytes or a tuple of bytes, not ${typeNameOf(r)}`);
  return b!;
}

/** count, find, index and their right-hand forms. */
function search(self: Ref, sub: Ref, start: Ref, end: Ref, how: 'find' | 'rfind' | 'count'): number {
  const data = content(self);
  const needle = subArg(sub);
  const [s, e] = span(data.length, start, end);
  if (how === 'count') return countIn(data, needle, s, e);
  return how === 'find' ? findIn(data, needle, s, e) : rfindIn(data, needle, s, e);
}

function indexOrRaise(i: number): Ref {
  if (i < 0) valueError('subsection not found');
  return smallInt(i);
}

function maxsplitArg(r: Ref): number {
  if (r === NULL) return -1;
  const v = intArg(r);
  return v < 0 ? -1 : v;
}

function splitArgs(self: Ref, sep: Ref, maxsplit: Ref, fromRight: boolean): Ref {
  const data = content(self);
  const max = maxsplitArg(maxsplit);
  let parts: Uint8Array[];
  if (sep === NULL || sep === NONE) parts = fromRight ? rsplitWhitespace(data, max) : splitWhitespace(data, max);
  else parts = fromRight ? rsplitOn(data, needBytes(sep), max) : splitOn(data, needBytes(sep), max);
  return newList(parts.map((p) => like(self, p)));
}

// ---- hex ----

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');
const hex2 = (b: number): string => hex(b, 2);


function hexMethod(self: Ref, sepArg: Ref, perSepArg: Ref): Ref {
  const data = content(self);
  const digits = Array.from(data, hex2);
  if (sepArg === NULL) return newStr(digits.join(''));
  const sep = hexSeparator(sepArg);
  const group = perSepArg === NULL ? 1 : intArg(perSepArg);
  if (group === 0 || data.length === 0) return newStr(digits.join(''));
  const size = Math.min(Math.abs(group), data.length);
  const groups: string[] = [];
  if (group > 0) {
    for (let end = data.length; end > 0; end -= size) groups.unshift(digits.slice(Math.max(0, end - size), end).join(''));
  } else {
    for (let start = 0; start < data.length; start += size) groups.push(digits.slice(start, start + size).join(''));
  }
  return newStr(groups.join(sep));
}

function hexSeparator(r: Ref): string {
  let sep: string;
  if ((r & 1) === 0 && isSubtype(typeOf(r), T_STR)) sep = strValue(r);
  else {
    const b = bytesLikeValue(r);
    if (b === null) typeError(`object of type '${typeNameOf(r)}' has no len()`);
    sep = String.fromCharCode(...b!);
  }
  if (sep.length !== 1) valueError('sep must be length 1.');
  if (sep.charCodeAt(0) > 0x7f) valueError('sep must be ASCII.');
  return sep;
}

function fromHex(cls: Ref, arg: Ref): Ref {
  if ((arg & 1) === 1 || !isSubtype(typeOf(arg), T_STR)) typeError(`fromhex() argument must be str, not ${typeNameOf(arg)}`);
  const s = strValue(arg);
  const out: number[] = [];
  const digit = (i: number): number => {
    const d = i < s.length ? parseInt(s[i], 16) : NaN;
    if (Number.isNaN(d)) valueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
    return d;
  };
  for (let i = 0; i < s.length;) {
    if (isSpace(s.charCodeAt(i))) { i++; continue; }
    out.push((digit(i) << 4) | digit(i + 1));
    i += 2;
  }
  const base = kindOfClass(cls) === Kind.BYTEARRAY ? newByteArray(out) : newBytes(out);
  return cls === T_BYTES || cls === T_BYTEARRAY ? base : callObject(cls, [base]);
}

const kindOfClass = (cls: Ref): number => (isSubtype(cls, T_BYTEARRAY) ? Kind.BYTEARRAY : Kind.BYTES);

// ---- translate ----

function translate(self: Ref, tableArg: Ref, deleteArg: Ref): Ref {
  const data = content(self);
  let table: Uint8Array | null = null;
  if (tableArg !== NONE) {
    table = needBytes(tableArg);
    if (table.length !== 256) valueError('translation table must be 256 characters long');
  }
  const drop = deleteArg === NULL ? null : needBytes(deleteArg);
  const out: number[] = [];
  for (const c of data) {
    if (drop !== null && drop.indexOf(c) >= 0) continue;
    out.push(table === null ? c : table[c]);
  }
  return like(self, out);
}

function makeTrans(from: Ref, to: Ref): Ref {
  const a = needBytes(from);
  const b = needBytes(to);
  if (a.length !== b.length) valueError('maketrans arguments must have same length');
  const table = new Uint8Array(256).map((_, i) => i);
  a.forEach((c, i) => { table[c] = b[i]; });
  return newBytes(table);
}

// ---- % formatting ----

const latin1 = (data: Uint8Array): string => {
  let s = '';
  for (let i = 0; i < data.length; i += 8192) s += String.fromCharCode.apply(null, Array.from(data.subarray(i, i + 8192)));
  return s;
};
const fromLatin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** repr() with every non-ASCII character escaped: ascii(). */
function asciiOf(v: Ref): string {
  let out = '';
  for (const ch of repr(v)) {
    const cp = ch.codePointAt(0)!;
    out += cp < 0x80 ? ch : cp <= 0xff ? '\\x' + hex2(cp) : cp <= 0xffff ? '\\u' + hex(cp, 4) : '\\U' + hex(cp, 8);
  }
  return out;
}

/** What %s and %b insert: a bytes-like object or the result of __bytes__. */
function percentBytes(v: Ref): string {
  const b = bytesLikeValue(v) ?? bytesFromDunder(v);
  if (b === null) typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${typeNameOf(v)}'`);
  return latin1(b!);
}

function numberValue(v: Ref): number | bigint | undefined {
  if (hasIndex(v)) return intValue(asIndex(v));
  return undefined;
}

const percentCallbacks = {
  str: percentBytes,
  repr: asciiOf,
  ascii: asciiOf,
  typeName: typeNameOf,
  intValue: (v: Ref) => ((v & 1) === 1 || kindOf(v) === Kind.INT || kindOf(v) === Kind.BOOL ? intValue(v) : undefined),
  toInt: (v: Ref) => ((v & 1) === 0 && kindOf(v) === Kind.FLOAT ? floatAsInt(floatValue(v)) : numberValue(v)),
  toIndex: numberValue,
  toFloat: (v: Ref) => {
    if ((v & 1) === 0 && kindOf(v) === Kind.FLOAT) return floatValue(v);
    const n = numberValue(v);
    return n === undefined ? undefined : Number(n);
  },
  toChar: (v: Ref): string => {
    const b = bytesLikeValue(v);
    if (b !== null && b.length === 1) return String.fromCharCode(b[0]);
    if (b === null && hasIndex(v)) {
      const n = intValue(asIndex(v));
      if (n < 0 || n > 255) raise(Exc.OverflowError, '%c arg not in range(256)');
      return String.fromCharCode(Number(n));
    }
    return typeError('%c requires an integer in range(256) or a single byte');
  },
  getItem: (mapping: Ref, key: string) => getItem(mapping, newBytes(fromLatin1(key))),
};

/** percentFormat knows str's conversions; bytes also has %b, which does what its %s does.
 *  Rewrites each %b conversion to %s (same positions, so error messages are unchanged). */
function bAsS(template: string): string {
  const chars = template.split('');
  for (let i = template.indexOf('%'); i >= 0 && i < chars.length; i = template.indexOf('%', i)) {
    let j = i + 1;
    if (chars[j] === '(') {
      for (let depth = 0; j < chars.length; j++) {
        if (chars[j] === '(') depth++;
        else if (chars[j] === ')' && --depth === 0) break;
      }
      j++;
    }
    while (j < chars.length && '-+ #0123456789.*hlL'.includes(chars[j])) j++;
    if (chars[j] === 'b') chars[j] = 's';
    i = j + 1;
  }
  return chars.join('');
}

function percent(template: Uint8Array, args: Ref): Uint8Array {
  let spec: PercentArgs<Ref>;
  if ((args & 1) === 0 && isSubtype(typeOf(args), T_TUPLE)) spec = { kind: 'tuple', items: tupleItems(args) };
  else if (hasGetItem(args) && !isBytesKind(kindOf(args)) && kindOf(args) !== Kind.STR) {
    spec = { kind: 'mapping', value: args };
  } else spec = { kind: 'single', value: args };
  try {
    return fromLatin1(percentFormat(bAsS(latin1(template)), spec, percentCallbacks));
  } catch (e) {
    if (e instanceof FormatError) raise(Exc[e.pyType], e.message.replace('string formatting', 'bytes formatting'));
    throw e;
  }
}

// ---- the methods both types have ----

const predicate = (name: string, test: (data: Uint8Array) => boolean) => ({ name, fn: (self: Ref) => bool(test(content(self))) });
const mapping = (name: string, f: (data: Uint8Array) => Uint8Array) => ({ name, fn: (self: Ref) => like(self, f(content(self))) });
const finder = (name: string, how: 'find' | 'rfind' | 'count', raises = false) => ({
  name, params: ['sub', 'start', 'end'], required: 1,
  fn: (self: Ref, sub: Ref, start: Ref, end: Ref) => {
    const i = search(self, sub, start, end, how);
    return raises ? indexOrRaise(i) : smallInt(i);
  },
});
const padder = (name: string, where: 'center' | 'left' | 'right') => ({
  name, params: ['width', 'fillchar'], required: 1,
  fn: (self: Ref, width: Ref, fill: Ref) => {
    const data = content(self);
    const w = intArg(width);
    const f = fillArg(name, fill);
    if (w <= data.length) return like(self, data);
    if (where === 'center') return like(self, center(data, w, f));
    return like(self, where === 'left' ? pad(data, 0, w - data.length, f) : pad(data, w - data.length, 0, f));
  },
});
const stripper = (name: string, left: boolean, right: boolean) => ({
  name, params: ['bytes'], required: 0,
  fn: (self: Ref, chars: Ref) => like(self, strip(content(self), chars, left, right)),
});

const SHARED_METHODS = [
  {
    name: 'decode', params: ['encoding', 'errors'], required: 0, keywords: true,
    fn: (self: Ref, encoding: Ref, errors: Ref) => {
      const data = content(self);
      return newStr(decodeBytes(
        data,
        encoding === NULL ? 'utf-8' : strArg(encoding, 'decode', 'encoding'),
        errors === NULL ? 'strict' : strArg(errors, 'decode', 'errors'),
        () => (kindOf(self) === Kind.BYTES ? self : newBytes(data)),
      ));
    },
  },
  { name: 'hex', params: ['sep', 'bytes_per_sep'], required: 0, keywords: true, fn: hexMethod },
  finder('count', 'count'), finder('find', 'find'), finder('rfind', 'rfind'),
  finder('index', 'find', true), finder('rindex', 'rfind', true),
  {
    name: 'startswith', params: ['prefix', 'start', 'end'], required: 1,
    fn: (self: Ref, p: Ref, s: Ref, e: Ref) => affix(self, p, s, e, 'startswith', false),
  },
  {
    name: 'endswith', params: ['suffix', 'start', 'end'], required: 1,
    fn: (self: Ref, p: Ref, s: Ref, e: Ref) => affix(self, p, s, e, 'endswith', true),
  },
  { name: 'join', params: ['iterable_of_bytes'], fn: join },
  { name: 'split', params: ['sep', 'maxsplit'], required: 0, keywords: true, fn: (self: Ref, sep: Ref, max: Ref) => splitArgs(self, sep, max, false) },
  { name: 'rsplit', params: ['sep', 'maxsplit'], required: 0, keywords: true, fn: (self: Ref, sep: Ref, max: Ref) => splitArgs(self, sep, max, true) },
  {
    name: 'splitlines', params: ['keepends'], required: 0, keywords: true,
    fn: (self: Ref, keep: Ref) => newList(splitLines(content(self), keep !== NULL && isTrue(keep)).map((p) => like(self, p))),
  },
  stripper('strip', true, true), stripper('lstrip', true, false), stripper('rstrip', false, true),
  {
    name: 'replace', params: ['old', 'new', 'count'], required: 2,
    fn: (self: Ref, old: Ref, rep: Ref, count: Ref) =>
      like(self, replace(content(self), needBytes(old), needBytes(rep), count === NULL ? -1 : intArg(count))),
  },
  mapping('upper', (d) => d.map(toUpper)), mapping('lower', (d) => d.map(toLower)), mapping('swapcase', (d) => d.map(swapCase)),
  mapping('title', title), mapping('capitalize', capitalize),
  predicate('isdigit', (d) => all(d, isDigit)), predicate('isalpha', (d) => all(d, isAlpha)),
  predicate('isalnum', (d) => all(d, (c) => isAlpha(c) || isDigit(c))), predicate('isspace', (d) => all(d, isSpace)),
  predicate('islower', (d) => onlyCase(d, isLower, isUpper)), predicate('isupper', (d) => onlyCase(d, isUpper, isLower)),
  predicate('istitle', isTitle), predicate('isascii', (d) => d.every((c) => c < 0x80)),
  { name: 'partition', params: ['sep'], fn: (self: Ref, sep: Ref) => partition(self, sep, false) },
  { name: 'rpartition', params: ['sep'], fn: (self: Ref, sep: Ref) => partition(self, sep, true) },
  padder('center', 'center'), padder('ljust', 'left'), padder('rjust', 'right'),
  { name: 'zfill', params: ['width'], fn: (self: Ref, w: Ref) => like(self, zfill(content(self), intArg(w))) },
  {
    name: 'expandtabs', params: ['tabsize'], required: 0, keywords: true,
    fn: (self: Ref, size: Ref) => like(self, expandTabs(content(self), size === NULL ? 8 : intArg(size))),
  },
  { name: 'translate', params: ['table', 'delete'], required: 1, keywords: true, fn: translate },
  {
    name: 'removeprefix', params: ['prefix'],
    fn: (self: Ref, p: Ref) => {
      const data = content(self);
      const pre = needBytes(p);
      return like(self, pre.length <= data.length && Buffer.compare(pre, data.subarray(0, pre.length)) === 0 ? data.subarray(pre.length) : data);
    },
  },
  {
    name: 'removesuffix', params: ['suffix'],
    fn: (self: Ref, s: Ref) => {
      const data = content(self);
      const suf = needBytes(s);
      const at = data.length - suf.length;
      return like(self, suf.length > 0 && at >= 0 && Buffer.compare(suf, data.subarray(at)) === 0 ? data.subarray(0, at) : data);
    },
  },
];

for (const t of [T_BYTES, T_BYTEARRAY]) {
  for (const spec of SHARED_METHODS) defMethod(t, spec);
  defClassMethod(t, { name: 'fromhex', params: ['string'], fn: fromHex });
  defStaticMethod(t, { name: 'maketrans', params: ['frm', 'to'], fn: (_, a, b) => makeTrans(a, b) });
}
