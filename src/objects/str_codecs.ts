// The text codecs built into the VM: utf-8 (and utf-8-sig), ascii, latin-1, utf-16 and
// utf-32 (with their -le/-be forms), with the error handlers strict, ignore, replace,
// backslashreplace, surrogateescape, surrogatepass and (encoding only) xmlcharrefreplace.
// Errors are CPython's UnicodeDecodeError / UnicodeEncodeError, made by calling the
// exception type with (encoding, object, start, end, reason) so they carry those attributes.
//
//   decodeBytes(data, encoding, errors, source) -> string      bytes.decode / str(b, enc)
//   encodeString(s, encoding, errors, source) -> Uint8Array    str.encode

import { Ref } from '../../gc/layout.js';
import { callObject } from '../runtime/call.js';
import { PyRaise } from '../runtime/errors.js';
import { Exc, raise } from './exception.js';
import { newBytes } from './bytes.js';
import { newInt } from './int.js';
import { newStr } from './str.js';

type Codec = 'utf-8' | 'utf-8-sig' | 'ascii' | 'latin-1' | 'utf-16' | 'utf-16-le' | 'utf-16-be' | 'utf-32' | 'utf-32-le' | 'utf-32-be';

const ALIASES: Record<string, Codec> = Object.create(null);
function alias(codec: Codec, names: string): void {
  for (const n of names.split(' ')) ALIASES[n] = codec;
}
alias('utf-8', 'utf_8 utf8 u8 utf cp65001 utf8_ucs2 utf8_ucs4');
alias('utf-8-sig', 'utf_8_sig utf8_sig');
alias('ascii', 'ascii 646 us_ascii us cp367 csascii ibm367 iso646_us iso_646.irv_1991 iso_ir_6 ansi_x3.4_1968 ansi_x3_4_1968 ansi_x3.4_1986');
alias('latin-1', 'latin_1 latin1 latin l1 iso8859_1 iso_8859_1 iso8859 8859 cp819 ibm819 csisolatin1 iso_ir_100 iso_8859_1_1987');
alias('utf-16', 'utf_16 utf16 u16');
alias('utf-16-le', 'utf_16_le utf_16le unicodelittleunmarked');
alias('utf-16-be', 'utf_16_be utf_16be unicodebigunmarked');
alias('utf-32', 'utf_32 utf32 u32');
alias('utf-32-le', 'utf_32_le utf_32le');
alias('utf-32-be', 'utf_32_be utf_32be');

/** The codec for an encoding name, as Python's codec lookup normalises it. */
export function lookupCodec(encoding: string): Codec {
  // As Python's encodings.normalize_encoding: runs of other characters than letters, digits
  // and '.' become one '_', leading and trailing ones vanish.
  const key = encoding.toLowerCase().replace(/[^a-z0-9.]+/g, '_').replace(/^_|_$/g, '');
  const codec = ALIASES[key] ?? ALIASES[key.replace(/\./g, '_')];
  if (codec === undefined) raise(Exc.LookupError, `unknown encoding: ${encoding}`);
  return codec;
}

/** Python's name for a codec in error messages. */
const messageName = (c: Codec): string => (c === 'utf-8-sig' ? 'utf-8' : c);

function unknownHandler(errors: string): never {
  return raise(Exc.LookupError, `unknown error handler name '${errors}'`);
}

// ---- decoding ----

interface DecodeState {
  /** The codec's name in error reports (utf-16 and utf-32 report the byte order they read). */
  name: string; errors: string; data: Uint8Array; source: () => Ref; out: string[];
}

/** Handles an undecodable range [start, end): raises for 'strict', else appends the
 *  replacement. Returns where decoding goes on. */
