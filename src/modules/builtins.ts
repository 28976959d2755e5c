// The builtins module: functions every program sees without importing. The numeric and
// iteration helpers (divmod, pow, round, min, max, sum, sorted, ...) follow the core ones;
// namespaces, exec/eval, input and __import__ are in builtins_more.ts, open() in
// objects/fileio.ts.

import { heap } from '../../gc/heap.js';
import { Control, Kind, NULL, Ref, TypeFlags, TypeL } from '../../gc/layout.js';
import { FormatError } from '../format/errors.js';
import { floatDivmod, floatRound, floatRoundToInt } from '../format/float.js';
import { intDivmod, intPow, intRound, intToFloat, intToString, PyIntValue } from '../format/int.js';
import { byteArrayAt, byteArrayLength } from '../objects/bytearray.js';
import { bytesLength, bytesValue } from '../objects/bytes.js';
import { dictGetStr } from '../objects/dict.js';
import { Exc, raise, typeError, valueError } from '../objects/exception.js';
import { isNativeStream, nativeWrite } from '../objects/fileio.js';
import { floatValue, newFloat } from '../objects/float.js';
import { intValue, newInt } from '../objects/int.js';
import type { IntValue } from '../objects/int.js';
import { generatorSend } from '../interpreter/generator.js';
import { asciiOf } from '../objects/str_type.js';
import { T_GENERATOR } from '../objects/statics.js';
import { moduleDict } from '../objects/module.js';
import { typeOf } from '../objects/object.js';
import {
  NONE, NOT_IMPLEMENTED, T_BOOL, T_BYTEARRAY, T_BYTES, T_FLOAT, T_INT, T_STR, T_TUPLE, T_TYPE,
} from '../objects/statics.js';
import { newStr, strLength, strValue } from '../objects/str.js';
import { newTuple, tupleItem, tupleLength } from '../objects/tuple.js';
import { isSubtype, isType, lookupType, typeName } from '../objects/typeobject.js';
import { buildClass } from '../objects/classes.js';
import {
  asIndex, binaryOp, bool, callDunder, getIter, hashOf, isTrue, iterNext, length, repr, str,
} from '../runtime/abstract.js';
import { checkAttrName, getAttr, getAttrOrNull, setAttr } from '../runtime/attributes.js';
import { callBound, callObject, kwargsToRecord } from '../runtime/call.js';
import { PyRaise } from '../runtime/errors.js';
import { formatObject } from '../runtime/format.js';
import { intern, internRef } from '../runtime/intern.js';
import { defFunction, Kwargs } from '../runtime/native.js';
import { N } from '../runtime/names.js';
import { slotsOf } from '../runtime/slots.js';

const B = 'builtins';

/** sys.stdout / sys.stderr / sys.stdin as currently set. */
export function sysStream(name: 'stdout' | 'stderr' | 'stdin'): Ref {
  const v = dictGetStr(moduleDict(heap.i32[Control.SYS]), intern(name));
  return v === NULL ? NONE : v;
}

/** Kept for sys.ts, which registers the std streams at boot: writeTo needs no registration
 *  any more (objects/fileio.ts writes native streams directly). */

/** Writes text to a Python file object: natively for open() files, std streams and StringIO,
 *  else through its write method. */
export function writeTo(file: Ref, text: string): void {
  if (isNativeStream(file)) nativeWrite(file, text);
  else callObject(getAttr(file, N.write), [newStr(text)]);
}

defFunction(B, {
  name: 'print',
  varfn: (_self, args, kw) => {
    if (kw === null) {
      const file = sysStream('stdout');
      if (file !== NONE) printTo(file, args, ' ', '\n');
      return NONE;
    }
    const opts = keywordOptions('print', kw, PRINT_KEYWORDS);
    const sep = optionalStr(opts.sep, ' ', 'sep');
    const end = optionalStr(opts.end, '\n', 'end');
    const file = opts.file === undefined || opts.file === NONE ? sysStream('stdout') : opts.file;
    if (file === NONE) return NONE;
    printTo(file, args, sep, end);
    if (opts.flush !== undefined && isTrue(opts.flush)) callObject(getAttr(file, N.flush), []);
    return NONE;
  },
});

