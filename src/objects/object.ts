// The `object` type and what every object has: a type, an identity, a layout Kind.

import { heap } from '../../gc/heap.js';
import { HDR_INFO, HDR_TYPE, infoSize, Ref, TypeL } from '../../gc/layout.js';
import { T_INT } from './statics.js';

/** The type of any reference: small ints are ints, objects carry their type in the header. */
export function typeOf(r: Ref): Ref {
  return (r & 1) === 1 ? T_INT : heap.i32[r + HDR_TYPE];
}

/** The layout Kind of an object's instances' type (see gc/layout Kind). */
export function kindOf(r: Ref): number {
  return heap.i32[typeOf(r) + TypeL.KIND];
}

export function objectWords(r: Ref): number {
  return infoSize(heap.i32[r + HDR_INFO]);
}

export const isSmallInt = (r: Ref): boolean => (r & 1) === 1;
