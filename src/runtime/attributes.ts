// Attribute access: getattr/setattr/delattr with CPython's descriptor rules.
//   1. a data descriptor on the type wins;
//   2. then the instance __dict__;
//   3. then a non-data descriptor or plain class attribute;
//   4. then __getattr__; else AttributeError.
// Types, modules and super objects add their own rules through the getattr slot.

import { alloc } from '../../gc/alloc.js';
import { heap } from '../../gc/heap.js';
import { BuiltinL, DescriptorL, HDR_INFO, infoSize, Kind, MethodL, NULL, PropertyL, Ref, TypeFlags, TypeL, WrapperL } from '../../gc/layout.js';
import { load, store } from '../../stm/barrier.js';
import { dictDelete, dictGetStr, dictSet, newDict } from '../objects/dict.js';
import { attributeError, Exc, typeError } from '../objects/exception.js';
import { typeOf } from '../objects/object.js';
import {
  NONE, T_BUILTIN, T_CLASSMETHOD_DESCRIPTOR, T_GETSET_DESCRIPTOR, T_MEMBER_DESCRIPTOR, T_METHOD, T_METHOD_DESCRIPTOR, T_STR,
} from '../objects/statics.js';
import { strValue } from '../objects/str.js';
import { isSubtype, lookupType, typeName } from '../objects/typeobject.js';
import { callBound, callNative, callObject } from './call.js';
import { PyRaise } from './errors.js';
import { natives } from './native.js';
import { N } from './names.js';
import { slotsOf } from './slots.js';

const flagsOf = (t: Ref): number => heap.i32[t + TypeL.FLAGS];
const kindOfType = (t: Ref): number => heap.i32[t + TypeL.KIND];

// ---- instance dicts ----

/** The word offset of obj's __dict__ slot, or 0 if its type gives instances none. */
export function dictOffset(obj: Ref): number {
  if ((obj & 1) === 1) return 0;
  const off = heap.i32[heap.i32[obj] + TypeL.DICTOFFSET];
  return off >= 0 ? off : infoSize(heap.i32[obj + HDR_INFO]) - 1;
}

/** obj.__dict__, made on first use when `create`; NULL if it has none. */
export function instanceDict(obj: Ref, create: boolean): Ref {
  const off = dictOffset(obj);
  if (off === 0) return NULL;
  let d = load(obj, off);
  if (d === NULL && create) {
    d = newDict();
    store(obj, off, d);
  }
  return d;
}

// ---- descriptors ----

/** True when `descr` is a data descriptor (it defines __set__ or __delete__). */
export function isDataDescriptor(descr: Ref): boolean {
  if ((descr & 1) === 1) return false;
  const t = typeOf(descr);
  const kind = kindOfType(t);
  if (kind === Kind.PROPERTY) return true;
  if (t === T_GETSET_DESCRIPTOR || t === T_MEMBER_DESCRIPTOR) return true;
  if ((flagsOf(t) & TypeFlags.OVERRIDES) !== 0) {
    return lookupType(t, N.__set__) !== NULL || lookupType(t, N.__delete__) !== NULL;
  }
  return slotsOf(kind).set !== undefined;
}

/** descr.__get__(obj, type); obj NULL means the lookup was on the class itself. */
export function descrGet(descr: Ref, obj: Ref, type: Ref): Ref {
  if ((descr & 1) === 1) return descr;
  const t = typeOf(descr);
  switch (kindOfType(t)) {
    case Kind.FUNCTION:
      return obj === NULL ? descr : newMethod(descr, obj);
    case Kind.CLASSMETHOD:
      return newMethod(load(descr, WrapperL.FUNC), type);
    case Kind.STATICMETHOD:
      return load(descr, WrapperL.FUNC);
    case Kind.PROPERTY:
      return obj === NULL ? descr : propertyGet(descr, obj);
    case Kind.DESCRIPTOR:
      return nativeDescrGet(descr, t, obj, type);
  }
  if ((flagsOf(t) & TypeFlags.OVERRIDES) !== 0) {
    const get = lookupType(t, N.__get__);
    if (get !== NULL) return callBound(get, descr, [obj === NULL ? NONE : obj, type]);
    return descr;
  }
  const slot = slotsOf(kindOfType(t)).get;
  return slot === undefined ? descr : slot(descr, obj, type);
}

