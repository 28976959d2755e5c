// Bodies of the less frequent opcodes, kept out of the loop in eval.ts so that it stays small
// enough for V8 to optimise well.

import { heap } from '../../gc/heap.js';
import { BuiltinL, CodeL, DescriptorL, NULL, Ref, TypeFlags, TypeL } from '../../gc/layout.js';
import { store } from '../../stm/barrier.js';
import { cellGet } from '../objects/cell.js';
import { dictDelete, dictEntryKey, dictEntryValue, dictFindStr, dictGet, dictGetStr, dictNextEntry, dictSet, newDict } from '../objects/dict.js';
import {
  Exc, excContext, newError, raise, setExcCause, setExcContext, setExcSuppressContext, typeError, excTraceback,
} from '../objects/exception.js';
import { newFunction } from '../objects/function.js';
import { newInt, type IntValue } from '../objects/int.js';
import { listAppend, listItems, newList } from '../objects/list.js';
import { typeOf } from '../objects/object.js';
import { newSet, setAdd } from '../objects/set.js';
import { NONE, T_BUILTIN, T_DICT, T_FUNCTION, T_GENERATOR, T_LIST, T_METHOD_DESCRIPTOR, T_STR, T_TUPLE, T_TYPE, TRUE, T_BASE_EXCEPTION } from '../objects/statics.js';
import { newStr, strValue } from '../objects/str.js';
import { newTuple, tupleItem, tupleItems, tupleLength } from '../objects/tuple.js';
import { isSubtype, lookupType, typeName, isType } from '../objects/typeobject.js';
import { getItem, getIter, iterNext, iterToArray, repr, setItem, str, typeNameOf } from '../runtime/abstract.js';
import { descrGet, getAttrOrNull, instanceDict } from '../runtime/attributes.js';
import { callBound, callObject } from '../runtime/call.js';
import { PyRaise } from '../runtime/errors.js';
import { type Kwargs, natives } from '../runtime/native.js';
import { N } from '../runtime/names.js';
import { formatObject } from '../runtime/format.js';
import { importFromModule, importModuleLevel, importStarInto } from '../runtime/import.js';
import type { Code } from './code.js';
import type { Frame } from './frame.js';
import { sendToGenerator } from './generator.js';
import { thread } from './threadstate.js';
import { asciiOf } from '../objects/str_type.js';

export const intRef = (n: IntValue): Ref => newInt(n);
export const newErrorRef = (type: Ref, message: string): Ref => newError(type, message);

// ---- names ----

export function unboundLocal(code: Code, i: number): never {
  return raise(Exc.UnboundLocalError, `cannot access local variable '${code.varnames[i]}' where it is not associated with a value`);
}

