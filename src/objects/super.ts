// super: attribute lookup that starts after a given class in the MRO of an object's type.
// `super()` without arguments takes the class from the calling function's `__class__` cell
// and the object from its first argument.

import { alloc } from '../../gc/alloc.js';
import { Kind, NULL, Ref, SuperL } from '../../gc/layout.js';
import { load, store } from '../../stm/barrier.js';
import { thread } from '../interpreter/threadstate.js';
import { checkAttrName, descrGet, genericGetAttr, raiseNoAttribute } from '../runtime/attributes.js';
import { defGetSet, defMethod, defStaticMethod } from '../runtime/native.js';
import { N } from '../runtime/names.js';
import { defineSlots } from '../runtime/slots.js';
import { cellGet } from './cell.js';
import { Exc, excOrNone as orNone, raise, typeError } from './exception.js';
import { kindOf, typeOf } from './object.js';
import { defRepr, identityCompare, identityHash } from './object_methods.js';
import { NONE, T_CELL, T_SUPER } from './statics.js';
import { isSubtype, isType, lookupAfter, typeBasicSize, typeName } from './typeobject.js';

const runtimeError = (message: string): never => raise(Exc.RuntimeError, message);

defStaticMethod(T_SUPER, {
  name: '__new__',
  varfn: (_, args) => {
    if (args.length === 0 || !isType(args[0]) || !isSubtype(args[0], T_SUPER)) typeError('super.__new__(X): X is not a subtype of super');
    return alloc(args[0], Math.max(typeBasicSize(args[0]), SuperL.SIZE));
  },
});

defMethod(T_SUPER, {
  name: '__init__',
  varfn: (self, args, kw) => {
    if (kw !== null && kw.names.length > 0) typeError('super() takes no keyword arguments');
    if (args.length > 2) typeError(`super() takes at most 2 arguments (${args.length} given)`);
    const [type, obj] = args.length === 0 ? callerClassAndSelf() : [args[0], args[1] ?? NONE];
    if (!isType(type)) typeError(`super() argument 1 must be a type, not ${typeName(typeOf(type))}`);
    store(self, SuperL.TYPE, type);
    if (obj !== NONE) {
      store(self, SuperL.OBJ, obj);
      store(self, SuperL.OBJTYPE, startType(type, obj));
    }
    return NONE;
  },
});

/** The type whose MRO is searched: obj itself when it is a subclass of type, else its type. */
function startType(type: Ref, obj: Ref): Ref {
  if (isType(obj) && isSubtype(obj, type)) return obj;
  if (isSubtype(typeOf(obj), type)) return typeOf(obj);
  return typeError('super(type, obj): obj must be an instance or subtype of type');
}

/** For super(): the calling function's `__class__` cell and its first argument. */
function callerClassAndSelf(): [Ref, Ref] {
  const frame = thread.frame;
  if (frame === null) return runtimeError('super(): no current frame');
  const code = frame.code;
  if (code.argcount === 0) runtimeError('super(): no arguments');
  const cellAt = code.cellvars.indexOf(code.varnames[0]);
  const first = cellAt >= 0 ? cellGet(frame.f[code.nlocals + cellAt]) : frame.f[0];
  if (first === NULL) runtimeError('super(): arg[0] deleted');
  const freeAt = code.freevars.indexOf('__class__');
  if (freeAt < 0) runtimeError('super(): __class__ cell not found');
  const cell = frame.f[code.nlocals + code.cellvars.length + freeAt];
  const cls = cell === NULL || typeOf(cell) !== T_CELL ? NULL : cellGet(cell);
  if (cls === NULL) runtimeError('super(): empty __class__ cell');
  if (!isType(cls)) runtimeError(`super(): __class__ is not a type (${typeName(typeOf(cls))})`);
  return [cls, first];
}

const superType = (s: Ref): Ref => load(s, SuperL.TYPE);
const superObj = (s: Ref): Ref => load(s, SuperL.OBJ);
const superObjType = (s: Ref): Ref => load(s, SuperL.OBJTYPE);

/** Attribute lookup: the MRO of the object's type after `type`, bound to the object; the
 *  super object's own attributes (__thisclass__, __class__, ...) otherwise. */
function superGetAttr(s: Ref, name: Ref): Ref {
  const start = superObjType(s);
  if (start !== NULL && name !== N.__class__) {
    const v = lookupAfter(start, superType(s), name);
    if (v !== NULL) {
      const obj = superObj(s);
      return descrGet(v, obj === start ? NULL : obj, start);
    }
  }
  return genericGetAttr(s, name);
}

function superRepr(s: Ref): string {
  const start = superObjType(s);
  const what = start === NULL ? 'NULL' : `<${typeName(start)} object>`;
  return `<super: <class '${typeName(superType(s))}'>, ${what}>`;
}

defineSlots(Kind.SUPER, { getattr: superGetAttr, repr: superRepr, hash: identityHash, compare: identityCompare });
defRepr(T_SUPER, superRepr);
defMethod(T_SUPER, {
  name: '__getattribute__',
  params: ['name'],
  fn: (s, name) => {
    const v = superGetAttr(s, name);
    return v !== NULL ? v : raiseNoAttribute(s, checkAttrName(name));
  },
});

defGetSet(T_SUPER, '__thisclass__', (s) => orNone(superType(s)));
defGetSet(T_SUPER, '__self__', (s) => orNone(superObj(s)));
defGetSet(T_SUPER, '__self_class__', (s) => orNone(superObjType(s)));
defMethod(T_SUPER, {
  name: '__get__',
  params: ['instance', 'owner'],
  required: 1,
  // An unbound super bound to an instance, as a class attribute would be.
  fn: (s, obj) => {
    if (obj === NONE || superObj(s) !== NULL || kindOf(s) !== Kind.SUPER) return s;
    const bound = alloc(typeOf(s), Math.max(typeBasicSize(typeOf(s)), SuperL.SIZE));
    store(bound, SuperL.TYPE, superType(s));
    store(bound, SuperL.OBJ, obj);
    store(bound, SuperL.OBJTYPE, startType(superType(s), obj));
    return bound;
  },
});
