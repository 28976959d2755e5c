// The str type: its slots (repr, hash, comparison, len, indexing and slicing by code point,
// iteration, + * %), its iterator types, formatting (% and str.format) and its constructor,
// with CPython 3.11's semantics and messages; the other methods are in str_methods.ts.
// Strings are immutable, so everything here reads characters straight from the heap
// (str.ts) or from the decoded JS string.

import { alloc } from '../../gc/alloc.js';
import { heap } from '../../gc/heap.js';
import { IterL, Kind, NULL, Ref, StrL, TypeFlags } from '../../gc/layout.js';
import { load, store } from '../../stm/barrier.js';
import { BinaryOp, CompareOp, INPLACE } from '../compiler/opcodes.js';
import { FormatError } from '../format/errors.js';
import { floatAsInt } from '../format/float.js';
import { intToFloat } from '../format/int.js';
import { percentFormat, PercentArgs, PercentCallbacks } from '../format/percent.js';
import { strFormat, strRepr, StrFormatCallbacks } from '../format/strfmt.js';
import {
  bool, callDunder, compareOrdering, getItem, intValue, repr, str as strOf, typeNameOf,
} from '../runtime/abstract.js';
import { getAttr } from '../runtime/attributes.js';
import { formatBuiltin, formatObject } from '../runtime/format.js';
import { intern } from '../runtime/intern.js';
import { defMethod, defStaticMethod, Kwargs } from '../runtime/native.js';
import { N } from '../runtime/names.js';
import { defineSlots, newKind, Slots, slotsOf } from '../runtime/slots.js';
import { defineBuiltinType } from '../runtime/world.js';
import { bytesLikeValue, newBytes } from './bytes.js';
import { extraWords } from './classes.js';
import { Exc, raise, raiseWithValue, typeError } from './exception.js';
import { floatValue } from './float.js';
import { newInt } from './int.js';
import { typeOf } from './object.js';
import { hasIndex, indexInt, isSlice, sliceIndices } from './slice.js';
import { NONE, NOT_IMPLEMENTED, T_STR, T_TUPLE } from './statics.js';
import {
  charStr, newStr, newStrOfType, strCodePointAt, strCodePointIndex, strCompare, strEquals, strHash, strHasAstral,
  strIsAscii, strLength, strSubstring, strUnits, strValue,
} from './str.js';
import { decodeBytes } from './str_codecs.js';
import { newTuple, tupleItems } from './tuple.js';
import { isSubtype, isType, lookupType, typeFlags, typeKind, typeName } from './typeobject.js';

// ---- small helpers ----

/** True for str and its subclasses. */
export function isStr(r: Ref): boolean {
  if ((r & 1) === 1) return false;
  const t = heap.i32[r];
  return t === T_STR || typeKind(t) === Kind.STR;
}

/** The exact-type test: only such strs may be returned unchanged where CPython does. */
export const isExactStr = (r: Ref): boolean => (r & 1) === 0 && heap.i32[r] === T_STR;

/** The value of a str argument, or TypeError `message` ({} is the argument's type name). */
export function strArg(r: Ref, message: string): string {
  if (!isStr(r)) typeError(message.replace('{}', typeNameOf(r)));
  return strValue(r);
}

/** A str argument checked as CPython's argument clinic does: "`what` must be str, not T",
 *  where None is named None rather than NoneType. */
export function clinicStrArg(r: Ref, what: string): string {
  if (!isStr(r)) typeError(`${what} must be str, not ${r === NONE ? 'None' : typeNameOf(r)}`);
  return strValue(r);
}

/** A result string: `self` itself when unchanged and of exact type, as CPython returns it. */
export function result(self: Ref, s: string): Ref {
  if (isExactStr(self) && s.length === strUnits(self) && s === strValue(self)) return self;
  return newStr(s);
}

/** The code points of a JS string. */
export function codePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    if (c > 0xffff) i++;
    out.push(c);
  }
  return out;
}

/** Number of code points in a JS string. */
export function cpLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { n--; i++; }
  }
  return n;
}

/** An int argument (via __index__) as a number; huge values are clamped. */
export function intArg(r: Ref): number {
  if ((r & 1) === 1) return r >> 1;
  const v = indexInt(r);
  if (typeof v === 'bigint') return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return v;
}

