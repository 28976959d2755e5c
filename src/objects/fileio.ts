// File objects and the io module: open()'s text and binary files, the standard streams (the
// same TextIOWrapper type, over fds 0/1/2 through runtime/output.ts), io.StringIO and
// io.BytesIO.
//
// Every bit of a stream's state lives in the heap (three small layouts below, sharing the
// POS and FLAGS words). Files are read and written with node:fs synchronously at the
// position kept in POS, so nothing is pending in JS: writes go straight to the file, and a
// read-ahead chunk (an immutable bytes object in RBUF, holding the file's bytes from RBASE)
// lets line-by-line reading avoid a system call per line. Writes and truncation drop it.
// Text files decode UTF-8 (or Latin-1/ASCII) and split lines as CPython's newline modes.
// Irreversible system calls (open, write, truncate, close, reading stdin) first make the
// running transaction inevitable; reading a file at a position can simply be redone.

import * as fs from 'node:fs';
import * as tty from 'node:tty';
import { alloc } from '../../gc/alloc.js';
import { heap } from '../../gc/heap.js';
import { BytesL, Control, NULL, Ref, TypeFlags, TypeL } from '../../gc/layout.js';
import { becomeInevitable, load, store } from '../../stm/barrier.js';
import { asIndex, getIter, isTrue, iterNext, repr, str } from '../runtime/abstract.js';
import { getAttr } from '../runtime/attributes.js';
import { callObject, kwargsToRecord } from '../runtime/call.js';
import { PyRaise } from '../runtime/errors.js';
import { importAbsolute } from '../runtime/import.js';
import { intern } from '../runtime/intern.js';
import { defFunction, defGetSet, defMethod, defStaticMethod, FixedFn, NativeSpec } from '../runtime/native.js';
import { flushAll, flushStream, writeStream } from '../runtime/output.js';
import { defineSlots, newKind } from '../runtime/slots.js';
import { defineBuiltinType } from '../runtime/world.js';
import { defineModuleFiller, onBoot } from '../runtime/boot.js';
import { N } from '../runtime/names.js';
import {
  byteArrayAt, byteArrayExtend, byteArrayLength, byteArraySetValue, byteArrayValue, newByteArray,
} from './bytearray.js';
import { bytesLength, bytesValue, newBytes } from './bytes.js';
import { decodeBytes, encodeString, lookupCodec } from './str_codecs.js';
import { dictGetStr, dictSet, newDict } from './dict.js';
import { Exc, newError, newExceptionOfType, raise, typeError, valueError } from './exception.js';
import { intValue, newInt } from './int.js';
import { listAppend, listItems, newList } from './list.js';
import { moduleDict } from './module.js';
import { typeOf } from './object.js';
import { FALSE, NONE, T_BYTEARRAY, T_BYTES, T_INT, T_STR, T_TYPE, TRUE } from './statics.js';
import { newStr, strHasAstral, strLength, strValue } from './str.js';
import { newTuple } from './tuple.js';
import { isSubtype, lookupType, typeBasicSize, typeName } from './typeobject.js';

// ---- layouts ----

/** Words shared by every stream: POS and FLAGS. */
const IoL = Object.freeze({ POS: 3, FLAGS: 4 });
/** A file (TextIOWrapper, BufferedReader/Writer/Random): FD small int; POS byte offset (int);
 *  FLAGS; NAME str or int; MODE str; ENCODING and ERRORS str (text); RBUF read-ahead bytes or
 *  NULL and RBASE its file offset (int); BUFFER the binary stream of a std stream's `.buffer`
 *  (made on first use) or NULL. */
const FileL = Object.freeze({
  FD: 2, POS: 3, FLAGS: 4, NAME: 5, MODE: 6, ENCODING: 7, ERRORS: 8, RBUF: 9, RBASE: 10, BUFFER: 11, SIZE: 12,
});
/** io.StringIO: TEXT str; POS in UTF-16 units; FLAGS; PARTS list of str appended after TEXT
 *  (so that a run of writes at the end costs no copying) or NULL; LEN total UTF-16 units. */
const StringIOL = Object.freeze({ TEXT: 2, POS: 3, FLAGS: 4, PARTS: 5, LEN: 6, SIZE: 7 });
/** io.BytesIO: BUF a bytearray; POS byte offset; FLAGS. */
const BytesIOL = Object.freeze({ BUF: 2, POS: 3, FLAGS: 4, SIZE: 5 });

const F = Object.freeze({
  READ: 1, WRITE: 2, APPEND: 4, BINARY: 8, CLOSED: 16,
  /** fd 0/1/2 through the process's buffered streams (runtime/output.ts). */
  CONSOLE: 32,
  /** Do not close the fd on close() (closefd=False). */
  KEEPFD: 64,
  /** A one-byte-per-character encoding (ascii, latin-1). */
  SINGLE_BYTE: 128,
  /** Newline mode (NL) in bits 8..10. */
  NL_SHIFT: 8,
});
/** newline=None: any of \n \r \r\n ends a line and reads as \n; '': the same without
 *  translation; or exactly the given terminator. */
const NL = Object.freeze({ TRANSLATE: 0, UNIVERSAL: 1, LF: 2, CR: 3, CRLF: 4 });

const flagsOf = (s: Ref): number => load(s, IoL.FLAGS) >> 1;
const setFlags = (s: Ref, f: number): void => store(s, IoL.FLAGS, (f << 1) | 1);
const nlOf = (s: Ref): number => (flagsOf(s) >> F.NL_SHIFT) & 7;
const posOf = (s: Ref): number => Number(intValue(load(s, IoL.POS)));
const setPos = (s: Ref, p: number): void => store(s, IoL.POS, newInt(p));
const fdOf = (s: Ref): number => load(s, FileL.FD) >> 1;

// ---- types ----

const ABSTRACT_KIND = newKind();
const FILE_KIND = newKind();
const STRINGIO_KIND = newKind();
const BYTESIO_KIND = newKind();
const SUB = TypeFlags.BASETYPE;

const T_IOBASE = defineBuiltinType('_IOBase', ABSTRACT_KIND, undefined, SUB, '_io');
const T_RAWIOBASE = defineBuiltinType('_RawIOBase', ABSTRACT_KIND, T_IOBASE, SUB, '_io');
const T_BUFFEREDIOBASE = defineBuiltinType('_BufferedIOBase', ABSTRACT_KIND, T_IOBASE, SUB, '_io');
const T_TEXTIOBASE = defineBuiltinType('_TextIOBase', ABSTRACT_KIND, T_IOBASE, SUB, '_io');
export const T_TEXTIO = defineBuiltinType('TextIOWrapper', FILE_KIND, T_TEXTIOBASE, SUB, '_io');
const T_BUFREADER = defineBuiltinType('BufferedReader', FILE_KIND, T_BUFFEREDIOBASE, SUB, '_io');
const T_BUFWRITER = defineBuiltinType('BufferedWriter', FILE_KIND, T_BUFFEREDIOBASE, SUB, '_io');
const T_BUFRANDOM = defineBuiltinType('BufferedRandom', FILE_KIND, T_BUFFEREDIOBASE, SUB, '_io');
export const T_STRINGIO = defineBuiltinType('StringIO', STRINGIO_KIND, T_TEXTIOBASE, SUB, '_io');
export const T_BYTESIO = defineBuiltinType('BytesIO', BYTESIO_KIND, T_BUFFEREDIOBASE, SUB, '_io');
const FILE_TYPES = [T_TEXTIO, T_BUFREADER, T_BUFWRITER, T_BUFRANDOM];