const PRINT_KEYWORDS = ['sep', 'end', 'file', 'flush'];

/** Keyword arguments by name, with the message of CPython's argument clinic for others. */
function keywordOptions(fname: string, kw: Kwargs, allowed: readonly string[]): Record<string, Ref> {
  for (const name of kw.names) if (!allowed.includes(name)) typeError(`'${name}' is an invalid keyword argument for ${fname}()`);
  return kwargsToRecord(fname, kw, allowed);
}

/** Writes str() of each value, sep between them and end after: in one piece to a native
 *  stream, else piece by piece through file.write as CPython does. */
function printTo(file: Ref, values: Ref[], sep: string, end: string): void {
  if (isNativeStream(file)) {
    let text = '';
    for (let i = 0; i < values.length; i++) {
      if (i > 0) text += sep;
      text += str(values[i]);
    }
    nativeWrite(file, text + end);
    return;
  }
  const write = getAttr(file, N.write);
  for (let i = 0; i < values.length; i++) {
    if (i > 0) callObject(write, [newStr(sep)]);
    callObject(write, [newStr(str(values[i]))]);
  }
  callObject(write, [newStr(end)]);
}

function optionalStr(v: Ref | undefined, dflt: string, what: string): string {
  if (v === undefined || v === NONE) return dflt;
  if (!isSubtype(typeOf(v), T_STR)) typeError(`${what} must be None or a string, not ${typeName(typeOf(v))}`);
  return strValue(v);
}

defFunction(B, { name: 'len', params: ['obj'], fn: (_s, o) => newInt(length(o)) });
defFunction(B, { name: 'repr', params: ['obj'], fn: (_s, o) => newStr(repr(o)) });
defFunction(B, { name: '__build_class__', varfn: (_s, args, kw) => buildClass(args, kw) });
defFunction(B, { name: 'id', params: ['obj'], fn: (_s, o) => newInt((o & 1) === 1 ? o : o * 4 + 0x7f0000000000) });
defFunction(B, { name: 'hash', params: ['obj'], fn: (_s, o) => newInt(pythonHash(o)) });

/** hash(): the full value (tables use it reduced to 32 bits, see abstract.hashOf). */
export function pythonHash(o: Ref): IntValue {
  const t = typeOf(o);
  if ((heap.i32[t + TypeL.FLAGS] & TypeFlags.OVERRIDES) !== 0) {
    const h = lookupType(t, N.__hash__);
    if (h === NONE) typeError(`unhashable type: '${typeName(t)}'`);
    if (h !== NULL) {
      const v = intValue(callBound(h, o, []));
      return v === -1 ? -2 : v;
    }
  }
  const full = slotsOf(heap.i32[t + TypeL.KIND]).fullHash;
  if (full !== undefined) return full(o);
  return hashOf(o);
}
defFunction(B, { name: 'callable', params: ['obj'], fn: (_s, o) => bool(isCallable(o)) });

export function isCallable(o: Ref): boolean {
  if ((o & 1) === 1) return false;
  if (isType(o)) return true;
  const t = typeOf(o);
  const kind = heap.i32[t + TypeL.KIND];
  if (kind === Kind.FUNCTION || kind === Kind.BUILTIN || kind === Kind.METHOD) return true;
  return slotsOf(kind).call !== undefined || lookupType(t, N.__call__) !== NULL;
}

defFunction(B, {
  name: 'isinstance', params: ['obj', 'class_or_tuple'],
  fn: (_s, obj, cls) => bool(isInstanceOf(obj, cls, 'isinstance')),
});
defFunction(B, {
  name: 'issubclass', params: ['cls', 'class_or_tuple'],
  fn: (_s, sub, cls) => {
    if (!isType(sub)) typeError('issubclass() arg 1 must be a class');
    return bool(isSubclassOf(sub, cls));
  },
});

