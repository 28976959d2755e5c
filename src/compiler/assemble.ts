// The instruction buffer of one code unit and its assembly into the final arrays: labels
// become instruction indices, unreachable instructions are dropped, the stack depth of every
// instruction is computed from the opcode table's stack effects, and the exception table is
// derived from the handler each instruction was emitted under.

import type { Pos } from '../parser/ast.js';
import type { ExceptionEntry } from './code.js';
import { Op, opcodeInfo } from './opcodes.js';

/** A jump target; `index` is set when the label is placed. */
export class Label { index = -1; }

/** An exception handler covering the instructions emitted while it is current. Its depth
 *  is the stack depth before instruction `setupAt` plus `delta`, known after the stack
 *  analysis; an exception cuts the stack to that depth, pushes itself and jumps to `target`. */
export class Handler {
  constructor(readonly target: Label, readonly setupAt: number, readonly delta: number) {}
}

interface Instr { op: number; arg: number; target: Label | null; handler: Handler | null; pos: Pos | null; }

export interface Assembled {
  code: Int32Array;
  stacksize: number;
  exceptionTable: ExceptionEntry[];
  lines: Int32Array;
  endLines: Int32Array;
  columns: Int32Array;
  endColumns: Int32Array;
}

/** Instructions after which control never falls through to the next one. */
export function isTerminator(op: number): boolean {
  return op === Op.JUMP_FORWARD || op === Op.JUMP_BACKWARD || op === Op.RETURN_VALUE
    || op === Op.RAISE_VARARGS || op === Op.RERAISE;
}

export function isUnconditionalJump(op: number): boolean {
  return op === Op.JUMP_FORWARD || op === Op.JUMP_BACKWARD;
}

export class InstrBuffer {
  private readonly instrs: Instr[] = [];
  /** The handler of the instructions emitted now (null: exceptions leave the frame). */
  handler: Handler | null = null;

  emit(op: number, arg: number, pos: Pos | null): void {
    this.instrs.push({ op, arg, target: null, handler: this.handler, pos });
  }

  /** Emits a jump; for an unconditional jump pass JUMP_FORWARD, the direction is fixed at assembly. */
  jump(op: number, target: Label, pos: Pos | null): void {
    this.instrs.push({ op, arg: 0, target, handler: this.handler, pos });
  }

  place(label: Label): void { label.index = this.instrs.length; }

  /** A handler for the instructions emitted from now on; the caller makes it current. */
  newHandler(target: Label, delta = 0): Handler { return new Handler(target, this.instrs.length, delta); }

  assemble(): Assembled {
    const depths = this.stackDepths();
    const kept: number[] = [];
    const newIndex = new Int32Array(this.instrs.length + 1);
    for (let i = 0; i < this.instrs.length; i++) {
      newIndex[i] = kept.length;
      if (depths.before[i]! >= 0) kept.push(i);
    }
    newIndex[this.instrs.length] = kept.length;
    const n = kept.length;
    const out: Assembled = {
      code: new Int32Array(2 * n), stacksize: depths.max, exceptionTable: [],
      lines: new Int32Array(n), endLines: new Int32Array(n), columns: new Int32Array(n), endColumns: new Int32Array(n),
    };
    kept.forEach((old, i) => {
      const ins = this.instrs[old]!;
      let { op, arg } = ins;
      if (ins.target !== null) {
        arg = newIndex[ins.target.index]!;
        if (isUnconditionalJump(op)) op = arg > i ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD;
        else if (arg <= i) throw new Error('compiler bug: conditional jump backwards');
      }
      out.code[2 * i] = op;
      out.code[2 * i + 1] = arg;
      if (ins.pos !== null) {
        out.lines[i] = ins.pos.lineno;
        out.endLines[i] = ins.pos.end_lineno;
        out.columns[i] = ins.pos.col_offset;
        out.endColumns[i] = ins.pos.end_col_offset;
      }
    });
    out.exceptionTable = this.exceptionTable(kept, newIndex, depths.before);
    return out;
  }

  /** Depth before each instruction (-1: unreachable) and the maximum depth. */
  private stackDepths(): { before: Int32Array; max: number } {
    const before = new Int32Array(this.instrs.length).fill(-1);
    const work: number[] = [];
    let max = 0;
    const reach = (i: number, depth: number): void => {
      if (i >= this.instrs.length) throw new Error('compiler bug: control falls off the end of the code');
      if (depth < 0) throw new Error(`compiler bug: negative stack depth at ${i}`);
      max = Math.max(max, depth);
      if (before[i] === -1) {
        before[i] = depth;
        work.push(i);
      } else if (before[i] !== depth) {
        throw new Error(`compiler bug: instruction ${i} reached with depths ${before[i]} and ${depth}`);
      }
    };
    reach(0, 0);
    while (work.length > 0) {
      const i = work.pop()!;
      const ins = this.instrs[i]!;
      const depth = before[i]!;
      if (ins.handler !== null) reach(ins.handler.target.index, handlerDepth(ins.handler, before) + 1);
      const info = opcodeInfo(ins.op);
      if (ins.target !== null) reach(ins.target.index, depth + info.jumpStack!(ins.arg));
      if (!isTerminator(ins.op)) reach(i + 1, depth + info.stack(ins.arg));
    }
    return { before, max };
  }

  private exceptionTable(kept: number[], newIndex: Int32Array, before: Int32Array): ExceptionEntry[] {
    const table: ExceptionEntry[] = [];
    kept.forEach((old, i) => {
      const h = this.instrs[old]!.handler;
      if (h === null) return;
      const target = newIndex[h.target.index]!;
      const depth = handlerDepth(h, before);
      const last = table[table.length - 1];
      if (last !== undefined && last.end === i && last.target === target && last.depth === depth) last.end = i + 1;
      else table.push({ start: i, end: i + 1, target, depth });
    });
    return table;
  }
}

function handlerDepth(h: Handler, before: Int32Array): number {
  const depth = before[h.setupAt];
  if (depth === undefined || depth < 0) throw new Error('compiler bug: handler set up at an unreached instruction');
  return depth + h.delta;
}