// Boot gives unknown kinds a two-word basic size; subclasses must put their __dict__ after
// our words.
onBoot(() => {
  for (const t of FILE_TYPES) heap.i32[t + TypeL.BASICSIZE] = FileL.SIZE;
  heap.i32[T_STRINGIO + TypeL.BASICSIZE] = StringIOL.SIZE;
  heap.i32[T_BYTESIO + TypeL.BASICSIZE] = BytesIOL.SIZE;
});

function defOn(types: Ref[], spec: NativeSpec): void {
  for (const t of types) defMethod(t, spec);
}

// ---- errors ----

/** io.UnsupportedOperation (a class made when io is first imported). */
function unsupported(msg: string): never {
  const io = importAbsolute('io');
  throw new PyRaise(newError(dictGetStr(moduleDict(io), intern('UnsupportedOperation')), msg));
}

// CPython's closed-stream messages vary by class and method: with or without the period,
// or naming the operation (binary files).
const CLOSED = 'I/O operation on closed file.';
const CLOSED_NP = 'I/O operation on closed file';

const ERRNO: Record<string, [number, string, string]> = {
  ENOENT: [2, 'No such file or directory', 'FileNotFoundError'],
  EACCES: [13, 'Permission denied', 'PermissionError'],
  EPERM: [1, 'Operation not permitted', 'PermissionError'],
  EEXIST: [17, 'File exists', 'FileExistsError'],
  ENOTDIR: [20, 'Not a directory', 'NotADirectoryError'],
  EISDIR: [21, 'Is a directory', 'IsADirectoryError'],
  EINVAL: [22, 'Invalid argument', 'OSError'],
  EBADF: [9, 'Bad file descriptor', 'OSError'],
  ENOSPC: [28, 'No space left on device', 'OSError'],
  ESPIPE: [29, 'Illegal seek', 'OSError'],
  EMFILE: [24, 'Too many open files', 'OSError'],
  ENAMETOOLONG: [36, 'File name too long', 'OSError'],
};

/** The OSError subclass CPython raises for a failed system call, e.g. FileNotFoundError
 *  "[Errno 2] No such file or directory: 'x'". */
export function osError(code: string, filename: Ref = NULL): never {
  const [errno, text, cls] = ERRNO[code] ?? [0, code, 'OSError'];
  const args = [newInt(errno), newStr(text)];
  if (filename !== NULL) args.push(filename);
  throw new PyRaise(callObject(Exc[cls], args));
}

/** Runs a node:fs call, turning its errors into OSError. */
function fsCall<T>(f: () => T, filename: Ref = NULL): T {
  try {
    return f();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === undefined) throw e;
    return osError(code, filename);
  }
}

// ---- standard input (process-wide, read on demand) ----

let stdinBuffer = '';
let stdinEnded = false;

/** Reads more of stdin into the buffer; false at end of input. */
function stdinMore(): boolean {
  if (stdinEnded) return false;
  becomeInevitable();
  flushAll();
  const chunk = Buffer.alloc(65536);
  for (;;) {
    let n = 0;
    try {
      n = fs.readSync(0, chunk, 0, chunk.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code !== 'EOF') throw e;
    }
    if (n === 0) { stdinEnded = true; return false; }
    stdinBuffer += chunk.subarray(0, n).toString('utf8');
    return true;
  }
}

function takeStdin(n: number): string {
  const s = stdinBuffer.slice(0, n);
  stdinBuffer = stdinBuffer.slice(n);
  return s;
}

/** One line of standard input with its newline ('' at end of input); at most `limit`
 *  characters when limit >= 0. */
export function readStdinLine(limit = -1): string {
  for (;;) {
    const nl = stdinBuffer.indexOf('\n');
    if (nl >= 0) return takeStdin(limit >= 0 ? Math.min(limit, nl + 1) : nl + 1);
    if (limit >= 0 && stdinBuffer.length >= limit) return takeStdin(limit);
    if (!stdinMore()) return takeStdin(limit >= 0 ? limit : stdinBuffer.length);
  }
}

function readStdin(size: number): string {
  while ((size < 0 || stdinBuffer.length < size) && stdinMore());
  return takeStdin(size < 0 ? stdinBuffer.length : size);
}

// ---- files: opening ----

interface ModeInfo { flags: number; osFlags: number; binaryMode: string; }

function parseMode(mode: string): ModeInfo {
  let kinds = 0;
  let flags = 0;
  let plus = false;
  let text = false;
  const seen = new Set<string>();
  for (const c of mode) {
    if (!'rwxabt+'.includes(c) || seen.has(c)) valueError(`invalid mode: '${mode}'`);
    seen.add(c);
    if (c === 'r') { kinds++; flags |= F.READ; }
    else if (c === 'w' || c === 'x') { kinds++; flags |= F.WRITE; }
    else if (c === 'a') { kinds++; flags |= F.WRITE | F.APPEND; }
    else if (c === '+') plus = true;
    else if (c === 'b') flags |= F.BINARY;
    else text = true;
  }
  if (text && (flags & F.BINARY) !== 0) valueError("can't have text and binary mode at once");
  if (kinds > 1) valueError('must have exactly one of create/read/write/append mode');
  if (kinds === 0) valueError('Must have exactly one of create/read/write/append mode and at most one plus');
  if (plus) flags |= F.READ | F.WRITE;
  const C = fs.constants;
  const rw = plus ? C.O_RDWR : (flags & F.READ) !== 0 ? C.O_RDONLY : C.O_WRONLY;
  const kind = seen.has('r') ? 'r' : seen.has('w') ? 'w' : seen.has('x') ? 'x' : 'a';
  const extra = kind === 'w' ? C.O_CREAT | C.O_TRUNC : kind === 'x' ? C.O_CREAT | C.O_EXCL : kind === 'a' ? C.O_CREAT | C.O_APPEND : 0;
  return { flags, osFlags: rw | extra, binaryMode: kind === 'r' && plus ? 'rb+' : `${kind}b${plus ? '+' : ''}` };
}

/** The NL mode of a newline argument; `fname` names the caller in messages (open() shows
 *  a bad value as is, StringIO() as its repr). */
function newlineMode(newline: Ref, fname: 'open' | 'StringIO'): number {
  if (newline === NULL || newline === NONE) return NL.TRANSLATE;
  const s = strArg(newline, fname, 'newline');
  const m = ({ '': NL.UNIVERSAL, '\n': NL.LF, '\r': NL.CR, '\r\n': NL.CRLF } as Record<string, number>)[s];
  if (m === undefined) valueError(`illegal newline value: ${fname === 'open' ? s : repr(newline)}`);
  return m;
}

/** Checks a text file's encoding; the line scanner knows UTF-8 and one-byte encodings. */
function encodingFlags(encoding: Ref): number {
  if (encoding === NULL || encoding === NONE) return 0;
  const codec = lookupCodec(strArg(encoding, 'open', 'encoding'));
  if (codec === 'ascii' || codec === 'latin-1') return F.SINGLE_BYTE;
  if (codec === 'utf-8' || codec === 'utf-8-sig') return 0;
  return raise(Exc.NotImplementedError, `pystm: text files in ${codec} are not supported`);
}

