// bytearray: a mutable byte string. Its LENGTH bytes are packed four to a word in BUFFER, an
// internal ARRAY with spare capacity: byte i is bits 8*(i & 3) .. 8*(i & 3)+7 of item word
// i >> 2. Both words of the object and every buffer word are mutable, so they are read and
// written only through the barrier. The buffer holds raw bytes, never references: the
// collector must mark it without scanning its words.
//
// The read-only methods (find, split, upper, decode...) are shared with bytes and live in
// bytes.ts; this file has the storage, the mutating operations and bytearray's own slots.

import { alloc } from '../../gc/alloc.js';
import { ArrayL, ByteArrayL, Kind, NULL, Ref } from '../../gc/layout.js';
import { load, moveWords, store } from '../../stm/barrier.js';
import { BinaryOp, INPLACE } from '../compiler/opcodes.js';
import { indexValue, iterNext, typeNameOf } from '../runtime/abstract.js';
import { defMethod, defStaticMethod, Kwargs } from '../runtime/native.js';
import { defineSlots } from '../runtime/slots.js';
import { arrayLength, newArray } from './array.js';
import {
  byteArg, hasIndex, bytesBinary, bytesCompare, bytesContains, bytesGetItem, bytesLikeValue, bytesSource, defineByteIterator,
  iterOrTypeError, newByteIterator, parseSourceArgs, sliceRange, subscriptKind, wordsFor,
} from './bytes.js';
import { indexError, typeError, valueError } from './exception.js';
import { smallInt } from './int.js';
import { NONE, NOT_IMPLEMENTED, T_BYTEARRAY, T_STR } from './statics.js';
import { typeBasicSize, typeName } from './typeobject.js';
import { typeOf } from './object.js';
import { bytesRepr } from '../format/repr.js';

// ---- storage ----

export function newByteArrayOfType(type: Ref, data: ArrayLike<number>): Ref {
  const r = alloc(type, Math.max(ByteArrayL.SIZE, typeBasicSize(type)));
  store(r, ByteArrayL.BUFFER, newArray(wordsFor(data.length)));
  byteArraySetValue(r, data);
  return r;
}

export function newByteArray(data: ArrayLike<number>): Ref {
  return newByteArrayOfType(T_BYTEARRAY, data);
}

export const byteArrayLength = (r: Ref): number => load(r, ByteArrayL.LENGTH);

/** Byte i, 0 <= i < length (callers check bounds). */
export function byteArrayAt(r: Ref, i: number): number {
  return (load(load(r, ByteArrayL.BUFFER), ArrayL.ITEMS + (i >> 2)) >>> ((i & 3) << 3)) & 0xff;
}

/** A copy of the bytes. */
export function byteArrayValue(r: Ref): Uint8Array {
  const n = load(r, ByteArrayL.LENGTH);
  const buf = load(r, ByteArrayL.BUFFER);
  const out = new Uint8Array(n);
  for (let w = 0; w < wordsFor(n); w++) {
    const word = load(buf, ArrayL.ITEMS + w);
    const at = w << 2;
    for (let k = 0; k < 4 && at + k < n; k++) out[at + k] = (word >>> (k << 3)) & 0xff;
  }
  return out;
}

/** Makes room for `nbytes` bytes, growing the buffer as lists grow; returns the buffer. */
function reserve(r: Ref, nbytes: number): Ref {
  const buf = load(r, ByteArrayL.BUFFER);
  const need = wordsFor(nbytes);
  const cap = arrayLength(buf);
  if (need <= cap) return buf;
  const grown = newArray(need + (need >> 3) + (need < 9 ? 3 : 6));
  moveWords(grown, ArrayL.ITEMS, buf, ArrayL.ITEMS, wordsFor(load(r, ByteArrayL.LENGTH)));
  store(r, ByteArrayL.BUFFER, grown);
  return grown;
}

/** Writes `data` at byte position `at` of a buffer with room for it. */
function putBytes(buf: Ref, at: number, data: ArrayLike<number>): void {
  let i = 0;
  while (i < data.length) {
    const pos = at + i;
    const w = ArrayL.ITEMS + (pos >> 2);
    if ((pos & 3) === 0 && i + 4 <= data.length) {
      store(buf, w, data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24));
      i += 4;
    } else {
      putByte(buf, pos, data[i]);
      i++;
    }
  }
}

