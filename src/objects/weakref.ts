// weakref.ref (module _weakref): a reference that does not keep its object alive. The
// collector does not trace REFERENT; when the object is found unreachable it clears the word
// and queues the callback, called with the weakref after the collection (gc/collector.ts).
// WeakValueDictionary, WeakKeyDictionary, WeakSet, finalize and proxy are in lib/weakref.py.

import { alloc } from '../../gc/alloc.js';
import { heap } from '../../gc/heap.js';
import { CompareOp } from '../compiler/opcodes.js';
import { Kind, NULL, Ref, TypeFlags, WeakrefL } from '../../gc/layout.js';
import { load, store } from '../../stm/barrier.js';
import { addressOf, equalsBool } from '../runtime/abstract.js';
import { pythonHash } from '../modules/builtins.js';
import { intValue, newInt } from './int.js';
import { defGetSet, defMethod, defStaticMethod } from '../runtime/native.js';
import { defineModuleFiller } from '../runtime/boot.js';
import { intern } from '../runtime/intern.js';
import { dictSet } from './dict.js';
import { moduleDict } from './module.js';
import { defineSlots } from '../runtime/slots.js';
import { defineBuiltinType } from '../runtime/world.js';
import { typeError } from './exception.js';
import { typeOf } from './object.js';
import { FALSE, NONE, NOT_IMPLEMENTED, TRUE } from './statics.js';
import { qualnameOf } from '../runtime/abstract.js';
import { typeBasicSize, typeFlags, typeKind, typeName } from './typeobject.js';

export const T_WEAKREF = defineBuiltinType('ReferenceType', Kind.WEAKREF, undefined, TypeFlags.BASETYPE, 'weakref', WeakrefL.SIZE);

/** Kinds whose exact built-in instances cannot be weakly referenced, as in CPython (their
 *  Python subclasses can, except those of int, str, bytes and tuple). */
const NOT_WEAKREFABLE = new Set<number>([
  Kind.INT, Kind.BOOL, Kind.FLOAT, Kind.COMPLEX, Kind.STR, Kind.BYTES, Kind.TUPLE, Kind.LIST, Kind.DICT,
  Kind.NONE, Kind.NOTIMPLEMENTED, Kind.ELLIPSIS, Kind.ARRAY,
]);
const NEVER_WEAKREFABLE = new Set<number>([Kind.INT, Kind.BOOL, Kind.STR, Kind.BYTES, Kind.TUPLE]);

function checkReferable(obj: Ref): void {
  const t = typeOf(obj);
  const kind = typeKind(t);
  const heapType = (typeFlags(t) & TypeFlags.HEAPTYPE) !== 0;
  if ((obj & 1) === 1 || NEVER_WEAKREFABLE.has(kind) || (!heapType && NOT_WEAKREFABLE.has(kind))) {
    typeError(`cannot create weak reference to '${typeName(t)}' object`);
  }
}

export function newWeakref(cls: Ref, obj: Ref, callback: Ref): Ref {
  checkReferable(obj);
  const w = alloc(cls, Math.max(WeakrefL.SIZE, typeBasicSize(cls)));
  heap.i32[w + WeakrefL.REFERENT] = obj;
  heap.i32[w + WeakrefL.CALLBACK] = callback === NONE ? NULL : callback;
  return w;
}

/** The referent, or NULL once it has died. */
export const weakrefTarget = (w: Ref): Ref => load(w, WeakrefL.REFERENT);

defStaticMethod(T_WEAKREF, {
  name: '__new__',
  varfn: (_s, args) => {
    if (args.length < 2) typeError('__new__ expected at least 1 argument, got 0');
    if (args[0] === T_WEAKREF && args.length > 3) typeError(`__new__ expected at most 2 arguments, got ${args.length - 1}`);
    return newWeakref(args[0], args[1], args.length > 2 ? args[2] : NULL);
  },
});
// Subclasses (WeakValueDictionary's keyed references) take more arguments in __init__.
defMethod(T_WEAKREF, { name: '__init__', varfn: () => NONE });

/** The referent's hash, computed while it lives and kept for after (an int Ref). */
function weakrefHash(self: Ref): Ref {
  let h = load(self, WeakrefL.HASH);
  if (h !== NULL) return h;
  const r = weakrefTarget(self);
  if (r === NULL) typeError('weak object has gone away');
  h = newInt(pythonHash(r));
  store(self, WeakrefL.HASH, h);
  return h;
}

defineSlots(Kind.WEAKREF, {
  call: (self, args) => {
    if (args.length > 0) typeError(`weakref expected 0 arguments, got ${args.length}`);
    const r = weakrefTarget(self);
    return r === NULL ? NONE : r;
  },
  hash: (self) => {
    const h = intValue(weakrefHash(self));
    return typeof h === 'number' ? h | 0 : Number(BigInt.asIntN(32, h));
  },
  fullHash: (self) => intValue(weakrefHash(self)),
  compare: (self, other, op) => {
    if ((op !== CompareOp.EQ && op !== CompareOp.NE) || (other & 1) === 1 || typeKind(typeOf(other)) !== Kind.WEAKREF) {
      return NOT_IMPLEMENTED;
    }
    const a = weakrefTarget(self);
    const b = weakrefTarget(other);
    const eq = a === NULL || b === NULL ? self === other : equalsBool(a, b);
    return eq === (op === CompareOp.EQ) ? TRUE : FALSE;
  },
  repr: (self) => {
    const r = weakrefTarget(self);
    if (r === NULL) return `<weakref at ${addressOf(self)}; dead>`;
    return `<weakref at ${addressOf(self)}; to '${qualnameOf(typeOf(r))}' at ${addressOf(r)}>`;
  },
});

defGetSet(T_WEAKREF, '__callback__', (self) => {
  const cb = load(self, WeakrefL.CALLBACK);
  return cb === NULL || weakrefTarget(self) === NULL ? NONE : cb;
});

defineModuleFiller('_weakref', (m) => {
  const d = moduleDict(m);
  dictSet(d, intern('ref'), T_WEAKREF);
  dictSet(d, intern('ReferenceType'), T_WEAKREF);
});