/** The path of open()'s first argument: str, bytes or an os.PathLike. */
function pathOf(file: Ref): string {
  const t = typeOf(file);
  if (isSubtype(t, T_STR)) return strValue(file);
  if (isSubtype(t, T_BYTES)) return Buffer.from(bytesValue(file)).toString('utf8');
  const fspath = lookupType(t, intern('__fspath__'));
  if (fspath !== NULL) return pathOf(callObject(fspath, [file]));
  return typeError(`expected str, bytes or os.PathLike object, not ${typeName(t)}`);
}

/** open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None) */
function open(_self: Ref, file: Ref, modeRef: Ref, buffering: Ref, encoding: Ref, errors: Ref, newline: Ref, closefd: Ref): Ref {
  const mode = modeRef === NULL ? 'r' : strArg(modeRef, 'open', 'mode', false);
  const info = parseMode(mode);
  const binary = (info.flags & F.BINARY) !== 0;
  if (binary && encoding !== NULL && encoding !== NONE) valueError("binary mode doesn't take an encoding argument");
  if (binary && errors !== NULL && errors !== NONE) valueError("binary mode doesn't take an errors argument");
  if (binary && newline !== NULL && newline !== NONE) valueError("binary mode doesn't take a newline argument");
  if (!binary && buffering !== NULL && intValue(asIndex(buffering)) === 0) valueError("can't have unbuffered text I/O");
  let flags = info.flags | (binary ? 0 : encodingFlags(encoding) | (newlineMode(newline, 'open') << F.NL_SHIFT));
  let fd: number;
  if (isSubtype(typeOf(file), T_INT)) {
    fd = Number(intValue(file));
    if (fd < 0) valueError('negative file descriptor');
    if (fd <= 2) flags |= F.CONSOLE;
    if (closefd !== NULL && !isTrue(closefd)) flags |= F.KEEPFD;
  } else {
    if (closefd !== NULL && !isTrue(closefd)) valueError('Cannot use closefd=False with file name');
    const path = pathOf(file);
    becomeInevitable();
    fd = fsCall(() => fs.openSync(path, info.osFlags, 0o666), file);
    if (fsCall(() => fs.fstatSync(fd)).isDirectory()) {
      fs.closeSync(fd);
      osError('EISDIR', file);
    }
  }
  const type = !binary ? T_TEXTIO : (info.flags & (F.READ | F.WRITE)) === (F.READ | F.WRITE) ? T_BUFRANDOM
    : (info.flags & F.READ) !== 0 ? T_BUFREADER : T_BUFWRITER;
  const f = alloc(type, FileL.SIZE);
  store(f, FileL.FD, newInt(fd));
  store(f, FileL.NAME, file);
  store(f, FileL.MODE, binary ? newStr(info.binaryMode) : modeRef === NULL ? newStr('r') : modeRef);
  store(f, FileL.ENCODING, encoding === NULL || encoding === NONE ? newStr('UTF-8') : encoding);
  store(f, FileL.ERRORS, errors === NULL || errors === NONE ? newStr('strict') : newStr(strArg(errors, 'open', 'errors')));
  setFlags(f, flags);
  const start = (flags & F.APPEND) !== 0 && (flags & F.CONSOLE) === 0 ? fs.fstatSync(fd).size : 0;
  setPos(f, start);
  store(f, FileL.RBASE, newInt(0));
  return f;
}

function strArg(v: Ref, fname: string, what: string, orNone = true): string {
  if (!isSubtype(typeOf(v), T_STR)) typeError(`${fname}() argument '${what}' must be str${orNone ? ' or None' : ''}, not ${typeName(typeOf(v))}`);
  return strValue(v);
}

const OPEN_SPEC: NativeSpec = {
  name: 'open', params: ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'],
  required: 1, keywords: true, fn: open as FixedFn,
};
defFunction('builtins', OPEN_SPEC);

/** A std stream: a text file over fd 0, 1 or 2 written through runtime/output.ts. */
export function newStdStream(fd: number, name: string, mode: string): Ref {
  const f = alloc(T_TEXTIO, FileL.SIZE);
  store(f, FileL.FD, newInt(fd));
  store(f, FileL.NAME, newStr(name));
  store(f, FileL.MODE, newStr(mode));
  store(f, FileL.ENCODING, newStr('utf-8'));
  store(f, FileL.ERRORS, newStr(fd === 2 ? 'backslashreplace' : 'strict'));
  store(f, FileL.RBASE, newInt(0));
  setFlags(f, F.CONSOLE | F.KEEPFD | (fd === 0 ? F.READ : F.WRITE));
  setPos(f, 0);
  return f;
}

// ---- files: state checks ----

/** The file's flags, after raising ValueError if it is closed: `binaryMsg` for binary files. */
function checkOpen(f: Ref, binaryMsg = CLOSED): number {
  const flags = flagsOf(f);
  if ((flags & F.CLOSED) !== 0) valueError((flags & F.BINARY) !== 0 ? binaryMsg : CLOSED);
  return flags;
}

/** Binary files check the mode first, text files whether they are closed. */
function checkReadable(f: Ref, binaryMsg: string): number {
  const flags = flagsOf(f);
  if ((flags & (F.BINARY | F.READ)) === F.BINARY) unsupported('read');
  checkOpen(f, binaryMsg);
  if ((flags & F.READ) === 0) unsupported('not readable');
  return flags;
}

function checkWritable(f: Ref): number {
  const flags = flagsOf(f);
  if ((flags & (F.BINARY | F.WRITE)) === F.BINARY) unsupported('write');
  checkOpen(f, 'write to closed file');
  if ((flags & F.WRITE) === 0) unsupported('not writable');
  return flags;
}

/** The closed check of the methods every stream inherits (IOBase's). */
function checkIOBaseOpen(s: Ref): void {
  if ((flagsOf(s) & F.CLOSED) !== 0) valueError(CLOSED);
}

// ---- files: reading ----

const CHUNK = 65536;

/** Reads up to n bytes of the file at pos (fewer at end of file). */
function readAt(fd: number, pos: number, n: number): Buffer {
  const buf = Buffer.allocUnsafe(n);
  let got = 0;
  while (got < n) {
    const k = fsCall(() => fs.readSync(fd, buf, got, n - got, pos + got));
    if (k === 0) break;
    got += k;
  }
  return buf.subarray(0, got);
}

/** Every byte from pos to the end of the file. */
function readRest(fd: number, pos: number): Buffer {
  const size = fsCall(() => fs.fstatSync(fd)).size;
  const parts: Buffer[] = [];
  let at = pos;
  for (;;) {
    const b = readAt(fd, at, Math.max(size - at, CHUNK));
    if (b.length === 0) break;
    parts.push(b);
    at += b.length;
  }
  return parts.length === 1 ? parts[0] : Buffer.concat(parts);
}

/** Makes the read-ahead chunk hold the file's bytes [from, to) when they exist; returns the
 *  file offset where the chunk's data ends. */
