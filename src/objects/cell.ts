// cell: a variable shared between a function and the functions nested in it.

import { alloc } from '../../gc/alloc.js';
import { CellL, Ref } from '../../gc/layout.js';
import { load, store } from '../../stm/barrier.js';
import { T_CELL } from './statics.js';

export function newCell(contents: Ref): Ref {
  const c = alloc(T_CELL, CellL.SIZE);
  store(c, CellL.CONTENTS, contents);
  return c;
}

export const cellGet = (c: Ref): Ref => load(c, CellL.CONTENTS);
export function cellSet(c: Ref, v: Ref): void { store(c, CellL.CONTENTS, v); }