function putByte(buf: Ref, pos: number, v: number): void {
  const w = ArrayL.ITEMS + (pos >> 2);
  const shift = (pos & 3) << 3;
  store(buf, w, (load(buf, w) & ~(0xff << shift)) | (v << shift));
}

/** Replaces the whole contents. */
export function byteArraySetValue(r: Ref, data: ArrayLike<number>): void {
  putBytes(reserve(r, data.length), 0, data);
  store(r, ByteArrayL.LENGTH, data.length);
}

export function byteArrayAppend(r: Ref, v: number): void {
  const n = load(r, ByteArrayL.LENGTH);
  putByte(reserve(r, n + 1), n, v);
  store(r, ByteArrayL.LENGTH, n + 1);
}

export function byteArrayExtend(r: Ref, data: ArrayLike<number>): void {
  const n = load(r, ByteArrayL.LENGTH);
  putBytes(reserve(r, n + data.length), n, data);
  store(r, ByteArrayL.LENGTH, n + data.length);
}

function byteArraySet(r: Ref, i: number, v: number): void {
  putByte(load(r, ByteArrayL.BUFFER), i, v);
}

function shrinkTo(r: Ref, n: number): void {
  store(r, ByteArrayL.LENGTH, n);
}

// ---- slots ----

/** An index into a bytearray of length n, negative counting from the end; -1 if outside. */
function position(key: Ref, n: number): number {
  let i = indexValue(key);
  if (i < 0) i += n;
  return i >= 0 && i < n ? i : -1;
}

function setItem(self: Ref, key: Ref, value: Ref): void {
  const what = subscriptKind(self, key);
  if (what === 'index') {
    const v = value === NULL ? -1 : byteArg(value);
    const i = position(key, byteArrayLength(self));
    if (i < 0) indexError('bytearray index out of range');
    if (value === NULL) removeAt(self, i);
    else byteArraySet(self, i, v);
    return;
  }
  const data = byteArrayValue(self);
  const [start, stop, step, count] = sliceRange(key, data.length);
  const src = value === NULL ? null : assignedBytes(value);
  // As CPython, assigning nothing to an extended slice deletes it.
  if (src === null || (step !== 1 && src.length === 0)) { deleteSlice(self, data, start, step, count); return; }
  if (step === 1) {
    const end = Math.max(stop, start);
    const out = new Uint8Array(data.length - (end - start) + src.length);
    out.set(data.subarray(0, start));
    out.set(src, start);
    out.set(data.subarray(end), start + src.length);
    byteArraySetValue(self, out);
    return;
  }
  if (src.length !== count) valueError(`attempt to assign bytes of size ${src.length} to extended slice of size ${count}`);
  for (let k = 0; k < count; k++) data[start + k * step] = src[k];
  byteArraySetValue(self, data);
}

function deleteSlice(self: Ref, data: Uint8Array, start: number, step: number, count: number): void {
  const drop = new Uint8Array(data.length);
  for (let k = 0; k < count; k++) drop[start + k * step] = 1;
  const out: number[] = [];
  for (let i = 0; i < data.length; i++) if (drop[i] === 0) out.push(data[i]);
  byteArraySetValue(self, out);
}

/** The bytes of the value in `ba[i:j] = value`. */
function assignedBytes(value: Ref): Uint8Array {
  const b = bytesLikeValue(value);
  if (b !== null) return b;
  if (typeOf(value) === T_STR || hasIndex(value)) {
    typeError('can assign only bytes, buffers, or iterables of ints in range(0, 256)');
  }
  return bytesSource('bytearray', value, NULL, NULL);
}

/** The b'...' part of repr(bytearray): as bytes' repr, except that CPython escapes a single
 *  quote even inside double quotes. */
function byteArrayRepr(data: Uint8Array): string {
  const r = bytesRepr(data);
  return r[1] === '"' ? `b"${r.slice(2, -1).replace(/'/g, "\\'")}"` : r;
}

