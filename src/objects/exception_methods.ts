// What Python sees of BaseException and its subclasses: construction, args, str/repr, the
// chaining attributes and the attributes particular subclasses add (StopIteration.value,
// SystemExit.code, OSError.errno, SyntaxError.lineno, UnicodeDecodeError.start, ...).
//
// Those subclass attributes are getsets whose value, once assigned, lives in the instance
// __dict__; until then they are derived from args, as __init__ would have set them. So an
// exception raised by the VM itself (made with newExceptionOfType, no __init__) still has
// them, and its __dict__ stays empty as in CPython.

import { ExceptionL, Kind, NULL, Ref, TypeL } from '../../gc/layout.js';
import { load, store } from '../../stm/barrier.js';
import { bool, isTrue, iterToArray, repr, str } from '../runtime/abstract.js';
import { getAttr, instanceDict } from '../runtime/attributes.js';
import { onBoot } from '../runtime/boot.js';
import { callObject } from '../runtime/call.js';
import { intern } from '../runtime/intern.js';
import { builtinType } from '../runtime/world.js';
import { N } from '../runtime/names.js';
import { defGetSet, defMethod, defStaticMethod, Kwargs } from '../runtime/native.js';
import { defineSlots } from '../runtime/slots.js';
import { bytesLength, bytesValue } from './bytes.js';
import { dictGetStr, dictSet } from './dict.js';
import {
  Exc, excArgs, excOrNone as orNone, newExceptionOfType, setExcArgs, setExcCause, setExcContext, setExcSuppressContext, setExcTraceback,
  raise, typeError,
} from './exception.js';
import { intValue } from './int.js';
import { listAppend, newList } from './list.js';
import { typeOf } from './object.js';
import { FALSE, NONE, T_BASE_EXCEPTION, T_BYTES, T_DICT, T_INT, T_LIST, T_STR, T_TRACEBACK, T_TUPLE, TRUE } from './statics.js';
import { newStr as newStrOf, strValue } from './str.js';
import { newTuple, tupleItem, tupleItems, tupleLength } from './tuple.js';
import { c3Mro, isSubtype, isType, lookupType, setMro, typeBasicSize, typeName } from './typeobject.js';
import { defRepr, identityCompare, identityHash } from './object_methods.js';

// ---- helpers ----

/** The args tuple (never NULL). */
function argsOf(e: Ref): Ref {
  const a = excArgs(e);
  return a === NULL ? newTuple([]) : a;
}

function argCount(e: Ref): number {
  const a = excArgs(e);
  return a === NULL ? 0 : tupleLength(a);
}

/** args[i], or NULL when there are fewer args. */
function argAt(e: Ref, i: number): Ref {
  const a = excArgs(e);
  return a !== NULL && i < tupleLength(a) ? tupleItem(a, i) : NULL;
}

function dictAttr(e: Ref, name: Ref): Ref {
  const d = instanceDict(e, false);
  return d === NULL ? NULL : dictGetStr(d, name);
}

function setDictAttr(e: Ref, name: Ref, value: Ref): void {
  dictSet(instanceDict(e, true), name, value);
}

/** A subclass attribute: assigned value from __dict__, else `derive(e)`; settable. */
function defMember(type: string, name: string, derive: (e: Ref) => Ref): void {
  defGetSet(type, name, (e) => {
    const v = dictAttr(e, intern(name));
    return v !== NULL ? v : derive(e);
  }, (e, v) => {
    setDictAttr(e, intern(name), v === NULL ? NONE : v);
    return NONE;
  });
}

/** __init__(*args, **kw) of exceptions that take some keyword-only attributes (name=, path=). */
function defKeywordInit(type: string, allowed: readonly string[]): void {
  defMethod(type, {
    name: '__init__',
    varfn: (e, args, kw) => {
      setExcArgs(e, newTuple(args));
      if (kw === null) return NONE;
      kw.names.forEach((n, i) => {
        if (!allowed.includes(n)) typeError(`'${n}' is an invalid keyword argument for ${type}()`);
        setDictAttr(e, intern(n), kw.values[i]);
      });
      return NONE;
    },
  });
  for (const name of allowed) defMember(type, name, () => NONE);
}