function nativeDescrGet(descr: Ref, t: Ref, obj: Ref, type: Ref): Ref {
  if (t === T_CLASSMETHOD_DESCRIPTOR) return bindNative(descr, type);
  if (obj === NULL) return descr;
  if (t === T_METHOD_DESCRIPTOR) return bindNative(descr, obj);
  if (t === T_GETSET_DESCRIPTOR) return callNative(natives[heap.i32[descr + DescriptorL.INDEX]], obj, [], null);
  if (t === T_MEMBER_DESCRIPTOR) {
    const v = load(obj, heap.i32[descr + DescriptorL.INDEX]);
    if (v === NULL) attributeError(`'${typeName(typeOf(obj))}' object has no attribute '${strValue(load(descr, DescriptorL.NAME))}'`);
    return v;
  }
  return descr;
}

/** A built-in method bound to `self` (what `[].append` evaluates to). */
function bindNative(descr: Ref, self: Ref): Ref {
  const b = alloc(T_BUILTIN, BuiltinL.SIZE);
  heap.i32[b + BuiltinL.INDEX] = heap.i32[descr + DescriptorL.INDEX];
  store(b, BuiltinL.SELF, self);
  store(b, BuiltinL.NAME, load(descr, DescriptorL.NAME));
  store(b, BuiltinL.OWNER, load(descr, DescriptorL.OWNER));
  return b;
}

export function newMethod(func: Ref, self: Ref): Ref {
  const m = alloc(T_METHOD, MethodL.SIZE);
  store(m, MethodL.FUNC, func);
  store(m, MethodL.SELF, self);
  return m;
}

function propertyGet(prop: Ref, obj: Ref): Ref {
  const fget = load(prop, PropertyL.FGET);
  if (fget === NULL || fget === NONE) attributeError(`property ${propertyName(prop)}of '${typeName(typeOf(obj))}' object has no getter`);
  return callObject(fget, [obj]);
}

function propertyName(prop: Ref): string {
  const n = load(prop, PropertyL.NAME);
  return n === NULL ? '' : `'${strValue(n)}' `;
}

/** descr.__set__(obj, value), or __delete__ when value is NULL. */
export function descrSet(descr: Ref, obj: Ref, value: Ref): void {
  const t = typeOf(descr);
  if (kindOfType(t) === Kind.PROPERTY) {
    const f = load(descr, value === NULL ? PropertyL.FDEL : PropertyL.FSET);
    if (f === NULL || f === NONE) {
      attributeError(`property ${propertyName(descr)}of '${typeName(typeOf(obj))}' object has no ${value === NULL ? 'deleter' : 'setter'}`);
    }
    callObject(f, value === NULL ? [obj] : [obj, value]);
    return;
  }
  if (t === T_MEMBER_DESCRIPTOR) {
    const off = heap.i32[descr + DescriptorL.INDEX];
    if (value === NULL && load(obj, off) === NULL) attributeError(strValue(load(descr, DescriptorL.NAME)));
    store(obj, off, value);
    return;
  }
  if (t === T_GETSET_DESCRIPTOR) {
    const setter = heap.i32[descr + DescriptorL.SETTER];
    if (setter === 0) {
      attributeError(`attribute '${strValue(load(descr, DescriptorL.NAME))}' of '${typeName(load(descr, DescriptorL.OWNER))}' objects is not writable`);
    }
    callNative(natives[setter], obj, [value], null);
    return;
  }
  if ((flagsOf(t) & TypeFlags.OVERRIDES) !== 0) {
    const f = lookupType(t, value === NULL ? N.__delete__ : N.__set__);
    if (f !== NULL) { callBound(f, descr, value === NULL ? [obj] : [obj, value]); return; }
  }
  const slot = slotsOf(kindOfType(t)).set;
  if (slot !== undefined) { slot(descr, obj, value); return; }
  attributeError(`__set__`);
}

// ---- getattr ----

/** getattr(obj, name) for an interned str name; raises AttributeError. */
export function getAttr(obj: Ref, name: Ref): Ref {
  const t = typeOf(obj);
  const flags = flagsOf(t);
  const v = (flags & (TypeFlags.HAS_GETATTRIBUTE | TypeFlags.HAS_GETATTR)) !== 0
    ? getAttrHooked(obj, name, t, flags) : getAttrPlain(obj, name, t);
  if (v === NULL) raiseNoAttribute(obj, name);
  return v;
}

