// A thread waiting in the start queue: a tuple (callable, args tuple, kwargs dict or None,
// ident) in the heap, so that any worker can take it.

import { Ref } from '../../gc/layout.js';
import { kwargsFromDict } from '../interpreter/arguments.js';
import { NONE } from '../objects/statics.js';
import { strValue } from '../objects/str.js';
import { newTuple, tupleItem, tupleItems } from '../objects/tuple.js';
import type { Kwargs } from '../runtime/native.js';

export function newThreadRecord(func: Ref, args: Ref, kwargs: Ref, ident: number): Ref {
  return newTuple([func, args, kwargs, (ident << 1) | 1]);
}

export const recordFunc = (r: Ref): Ref => tupleItem(r, 0);
export const recordArgs = (r: Ref): Ref[] => tupleItems(tupleItem(r, 1));
export const recordIdent = (r: Ref): number => tupleItem(r, 3) >> 1;

export function recordKwargs(r: Ref): Kwargs | null {
  const d = tupleItem(r, 2);
  if (d === NONE) return null;
  const kw: Kwargs = { names: [], values: [] };
  kwargsFromDict(d, kw.names, kw.values, strValue);
  return kw.names.length === 0 ? null : kw;
}