function noKeywords(e: Ref, kw: Kwargs | null): void {
  if (kw !== null && kw.names.length > 0) typeError(`${typeName(typeOf(e))}() takes no keyword arguments`);
}

// ---- str and repr ----

function baseStr(e: Ref): string {
  const n = argCount(e);
  if (n === 0) return '';
  if (n === 1) return str(argAt(e, 0));
  return str(argsOf(e));
}

function baseRepr(e: Ref): string {
  const name = typeName(typeOf(e));
  const n = argCount(e);
  if (n === 1) return `${name}(${repr(argAt(e, 0))})`;
  return n === 0 ? `${name}()` : name + repr(argsOf(e));
}

function keyErrorStr(e: Ref): string {
  return argCount(e) === 1 ? repr(argAt(e, 0)) : baseStr(e);
}

function importErrorStr(e: Ref): string {
  const msg = importMsg(e);
  return msg !== NONE && isSubtype(typeOf(msg), T_STR) ? strValue(msg) : baseStr(e);
}

function osErrorStr(e: Ref): string {
  const errno = osErrno(e);
  const strerror = osStrerror(e);
  const filename = orNone(dictAttr(e, intern('filename')));
  const filename2 = orNone(dictAttr(e, intern('filename2')));
  if (filename !== NONE) {
    const tail = filename2 !== NONE ? ` -> ${repr(filename2)}` : '';
    return `[Errno ${str(errno)}] ${str(strerror)}: ${repr(filename)}${tail}`;
  }
  if (errno !== NONE && strerror !== NONE) return `[Errno ${str(errno)}] ${str(strerror)}`;
  return baseStr(e);
}

function syntaxErrorStr(e: Ref): string {
  const msg = str(syntaxMsg(e));
  const filename = syntaxField(e, 0);
  const lineno = syntaxField(e, 1);
  const file = filename !== NONE && isSubtype(typeOf(filename), T_STR) ? basename(strValue(filename)) : null;
  const line = lineno !== NONE && isSubtype(typeOf(lineno), T_INT) ? String(intValue(lineno)) : null;
  if (file !== null && line !== null) return `${msg} (${file}, line ${line})`;
  if (file !== null) return `${msg} (${file})`;
  if (line !== null) return `${msg} (line ${line})`;
  return msg;
}

const basename = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** Where the offending part of a Unicode error is, for its message. */
function unicodeRange(e: Ref): { start: number; end: number } | null {
  const start = unicodeField(e, 'start');
  const end = unicodeField(e, 'end');
  if (!isSubtype(typeOf(start), T_INT) || !isSubtype(typeOf(end), T_INT)) return null;
  return { start: Number(intValue(start)), end: Number(intValue(end)) };
}

function unicodeDecodeStr(e: Ref): string {
  const r = unicodeRange(e);
  const obj = unicodeField(e, 'object');
  if (r === null || !isSubtype(typeOf(obj), T_BYTES)) return baseStr(e);
  const enc = str(unicodeField(e, 'encoding'));
  const reason = str(unicodeField(e, 'reason'));
  if (r.start < bytesLength(obj) && r.end === r.start + 1) {
    const byte = bytesValue(obj)[r.start];
    return `'${enc}' codec can't decode byte 0x${byte.toString(16).padStart(2, '0')} in position ${r.start}: ${reason}`;
  }
  return `'${enc}' codec can't decode bytes in position ${r.start}-${r.end - 1}: ${reason}`;
}

/** '\xe9', '\u1234' or '\U00012345' as CPython shows one offending character. */
function escapedChar(cp: number): string {
  if (cp <= 0xff) return `\\x${cp.toString(16).padStart(2, '0')}`;
  if (cp <= 0xffff) return `\\u${cp.toString(16).padStart(4, '0')}`;
  return `\\U${cp.toString(16).padStart(8, '0')}`;
}

