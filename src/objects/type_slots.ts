// How type objects and modules behave as objects: attribute lookup on a class (its MRO, then
// its metaclass), setting class attributes, reprs. (typeobject.ts has the type machinery.)

import { Kind, NULL, Ref, TypeFlags, TypeL } from '../../gc/layout.js';
import { load } from '../../stm/barrier.js';
import { descrGet, descrSet, genericGetAttr, genericSetAttr, isDataDescriptor } from '../runtime/attributes.js';
import { callObject } from '../runtime/call.js';
import { bool } from '../runtime/abstract.js';
import { N } from '../runtime/names.js';
import { defineSlots } from '../runtime/slots.js';
import { computeFlags } from './classes.js';
import { dictDelete, dictForEach, dictGetStr, dictSet } from './dict.js';
import { newList } from './list.js';
import { defMethod } from '../runtime/native.js';
import { attributeError, typeError, Exc } from './exception.js';
import { moduleDict } from './module.js';
import { typeOf } from './object.js';
import { NOT_IMPLEMENTED, T_MODULE, T_STR } from './statics.js';
import { strValue } from './str.js';
import { lookupType, typeDict, typeFlags, typeModified, typeName } from './typeobject.js';
import { CompareOp } from '../compiler/opcodes.js';
import { PyRaise } from '../runtime/errors.js';
import { isSubtype } from './typeobject.js';

/** type.__getattribute__ without raising: NULL when absent. */
defMethod(T_MODULE, {
  name: '__dir__',
  fn: (m) => {
    const names: Ref[] = [];
    dictForEach(moduleDict(m), (k) => { names.push(k); });
    return newList(names);
  },
});

export function typeGetAttr(t: Ref, name: Ref): Ref {
  const meta = typeOf(t);
  const metaAttr = lookupType(meta, name);
  if (metaAttr !== NULL && isDataDescriptor(metaAttr)) return descrGet(metaAttr, t, meta);
  const attr = lookupType(t, name);
  if (attr !== NULL) return descrGet(attr, NULL, t);
  if (metaAttr !== NULL) return descrGet(metaAttr, t, meta);
  return NULL;
}

function typeSetAttr(t: Ref, name: Ref, value: Ref): void {
  const meta = typeOf(t);
  const metaAttr = lookupType(meta, name);
  if (metaAttr !== NULL && isDataDescriptor(metaAttr)) { descrSet(metaAttr, t, value); return; }
  if ((typeFlags(t) & TypeFlags.HEAPTYPE) === 0) {
    typeError(`cannot set '${strValue(name)}' attribute of immutable type '${typeName(t)}'`);
  }
  if (value === NULL) {
    if (dictDelete(typeDict(t), name) === NULL) attributeError(`type object '${typeName(t)}' has no attribute '${strValue(name)}'`);
  } else {
    dictSet(typeDict(t), name, value);
  }
  typeModified();
  computeFlags(t);
}

function typeRepr(t: Ref): string {
  const mod = dictGetStr(typeDict(t), N.__module__);
  const builtinModule = load(t, TypeL.MODULE);
  const modName = mod !== NULL && typeOf(mod) === T_STR ? strValue(mod)
    : builtinModule !== NULL ? strValue(builtinModule) : 'builtins';
  const q = load(t, TypeL.QUALNAME);
  const qual = q === NULL ? typeName(t) : strValue(q);
  return modName === 'builtins' ? `<class '${qual}'>` : `<class '${modName}.${qual}'>`;
}

defineSlots(Kind.TYPE, {
  getattr: typeGetAttr,
  setattr: typeSetAttr,
  repr: typeRepr,
  hash: (t) => t >> 1,
  compare: (a, b, op) => (op === CompareOp.EQ ? bool(a === b) : op === CompareOp.NE ? bool(a !== b) : NOT_IMPLEMENTED),
});

/** Modules: their dict, then a module-level __getattr__ (PEP 562). */
function moduleGetAttr(m: Ref, name: Ref): Ref {
  const v = genericGetAttr(m, name);
  if (v !== NULL) return v;
  const hook = dictGetStr(moduleDict(m), N.__getattr__);
  if (hook === NULL) return NULL;
  try {
    return callObject(hook, [name]);
  } catch (e) {
    if (e instanceof PyRaise && isSubtype(typeOf(e.exc), Exc.AttributeError)) return NULL;
    throw e;
  }
}

function moduleRepr(m: Ref): string {
  const d = moduleDict(m);
  const name = dictGetStr(d, N.__name__);
  const file = dictGetStr(d, N.__file__);
  const n = name !== NULL && typeOf(name) === T_STR ? strValue(name) : '?';
  if (file !== NULL && typeOf(file) === T_STR) return `<module '${n}' from '${strValue(file)}'>`;
  return `<module '${n}' (built-in)>`;
}

defineSlots(Kind.MODULE, {
  getattr: moduleGetAttr,
  setattr: genericSetAttr,
  repr: moduleRepr,
  hash: (m) => m >> 1,
});