/** getattr(obj, name) or NULL when the attribute does not exist (AttributeError). */
export function getAttrOrNull(obj: Ref, name: Ref): Ref {
  const t = typeOf(obj);
  const flags = flagsOf(t);
  if ((flags & (TypeFlags.HAS_GETATTRIBUTE | TypeFlags.HAS_GETATTR)) === 0) return getAttrPlain(obj, name, t);
  try {
    return getAttrHooked(obj, name, t, flags);
  } catch (e) {
    if (e instanceof PyRaise && isSubtype(typeOf(e.exc), Exc.AttributeError)) return NULL;
    throw e;
  }
}

function getAttrPlain(obj: Ref, name: Ref, t: Ref): Ref {
  const slot = slotsOf(kindOfType(t)).getattr;
  return slot !== undefined ? slot(obj, name) : genericGetAttr(obj, name);
}

/** With __getattribute__ or __getattr__ in Python: their AttributeErrors propagate, except
 *  that __getattr__ is tried after a failed lookup. */
function getAttrHooked(obj: Ref, name: Ref, t: Ref, flags: number): Ref {
  const hasGetattr = (flags & TypeFlags.HAS_GETATTR) !== 0;
  let v: Ref = NULL;
  try {
    v = (flags & TypeFlags.HAS_GETATTRIBUTE) !== 0
      ? callBound(lookupType(t, N.__getattribute__), obj, [name]) : getAttrPlain(obj, name, t);
  } catch (e) {
    if (!hasGetattr || !(e instanceof PyRaise) || !isSubtype(typeOf(e.exc), Exc.AttributeError)) throw e;
  }
  if (v !== NULL || !hasGetattr) return v;
  return callBound(lookupType(t, N.__getattr__), obj, [name]);
}

/** object.__getattribute__ without raising: NULL when absent. */
export function genericGetAttr(obj: Ref, name: Ref): Ref {
  const t = typeOf(obj);
  const descr = lookupType(t, name);
  if (descr !== NULL && isDataDescriptor(descr)) return descrGet(descr, obj, t);
  const d = instanceDict(obj, false);
  if (d !== NULL) {
    const v = dictGetStr(d, name);
    if (v !== NULL) return v;
  }
  if (descr !== NULL) return descrGet(descr, obj, t);
  return NULL;
}

export function raiseNoAttribute(obj: Ref, name: Ref): never {
  const t = typeOf(obj);
  const kind = kindOfType(t);
  const attr = strValue(name);
  if (kind === Kind.TYPE) attributeError(`type object '${typeName(obj)}' has no attribute '${attr}'`);
  if (kind === Kind.MODULE) {
    const modName = dictGetStr(load(obj, 2), N.__name__);
    if (modName !== NULL && typeOf(modName) === T_STR) attributeError(`module '${strValue(modName)}' has no attribute '${attr}'`);
    attributeError(`module has no attribute '${attr}'`);
  }
  return attributeError(`'${typeName(t)}' object has no attribute '${attr}'`);
}

// ---- setattr / delattr ----

/** setattr(obj, name, value); value NULL deletes. */
export function setAttr(obj: Ref, name: Ref, value: Ref): void {
  const t = typeOf(obj);
  if ((flagsOf(t) & TypeFlags.HAS_SETATTR) !== 0) {
    const f = lookupType(t, value === NULL ? N.__delattr__ : N.__setattr__);
    if (f !== NULL) { callBound(f, obj, value === NULL ? [name] : [name, value]); return; }
  }
  const slot = slotsOf(kindOfType(t)).setattr;
  if (slot !== undefined) { slot(obj, name, value); return; }
  genericSetAttr(obj, name, value);
}

/** object.__setattr__ / object.__delattr__ (value NULL). */
export function genericSetAttr(obj: Ref, name: Ref, value: Ref): void {
  const t = typeOf(obj);
  const descr = lookupType(t, name);
  if (descr !== NULL && isDataDescriptor(descr)) { descrSet(descr, obj, value); return; }
  const d = instanceDict(obj, value !== NULL);
  if (d === NULL) {
    if (value === NULL && dictOffset(obj) !== 0) raiseNoAttribute(obj, name);
    if (descr !== NULL) attributeError(`'${typeName(t)}' object attribute '${strValue(name)}' is read-only`);
    attributeError(`'${typeName(t)}' object has no attribute '${strValue(name)}'`);
  }
  if (value === NULL) {
    if (dictDelete(d, name) === NULL) raiseNoAttribute(obj, name);
    return;
  }
  dictSet(d, name, value);
}

/** Whether a value may be used as an attribute name. */
export function checkAttrName(name: Ref): Ref {
  if (!isSubtype(typeOf(name), T_STR)) typeError(`attribute name must be string, not '${typeName(typeOf(name))}'`);
  return name;
}