function unicodeCharStr(e: Ref, verb: string, prefix: string): string {
  const r = unicodeRange(e);
  const obj = unicodeField(e, 'object');
  if (r === null || !isSubtype(typeOf(obj), T_STR)) return baseStr(e);
  const reason = str(unicodeField(e, 'reason'));
  const chars = Array.from(strValue(obj));
  if (r.start < chars.length && r.end === r.start + 1) {
    return `${prefix}can't ${verb} character '${escapedChar(chars[r.start].codePointAt(0)!)}' in position ${r.start}: ${reason}`;
  }
  return `${prefix}can't ${verb} characters in position ${r.start}-${r.end - 1}: ${reason}`;
}

const unicodeEncodeStr = (e: Ref): string => unicodeCharStr(e, 'encode', `'${str(unicodeField(e, 'encoding'))}' codec `);
const unicodeTranslateStr = (e: Ref): string => unicodeCharStr(e, 'translate', '');

/** Subclasses whose str differs from BaseException's; their branches are disjoint. */
const SPECIAL_STR: readonly (readonly [string, (e: Ref) => string])[] = [
  ['KeyError', keyErrorStr], ['OSError', osErrorStr], ['ImportError', importErrorStr],
  ['SyntaxError', syntaxErrorStr], ['UnicodeDecodeError', unicodeDecodeStr],
  ['UnicodeEncodeError', unicodeEncodeStr], ['UnicodeTranslateError', unicodeTranslateStr],
  ['BaseExceptionGroup', groupStr],
];

function exceptionStr(e: Ref): string {
  const t = typeOf(e);
  for (const [name, f] of SPECIAL_STR) if (isSubtype(t, Exc[name])) return f(e);
  return baseStr(e);
}

defineSlots(Kind.EXCEPTION, { repr: baseRepr, str: exceptionStr, hash: identityHash, compare: identityCompare });

defRepr(T_BASE_EXCEPTION, baseRepr);
defMethod(T_BASE_EXCEPTION, { name: '__str__', fn: (e) => newStrOf(baseStr(e)) });
for (const [name, f] of SPECIAL_STR) defMethod(name, { name: '__str__', fn: (e) => newStrOf(f(e)) });

// ---- construction ----

function checkExceptionClass(cls: Ref, who: string): void {
  if (!isType(cls)) typeError(`${who}.__new__(X): X is not a type object (${typeName(typeOf(cls))})`);
  if (!isSubtype(cls, T_BASE_EXCEPTION)) typeError(`${who}.__new__(${typeName(cls)}): ${typeName(cls)} is not a subtype of ${who}`);
}

/** BaseException.__new__(cls, *args): keywords are left to __init__. */
function newException(cls: Ref, args: Ref[]): Ref {
  return newExceptionOfType(cls, newTuple(args), typeBasicSize(cls));
}

defStaticMethod(T_BASE_EXCEPTION, {
  name: '__new__',
  varfn: (_, args) => {
    if (args.length === 0) typeError('BaseException.__new__(): not enough arguments');
    checkExceptionClass(args[0], 'BaseException');
    return newException(args[0], args.slice(1));
  },
});

defMethod(T_BASE_EXCEPTION, {
  name: '__init__',
  varfn: (e, args, kw) => {
    noKeywords(e, kw);
    setExcArgs(e, newTuple(args));
    return NONE;
  },
});

// ---- attributes every exception has ----

defGetSet(T_BASE_EXCEPTION, 'args', (e) => argsOf(e), (e, v) => {
  if (v === NULL) typeError('args may not be deleted');
  setExcArgs(e, typeOf(v) === T_TUPLE ? v : newTuple(iterToArray(v)));
  return NONE;
});

defGetSet(T_BASE_EXCEPTION, '__traceback__', (e) => orNone(load(e, ExceptionL.TRACEBACK)), (e, v) => {
  if (v === NULL) typeError('__traceback__ may not be deleted');
  if (v !== NONE && typeOf(v) !== T_TRACEBACK) typeError('__traceback__ must be a traceback or None');
  setExcTraceback(e, v === NONE ? NULL : v);
  return NONE;
});

