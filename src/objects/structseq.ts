// Struct sequences: tuples whose items also have names, like sys.version_info and
// sys.float_info. Each is a built-in tuple subclass with a getter per field.

import { Kind, Ref, TypeFlags } from '../../gc/layout.js';
import { repr } from '../runtime/abstract.js';
import { defGetSet, defMethod } from '../runtime/native.js';
import { defineBuiltinType } from '../runtime/world.js';
import { T_TUPLE } from './statics.js';
import { newStr } from './str.js';
import { newTuple, tupleItem, tupleLength } from './tuple.js';

/** Declares a struct sequence type `module.name` with the given fields. */
export function defineStructSeq(name: string, module: string, fields: readonly string[]): Ref {
  const t = defineBuiltinType(name, Kind.TUPLE, T_TUPLE, TypeFlags.OVERRIDES, module);
  fields.forEach((field, i) => defGetSet(t, field, (self) => tupleItem(self, i)));
  defMethod(t, {
    name: '__repr__',
    fn: (self) => {
      const parts: string[] = [];
      for (let i = 0; i < tupleLength(self); i++) parts.push(`${fields[i]}=${repr(tupleItem(self, i))}`);
      return newStr(`${module}.${name}(${parts.join(', ')})`);
    },
  });
  return t;
}

export function newStructSeq(type: Ref, items: Ref[]): Ref {
  return newTuple(items, type);
}