/** Converts the src/format errors into Python exceptions. */
function formatting<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof FormatError) raise(Exc[e.pyType], e.message);
    throw e;
  }
}

// ---- slots ----

/** s[i] for an index already known to be an int-like value. */
function charAt(self: Ref, i: number): Ref {
  const n = strLength(self);
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(Exc.IndexError, 'string index out of range');
  return charStr(strCodePointAt(self, i));
}

function sliceStr(self: Ref, key: Ref): Ref {
  const n = strLength(self);
  const { start, step, count } = sliceIndices(key, n);
  if (step === 1) {
    if (count === n && isExactStr(self)) return self;
    return newStr(count <= 0 ? '' : strSubstring(self, start, start + count));
  }
  if (count <= 0) return newStr('');
  const s = strValue(self);
  const parts: string[] = [];
  if (!strHasAstral(self)) {
    for (let i = 0, k = start; i < count; i++, k += step) parts.push(s[k]);
  } else {
    for (let i = 0, k = start; i < count; i++, k += step) parts.push(String.fromCodePoint(strCodePointAt(self, k)));
  }
  return newStr(parts.join(''));
}

function strGetItem(self: Ref, key: Ref): Ref {
  if ((key & 1) === 1) return charAt(self, key >> 1);
  if (isSlice(key)) return sliceStr(self, key);
  if (hasIndex(key)) {
    const v = indexInt(key);
    if (typeof v === 'bigint') raise(Exc.IndexError, "cannot fit 'int' into an index-sized integer");
    return charAt(self, v);
  }
  return typeError(`string indices must be integers, not '${typeNameOf(key)}'`);
}

