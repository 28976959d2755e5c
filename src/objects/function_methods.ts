// What Python sees of the callable and descriptor types: functions, bound methods, built-in
// functions and methods, the descriptors of built-in types (method, classmethod, getset and
// member descriptors), cells and code objects.

import { heap } from '../../gc/heap.js';
import { BuiltinL, CodeL, DescriptorL, FunctionL, Kind, MethodL, NULL, Ref } from '../../gc/layout.js';
import { load, store } from '../../stm/barrier.js';
import { CompareOp } from '../compiler/opcodes.js';
import { addressOf, bool, compareNumbers, equalsBool, hashOf, repr, richCompare } from '../runtime/abstract.js';
import { descrSet, genericGetAttr, getAttrOrNull } from '../runtime/attributes.js';
import { callObject } from '../runtime/call.js';
import { natives, defGetSet, defMethod } from '../runtime/native.js';
import { N } from '../runtime/names.js';
import { defineSlots } from '../runtime/slots.js';
import { cellGet, cellSet } from './cell.js';
import { dictSet, newDict } from './dict.js';
import { excOrNone as orNone, typeError, valueError } from './exception.js';
import { newInt } from './int.js';
import { kindOf, typeOf } from './object.js';
import { defGet, defRepr, identityCompare, identityHash } from './object_methods.js';
import {
  NONE, NOT_IMPLEMENTED, T_BUILTIN, T_CELL, T_CLASSMETHOD_DESCRIPTOR, T_CODE, T_DICT, T_FUNCTION, T_GETSET_DESCRIPTOR,
  T_MEMBER_DESCRIPTOR, T_METHOD, T_METHOD_DESCRIPTOR, T_STR, T_TUPLE,
} from './statics.js';
import { newStr, strValue } from './str.js';
import { tupleItem, tupleLength } from './tuple.js';
import { isSubtype, typeName } from './typeobject.js';

const describe = (r: Ref): string => typeName(typeOf(r));

/** `__call__` for a callable type: calls the object itself. */
function defCall(type: Ref): void {
  defMethod(type, { name: '__call__', varfn: (self, args, kw) => callObject(self, args, kw) });
}

/** A str-valued attribute that must stay a str when assigned. */
function defStrAttr(type: Ref, name: string, word: number): void {
  defGetSet(type, name, (self) => load(self, word), (self, v) => {
    if (v === NULL || !isSubtype(typeOf(v), T_STR)) typeError(`${name} must be set to a string object`);
    store(self, word, v);
    return NONE;
  });
}

// ---- function ----

function functionRepr(f: Ref): string {
  return `<function ${strValue(load(f, FunctionL.QUALNAME))} at ${addressOf(f)}>`;
}

defineSlots(Kind.FUNCTION, { repr: functionRepr, hash: identityHash, compare: identityCompare });
defRepr(T_FUNCTION, functionRepr);
defCall(T_FUNCTION);
defGet(T_FUNCTION);

defStrAttr(T_FUNCTION, '__name__', FunctionL.NAME);
defStrAttr(T_FUNCTION, '__qualname__', FunctionL.QUALNAME);

/** A function attribute that may be anything, None when unset; `del` makes it None. */
function defPlainAttr(name: string, word: number): void {
  defGetSet(T_FUNCTION, name, (f) => orNone(load(f, word)), (f, v) => {
    store(f, word, v === NULL ? NONE : v);
    return NONE;
  });
}
defPlainAttr('__doc__', FunctionL.DOC);
defPlainAttr('__module__', FunctionL.MODULE);

/** __defaults__ (tuple) and __kwdefaults__ (dict): None or a value of one type; NULL inside. */
function defOptionalAttr(name: string, word: number, type: Ref, what: string): void {
  defGetSet(T_FUNCTION, name, (f) => orNone(load(f, word)), (f, v) => {
    if (v === NULL || v === NONE) { store(f, word, NONE); return NONE; }
    if (!isSubtype(typeOf(v), type)) typeError(`${name} must be set to a ${what} object`);
    store(f, word, v);
    return NONE;
  });
}
defOptionalAttr('__defaults__', FunctionL.DEFAULTS, T_TUPLE, 'tuple');
defOptionalAttr('__kwdefaults__', FunctionL.KWDEFAULTS, T_DICT, 'dict');