/** A value for __cause__/__context__: None or an exception (NULL stands for None). */
function chainValue(v: Ref, what: string): Ref {
  if (v === NULL) typeError(`${what} may not be deleted`);
  if (v === NONE) return NULL;
  if (!isSubtype(typeOf(v), T_BASE_EXCEPTION)) typeError(`exception ${what.slice(2, -2)} must be None or derive from BaseException`);
  return v;
}

defGetSet(T_BASE_EXCEPTION, '__cause__', (e) => orNone(load(e, ExceptionL.CAUSE)), (e, v) => {
  setExcCause(e, chainValue(v, '__cause__'));
  setExcSuppressContext(e, TRUE);
  return NONE;
});

defGetSet(T_BASE_EXCEPTION, '__context__', (e) => orNone(load(e, ExceptionL.CONTEXT)), (e, v) => {
  setExcContext(e, chainValue(v, '__context__'));
  return NONE;
});

defGetSet(T_BASE_EXCEPTION, '__suppress_context__', (e) => (load(e, ExceptionL.SUPPRESS_CONTEXT) === TRUE ? TRUE : FALSE), (e, v) => {
  if (v === NULL) typeError("can't delete __suppress_context__ attribute");
  setExcSuppressContext(e, bool(isTrue(v)));
  return NONE;
});

defMethod(T_BASE_EXCEPTION, {
  name: 'with_traceback',
  params: ['tb'],
  fn: (e, tb) => {
    if (tb !== NONE && typeOf(tb) !== T_TRACEBACK) typeError('__traceback__ must be a traceback or None');
    setExcTraceback(e, tb === NONE ? NULL : tb);
    return e;
  },
});

defMethod(T_BASE_EXCEPTION, {
  name: 'add_note',
  params: ['note'],
  fn: (e, note) => {
    if (!isSubtype(typeOf(note), T_STR)) typeError(`note must be a str, not '${typeName(typeOf(note))}'`);
    let notes = dictAttr(e, N.__notes__);
    if (notes === NULL) {
      notes = newList();
      setDictAttr(e, N.__notes__, notes);
    }
    if (!isSubtype(typeOf(notes), T_LIST)) typeError('Cannot add note: __notes__ is not a list');
    listAppend(notes, note);
    return NONE;
  },
});

// ---- StopIteration, SystemExit ----

defMember('StopIteration', 'value', (e) => orNone(argAt(e, 0)));
defMember('SystemExit', 'code', (e) => {
  const n = argCount(e);
  return n === 0 ? NONE : n === 1 ? argAt(e, 0) : argsOf(e);
});

// ---- ImportError(*args, name=, path=), AttributeError(*args, name=, obj=), NameError(*args, name=) ----

function importMsg(e: Ref): Ref {
  const v = dictAttr(e, intern('msg'));
  if (v !== NULL) return v;
  return argCount(e) === 1 ? argAt(e, 0) : NONE;
}

defKeywordInit('ImportError', ['name', 'path']);
defMember('ImportError', 'msg', importMsg);
defKeywordInit('AttributeError', ['name', 'obj']);
defKeywordInit('NameError', ['name']);

// ---- OSError(errno, strerror[, filename[, winerror[, filename2]]]) ----

/** Linux errno values and the OSError subclass CPython picks for each. */
const ERRNO_SUBCLASS: Record<number, string> = {
  1: 'PermissionError', 2: 'FileNotFoundError', 3: 'ProcessLookupError', 4: 'InterruptedError',
  10: 'ChildProcessError', 11: 'BlockingIOError', 13: 'PermissionError', 17: 'FileExistsError',
  20: 'NotADirectoryError', 21: 'IsADirectoryError', 32: 'BrokenPipeError', 103: 'ConnectionAbortedError',
  104: 'ConnectionResetError', 108: 'BrokenPipeError', 110: 'TimeoutError', 111: 'ConnectionRefusedError',
  114: 'BlockingIOError', 115: 'BlockingIOError',
};

