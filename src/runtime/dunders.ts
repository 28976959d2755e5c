// Built-in types' slots exposed as their dunder methods (int.__add__, list.__len__, ...):
// what Python subclasses, super() and explicit calls like int.__add__(1, 2) reach.

import { Kind, NULL, type Ref } from '../../gc/layout.js';
import { BINARY_OP_INFO, BinaryOp, COMPARE_OP_INFO, INPLACE } from '../compiler/opcodes.js';
import { newStr } from '../objects/str.js';
import { newInt } from '../objects/int.js';
import { NONE } from '../objects/statics.js';
import { typeOf } from '../objects/object.js';
import { Exc, newExceptionOfType } from '../objects/exception.js';
import { newTuple } from '../objects/tuple.js';
import { bool } from './abstract.js';
import { PyRaise } from './errors.js';
import { declarations, defMethod, type NativeSpec } from './native.js';
import { slotsOf, type Slots } from './slots.js';
import { allBuiltinTypes, defTypeAttribute } from './world.js';

function raiseStopIteration(): never {
  throw new PyRaise(newExceptionOfType(Exc.StopIteration, newTuple([])));
}

/** Declares the dunders of `type` from its slots. `hash` gives the full (unreduced) hash as an
 *  int (null: inherited); `binaryOps` are the BinaryOp values the type implements (** is
 *  declared separately where it takes a modulus), `unaryOps` the unary operators. */
export function defSlotDunders(type: Ref, slots: Slots, hash: ((self: Ref) => Ref) | null, binaryOps: readonly number[], unaryOps: string): void {
  const { repr, compare, bool: truth, binary, unary } = slots;
  if (repr !== undefined) defMethod(type, { name: '__repr__', fn: (self) => newStr(repr(self)) });
  if (hash !== null) defMethod(type, { name: '__hash__', fn: hash });
  if (truth !== undefined) defMethod(type, { name: '__bool__', fn: (self) => bool(truth(self)) });
  if (compare !== undefined) {
    COMPARE_OP_INFO.forEach((info, op) => {
      defMethod(type, { name: info.dunder, params: ['value'], fn: (self, other) => compare(self, other, op) });
    });
  }
  if (binary !== undefined) {
    for (const op of binaryOps) {
      const info = BINARY_OP_INFO[op];
      defMethod(type, { name: info.dunder, params: ['value'], fn: (self, other) => binary(self, other, op, false) });
      defMethod(type, { name: info.rdunder, params: ['value'], fn: (self, other) => binary(self, other, op, true) });
    }
  }
  if (unary !== undefined) {
    for (const op of unaryOps) {
      const name = op === '-' ? '__neg__' : op === '+' ? '__pos__' : '__invert__';
      defMethod(type, { name, fn: (self) => unary(self, op) });
    }
  }
}

/** Declares, for the root type of every built-in Kind, the dunders of the slots it has and
 *  does not declare itself; containers without a hash get __hash__ = None. Runs once, after
 *  every object module is imported (runtime/modules.ts), so its order is fixed too. */
export function declareSlotDunders(): void {
  const explicit = new Set<string>();
  for (const d of declarations) if ('type' in d.owner) explicit.add(`${ownerKey(d.owner.type)}.${d.native.name}`);
  for (const rec of allBuiltinTypes()) {
    if (rec.base !== NULL && heap32Kind(rec.base) === rec.kind) continue;
    const slots = slotsOf(rec.kind);
    const missing = (name: string) => !explicit.has(`${rec.address}.${name}`) && !explicit.has(`${rec.name}.${name}`);
    const def = (name: string, spec: Omit<NativeSpec, 'name'>) => { if (missing(name)) defMethod(rec.address, { name, ...spec }); };
    declareFor(slots, def, OPERATORS_OF_KIND.get(rec.kind));
    if (slots.hash === undefined && UNHASHABLE.has(rec.kind) && missing('__hash__')) defTypeAttribute(rec.address, '__hash__', () => NONE);
  }
}

const UNHASHABLE = new Set<number>([Kind.LIST, Kind.DICT, Kind.SET, Kind.BYTEARRAY, Kind.SLICE]);

/** The operators whose dunders a built-in Kind has, as in CPython (so `dir(str)` shows
 *  __add__, __mul__, __rmul__, __mod__, __rmod__ and not __sub__); Kinds not listed have all. */
const { ADD, SUB, MUL, MOD, AND, OR, XOR } = BinaryOp;
const OPERATORS_OF_KIND = new Map<number, readonly number[]>([
  [Kind.STR, [ADD, MUL, MOD]], [Kind.BYTES, [ADD, MUL, MOD]], [Kind.BYTEARRAY, [ADD, MUL, MOD]],
  [Kind.LIST, [ADD, MUL]], [Kind.TUPLE, [ADD, MUL]], [Kind.DICT, [OR]],
  [Kind.SET, [SUB, AND, OR, XOR]], [Kind.FROZENSET, [SUB, AND, OR, XOR]],
]);
const INPLACE_KINDS = new Set<number>([Kind.LIST, Kind.DICT, Kind.SET, Kind.BYTEARRAY]);

