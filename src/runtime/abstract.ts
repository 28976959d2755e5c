// The abstract object protocol: hashing, equality, comparison, truth, repr/str, operators,
// items, length, iteration. Each operation has fast paths for exact built-in types, then
// follows CPython's rules: a class that overrides dunder methods (TypeFlags.OVERRIDES) is
// asked through its dunders; otherwise the built-in type's slots (runtime/slots.ts) answer.

import { heap } from '../../gc/heap.js';
import { Kind, NULL, Ref, TypeFlags, TypeL } from '../../gc/layout.js';
import { BINARY_OP_INFO, COMPARE_OP_INFO, CompareOp, INPLACE } from '../compiler/opcodes.js';
import { Exc, raise, typeError } from '../objects/exception.js';
import { floatValue } from '../objects/float.js';
import { intValue, newInt } from '../objects/int.js';
import { typeOf } from '../objects/object.js';
import { FALSE, NONE, NOT_IMPLEMENTED, T_FLOAT, T_INT, T_STR, TRUE } from '../objects/statics.js';
import { strCompare, strEquals, strHash, strValue } from '../objects/str.js';
import { isSubtype, lookupType, typeName } from '../objects/typeobject.js';
import { binaryDunders, N } from './names.js';
import { slotsOf } from './slots.js';
import { callBound, callObject } from './call.js';
import { descrGet } from './attributes.js';
import { PyRaise } from './errors.js';

const overrides = (t: Ref): boolean => (heap.i32[t + TypeL.FLAGS] & TypeFlags.OVERRIDES) !== 0;
const kindOfType = (t: Ref): number => heap.i32[t + TypeL.KIND];

export const bool = (b: boolean): Ref => (b ? TRUE : FALSE);

/** Calls the dunder `name` found on type(obj) with obj bound; NULL if the type has none. */
export function callDunder(obj: Ref, name: Ref, args: Ref[]): Ref {
  const descr = lookupType(typeOf(obj), name);
  if (descr === NULL) return NULL;
  return callBound(descr, obj, args);
}

export function typeNameOf(r: Ref): string {
  return typeName(typeOf(r));
}

// ---- hashing ----

/** CPython's hash of an object reduced to int32, for dict and set tables. */
export function hashOf(r: Ref): number {
  if ((r & 1) === 1) { const v = r >> 1; return v === -1 ? -2 : v; }
  const t = heap.i32[r];
  if (t === T_STR) return strHash(r);
  if (overrides(t)) {
    const h = lookupType(t, N.__hash__);
    if (h === NONE) typeError(`unhashable type: '${typeName(t)}'`);
    if (h !== NULL) {
      const v = callBound(h, r, []);
      if (typeOf(v) !== T_INT && !isSubtype(typeOf(v), T_INT)) typeError('__hash__ method should return an integer');
      const n = intValue(v);
      return typeof n === 'number' ? (n === -1 ? -2 : n | 0) : Number(BigInt.asIntN(32, n));
    }
  }
  const slot = slotsOf(kindOfType(t)).hash;
  if (slot === undefined) typeError(`unhashable type: '${typeName(t)}'`);
  return slot(r);
}

// ---- comparison ----

/** a == b as a JS boolean, identity first as containers do. */
export function equalsBool(a: Ref, b: Ref): boolean {
  if (a === b) return true;
  if ((a & b & 1) === 1) return false;
  const i32 = heap.i32;
  if ((a & 1) === 0 && (b & 1) === 0) {
    const ta = i32[a];
    if (ta === T_STR && i32[b] === T_STR) return strEquals(a, b);
    if (ta === T_FLOAT && i32[b] === T_FLOAT) return floatValue(a) === floatValue(b);
  }
  return isTrue(richCompare(a, b, CompareOp.EQ));
}