function decodeError(st: DecodeState, start: number, end: number, reason: string): number {
  const { errors, data, out } = st;
  switch (errors) {
    case 'strict':
      throw new PyRaise(callObject(Exc.UnicodeDecodeError, [
        newStr(st.name), st.source(), newInt(start), newInt(end), newStr(reason),
      ]));
    case 'ignore':
      return end;
    case 'replace':
      out.push('\ufffd');
      return end;
    case 'backslashreplace':
      for (let i = start; i < end; i++) out.push('\\x' + data[i].toString(16).padStart(2, '0'));
      return end;
    case 'surrogateescape':
      for (let i = start; i < end; i++) {
        if (data[i] < 0x80) return decodeError({ ...st, errors: 'strict' }, start, end, reason);
      }
      for (let i = start; i < end; i++) out.push(String.fromCharCode(0xdc00 + data[i]));
      return end;
    case 'surrogatepass':
    case 'xmlcharrefreplace':
    case 'namereplace':
      return decodeError({ ...st, errors: 'strict' }, start, end, reason);
    default:
      return unknownHandler(errors);
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes bytes to a JS string. `source` makes the bytes object for error reports. */
export function decodeBytes(data: Uint8Array, encoding: string, errors: string, source: () => Ref): string {
  const codec = lookupCodec(encoding);
  const st: DecodeState = { name: messageName(codec), errors, data, source, out: [] };
  switch (codec) {
    case 'utf-8':
      return decodeUtf8(st);
    case 'utf-8-sig': {
      // Errors after a BOM are reported in the bytes that follow it, as CPython does.
      if (data.length < 3 || data[0] !== 0xef || data[1] !== 0xbb || data[2] !== 0xbf) return decodeUtf8(st);
      const rest = data.slice(3);
      return decodeUtf8({ ...st, data: rest, source: () => newBytes(rest) });
    }
    case 'ascii':
      return decodeAscii(st);
    case 'latin-1':
      return latin1(data, 0, data.length);
    case 'utf-16':
    case 'utf-16-le':
    case 'utf-16-be':
      return decodeUtf16(st);
    default:
      return decodeUtf32(st);
  }
}

function latin1(data: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i += 8192) {
    s += String.fromCharCode.apply(null, Array.from(data.subarray(i, Math.min(to, i + 8192))));
  }
  return s;
}

function decodeAscii(st: DecodeState): string {
  const { data, out } = st;
  let i = 0;
  let runStart = 0;
  while (i < data.length) {
    if (data[i] < 0x80) { i++; continue; }
    out.push(latin1(data, runStart, i));
    i = decodeError(st, i, i + 1, 'ordinal not in range(128)');
    runStart = i;
  }
  out.push(latin1(data, runStart, data.length));
  return out.join('');
}

function decodeUtf8(st: DecodeState): string {
  const { data, out } = st;
  if (st.errors !== 'surrogatepass') {
    try {
      return strictUtf8.decode(data);
    } catch {
      // invalid somewhere: decode by hand below to report or replace exactly as CPython
    }
  }
  let i = 0;
  let run = '';
  while (i < data.length) {
    const b = data[i];
    if (b < 0x80) { run += String.fromCharCode(b); i++; continue; }
    const bad = utf8Sequence(data, i, st.errors === 'surrogatepass');
    if (bad.reason === null) {
      run += String.fromCodePoint(bad.cp);
      i = bad.end;
      continue;
    }
    out.push(run);
    run = '';
    i = decodeError(st, i, bad.end, bad.reason);
  }
  out.push(run);
  return out.join('');
}

/** One multi-byte UTF-8 sequence at i: its code point and end, or the erroneous range. */
function utf8Sequence(data: Uint8Array, i: number, surrogates: boolean): { cp: number; end: number; reason: string | null } {
  const b = data[i];
  if (b < 0xc2 || b > 0xf4) return { cp: 0, end: i + 1, reason: 'invalid start byte' };
  const need = b < 0xe0 ? 1 : b < 0xf0 ? 2 : 3;
  // The second byte's range excludes overlong forms, surrogates and values past U+10FFFF.
  let lo = 0x80;
  let hi = 0xbf;
  if (b === 0xe0) lo = 0xa0;
  else if (b === 0xed && !surrogates) hi = 0x9f;
  else if (b === 0xf0) lo = 0x90;
  else if (b === 0xf4) hi = 0x8f;
  let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
  for (let j = 1; j <= need; j++) {
    if (i + j >= data.length) return { cp: 0, end: data.length, reason: 'unexpected end of data' };
    const c = data[i + j];
    if (c < (j === 1 ? lo : 0x80) || c > (j === 1 ? hi : 0xbf)) return { cp: 0, end: i + j, reason: 'invalid continuation byte' };
    cp = (cp << 6) | (c & 0x3f);
  }
  return { cp, end: i + need + 1, reason: null };
}

function decodeUtf16(st: DecodeState): string {
  const { data, out } = st;
  let i = 0;
  let little = st.name !== 'utf-16-be';
  if (st.name === 'utf-16' && data.length >= 2) {
    if (data[0] === 0xff && data[1] === 0xfe) i = 2;
    else if (data[0] === 0xfe && data[1] === 0xff) { i = 2; little = false; }
  }
  st.name = little ? 'utf-16-le' : 'utf-16-be';
  const unit = (k: number): number => (little ? data[k] | (data[k + 1] << 8) : (data[k] << 8) | data[k + 1]);
  let run = '';
  while (i < data.length) {
    if (i + 1 >= data.length) {
      out.push(run); run = '';
      i = decodeError(st, i, data.length, 'truncated data');
      continue;
    }
    const u = unit(i);
    if (u < 0xd800 || u > 0xdfff) { run += String.fromCharCode(u); i += 2; continue; }
    let reason: string;
    let end: number;
    if (u >= 0xdc00) { reason = 'illegal encoding'; end = i + 2; }
    else if (i + 3 >= data.length) { reason = 'unexpected end of data'; end = data.length; }
    else {
      const v = unit(i + 2);
      if (v >= 0xdc00 && v <= 0xdfff) { run += String.fromCharCode(u, v); i += 4; continue; }
      reason = 'illegal UTF-16 surrogate'; end = i + 2;
    }
    if (st.errors === 'surrogatepass') { run += String.fromCharCode(u); i += 2; continue; }
    out.push(run); run = '';
    i = decodeError(st, i, end, reason);
  }
  out.push(run);
  return out.join('');
}

function decodeUtf32(st: DecodeState): string {
  const { data, out } = st;
  let i = 0;
  let little = st.name !== 'utf-32-be';
  if (st.name === 'utf-32' && data.length >= 4) {
    if (data[0] === 0xff && data[1] === 0xfe && data[2] === 0 && data[3] === 0) i = 4;
    else if (data[0] === 0 && data[1] === 0 && data[2] === 0xfe && data[3] === 0xff) { i = 4; little = false; }
  }
  st.name = little ? 'utf-32-le' : 'utf-32-be';
  let run = '';
  while (i < data.length) {
    if (i + 3 >= data.length) {
      out.push(run); run = '';
      i = decodeError(st, i, data.length, 'truncated data');
      continue;
    }
    const cp = little
      ? (data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24)) >>> 0
      : ((data[i] << 24) | (data[i + 1] << 16) | (data[i + 2] << 8) | data[i + 3]) >>> 0;
    let reason: string | null = null;
    if (cp > 0x10ffff) reason = 'code point not in range(0x110000)';
    else if (cp >= 0xd800 && cp <= 0xdfff && st.errors !== 'surrogatepass') reason = 'code point in surrogate code point range(0xd800, 0xe000)';
    if (reason === null) { run += String.fromCodePoint(cp); i += 4; continue; }
    out.push(run); run = '';
    i = decodeError(st, i, i + 4, reason);
  }
  out.push(run);
  return out.join('');
}