function fill(f: Ref, from: number, to: number): number {
  const buf = load(f, FileL.RBUF);
  const base = Number(intValue(load(f, FileL.RBASE)));
  if (buf !== NULL && from >= base && to <= base + bytesLength(buf)) return base + bytesLength(buf);
  const data = readAt(fdOf(f), from, Math.max(CHUNK, (to - from) * 2));
  store(f, FileL.RBUF, newBytes(data));
  store(f, FileL.RBASE, newInt(from));
  return from + data.length;
}

/** Byte at file offset i, which the chunk holds. */
function chunkByte(f: Ref, i: number): number {
  const buf = load(f, FileL.RBUF);
  return heap.u8[(buf + BytesL.DATA) * 4 + i - Number(intValue(load(f, FileL.RBASE)))];
}

/** The chunk's bytes [from, to) (file offsets), copied. */
function chunkBytes(f: Ref, from: number, to: number): Buffer {
  const buf = load(f, FileL.RBUF);
  const at = (buf + BytesL.DATA) * 4 + from - Number(intValue(load(f, FileL.RBASE)));
  return Buffer.from(heap.u8.slice(at, at + to - from));
}

function decode(f: Ref, b: Buffer): string {
  const errors = strValue(load(f, FileL.ERRORS));
  return decodeBytes(b, strValue(load(f, FileL.ENCODING)), errors, () => newBytes(b));
}

function translateNewlines(s: string, flags: number): string {
  return ((flags >> F.NL_SHIFT) & 7) === NL.TRANSLATE && s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
}

const LF = 10;
const CR = 13;

/** Reads text at the file position: at most `limit` characters (all when negative), and
 *  only up to the end of a line when `line`. */
function readText(f: Ref, flags: number, limit: number, line: boolean): string {
  const start = posOf(f);
  if (limit < 0 && !line) {
    const data = readRest(fdOf(f), start);
    setPos(f, start + data.length);
    return translateNewlines(decode(f, data), flags);
  }
  const nl = (flags >> F.NL_SHIFT) & 7;
  const singleByte = (flags & F.SINGLE_BYTE) !== 0;
  let end = fill(f, start, start + 1);
  let i = start;
  let chars = 0;
  while (limit < 0 || chars < limit) {
    if (i >= end) {
      end = fill(f, start, i + 1);
      if (i >= end) break;
    }
    const b = chunkByte(f, i);
    if (b === CR && nl !== NL.LF) {
      if (i + 1 >= end) end = fill(f, start, i + 2);
      const crlf = i + 1 < end && chunkByte(f, i + 1) === LF;
      if (nl === NL.CRLF && !crlf) { i++; chars++; continue; }
      const width = crlf && nl !== NL.CR ? 2 : 1;
      i += width;
      chars += nl === NL.TRANSLATE ? 1 : width;
      if (line) break;
      continue;
    }
    if (b === LF) {
      i++;
      chars++;
      if (line && (nl === NL.TRANSLATE || nl === NL.UNIVERSAL || nl === NL.LF)) break;
      continue;
    }
    const width = singleByte || b < 0xc0 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    if (i + width > end) end = fill(f, start, i + width);
    i = Math.min(i + width, end);
    chars++;
  }
  const text = i > start ? decode(f, chunkBytes(f, start, i)) : '';
  setPos(f, i);
  return translateNewlines(text, flags);
}

/** Reads bytes at the file position: at most `limit` (all when negative), up to a b'\n' when `line`. */
function readBinary(f: Ref, limit: number, line: boolean): Buffer {
  const start = posOf(f);
  let data: Buffer;
  if (!line) {
    data = limit < 0 ? readRest(fdOf(f), start) : readAt(fdOf(f), start, limit);
  } else {
    let i = start;
    let end = fill(f, start, start + 1);
    while (limit < 0 || i - start < limit) {
      if (i >= end) {
        end = fill(f, start, i + 1);
        if (i >= end) break;
      }
      if (chunkByte(f, i++) === LF) break;
    }
    data = chunkBytes(f, start, i);
  }
  setPos(f, start + data.length);
  return data;
}

function sizeArg(size: Ref): number {
  if (size === NULL || size === NONE) return -1;
  if ((size & 1) === 0 && lookupType(typeOf(size), N.__index__) === NULL) {
    typeError(`argument should be integer or None, not '${typeName(typeOf(size))}'`);
  }
  return Number(intValue(asIndex(size)));
}

function fileRead(f: Ref, size: Ref): Ref {
  const flags = checkReadable(f, 'read of closed file');
  const n = sizeArg(size);
  if ((flags & F.CONSOLE) !== 0) return consoleResult(readStdin(n), flags);
  if ((flags & F.BINARY) !== 0) return newBytes(readBinary(f, n, false));
  return newStr(readText(f, flags, n, false));
}

function fileReadline(f: Ref, size: Ref): Ref {
  const flags = checkReadable(f, 'readline of closed file');
  const n = sizeArg(size);
  if ((flags & F.CONSOLE) !== 0) return consoleResult(readStdinLine(n), flags);
  if ((flags & F.BINARY) !== 0) return newBytes(readBinary(f, n, true));
  return newStr(readText(f, flags, n, true));
}

/** Text read from stdin as the stream returns it: with \r\n read as \n, or for
 *  stdin.buffer as UTF-8 bytes (whose sizes then count characters, not bytes). */
function consoleResult(text: string, flags: number): Ref {
  if ((flags & F.BINARY) !== 0) return newBytes(Buffer.from(text, 'utf8'));
  return newStr(text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text);
}

// ---- files: writing ----

/** Writes text or bytes at the file position; returns the count CPython reports. */
function fileWrite(f: Ref, data: Ref): Ref {
  const flags = checkWritable(f);
  let bytes: Uint8Array;
  let count: number;
  if ((flags & F.BINARY) !== 0) {
    bytes = bytesLike(data);
    count = bytes.length;
  } else {
    if (!isSubtype(typeOf(data), T_STR)) typeError(`write() argument must be str, not ${typeName(typeOf(data))}`);
    count = strLength(data);
    const text = outgoingText(strValue(data), flags);
    if ((flags & F.CONSOLE) !== 0) {
      writeStream(fdOf(f) === 2 ? 2 : 1, text);
      return newInt(count);
    }
    bytes = encodeString(text, strValue(load(f, FileL.ENCODING)), strValue(load(f, FileL.ERRORS)), data);
  }
  writeBytes(f, flags, bytes);
  return newInt(count);
}

/** Newlines as the file's newline mode writes them. */
function outgoingText(text: string, flags: number): string {
  const nl = (flags >> F.NL_SHIFT) & 7;
  if (nl === NL.CR) return text.replace(/\n/g, '\r');
  if (nl === NL.CRLF) return text.replace(/\n/g, '\r\n');
  return text;
}

function writeBytes(f: Ref, flags: number, bytes: Uint8Array): void {
  becomeInevitable();
  const fd = fdOf(f);
  store(f, FileL.RBUF, NULL);
  if ((flags & F.CONSOLE) !== 0) flushAll();
  if ((flags & (F.APPEND | F.CONSOLE)) !== 0) {
    let off = 0;
    while (off < bytes.length) off += fsCall(() => fs.writeSync(fd, bytes, off, bytes.length - off, null));
    if ((flags & F.CONSOLE) === 0) setPos(f, fs.fstatSync(fd).size);
    return;
  }
  const pos = posOf(f);
  let off = 0;
  while (off < bytes.length) off += fsCall(() => fs.writeSync(fd, bytes, off, bytes.length - off, pos + off));
  setPos(f, pos + bytes.length);
}