/** Rich comparison with CPython's reflection rules; returns the result object. */
export function richCompare(a: Ref, b: Ref, op: number): Ref {
  if ((a & b & 1) === 1) return bool(compareNumbers(a >> 1, b >> 1, op));
  const ta = typeOf(a);
  const tb = typeOf(b);
  if (ta === T_STR && tb === T_STR) return bool(compareOrdering(strCompare(a, b), op));
  if (ta === T_FLOAT && tb === T_FLOAT) return bool(compareNumbers(floatValue(a), floatValue(b), op));
  const swapped = COMPARE_OP_INFO[op].swapped;
  let checkedReflected = false;
  if (ta !== tb && isSubtype(tb, ta) && overrides(tb)) {
    checkedReflected = true;
    const r = compareOne(b, a, swapped);
    if (r !== NOT_IMPLEMENTED) return r;
  }
  let r = compareOne(a, b, op);
  if (r !== NOT_IMPLEMENTED) return r;
  if (!checkedReflected) {
    r = compareOne(b, a, swapped);
    if (r !== NOT_IMPLEMENTED) return r;
  }
  if (op === CompareOp.EQ) return bool(a === b);
  if (op === CompareOp.NE) return bool(a !== b);
  return typeError(`'${COMPARE_OP_INFO[op].symbol}' not supported between instances of '${typeName(ta)}' and '${typeName(tb)}'`);
}

/** One side's answer: its dunder if its class overrides, else its built-in slot. */
export function compareOne(self: Ref, other: Ref, op: number): Ref {
  const t = typeOf(self);
  if (overrides(t)) {
    const r = callDunder(self, dunderOfCompare(op), [other]);
    return r === NULL ? NOT_IMPLEMENTED : r;
  }
  const slot = slotsOf(kindOfType(t)).compare;
  return slot === undefined ? NOT_IMPLEMENTED : slot(self, other, op);
}

function dunderOfCompare(op: number): Ref {
  switch (op) {
    case CompareOp.LT: return N.__lt__;
    case CompareOp.LE: return N.__le__;
    case CompareOp.EQ: return N.__eq__;
    case CompareOp.NE: return N.__ne__;
    case CompareOp.GT: return N.__gt__;
    default: return N.__ge__;
  }
}

export function compareNumbers(x: number, y: number, op: number): boolean {
  switch (op) {
    case CompareOp.LT: return x < y;
    case CompareOp.LE: return x <= y;
    case CompareOp.EQ: return x === y;
    case CompareOp.NE: return x !== y;
    case CompareOp.GT: return x > y;
    default: return x >= y;
  }
}

/** Applies a comparison operator to a three-way result (negative, zero, positive). */
export function compareOrdering(c: number, op: number): boolean {
  return compareNumbers(c, 0, op);
}

export function lessThan(a: Ref, b: Ref): boolean {
  if ((a & b & 1) === 1) return a < b;
  return isTrue(richCompare(a, b, CompareOp.LT));
}

// ---- truth ----

export function isTrue(r: Ref): boolean {
  if (r === TRUE) return true;
  if (r === FALSE || r === NONE) return false;
  if ((r & 1) === 1) return r !== 1;
  const t = heap.i32[r];
  if (t === T_STR) return strValue(r).length > 0;
  if (overrides(t)) {
    const b = lookupType(t, N.__bool__);
    if (b !== NULL) {
      const v = callBound(b, r, []);
      if (v !== TRUE && v !== FALSE) typeError(`__bool__ should return bool, returned ${typeNameOf(v)}`);
      return v === TRUE;
    }
    const l = lookupType(t, N.__len__);
    if (l !== NULL) return lengthFromDunder(callBound(l, r, [])) > 0;
    return true;
  }
  const slots = slotsOf(kindOfType(t));
  if (slots.bool !== undefined) return slots.bool(r);
  if (slots.len !== undefined) return slots.len(r) > 0;
  return true;
}

// ---- repr and str ----

/** repr(r) as a JS string. */
export function repr(r: Ref): string {
  const t = typeOf(r);
  if (overrides(t)) {
    const v = callDunder(r, N.__repr__, []);
    if (v !== NULL) return expectStr(v, '__repr__');
  }
  const slot = slotsOf(kindOfType(t)).repr;
  if (slot !== undefined) return slot(r);
  return defaultRepr(r);
}