defGetSet(T_FUNCTION, '__code__', (f) => load(f, FunctionL.CODE), (f, v) => {
  if (v === NULL || typeOf(v) !== T_CODE) typeError('__code__ must be set to a code object');
  store(f, FunctionL.CODE, v);
  return NONE;
});
defGetSet(T_FUNCTION, '__globals__', (f) => load(f, FunctionL.GLOBALS));
defGetSet(T_FUNCTION, '__builtins__', (f) => load(f, FunctionL.BUILTINS));
defGetSet(T_FUNCTION, '__closure__', (f) => orNone(load(f, FunctionL.CLOSURE)));

/** __annotations__: a dict made on first access; the compiler may leave a flat tuple of
 *  (name, value) pairs, turned into the dict then. */
defGetSet(T_FUNCTION, '__annotations__', (f) => {
  const a = load(f, FunctionL.ANNOTATIONS);
  if (a !== NULL && a !== NONE && typeOf(a) !== T_TUPLE) return a;
  const d = newDict();
  if (a !== NULL && a !== NONE) for (let i = 0; i + 1 < tupleLength(a); i += 2) dictSet(d, tupleItem(a, i), tupleItem(a, i + 1));
  store(f, FunctionL.ANNOTATIONS, d);
  return d;
}, (f, v) => {
  if (v !== NULL && v !== NONE && !isSubtype(typeOf(v), T_DICT)) typeError('__annotations__ must be set to a dict object');
  store(f, FunctionL.ANNOTATIONS, v === NONE ? NULL : v);
  return NONE;
});

defGetSet(T_FUNCTION, '__dict__', (f) => {
  let d = load(f, FunctionL.DICT);
  if (d === NULL) {
    d = newDict();
    store(f, FunctionL.DICT, d);
  }
  return d;
}, (f, v) => {
  if (v === NULL) typeError('cannot delete __dict__');
  if (!isSubtype(typeOf(v), T_DICT)) typeError(`__dict__ must be set to a dictionary, not a '${describe(v)}'`);
  store(f, FunctionL.DICT, v);
  return NONE;
});

// ---- method (a function bound to an object) ----

const methodFunc = (m: Ref): Ref => load(m, MethodL.FUNC);
const methodSelf = (m: Ref): Ref => load(m, MethodL.SELF);

/** The name a bound method shows: its function's __qualname__, else __name__, else '?'. */
function callableName(func: Ref, attr: 'qualname' | 'name'): string {
  if (kindOf(func) === Kind.FUNCTION) return strValue(load(func, attr === 'qualname' ? FunctionL.QUALNAME : FunctionL.NAME));
  const v = getAttrOrNull(func, attr === 'qualname' ? N.__qualname__ : N.__name__);
  return v !== NULL && isSubtype(typeOf(v), T_STR) ? strValue(v) : '?';
}

function methodRepr(m: Ref): string {
  return `<bound method ${callableName(methodFunc(m), 'qualname')} of ${repr(methodSelf(m))}>`;
}

/** Bound methods are equal when bound to the same object and their functions are equal. */
function methodCompare(m: Ref, other: Ref, op: number): Ref {
  if ((op !== CompareOp.EQ && op !== CompareOp.NE) || typeOf(other) !== T_METHOD) return NOT_IMPLEMENTED;
  const same = methodSelf(m) === methodSelf(other) && equalsBool(methodFunc(m), methodFunc(other));
  return bool(op === CompareOp.EQ ? same : !same);
}