/** The bytes of a bytes-like object (bytes, bytearray). */
export function bytesLike(data: Ref): Uint8Array {
  const t = typeOf(data);
  if (isSubtype(t, T_BYTES)) return bytesValue(data);
  if (isSubtype(t, T_BYTEARRAY)) return byteArrayValue(data);
  return typeError(`a bytes-like object is required, not '${typeName(t)}'`);
}

/** open() files, std streams and StringIO (not subclasses, whose write may be overridden). */
export function isNativeStream(file: Ref): boolean {
  const t = typeOf(file);
  return t === T_TEXTIO || t === T_STRINGIO;
}

/** Writes text to a native stream (see isNativeStream) without a method call. */
export function nativeWrite(file: Ref, text: string): void {
  if (typeOf(file) === T_STRINGIO) {
    stringWrite(file, newStr(text));
    return;
  }
  const flags = flagsOf(file);
  if ((flags & (F.CONSOLE | F.CLOSED | F.WRITE)) === (F.CONSOLE | F.WRITE)) {
    writeStream(fdOf(file) === 2 ? 2 : 1, outgoingText(text, flags));
    return;
  }
  fileWrite(file, newStr(text));
}

// ---- files: methods ----

defOn(FILE_TYPES, { name: 'read', params: ['size'], required: 0, fn: fileRead });
defOn(FILE_TYPES, { name: 'readline', params: ['size'], required: 0, fn: fileReadline });
defOn(FILE_TYPES, { name: 'write', params: ['data'], fn: fileWrite });
defOn(FILE_TYPES, {
  name: 'close',
  fn: (f) => {
    const flags = flagsOf(f);
    if ((flags & F.CLOSED) !== 0) return NONE;
    if ((flags & F.CONSOLE) !== 0) flushAll();
    setFlags(f, flags | F.CLOSED);
    store(f, FileL.RBUF, NULL);
    if ((flags & (F.KEEPFD | F.CONSOLE)) === 0) {
      becomeInevitable();
      fsCall(() => fs.closeSync(fdOf(f)));
    }
    return NONE;
  },
});
defOn(FILE_TYPES, {
  name: 'flush',
  fn: (f) => {
    const flags = checkOpen(f, (flagsOf(f) & F.WRITE) !== 0 ? 'flush of closed file' : CLOSED);
    if ((flags & F.CONSOLE) !== 0) {
      const fd = fdOf(f);
      if (fd === 1 || fd === 2) flushStream(fd);
    }
    return NONE;
  },
});
defOn(FILE_TYPES, { name: 'tell', fn: (f) => { checkSeekable(f, CLOSED_NP); return load(f, IoL.POS); } });
defOn(FILE_TYPES, {
  name: 'seek', params: ['cookie', 'whence'], required: 1,
  fn: (f, offsetRef, whenceRef) => {
    const flags = checkSeekable(f, 'seek of closed file');
    const offset = Number(intValue(asIndex(offsetRef)));
    const whence = whenceArg(whenceRef);
    let pos: number;
    if ((flags & F.BINARY) === 0) {
      if (whence === 1 && offset !== 0) unsupported("can't do nonzero cur-relative seeks");
      if (whence === 2 && offset !== 0) unsupported("can't do nonzero end-relative seeks");
      if (whence === 0 && offset < 0) valueError(`negative seek position ${offset}`);
      pos = whence === 0 ? offset : whence === 1 ? posOf(f) : fs.fstatSync(fdOf(f)).size;
    } else {
      if (whence === 0 && offset < 0) valueError(`negative seek position ${offset}`);
      pos = offset + (whence === 0 ? 0 : whence === 1 ? posOf(f) : fs.fstatSync(fdOf(f)).size);
      if (pos < 0) osError('EINVAL');
    }
    setPos(f, pos);
    return newInt(pos);
  },
});
defOn(FILE_TYPES, {
  name: 'truncate', params: ['pos'], required: 0,
  fn: (f, sizeRef) => {
    const flags = checkOpen(f, 'truncate of closed file');
    if ((flags & F.WRITE) === 0) unsupported('truncate');
    const size = sizeRef === NULL || sizeRef === NONE ? posOf(f) : Number(intValue(asIndex(sizeRef)));
    store(f, FileL.RBUF, NULL);
    becomeInevitable();
    fsCall(() => fs.ftruncateSync(fdOf(f), size));
    return newInt(size);
  },
});
/** The check of the methods CPython's wrappers pass to the raw file (no final period). */
function checkRaw(f: Ref): number {
  const flags = flagsOf(f);
  if ((flags & F.CLOSED) !== 0) valueError(CLOSED_NP);
  return flags;
}
defOn(FILE_TYPES, { name: 'fileno', fn: (f) => { checkRaw(f); return load(f, FileL.FD); } });
defOn(FILE_TYPES, { name: 'isatty', fn: (f) => { checkRaw(f); return tty.isatty(fdOf(f)) ? TRUE : FALSE; } });
defOn(FILE_TYPES, { name: 'seekable', fn: (f) => ((checkRaw(f) & F.CONSOLE) === 0 ? TRUE : FALSE) });
defOn(FILE_TYPES, { name: 'readable', fn: (f) => capability(f, F.READ) });
defOn(FILE_TYPES, { name: 'writable', fn: (f) => capability(f, F.WRITE) });

/** readable()/writable(): a file without the capability says False even once closed. */
function capability(f: Ref, bit: number): Ref {
  if ((flagsOf(f) & bit) === 0) return FALSE;
  checkRaw(f);
  return TRUE;
}
for (const t of FILE_TYPES) {
  defGetSet(t, 'closed', (f) => ((flagsOf(f) & F.CLOSED) !== 0 ? TRUE : FALSE));
  defGetSet(t, 'name', (f) => load(f, FileL.NAME));
  defGetSet(t, 'mode', (f) => load(f, FileL.MODE));
}
defGetSet(T_TEXTIO, 'encoding', (f) => load(f, FileL.ENCODING));

/** io.TextIOWrapper(buffer, encoding=None, errors=None, newline=None, ...): a text file over
 *  the same file descriptor as a binary file from open() (closing either closes the fd). */
