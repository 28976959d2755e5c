// Making classes: the class statement (__build_class__), type.__new__ and the per-class
// flags that let the abstract protocol skip dunder lookups for classes that override none.

import { heap } from '../../gc/heap.js';
import { alloc } from '../../gc/alloc.js';
import { DescriptorL, FunctionL, InstanceL, Kind, NULL, Ref, TypeFlags, TypeL } from '../../gc/layout.js';
import { load, store } from '../../stm/barrier.js';
import { callBound, callObject, callType } from '../runtime/call.js';
import { PyRaise } from '../runtime/errors.js';
import { intern } from '../runtime/intern.js';
import { defClassMethod, defGetSet, defMethod, defStaticMethod, Kwargs } from '../runtime/native.js';
import { genericAlias } from './genericalias.js';
import { N } from '../runtime/names.js';
import { bool, iterToArray } from '../runtime/abstract.js';
import { listAppend, listItems, newList } from './list.js';
import { newMappingProxy } from './dictviews.js';
import { descrGet, getAttrOrNull } from '../runtime/attributes.js';
import { cellSet } from './cell.js';
import {
  dictDelete, dictEntryKey, dictEntryValue, dictForEach, dictGetStr, dictNextEntry, dictSet, newDict,
} from './dict.js';
import { Exc, newError as newErrorOf, typeError } from './exception.js';
import { typeOf } from './object.js';
import {
  NONE, T_BASE_EXCEPTION, T_CELL, T_CLASSMETHOD, T_DICT, T_FUNCTION, T_MEMBER_DESCRIPTOR, T_OBJECT, T_STATICMETHOD, T_STR, T_TUPLE, T_TYPE,
} from './statics.js';
import { newStr, strValue } from './str.js';
import { newTuple, tupleItem, tupleItems, tupleLength } from './tuple.js';
import {
  allocType, c3Mro, isSubtype, lookupType, setMro, typeDict, typeFlags, typeKind, typeMro, typeName, typeModified, writeType,
} from './typeobject.js';
import { codeOf } from '../interpreter/code.js';
import { Frame } from '../interpreter/frame.js';
import { runFrame, setUpCells } from '../interpreter/eval.js';

/** Dunders whose presence does not change how the abstract protocol treats instances. */
const NEUTRAL_DUNDERS = new Set([
  '__module__', '__qualname__', '__doc__', '__init__', '__new__', '__slots__', '__dict__', '__weakref__',
  '__classcell__', '__annotations__', '__init_subclass__', '__class_getitem__', '__set_name__', '__orig_bases__',
  '__match_args__', '__dataclass_fields__', '__dataclass_params__', '__abstractmethods__', '__firstlineno__',
  '__static_attributes__', '__parameters__', '__post_init__', '__missing__',
]);

const isDunder = (s: string): boolean => s.length > 4 && s.startsWith('__') && s.endsWith('__');

/** Recomputes a class's fast-path flags from its MRO's dicts. */
export function computeFlags(t: Ref): void {
  let flags = typeFlags(t) & (TypeFlags.HEAPTYPE | TypeFlags.BASETYPE | TypeFlags.ABSTRACT);
  if (isSubtype(t, T_BASE_EXCEPTION)) flags |= TypeFlags.EXCEPTION;
  if (isSubtype(t, T_TYPE)) flags |= TypeFlags.TYPE_SUBCLASS;
  for (const k of tupleItems(typeMro(t))) {
    if ((typeFlags(k) & TypeFlags.HEAPTYPE) === 0) continue;
    const d = typeDict(k);
    for (let i = dictNextEntry(d, 0); i >= 0; i = dictNextEntry(d, i + 1)) {
      const name = strValue(dictEntryKey(d, i));
      if (!isDunder(name)) continue;
      if (name === '__getattr__') flags |= TypeFlags.HAS_GETATTR;
      else if (name === '__getattribute__') flags |= TypeFlags.HAS_GETATTRIBUTE;
      else if (name === '__setattr__' || name === '__delattr__') flags |= TypeFlags.HAS_SETATTR;
      else if (name === '__del__') flags |= TypeFlags.HAS_DEL;
      if (!NEUTRAL_DUNDERS.has(name)) flags |= TypeFlags.OVERRIDES;
    }
  }
  store(t, TypeL.FLAGS, flags);
}