function repeat(self: Ref, count: Ref): Ref {
  const n = indexInt(count);
  if (typeof n === 'bigint') {
    if (n < 0n) return newStr('');
    raise(Exc.OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  const times = n as number;
  const units = strUnits(self);
  if (times <= 0 || units === 0) return newStr('');
  if (times === 1 && isExactStr(self)) return self;
  if (units * times > MAX_STR_UNITS) raise(Exc.MemoryError, '');
  return newStr(strValue(self).repeat(times));
}

// The engine's limit on string length (V8: 2**29 - 24 code units).
export const MAX_STR_UNITS = (1 << 29) - 24;

function concat(a: Ref, b: Ref): Ref {
  if (strUnits(a) === 0 && isExactStr(b)) return b;
  if (strUnits(b) === 0 && isExactStr(a)) return a;
  if (strUnits(a) + strUnits(b) > MAX_STR_UNITS) raise(Exc.MemoryError, '');
  return newStr(strValue(a) + strValue(b));
}

const strSlots: Slots = {
  repr: (self) => strRepr(strValue(self)),
  str: (self) => strValue(self),
  hash: (self) => strHash(self),
  compare(self, other, op) {
    if (!isStr(other)) return NOT_IMPLEMENTED;
    if (op === CompareOp.EQ) return bool(strEquals(self, other));
    if (op === CompareOp.NE) return bool(!strEquals(self, other));
    return bool(compareOrdering(strCompare(self, other), op));
  },
  // No bool slot: truth is the length, and str has no __bool__.
  len: (self) => strLength(self),
  getitem: strGetItem,
  contains(self, v) {
    if (!isStr(v)) typeError(`'in <string>' requires string as left operand, not ${typeNameOf(v)}`);
    return strValue(self).includes(strValue(v));
  },
  iter: (self) => newStrIterator(self),
  binary(self, other, op, reflected) {
    switch (op & ~INPLACE) {
      case BinaryOp.ADD:
        if (!isStr(other)) return NOT_IMPLEMENTED;
        return reflected ? concat(other, self) : concat(self, other);
      case BinaryOp.MUL:
        return hasIndex(other) ? repeat(self, other) : NOT_IMPLEMENTED;
      case BinaryOp.MOD:
        return reflected ? NOT_IMPLEMENTED : newStr(percent(strValue(self), other));
      default:
        return NOT_IMPLEMENTED;
    }
  },
};
defineSlots(Kind.STR, strSlots);

// runtime/dunders.ts declares the dunders of these slots; str() of an exact str is itself.
defMethod(T_STR, { name: '__str__', fn: (self) => (isExactStr(self) ? self : newStr(strValue(self))) });
defMethod(T_STR, { name: '__getnewargs__', fn: (self) => newTuple([newStr(strValue(self))]) });

// ---- iterators: str_ascii_iterator for ASCII strings, str_iterator otherwise (as CPython).
// The position is a code-unit offset, kept as a small-int Ref; an exhausted iterator drops
// its string. ----

const ITER_KIND = newKind();
export const T_STR_ITERATOR = defineBuiltinType('str_iterator', ITER_KIND);
export const T_STR_ASCII_ITERATOR = defineBuiltinType('str_ascii_iterator', ITER_KIND);

const small = (n: number): Ref => (n << 1) | 1;

function newStrIterator(s: Ref): Ref {
  const it = alloc(strIsAscii(s) ? T_STR_ASCII_ITERATOR : T_STR_ITERATOR, IterL.SIZE);
  store(it, IterL.SEQ, s);
  store(it, IterL.INDEX, small(0));
  return it;
}

function strIterNext(it: Ref): Ref {
  const s = load(it, IterL.SEQ);
  if (s === NULL) return NULL;
  const u = load(it, IterL.INDEX) >> 1;
  const units = strUnits(s);
  if (u >= units) {
    store(it, IterL.SEQ, NULL);
    return NULL;
  }
  const base = (s + StrL.DATA) * 2;
  const c = heap.u16[base + u];
  if (c >= 0xd800 && c <= 0xdbff && u + 1 < units && strHasAstral(s)) {
    const d = heap.u16[base + u + 1];
    if ((d & 0xfc00) === 0xdc00) {
      store(it, IterL.INDEX, small(u + 2));
      return charStr(0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00));
    }
  }
  store(it, IterL.INDEX, small(u + 1));
  return charStr(c);
}

defineSlots(ITER_KIND, { iter: (it) => it, next: strIterNext });

for (const t of [T_STR_ITERATOR, T_STR_ASCII_ITERATOR]) {
  defMethod(t, {
    name: '__length_hint__',
    fn: (it) => {
      const s = load(it, IterL.SEQ);
      if (s === NULL) return newInt(0);
      const u = Math.min(load(it, IterL.INDEX) >> 1, strUnits(s));
      return newInt(strLength(s) - strCodePointIndex(s, u));
    },
  });
}

// ---- % formatting ----

function hasGetItem(r: Ref): boolean {
  const t = typeOf(r);
  if ((typeFlags(t) & TypeFlags.OVERRIDES) !== 0 && lookupType(t, N.__getitem__) !== NULL) return true;
  return slotsOf(typeKind(t)).getitem !== undefined;
}

export const isIntKind = (r: Ref): boolean => {
  const k = typeKind(typeOf(r));
  return k === Kind.INT || k === Kind.BOOL;
};
const isFloatKind = (r: Ref): boolean => typeKind(typeOf(r)) === Kind.FLOAT;
const overridesDunder = (r: Ref, name: Ref): boolean => {
  const t = typeOf(r);
  return (typeFlags(t) & TypeFlags.OVERRIDES) !== 0 && lookupType(t, name) !== NULL;
};

/** ascii(obj): its repr with every non-ASCII character escaped. */
export function asciiOf(obj: Ref): string {
  const s = repr(obj);
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c < 0x100) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

const percentCallbacks: PercentCallbacks<Ref> = {
  str: (v) => strOf(v),
  repr: (v) => repr(v),
  ascii: asciiOf,
  typeName: typeNameOf,
  intValue: (v) => (isIntKind(v) ? intValue(v) : undefined),
  toInt(v) {
    if (isIntKind(v)) return intValue(v);
    if (isFloatKind(v)) return floatAsInt(floatValue(v));
    if (overridesDunder(v, N.__int__)) return intValue(callDunder(v, N.__int__, []));
    return hasIndex(v) ? indexInt(v) : undefined;
  },
  toIndex: (v) => (hasIndex(v) ? indexInt(v) : undefined),
  toFloat(v) {
    if (isFloatKind(v)) return floatValue(v);
    if (isIntKind(v)) return intToFloat(intValue(v));
    if (overridesDunder(v, N.__float__)) return floatValue(callDunder(v, N.__float__, []));
    return hasIndex(v) ? intToFloat(indexInt(v)) : undefined;
  },
  toChar(v) {
    if (isStr(v)) return strValue(v);
    return hasIndex(v) ? indexInt(v) : undefined;
  },
  getItem: (mapping, key) => getItem(mapping, newStr(key)),
};

/** template % args, classifying args as CPython does. */
export function percent(template: string, args: Ref): string {
  let a: PercentArgs<Ref>;
  if (isSubtype(typeOf(args), T_TUPLE)) a = { kind: 'tuple', items: tupleItems(args) };
  else if (!isStr(args) && hasGetItem(args)) a = { kind: 'mapping', value: args };
  else a = { kind: 'single', value: args };
  return formatting(() => percentFormat(template, a, percentCallbacks));
}

// ---- str.format ----

function formatCallbacks(positional: Ref[] | null, keyword: (name: string) => Ref): StrFormatCallbacks<Ref> {
  return {
    positional,
    keyword,
    getAttr: (obj, name) => getAttr(obj, intern(name)),
    getItem: (obj, key) => getItem(obj, typeof key === 'number' ? newInt(key) : newStr(key)),
    convert: (obj, c) => newStr(c === 'r' ? repr(obj) : c === 's' ? strOf(obj) : asciiOf(obj)),
    format: (obj, spec) => strValue(formatObject(obj, spec)),
  };
}

defMethod(T_STR, {
  name: 'format',
  varfn: (self, args, kw) => {
    const keyword = (name: string): Ref => {
      const i = kw === null ? -1 : kw.names.indexOf(name);
      if (i < 0) raiseWithValue(Exc.KeyError, newStr(name));
      return kw!.values[i];
    };
    return newStr(formatting(() => strFormat(strValue(self), formatCallbacks(args, keyword))));
  },
});

defMethod(T_STR, {
  name: 'format_map',
  params: ['mapping'],
  fn: (self, mapping) => newStr(formatting(() =>
    strFormat(strValue(self), formatCallbacks(null, (name) => getItem(mapping, newStr(name)))))),
});

defMethod(T_STR, {
  name: '__format__',
  params: ['format_spec'],
  fn: (self, spec) => {
    const s = clinicStrArg(spec, '__format__() argument');
    if (s === '' && isExactStr(self)) return self;
    return newStr(formatBuiltin(self, s));
  },
});

// ---- construction ----

function strNew(args: Ref[], kw: Kwargs | null): Ref {
  if (args.length === 0) typeError('str.__new__(): not enough arguments');
  const cls = args[0];
  if (!isType(cls)) typeError(`str.__new__(X): X is not a type object (${typeNameOf(cls)})`);
  if (!isSubtype(cls, T_STR)) typeError(`str.__new__(${typeName(cls)}): ${typeName(cls)} is not a subtype of str`);
  const given = args.length - 1;
  if (given > 3) typeError(`str() takes at most 3 arguments (${given} given)`);
  const a: Ref[] = [args[1] ?? NULL, args[2] ?? NULL, args[3] ?? NULL];
  const names = ['object', 'encoding', 'errors'];
  if (kw !== null) {
    kw.names.forEach((name, i) => {
      const at = names.indexOf(name);
      if (at < 0) typeError(`'${name}' is an invalid keyword argument for str()`);
      if (at < given) typeError(`argument for str() given by name ('${name}') and position (${at + 1})`);
      a[at] = kw.values[i];
    });
  }
  const [obj, encoding, errors] = a;
  let value: string;
  if (encoding === NULL && errors === NULL) {
    if (obj === NULL) value = '';
    else if (cls === T_STR && isExactStr(obj)) return obj;
    else value = strOf(obj);
  } else {
    const enc = encoding === NULL ? 'utf-8' : clinicStrArg(encoding, "str() argument 'encoding'");
    const err = errors === NULL ? 'strict' : clinicStrArg(errors, "str() argument 'errors'");
    if (obj === NULL) value = '';
    else {
      if (isStr(obj)) typeError('decoding str is not supported');
      const data = bytesLikeValue(obj);
      if (data === null) typeError(`decoding to str: need a bytes-like object, ${typeNameOf(obj)} found`);
      value = decodeBytes(data!, enc, err, () => (typeKind(typeOf(obj)) === Kind.BYTES ? obj : newBytes(data!)));
    }
  }
  if (cls === T_STR) return newStr(value);
  return newStrOfType(cls, value, StrL.DATA + ((value.length + 1) >> 1) + extraWords(cls));
}

defStaticMethod(T_STR, { name: '__new__', varfn: (_self, args, kw) => strNew(args, kw) });