defStaticMethod(T_TEXTIO, {
  name: '__new__',
  varfn: (_s, args, kw) => {
    const opts = kwargsToRecord('TextIOWrapper', kw, ['buffer', 'encoding', 'errors', 'newline', 'line_buffering', 'write_through']);
    const [cls, buffer = opts.buffer, encoding = opts.encoding ?? NONE, errors = opts.errors ?? NONE, newline = opts.newline ?? NONE] = args;
    if (buffer === undefined) typeError("TextIOWrapper() missing required argument 'buffer' (pos 1)");
    const bt = typeOf(buffer);
    if (bt !== T_BUFREADER && bt !== T_BUFWRITER && bt !== T_BUFRANDOM) {
      raise(Exc.NotImplementedError, `pystm: TextIOWrapper can only wrap a binary file from open(), not ${typeName(bt)}`);
    }
    const flags = checkOpen(buffer);
    const f = alloc(cls, Math.max(FileL.SIZE, typeBasicSize(cls)));
    for (const w of [FileL.FD, FileL.NAME, FileL.POS]) store(f, w, load(buffer, w));
    store(f, FileL.MODE, newStr(strValue(load(buffer, FileL.MODE)).replace('b', '')));
    store(f, FileL.ENCODING, encoding === NONE ? newStr('UTF-8') : encoding);
    store(f, FileL.ERRORS, errors === NONE ? newStr('strict') : newStr(strArg(errors, 'TextIOWrapper', 'errors')));
    store(f, FileL.RBASE, newInt(0));
    setFlags(f, (flags & ~(F.BINARY | F.KEEPFD)) | encodingFlags(encoding) | (newlineMode(newline, 'open') << F.NL_SHIFT));
    return f;
  },
});
defMethod(T_TEXTIO, {
  name: 'reconfigure',
  varfn: (f, args, kw) => {
    if (args.length > 0) typeError('reconfigure() takes no positional arguments');
    const opts = kwargsToRecord('reconfigure', kw, ['encoding', 'errors', 'newline', 'line_buffering', 'write_through']);
    let flags = checkOpen(f);
    if (opts.encoding !== undefined && opts.encoding !== NONE) {
      flags = (flags & ~F.SINGLE_BYTE) | encodingFlags(opts.encoding);
      store(f, FileL.ENCODING, opts.encoding);
    }
    if (opts.errors !== undefined && opts.errors !== NONE) store(f, FileL.ERRORS, newStr(strArg(opts.errors, 'reconfigure', 'errors')));
    if (opts.newline !== undefined) flags = (flags & ~(7 << F.NL_SHIFT)) | (newlineMode(opts.newline, 'open') << F.NL_SHIFT);
    setFlags(f, flags);
    return NONE;
  },
});
defGetSet(T_TEXTIO, 'errors', (f) => load(f, FileL.ERRORS));
defGetSet(T_TEXTIO, 'buffer', (f) => {
  const flags = flagsOf(f);
  if ((flags & F.CONSOLE) === 0) unsupported('pystm: the buffer of a text file is not available; open the file in binary mode');
  let b = load(f, FileL.BUFFER);
  if (b === NULL) {
    b = alloc((flags & F.READ) !== 0 ? T_BUFREADER : T_BUFWRITER, FileL.SIZE);
    store(b, FileL.FD, load(f, FileL.FD));
    store(b, FileL.NAME, load(f, FileL.NAME));
    store(b, FileL.MODE, newStr((flags & F.READ) !== 0 ? 'rb' : 'wb'));
    store(b, FileL.RBASE, newInt(0));
    setFlags(b, (flags & ~F.CLOSED) | F.BINARY);
    setPos(b, 0);
    store(f, FileL.BUFFER, b);
  }
  return b;
});
defGetSet(T_TEXTIO, 'line_buffering', (f) => (fdOf(f) === 1 && (flagsOf(f) & F.CONSOLE) !== 0 ? TRUE : FALSE));

function checkSeekable(f: Ref, binaryMsg: string): number {
  const flags = checkOpen(f, binaryMsg);
  if ((flags & F.CONSOLE) !== 0) unsupported('underlying stream is not seekable');
  return flags;
}

function whenceArg(whenceRef: Ref): number {
  const whence = whenceRef === NULL ? 0 : Number(intValue(asIndex(whenceRef)));
  if (whence < 0 || whence > 2) valueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
  return whence;
}

defineSlots(FILE_KIND, {
  repr: (f) => {
    const t = typeOf(f);
    const name = load(f, FileL.NAME);
    const nameText = isSubtype(typeOf(name), T_STR) ? `'${strValue(name)}'` : str(name);
    if (t !== T_TEXTIO) return `<_io.${typeName(t)} name=${nameText}>`;
    return `<_io.TextIOWrapper name=${nameText} mode='${strValue(load(f, FileL.MODE))}' encoding='${strValue(load(f, FileL.ENCODING))}'>`;
  },
  iter: (f) => { checkOpen(f); return f; },
  next: (f) => {
    const line = fileReadline(f, NULL);
    return (typeOf(line) === T_STR ? strLength(line) : bytesLength(line)) === 0 ? NULL : line;
  },
});

// ---- io.StringIO ----

/** StringIO's message has no final period, BytesIO's has. */
function checkMemOpen(s: Ref): void {
  if ((flagsOf(s) & F.CLOSED) !== 0) valueError((flagsOf(s) & F.BINARY) !== 0 ? CLOSED : CLOSED_NP);
}

/** The StringIO's whole text, joining the pending appended parts first. */
function stringText(s: Ref): Ref {
  const parts = load(s, StringIOL.PARTS);
  if (parts === NULL) return load(s, StringIOL.TEXT);
  const joined = newStr(strValue(load(s, StringIOL.TEXT)) + listItems(parts).map(strValue).join(''));
  store(s, StringIOL.TEXT, joined);
  store(s, StringIOL.PARTS, NULL);
  return joined;
}

/** The UTF-16 offset of code point `n` of text (the end when beyond it). */
function unitOffset(text: Ref, s: string, from: number, n: number): number {
  if (!strHasAstral(text)) return Math.min(from + n, s.length);
  let i = from;
  for (let k = 0; k < n && i < s.length; k++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c < 0xdc00 && i + 1 < s.length ? 2 : 1;
  }
  return i;
}

function codePointCount(text: Ref, s: string, units: number): number {
  if (!strHasAstral(text)) return units;
  let n = 0;
  for (let i = 0; i < units && i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(c >= 0xdc00 && c < 0xe000 && i > 0)) n++;
  }
  return n + Math.max(0, units - s.length);
}

function stringWrite(s: Ref, v: Ref): Ref {
  checkMemOpen(s);
  if (!isSubtype(typeOf(v), T_STR)) typeError(`string argument expected, got '${typeName(typeOf(v))}'`);
  const count = strLength(v);
  let text = strValue(v);
  const nl = nlOf(s);
  if (nl === NL.TRANSLATE && text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  else if (nl === NL.CR || nl === NL.CRLF) text = outgoingText(text, flagsOf(s));
  const piece = typeOf(v) === T_STR && text === strValue(v) ? v : newStr(text);
  const pos = posOf(s);
  const len = load(s, StringIOL.LEN) >> 1;
  if (pos === len) {
    const parts = load(s, StringIOL.PARTS);
    if (parts === NULL) store(s, StringIOL.PARTS, newList([piece]));
    else listAppend(parts, piece);
  } else {
    const cur = strValue(stringText(s));
    const padded = pos > cur.length ? cur + '\0'.repeat(pos - cur.length) : cur;
    store(s, StringIOL.TEXT, newStr(padded.slice(0, pos) + text + padded.slice(pos + text.length)));
  }
  setPos(s, pos + text.length);
  store(s, StringIOL.LEN, (Math.max(len, pos + text.length) << 1) | 1);
  return newInt(count);
}

/** Reads from the StringIO's position: `n` code points (all if negative), or a line. */
function stringRead(s: Ref, n: number, line: boolean): Ref {
  checkMemOpen(s);
  const textRef = stringText(s);
  const text = strValue(textRef);
  const pos = posOf(s);
  if (pos >= text.length) return newStr('');
  let end = n < 0 ? text.length : unitOffset(textRef, text, pos, n);
  if (line) end = Math.min(end, lineEnd(text, pos, nlOf(s)));
  setPos(s, end);
  return pos === 0 && end === text.length ? textRef : newStr(text.slice(pos, end));
}

/** The offset just after the line terminator that ends the line starting at `from`. */
function lineEnd(text: string, from: number, nl: number): number {
  if (nl === NL.TRANSLATE || nl === NL.LF) {
    const i = text.indexOf('\n', from);
    return i < 0 ? text.length : i + 1;
  }
  if (nl === NL.CR) {
    const i = text.indexOf('\r', from);
    return i < 0 ? text.length : i + 1;
  }
  if (nl === NL.CRLF) {
    const i = text.indexOf('\r\n', from);
    return i < 0 ? text.length : i + 2;
  }
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) return i + 1;
    if (c === CR) return text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
  }
  return text.length;
}