function ownerKey(owner: Ref | string): string {
  return String(owner);
}

/** The Kind of a built-in type from the registry (the heap does not exist yet). */
function heap32Kind(t: Ref): number {
  return allBuiltinTypes().find((r) => r.address === t)?.kind ?? -1;
}

type Def = (name: string, spec: Omit<NativeSpec, 'name'>) => void;

function declareFor(slots: Slots, def: Def, operators: readonly number[] | undefined): void {
  const s = slots;
  if (s.repr) { const f = s.repr; def('__repr__', { fn: (self) => newStr(f(self)) }); }
  if (s.str) { const f = s.str; def('__str__', { fn: (self) => newStr(f(self)) }); }
  if (s.hash) { const f = s.fullHash ?? s.hash; def('__hash__', { fn: (self) => newInt(f(self)) }); }
  if (s.bool) { const f = s.bool; def('__bool__', { fn: (self) => bool(f(self)) }); }
  if (s.len) { const f = s.len; def('__len__', { fn: (self) => newInt(f(self)) }); }
  if (s.compare) {
    const f = s.compare;
    COMPARE_OP_INFO.forEach((info, op) => def(info.dunder, { params: ['value'], fn: (self, other) => f(self, other, op) }));
  }
  if (s.getitem) { const f = s.getitem; def('__getitem__', { params: ['key'], fn: (self, k) => f(self, k) }); }
  if (s.setitem) {
    const f = s.setitem;
    def('__setitem__', { params: ['key', 'value'], fn: (self, k, v) => { f(self, k, v); return NONE; } });
    def('__delitem__', { params: ['key'], fn: (self, k) => { f(self, k, NULL); return NONE; } });
  }
  if (s.contains) { const f = s.contains; def('__contains__', { params: ['key'], fn: (self, k) => bool(f(self, k)) }); }
  if (s.iter) { const f = s.iter; def('__iter__', { fn: (self) => f(self) }); }
  if (s.next) { const f = s.next; def('__next__', { fn: (self) => nextOrStop(f(self)) }); }
  if (s.index) { const f = s.index; def('__index__', { fn: (self) => f(self) }); }
  if (s.call) { const f = s.call; def('__call__', { varfn: (self, args, kw) => f(self, args, kw) }); }
  if (s.get) { const f = s.get; def('__get__', { params: ['instance', 'owner'], required: 1, fn: (self, o, t) => f(self, o === NONE ? NULL : o, t === NULL || t === NONE ? typeOf(o) : t) }); }
  if (s.set) {
    const f = s.set;
    def('__set__', { params: ['instance', 'value'], fn: (self, o, v) => { f(self, o, v); return NONE; } });
    def('__delete__', { params: ['instance'], fn: (self, o) => { f(self, o, NULL); return NONE; } });
  }
  if (s.binary) declareBinary(s.binary, def, operators);
  if (s.unary) {
    const f = s.unary;
    for (const [op, name] of [['-', '__neg__'], ['+', '__pos__'], ['~', '__invert__']]) def(name, { fn: (self) => f(self, op) });
  }
}

function declareBinary(f: NonNullable<Slots['binary']>, def: Def, operators: readonly number[] | undefined): void {
  BINARY_OP_INFO.forEach((info, op) => {
    if (operators !== undefined && !operators.includes(op)) return;
    def(info.dunder, { params: ['value'], fn: (self, other) => f(self, other, op, false) });
    def(info.rdunder, { params: ['value'], fn: (self, other) => f(self, other, op, true) });
  });
}

/** __iadd__ and friends for mutable containers, whose in-place forms differ. */
export function declareInplaceDunders(): void {
  for (const rec of allBuiltinTypes()) {
    if (!INPLACE_KINDS.has(rec.kind) || (rec.base !== NULL && heap32Kind(rec.base) === rec.kind)) continue;
    const f = slotsOf(rec.kind).binary;
    if (f === undefined) continue;
    const operators = OPERATORS_OF_KIND.get(rec.kind);
    BINARY_OP_INFO.forEach((info, op) => {
      if (operators !== undefined && !operators.includes(op)) return;
      defMethod(rec.address, { name: info.idunder, params: ['value'], fn: (self, other) => f(self, other, op | INPLACE, false) });
    });
  }
}

function nextOrStop(v: Ref): Ref {
  if (v === NULL) raiseStopIteration();
  return v;
}