/** True when args have the (errno, strerror, ...) form that sets the OSError attributes. */
const hasErrnoForm = (n: number): boolean => n >= 2 && n <= 5;

function osErrno(e: Ref): Ref {
  const v = dictAttr(e, intern('errno'));
  return v !== NULL ? v : hasErrnoForm(argCount(e)) ? argAt(e, 0) : NONE;
}

function osStrerror(e: Ref): Ref {
  const v = dictAttr(e, intern('strerror'));
  return v !== NULL ? v : hasErrnoForm(argCount(e)) ? argAt(e, 1) : NONE;
}

defStaticMethod('OSError', {
  name: '__new__',
  varfn: (_, all) => {
    if (all.length === 0) typeError('OSError.__new__(): not enough arguments');
    let cls = all[0];
    checkExceptionClass(cls, 'OSError');
    const args = all.slice(1);
    if (cls === Exc.OSError && hasErrnoForm(args.length) && isSubtype(typeOf(args[0]), T_INT)) {
      const sub = ERRNO_SUBCLASS[Number(intValue(args[0]))];
      if (sub !== undefined) cls = Exc[sub];
    }
    if (!hasErrnoForm(args.length) || args.length === 2) return newException(cls, args);
    // The filenames are attributes, not args: OSError(2, 'x', 'f').args == (2, 'x').
    const e = newException(cls, args.slice(0, 2));
    setDictAttr(e, intern('filename'), args[2]);
    if (args.length === 5) setDictAttr(e, intern('filename2'), args[4]);
    return e;
  },
});
defMethod('OSError', { name: '__init__', varfn: () => NONE });
defMember('OSError', 'errno', osErrno);
defMember('OSError', 'strerror', osStrerror);
defMember('OSError', 'filename', () => NONE);
defMember('OSError', 'filename2', () => NONE);

// ---- SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)) ----

const SYNTAX_FIELDS = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];

function syntaxMsg(e: Ref): Ref {
  const v = dictAttr(e, intern('msg'));
  return v !== NULL ? v : orNone(argAt(e, 0));
}

/** Field i of the details tuple (args[1]), or the value assigned to it. */
function syntaxField(e: Ref, i: number): Ref {
  const v = dictAttr(e, intern(SYNTAX_FIELDS[i]));
  if (v !== NULL) return v;
  const details = argCount(e) === 2 ? argAt(e, 1) : NULL;
  return details !== NULL && typeOf(details) === T_TUPLE && i < tupleLength(details) ? tupleItem(details, i) : NONE;
}

defMethod('SyntaxError', {
  name: '__init__',
  varfn: (e, args, kw) => {
    noKeywords(e, kw);
    if (args.length === 2) {
      const details = typeOf(args[1]) === T_TUPLE ? args[1] : newTuple(iterToArray(args[1]));
      const n = tupleLength(details);
      if (n < 4) typeError(`function takes at least 4 arguments (${n} given)`);
      if (n > 6) typeError(`function takes at most 6 arguments (${n} given)`);
    }
    setExcArgs(e, newTuple(args));
    return NONE;
  },
});
defMember('SyntaxError', 'msg', syntaxMsg);
SYNTAX_FIELDS.forEach((name, i) => defMember('SyntaxError', name, (e) => syntaxField(e, i)));
defMember('SyntaxError', 'print_file_and_line', () => NONE);

// ---- UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError ----

/** Argument names and types of each constructor. */
const UNICODE_ARGS: Record<string, readonly (readonly [string, Ref])[]> = {
  UnicodeDecodeError: [['encoding', T_STR], ['object', T_BYTES], ['start', T_INT], ['end', T_INT], ['reason', T_STR]],
  UnicodeEncodeError: [['encoding', T_STR], ['object', T_STR], ['start', T_INT], ['end', T_INT], ['reason', T_STR]],
  UnicodeTranslateError: [['object', T_STR], ['start', T_INT], ['end', T_INT], ['reason', T_STR]],
};