defStaticMethod(T_STRINGIO, {
  name: '__new__',
  varfn: (_s, args) => {
    const cls = args[0];
    const s = alloc(cls, Math.max(StringIOL.SIZE, typeBasicSize(cls)));
    store(s, StringIOL.TEXT, newStr(''));
    store(s, StringIOL.LEN, 1);
    setPos(s, 0);
    setFlags(s, F.READ | F.WRITE | (NL.LF << F.NL_SHIFT));
    return s;
  },
});
defMethod(T_STRINGIO, {
  name: '__init__', params: ['initial_value', 'newline'], required: 0, keywords: true,
  fn: (s, initial, newline) => {
    const nl = newline === NULL ? NL.LF : newlineMode(newline, 'StringIO');
    setFlags(s, F.READ | F.WRITE | (nl << F.NL_SHIFT));
    store(s, StringIOL.TEXT, newStr(''));
    store(s, StringIOL.PARTS, NULL);
    store(s, StringIOL.LEN, 1);
    setPos(s, 0);
    if (initial !== NULL && initial !== NONE) {
      if (!isSubtype(typeOf(initial), T_STR)) {
        typeError(`initial_value must be str or None, not ${typeName(typeOf(initial))}`);
      }
      stringWrite(s, initial);
      setPos(s, 0);
    }
    return NONE;
  },
});
defMethod(T_STRINGIO, { name: 'write', params: ['s'], fn: stringWrite });
defMethod(T_STRINGIO, { name: 'read', params: ['size'], required: 0, fn: (s, n) => stringRead(s, sizeArg(n), false) });
defMethod(T_STRINGIO, { name: 'readline', params: ['size'], required: 0, fn: (s, n) => stringRead(s, sizeArg(n), true) });
defMethod(T_STRINGIO, { name: 'getvalue', fn: (s) => { checkMemOpen(s); return stringText(s); } });
defMethod(T_STRINGIO, {
  name: 'tell',
  fn: (s) => {
    checkMemOpen(s);
    const text = stringText(s);
    return newInt(codePointCount(text, strValue(text), posOf(s)));
  },
});
defMethod(T_STRINGIO, {
  name: 'seek', params: ['pos', 'whence'], required: 1,
  fn: (s, posRef, whenceRef) => {
    checkMemOpen(s);
    const offset = Number(intValue(asIndex(posRef)));
    const whence = whenceArg(whenceRef);
    if (whence === 0 && offset < 0) valueError(`Negative seek position ${offset}`);
    // (CPython's message names cur-relative seeks for both.)
    if (whence !== 0 && offset !== 0) raise(Exc.OSError, "Can't do nonzero cur-relative seeks");
    const textRef = stringText(s);
    const text = strValue(textRef);
    if (whence === 0) {
      const inText = unitOffset(textRef, text, 0, offset);
      setPos(s, inText + Math.max(0, offset - codePointCount(textRef, text, inText)));
    } else if (whence === 2) {
      setPos(s, text.length);
    }
    return newInt(codePointCount(textRef, text, posOf(s)));
  },
});
defMethod(T_STRINGIO, {
  name: 'truncate', params: ['pos'], required: 0,
  fn: (s, sizeRef) => {
    checkMemOpen(s);
    const textRef = stringText(s);
    const text = strValue(textRef);
    const size = sizeRef === NULL || sizeRef === NONE
      ? codePointCount(textRef, text, posOf(s)) : Number(intValue(asIndex(sizeRef)));
    if (size < 0) valueError(`Negative size value ${size}`);
    const end = unitOffset(textRef, text, 0, size);
    if (end < text.length) {
      store(s, StringIOL.TEXT, newStr(text.slice(0, end)));
      store(s, StringIOL.LEN, (end << 1) | 1);
    }
    return newInt(size);
  },
});
defMethod(T_STRINGIO, { name: 'close', fn: (s) => { setFlags(s, flagsOf(s) | F.CLOSED); return NONE; } });
defGetSet(T_STRINGIO, 'closed', (s) => ((flagsOf(s) & F.CLOSED) !== 0 ? TRUE : FALSE));
defGetSet(T_STRINGIO, 'line_buffering', () => FALSE);
defGetSet(T_STRINGIO, 'newlines', () => NONE);
defineSlots(STRINGIO_KIND, {
  iter: (s) => { checkIOBaseOpen(s); return s; },
  next: (s) => {
    const line = stringRead(s, -1, true);
    return strLength(line) === 0 ? NULL : line;
  },
});

// ---- io.BytesIO ----

const bufOf = (b: Ref): Ref => load(b, BytesIOL.BUF);

function bytesRange(buf: Ref, from: number, to: number): Uint8Array {
  if (to - from > 64) return byteArrayValue(buf).subarray(from, to);
  const out = new Uint8Array(Math.max(0, to - from));
  for (let i = from; i < to; i++) out[i - from] = byteArrayAt(buf, i);
  return out;
}

function bytesRead(b: Ref, n: number, line: boolean): Ref {
  checkMemOpen(b);
  const buf = bufOf(b);
  const len = byteArrayLength(buf);
  const pos = posOf(b);
  if (pos >= len) return newBytes([]);
  let end = n < 0 ? len : Math.min(len, pos + n);
  if (line) {
    for (let i = pos; i < end; i++) {
      if (byteArrayAt(buf, i) === LF) { end = i + 1; break; }
    }
  }
  setPos(b, end);
  return newBytes(bytesRange(buf, pos, end));
}

function bytesWrite(b: Ref, v: Ref): Ref {
  checkMemOpen(b);
  const data = bytesLike(v);
  const buf = bufOf(b);
  const len = byteArrayLength(buf);
  const pos = posOf(b);
  if (pos === len) {
    byteArrayExtend(buf, data);
  } else {
    const all = new Uint8Array(Math.max(len, pos + data.length));
    all.set(byteArrayValue(buf));
    all.set(data, pos);
    byteArraySetValue(buf, all);
  }
  setPos(b, pos + data.length);
  return newInt(data.length);
}

