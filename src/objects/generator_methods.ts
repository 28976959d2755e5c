// What Python sees of generator objects: the iterator protocol, send/throw/close and their
// attributes. Running them is interpreter/generator.ts's job.

import { GeneratorL, GenState, Kind, NULL, Ref } from '../../gc/layout.js';
import { load, store } from '../../stm/barrier.js';
import { addressOf, bool } from '../runtime/abstract.js';
import { callObject } from '../runtime/call.js';
import { defGetSet, defMethod } from '../runtime/native.js';
import { defineSlots } from '../runtime/slots.js';
import { generatorClose, generatorNext, generatorSend, generatorThrow } from '../interpreter/generator.js';
import { typeError } from './exception.js';
import { typeOf } from './object.js';
import { defRepr, identityCompare, identityHash } from './object_methods.js';
import { NONE, T_BASE_EXCEPTION, T_GENERATOR, T_STR, T_TRACEBACK, T_TUPLE } from './statics.js';
import { strValue } from './str.js';
import { tupleItems } from './tuple.js';
import { isSubtype, isType, typeName } from './typeobject.js';

function generatorRepr(g: Ref): string {
  return `<generator object ${strValue(load(g, GeneratorL.QUALNAME))} at ${addressOf(g)}>`;
}

defineSlots(Kind.GENERATOR, {
  repr: generatorRepr,
  hash: identityHash,
  compare: identityCompare,
  iter: (g) => g,
  next: generatorNext,
});

defRepr(T_GENERATOR, generatorRepr);
defMethod(T_GENERATOR, { name: '__iter__', fn: (g) => g });
// Unlike the next slot, __next__ raises StopIteration carrying the return value.
defMethod(T_GENERATOR, { name: '__next__', fn: (g) => generatorSend(g, NONE) });
defMethod(T_GENERATOR, { name: 'send', params: ['value'], fn: generatorSend });
defMethod(T_GENERATOR, { name: 'close', fn: generatorClose });
defMethod(T_GENERATOR, {
  name: 'throw',
  params: ['typ', 'val', 'tb'],
  required: 1,
  fn: (g, typ, val, tb) => generatorThrow(g, thrownException(typ, val, tb)),
});

/** The exception gen.throw(typ[, val[, tb]]) raises in the generator, made as `raise` would. */
function thrownException(typ: Ref, val: Ref, tb: Ref): Ref {
  if (tb !== NULL && tb !== NONE && typeOf(tb) !== T_TRACEBACK) typeError('throw() third argument must be a traceback object');
  const value = val === NULL ? NONE : val;
  if (isType(typ) && isSubtype(typ, T_BASE_EXCEPTION)) {
    if (isSubtype(typeOf(value), typ)) return value;
    const args = value === NONE ? [] : typeOf(value) === T_TUPLE ? tupleItems(value) : [value];
    const e = callObject(typ, args);
    if (!isSubtype(typeOf(e), T_BASE_EXCEPTION)) {
      typeError(`calling ${typeName(typ)} should have returned an instance of BaseException, not ${typeName(typeOf(e))}`);
    }
    return e;
  }
  if (isSubtype(typeOf(typ), T_BASE_EXCEPTION)) {
    if (value !== NONE) typeError('instance exception may not have a separate value');
    return typ;
  }
  return typeError(`exceptions must be classes or instances deriving from BaseException, not ${typeName(typeOf(typ))}`);
}

defGetSet(T_GENERATOR, 'gi_running', (g) => bool(load(g, GeneratorL.STATE) === GenState.RUNNING));
defGetSet(T_GENERATOR, 'gi_frame', () => NONE);
defGetSet(T_GENERATOR, 'gi_code', (g) => load(g, GeneratorL.CODE));
defGetSet(T_GENERATOR, 'gi_suspended', (g) => bool(load(g, GeneratorL.STATE) === GenState.SUSPENDED));

for (const [name, word] of [['__name__', GeneratorL.NAME], ['__qualname__', GeneratorL.QUALNAME]] as const) {
  defGetSet(T_GENERATOR, name, (g) => load(g, word), (g, v) => {
    if (v === NULL || !isSubtype(typeOf(v), T_STR)) typeError(`${name} must be set to a string object`);
    store(g, word, v);
    return NONE;
  });
}