defineSlots(Kind.METHOD, {
  repr: methodRepr,
  hash: (m) => (identityHash(methodSelf(m)) ^ hashOf(methodFunc(m))) | 0,
  compare: methodCompare,
  // Attributes a method lacks are looked up on its function (__doc__, __name__, custom ones).
  getattr: (m, name) => {
    const v = genericGetAttr(m, name);
    return v !== NULL ? v : getAttrOrNull(methodFunc(m), name);
  },
});
defRepr(T_METHOD, methodRepr);
defCall(T_METHOD);
defGetSet(T_METHOD, '__self__', methodSelf);
defGetSet(T_METHOD, '__func__', methodFunc);
defMethod(T_METHOD, {
  name: '__eq__',
  params: ['other'],
  fn: (m, other) => methodCompare(m, other, CompareOp.EQ),
});
defMethod(T_METHOD, { name: '__hash__', fn: (m) => newInt(hashOf(m)) });

// ---- builtin_function_or_method ----

const nativeOf = (r: Ref, word: number): typeof natives[number] => natives[heap.i32[r + word]];

/** True for a module function (len, math.sqrt), whose __self__ is its module. */
function isModuleFunction(b: Ref): boolean {
  const self = load(b, BuiltinL.SELF);
  return self === NULL || kindOf(self) === Kind.MODULE;
}

function builtinRepr(b: Ref): string {
  const name = strValue(load(b, BuiltinL.NAME));
  if (isModuleFunction(b)) return `<built-in function ${name}>`;
  const self = load(b, BuiltinL.SELF);
  return `<built-in method ${name} of ${describe(self)} object at ${addressOf(self)}>`;
}

defineSlots(Kind.BUILTIN, {
  repr: builtinRepr,
  hash: (b) => (identityHash(load(b, BuiltinL.SELF)) ^ heap.i32[b + BuiltinL.INDEX]) | 0,
  compare: (b, other, op) => {
    if ((op !== CompareOp.EQ && op !== CompareOp.NE) || typeOf(other) !== T_BUILTIN) return NOT_IMPLEMENTED;
    const same = load(b, BuiltinL.SELF) === load(other, BuiltinL.SELF) && heap.i32[b + BuiltinL.INDEX] === heap.i32[other + BuiltinL.INDEX];
    return bool(op === CompareOp.EQ ? same : !same);
  },
});
defRepr(T_BUILTIN, builtinRepr);
defCall(T_BUILTIN);
defGetSet(T_BUILTIN, '__name__', (b) => load(b, BuiltinL.NAME));
defGetSet(T_BUILTIN, '__qualname__', (b) => newStr(nativeOf(b, BuiltinL.INDEX).qualname));
defGetSet(T_BUILTIN, '__self__', (b) => orNone(load(b, BuiltinL.SELF)));
defGetSet(T_BUILTIN, '__doc__', (b) => docOf(nativeOf(b, BuiltinL.INDEX).doc));
defGetSet(T_BUILTIN, '__module__', (b) => {
  const self = load(b, BuiltinL.SELF);
  if (self !== NULL && kindOf(self) === Kind.MODULE) return getAttrOrNull(self, N.__name__);
  return NONE;
});
defGetSet(T_BUILTIN, '__text_signature__', () => NONE);

const docOf = (doc: string | null): Ref => (doc === null ? NONE : newStr(doc));

// ---- descriptors of built-in types ----

function descriptorName(d: Ref): string {
  return strValue(load(d, DescriptorL.NAME));
}

function descriptorRepr(d: Ref): string {
  const t = typeOf(d);
  const what = t === T_GETSET_DESCRIPTOR ? 'attribute' : t === T_MEMBER_DESCRIPTOR ? 'member' : 'method';
  return `<${what} '${descriptorName(d)}' of '${typeName(load(d, DescriptorL.OWNER))}' objects>`;
}

defineSlots(Kind.DESCRIPTOR, { repr: descriptorRepr, hash: identityHash, compare: identityCompare });