// ---- encoding ----

/** A growable byte buffer. */
class ByteSink {
  bytes = new Uint8Array(64);
  length = 0;
  push(b: number): void {
    if (this.length === this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.bytes[this.length++] = b;
  }
  pushString(s: string): void {
    for (let i = 0; i < s.length; i++) this.push(s.charCodeAt(i));
  }
  result(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

interface EncodeState {
  codec: Codec; errors: string; cps: number[]; source: Ref; sink: ByteSink; emit: (cp: number) => void;
}

const encodeLimit = (codec: Codec): number => (codec === 'ascii' ? 0x80 : 0x100);

/** Handles the unencodable code points cps[start..end) for 'strict' and the handlers. */
function encodeError(st: EncodeState, start: number, end: number, reason: string): void {
  const { errors, cps, sink } = st;
  const fail = (): never => {
    throw new PyRaise(callObject(Exc.UnicodeEncodeError, [
      newStr(messageName(st.codec)), st.source, newInt(start), newInt(end), newStr(reason),
    ]));
  };
  switch (errors) {
    case 'strict': fail(); break;
    case 'ignore': break;
    case 'replace':
      for (let i = start; i < end; i++) st.emit(0x3f);
      break;
    case 'backslashreplace':
      for (let i = start; i < end; i++) for (const c of backslashEscape(cps[i])) st.emit(c.charCodeAt(0));
      break;
    case 'xmlcharrefreplace':
      for (let i = start; i < end; i++) for (const c of `&#${cps[i]};`) st.emit(c.charCodeAt(0));
      break;
    case 'surrogateescape':
      // Its single bytes cannot stand for a code unit of utf-16 or utf-32.
      if (st.codec.startsWith('utf-16') || st.codec.startsWith('utf-32')) fail();
      for (let i = start; i < end; i++) if (cps[i] < 0xdc80 || cps[i] > 0xdcff) fail();
      for (let i = start; i < end; i++) sink.push(cps[i] - 0xdc00);
      break;
    case 'surrogatepass':
      if (st.codec === 'ascii' || st.codec === 'latin-1') fail();
      for (let i = start; i < end; i++) if (cps[i] < 0xd800 || cps[i] > 0xdfff) fail();
      for (let i = start; i < end; i++) st.emit(cps[i]);
      break;
    default:
      unknownHandler(errors);
  }
}

function backslashEscape(cp: number): string {
  if (cp < 0x100) return '\\x' + cp.toString(16).padStart(2, '0');
  if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

const isSurrogate = (cp: number): boolean => cp >= 0xd800 && cp <= 0xdfff;

/** Encodes a JS string; `source` is the str object, for error reports. */
export function encodeString(s: string, encoding: string, errors: string, source: Ref): Uint8Array {
  const codec = lookupCodec(encoding);
  if ((codec === 'utf-8' || codec === 'utf-8-sig') && s.isWellFormed()) {
    const body = new TextEncoder().encode(s);
    if (codec === 'utf-8') return body;
    const out = new Uint8Array(body.length + 3);
    out.set([0xef, 0xbb, 0xbf]);
    out.set(body, 3);
    return out;
  }
  const sink = new ByteSink();
  const st: EncodeState = { codec, errors, cps: codePointsOf(s), source, sink, emit: emitterFor(codec, sink) };
  if (codec === 'utf-8-sig') sink.pushString('\xef\xbb\xbf');
  else if (codec === 'utf-16') st.emit(0xfeff);
  else if (codec === 'utf-32') st.emit(0xfeff);
  const cps = st.cps;
  const limit = codec === 'ascii' || codec === 'latin-1' ? encodeLimit(codec) : 0x110000;
  const reason = limit === 0x80 ? 'ordinal not in range(128)' : limit === 0x100 ? 'ordinal not in range(256)' : 'surrogates not allowed';
  const bad = (cp: number): boolean => cp >= limit || isSurrogate(cp);
  let i = 0;
  while (i < cps.length) {
    if (!bad(cps[i])) { st.emit(cps[i]); i++; continue; }
    // CPython reports a run of unencodable characters as one error.
    let j = i + 1;
    while (j < cps.length && bad(cps[j])) j++;
    encodeError(st, i, j, reason);
    i = j;
  }
  return sink.result();
}

function codePointsOf(s: string): number[] {
  const out: number[] = [];
  for (const c of s) out.push(c.codePointAt(0)!);
  return out;
}

function emitterFor(codec: Codec, sink: ByteSink): (cp: number) => void {
  switch (codec) {
    case 'ascii':
    case 'latin-1':
      return (cp) => sink.push(cp);
    case 'utf-8':
    case 'utf-8-sig':
      return (cp) => {
        if (cp < 0x80) sink.push(cp);
        else if (cp < 0x800) { sink.push(0xc0 | (cp >> 6)); sink.push(0x80 | (cp & 0x3f)); }
        else if (cp < 0x10000) { sink.push(0xe0 | (cp >> 12)); sink.push(0x80 | ((cp >> 6) & 0x3f)); sink.push(0x80 | (cp & 0x3f)); }
        else {
          sink.push(0xf0 | (cp >> 18)); sink.push(0x80 | ((cp >> 12) & 0x3f));
          sink.push(0x80 | ((cp >> 6) & 0x3f)); sink.push(0x80 | (cp & 0x3f));
        }
      };
    case 'utf-16':
    case 'utf-16-le':
    case 'utf-16-be': {
      const big = codec === 'utf-16-be';
      const unit = (u: number): void => {
        if (big) { sink.push(u >> 8); sink.push(u & 0xff); } else { sink.push(u & 0xff); sink.push(u >> 8); }
      };
      return (cp) => {
        if (cp < 0x10000) unit(cp);
        else { unit(0xd800 + ((cp - 0x10000) >> 10)); unit(0xdc00 + ((cp - 0x10000) & 0x3ff)); }
      };
    }
    default: {
      const big = codec === 'utf-32-be';
      return (cp) => {
        const b = [cp & 0xff, (cp >> 8) & 0xff, (cp >> 16) & 0xff, 0];
        if (big) b.reverse();
        for (const x of b) sink.push(x);
      };
    }
  }
}