/** The constructor family (one of UNICODE_ARGS's keys) of an exception type, or null. */
function unicodeFamily(t: Ref): string | null {
  for (const name of Object.keys(UNICODE_ARGS)) if (isSubtype(t, Exc[name])) return name;
  return null;
}

function unicodeField(e: Ref, name: string): Ref {
  const v = dictAttr(e, intern(name));
  if (v !== NULL) return v;
  const family = unicodeFamily(typeOf(e));
  const at = family === null ? -1 : UNICODE_ARGS[family].findIndex(([n]) => n === name);
  return at < 0 ? NONE : orNone(argAt(e, at));
}

for (const [family, fields] of Object.entries(UNICODE_ARGS)) {
  defMethod(family, {
    name: '__init__',
    varfn: (e, args, kw) => {
      noKeywords(e, kw);
      if (args.length !== fields.length) typeError(`function takes exactly ${fields.length} arguments (${args.length} given)`);
      fields.forEach(([, type], i) => {
        if (!isSubtype(typeOf(args[i]), type)) typeError(`argument ${i + 1} must be ${typeName(type)}, not ${typeName(typeOf(args[i]))}`);
      });
      setExcArgs(e, newTuple(args));
      return NONE;
    },
  });
}
for (const name of ['encoding', 'object', 'start', 'end', 'reason']) {
  defMember('UnicodeError', name, (e) => unicodeField(e, name));
}

// ---- BaseExceptionGroup(message, exceptions) and ExceptionGroup ----

// ExceptionGroup is also an Exception; the boot table gives each type one base only.
onBoot(() => {
  const eg = builtinType('ExceptionGroup');
  const bases = [builtinType('BaseExceptionGroup'), builtinType('Exception')];
  store(eg, TypeL.BASES, newTuple(bases));
  const mro = c3Mro(eg, bases);
  if ('mro' in mro) setMro(eg, mro.mro);
});

/** The items of the `exceptions` argument: a non-empty sequence of exceptions. */
function groupItems(seq: Ref): Ref[] {
  const t = typeOf(seq);
  const isSequence = isSubtype(t, T_LIST) || isSubtype(t, T_TUPLE) || (lookupType(t, N.__getitem__) !== NULL && !isSubtype(t, T_DICT));
  if (!isSequence) typeError('second argument (exceptions) must be a sequence');
  const items = iterToArray(seq);
  if (items.length === 0) raise(Exc.ValueError, 'second argument (exceptions) must be a non-empty sequence');
  items.forEach((e, i) => {
    if (!isSubtype(typeOf(e), T_BASE_EXCEPTION)) raise(Exc.ValueError, `Item ${i} of second argument (exceptions) is not an exception`);
  });
  return items;
}

/** The class a group of `items` gets: BaseExceptionGroup becomes ExceptionGroup when every
 *  item is an Exception; an Exception group may hold nothing else. */
function groupClass(cls: Ref, items: Ref[]): Ref {
  const allExceptions = items.every((e) => isSubtype(typeOf(e), Exc.Exception));
  if (cls === Exc.BaseExceptionGroup) return allExceptions ? Exc.ExceptionGroup : cls;
  if (!allExceptions && isSubtype(cls, Exc.Exception)) {
    typeError(cls === Exc.ExceptionGroup ? 'Cannot nest BaseExceptions in an ExceptionGroup' : `Cannot nest BaseExceptions in '${typeName(cls)}'`);
  }
  return cls;
}

defStaticMethod('BaseExceptionGroup', {
  name: '__new__',
  varfn: (_, args, kw) => {
    if (args.length === 0) typeError('BaseExceptionGroup.__new__(): not enough arguments');
    checkExceptionClass(args[0], 'BaseExceptionGroup');
    if (kw !== null && kw.names.length > 0) typeError('BaseExceptionGroup.__new__() takes no keyword arguments');
    if (args.length !== 3) typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length - 1} given)`);
    const [cls, message, seq] = args;
    if (!isSubtype(typeOf(message), T_STR)) typeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${typeName(typeOf(message))}`);
    return newException(groupClass(cls, groupItems(seq)), [message, seq]);
  },
});
defMethod('BaseExceptionGroup', { name: '__init__', varfn: () => NONE });

