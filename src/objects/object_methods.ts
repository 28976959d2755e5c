// The methods of `object` itself: construction with CPython's excess-argument rules, the
// identity-based repr/hash/comparison every object starts with, generic attribute access,
// __class__ and __dict__. Also the identity slots other object files reuse.

import { alloc } from '../../gc/alloc.js';
import { DescriptorL, HDR_TYPE, Kind, NULL, Ref, TypeFlags, TypeL } from '../../gc/layout.js';
import { load, store } from '../../stm/barrier.js';
import { CompareOp } from '../compiler/opcodes.js';
import { bool, compareOne, defaultRepr, isTrue, iterToArray, repr, str } from '../runtime/abstract.js';
import { checkAttrName, descrGet, dictOffset, genericGetAttr, genericSetAttr, instanceDict, raiseNoAttribute } from '../runtime/attributes.js';
import { defClassMethod, defGetSet, defMethod, defStaticMethod, Kwargs } from '../runtime/native.js';
import { N } from '../runtime/names.js';
import { defineSlots } from '../runtime/slots.js';
import { dictForEach } from './dict.js';
import { attributeError, typeError } from './exception.js';
import { newInt } from './int.js';
import { newList } from './list.js';
import { typeOf } from './object.js';
import { NONE, NOT_IMPLEMENTED, T_DICT, T_OBJECT, T_STR } from './statics.js';
import { newStr, strCompare, strValue } from './str.js';
import { tupleItems } from './tuple.js';
import {
  isSubtype, isType, lookupType, typeBasicSize, typeDict, typeDictOffset, typeFlags, typeKind, typeMro, typeName,
} from './typeobject.js';

// ---- identity: shared by every type without a value-based hash or equality ----

/** hash(obj) for identity-hashed objects: id(obj) >> 4 as CPython, id as addressOf gives it. */
export function identityHashValue(r: Ref): number {
  return Math.floor((r * 4 + 0x7f0000000000) / 16);
}

/** The hash slot of identity-hashed objects (CPython's hash reduced to int32). */
export function identityHash(r: Ref): number {
  return identityHashValue(r) | 0;
}

/** The compare slot of objects equal only to themselves. */
export function identityCompare(self: Ref, other: Ref, op: number): Ref {
  if (self !== other) return NOT_IMPLEMENTED;
  if (op === CompareOp.EQ) return bool(true);
  if (op === CompareOp.NE) return bool(false);
  return NOT_IMPLEMENTED;
}

defineSlots(Kind.OBJECT, { repr: defaultRepr, hash: identityHash, compare: identityCompare });

// ---- helpers for the Python-visible methods of built-in types ----

/** A `__repr__` method for a type whose repr slot is `f`. */
export function defRepr(type: Ref, f: (self: Ref) => string): void {
  defMethod(type, { name: '__repr__', fn: (self) => newStr(f(self)) });
}

/** `__get__(instance, owner=None)` of a descriptor type, through attributes.descrGet. */
export function defGet(type: Ref): void {
  defMethod(type, {
    name: '__get__',
    params: ['instance', 'owner'],
    required: 1,
    fn: (self, obj, owner) => {
      if (obj === NONE && (owner === NULL || owner === NONE)) typeError('__get__(None, None) is invalid');
      const v = descrGet(self, obj === NONE ? NULL : obj, owner === NULL || owner === NONE ? typeOf(obj) : owner);
      // A getter answering NULL means the object lacks the attribute (see __dict__ below).
      return v !== NULL ? v : raiseNoAttribute(obj, load(self, DescriptorL.NAME));
    },
  });
}

// ---- construction ----

/** Excess arguments to object.__new__/__init__ are allowed only when the other one is
 *  overridden; these say which is. */
const overridesNew = (cls: Ref): boolean => lookupType(cls, N.__new__) !== lookupType(T_OBJECT, N.__new__);
const overridesInit = (cls: Ref): boolean => lookupType(cls, N.__init__) !== lookupType(T_OBJECT, N.__init__);
const hasArgs = (args: number, kw: Kwargs | null): boolean => args > 0 || (kw !== null && kw.names.length > 0);

function checkNotAbstract(cls: Ref): void {
  if ((typeFlags(cls) & TypeFlags.ABSTRACT) === 0) return;
  const am = lookupType(cls, N.__abstractmethods__);
  const names = am === NULL ? [] : iterToArray(am).sort(strCompare).map(strValue);
  typeError(`Can't instantiate abstract class ${typeName(cls)} with abstract method${names.length === 1 ? '' : 's'} ${names.join(', ')}`);
}

defStaticMethod(T_OBJECT, {
  name: '__new__',
  varfn: (_, args, kw) => {
    if (args.length === 0) typeError('object.__new__(): not enough arguments');
    const cls = args[0];
    if (!isType(cls)) typeError(`object.__new__(X): X is not a type object (${typeName(typeOf(cls))})`);
    if (hasArgs(args.length - 1, kw)) {
      if (overridesNew(cls)) typeError('object.__new__() takes exactly one argument (the type to instantiate)');
      if (!overridesInit(cls)) typeError(`${typeName(cls)}() takes no arguments`);
    }
    if (typeKind(cls) !== Kind.OBJECT) typeError(`object.__new__(${typeName(cls)}) is not safe, use ${baseName(cls)}.__new__()`);
    checkNotAbstract(cls);
    return alloc(cls, typeBasicSize(cls));
  },
});

/** The built-in type whose layout `cls` extends (for the "not safe" message). */
function baseName(cls: Ref): string {
  for (const t of tupleItems(typeMro(cls))) if ((typeFlags(t) & TypeFlags.HEAPTYPE) === 0) return typeName(t);
  return typeName(cls);
}

