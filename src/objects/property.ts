// property, staticmethod and classmethod: construction and what Python sees of them. Their
// descriptor behaviour (binding on attribute access) is in runtime/attributes.ts (descrGet,
// descrSet), which these methods reuse.

import { alloc } from '../../gc/alloc.js';
import { Kind, NULL, PropertyL, Ref, WrapperL } from '../../gc/layout.js';
import { load, store } from '../../stm/barrier.js';
import { addressOf, bool, isTrue, repr } from '../runtime/abstract.js';
import { descrSet, getAttrOrNull, instanceDict } from '../runtime/attributes.js';
import { callObject, setStaticUnwrapper } from '../runtime/call.js';
import { intern } from '../runtime/intern.js';
import { defGetSet, defMethod, defStaticMethod, Kwargs } from '../runtime/native.js';
import { N } from '../runtime/names.js';
import { defineSlots } from '../runtime/slots.js';
import { dictSet } from './dict.js';
import { excOrNone as orNone, typeError } from './exception.js';
import { kindOf, typeOf } from './object.js';
import { defGet, defRepr, identityCompare, identityHash } from './object_methods.js';
import { NONE, T_CLASSMETHOD, T_PROPERTY, T_STATICMETHOD } from './statics.js';
import { isSubtype, isType, typeBasicSize, typeName } from './typeobject.js';


/** Allocates an instance of `cls` (the built-in type or a subclass) at least `words` long. */
function allocOf(cls: Ref, base: Ref, words: number): Ref {
  if (!isType(cls) || !isSubtype(cls, base)) typeError(`${typeName(base)}.__new__(X): X is not a subtype of ${typeName(base)}`);
  return alloc(cls, Math.max(typeBasicSize(cls), words));
}

/** Positional and keyword arguments of a constructor matched to `names`, CPython-style. */
function parseArgs(fname: string, names: readonly string[], args: Ref[], kw: Kwargs | null): Ref[] {
  if (args.length > names.length) typeError(`${fname}() takes at most ${names.length} arguments (${args.length} given)`);
  const out = names.map((_, i) => (i < args.length ? args[i] : NULL));
  if (kw !== null) {
    kw.names.forEach((n, i) => {
      const at = names.indexOf(n);
      if (at < 0) typeError(`'${n}' is an invalid keyword argument for ${fname}()`);
      if (at < args.length) typeError(`argument for ${fname}() given by name ('${n}') and position (${at + 1})`);
      out[at] = kw.values[i];
    });
  }
  return out;
}

/** True when `f` says it is abstract (abc.abstractmethod sets __isabstractmethod__). */
function isAbstract(f: Ref): boolean {
  if (f === NULL || f === NONE) return false;
  const v = getAttrOrNull(f, intern('__isabstractmethod__'));
  return v !== NULL && isTrue(v);
}

// ---- property ----

const PROPERTY_ARGS = ['fget', 'fset', 'fdel', 'doc'] as const;

/** __doc__: the one given, else the getter's. DOC stays NULL when none was given, which is
 *  also what getter()/setter()/deleter() look at to take the new getter's doc. */
function propertyDoc(p: Ref): Ref {
  const doc = load(p, PropertyL.DOC);
  if (doc !== NULL) return doc;
  const fget = load(p, PropertyL.FGET);
  if (fget === NULL || fget === NONE) return NONE;
  return orNone(getAttrOrNull(fget, N.__doc__));
}

function initProperty(p: Ref, fget: Ref, fset: Ref, fdel: Ref, doc: Ref): void {
  store(p, PropertyL.FGET, orNone(fget));
  store(p, PropertyL.FSET, orNone(fset));
  store(p, PropertyL.FDEL, orNone(fdel));
  store(p, PropertyL.DOC, doc === NONE ? NULL : doc);
}

defStaticMethod(T_PROPERTY, {
  name: '__new__',
  varfn: (_, args) => {
    if (args.length === 0) typeError('property.__new__(): not enough arguments');
    const p = allocOf(args[0], T_PROPERTY, PropertyL.SIZE);
    initProperty(p, NONE, NONE, NONE, NULL);
    return p;
  },
});

defMethod(T_PROPERTY, {
  name: '__init__',
  varfn: (p, args, kw) => {
    const [fget, fset, fdel, doc] = parseArgs('property', PROPERTY_ARGS, args, kw);
    initProperty(p, fget, fset, fdel, doc);
    return NONE;
  },
});

/** getter/setter/deleter: a copy of the property (of its own class) with one function replaced. */
function replaced(p: Ref, word: number, f: Ref): Ref {
  const parts = [PropertyL.FGET, PropertyL.FSET, PropertyL.FDEL].map((w) => (w === word ? f : load(p, w)));
  const doc = orNone(load(p, PropertyL.DOC));
  const copy = callObject(typeOf(p), [...parts, doc]);
  const name = load(p, PropertyL.NAME);
  if (name !== NULL && kindOf(copy) === Kind.PROPERTY) store(copy, PropertyL.NAME, name);
  return copy;
}

