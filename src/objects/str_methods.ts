// The methods of str (searching, splitting, joining, stripping, padding, replacing,
// translating, encoding, case mapping and the is* predicates) with CPython 3.11's semantics
// and messages. The slots, formatting and constructor are in str_type.ts.

import { Kind, NULL, Ref, TypeFlags } from '../../gc/layout.js';
import { isPrintable } from '../format/strfmt.js';
import { bool, getItem, getIter, intValue, iterNext, typeNameOf } from '../runtime/abstract.js';
import { PyRaise } from '../runtime/errors.js';
import { defMethod, defStaticMethod, Kwargs } from '../runtime/native.js';
import { newBytes } from './bytes.js';
import { dictForEach, dictSet, newDict } from './dict.js';
import { Exc, raise, typeError, valueError } from './exception.js';
import { newInt } from './int.js';
import { listItems, newList } from './list.js';
import { typeOf } from './object.js';
import { hasIndex } from './slice.js';
import { NONE, T_STR, T_TUPLE } from './statics.js';
import {
  newStr, strCodePointAt, strCodePointIndex, strHasAstral, strIsAscii, strLength, strUnitIndex, strUnits, strValue,
} from './str.js';
import { encodeString } from './str_codecs.js';
import {
  caseMapsAgree, casefoldOf, isAlnum, isAlpha, isCased, isDecimal, isDigit, isIdentifierContinue, isIdentifierStart,
  isLower, isNumeric, isSpaceCp, isTitle, isUpper, lowerAt, titleOf, upperOf,
} from './str_unicode.js';
import { newTuple, tupleItems } from './tuple.js';
import { isSubtype, typeFlags, typeKind } from './typeobject.js';
import {
  clinicStrArg, codePoints, cpLength, intArg, isExactStr, isIntKind, isStr, MAX_STR_UNITS, result, strArg,
} from './str_type.js';

// ---- searching: find, rfind, index, rindex, count, startswith, endswith ----

/** Python's slice-style adjustment of optional start/end arguments to [0, len]-ish bounds. */
function bounds(self: Ref, startRef: Ref, endRef: Ref): [number, number] {
  const n = strLength(self);
  let start = startRef === NULL || startRef === NONE ? 0 : sliceArg(startRef);
  let end = endRef === NULL || endRef === NONE ? n : sliceArg(endRef);
  if (end > n) end = n;
  else if (end < 0) { end += n; if (end < 0) end = 0; }
  if (start < 0) { start += n; if (start < 0) start = 0; }
  return [start, end];
}

function sliceArg(r: Ref): number {
  if (!hasIndex(r)) typeError('slice indices must be integers or None or have an __index__ method');
  return intArg(r);
}

// The find family parses its arguments itself, for CPython's messages about them.
function missingArgs(name: string, min: number, n: number): never {
  return typeError(`${name}() takes at least ${min} argument${min === 1 ? '' : 's'} (${n} given)`);
}

function tooManyArgs(name: string, max: number, n: number): never {
  return typeError(`${name}() takes at most ${max} argument${max === 1 ? '' : 's'} (${n} given)`);
}

function noKeywords(name: string, kw: Kwargs | null): void {
  if (kw !== null && kw.names.length > 0) typeError(`str.${name}() takes no keyword arguments`);
}

/** Parses (sub[, start[, end]]) for the find family. */
function searchArgs(name: string, args: Ref[], kw: Kwargs | null): [Ref, Ref, Ref] {
  noKeywords(name, kw);
  if (args.length < 1) missingArgs(name, 1, args.length);
  if (args.length > 3) tooManyArgs(name, 3, args.length);
  return [args[0], args[1] ?? NULL, args[2] ?? NULL];
}

/** Index of `sub` in self[start:end] (code points), searching from the left or right; -1 if absent. */
function search(self: Ref, sub: string, start: number, end: number, fromRight: boolean): number {
  const subLen = cpLength(sub);
  if (end - start < subLen) return -1;
  const s = strValue(self);
  const us = strUnitIndex(self, start);
  const ue = strUnitIndex(self, end);
  if (!fromRight) {
    const at = s.indexOf(sub, us);
    return at < 0 || at + sub.length > ue ? -1 : strCodePointIndex(self, at);
  }
  const at = s.lastIndexOf(sub, ue - sub.length);
  return at < us || at + sub.length > ue ? -1 : strCodePointIndex(self, at);
}