/** str(r) as a JS string. */
export function str(r: Ref): string {
  const t = typeOf(r);
  if (t === T_STR) return strValue(r);
  if (overrides(t)) {
    const v = callDunder(r, N.__str__, []);
    if (v !== NULL) return expectStr(v, '__str__');
  }
  const slots = slotsOf(kindOfType(t));
  if (slots.str !== undefined) return slots.str(r);
  return repr(r);
}

function expectStr(v: Ref, method: string): string {
  if (!isSubtype(typeOf(v), T_STR)) typeError(`${method} returned non-string (type ${typeNameOf(v)})`);
  return strValue(v);
}

export function defaultRepr(r: Ref): string {
  const t = typeOf(r);
  const module = moduleNameOf(t);
  const prefix = module === 'builtins' ? '' : `${module}.`;
  return `<${prefix}${qualnameOf(t)} object at ${addressOf(r)}>`;
}

/** A type's __module__: its dict's for classes, the module it was defined in for built-ins. */
export function moduleNameOf(t: Ref): string {
  const mod = lookupType(t, N.__module__);
  if (mod !== NULL && typeOf(mod) === T_STR) return strValue(mod);
  const builtin = heap.i32[t + TypeL.MODULE];
  return builtin !== NULL && typeOf(builtin) === T_STR ? strValue(builtin) : 'builtins';
}

export function qualnameOf(t: Ref): string {
  const q = heap.i32[t + TypeL.QUALNAME];
  return q === NULL ? typeName(t) : strValue(q);
}

/** An id()-like address for reprs: stable for the object's life. */
export function addressOf(r: Ref): string {
  return '0x' + (r * 4 + 0x7f0000000000).toString(16);
}

// ---- operators ----

const binaryNames = { list: null as ReturnType<typeof binaryDunders> | null };
function dunders() {
  return binaryNames.list ?? (binaryNames.list = binaryDunders());
}

/** a <op> b for BINARY_OP (op may carry INPLACE). */
export function binaryOp(a: Ref, b: Ref, op: number): Ref {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const inplace = (op & INPLACE) !== 0;
  const base = op & ~INPLACE;
  if (inplace) {
    const r = inplaceOne(a, b, op, ta);
    if (r !== NOT_IMPLEMENTED) return r;
  }
  let checkedReflected = false;
  if (ta !== tb && overrides(tb) && isSubtype(tb, ta)) {
    checkedReflected = true;
    const r = binaryOne(b, a, base, true, tb);
    if (r !== NOT_IMPLEMENTED) return r;
  }
  let r = binaryOne(a, b, base, false, ta);
  if (r !== NOT_IMPLEMENTED) return r;
  if (!checkedReflected && ta !== tb) {
    r = binaryOne(b, a, base, true, tb);
    if (r !== NOT_IMPLEMENTED) return r;
  }
  return binaryTypeError(a, b, base, inplace);
}

function inplaceOne(a: Ref, b: Ref, op: number, ta: Ref): Ref {
  if (overrides(ta)) {
    const d = lookupType(ta, dunders()[op & ~INPLACE].iop);
    return d === NULL ? NOT_IMPLEMENTED : callBound(d, a, [b]);
  }
  const slot = slotsOf(kindOfType(ta)).binary;
  return slot === undefined ? NOT_IMPLEMENTED : slot(a, b, op, false);
}

function binaryOne(self: Ref, other: Ref, op: number, reflected: boolean, t: Ref): Ref {
  if (overrides(t)) {
    const names = dunders()[op];
    const d = lookupType(t, reflected ? names.rop : names.op);
    return d === NULL ? NOT_IMPLEMENTED : callBound(d, self, [other]);
  }
  const slot = slotsOf(kindOfType(t)).binary;
  return slot === undefined ? NOT_IMPLEMENTED : slot(self, other, op, reflected);
}