defMethod(T_PROPERTY, { name: 'getter', params: ['fget'], fn: (p, f) => replaced(p, PropertyL.FGET, f) });
defMethod(T_PROPERTY, { name: 'setter', params: ['fset'], fn: (p, f) => replaced(p, PropertyL.FSET, f) });
defMethod(T_PROPERTY, { name: 'deleter', params: ['fdel'], fn: (p, f) => replaced(p, PropertyL.FDEL, f) });

defGetSet(T_PROPERTY, 'fget', (p) => orNone(load(p, PropertyL.FGET)));
defGetSet(T_PROPERTY, 'fset', (p) => orNone(load(p, PropertyL.FSET)));
defGetSet(T_PROPERTY, 'fdel', (p) => orNone(load(p, PropertyL.FDEL)));
defGetSet(T_PROPERTY, '__doc__', propertyDoc, (p, v) => {
  store(p, PropertyL.DOC, v === NULL || v === NONE ? NULL : v);
  return NONE;
});
defGetSet(T_PROPERTY, '__isabstractmethod__', (p) =>
  bool(isAbstract(load(p, PropertyL.FGET)) || isAbstract(load(p, PropertyL.FSET)) || isAbstract(load(p, PropertyL.FDEL))));

defMethod(T_PROPERTY, {
  name: '__set_name__',
  params: ['owner', 'name'],
  fn: (p, _owner, name) => { store(p, PropertyL.NAME, name); return NONE; },
});
defGet(T_PROPERTY);
defMethod(T_PROPERTY, { name: '__set__', params: ['instance', 'value'], fn: (p, obj, v) => { descrSet(p, obj, v); return NONE; } });
defMethod(T_PROPERTY, { name: '__delete__', params: ['instance'], fn: (p, obj) => { descrSet(p, obj, NULL); return NONE; } });

defineSlots(Kind.PROPERTY, { hash: identityHash, compare: identityCompare });

// ---- staticmethod and classmethod ----

/** Attributes a wrapper copies from its function, as functools.wraps would (3.10+). */
const WRAPPED_ATTRS = ['__module__', '__name__', '__qualname__', '__doc__'];

function defWrapper(type: Ref, kind: number, name: string): void {
  defStaticMethod(type, {
    name: '__new__',
    varfn: (_, args) => {
      if (args.length === 0) typeError(`${name}.__new__(): not enough arguments`);
      return allocOf(args[0], type, WrapperL.SIZE);
    },
  });
  defMethod(type, {
    name: '__init__',
    varfn: (w, args, kw) => {
      if (kw !== null && kw.names.length > 0) typeError(`${name}() takes no keyword arguments`);
      if (args.length !== 1) typeError(`${name} expected 1 argument, got ${args.length}`);
      initWrapper(w, args[0]);
      return NONE;
    },
  });
  defGetSet(type, '__func__', (w) => orNone(load(w, WrapperL.FUNC)));
  defGetSet(type, '__wrapped__', (w) => orNone(load(w, WrapperL.FUNC)));
  defGetSet(type, '__isabstractmethod__', (w) => bool(isAbstract(load(w, WrapperL.FUNC))));
  defGet(type);
  defRepr(type, wrapperRepr);
  defineSlots(kind, { repr: wrapperRepr, hash: identityHash, compare: identityCompare });
}

function initWrapper(w: Ref, f: Ref): void {
  store(w, WrapperL.FUNC, f);
  const d = instanceDict(w, true);
  if (d === NULL) return;
  for (const attr of WRAPPED_ATTRS) {
    const v = getAttrOrNull(f, intern(attr));
    if (v !== NULL) dictSet(d, intern(attr), v);
  }
}

function wrapperRepr(w: Ref): string {
  const kind = kindOf(w) === Kind.STATICMETHOD ? 'staticmethod' : 'classmethod';
  const f = load(w, WrapperL.FUNC);
  return f === NULL ? `<${kind} object at ${addressOf(w)}>` : `<${kind}(${repr(f)})>`;
}

defWrapper(T_STATICMETHOD, Kind.STATICMETHOD, 'staticmethod');
defWrapper(T_CLASSMETHOD, Kind.CLASSMETHOD, 'classmethod');

// Static methods are callable since 3.10; class methods are not.
defineSlots(Kind.STATICMETHOD, { call: (w, args, kw) => callObject(load(w, WrapperL.FUNC), args, kw) });
defMethod(T_STATICMETHOD, { name: '__call__', varfn: (w, args, kw) => callObject(load(w, WrapperL.FUNC), args, kw) });

// type.__call__ finds __new__ stored as a staticmethod in class dicts: call its function.
setStaticUnwrapper((r) => ((r & 1) === 0 && r !== NULL && kindOf(r) === Kind.STATICMETHOD ? load(r, WrapperL.FUNC) : r));
