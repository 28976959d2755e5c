// _json: the core of the json module (lib/json): the encoder and the decoder, whose
// per-value loops would be slow in Python, with CPython's output and error messages.

import { Kind, Ref } from '../../gc/layout.js';
import { dictForEach, dictSet, newDict } from '../objects/dict.js';
import { Exc, raise, typeError, valueError } from '../objects/exception.js';
import { thread } from '../interpreter/threadstate.js';
import { floatValue, newFloat } from '../objects/float.js';
import { intValue, newInt } from '../objects/int.js';
import { listItems, newList } from '../objects/list.js';
import { kindOf } from '../objects/object.js';
import { FALSE, NONE, TRUE } from '../objects/statics.js';
import { newStr, strCodePointIndex, strUnitIndex, strValue } from '../objects/str.js';
import { newTuple, tupleItems } from '../objects/tuple.js';
import { floatRepr } from '../format/float.js';
import { isTrue, lessThan, typeNameOf } from '../runtime/abstract.js';
import { callObject } from '../runtime/call.js';
import { defFunction } from '../runtime/native.js';

const SHORT_ESCAPES: Record<number, string> = {
  0x22: '\\"', 0x5c: '\\\\', 0x0a: '\\n', 0x0d: '\\r', 0x09: '\\t', 0x08: '\\b', 0x0c: '\\f',
};

function unicodeEscape(unit: number): string {
  return '\\u' + unit.toString(16).padStart(4, '0');
}

/** The JSON string literal (with quotes) of s; with ensure_ascii every non-ASCII UTF-16 unit
 *  becomes a \uXXXX escape, which spells astral characters as surrogate pairs. */
export function jsonQuote(s: string, ensureAscii: boolean): string {
  let out = '"';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c !== 0x22 && c !== 0x5c && (c < 0x7f || !ensureAscii)) continue;
    out += s.slice(run, i) + (SHORT_ESCAPES[c] ?? unicodeEscape(c));
    run = i + 1;
  }
  return out + s.slice(run) + '"';
}

defFunction('_json', {
  name: 'quote', params: ['s', 'ensure_ascii'],
  fn: (_m, s, ascii) => newStr(jsonQuote(strValue(s), isTrue(ascii))),
});

const UNESCAPE: Record<string, string> = {
  '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t',
};

function failure(string: Ref, msg: string, unit: number): Ref {
  return newTuple([NONE, newStr(msg), newInt(strCodePointIndex(string, unit))]);
}

function hex4(s: string, at: number): number {
  const h = s.slice(at, at + 4);
  return /^[0-9a-fA-F]{4}$/.test(h) ? parseInt(h, 16) : -1;
}

/** Where the last failed scanString call found its error (a code-unit offset). */
let scanFailure = 0;

/** Scans the JSON string literal whose body starts at code unit `begin` (after the quote):
 *  [value, offset after the closing quote], or CPython's message with scanFailure set. */
function scanString(s: string, begin: number, strict: boolean): [string, number] | string {
  let i = begin;
  let out = '';
  const fail = (msg: string, at: number): string => { scanFailure = at; return msg; };
  for (;;) {
    let j = i;
    while (j < s.length) {
      const c = s.charCodeAt(j);
      if (c === 0x22 || c === 0x5c || (c < 0x20 && strict)) break;
      j++;
    }
    out += s.slice(i, j);
    if (j >= s.length) return fail('Unterminated string starting at', begin - 1);
    const c = s.charCodeAt(j);
    if (c === 0x22) return [out, j + 1];
    if (c !== 0x5c) return fail('Invalid control character at', j);
    const e = s[j + 1];
    if (e === undefined) return fail('Unterminated string starting at', begin - 1);
    if (e !== 'u') {
      const u = UNESCAPE[e];
      if (u === undefined) return fail('Invalid \\escape', j);
      out += u;
      i = j + 2;
      continue;
    }
    const unit = hex4(s, j + 2);
    if (unit < 0) return fail('Invalid \\uXXXX escape', j + 1);
    i = j + 6;
    if (unit >= 0xd800 && unit <= 0xdbff && s[i] === '\\' && s[i + 1] === 'u') {
      const low = hex4(s, i + 2);
      if (low < 0) return fail('Invalid \\uXXXX escape', i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        out += String.fromCharCode(unit, low);
        i += 6;
        continue;
      }
    }
    out += String.fromCharCode(unit);
  }
}