defStaticMethod(T_BYTESIO, {
  name: '__new__',
  varfn: (_s, args) => {
    const cls = args[0];
    const b = alloc(cls, Math.max(BytesIOL.SIZE, typeBasicSize(cls)));
    store(b, BytesIOL.BUF, newByteArray([]));
    setPos(b, 0);
    setFlags(b, F.READ | F.WRITE | F.BINARY);
    return b;
  },
});
defMethod(T_BYTESIO, {
  name: '__init__', params: ['initial_bytes'], required: 0, keywords: true,
  fn: (b, initial) => {
    const data = initial === NULL || initial === NONE ? new Uint8Array(0) : bytesLike(initial);
    store(b, BytesIOL.BUF, newByteArray(data));
    setPos(b, 0);
    setFlags(b, F.READ | F.WRITE | F.BINARY);
    return NONE;
  },
});
defMethod(T_BYTESIO, { name: 'write', params: ['b'], fn: bytesWrite });
defMethod(T_BYTESIO, { name: 'read', params: ['size'], required: 0, fn: (b, n) => bytesRead(b, sizeArg(n), false) });
defMethod(T_BYTESIO, { name: 'read1', params: ['size'], required: 0, fn: (b, n) => bytesRead(b, sizeArg(n), false) });
defMethod(T_BYTESIO, { name: 'readline', params: ['size'], required: 0, fn: (b, n) => bytesRead(b, sizeArg(n), true) });
defMethod(T_BYTESIO, { name: 'getvalue', fn: (b) => { checkMemOpen(b); return newBytes(byteArrayValue(bufOf(b))); } });
defMethod(T_BYTESIO, { name: 'tell', fn: (b) => { checkMemOpen(b); return load(b, IoL.POS); } });
defMethod(T_BYTESIO, {
  name: 'seek', params: ['pos', 'whence'], required: 1,
  fn: (b, posRef, whenceRef) => {
    checkMemOpen(b);
    const offset = Number(intValue(asIndex(posRef)));
    const whence = whenceArg(whenceRef);
    if (whence === 0 && offset < 0) valueError(`negative seek value ${offset}`);
    const base = whence === 0 ? 0 : whence === 1 ? posOf(b) : byteArrayLength(bufOf(b));
    setPos(b, Math.max(0, base + offset));
    return load(b, IoL.POS);
  },
});
defMethod(T_BYTESIO, {
  name: 'truncate', params: ['size'], required: 0,
  fn: (b, sizeRef) => {
    checkMemOpen(b);
    const size = sizeRef === NULL || sizeRef === NONE ? posOf(b) : Number(intValue(asIndex(sizeRef)));
    if (size < 0) valueError(`negative size value ${size}`);
    const buf = bufOf(b);
    if (size < byteArrayLength(buf)) byteArraySetValue(buf, byteArrayValue(buf).subarray(0, size));
    return newInt(size);
  },
});
defMethod(T_BYTESIO, { name: 'close', fn: (b) => { setFlags(b, flagsOf(b) | F.CLOSED); return NONE; } });
defGetSet(T_BYTESIO, 'closed', (b) => ((flagsOf(b) & F.CLOSED) !== 0 ? TRUE : FALSE));
defineSlots(BYTESIO_KIND, {
  iter: (b) => b,
  next: (b) => {
    const line = bytesRead(b, -1, true);
    return bytesLength(line) === 0 ? NULL : line;
  },
});

// ---- methods every stream has ----

const MEM_TYPES = [T_STRINGIO, T_BYTESIO];
const ALL_TYPES = [...FILE_TYPES, ...MEM_TYPES];

function callMethod(s: Ref, name: string, args: Ref[]): Ref {
  return callObject(getAttr(s, intern(name)), args);
}

/** iter(stream): the stream itself (a closed BytesIO too, as in CPython). */
function iterSelf(s: Ref): Ref {
  if (!isSubtype(typeOf(s), T_BYTESIO)) checkIOBaseOpen(s);
  return s;
}

defOn(ALL_TYPES, { name: '__enter__', fn: (s) => { checkIOBaseOpen(s); return s; } });
defOn(ALL_TYPES, { name: '__exit__', varfn: (s) => { callMethod(s, 'close', []); return NONE; } });
defOn(ALL_TYPES, { name: '__iter__', fn: (s) => iterSelf(s) });
defOn(ALL_TYPES, {
  name: '__next__',
  fn: (s) => {
    const line = callMethod(s, 'readline', []);
    const empty = typeOf(line) === T_STR ? strLength(line) === 0 : bytesLength(line) === 0;
    if (empty) throw new PyRaise(newExceptionOfType(Exc.StopIteration, newTuple([])));
    return line;
  },
});
defOn(ALL_TYPES, {
  name: 'readlines', params: ['hint'], required: 0,
  fn: (s, hintRef) => {
    checkIOBaseOpen(s);
    const hint = sizeArg(hintRef);
    const lines = newList([]);
    const readline = getAttr(s, intern('readline'));
    let total = 0;
    for (;;) {
      const line = callObject(readline, []);
      const n = typeOf(line) === T_STR ? strLength(line) : bytesLength(line);
      if (n === 0) break;
      listAppend(lines, line);
      total += n;
      if (hint > 0 && total >= hint) break;
    }
    return lines;
  },
});
defOn(ALL_TYPES, {
  name: 'writelines', params: ['lines'],
  fn: (s, lines) => {
    checkIOBaseOpen(s);
    const write = getAttr(s, intern('write'));
    const it = getIter(lines);
    for (let x = iterNext(it); x !== NULL; x = iterNext(it)) callObject(write, [x]);
    return NONE;
  },
});
// StringIO.flush() works even once closed.
defMethod(T_STRINGIO, { name: 'flush', fn: () => NONE });
defMethod(T_BYTESIO, { name: 'flush', fn: (s) => { checkMemOpen(s); return NONE; } });
defOn(MEM_TYPES, { name: 'isatty', fn: (s) => { checkIOBaseOpen(s); return FALSE; } });
defOn(MEM_TYPES, { name: 'readable', fn: (s) => { checkMemOpen(s); return TRUE; } });
defOn(MEM_TYPES, { name: 'writable', fn: (s) => { checkMemOpen(s); return TRUE; } });
defOn(MEM_TYPES, { name: 'seekable', fn: (s) => { checkMemOpen(s); return TRUE; } });
defOn(MEM_TYPES, { name: 'fileno', fn: () => unsupported('fileno') });

// ---- the io module ----

defineModuleFiller('io', (m) => {
  const d = moduleDict(m);
  const set = (name: string, v: Ref) => dictSet(d, intern(name), v);
  set('open', dictGetStr(moduleDict(heap.i32[Control.BUILTINS]), intern('open')));
  set('IOBase', T_IOBASE);
  set('RawIOBase', T_RAWIOBASE);
  set('BufferedIOBase', T_BUFFEREDIOBASE);
  set('TextIOBase', T_TEXTIOBASE);
  set('TextIOWrapper', T_TEXTIO);
  set('BufferedReader', T_BUFREADER);
  set('BufferedWriter', T_BUFWRITER);
  set('BufferedRandom', T_BUFRANDOM);
  set('StringIO', T_STRINGIO);
  set('BytesIO', T_BYTESIO);
  set('SEEK_SET', newInt(0));
  set('SEEK_CUR', newInt(1));
  set('SEEK_END', newInt(2));
  set('DEFAULT_BUFFER_SIZE', newInt(8192));
  const ns = newDict();
  dictSet(ns, N.__module__, newStr('io'));
  set('UnsupportedOperation', callObject(T_TYPE, [newStr('UnsupportedOperation'), newTuple([Exc.OSError, Exc.ValueError]), ns]));
});