function binaryTypeError(a: Ref, b: Ref, op: number, inplace: boolean): never {
  const ka = kindOfType(typeOf(a));
  const sequence = ka === Kind.STR || ka === Kind.LIST || ka === Kind.TUPLE || ka === Kind.BYTES || ka === Kind.BYTEARRAY;
  if (op === 0 && sequence) {
    typeError(`can only concatenate ${typeNameOf(a)} (not "${typeNameOf(b)}") to ${typeNameOf(a)}`);
  }
  if (op === 2 && (sequence || isSequenceKind(kindOfType(typeOf(b))))) {
    const nonInt = sequence ? b : a;
    typeError(`can't multiply sequence by non-int of type '${typeNameOf(nonInt)}'`);
  }
  const sym = BINARY_OP_INFO[op].symbol + (inplace ? '=' : '');
  if (op === 7 && !inplace) typeError(`unsupported operand type(s) for ** or pow(): '${typeNameOf(a)}' and '${typeNameOf(b)}'`);
  return typeError(`unsupported operand type(s) for ${sym}: '${typeNameOf(a)}' and '${typeNameOf(b)}'`);
}

function isSequenceKind(k: number): boolean {
  return k === Kind.STR || k === Kind.LIST || k === Kind.TUPLE || k === Kind.BYTES || k === Kind.BYTEARRAY;
}

const unaryDunder = (op: string): Ref => (op === '-' ? N.__neg__ : op === '+' ? N.__pos__ : N.__invert__);

/** Unary '-', '+' or '~'. */
export function unaryOp(r: Ref, op: string): Ref {
  const t = typeOf(r);
  if (overrides(t)) {
    const v = callDunder(r, unaryDunder(op), []);
    if (v !== NULL) return v;
  } else {
    const slot = slotsOf(kindOfType(t)).unary;
    if (slot !== undefined) {
      const v = slot(r, op);
      if (v !== NOT_IMPLEMENTED) return v;
    }
  }
  return typeError(`bad operand type for unary ${op}: '${typeName(t)}'`);
}

// ---- items ----

export function getItem(o: Ref, key: Ref): Ref {
  const t = typeOf(o);
  if (overrides(t)) {
    const v = callDunder(o, N.__getitem__, [key]);
    if (v !== NULL) return v;
  } else {
    const slot = slotsOf(kindOfType(t)).getitem;
    if (slot !== undefined) return slot(o, key);
  }
  if (kindOfType(t) === Kind.TYPE) {
    // Looked up on the class's own MRO, not its metaclass: `type[int]` works, `A[int]` not.
    const cg = lookupType(o, N.__class_getitem__);
    if (cg !== NULL) return callObject(descrGet(cg, NULL, o), [key]);
    typeError(`type '${typeName(o)}' is not subscriptable`);
  }
  return typeError(`'${typeName(t)}' object is not subscriptable`);
}


export function setItem(o: Ref, key: Ref, value: Ref): void {
  const t = typeOf(o);
  if (overrides(t)) {
    if (callDunder(o, N.__setitem__, [key, value]) !== NULL) return;
  } else {
    const slot = slotsOf(kindOfType(t)).setitem;
    if (slot !== undefined) { slot(o, key, value); return; }
  }
  typeError(`'${typeName(t)}' object does not support item assignment`);
}

export function delItem(o: Ref, key: Ref): void {
  const t = typeOf(o);
  if (overrides(t)) {
    if (callDunder(o, N.__delitem__, [key]) !== NULL) return;
  } else {
    const slot = slotsOf(kindOfType(t)).setitem;
    if (slot !== undefined) { slot(o, key, NULL); return; }
  }
  typeError(`'${typeName(t)}' object doesn't support item deletion`);
}

export function contains(container: Ref, v: Ref): boolean {
  const t = typeOf(container);
  if (overrides(t)) {
    const r = callDunder(container, N.__contains__, [v]);
    if (r !== NULL) return isTrue(r);
  } else {
    const slot = slotsOf(kindOfType(t)).contains;
    if (slot !== undefined) return slot(container, v);
  }
  const it = getIterOrNull(container);
  if (it === NULL) typeError(`argument of type '${typeName(t)}' is not iterable`);
  for (let x = iterNext(it); x !== NULL; x = iterNext(it)) if (equalsBool(x, v)) return true;
  return false;
}

