// traceback: the chain of (code, instruction) an exception passed through, outermost first.

import { alloc } from '../../gc/alloc.js';
import { NULL, Ref, TracebackL } from '../../gc/layout.js';
import { load, store } from '../../stm/barrier.js';
import { NONE, T_TRACEBACK } from './statics.js';
import { defGetSet } from '../runtime/native.js';
import { newInt } from './int.js';

export function newTraceback(next: Ref, code: Ref, instr: number, line: number): Ref {
  const tb = alloc(T_TRACEBACK, TracebackL.SIZE);
  store(tb, TracebackL.NEXT, next);
  store(tb, TracebackL.CODE, code);
  store(tb, TracebackL.INSTR, instr);
  store(tb, TracebackL.LINE, line);
  return tb;
}

export const tbNext = (tb: Ref): Ref => load(tb, TracebackL.NEXT);
export const tbCode = (tb: Ref): Ref => load(tb, TracebackL.CODE);
export const tbInstr = (tb: Ref): number => load(tb, TracebackL.INSTR);
export const tbLine = (tb: Ref): number => load(tb, TracebackL.LINE);
export const hasTraceback = (tb: Ref): boolean => tb !== NULL;

defGetSet(T_TRACEBACK, 'tb_next', (tb) => orNone(tbNext(tb)));
defGetSet(T_TRACEBACK, 'tb_lineno', (tb) => newInt(tbLine(tb)));
defGetSet(T_TRACEBACK, 'tb_lasti', (tb) => newInt(tbInstr(tb) * 2));
defGetSet(T_TRACEBACK, 'tb_frame', () => NONE);

const orNone = (r: Ref): Ref => (r === NULL ? NONE : r);