const groupMessage = (eg: Ref): Ref => orNone(argAt(eg, 0));
/** The exceptions, as a tuple, from the sequence the group was made with (args[1]). */
function groupExceptions(eg: Ref): Ref {
  const seq = argAt(eg, 1);
  if (seq === NULL) return newTuple([]);
  return typeOf(seq) === T_TUPLE ? seq : newTuple(iterToArray(seq));
}

defGetSet('BaseExceptionGroup', 'message', groupMessage);
defGetSet('BaseExceptionGroup', 'exceptions', groupExceptions);

function groupStr(eg: Ref): string {
  const n = tupleLength(groupExceptions(eg));
  return `${str(groupMessage(eg))} (${n} sub-exception${n === 1 ? '' : 's'})`;
}

defMethod('BaseExceptionGroup', {
  name: 'derive',
  params: ['excs'],
  fn: (eg, excs) => callObject(Exc.BaseExceptionGroup, [groupMessage(eg), excs]),
});

/** What split() and subgroup() match leaves with: a type, a tuple of types, or a predicate. */
function matcher(cond: Ref): (e: Ref) => boolean {
  if (isType(cond) && isSubtype(cond, T_BASE_EXCEPTION)) return (e) => isSubtype(typeOf(e), cond);
  if (typeOf(cond) === T_TUPLE && tupleItems(cond).every((t) => isType(t) && isSubtype(t, T_BASE_EXCEPTION))) {
    const types = tupleItems(cond);
    return (e) => types.some((t) => isSubtype(typeOf(e), t));
  }
  if (lookupType(typeOf(cond), N.__call__) !== NULL) return (e) => isTrue(callObject(cond, [e]));
  return typeError('expected a function, exception type or tuple of exception types');
}

const isGroup = (e: Ref): boolean => isSubtype(typeOf(e), Exc.BaseExceptionGroup);

/** eg.split(cond) as [match, rest], each a group derived from eg or NULL when empty. */
export function exceptionGroupSplit(eg: Ref, cond: Ref): [Ref, Ref] {
  return splitWith(eg, matcher(cond));
}

function splitWith(e: Ref, matches: (e: Ref) => boolean): [Ref, Ref] {
  if (matches(e)) return [e, NULL];
  if (!isGroup(e)) return [NULL, e];
  const matched: Ref[] = [];
  const rest: Ref[] = [];
  for (const sub of tupleItems(groupExceptions(e))) {
    const [m, r] = splitWith(sub, matches);
    if (m !== NULL) matched.push(m);
    if (r !== NULL) rest.push(r);
  }
  return [subset(e, matched), subset(e, rest)];
}

/** A group like `eg` holding `items` (or NULL for none), with eg's traceback, cause,
 *  context and notes. */
function subset(eg: Ref, items: Ref[]): Ref {
  if (items.length === 0) return NULL;
  const derived = callObject(getAttr(eg, intern('derive')), [newList(items)]);
  if (!isGroup(derived)) typeError(`derive must return an instance of BaseExceptionGroup`);
  setExcTraceback(derived, load(eg, ExceptionL.TRACEBACK));
  setExcCause(derived, load(eg, ExceptionL.CAUSE));
  setExcContext(derived, load(eg, ExceptionL.CONTEXT));
  setExcSuppressContext(derived, load(eg, ExceptionL.SUPPRESS_CONTEXT));
  const notes = dictAttr(eg, N.__notes__);
  if (notes !== NULL) setDictAttr(derived, N.__notes__, notes);
  return derived;
}

defMethod('BaseExceptionGroup', {
  name: 'split',
  params: ['matcher_value'],
  fn: (eg, cond) => {
    const [m, r] = exceptionGroupSplit(eg, cond);
    return newTuple([orNone(m), orNone(r)]);
  },
});
defMethod('BaseExceptionGroup', {
  name: 'subgroup',
  params: ['matcher_value'],
  fn: (eg, cond) => orNone(exceptionGroupSplit(eg, cond)[0]),
});
