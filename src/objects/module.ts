// module: a namespace dict with a name.

import { alloc } from '../../gc/alloc.js';
import { ModuleL, NULL, Ref } from '../../gc/layout.js';
import { load, store } from '../../stm/barrier.js';
import { dictGetStr, dictSet, newDict } from './dict.js';
import { NONE, T_MODULE } from './statics.js';
import { N } from '../runtime/names.js';
import { newStr, strValue } from './str.js';

export function newModule(name: string, type: Ref = T_MODULE): Ref {
  const m = alloc(type, ModuleL.SIZE);
  const d = newDict();
  store(m, ModuleL.DICT, d);
  dictSet(d, N.__name__, newStr(name));
  dictSet(d, N.__doc__, NONE);
  dictSet(d, N.__package__, NONE);
  dictSet(d, N.__loader__, NONE);
  dictSet(d, N.__spec__, NONE);
  return m;
}

export const moduleDict = (m: Ref): Ref => load(m, ModuleL.DICT);

export function moduleName(m: Ref): string {
  const n = dictGetStr(moduleDict(m), N.__name__);
  return n === NULL ? '?' : strValue(n);
}