function defSearch(name: string, fromRight: boolean, raises: boolean): void {
  defMethod(T_STR, {
    name,
    varfn: (self, args, kw) => {
      const [subRef, startRef, endRef] = searchArgs(name, args, kw);
      const sub = strArg(subRef, 'must be str, not {}');
      const [start, end] = bounds(self, startRef, endRef);
      const i = search(self, sub, start, end, fromRight);
      if (i < 0 && raises) valueError('substring not found');
      return newInt(i);
    },
  });
}
defSearch('find', false, false);
defSearch('rfind', true, false);
defSearch('index', false, true);
defSearch('rindex', true, true);

defMethod(T_STR, {
  name: 'count',
  varfn: (self, args, kw) => {
    const [subRef, startRef, endRef] = searchArgs('count', args, kw);
    const sub = strArg(subRef, 'must be str, not {}');
    const [start, end] = bounds(self, startRef, endRef);
    if (end - start < cpLength(sub)) return newInt(0);
    if (sub.length === 0) return newInt(end - start + 1);
    const s = strValue(self);
    const ue = strUnitIndex(self, end);
    let count = 0;
    for (let at = s.indexOf(sub, strUnitIndex(self, start)); at >= 0 && at + sub.length <= ue; at = s.indexOf(sub, at + sub.length)) count++;
    return newInt(count);
  },
});

function defAffix(name: 'startswith' | 'endswith'): void {
  defMethod(T_STR, {
    name,
    varfn: (self, args, kw) => {
      const [affix, startRef, endRef] = searchArgs(name, args, kw);
      const [start, end] = bounds(self, startRef, endRef);
      const test = (r: Ref): boolean => affixMatch(self, strValue(r), start, end, name === 'endswith');
      if (isStr(affix)) return bool(test(affix));
      if (isSubtype(typeOf(affix), T_TUPLE)) {
        for (const item of tupleItems(affix)) {
          if (!isStr(item)) typeError(`tuple for ${name} must only contain str, not ${typeNameOf(item)}`);
          if (test(item)) return bool(true);
        }
        return bool(false);
      }
      return typeError(`${name} first arg must be str or a tuple of str, not ${typeNameOf(affix)}`);
    },
  });
}
defAffix('startswith');
defAffix('endswith');

function affixMatch(self: Ref, affix: string, start: number, end: number, atEnd: boolean): boolean {
  const len = cpLength(affix);
  if (end - len < start) return false;
  const s = strValue(self);
  const at = atEnd ? strUnitIndex(self, end) - affix.length : strUnitIndex(self, start);
  return s.startsWith(affix, at);
}

// ---- splitting and joining ----

const isSpaceUnit = (c: number): boolean => isSpaceCp(c);

/** The items of a split as str objects; an unsplit exact str is returned as itself. */
function strList(self: Ref, parts: string[]): Ref {
  if (parts.length === 1 && isExactStr(self) && parts[0].length === strUnits(self)) return newList([self]);
  return newList(parts.map(newStr));
}

function splitArgs(sepRef: Ref, maxRef: Ref): [string | null, number] {
  const sep = sepRef === NULL || sepRef === NONE ? null : strArg(sepRef, 'must be str or None, not {}');
  const max = maxRef === NULL ? -1 : intArg(maxRef);
  if (sep === '') valueError('empty separator');
  return [sep, max < 0 ? Number.MAX_SAFE_INTEGER : max];
}

