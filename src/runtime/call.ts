// Calling any callable: Python functions (through the interpreter), natives, bound methods,
// method descriptors, types (instantiation) and objects with __call__.

import { heap } from '../../gc/heap.js';
import { BuiltinL, DescriptorL, Kind, MethodL, NULL, Ref, TypeFlags, TypeL } from '../../gc/layout.js';
import { load } from '../../stm/barrier.js';
import { Exc, raise, typeError } from '../objects/exception.js';
import { typeOf } from '../objects/object.js';
import { NONE, T_CLASSMETHOD_DESCRIPTOR, T_METHOD_DESCRIPTOR, T_TYPE } from '../objects/statics.js';
import { strValue } from '../objects/str.js';
import { isSubtype, lookupType, typeName } from '../objects/typeobject.js';
import { Kwargs, NativeFunction, natives } from './native.js';
import { N } from './names.js';
import { slotsOf } from './slots.js';
import { callFunction } from '../interpreter/eval.js';
import { descrGet } from './attributes.js';

const kindOfType = (t: Ref): number => heap.i32[t + TypeL.KIND];

/** callable(*args, **kw). */
export function callObject(callable: Ref, args: Ref[], kw: Kwargs | null = null): Ref {
  const t = typeOf(callable);
  switch (kindOfType(t)) {
    case Kind.FUNCTION:
      return callFunction(callable, args, kw);
    case Kind.BUILTIN:
      return callNative(natives[heap.i32[callable + BuiltinL.INDEX]], load(callable, BuiltinL.SELF), args, kw);
    case Kind.METHOD:
      return callObject(load(callable, MethodL.FUNC), [load(callable, MethodL.SELF), ...args], kw);
    case Kind.DESCRIPTOR:
      if (t === T_METHOD_DESCRIPTOR) return callUnboundMethod(callable, args, kw);
      if (t === T_CLASSMETHOD_DESCRIPTOR) return callUnboundMethod(callable, args, kw);
      break;
    case Kind.TYPE:
      if ((heap.i32[t + TypeL.FLAGS] & TypeFlags.OVERRIDES) === 0 || lookupType(t, N.__call__) === lookupType(T_TYPE, N.__call__)) {
        return callType(callable, args, kw);
      }
      break;
  }
  if ((heap.i32[t + TypeL.FLAGS] & TypeFlags.OVERRIDES) !== 0) {
    const d = lookupType(t, N.__call__);
    if (d !== NULL) return callBound(d, callable, args, kw);
  }
  const slot = slotsOf(kindOfType(t)).call;
  if (slot !== undefined) return slot(callable, args, kw);
  return typeError(`'${typeName(t)}' object is not callable`);
}

/** Calls an attribute found on a type as a method of `self`: functions and method descriptors
 *  are called with self prepended, without making a bound method; anything else is bound
 *  through its __get__ first. */
export function callBound(descr: Ref, self: Ref, args: Ref[], kw: Kwargs | null = null): Ref {
  const t = typeOf(descr);
  const kind = kindOfType(t);
  if (kind === Kind.FUNCTION) return callFunction(descr, [self, ...args], kw);
  if (t === T_METHOD_DESCRIPTOR) return callNative(natives[heap.i32[descr + DescriptorL.INDEX]], self, args, kw);
  return callObject(descrGet(descr, self, typeOf(self)), args, kw);
}

/** `str.upper('abc')`: the first argument is the receiver and must be of the owner type. */
function callUnboundMethod(descr: Ref, args: Ref[], kw: Kwargs | null): Ref {
  const native = natives[heap.i32[descr + DescriptorL.INDEX]];
  const owner = load(descr, DescriptorL.OWNER);
  if (typeOf(descr) === T_CLASSMETHOD_DESCRIPTOR) return callNative(native, owner, args, kw);
  if (args.length === 0) typeError(`unbound method ${native.qualname}() needs an argument`);
  const self = args[0];
  if (!isSubtype(typeOf(self), owner)) {
    typeError(`descriptor '${native.name}' for '${typeName(owner)}' objects doesn't apply to a '${typeName(typeOf(self))}' object`);
  }
  return callNative(native, self, args.slice(1), kw);
}