/** scanstring(s, end, strict) -> (value, end) for the string literal whose opening quote is
 *  at end - 1, or (None, message, position). */
defFunction('_json', {
  name: 'scanstring', params: ['s', 'end', 'strict'],
  fn: (_m, string, endRef, strictRef) => {
    const r = scanString(strValue(string), strUnitIndex(string, Number(intValue(endRef))), isTrue(strictRef));
    if (typeof r === 'string') return failure(string, r, scanFailure);
    return newTuple([newStr(r[0]), newInt(strCodePointIndex(string, r[1]))]);
  },
});

// ---- encoding ----

interface EncodeOptions {
  indent: string | null;
  itemSep: string;
  keySep: string;
  sortKeys: boolean;
  skipKeys: boolean;
  ascii: boolean;
  allowNan: boolean;
  markers: Set<Ref> | null;
  defaultFn: Ref;
  /** Containers (and default() results) that may still nest, as CPython's recursion limit
   *  allows from the caller's depth. */
  depthLeft: number;
}

/** How many more levels of nesting the recursion limit allows below the calling Python code
 *  (CPython counts each nested container as one C-level recursive call). */
function nestingAllowed(extra: number): number {
  return thread.recursionLimit() - thread.depth - extra;
}

function floatText(x: number, o: EncodeOptions): string {
  let text: string;
  if (x !== x) text = 'NaN';
  else if (x === Infinity) text = 'Infinity';
  else if (x === -Infinity) text = '-Infinity';
  else return floatRepr(x);
  if (!o.allowNan) valueError('Out of range float values are not JSON compliant');
  return text;
}

/** A dict key as JSON object-key text, or null to skip it (skipkeys). */
function keyText(key: Ref, o: EncodeOptions): string | null {
  switch (kindOf(key)) {
    case Kind.STR: return strValue(key);
    case Kind.FLOAT: return floatText(floatValue(key), o);
    case Kind.BOOL: return key === TRUE ? 'true' : 'false';
    case Kind.NONE: return 'null';
    case Kind.INT: return String(intValue(key));
    default:
      if (o.skipKeys) return null;
      return typeError(`keys must be str, int, float, bool or None, not ${typeNameOf(key)}`);
  }
}

function enter(o: EncodeOptions, obj: Ref): void {
  if (o.markers === null) return;
  if (o.markers.has(obj)) valueError('Circular reference detected');
  o.markers.add(obj);
}

function leave(o: EncodeOptions, obj: Ref): void {
  o.markers?.delete(obj);
}

function encodeValue(obj: Ref, o: EncodeOptions, level: number, out: string[]): void {
  const kind = kindOf(obj);
  switch (kind) {
    case Kind.STR: out.push(jsonQuote(strValue(obj), o.ascii)); return;
    case Kind.NONE: out.push('null'); return;
    case Kind.BOOL: out.push(obj === TRUE ? 'true' : 'false'); return;
    case Kind.INT: out.push(String(intValue(obj))); return;
    case Kind.FLOAT: out.push(floatText(floatValue(obj), o)); return;
    default: break;
  }
  if (o.depthLeft-- <= 0) raise(Exc.RecursionError, 'maximum recursion depth exceeded while encoding a JSON object');
  try {
    encodeNested(obj, kind, o, level, out);
  } finally {
    o.depthLeft++;
  }
}

