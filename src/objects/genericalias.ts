// types.GenericAlias: what `list[int]` and `dict[str, int]` evaluate to. It records the origin
// class and the argument tuple, prints as the subscription it came from, and calling it
// calls the origin.

import { alloc } from '../../gc/alloc.js';
import { heap } from '../../gc/heap.js';
import { NativeL, NULL, Ref } from '../../gc/layout.js';
import { CompareOp } from '../compiler/opcodes.js';
import { bool, equalsBool, hashOf, moduleNameOf, qualnameOf, repr } from '../runtime/abstract.js';
import { callObject } from '../runtime/call.js';
import { N } from '../runtime/names.js';
import { defGetSet, defStaticMethod } from '../runtime/native.js';
import { defineSlots, newKind } from '../runtime/slots.js';
import { defineBuiltinType } from '../runtime/world.js';
import { typeError } from './exception.js';
import { typeOf } from './object.js';
import { ELLIPSIS, NOT_IMPLEMENTED, T_TUPLE } from './statics.js';
import { strValue } from './str.js';
import { newTuple, tupleHash, tupleItem, tupleLength } from './tuple.js';
import { isType, lookupType } from './typeobject.js';

const KIND_GENERIC_ALIAS = newKind();
export const T_GENERIC_ALIAS = defineBuiltinType('GenericAlias', KIND_GENERIC_ALIAS, undefined, 0, 'types');

const ORIGIN = NativeL.A;
const ARGS = NativeL.B;

/** origin[args]: `args` is the subscript, a tuple for several arguments. */
export function genericAlias(origin: Ref, args: Ref): Ref {
  const tuple = (args & 1) === 0 && heap.i32[args] === T_TUPLE ? args : newTuple([args]);
  const g = alloc(T_GENERIC_ALIAS, NativeL.SIZE);
  heap.i32[g + ORIGIN] = origin;
  heap.i32[g + ARGS] = tuple;
  return g;
}

const originOf = (g: Ref): Ref => heap.i32[g + ORIGIN];
const argsOf = (g: Ref): Ref => heap.i32[g + ARGS];

/** How an argument prints inside the brackets: classes by qualified name, `...` bare. */
function argRepr(a: Ref): string {
  if (a === ELLIPSIS) return '...';
  if (isType(a) && typeOf(a) !== T_GENERIC_ALIAS) {
    const mod = moduleNameOf(a);
    const name = qualnameOf(a);
    return mod === 'builtins' ? name : `${mod}.${name}`;
  }
  return repr(a);
}

function aliasRepr(g: Ref): string {
  const args = argsOf(g);
  const n = tupleLength(args);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(argRepr(tupleItem(args, i)));
  return `${argRepr(originOf(g))}[${n === 0 ? '()' : parts.join(', ')}]`;
}

defineSlots(KIND_GENERIC_ALIAS, {
  repr: aliasRepr,
  hash: (g) => hashOf(originOf(g)) ^ tupleHash(argsOf(g)),
  compare: (a, b, op) => {
    if (typeOf(b) !== T_GENERIC_ALIAS || (op !== CompareOp.EQ && op !== CompareOp.NE)) return NOT_IMPLEMENTED;
    const same = equalsBool(originOf(a), originOf(b)) && equalsBool(argsOf(a), argsOf(b));
    return bool(same === (op === CompareOp.EQ));
  },
  call: (g, args, kw) => callObject(originOf(g), args, kw),
});

defStaticMethod(T_GENERIC_ALIAS, {
  name: '__new__',
  varfn: (_self, args, kw) => {
    if (kw !== null) typeError('GenericAlias() takes no keyword arguments');
    if (args.length !== 3) typeError(`GenericAlias expected 2 arguments, got ${args.length - 1}`);
    return genericAlias(args[1], args[2]);
  },
});

defGetSet(T_GENERIC_ALIAS, '__origin__', originOf);
defGetSet(T_GENERIC_ALIAS, '__args__', argsOf);
defGetSet(T_GENERIC_ALIAS, '__parameters__', () => newTuple([]));