/** isinstance with tuples and a metaclass's __instancecheck__. */
export function isInstanceOf(obj: Ref, cls: Ref, fname: string): boolean {
  if ((cls & 1) === 0 && heap.i32[cls] === T_TUPLE) {
    for (let i = 0; i < tupleLength(cls); i++) if (isInstanceOf(obj, tupleItem(cls, i), fname)) return true;
    return false;
  }
  if (isType(cls) && isSubtype(typeOf(obj), cls)) return true;
  const hook = lookupType(typeOf(cls), N.__instancecheck__);
  if (!isType(cls) && hook === NULL) typeError(`${fname}() arg 2 must be a type, a tuple of types, or a union`);
  if (hook === NULL || hook === lookupType(T_TYPE, N.__instancecheck__)) return false;
  return isTrue(callBound(hook, cls, [obj]));
}

function isSubclassOf(sub: Ref, cls: Ref): boolean {
  if ((cls & 1) === 0 && heap.i32[cls] === T_TUPLE) {
    for (let i = 0; i < tupleLength(cls); i++) if (isSubclassOf(sub, tupleItem(cls, i))) return true;
    return false;
  }
  if (isType(cls) && isSubtype(sub, cls)) return true;
  const hook = lookupType(typeOf(cls), N.__subclasscheck__);
  if (!isType(cls) && hook === NULL) typeError('issubclass() arg 2 must be a class, a tuple of classes, or a union');
  if (hook === NULL || hook === lookupType(T_TYPE, N.__subclasscheck__)) return false;
  return isTrue(callBound(hook, cls, [sub]));
}

defFunction(B, {
  name: 'getattr',
  varfn: (_s, args) => {
    if (args.length < 2 || args.length > 3) typeError(`getattr expected at least 2 arguments, got ${args.length}`);
    const name = internRef(checkAttrName(args[1]));
    if (args.length === 2) return getAttr(args[0], name);
    const v = lookupAttr(args[0], name);
    return v === NULL ? args[2] : v;
  },
});
defFunction(B, {
  name: 'setattr', params: ['obj', 'name', 'value'],
  fn: (_s, o, n, v) => { setAttr(o, internRef(checkAttrName(n)), v); return NONE; },
});
defFunction(B, {
  name: 'delattr', params: ['obj', 'name'],
  fn: (_s, o, n) => { setAttr(o, internRef(checkAttrName(n)), NULL); return NONE; },
});
defFunction(B, {
  name: 'hasattr', params: ['obj', 'name'],
  fn: (_s, o, n) => bool(lookupAttr(o, internRef(checkAttrName(n))) !== NULL),
});

/** An attribute, or NULL when it is missing or raises AttributeError (getattr with a
 *  default, hasattr, vars). */
export function lookupAttr(o: Ref, name: Ref): Ref {
  try {
    return getAttrOrNull(o, name);
  } catch (e) {
    if (e instanceof PyRaise && isSubtype(typeOf(e.exc), Exc.AttributeError)) return NULL;
    throw e;
  }
}
defFunction(B, {
  name: 'iter',
  varfn: (_s, args) => {
    if (args.length === 1) return getIter(args[0]);
    if (args.length === 2) return callableIterator(args[0], args[1]);
    return typeError(`iter expected at most 2 arguments, got ${args.length}`);
  },
});

let callableIterator: (f: Ref, sentinel: Ref) => Ref = () => raise(Exc.NotImplementedError, 'iter(callable, sentinel)');
/** Installed by the iterators module. */
export function setCallableIterator(f: typeof callableIterator): void { callableIterator = f; }