function splitWhitespace(s: string, max: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (max-- > 0) {
    while (i < n && isSpaceUnit(s.charCodeAt(i))) i++;
    if (i === n) return out;
    const j = i;
    while (i < n && !isSpaceUnit(s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
  }
  while (i < n && isSpaceUnit(s.charCodeAt(i))) i++;
  if (i < n) out.push(s.slice(i));
  return out;
}

function rsplitWhitespace(s: string, max: number): string[] {
  const out: string[] = [];
  let i = s.length;
  while (max-- > 0) {
    while (i > 0 && isSpaceUnit(s.charCodeAt(i - 1))) i--;
    if (i === 0) return out.reverse();
    const j = i;
    while (i > 0 && !isSpaceUnit(s.charCodeAt(i - 1))) i--;
    out.push(s.slice(i, j));
  }
  while (i > 0 && isSpaceUnit(s.charCodeAt(i - 1))) i--;
  if (i > 0) out.push(s.slice(0, i));
  return out.reverse();
}

function splitOn(s: string, sep: string, max: number): string[] {
  if (max === Number.MAX_SAFE_INTEGER) return s.split(sep);
  const out: string[] = [];
  let from = 0;
  for (let at = s.indexOf(sep); at >= 0 && max-- > 0; at = s.indexOf(sep, from)) {
    out.push(s.slice(from, at));
    from = at + sep.length;
  }
  out.push(s.slice(from));
  return out;
}

function rsplitOn(s: string, sep: string, max: number): string[] {
  const out: string[] = [];
  let end = s.length;
  while (max-- > 0) {
    const at = end - sep.length < 0 ? -1 : s.lastIndexOf(sep, end - sep.length);
    if (at < 0) break;
    out.push(s.slice(at + sep.length, end));
    end = at;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

defMethod(T_STR, {
  name: 'split',
  params: ['sep', 'maxsplit'],
  required: 0,
  keywords: true,
  fn: (self, sepRef, maxRef) => {
    const [sep, max] = splitArgs(sepRef, maxRef);
    const s = strValue(self);
    return strList(self, sep === null ? splitWhitespace(s, max) : splitOn(s, sep, max));
  },
});

defMethod(T_STR, {
  name: 'rsplit',
  params: ['sep', 'maxsplit'],
  required: 0,
  keywords: true,
  fn: (self, sepRef, maxRef) => {
    const [sep, max] = splitArgs(sepRef, maxRef);
    const s = strValue(self);
    return strList(self, sep === null ? rsplitWhitespace(s, max) : rsplitOn(s, sep, max));
  },
});

/** Line boundaries: \n \r (\r\n as one) \v \f \x1c \x1d \x1e \x85 \u2028 \u2029. */
function isLineBreak(c: number): boolean {
  return (c >= 0x0a && c <= 0x0d) || (c >= 0x1c && c <= 0x1e) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

defMethod(T_STR, {
  name: 'splitlines',
  params: ['keepends'],
  required: 0,
  keywords: true,
  fn: (self, keepRef) => {
    const keep = keepRef !== NULL && intArg(keepRef) !== 0;
    const s = strValue(self);
    const out: string[] = [];
    let i = 0;
    while (i < s.length) {
      const start = i;
      while (i < s.length && !isLineBreak(s.charCodeAt(i))) i++;
      let eol = i;
      if (i < s.length) {
        i += s.charCodeAt(i) === 0x0d && s.charCodeAt(i + 1) === 0x0a ? 2 : 1;
        if (keep) eol = i;
      }
      out.push(s.slice(start, eol));
    }
    return strList(self, out);
  },
});

function partition(self: Ref, sepRef: Ref, fromRight: boolean): Ref {
  const sep = strArg(sepRef, 'must be str, not {}');
  if (sep === '') valueError('empty separator');
  const s = strValue(self);
  const at = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep);
  const empty = newStr('');
  const whole = isExactStr(self) ? self : newStr(s);
  if (at < 0) return newTuple(fromRight ? [empty, empty, whole] : [whole, empty, empty]);
  return newTuple([newStr(s.slice(0, at)), isExactStr(sepRef) ? sepRef : newStr(sep), newStr(s.slice(at + sep.length))]);
}

defMethod(T_STR, { name: 'partition', params: ['sep'], fn: (self, sep) => partition(self, sep, false) });
defMethod(T_STR, { name: 'rpartition', params: ['sep'], fn: (self, sep) => partition(self, sep, true) });

defMethod(T_STR, {
  name: 'join',
  params: ['iterable'],
  fn: (self, iterable) => {
    const items = joinItems(iterable);
    if (items.length === 1 && isExactStr(items[0])) {
      return items[0];
    }
    const parts = new Array<string>(items.length);
    let total = 0;
    for (let i = 0; i < items.length; i++) {
      const x = items[i];
      if (!isStr(x)) typeError(`sequence item ${i}: expected str instance, ${typeNameOf(x)} found`);
      parts[i] = strValue(x);
      total += parts[i].length;
    }
    if (total + strUnits(self) * Math.max(0, items.length - 1) > MAX_STR_UNITS) raise(Exc.MemoryError, '');
    return newStr(parts.join(strValue(self)));
  },
});

function joinItems(iterable: Ref): Ref[] {
  const t = typeOf(iterable);
  if (t === T_TUPLE) return tupleItems(iterable);
  if (typeKind(t) === Kind.LIST && (typeFlags(t) & TypeFlags.OVERRIDES) === 0) return listItems(iterable);
  let it: Ref;
  try {
    it = getIter(iterable);
  } catch (e) {
    if (e instanceof PyRaise && isSubtype(typeOf(e.exc), Exc.TypeError)) typeError('can only join an iterable');
    throw e;
  }
  const out: Ref[] = [];
  for (let x = iterNext(it); x !== NULL; x = iterNext(it)) out.push(x);
  return out;
}

// ---- stripping and padding ----

function strip(self: Ref, charsRef: Ref, name: string, left: boolean, right: boolean): Ref {
  const s = strValue(self);
  let strips: (c: number) => boolean;
  if (charsRef === NULL || charsRef === NONE) strips = isSpaceUnit;
  else {
    const chars = strArg(charsRef, `${name} arg must be None or str`);
    const set = new Set(codePoints(chars));
    strips = (c) => set.has(c);
  }
  let i = 0;
  let j = s.length;
  if (left) {
    while (i < j) {
      const c = s.codePointAt(i)!;
      if (!strips(c)) break;
      i += c > 0xffff ? 2 : 1;
    }
  }
  if (right) {
    while (j > i) {
      let c = s.charCodeAt(j - 1);
      let w = 1;
      if ((c & 0xfc00) === 0xdc00 && j - 2 >= i && (s.charCodeAt(j - 2) & 0xfc00) === 0xd800) { c = s.codePointAt(j - 2)!; w = 2; }
      if (!strips(c)) break;
      j -= w;
    }
  }
  return result(self, s.slice(i, j));
}

defMethod(T_STR, { name: 'strip', params: ['chars'], required: 0, fn: (self, c) => strip(self, c, 'strip', true, true) });
defMethod(T_STR, { name: 'lstrip', params: ['chars'], required: 0, fn: (self, c) => strip(self, c, 'lstrip', true, false) });
defMethod(T_STR, { name: 'rstrip', params: ['chars'], required: 0, fn: (self, c) => strip(self, c, 'rstrip', false, true) });

function fillChar(r: Ref): string {
  if (r === NULL) return ' ';
  if (!isStr(r)) typeError(`The fill character must be a unicode character, not ${typeNameOf(r)}`);
  if (strLength(r) !== 1) typeError('The fill character must be exactly one character long');
  return strValue(r);
}

function pad(self: Ref, widthRef: Ref, fillRef: Ref, where: 'left' | 'right' | 'center'): Ref {
  const width = intArg(widthRef);
  const fill = fillChar(fillRef);
  const n = strLength(self);
  if (width <= n) return result(self, strValue(self));
  const margin = width - n;
  // Centering puts the odd space on the left when the width is odd.
  const left = where === 'left' ? margin : where === 'right' ? 0 : (margin >> 1) + (margin & width & 1);
  return newStr(fill.repeat(left) + strValue(self) + fill.repeat(margin - left));
}

defMethod(T_STR, { name: 'center', params: ['width', 'fillchar'], required: 1, fn: (self, w, f) => pad(self, w, f, 'center') });
defMethod(T_STR, { name: 'ljust', params: ['width', 'fillchar'], required: 1, fn: (self, w, f) => pad(self, w, f, 'right') });
defMethod(T_STR, { name: 'rjust', params: ['width', 'fillchar'], required: 1, fn: (self, w, f) => pad(self, w, f, 'left') });

defMethod(T_STR, {
  name: 'zfill',
  params: ['width'],
  fn: (self, widthRef) => {
    const width = intArg(widthRef);
    const s = strValue(self);
    const n = strLength(self);
    if (width <= n) return result(self, s);
    const zeros = '0'.repeat(width - n);
    if (s[0] === '+' || s[0] === '-') return newStr(s[0] + zeros + s.slice(1));
    return newStr(zeros + s);
  },
});

defMethod(T_STR, {
  name: 'expandtabs',
  params: ['tabsize'],
  required: 0,
  keywords: true,
  fn: (self, sizeRef) => {
    const size = sizeRef === NULL ? 8 : intArg(sizeRef);
    const s = strValue(self);
    if (!s.includes('\t')) return result(self, s);
    let out = '';
    let column = 0;
    for (const ch of s) {
      if (ch === '\t') {
        if (size > 0) {
          const spaces = size - (column % size);
          out += ' '.repeat(spaces);
          column += spaces;
        }
      } else {
        out += ch;
        column = ch === '\n' || ch === '\r' ? 0 : column + 1;
      }
    }
    return newStr(out);
  },
});

// ---- replacing and translating ----

defMethod(T_STR, {
  name: 'replace',
  params: ['old', 'new', 'count'],
  required: 2,
  fn: (self, oldRef, newRef, countRef) => {
    const old = clinicStrArg(oldRef, 'replace() argument 1');
    const rep = clinicStrArg(newRef, 'replace() argument 2');
    let count = countRef === NULL ? -1 : intArg(countRef);
    if (count < 0) count = Number.MAX_SAFE_INTEGER;
    const s = strValue(self);
    if (count === 0) return result(self, s);
    if (old === '') {
      // An insertion before each of the first `count` characters (and at the end if it remains).
      const cps = strHasAstral(self) ? Array.from(s) : s.split('');
      const k = Math.min(count, cps.length + 1);
      const head = cps.slice(0, k - 1).map((c) => rep + c).join('');
      return newStr(head + rep + cps.slice(k - 1).join('') + (k > cps.length ? '' : ''));
    }
    if (count === Number.MAX_SAFE_INTEGER) return result(self, s.split(old).join(rep));
    let out = '';
    let from = 0;
    for (let at = s.indexOf(old); at >= 0 && count-- > 0; at = s.indexOf(old, from)) {
      out += s.slice(from, at) + rep;
      from = at + old.length;
    }
    return result(self, out + s.slice(from));
  },
});

defMethod(T_STR, {
  name: 'removeprefix',
  params: ['prefix'],
  fn: (self, p) => {
    const prefix = clinicStrArg(p, 'removeprefix() argument');
    const s = strValue(self);
    return result(self, prefix !== '' && s.startsWith(prefix) ? s.slice(prefix.length) : s);
  },
});

defMethod(T_STR, {
  name: 'removesuffix',
  params: ['suffix'],
  fn: (self, p) => {
    const suffix = clinicStrArg(p, 'removesuffix() argument');
    const s = strValue(self);
    return result(self, suffix !== '' && s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s);
  },
});

defMethod(T_STR, {
  name: 'translate',
  params: ['table'],
  fn: (self, table) => {
    let out = '';
    for (const ch of strValue(self)) {
      const cp = ch.codePointAt(0)!;
      let v: Ref;
      try {
        v = getItem(table, newInt(cp));
      } catch (e) {
        if (e instanceof PyRaise && isSubtype(typeOf(e.exc), Exc.LookupError)) { out += ch; continue; }
        throw e;
      }
      if (v === NONE) continue;
      if (isStr(v)) out += strValue(v);
      else if (isIntKind(v)) {
        const n = intValue(v);
        if (n < 0 || n > 0x10ffff) valueError('character mapping must be in range(0x110000)');
        out += String.fromCodePoint(Number(n));
      } else typeError('character mapping must return integer, None or str');
    }
    return result(self, out);
  },
});

defStaticMethod(T_STR, {
  name: 'maketrans',
  params: ['x', 'y', 'z'],
  required: 1,
  fn: (_self, x, y, z) => {
    const table = newDict();
    if (y === NULL) {
      if (typeKind(typeOf(x)) !== Kind.DICT) typeError('if you give only one argument to maketrans it must be a dict');
      dictForEach(x, (k, v) => {
        if (isStr(k)) {
          if (strLength(k) !== 1) valueError('string keys in translate table must be of length 1');
          dictSet(table, newInt(strCodePointAt(k, 0)), v);
        } else if (isIntKind(k)) dictSet(table, k, v);
        else typeError('keys in translate table must be strings or integers');
      });
      return table;
    }
    const from = codePoints(strArg(x, 'first maketrans argument must be a string if there is a second argument'));
    const to = codePoints(clinicStrArg(y, 'maketrans() argument 2'));
    if (from.length !== to.length) valueError('the first two maketrans arguments must have equal length');
    from.forEach((c, i) => dictSet(table, newInt(c), newInt(to[i])));
    if (z !== NULL) for (const c of codePoints(clinicStrArg(z, 'maketrans() argument 3'))) dictSet(table, newInt(c), NONE);
    return table;
  },
});

// ---- encoding ----

defMethod(T_STR, {
  name: 'encode',
  params: ['encoding', 'errors'],
  required: 0,
  keywords: true,
  fn: (self, encRef, errRef) => {
    const enc = encRef === NULL ? 'utf-8' : clinicStrArg(encRef, "encode() argument 'encoding'");
    const err = errRef === NULL ? 'strict' : clinicStrArg(errRef, "encode() argument 'errors'");
    const s = strValue(self);
    return newBytes(encodeString(s, enc, err, self));
  },
});

// ---- case ----

/** Applies a per-code-point mapping that may look at the whole string (for final sigma). */
function mapCodePoints(s: string, f: (cps: number[], i: number) => string): string {
  const cps = codePoints(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) out += f(cps, i);
  return out;
}

defMethod(T_STR, {
  name: 'upper',
  fn: (self) => {
    const s = strValue(self);
    if (strIsAscii(self) || caseMapsAgree(s)) return result(self, s.toUpperCase());
    return result(self, mapCodePoints(s, (cps, i) => upperOf(cps[i])));
  },
});

defMethod(T_STR, {
  name: 'lower',
  fn: (self) => {
    const s = strValue(self);
    if (strIsAscii(self) || caseMapsAgree(s)) return result(self, s.toLowerCase());
    return result(self, mapCodePoints(s, lowerAt));
  },
});

defMethod(T_STR, {
  name: 'casefold',
  fn: (self) => {
    const s = strValue(self);
    if (strIsAscii(self)) return result(self, s.toLowerCase());
    return result(self, mapCodePoints(s, (cps, i) => casefoldOf(cps[i])));
  },
});

defMethod(T_STR, {
  name: 'swapcase',
  fn: (self) => result(self, mapCodePoints(strValue(self), (cps, i) => {
    const c = cps[i];
    if (isUpper(c)) return lowerAt(cps, i);
    if (isLower(c)) return upperOf(c);
    return String.fromCodePoint(c);
  })),
});

defMethod(T_STR, {
  name: 'title',
  fn: (self) => {
    let previousCased = false;
    return result(self, mapCodePoints(strValue(self), (cps, i) => {
      const c = cps[i];
      const mapped = previousCased ? lowerAt(cps, i) : titleOf(c);
      previousCased = isCased(c);
      return mapped;
    }));
  },
});

defMethod(T_STR, {
  name: 'capitalize',
  fn: (self) => result(self, mapCodePoints(strValue(self), (cps, i) => (i === 0 ? titleOf(cps[0]) : lowerAt(cps, i)))),
});

// ---- predicates ----

/** True if the string is non-empty and every code point passes. */
function every(self: Ref, test: (cp: number) => boolean): boolean {
  const s = strValue(self);
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    if (c > 0xffff) i++;
    if (!test(c)) return false;
  }
  return true;
}

function defPredicate(name: string, test: (self: Ref) => boolean): void {
  defMethod(T_STR, { name, fn: (self) => bool(test(self)) });
}

defPredicate('isalpha', (self) => every(self, isAlpha));
defPredicate('isalnum', (self) => every(self, isAlnum));
defPredicate('isdecimal', (self) => every(self, isDecimal));
defPredicate('isdigit', (self) => every(self, isDigit));
defPredicate('isnumeric', (self) => every(self, isNumeric));
defPredicate('isspace', (self) => every(self, isSpaceCp));
defPredicate('isascii', (self) => strIsAscii(self));
defPredicate('isprintable', (self) => isPrintable(strValue(self)));
defPredicate('isidentifier', (self) => {
  const cps = codePoints(strValue(self));
  return cps.length > 0 && isIdentifierStart(cps[0]) && cps.every(isIdentifierContinue);
});

/** islower / isupper: no character of the other case (or titlecase), and at least one cased. */
function caseIs(self: Ref, wanted: (c: number) => boolean, other: (c: number) => boolean): boolean {
  let cased = false;
  for (const c of codePoints(strValue(self))) {
    if (other(c) || isTitle(c)) return false;
    if (wanted(c)) cased = true;
  }
  return cased;
}

defPredicate('islower', (self) => caseIs(self, isLower, isUpper));
defPredicate('isupper', (self) => caseIs(self, isUpper, isLower));
defPredicate('istitle', (self) => {
  let cased = false;
  let previousCased = false;
  for (const c of codePoints(strValue(self))) {
    if (isUpper(c) || isTitle(c)) {
      if (previousCased) return false;
      previousCased = true;
      cased = true;
    } else if (isLower(c)) {
      if (!previousCased) return false;
      previousCased = true;
      cased = true;
    } else previousCased = false;
  }
  return cased;
});

