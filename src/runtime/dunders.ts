// Built-in types' slots exposed as their dunder methods (int.__add__, list.__len__, ...):
// what Python subclasses, super() and explicit calls like int.__add__(1, 2) reach.

import type { Ref } from '../../gc/layout.js';
import { BINARY_OP_INFO, COMPARE_OP_INFO } from '../compiler/opcodes.js';
import { newStr } from '../objects/str.js';
import { bool } from './abstract.js';
import { defMethod } from './native.js';
import type { Slots } from './slots.js';

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