/** Operators; `+=` and `*=` change the bytearray in place. */
function binary(self: Ref, other: Ref, op: number, reflected: boolean): Ref {
  if ((op & INPLACE) !== 0) {
    const base = op & ~INPLACE;
    if (base === BinaryOp.ADD) {
      const b = bytesLikeValue(other);
      if (b === null) return bytesBinary(self, other, base, false);
      byteArrayExtend(self, b);
      return self;
    }
    if (base === BinaryOp.MUL) {
      const r = bytesBinary(self, other, base, false);
      if (r === NOT_IMPLEMENTED) return r;
      byteArraySetValue(self, byteArrayValue(r));
      return self;
    }
    return bytesBinary(self, other, base, false);
  }
  return bytesBinary(self, other, op, reflected);
}

defineSlots(Kind.BYTEARRAY, {
  repr: (self) => `${typeName(typeOf(self))}(${byteArrayRepr(byteArrayValue(self))})`,
  compare: bytesCompare,
  bool: (self) => byteArrayLength(self) > 0,
  len: byteArrayLength,
  getitem: bytesGetItem,
  setitem: setItem,
  contains: bytesContains,
  iter: (self) => newByteIterator(T_BYTEARRAY_ITERATOR, self),
  binary,
});

export const T_BYTEARRAY_ITERATOR = defineByteIterator('bytearray_iterator');

// ---- construction ----

defStaticMethod(T_BYTEARRAY, {
  name: '__new__',
  varfn: (_, args) => newByteArrayOfType(args[0], []),
});

defMethod(T_BYTEARRAY, {
  name: '__init__',
  varfn: (self, args, kw: Kwargs | null) => {
    const { source, encoding, errors } = parseSourceArgs('bytearray', args, kw);
    byteArraySetValue(self, bytesSource('bytearray', source, encoding, errors));
    return NONE;
  },
});

// ---- mutating methods ----

defMethod(T_BYTEARRAY, { name: 'append', params: ['item'], fn: (self, item) => { byteArrayAppend(self, byteArg(item)); return NONE; } });

defMethod(T_BYTEARRAY, {
  name: 'extend', params: ['iterable_of_ints'],
  fn: (self, iterable) => {
    const b = bytesLikeValue(iterable);
    if (b !== null) { byteArrayExtend(self, b); return NONE; }
    const it = iterOrTypeError(iterable, `can't extend bytearray with ${typeNameOf(iterable)}`);
    for (let x = iterNext(it); x !== NULL; x = iterNext(it)) byteArrayAppend(self, byteArg(x));
    return NONE;
  },
});

defMethod(T_BYTEARRAY, {
  name: 'pop', params: ['index'], required: 0,
  fn: (self, index) => {
    const n = byteArrayLength(self);
    const i = index === NULL ? n - 1 : position(index, n);
    if (n === 0) indexError('pop from empty bytearray');
    if (i < 0) indexError('pop index out of range');
    const v = byteArrayAt(self, i);
    if (i === n - 1) shrinkTo(self, n - 1);
    else removeAt(self, i);
    return smallInt(v);
  },
});

function removeAt(self: Ref, i: number): void {
  const data = byteArrayValue(self);
  data.copyWithin(i, i + 1);
  byteArraySetValue(self, data.subarray(0, data.length - 1));
}

defMethod(T_BYTEARRAY, {
  name: 'insert', params: ['index', 'item'],
  fn: (self, index, item) => {
    const data = byteArrayValue(self);
    const n = data.length;
    let i = indexValue(index);
    if (i < 0) i = Math.max(0, i + n);
    if (i > n) i = n;
    const v = byteArg(item);
    const out = new Uint8Array(n + 1);
    out.set(data.subarray(0, i));
    out[i] = v;
    out.set(data.subarray(i), i + 1);
    byteArraySetValue(self, out);
    return NONE;
  },
});

defMethod(T_BYTEARRAY, {
  name: 'remove', params: ['value'],
  fn: (self, value) => {
    const i = byteArrayValue(self).indexOf(byteArg(value));
    if (i < 0) valueError('value not found in bytearray');
    removeAt(self, i);
    return NONE;
  },
});

defMethod(T_BYTEARRAY, { name: 'clear', fn: (self) => { shrinkTo(self, 0); return NONE; } });
defMethod(T_BYTEARRAY, { name: 'copy', fn: (self) => newByteArray(byteArrayValue(self)) });
defMethod(T_BYTEARRAY, { name: 'reverse', fn: (self) => { byteArraySetValue(self, byteArrayValue(self).reverse()); return NONE; } });
