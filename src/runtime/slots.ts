// Native behaviour of built-in types, one table per Kind (see gc/layout Kind): what CPython
// calls type slots. Each object file registers its type's slots; src/runtime/abstract.ts
// dispatches to them, and to Python dunder methods for classes that override them. The same
// slots are exposed to Python as dunder methods of the built-in types (see dunders.ts), so
// `int.__add__(1, 2)` and `super().__getitem__(i)` reach the same code.

import type { Ref } from '../../gc/layout.js';
import type { Kwargs } from './native.js';

export interface Slots {
  /** repr() as a JS string. */
  repr?(self: Ref): string;
  /** str() as a JS string, when different from repr. */
  str?(self: Ref): string;
  /** Hash for tables: CPython's hash reduced to int32 (see abstract.hashOf). */
  hash?(self: Ref): number;
  /** CPython's whole hash, for hash() and __hash__, where it differs from `hash`. */
  fullHash?(self: Ref): number | bigint;
  /** Rich comparison (CompareOp); NOT_IMPLEMENTED when the other operand is unsupported. */
  compare?(self: Ref, other: Ref, op: number): Ref;
  bool?(self: Ref): boolean;
  len?(self: Ref): number;
  getitem?(self: Ref, key: Ref): Ref;
  /** value NULL deletes. */
  setitem?(self: Ref, key: Ref, value: Ref): void;
  contains?(self: Ref, value: Ref): boolean;
  iter?(self: Ref): Ref;
  /** Next item, or NULL when exhausted (no StopIteration is raised). */
  next?(self: Ref): Ref;
  /** Binary operator (BinaryOp, with INPLACE for in-place forms) where self is the left
   *  operand, or the right one when `reflected`; NOT_IMPLEMENTED if unsupported. */
  binary?(self: Ref, other: Ref, op: number, reflected: boolean): Ref;
  /** '-', '+', '~' */
  unary?(self: Ref, op: string): Ref;
  call?(self: Ref, args: Ref[], kw: Kwargs | null): Ref;
  /** __index__: the int value of an int-like object. */
  index?(self: Ref): Ref;
  /** Construction: type(args) for this built-in type or a subclass `cls`. */
  construct?(cls: Ref, args: Ref[], kw: Kwargs | null): Ref;
  /** Attribute lookup hook tried before the generic one (modules, types, super). */
  getattr?(self: Ref, name: Ref): Ref;
  setattr?(self: Ref, name: Ref, value: Ref): void;
  /** Descriptor __get__: obj is NULL when looked up on a class. */
  get?(self: Ref, obj: Ref, type: Ref): Ref;
  /** Descriptor __set__ (value NULL = delete); present only on data descriptors. */
  set?(self: Ref, obj: Ref, value: Ref): void;
}

const tables: Slots[] = [];

export function defineSlots(kind: number, slots: Slots): void {
  tables[kind] = Object.assign(tables[kind] ?? {}, slots);
}

export function slotsOf(kind: number): Slots {
  let t = tables[kind];
  if (t === undefined) { t = {}; tables[kind] = t; }
  return t;
}

let nextKind = 64;
/** A Kind for a built-in type made at boot (iterators, views): one per type. */
export function newKind(): number {
  return nextKind++;
}