/** Containers, and objects handed to default(). */
function encodeNested(obj: Ref, kind: number, o: EncodeOptions, level: number, out: string[]): void {
  switch (kind) {
    case Kind.LIST: case Kind.TUPLE: {
      const items = kind === Kind.LIST ? listItems(obj) : tupleItems(obj);
      if (items.length === 0) { out.push('[]'); return; }
      enter(o, obj);
      const inner = o.indent === null ? '' : '\n' + o.indent.repeat(level + 1);
      out.push('[' + inner);
      items.forEach((item, i) => {
        if (i > 0) out.push(o.itemSep + inner);
        encodeValue(item, o, level + 1, out);
      });
      out.push(o.indent === null ? ']' : '\n' + o.indent.repeat(level) + ']');
      leave(o, obj);
      return;
    }
    case Kind.DICT: {
      let entries: [Ref, Ref][] = [];
      dictForEach(obj, (k, v) => { entries.push([k, v]); });
      if (entries.length === 0) { out.push('{}'); return; }
      enter(o, obj);
      if (o.sortKeys) entries = sortEntries(entries);
      const inner = o.indent === null ? '' : '\n' + o.indent.repeat(level + 1);
      out.push('{' + inner);
      let first = true;
      for (const [k, v] of entries) {
        const key = keyText(k, o);
        if (key === null) continue;
        if (!first) out.push(o.itemSep + inner);
        first = false;
        out.push(jsonQuote(key, o.ascii) + o.keySep);
        encodeValue(v, o, level + 1, out);
      }
      out.push(o.indent === null ? '}' : '\n' + o.indent.repeat(level) + '}');
      leave(o, obj);
      return;
    }
    default: {
      enter(o, obj);
      encodeValue(callObject(o.defaultFn, [obj]), o, level, out);
      leave(o, obj);
    }
  }
}