defFunction(B, {
  name: 'next',
  varfn: (_s, args) => {
    if (args.length < 1 || args.length > 2) typeError(`next expected at least 1 argument, got ${args.length}`);
    let v: Ref;
    try {
      // A generator's return value travels in its StopIteration, which send() raises.
      v = typeOf(args[0]) === T_GENERATOR ? generatorSend(args[0], NONE) : iterNext(args[0]);
    } catch (e) {
      if (e instanceof PyRaise && isSubtype(typeOf(e.exc), Exc.StopIteration) && args.length === 2) return args[1];
      throw e;
    }
    if (v !== NULL) return v;
    if (args.length === 2) return args[1];
    throw new PyRaise(callObject(Exc.StopIteration, []));
  },
});
defFunction(B, {
  name: 'abs', params: ['x'],
  fn: (_s, x) => {
    const r = callDunder(x, N.__abs__, []);
    if (r === NULL) typeError(`bad operand type for abs(): '${typeName(typeOf(x))}'`);
    return r;
  },
});

// ---- characters and integer text ----

defFunction(B, { name: 'ascii', params: ['obj'], fn: (_s, o) => newStr(asciiOf(o)) });


defFunction(B, { name: 'bin', params: ['number'], fn: (_s, x) => newStr(intToString(indexInt(x), 2)) });
defFunction(B, { name: 'oct', params: ['number'], fn: (_s, x) => newStr(intToString(indexInt(x), 8)) });
defFunction(B, { name: 'hex', params: ['number'], fn: (_s, x) => newStr(intToString(indexInt(x), 16)) });

/** The integer value of an int or of an object with __index__. */
function indexInt(x: Ref): PyIntValue {
  return intValue(isPlainInt(x) ? x : asIndex(x));
}

defFunction(B, {
  name: 'chr', params: ['i'],
  fn: (_s, i) => {
    const v = indexInt(i);
    if (typeof v === 'bigint' || v > 0x7fffffff || v < -0x80000000) raise(Exc.OverflowError, 'Python int too large to convert to C int');
    if (v < 0 || v > 0x10ffff) valueError('chr() arg not in range(0x110000)');
    return newStr(String.fromCodePoint(v));
  },
});

defFunction(B, {
  name: 'ord', params: ['c'],
  fn: (_s, c) => {
    const t = typeOf(c);
    let n: number;
    if (isSubtype(t, T_STR)) {
      n = strLength(c);
      if (n === 1) return newInt(strValue(c).codePointAt(0)!);
    } else if (isSubtype(t, T_BYTES)) {
      n = bytesLength(c);
      if (n === 1) return newInt(bytesValue(c)[0]);
    } else if (isSubtype(t, T_BYTEARRAY)) {
      n = byteArrayLength(c);
      if (n === 1) return newInt(byteArrayAt(c, 0));
    } else {
      return typeError(`ord() expected string of length 1, but ${typeName(t)} found`);
    }
    return typeError(`ord() expected a character, but string of length ${n} found`);
  },
});

// ---- arithmetic ----

const overrides = (t: Ref): boolean => (heap.i32[t + TypeL.FLAGS] & TypeFlags.OVERRIDES) !== 0;

/** An int or bool (or subclass) whose arithmetic is the built-in one. */
function isPlainInt(r: Ref): boolean {
  if ((r & 1) === 1) return true;
  const t = typeOf(r);
  return (t === T_INT || t === T_BOOL || isSubtype(t, T_INT)) && !overrides(t);
}

function isPlainNumber(r: Ref): boolean {
  if (isPlainInt(r)) return true;
  const t = typeOf(r);
  return (t === T_FLOAT || isSubtype(t, T_FLOAT)) && !overrides(t);
}

const asDouble = (r: Ref): number => (isPlainInt(r) ? intToFloat(intValue(r)) : floatValue(r));

/** Runs format/ arithmetic, turning its errors into Python exceptions. */
function numeric<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof FormatError) return raise(Exc[e.pyType], e.message);
    throw e;
  }
}