export function unboundDeref(code: Code, i: number): never {
  const ncells = code.cellvars.length;
  if (i < ncells) unboundLocal(code, code.varnames.indexOf(code.cellvars[i]) >= 0 ? code.varnames.indexOf(code.cellvars[i]) : 0);
  const name = i < ncells ? code.cellvars[i] : code.freevars[i - ncells];
  return raise(Exc.NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
}

export function nameError(name: Ref): never {
  return raise(Exc.NameError, `name '${strValue(name)}' is not defined`);
}

function localsGet(locals: Ref, name: Ref): Ref {
  if (heap.i32[locals] === T_DICT) return dictGetStr(locals, name);
  try {
    return getItem(locals, name);
  } catch (e) {
    if (e instanceof PyRaise && isSubtype(typeOf(e.exc), Exc.KeyError)) return NULL;
    throw e;
  }
}

export function loadName(frame: Frame, name: Ref): Ref {
  if (frame.locals !== NULL) {
    const v = localsGet(frame.locals, name);
    if (v !== NULL) return v;
  }
  let v = dictGetStr(frame.globals, name);
  if (v !== NULL) return v;
  v = dictGetStr(frame.builtins, name);
  if (v !== NULL) return v;
  return nameError(name);
}

export function storeName(frame: Frame, name: Ref, value: Ref): void {
  const locals = frame.locals === NULL ? frame.globals : frame.locals;
  if (heap.i32[locals] === T_DICT) dictSet(locals, name, value);
  else setItem(locals, name, value);
}

export function deleteName(frame: Frame, name: Ref): void {
  const locals = frame.locals === NULL ? frame.globals : frame.locals;
  if (dictDelete(locals, name) === NULL) nameError(name);
}

export function deleteGlobal(frame: Frame, name: Ref): void {
  if (dictDelete(frame.globals, name) === NULL) nameError(name);
}

export function loadClassDeref(frame: Frame, i: number): Ref {
  const code = frame.code;
  const name = code.freevars[i - code.cellvars.length] ?? code.cellvars[i];
  if (frame.locals !== NULL) {
    const v = dictGetStr(frame.locals, internName(name));
    if (v !== NULL) return v;
  }
  const v = cellGet(frame.f[code.nlocals + i]);
  if (v === NULL) unboundDeref(code, i);
  return v;
}

let internName: (s: string) => Ref = (s) => newStr(s);
export function setInterner(f: (s: string) => Ref): void { internName = f; }

// ---- methods ----

/** For LOAD_METHOD: the plain function or method descriptor `name` resolves to on obj's
 *  type when nothing can shadow it, else NULL (the caller falls back to getattr). */
export function findMethod(obj: Ref, name: Ref): Ref {
  const t = typeOf(obj);
  if ((heap.i32[t + TypeL.FLAGS] & TypeFlags.HAS_GETATTRIBUTE) !== 0) return NULL;
  const kind = heap.i32[t + TypeL.KIND];
  if (t === T_TYPE || isType(obj) || kind === 22 /* module */ || kind === 28 /* super */) return NULL;
  const descr = lookupType(t, name);
  if (descr === NULL || (descr & 1) === 1) return NULL;
  const dt = heap.i32[descr];
  if (dt !== T_FUNCTION && dt !== T_METHOD_DESCRIPTOR) return NULL;
  const d = instanceDict(obj, false);
  if (d !== NULL && dictFindStr(d, name) >= 0) return NULL;
  return descr;
}

// ---- calls ----

/** Calls with nargs arguments at f[start..] and, if kwnames is a tuple, keywords last. */
/** Whether calling `callable` may wait for another thread (a blocking native). */
export function mayBlock(callable: Ref): boolean {
  if ((callable & 1) === 1) return false;
  const t = heap.i32[callable];
  if (t === T_METHOD_DESCRIPTOR) return natives[heap.i32[callable + DescriptorL.INDEX]].blocking;
  if (t === T_BUILTIN) return natives[heap.i32[callable + BuiltinL.INDEX]].blocking;
  return false;
}

/** Whether entering context manager `mgr` may wait (`with lock:`). */
export function enterMayBlock(mgr: Ref): boolean {
  return mayBlock(lookupType(typeOf(mgr), N.__enter__));
}

/** The keyword arguments of a CALL_KW: the last len(kwnames) of the `nargs` values at f[start]. */
export function keywordsFromStack(f: Int32Array, start: number, nargs: number, kwnames: Ref): Kwargs {
  const n = tupleLength(kwnames);
  return { names: tupleItems(kwnames).map(strValue), values: Array.from(f.subarray(start + nargs - n, start + nargs)) };
}

export function callFromStack(callable: Ref, f: Int32Array, start: number, nargs: number, kwnames: Ref): Ref {
  if (kwnames === NULL && (callable & 1) === 0) {
    const t = heap.i32[callable];
    if (t === T_METHOD_DESCRIPTOR && nargs >= 1) {
      const native = natives[heap.i32[callable + DescriptorL.INDEX]];
      if (native.fixed !== null && nargs - 1 >= native.required && nargs - 1 <= native.params.length) {
        const self = f[start];
        if (!isSubtype(typeOf(self), heap.i32[callable + DescriptorL.OWNER])) return callObject(callable, Array.from(f.subarray(start, start + nargs)));
        return callFixed(native.fixed, native.params.length, self, f, start + 1, nargs - 1);
      }
    } else if (t === T_BUILTIN) {
      const native = natives[heap.i32[callable + BuiltinL.INDEX]];
      if (native.fixed !== null && nargs >= native.required && nargs <= native.params.length) {
        return callFixed(native.fixed, native.params.length, heap.i32[callable + BuiltinL.SELF], f, start, nargs);
      }
    }
  }
  const npos = kwnames === NULL ? nargs : nargs - tupleLength(kwnames);
  const args = Array.from(f.subarray(start, start + npos));
  return callObject(callable, args, kwnames === NULL ? null : keywordsFromStack(f, start, nargs, kwnames));
}

function callFixed(fn: (self: Ref, ...a: Ref[]) => Ref, nparams: number, self: Ref, f: Int32Array, s: number, n: number): Ref {
  const a0 = n > 0 ? f[s] : NULL;
  const a1 = n > 1 ? f[s + 1] : NULL;
  const a2 = n > 2 ? f[s + 2] : NULL;
  switch (nparams) {
    case 0: return fn(self);
    case 1: return fn(self, a0);
    case 2: return fn(self, a0, a1);
    case 3: return fn(self, a0, a1, a2);
    default: {
      const rest: Ref[] = [a0, a1, a2];
      for (let i = 3; i < nparams; i++) rest.push(i < n ? f[s + i] : NULL);
      return fn(self, ...rest);
    }
  }
}

/** CALL_FUNCTION_EX: f(*args, **kwargs), with self prepended for a method pair. */
/** The arguments of f(*args, **kwargs) (with `self` first when not NULL). */
export function callExArguments(callable: Ref, self: Ref, args: Ref, kwargs: Ref): { positional: Ref[]; kw: Kwargs | null } {
  if ((args & 1) === 1 || (heap.i32[args] !== T_TUPLE && !isIterable(args))) {
    typeError(`${functionStr(callable)} argument after * must be an iterable, not ${typeNameOf(args)}`);
  }
  const positional = heap.i32[args] === T_TUPLE ? tupleItems(args) : iterToArray(args);
  if (self !== NULL) positional.unshift(self);
  let kw: Kwargs | null = null;
  if (kwargs !== NULL) {
    kw = { names: [], values: [] };
    for (let i = dictNextEntry(kwargs, 0); i >= 0; i = dictNextEntry(kwargs, i + 1)) {
      kw.names.push(strValue(dictEntryKey(kwargs, i)));
      kw.values.push(dictEntryValue(kwargs, i));
    }
  }
  return { positional, kw };
}

export function makeFunction(frame: Frame, codeRef: Ref, defaults: Ref, kwdefaults: Ref, annotations: Ref, closure: Ref): Ref {
  const i32 = heap.i32;
  const module = dictGetStr(frame.globals, N.__name__);
  const f = newFunction({
    code: codeRef, globals: frame.globals, builtins: frame.builtins,
    name: i32[codeRef + CodeL.NAME], qualname: i32[codeRef + CodeL.QUALNAME],
    defaults, kwdefaults, closure, doc: docOf(codeRef), module: module === NULL ? NONE : module,
  });
  if (annotations !== NULL) store(f, 12, annotations);
  return f;
}

/** A function's docstring: co_consts[0] when it is a str (the compiler's convention). */
function docOf(codeRef: Ref): Ref {
  const consts = heap.i32[codeRef + CodeL.CONSTS];
  if (tupleLength(consts) === 0) return NONE;
  const first = tupleItem(consts, 0);
  return (first & 1) === 0 && heap.i32[first] === T_STR && (heap.i32[codeRef + CodeL.FLAGS] & 0x1) !== 0 ? first : NONE;
}

export function loadBuildClass(frame: Frame): Ref {
  const v = dictGetStr(frame.builtins, N.__build_class__);
  if (v === NULL) raise(Exc.NameError, '__build_class__ not found');
  return v;
}

export function setupAnnotations(frame: Frame): void {
  const locals = frame.locals === NULL ? frame.globals : frame.locals;
  if (dictGetStr(locals, N.__annotations__) === NULL) dictSet(locals, N.__annotations__, newDict());
}

// ---- containers ----

export function buildSet(items: Int32Array): Ref {
  const s = newSet();
  for (let i = 0; i < items.length; i++) setAdd(s, items[i]);
  return s;
}

export function buildMap(f: Int32Array, start: number, n: number): Ref {
  const d = newDict(n);
  for (let i = 0; i < n; i++) dictSet(d, f[start + 2 * i], f[start + 2 * i + 1]);
  return d;
}

export function buildConstKeyMap(f: Int32Array, start: number, n: number): Ref {
  const keys = f[start + n];
  const d = newDict(n);
  for (let i = 0; i < n; i++) dictSet(d, tupleItem(keys, i), f[start + i]);
  return d;
}

export function buildString(f: Int32Array, start: number, n: number): Ref {
  let s = '';
  for (let i = 0; i < n; i++) s += strValue(f[start + i]);
  return newStr(s);
}


export function listExtend(list: Ref, iterable: Ref): void {
  if ((iterable & 1) === 0 && (heap.i32[iterable] === T_LIST || heap.i32[iterable] === T_TUPLE)) {
    const items = heap.i32[iterable] === T_LIST ? listItems(iterable) : tupleItems(iterable);
    for (const x of items) listAppend(list, x);
    return;
  }
  if (!isIterable(iterable)) typeError(`Value after * must be an iterable, not ${typeNameOf(iterable)}`);
  for (const x of iterToArray(iterable)) listAppend(list, x);
}

function isIterable(o: Ref): boolean {
  try { getIter(o); return true; } catch (e) { if (e instanceof PyRaise) return false; throw e; }
}

export function setUpdate(set: Ref, iterable: Ref): void {
  for (const x of iterToArray(iterable)) setAdd(set, x);
}

export function dictUpdate(d: Ref, mapping: Ref): void {
  if ((mapping & 1) === 0 && heap.i32[mapping] === T_DICT) {
    for (let i = dictNextEntry(mapping, 0); i >= 0; i = dictNextEntry(mapping, i + 1)) dictSet(d, dictEntryKey(mapping, i), dictEntryValue(mapping, i));
    return;
  }
  const keys = lookupType(typeOf(mapping), N.keys);
  if (keys === NULL) typeError(`'${typeNameOf(mapping)}' object is not a mapping`);
  for (const k of iterToArray(callBound(keys, mapping, []))) dictSet(d, k, getItem(mapping, k));
}

/** ** unpacking into call keywords: keys must be str and distinct. */
export function dictMerge(d: Ref, mapping: Ref, callable: Ref): void {
  const keysFn = (mapping & 1) === 0 && heap.i32[mapping] === T_DICT ? NULL : lookupType(typeOf(mapping), N.keys);
  if ((mapping & 1) === 1 || (heap.i32[mapping] !== T_DICT && keysFn === NULL)) {
    typeError(`${functionStr(callable)} argument after ** must be a mapping, not ${typeNameOf(mapping)}`);
  }
  const keys = keysFn === NULL ? dictKeys(mapping) : iterToArray(callBound(keysFn, mapping, []));
  for (const k of keys) {
    if (!isSubtype(typeOf(k), T_STR)) typeError('keywords must be strings');
    if (dictGet(d, k) !== NULL) typeError(`${functionStr(callable)} got multiple values for keyword argument '${strValue(k)}'`);
    dictSet(d, k, keysFn === NULL ? dictGet(mapping, k) : getItem(mapping, k));
  }
}

function dictKeys(d: Ref): Ref[] {
  const out: Ref[] = [];
  for (let i = dictNextEntry(d, 0); i >= 0; i = dictNextEntry(d, i + 1)) out.push(dictEntryKey(d, i));
  return out;
}

/** How CPython names a callable in call errors: `module.qualname()`. */
function functionStr(callable: Ref): string {
  const qual = getAttrOrNull(callable, N.__qualname__);
  if (qual === NULL || !isSubtype(typeOf(qual), T_STR)) return str(callable);
  const mod = getAttrOrNull(callable, N.__module__);
  if (mod !== NULL && isSubtype(typeOf(mod), T_STR) && strValue(mod) !== 'builtins') return `${strValue(mod)}.${strValue(qual)}()`;
  return `${strValue(qual)}()`;
}

export function listToTuple(list: Ref): Ref {
  return newTuple(listItems(list));
}

/** Pushes the n items of v, first on top; returns the new sp. */
export function unpackSequence(v: Ref, n: number, f: Int32Array, sp: number): number {
  if ((v & 1) === 0 && heap.i32[v] === T_TUPLE && tupleLength(v) === n) {
    for (let i = n - 1; i >= 0; i--) f[sp++] = tupleItem(v, i);
    return sp;
  }
  let items: Ref[];
  if ((v & 1) === 0 && heap.i32[v] === T_TUPLE) items = tupleItems(v);
  else if ((v & 1) === 0 && heap.i32[v] === T_LIST) items = listItems(v);
  else items = takeUpTo(v, n + 1);
  if (items.length !== n) {
    if (items.length < n) raise(Exc.ValueError, `not enough values to unpack (expected ${n}, got ${items.length})`);
    raise(Exc.ValueError, `too many values to unpack (expected ${n})`);
  }
  for (let i = n - 1; i >= 0; i--) f[sp++] = items[i];
  return sp;
}

function takeUpTo(v: Ref, max: number): Ref[] {
  let it: Ref;
  try { it = getIter(v); } catch (e) {
    if (e instanceof PyRaise && isSubtype(typeOf(e.exc), Exc.TypeError)) typeError(`cannot unpack non-iterable ${typeNameOf(v)} object`);
    throw e;
  }
  const out: Ref[] = [];
  for (let x = iterNext(it); x !== NULL; x = iterNext(it)) {
    out.push(x);
    if (out.length >= max) break;
  }
  return out;
}

export function unpackEx(v: Ref, before: number, after: number, f: Int32Array, sp: number): number {
  let items: Ref[];
  try { items = iterToArray(v); } catch (e) {
    if (e instanceof PyRaise && isSubtype(typeOf(e.exc), Exc.TypeError) && !isIterableSafe(v)) typeError(`cannot unpack non-iterable ${typeNameOf(v)} object`);
    throw e;
  }
  if (items.length < before + after) {
    raise(Exc.ValueError, `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  const middle = items.slice(before, items.length - after);
  const out = [...items.slice(0, before), newList(middle), ...items.slice(items.length - after)];
  for (let i = out.length - 1; i >= 0; i--) f[sp++] = out[i];
  return sp;
}

function isIterableSafe(v: Ref): boolean {
  try { getIter(v); return true; } catch { return false; }
}


export function formatValue(v: Ref, conversion: number, spec: Ref): Ref {
  let value = v;
  if (conversion === 1) value = newStr(str(v));
  else if (conversion === 2) value = newStr(repr(v));
  else if (conversion === 3) value = newStr(asciiOf(v));
  if (spec === NULL && (value & 1) === 0 && heap.i32[value] === T_STR) return value;
  return formatObject(value, spec === NULL ? '' : strValue(spec));
}



// ---- generators ----

export function yieldFromIter(v: Ref): Ref {
  if ((v & 1) === 0 && heap.i32[v] === T_GENERATOR) return v;
  return getIter(v);
}

export interface SendResult { done: boolean; value: Ref; }
const sendResult: SendResult = { done: false, value: NULL };

/** SEND: one step of `yield from`. */
export function send(receiver: Ref, value: Ref): SendResult {
  if ((receiver & 1) === 0 && heap.i32[receiver] === T_GENERATOR) return sendToGenerator(receiver, value, sendResult);
  let r: Ref;
  try {
    if (value === NONE) {
      r = iterNext(receiver);
      if (r === NULL) { sendResult.done = true; sendResult.value = NONE; return sendResult; }
    } else {
      r = callBound(lookupType(typeOf(receiver), N.send), receiver, [value]);
    }
  } catch (e) {
    if (e instanceof PyRaise && isSubtype(typeOf(e.exc), Exc.StopIteration)) {
      sendResult.done = true;
      sendResult.value = stopIterationValue(e.exc);
      return sendResult;
    }
    throw e;
  }
  sendResult.done = false;
  sendResult.value = r;
  return sendResult;
}

export function stopIterationValue(exc: Ref): Ref {
  const args = heap.i32[exc + 3];
  return args !== NULL && tupleLength(args) > 0 ? tupleItem(args, 0) : NONE;
}

// ---- exceptions ----

/** Makes an exception instance from a class or instance given to `raise`. */
export function exceptionInstance(v: Ref, what: string): Ref {
  if (isType(v)) {
    if (!isSubtype(v, T_BASE_EXCEPTION)) typeError(`${what} must derive from BaseException`);
    const e = callObject(v, []);
    if (!isSubtype(typeOf(e), T_BASE_EXCEPTION)) {
      typeError(`calling ${repr(v)} should have returned an instance of BaseException, not ${typeNameOf(e)}`);
    }
    return e;
  }
  if (!isSubtype(typeOf(v), T_BASE_EXCEPTION)) typeError(`${what} must derive from BaseException`);
  return v;
}


export function raiseVarargs(exc: Ref, cause: Ref, argc: number): never {
  if (argc === 0) {
    if (thread.handled === NULL) raise(Exc.RuntimeError, 'No active exception to reraise');
    throw new PyRaise(thread.handled);
  }
  const e = exceptionInstance(exc, 'exceptions');
  if (argc === 2) {
    if (cause === NONE) {
      setExcCause(e, NONE);
    } else {
      setExcCause(e, exceptionInstance(cause, 'exception causes'));
    }
    setExcSuppressContext(e, TRUE);
  }
  throw new PyRaise(e);
}

/** Sets __context__ of a newly raised exception to the one being handled, as CPython does
 *  when an exception is raised inside an except or finally block. */
export function chainContext(exc: Ref): void {
  const handled = thread.handled;
  if (handled === NULL || handled === exc || excContext(exc) !== NULL) return;
  let c = handled;
  // Avoid cycles: cut the chain where exc already appears.
  for (let guard = 0; c !== NULL && c !== NONE && guard < 1000; guard++) {
    const next = excContext(c);
    if (next === exc) { setExcContext(c, NULL); break; }
    c = next;
  }
  setExcContext(exc, handled);
}

export function exceptionMatches(exc: Ref, against: Ref): boolean {
  if ((against & 1) === 0 && heap.i32[against] === T_TUPLE) {
    const n = tupleLength(against);
    for (let i = 0; i < n; i++) checkCatchable(tupleItem(against, i));
    for (let i = 0; i < n; i++) if (isSubtype(typeOf(exc), tupleItem(against, i))) return true;
    return false;
  }
  checkCatchable(against);
  return isSubtype(typeOf(exc), against);
}

function checkCatchable(t: Ref): void {
  if (!isType(t) || !isSubtype(t, T_BASE_EXCEPTION)) {
    typeError('catching classes that do not inherit from BaseException is not allowed');
  }
}

/** BEFORE_WITH: replaces the manager at f[at] with its bound __exit__; returns __enter__(). */
/** BEFORE_WITH: replaces the context manager at f[at] by its bound __exit__ and returns its
 *  __enter__ (unbound), for the interpreter to call with the manager. */
export function prepareWith(f: Int32Array, at: number): Ref {
  const mgr = f[at];
  const t = typeOf(mgr);
  const enter = lookupType(t, N.__enter__);
  const exit = lookupType(t, N.__exit__);
  if (enter === NULL) typeError(`'${typeName(t)}' object does not support the context manager protocol`);
  if (exit === NULL) typeError(`'${typeName(t)}' object does not support the context manager protocol (missed __exit__ method)`);
  f[at] = bindExit(exit, mgr);
  return enter;
}

function bindExit(exit: Ref, mgr: Ref): Ref {
  return descrGet(exit, mgr, typeOf(mgr));
}

export function withExceptStart(exit: Ref, exc: Ref): Ref {
  const tb = excTraceback(exc);
  return callObject(exit, [typeOf(exc), exc, tb === NULL ? NONE : tb]);
}

// ---- imports ----

export function importName(frame: Frame, name: Ref, fromlist: Ref, level: Ref): Ref {
  return importModuleLevel(strValue(name), frame.globals, fromlist, level >> 1);
}

export function importFrom(module: Ref, name: Ref): Ref {
  return importFromModule(module, name);
}

export function importStar(frame: Frame, module: Ref): void {
  importStarInto(module, frame.locals === NULL ? frame.globals : frame.locals);
}