/** Entries sorted by key with Python's '<' (a stable merge sort, as sorted()). */
function sortEntries(entries: [Ref, Ref][]): [Ref, Ref][] {
  if (entries.length <= 1) return entries;
  const mid = entries.length >> 1;
  const a = sortEntries(entries.slice(0, mid));
  const b = sortEntries(entries.slice(mid));
  const out: [Ref, Ref][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(lessThan(b[j][0], a[i][0]) ? b[j++] : a[i++]);
  return out.concat(a.slice(i), b.slice(j));
}

/** encode(obj, indent, item_separator, key_separator, sort_keys, skipkeys, ensure_ascii,
 *  check_circular, allow_nan, default) -> the JSON text. */
defFunction('_json', {
  name: 'encode',
  params: ['obj', 'indent', 'item_separator', 'key_separator', 'sort_keys', 'skipkeys',
    'ensure_ascii', 'check_circular', 'allow_nan', 'default'],
  fn: (_m, obj, indent, itemSep, keySep, sortKeys, skipKeys, ascii, circular, allowNan, dflt) => {
    const o: EncodeOptions = {
      indent: indent === NONE ? null : strValue(indent),
      itemSep: strValue(itemSep), keySep: strValue(keySep), sortKeys: isTrue(sortKeys),
      skipKeys: isTrue(skipKeys), ascii: isTrue(ascii), allowNan: isTrue(allowNan),
      markers: isTrue(circular) ? new Set() : null, defaultFn: dflt, depthLeft: nestingAllowed(1),
    };
    const out: string[] = [];
    encodeValue(obj, o, 0, out);
    return newStr(out.join(''));
  },
});

// ---- decoding ----

class DecodeError {
  constructor(readonly msg: string, readonly unit: number) {}
}

interface DecodeOptions {
  strict: boolean;
  objectHook: Ref;
  pairsHook: Ref;
  parseFloat: Ref;
  parseInt: Ref;
  parseConstant: Ref;
}

const CONSTANTS: [string, number][] = [['NaN', NaN], ['Infinity', Infinity], ['-Infinity', -Infinity]];
const NUMBER = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?/y;

class Decoder {
  /** Containers that may still nest (see nestingAllowed). */
  private depthLeft = nestingAllowed(0);

  constructor(readonly s: string, readonly o: DecodeOptions) {}

  private nest<T>(what: string, f: () => T): T {
    if (this.depthLeft-- <= 0) {
      raise(Exc.RecursionError, `maximum recursion depth exceeded while decoding a JSON ${what} from a unicode string`);
    }
    try {
      return f();
    } finally {
      this.depthLeft++;
    }
  }

  skip(i: number): number {
    const s = this.s;
    for (;;) {
      const c = s.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else return i;
    }
  }

  value(i: number): [Ref, number] {
    const s = this.s;
    const c = s[i];
    switch (c) {
      case '"': return this.string_(i + 1);
      case '{': return this.nest('object', () => this.object(i + 1));
      case '[': return this.nest('array', () => this.array(i + 1));
      case 'n': if (s.startsWith('null', i)) return [NONE, i + 4]; break;
      case 't': if (s.startsWith('true', i)) return [TRUE, i + 4]; break;
      case 'f': if (s.startsWith('false', i)) return [FALSE, i + 5]; break;
      default: break;
    }
    for (const [name, v] of CONSTANTS) {
      if (s.startsWith(name, i)) {
        const r = this.o.parseConstant === NONE ? newFloat(v) : callObject(this.o.parseConstant, [newStr(name)]);
        return [r, i + name.length];
      }
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(s);
    if (m === null) throw new DecodeError('Expecting value', i);
    const text = m[0];
    const end = i + text.length;
    if (m[1] !== undefined || m[2] !== undefined) {
      if (this.o.parseFloat !== NONE) return [callObject(this.o.parseFloat, [newStr(text)]), end];
      return [newFloat(Number(text)), end];
    }
    if (this.o.parseInt !== NONE) return [callObject(this.o.parseInt, [newStr(text)]), end];
    const n = Number(text);
    return [newInt(Number.isSafeInteger(n) ? n : BigInt(text)), end];
  }

  string_(i: number): [Ref, number] {
    const r = scanString(this.s, i, this.o.strict);
    if (typeof r === 'string') throw new DecodeError(r, scanFailure);
    return [newStr(r[0]), r[1]];
  }

  object(i: number): [Ref, number] {
    const s = this.s;
    const pairs: [Ref, Ref][] = [];
    i = this.skip(i);
    if (s[i] !== '}') {
      for (;;) {
        if (s[i] !== '"') throw new DecodeError('Expecting property name enclosed in double quotes', i);
        const [key, afterKey] = this.string_(i + 1);
        i = this.skip(afterKey);
        if (s[i] !== ':') throw new DecodeError("Expecting ':' delimiter", i);
        i = this.skip(i + 1);
        const [value, afterValue] = this.value(i);
        pairs.push([key, value]);
        i = this.skip(afterValue);
        if (s[i] === '}') break;
        if (s[i] !== ',') throw new DecodeError("Expecting ',' delimiter", i);
        i = this.skip(i + 1);
      }
    }
    if (this.o.pairsHook !== NONE) {
      return [callObject(this.o.pairsHook, [newList(pairs.map(([k, v]) => newTuple([k, v])))]), i + 1];
    }
    const d = newDict();
    for (const [k, v] of pairs) dictSet(d, k, v);
    if (this.o.objectHook !== NONE) return [callObject(this.o.objectHook, [d]), i + 1];
    return [d, i + 1];
  }

  array(i: number): [Ref, number] {
    const s = this.s;
    const items: Ref[] = [];
    i = this.skip(i);
    if (s[i] !== ']') {
      for (;;) {
        const [value, after] = this.value(i);
        items.push(value);
        i = this.skip(after);
        if (s[i] === ']') break;
        if (s[i] !== ',') throw new DecodeError("Expecting ',' delimiter", i);
        i = this.skip(i + 1);
      }
    }
    return [newList(items), i + 1];
  }
}

/** decode(s, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int,
 *  parse_constant) -> (value, end) for the JSON value at s[idx:], or (None, message, pos). */
defFunction('_json', {
  name: 'decode',
  params: ['s', 'idx', 'strict', 'object_hook', 'object_pairs_hook', 'parse_float', 'parse_int', 'parse_constant'],
  fn: (_m, string, idx, strict, objectHook, pairsHook, parseFloat, parseInt, parseConstant) => {
    const d = new Decoder(strValue(string), {
      strict: isTrue(strict), objectHook, pairsHook, parseFloat, parseInt, parseConstant,
    });
    try {
      const [value, end] = d.value(strUnitIndex(string, Number(intValue(idx))));
      return newTuple([value, newInt(strCodePointIndex(string, end))]);
    } catch (e) {
      if (e instanceof DecodeError) return failure(string, e.msg, e.unit);
      throw e;
    }
  },
});