/** Calls a native with positional args and keywords, checking the count as CPython does. */
export function callNative(native: NativeFunction, self: Ref, args: Ref[], kw: Kwargs | null): Ref {
  if (native.var !== null) return native.var(self, args, kw && kw.names.length > 0 ? kw : null);
  const full = kw !== null && kw.names.length > 0 ? bindNativeKeywords(native, args, kw) : args;
  const n = full.length;
  const max = native.params.length;
  if (n < native.required || n > max) nativeArgCountError(native, n);
  const f = native.fixed!;
  switch (max) {
    case 0: return f(self);
    case 1: return f(self, full[0] ?? NULL);
    case 2: return f(self, full[0] ?? NULL, full[1] ?? NULL);
    case 3: return f(self, full[0] ?? NULL, full[1] ?? NULL, full[2] ?? NULL);
    default: {
      const padded = full.slice();
      while (padded.length < max) padded.push(NULL);
      return f(self, ...padded);
    }
  }
}

function bindNativeKeywords(native: NativeFunction, args: Ref[], kw: Kwargs): Ref[] {
  if (native.posonly) typeError(`${native.qualname}() takes no keyword arguments`);
  const total = args.length + kw.names.length;
  if (total > native.params.length) nativeArgCountError(native, total);
  const out = args.slice();
  for (let i = 0; i < kw.names.length; i++) {
    const at = native.params.indexOf(kw.names[i]);
    if (at < 0) typeError(`'${kw.names[i]}' is an invalid keyword argument for ${native.name}()`);
    if (at < args.length || (out[at] !== undefined && out[at] !== NULL)) {
      typeError(`argument for ${native.name}() given by name ('${kw.names[i]}') and position (${at + 1})`);
    }
    while (out.length < at) out.push(NULL);
    out[at] = kw.values[i];
  }
  for (let i = 0; i < native.required; i++) {
    if (out[i] === undefined || out[i] === NULL) {
      typeError(`${native.name}() missing required argument '${native.params[i]}' (pos ${i + 1})`);
    }
  }
  return out;
}

/** CPython's messages for a wrong number of arguments to a built-in: the qualified name
 *  for the one-argument and no-argument forms, the bare name otherwise. */
function nativeArgCountError(native: NativeFunction, n: number): never {
  const max = native.params.length;
  if (max === 0) typeError(`${native.qualname}() takes no arguments (${n} given)`);
  if (native.required === 1 && max === 1) typeError(`${native.qualname}() takes exactly one argument (${n} given)`);
  if (!native.posonly) {
    const bound = n > max ? `at most ${max}` : native.required === max ? `exactly ${max}` : `at least ${native.required}`;
    typeError(`${native.name}() takes ${bound} argument${(n > max ? max : native.required) === 1 ? '' : 's'} (${n} given)`);
  }
  const plural = (k: number) => (k === 1 ? '' : 's');
  if (native.required === max) typeError(`${native.name} expected ${max} argument${plural(max)}, got ${n}`);
  if (n < native.required) typeError(`${native.name} expected at least ${native.required} argument${plural(native.required)}, got ${n}`);
  return typeError(`${native.name} expected at most ${max} argument${plural(max)}, got ${n}`);
}

/** type(...)(args): __new__ then __init__ when the result is an instance of the type. */
export function callType(cls: Ref, args: Ref[], kw: Kwargs | null): Ref {
  if (cls === T_TYPE && args.length === 1 && (kw === null || kw.names.length === 0)) return typeOf(args[0]);
  const newFn = lookupType(cls, N.__new__);
  if (newFn === NULL) typeError(`cannot create '${typeName(cls)}' instances`);
  const obj = callObject(unwrapStatic(newFn), [cls, ...args], kw);
  if (!isSubtype(typeOf(obj), cls)) return obj;
  const init = lookupType(typeOf(obj), N.__init__);
  if (init !== NULL) {
    const r = callBound(init, obj, args, kw);
    if (r !== NONE) typeError(`__init__() should return None, not '${typeName(typeOf(r))}'`);
  }
  return obj;
}

let unwrapStatic: (r: Ref) => Ref = (r) => r;
/** Installed by the staticmethod type: __new__ is stored as a staticmethod in class dicts. */
export function setStaticUnwrapper(f: (r: Ref) => Ref): void { unwrapStatic = f; }

/** Parses keyword arguments passed to a varargs native against a list of allowed names. */
export function kwargsToRecord(fname: string, kw: Kwargs | null, allowed: readonly string[]): Record<string, Ref> {
  const out: Record<string, Ref> = Object.create(null);
  if (kw === null) return out;
  for (let i = 0; i < kw.names.length; i++) {
    const name = kw.names[i];
    if (!allowed.includes(name)) typeError(`${fname}() got an unexpected keyword argument '${name}'`);
    out[name] = kw.values[i];
  }
  return out;
}

export function builtinName(r: Ref): string {
  return strValue(load(r, BuiltinL.NAME));
}

export function recursionError(): never {
  return raise(Exc.RecursionError, 'maximum recursion depth exceeded');
}