export function length(o: Ref): number {
  const t = typeOf(o);
  if (overrides(t)) {
    const r = callDunder(o, N.__len__, []);
    if (r !== NULL) return lengthFromDunder(r);
  } else {
    const slot = slotsOf(kindOfType(t)).len;
    if (slot !== undefined) return slot(o);
  }
  return typeError(`object of type '${typeName(t)}' has no len()`);
}

function lengthFromDunder(r: Ref): number {
  const n = intValue(asIndex(r));
  if (n < 0) raise(Exc.ValueError, '__len__() should return >= 0');
  if (typeof n === 'bigint') raise(Exc.OverflowError, "cannot fit 'int' into an index-sized integer");
  return n;
}

// ---- numbers ----

/** The int for __index__ uses (slicing, range, bin): TypeError for non-integers. */
export function asIndex(r: Ref): Ref {
  if ((r & 1) === 1) return r;
  const t = typeOf(r);
  if (t === T_INT) return r;
  if (overrides(t)) {
    const v = callDunder(r, N.__index__, []);
    if (v !== NULL) {
      if (!isSubtype(typeOf(v), T_INT)) typeError(`__index__ returned non-int (type ${typeNameOf(v)})`);
      return v;
    }
  }
  const slot = slotsOf(kindOfType(t)).index;
  if (slot !== undefined) return slot(r);
  return typeError(`'${typeName(t)}' object cannot be interpreted as an integer`);
}

/** An index as a JS number; values beyond the safe range raise IndexError/OverflowError. */
export function indexValue(r: Ref): number {
  if ((r & 1) === 1) return r >> 1;
  const v = intValue(asIndex(r));
  if (typeof v === 'bigint') raise(Exc.IndexError, "cannot fit 'int' into an index-sized integer");
  return v;
}

export const intRef = newInt;

// ---- iteration ----

export function getIter(o: Ref): Ref {
  const it = getIterOrNull(o);
  if (it === NULL) typeError(`'${typeNameOf(o)}' object is not iterable`);
  return it;
}

let sequenceIterator: (o: Ref) => Ref = () => NULL;
/** Installed by the iterator module: iter() over an object with only __getitem__. */
export function setSequenceIterator(f: (o: Ref) => Ref): void { sequenceIterator = f; }

function getIterOrNull(o: Ref): Ref {
  const t = typeOf(o);
  if (overrides(t)) {
    const d = lookupType(t, N.__iter__);
    if (d === NONE) return NULL;
    if (d !== NULL) {
      const it = callBound(d, o, []);
      if (!isIterator(it)) typeError(`iter() returned non-iterator of type '${typeNameOf(it)}'`);
      return it;
    }
    if (lookupType(t, N.__getitem__) !== NULL) return sequenceIterator(o);
    return NULL;
  }
  const slot = slotsOf(kindOfType(t)).iter;
  return slot === undefined ? NULL : slot(o);
}

export function isIterator(r: Ref): boolean {
  const t = typeOf(r);
  if (overrides(t)) return lookupType(t, N.__next__) !== NULL;
  return slotsOf(kindOfType(t)).next !== undefined;
}

/** The next item, or NULL when the iterator is exhausted. */
export function iterNext(it: Ref): Ref {
  const t = typeOf(it);
  if (overrides(t)) {
    const d = lookupType(t, N.__next__);
    if (d === NULL) typeError(`'${typeName(t)}' object is not an iterator`);
    try {
      return callBound(d, it, []);
    } catch (e) {
      if (e instanceof PyRaise && isSubtype(typeOf(e.exc), Exc.StopIteration)) return NULL;
      throw e;
    }
  }
  const slot = slotsOf(kindOfType(t)).next;
  if (slot === undefined) typeError(`'${typeName(t)}' object is not an iterator`);
  return slot(it);
}

/** Collects an iterable into a JS array. */
export function iterToArray(o: Ref): Ref[] {
  const it = getIter(o);
  const out: Ref[] = [];
  for (let x = iterNext(it); x !== NULL; x = iterNext(it)) out.push(x);
  return out;
}

export function isNumberKind(r: Ref): boolean {
  const k = kindOfType(typeOf(r));
  return k === Kind.INT || k === Kind.BOOL || k === Kind.FLOAT;
}

export { intValue };