/** The metaclass that wins for these bases, or TypeError. */
export function calculateMeta(meta: Ref, bases: Ref[]): Ref {
  let winner = meta;
  for (const b of bases) {
    const bt = typeOf(b);
    if (isSubtype(winner, bt)) continue;
    if (isSubtype(bt, winner)) { winner = bt; continue; }
    typeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/** The base whose instance layout the new class extends. */
function solidBase(bases: Ref[]): Ref {
  let best = T_OBJECT;
  for (const b of bases) {
    const k = typeKind(b);
    if (k === Kind.OBJECT && !hasSlots(b)) continue;
    if (best === T_OBJECT || isSubtype(b, best)) best = b;
    else if (!isSubtype(best, b) && typeKind(best) !== Kind.OBJECT) {
      if (typeKind(best) !== k || heap.i32[best + TypeL.BASICSIZE] !== heap.i32[b + TypeL.BASICSIZE]) {
        typeError('multiple bases have instance lay-out conflict');
      }
    }
  }
  return best;
}

const hasSlots = (t: Ref): boolean => {
  for (const k of tupleItems(typeMro(t))) if (load(k, TypeL.SLOTS) !== NULL && tupleLength(load(k, TypeL.SLOTS)) > 0) return true;
  return false;
};

/** type.__new__(meta, name, bases, namespace, **kw). */
export function newClass(meta: Ref, nameRef: Ref, basesRef: Ref, ns: Ref): Ref {
  let bases = tupleItems(basesRef);
  bases.forEach((b, i) => {
    if (bases.indexOf(b) !== i) typeError(`duplicate base class ${typeName(b)}`);
  });
  for (const b of bases) {
    if (!isSubtype(typeOf(b), T_TYPE)) typeError(`bases must be types`);
    if ((typeFlags(b) & TypeFlags.BASETYPE) === 0) typeError(`type '${typeName(b)}' is not an acceptable base type`);
  }
  if (bases.length === 0) bases = [T_OBJECT];
  const base = solidBase(bases);
  const t = allocType(meta);
  const d = newDict();
  for (let i = dictNextEntry(ns, 0); i >= 0; i = dictNextEntry(ns, i + 1)) dictSet(d, dictEntryKey(ns, i), dictEntryValue(ns, i));
  wrapSpecialMethods(d);
  const qual = dictGetStr(d, N.__qualname__);
  const layout = instanceLayout(base, bases, d, t);
  writeType(t, {
    meta, name: intern(strValue(nameRef)), qualname: qual !== NULL ? qual : nameRef, bases: newTuple(bases), base,
    kind: typeKind(base), flags: TypeFlags.HEAPTYPE | TypeFlags.BASETYPE, dictoffset: layout.dictoffset,
    basicsize: layout.basicsize, dict: d, slots: layout.slots, module: NULL,
  });
  if (qual !== NULL) dictDelete(d, N.__qualname__);
  const mro = c3Mro(t, bases);
  if ('conflict' in mro) {
    typeError(`Cannot create a consistent method resolution\norder (MRO) for bases ${mro.conflict.map(typeName).join(', ')}`);
  }
  setMro(t, mro.mro);
  for (const b of bases) addSubclass(b, t);
  addMemberDescriptors(t, d, layout.slotNames, layout.firstSlot);
  if (dictGetStr(d, N.__doc__) === NULL) dictSet(d, N.__doc__, NONE);
  if (dictGetStr(d, N.__eq__) !== NULL && dictGetStr(d, N.__hash__) === NULL) dictSet(d, N.__hash__, NONE);
  computeFlags(t);
  markAbstract(t);
  typeModified();
  return t;
}


function addSubclass(base: Ref, sub: Ref): void {
  let list = load(base, TypeL.SUBCLASSES);
  if (list === NULL) {
    list = newList([]);
    store(base, TypeL.SUBCLASSES, list);
  }
  listAppend(list, sub);
}

/** __new__ becomes a staticmethod, __init_subclass__ and __class_getitem__ classmethods. */
function wrapSpecialMethods(d: Ref): void {
  const wrap = (name: Ref, type: Ref) => {
    const f = dictGetStr(d, name);
    if (f !== NULL && (f & 1) === 0 && heap.i32[f] === T_FUNCTION) dictSet(d, name, newWrapper(type, f));
  };
  wrap(N.__new__, T_STATICMETHOD);
  wrap(N.__init_subclass__, T_CLASSMETHOD);
  wrap(N.__class_getitem__, T_CLASSMETHOD);
}

export function newWrapper(type: Ref, f: Ref): Ref {
  const w = alloc(type, 4);
  store(w, 2, f);
  return w;
}

interface Layout { dictoffset: number; basicsize: number; slots: Ref; slotNames: string[]; firstSlot: number; }

function instanceLayout(base: Ref, bases: Ref[], d: Ref, t: Ref): Layout {
  const slotsRef = dictGetStr(d, N.__slots__);
  const baseHasDict = bases.some((b) => heap.i32[b + TypeL.DICTOFFSET] !== 0);
  const baseSize = heap.i32[base + TypeL.BASICSIZE];
  const baseDictOffset = heap.i32[base + TypeL.DICTOFFSET];
  if (slotsRef === NULL) {
    if (baseDictOffset !== 0) return { dictoffset: baseDictOffset, basicsize: baseSize, slots: NULL, slotNames: [], firstSlot: 0 };
    if (baseHasDict && typeKind(base) === Kind.OBJECT) return { dictoffset: InstanceL.DICT, basicsize: Math.max(baseSize, InstanceL.SLOTS), slots: NULL, slotNames: [], firstSlot: 0 };
    return addDictSlot(base, baseSize);
  }
  const items = (slotsRef & 1) === 0 && heap.i32[slotsRef] === T_STR ? [slotsRef] : iterToArray(slotsRef);
  const names: string[] = [];
  let wantDict = false;
  for (const it of items) {
    if (!isSubtype(typeOf(it), T_STR)) typeError(`__slots__ items must be strings, not '${typeName(typeOf(it))}'`);
    const s = strValue(it);
    if (s === '__dict__') { wantDict = true; continue; }
    if (s === '__weakref__') continue;
    if (dictGetStr(d, intern(s)) !== NULL) {
      throw new PyRaise(newErrorOf(Exc.ValueError, `'${s}' in __slots__ conflicts with class variable`));
    }
    names.push(s);
  }
  store(t, TypeL.SLOTS, newTuple(names.map(intern)));
  if (names.length > 0 && typeKind(base) !== Kind.OBJECT && typeKind(base) !== Kind.EXCEPTION) {
    typeError(`nonempty __slots__ not supported for subtype of '${typeName(base)}'`);
  }
  const first = Math.max(baseSize, InstanceL.SLOTS);
  let dictoffset = baseHasDict ? (baseDictOffset || InstanceL.DICT) : 0;
  if (wantDict && dictoffset === 0) dictoffset = typeKind(base) === Kind.OBJECT ? InstanceL.DICT : addDictSlot(base, baseSize).dictoffset;
  return { dictoffset, basicsize: first + names.length, slots: newTuple(names.map(intern)), slotNames: names, firstSlot: first };
}


/** Where a __dict__ goes in an instance of a subclass of `base`. */
function addDictSlot(base: Ref, baseSize: number): Layout {
  if (typeKind(base) === Kind.OBJECT) return { dictoffset: InstanceL.DICT, basicsize: Math.max(baseSize, InstanceL.SLOTS), slots: NULL, slotNames: [], firstSlot: 0 };
  if (VAR_SIZED.has(typeKind(base))) return { dictoffset: -1, basicsize: baseSize, slots: NULL, slotNames: [], firstSlot: 0 };
  return { dictoffset: baseSize, basicsize: baseSize + 1, slots: NULL, slotNames: [], firstSlot: 0 };
}

/** Kinds whose instances vary in size: a subclass's __dict__ is their last word. */
const VAR_SIZED = new Set<number>([Kind.INT, Kind.BOOL, Kind.STR, Kind.BYTES, Kind.TUPLE]);

/** Extra words an instance of `t` needs beyond its data (for a trailing __dict__). */
export function extraWords(t: Ref): number {
  return heap.i32[t + TypeL.DICTOFFSET] === -1 ? 1 : 0;
}

function addMemberDescriptors(t: Ref, d: Ref, names: string[], first: number): void {
  names.forEach((name, i) => {
    const m = alloc(T_MEMBER_DESCRIPTOR, DescriptorL.SIZE);
    heap.i32[m + DescriptorL.INDEX] = first + i;
    store(m, DescriptorL.OWNER, t);
    store(m, DescriptorL.NAME, intern(name));
    dictSet(d, intern(name), m);
  });
}

/** Sets ABSTRACT when the class has abstract methods left (abc's __abstractmethods__). */
function markAbstract(t: Ref): void {
  for (const k of tupleItems(typeMro(t))) {
    if (k === T_TYPE) return;
    const am = dictGetStr(typeDict(k), N.__abstractmethods__);
    if (am === NULL) continue;
    if (am !== NONE && iterToArray(am).length > 0) store(t, TypeL.FLAGS, typeFlags(t) | TypeFlags.ABSTRACT);
    return;
  }
}

/** Calls __set_name__ on the new class's attributes and the parent's __init_subclass__. */
export function finishClass(t: Ref, kw: Kwargs | null): void {
  const d = typeDict(t);
  const entries: [Ref, Ref][] = [];
  for (let i = dictNextEntry(d, 0); i >= 0; i = dictNextEntry(d, i + 1)) entries.push([dictEntryKey(d, i), dictEntryValue(d, i)]);
  for (const [k, v] of entries) {
    if ((v & 1) === 1) continue;
    const setName = lookupType(typeOf(v), N.__set_name__);
    if (setName !== NULL) callBound(setName, v, [t, k]);
  }
  const mro = typeMro(t);
  for (let i = 1; i < tupleLength(mro); i++) {
    const init = dictGetStr(typeDict(tupleItem(mro, i)), N.__init_subclass__);
    if (init === NULL) continue;
    callObject(descrGet(init, NULL, t), [], kw);
    return;
  }
}

/** builtins.__build_class__(func, name, *bases, metaclass=..., **kw). */
export function buildClass(args: Ref[], kw: Kwargs | null): Ref {
  if (args.length < 2) typeError('__build_class__: not enough arguments');
  const func = args[0];
  const name = args[1];
  if ((func & 1) === 1 || heap.i32[func] !== T_FUNCTION) typeError('__build_class__: func must be a function');
  if (!isSubtype(typeOf(name), T_STR)) typeError('__build_class__: name is not a string');
  const bases = args.slice(2);
  let meta: Ref = NULL;
  const rest: Kwargs = { names: [], values: [] };
  if (kw !== null) {
    kw.names.forEach((n, i) => {
      if (n === 'metaclass') meta = kw.values[i];
      else { rest.names.push(n); rest.values.push(kw.values[i]); }
    });
  }
  const isClass = meta === NULL || isSubtype(typeOf(meta), T_TYPE);
  if (meta === NULL) meta = bases.length > 0 ? typeOf(bases[0]) : T_TYPE;
  if (isClass) meta = calculateMeta(meta, bases);
  const basesTuple = newTuple(bases);
  const prepare = isClass ? getAttrOrNull(meta, N.__prepare__) : NULL;
  const ns = prepare === NULL ? newDict() : callObject(prepare, [name, basesTuple], rest);
  const code = codeOf(load(func, FunctionL.CODE));
  const frame = new Frame(code, load(func, FunctionL.GLOBALS), load(func, FunctionL.BUILTINS), ns, func);
  setUpCells(frame, func);
  const cell = runFrame(frame);
  const cls = callObject(meta, [name, basesTuple, ns], rest.names.length > 0 ? rest : null);
  if ((cell & 1) === 0 && cell !== NULL && heap.i32[cell] === T_CELL) cellSet(cell, cls);
  return cls;
}

// ---- type's own methods ----

defStaticMethod(T_TYPE, {
  name: '__new__',
  varfn: (_self, args, kw) => {
    if (args.length === 2 && args[0] === T_TYPE && (kw === null)) return typeOf(args[1]);
    if (args.length !== 4) typeError(args.length === 2 ? 'type() takes 1 or 3 arguments' : 'type.__new__() takes exactly 3 arguments (' + (args.length - 1) + ' given)');
    const [meta, name, bases, ns] = args;
    if (!isSubtype(meta, T_TYPE)) typeError(`type.__new__(X): X is not a type object (${typeName(typeOf(meta))})`);
    if (!isSubtype(typeOf(name), T_STR)) typeError(`type.__new__() argument 1 must be str, not ${typeName(typeOf(name))}`);
    if (heap.i32[bases] !== T_TUPLE) typeError(`type.__new__() argument 2 must be tuple, not ${typeName(typeOf(bases))}`);
    if (!isSubtype(typeOf(ns), T_DICT)) typeError(`type.__new__() argument 3 must be dict, not ${typeName(typeOf(ns))}`);
    const winner = calculateMeta(meta, tupleItems(bases));
    if (winner !== meta && lookupType(winner, N.__new__) !== lookupType(meta, N.__new__)) {
      return callObject(winner, [name, bases, ns], kw);
    }
    const t = newClass(winner, name, bases, ns);
    finishClass(t, kw);
    return t;
  },
});

defMethod(T_TYPE, { name: '__init__', varfn: () => NONE });
defClassMethod(T_TYPE, { name: '__prepare__', varfn: () => newDict() });
defClassMethod(T_TYPE, { name: '__class_getitem__', params: ['item'], fn: (cls, item) => genericAlias(cls, item) });
defMethod(T_TYPE, { name: '__call__', varfn: (self, args, kw) => callType(self, args, kw) });
defMethod(T_TYPE, {
  name: '__dir__',
  fn: (self) => {
    const names = new Set<Ref>();
    for (const k of [...tupleItems(typeMro(self))].reverse()) dictForEach(typeDict(k), (key) => { names.add(key); });
    return newList([...names]);
  },
});
defMethod(T_TYPE, { name: 'mro', fn: (self) => newList(tupleItems(typeMro(self))) });
defMethod(T_TYPE, {
  name: '__subclasses__',
  fn: (self) => { const l = load(self, TypeL.SUBCLASSES); return newList(l === NULL ? [] : listItems(l)); },
});
defMethod(T_TYPE, { name: '__instancecheck__', params: ['instance'], fn: (self, obj) => bool(isSubtype(typeOf(obj), self)) });
defMethod(T_TYPE, { name: '__subclasscheck__', params: ['subclass'], fn: (self, sub) => bool(isSubtype(sub, self)) });
defGetSet(T_TYPE, '__name__', (self) => load(self, TypeL.NAME), (self, v) => {
  if (!isSubtype(typeOf(v), T_STR)) typeError(`can only assign string to ${typeName(self)}.__name__, not '${typeName(typeOf(v))}'`);
  store(self, TypeL.NAME, v);
  return NONE;
});
defGetSet(T_TYPE, '__qualname__', (self) => load(self, TypeL.QUALNAME), (self, v) => { store(self, TypeL.QUALNAME, v); return NONE; });
defGetSet(T_TYPE, '__mro__', (self) => typeMro(self));
defGetSet(T_TYPE, '__bases__', (self) => load(self, TypeL.BASES));
defGetSet(T_TYPE, '__base__', (self) => { const b = tupleItems(load(self, TypeL.BASES)); return b.length > 0 ? b[0] : NONE; });
defGetSet(T_TYPE, '__dict__', (self) => newMappingProxy(typeDict(self)));
defGetSet(T_TYPE, '__module__', (self) => {
  const m = dictGetStr(typeDict(self), N.__module__);
  if (m !== NULL) return m;
  const builtinModule = load(self, TypeL.MODULE);
  return builtinModule !== NULL ? builtinModule : newStr('builtins');
}, (self, v) => { dictSet(typeDict(self), N.__module__, v); typeModified(); return NONE; });
defGetSet(T_TYPE, '__doc__', (self) => { const d = dictGetStr(typeDict(self), N.__doc__); return d === NULL ? NONE : d; }, (self, v) => {
  if ((typeFlags(self) & TypeFlags.HEAPTYPE) === 0) typeError(`cannot set '__doc__' attribute of immutable type '${typeName(self)}'`);
  dictSet(typeDict(self), N.__doc__, v === NULL ? NONE : v);
  typeModified();
  return NONE;
});
defGetSet(T_TYPE, '__abstractmethods__', (self) => {
  const v = dictGetStr(typeDict(self), N.__abstractmethods__);
  if (v === NULL) throw new PyRaise(newErrorOf(Exc.AttributeError, '__abstractmethods__'));
  return v;
}, (self, v) => {
  dictSet(typeDict(self), N.__abstractmethods__, v);
  const flags = typeFlags(self) & ~TypeFlags.ABSTRACT;
  store(self, TypeL.FLAGS, v !== NULL && iterToArray(v).length > 0 ? flags | TypeFlags.ABSTRACT : flags);
  typeModified();
  return NONE;
});