for (const t of [T_METHOD_DESCRIPTOR, T_CLASSMETHOD_DESCRIPTOR, T_GETSET_DESCRIPTOR, T_MEMBER_DESCRIPTOR]) {
  defRepr(t, descriptorRepr);
  defGet(t);
  defGetSet(t, '__name__', (d) => load(d, DescriptorL.NAME));
  defGetSet(t, '__qualname__', (d) => newStr(`${typeName(load(d, DescriptorL.OWNER))}.${descriptorName(d)}`));
  defGetSet(t, '__objclass__', (d) => load(d, DescriptorL.OWNER));
  defGetSet(t, '__doc__', (d) => (t === T_MEMBER_DESCRIPTOR ? NONE : docOf(nativeOf(d, DescriptorL.INDEX).doc)));
}
defCall(T_METHOD_DESCRIPTOR);
defCall(T_CLASSMETHOD_DESCRIPTOR);
for (const t of [T_GETSET_DESCRIPTOR, T_MEMBER_DESCRIPTOR]) {
  defMethod(t, { name: '__set__', params: ['instance', 'value'], fn: (d, obj, v) => { descrSet(d, obj, v); return NONE; } });
  defMethod(t, { name: '__delete__', params: ['instance'], fn: (d, obj) => { descrSet(d, obj, NULL); return NONE; } });
}

// ---- cell ----

function cellRepr(c: Ref): string {
  const v = cellGet(c);
  if (v === NULL) return `<cell at ${addressOf(c)}: empty>`;
  return `<cell at ${addressOf(c)}: ${describe(v)} object at ${addressOf(v)}>`;
}

defineSlots(Kind.CELL, {
  repr: cellRepr,
  compare: (c, other, op) => {
    if (typeOf(other) !== T_CELL) return NOT_IMPLEMENTED;
    const a = cellGet(c);
    const b = cellGet(other);
    if (a === NULL || b === NULL) return bool(compareEmpty(a !== NULL, b !== NULL, op));
    return richCompare(a, b, op);
  },
});
defRepr(T_CELL, cellRepr);
defGetSet(T_CELL, 'cell_contents', (c) => {
  const v = cellGet(c);
  if (v === NULL) valueError('Cell is empty');
  return v;
}, (c, v) => { cellSet(c, v); return NONE; });

/** Cells compare by contents; an empty cell sorts before any full one. */
function compareEmpty(a: boolean, b: boolean, op: number): boolean {
  return compareNumbers(a ? 1 : 0, b ? 1 : 0, op);
}

// ---- code ----

function codeRepr(c: Ref): string {
  const name = strValue(load(c, CodeL.NAME));
  return `<code object ${name} at ${addressOf(c)}, file "${strValue(load(c, CodeL.FILENAME))}", line ${load(c, CodeL.FIRSTLINENO)}>`;
}

defineSlots(Kind.CODE, { repr: codeRepr, hash: identityHash, compare: identityCompare });
defRepr(T_CODE, codeRepr);

const CODE_REFS: readonly (readonly [string, number])[] = [
  ['co_name', CodeL.NAME], ['co_qualname', CodeL.QUALNAME], ['co_filename', CodeL.FILENAME], ['co_consts', CodeL.CONSTS],
  ['co_names', CodeL.NAMES], ['co_varnames', CodeL.VARNAMES], ['co_cellvars', CodeL.CELLVARS], ['co_freevars', CodeL.FREEVARS],
];
const CODE_INTS: readonly (readonly [string, number])[] = [
  ['co_firstlineno', CodeL.FIRSTLINENO], ['co_argcount', CodeL.ARGCOUNT], ['co_posonlyargcount', CodeL.POSONLYARGCOUNT],
  ['co_kwonlyargcount', CodeL.KWONLYARGCOUNT], ['co_flags', CodeL.FLAGS], ['co_stacksize', CodeL.STACKSIZE],
];
for (const [name, word] of CODE_REFS) defGetSet(T_CODE, name, (c) => load(c, word));
for (const [name, word] of CODE_INTS) defGetSet(T_CODE, name, (c) => newInt(load(c, word)));
defGetSet(T_CODE, 'co_nlocals', (c) => newInt(tupleLength(load(c, CodeL.VARNAMES))));