/** Calls the dunder `name` of type(self) with `args`; NOT_IMPLEMENTED when it has none. */
function tryDunder(self: Ref, name: string, args: Ref[]): Ref {
  const d = lookupType(typeOf(self), intern(name));
  return d === NULL ? NOT_IMPLEMENTED : callBound(d, self, args);
}

defFunction(B, {
  name: 'divmod', params: ['x', 'y'],
  fn: (_s, a, b) => {
    if (isPlainInt(a) && isPlainInt(b)) {
      const [q, r] = numeric(() => intDivmod(intValue(a), intValue(b)));
      return newTuple([newInt(q), newInt(r)]);
    }
    if (isPlainNumber(a) && isPlainNumber(b)) {
      const [q, r] = numeric(() => floatDivmod(asDouble(a), asDouble(b)));
      return newTuple([newFloat(q), newFloat(r)]);
    }
    const ta = typeOf(a);
    const tb = typeOf(b);
    const reflectFirst = ta !== tb && isSubtype(tb, ta) && lookupType(tb, intern('__rdivmod__')) !== lookupType(ta, intern('__rdivmod__'));
    if (reflectFirst) {
      const r = tryDunder(b, '__rdivmod__', [a]);
      if (r !== NOT_IMPLEMENTED) return r;
    }
    let r = tryDunder(a, '__divmod__', [b]);
    if (r !== NOT_IMPLEMENTED) return r;
    if (ta !== tb && !reflectFirst) {
      r = tryDunder(b, '__rdivmod__', [a]);
      if (r !== NOT_IMPLEMENTED) return r;
    }
    return typeError(`unsupported operand type(s) for divmod(): '${typeName(ta)}' and '${typeName(tb)}'`);
  },
});


const POW = 7;

defFunction(B, {
  name: 'pow', params: ['base', 'exp', 'mod'], required: 2, keywords: true,
  fn: (_s, base, exp, mod) => {
    if (mod === NULL || mod === NONE) return binaryOp(base, exp, POW);
    if (isPlainInt(base) && isPlainInt(exp) && isPlainInt(mod)) {
      return newInt(numeric(() => intPow(intValue(base), intValue(exp), intValue(mod))));
    }
    if (overrides(typeOf(base))) {
      const r = tryDunder(base, '__pow__', [exp, mod]);
      if (r !== NOT_IMPLEMENTED) return r;
    }
    if (isPlainNumber(base) && isPlainNumber(exp) && isPlainNumber(mod)) {
      typeError('pow() 3rd argument not allowed unless all arguments are integers');
    }
    return typeError(`unsupported operand type(s) for ** or pow(): '${typeName(typeOf(base))}', '${typeName(typeOf(exp))}', '${typeName(typeOf(mod))}'`);
  },
});

defFunction(B, {
  name: 'round', params: ['number', 'ndigits'], required: 1, keywords: true,
  fn: (_s, x, nd) => {
    const noDigits = nd === NULL || nd === NONE;
    if (isPlainInt(x)) {
      if (noDigits) return typeOf(x) === T_INT ? x : newInt(intValue(x));
      return newInt(numeric(() => intRound(intValue(x), intValue(asIndex(nd)))));
    }
    if (isPlainNumber(x)) {
      if (noDigits) return newInt(numeric(() => floatRoundToInt(floatValue(x))));
      return newFloat(numeric(() => floatRound(floatValue(x), intValue(asIndex(nd)))));
    }
    const r = callDunder(x, N.__round__, noDigits ? [] : [nd]);
    if (r === NULL) typeError(`type ${typeName(typeOf(x))} doesn't define __round__ method`);
    return r;
  },
});

defFunction(B, {
  name: 'format', params: ['value', 'format_spec'], required: 1,
  fn: (_s, v, spec) => {
    if (spec === NULL) return formatObject(v, '');
    if (!isSubtype(typeOf(spec), T_STR)) typeError(`format() argument 2 must be str, not ${typeName(typeOf(spec))}`);
    return formatObject(v, strValue(spec));
  },
});