defMethod(T_OBJECT, {
  name: '__init__',
  varfn: (self, args, kw) => {
    if (hasArgs(args.length, kw)) {
      const cls = typeOf(self);
      if (overridesInit(cls)) typeError('object.__init__() takes exactly one argument (the instance to initialize)');
      if (!overridesNew(cls)) typeError(`${typeName(cls)}() takes no arguments`);
    }
    return NONE;
  },
});

defClassMethod(T_OBJECT, {
  name: '__init_subclass__',
  varfn: (cls, _args, kw) => {
    if (kw !== null && kw.names.length > 0) typeError(`${typeName(cls)}.__init_subclass__() takes no keyword arguments`);
    if (_args.length > 0) typeError(`${typeName(cls)}.__init_subclass__() takes no arguments (${_args.length} given)`);
    return NONE;
  },
});

// ---- repr, str, hash, comparison, format ----

defRepr(T_OBJECT, defaultRepr);
defMethod(T_OBJECT, { name: '__str__', fn: (self) => newStr(repr(self)) });
defMethod(T_OBJECT, { name: '__hash__', fn: (self) => newInt(identityHashValue(self)) });

defMethod(T_OBJECT, { name: '__eq__', params: ['other'], fn: (self, other) => (self === other ? bool(true) : NOT_IMPLEMENTED) });
defMethod(T_OBJECT, {
  name: '__ne__',
  params: ['other'],
  // The inverse of whatever __eq__ the object's class has.
  fn: (self, other) => {
    const eq = compareOne(self, other, CompareOp.EQ);
    return eq === NOT_IMPLEMENTED ? eq : bool(!isTrue(eq));
  },
});
for (const name of ['__lt__', '__le__', '__gt__', '__ge__']) {
  defMethod(T_OBJECT, { name, params: ['other'], fn: () => NOT_IMPLEMENTED });
}

defMethod(T_OBJECT, {
  name: '__format__',
  params: ['format_spec'],
  fn: (self, spec) => {
    if (!isSubtype(typeOf(spec), T_STR)) typeError(`__format__() argument must be str, not ${typeName(typeOf(spec))}`);
    if (strValue(spec) !== '') typeError(`unsupported format string passed to ${typeName(typeOf(self))}.__format__`);
    return newStr(str(self));
  },
});

// ---- attributes ----

defMethod(T_OBJECT, {
  name: '__getattribute__',
  params: ['name'],
  fn: (self, name) => {
    checkAttrName(name);
    const v = genericGetAttr(self, name);
    if (v === NULL) raiseNoAttribute(self, name);
    return v;
  },
});
defMethod(T_OBJECT, {
  name: '__setattr__',
  params: ['name', 'value'],
  fn: (self, name, value) => { genericSetAttr(self, checkAttrName(name), value); return NONE; },
});
defMethod(T_OBJECT, {
  name: '__delattr__',
  params: ['name'],
  fn: (self, name) => { genericSetAttr(self, checkAttrName(name), NULL); return NONE; },
});

defMethod(T_OBJECT, {
  name: '__dir__',
  fn: (self) => {
    const names = new Set<Ref>();
    const add = (k: Ref) => { if (isSubtype(typeOf(k), T_STR)) names.add(k); };
    const d = instanceDict(self, false);
    if (d !== NULL) dictForEach(d, (k) => { add(k); });
    for (const t of tupleItems(typeMro(typeOf(self)))) dictForEach(typeDict(t), (k) => { add(k); });
    return newList([...names].sort(strCompare));
  },
});

defGetSet(T_OBJECT, '__class__', (self) => typeOf(self), (self, cls) => {
  if (cls === NULL) typeError("can't delete __class__ attribute");
  setClass(self, cls);
  return NONE;
});

/** obj.__class__ = cls: only between heap types whose instances have the same layout. */
function setClass(self: Ref, cls: Ref): void {
  if (!isType(cls)) typeError(`__class__ must be set to a class, not '${typeName(typeOf(cls))}' object`);
  const old = typeOf(self);
  if ((typeFlags(cls) & TypeFlags.HEAPTYPE) === 0 || (typeFlags(old) & TypeFlags.HEAPTYPE) === 0 || (self & 1) === 1) {
    typeError('__class__ assignment only supported for mutable types or ModuleType subclasses');
  }
  const sameLayout = typeKind(cls) === typeKind(old) && typeBasicSize(cls) === typeBasicSize(old)
    && typeDictOffset(cls) === typeDictOffset(old) && sameSlots(cls, old);
  if (!sameLayout) typeError(`__class__ assignment: '${typeName(cls)}' object layout differs from '${typeName(old)}'`);
  store(self, HDR_TYPE, cls);
}

/** Whether two classes declare the same __slots__ along their MROs. */
function sameSlots(a: Ref, b: Ref): boolean {
  const slotsOf = (t: Ref) => tupleItems(typeMro(t)).map((k) => load(k, TypeL.SLOTS)).filter((s) => s !== NULL)
    .flatMap((s) => tupleItems(s).map(strValue)).join(',');
  return slotsOf(a) === slotsOf(b);
}

// An object without a __dict__ lacks the attribute: the getter answers NULL, which attribute
// lookup treats as absent (so hasattr(obj, '__dict__') is False, as in CPython where such
// types have no __dict__ descriptor at all).
defGetSet(T_OBJECT, '__dict__', (self) => instanceDict(self, true), (self, d) => {
  const off = dictOffset(self);
  if (off === 0) attributeError(`'${typeName(typeOf(self))}' object has no attribute '__dict__'`);
  if (d === NULL) typeError('cannot delete __dict__');
  if (!isSubtype(typeOf(d), T_DICT)) typeError(`__dict__ must be set to a dictionary, not a '${typeName(typeOf(d))}'`);
  store(self, off, d);
  return NONE;
});
