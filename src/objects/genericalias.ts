// types.GenericAlias: what `list[int]` and `dict[str, int]` evaluate to. It records the origin
// class and the argument tuple, prints as the subscription it came from, and calling it
// calls the origin.

import { alloc } from '../../gc/alloc.js';
import { heap } from '../../gc/heap.js';
import { Kind, NativeL, NULL, Ref } from '../../gc/layout.js';
import { BinaryOp, CompareOp } from '../compiler/opcodes.js';
import { bool, equalsBool, hashOf, moduleNameOf, qualnameOf, repr } from '../runtime/abstract.js';
import { callObject } from '../runtime/call.js';
import { N } from '../runtime/names.js';
import { defGetSet, defMethod, defStaticMethod } from '../runtime/native.js';
import { defineSlots, newKind } from '../runtime/slots.js';
import { defineBuiltinType } from '../runtime/world.js';
import { typeError } from './exception.js';
import { typeOf } from './object.js';
import { ELLIPSIS, NONE, NOT_IMPLEMENTED, T_TUPLE } from './statics.js';
import { newFrozenSet, setAdd } from './set.js';
import { strValue } from './str.js';
import { newTuple, tupleHash, tupleItem, tupleLength } from './tuple.js';
import { isSubtype, isType, lookupType } from './typeobject.js';

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


// ---- types.UnionType: `int | str` ----

const KIND_UNION = newKind();
export const T_UNION = defineBuiltinType('UnionType', KIND_UNION, undefined, 0, 'types');

/** Whether `x` may be a member of a union made with `|`. */
function unionable(x: Ref): boolean {
  return x === NONE || isType(x) || typeOf(x) === T_GENERIC_ALIAS || typeOf(x) === T_UNION;
}

/** a | b for types (and None, aliases, unions): flattened, without repeats. */
export function unionOf(a: Ref, b: Ref): Ref {
  if (!unionable(a) || !unionable(b)) return NOT_IMPLEMENTED;
  const members: Ref[] = [];
  for (const x of [a, b]) {
    const items = typeOf(x) === T_UNION ? unionArgs(x) : [x === NONE ? typeOf(NONE) : x];
    for (const m of items) if (!members.includes(m)) members.push(m);
  }
  if (members.length === 1) return members[0];
  const u = alloc(T_UNION, NativeL.SIZE);
  heap.i32[u + ARGS] = newTuple(members);
  return u;
}

function unionArgs(u: Ref): Ref[] {
  const t = argsOf(u);
  const out: Ref[] = [];
  for (let i = 0; i < tupleLength(t); i++) out.push(tupleItem(t, i));
  return out;
}

function unionMemberRepr(m: Ref): string {
  return m === typeOf(NONE) ? 'None' : argRepr(m);
}

defineSlots(KIND_UNION, {
  repr: (u) => unionArgs(u).map(unionMemberRepr).join(' | '),
  hash: (u) => hashOf(newFrozenSetOf(unionArgs(u))),
  compare: (u, other, op) => {
    if (typeOf(other) !== T_UNION || (op !== CompareOp.EQ && op !== CompareOp.NE)) return NOT_IMPLEMENTED;
    const a = unionArgs(u);
    const b = unionArgs(other);
    const same = a.length === b.length && a.every((x) => b.includes(x));
    return bool(op === CompareOp.EQ ? same : !same);
  },
  binary: (self, other, op, reflected) => (op === BinaryOp.OR ? (reflected ? unionOf(other, self) : unionOf(self, other)) : NOT_IMPLEMENTED),
});
defGetSet(T_UNION, '__args__', argsOf);
defMethod(T_UNION, {
  name: '__instancecheck__', params: ['instance'],
  fn: (u, obj) => bool(unionArgs(u).some((m) => checkMember(m) && isSubtype(typeOf(obj), m))),
});
defMethod(T_UNION, {
  name: '__subclasscheck__', params: ['subclass'],
  fn: (u, sub) => bool(unionArgs(u).some((m) => checkMember(m) && isType(sub) && isSubtype(sub, m))),
});

function newFrozenSetOf(items: Ref[]): Ref {
  const s = newFrozenSet();
  for (const x of items) setAdd(s, x);
  return s;
}

function checkMember(m: Ref): boolean {
  if (typeOf(m) === T_GENERIC_ALIAS) typeError('isinstance() argument 2 cannot be a parameterized generic');
  return true;
}

/** `|` between classes makes a union, as type.__or__ does. */
defineSlots(Kind.TYPE, {
  binary: (self, other, op, reflected) => (op === BinaryOp.OR ? (reflected ? unionOf(other, self) : unionOf(self, other)) : NOT_IMPLEMENTED),
});
