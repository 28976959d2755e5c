// Internal word arrays: the growable storage behind lists, dict tables and saved frames.
// Not visible to Python. Their words are mutable and go through the barrier API.

import { alloc } from '../../gc/alloc.js';
import { heap } from '../../gc/heap.js';
import { ArrayL, Ref } from '../../gc/layout.js';
import { T_ARRAY } from './statics.js';

export function newArray(length: number): Ref {
  const r = alloc(T_ARRAY, ArrayL.ITEMS + length);
  heap.i32[r + ArrayL.LENGTH] = length;
  return r;
}

/** An array's length never changes after creation: readable without a barrier. */
export const arrayLength = (a: Ref): number => heap.i32[a + ArrayL.LENGTH];
