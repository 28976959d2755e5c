// bool: an int subclass with exactly two instances, TRUE and FALSE (static objects). It
// behaves as the ints 1 and 0 except for its repr and for & | ^ between two bools.

import { defSlotDunders } from '../runtime/dunders.js';
import { Kind, NULL, Ref } from '../../gc/layout.js';
import { BinaryOp, INPLACE } from '../compiler/opcodes.js';
import { bool, isTrue } from '../runtime/abstract.js';
import { defStaticMethod } from '../runtime/native.js';
import { defineSlots } from '../runtime/slots.js';
import { typeError } from './exception.js';
import { checkNewClass, exactInt, intBinary, intCompare, intUnary } from './int.js';
import { FALSE, T_BOOL, TRUE } from './statics.js';

const isBool = (r: Ref): boolean => r === TRUE || r === FALSE;

function boolBinary(self: Ref, other: Ref, op: number, reflected: boolean): Ref {
  const base = op & ~INPLACE;
  if (isBool(other)) {
    // Both operands are bools (bool cannot be subclassed): the operators are symmetric.
    if (base === BinaryOp.AND) return bool(self === TRUE && other === TRUE);
    if (base === BinaryOp.OR) return bool(self === TRUE || other === TRUE);
    if (base === BinaryOp.XOR) return bool(self !== other);
  }
  return intBinary(self, other, op, reflected);
}

const boolRepr = (self: Ref): string => (self === TRUE ? 'True' : 'False');

defineSlots(Kind.BOOL, {
  repr: boolRepr,
  hash: (self) => (self === TRUE ? 1 : 0),
  compare: intCompare,
  bool: (self) => self === TRUE,
  index: exactInt,
  binary: boolBinary,
  unary: intUnary,
});

// bool's own dunders; the rest are int's.
defSlotDunders(T_BOOL, { repr: boolRepr, binary: boolBinary }, null, [BinaryOp.AND, BinaryOp.OR, BinaryOp.XOR], '');

defStaticMethod(T_BOOL, {
  name: '__new__',
  varfn: (_self, args, kw) => {
    checkNewClass(args.length > 0 ? args[0] : NULL, T_BOOL);
    if (kw !== null && kw.names.length > 0) typeError('bool() takes no keyword arguments');
    if (args.length > 2) typeError(`bool expected at most 1 argument, got ${args.length - 1}`);
    return args.length === 2 ? bool(isTrue(args[1])) : FALSE;
  },
});
