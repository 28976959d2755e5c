// A checker of compiled code, independent of how the compiler computed things: it walks the
// control-flow graph of every code unit with the opcode table's stack effects and reports
// what the interpreter could trip on. Used by the tests; handy when debugging the loader.

import type { CodeUnit } from './code.js';
import { isTerminator } from './assemble.js';
import { opcodeInfo } from './opcodes.js';

/** Problems found in `unit` and the code units nested in it; empty when all is well. */
export function verifyCode(unit: CodeUnit): string[] {
  const problems: string[] = [];
  verifyOne(unit, (msg) => problems.push(`${unit.qualname}: ${msg}`));
  for (const c of unit.consts) {
    if (c !== null && typeof c === 'object' && 'kind' in c) problems.push(...verifyCode(c));
  }
  return problems;
}

function verifyOne(unit: CodeUnit, problem: (msg: string) => void): void {
  const count = unit.code.length / 2;
  const depth = new Int32Array(count).fill(-1);
  const work: number[] = [];
  const reach = (i: number, d: number, from: string): void => {
    if (i < 0 || i >= count) return problem(`${from} leads outside the code (${i})`);
    if (d < 0) return problem(`${from} leaves a negative stack depth`);
    if (d > unit.stacksize) return problem(`${from} exceeds stacksize ${unit.stacksize} (${d})`);
    if (depth[i] === -1) {
      depth[i] = d;
      work.push(i);
    } else if (depth[i] !== d) {
      problem(`instruction ${i} reached with depths ${depth[i]} and ${d} (${from})`);
    }
  };
  const handlerOf = (i: number) => unit.exceptionTable.find((e) => e.start <= i && i < e.end);
  for (const e of unit.exceptionTable) {
    if (e.start < 0 || e.end > count || e.start >= e.end) problem(`bad exception range ${e.start}..${e.end}`);
  }
  if (count === 0) return problem('no instructions');
  reach(0, 0, 'entry');
  while (work.length > 0) {
    const i = work.pop()!;
    const op = unit.code[2 * i]!;
    const arg = unit.code[2 * i + 1]!;
    const info = opcodeInfo(op);
    const d = depth[i]!;
    checkOperand(unit, info.operand, arg, (msg) => problem(`instruction ${i} ${info.name}: ${msg}`));
    const handler = handlerOf(i);
    if (handler !== undefined) {
      if (handler.depth > d) problem(`instruction ${i} is covered by a handler deeper (${handler.depth}) than its stack (${d})`);
      reach(handler.target, handler.depth + 1, `handler of ${i}`);
    }
    if (info.operand === 'jump') {
      if (info.jumpStack === undefined) problem(`${info.name} has no jump stack effect`);
      else reach(arg, d + info.jumpStack(arg), `jump at ${i}`);
    }
    if (!isTerminator(op)) reach(i + 1, d + info.stack(arg), `instruction ${i} ${info.name}`);
  }
  depth.forEach((d, i) => { if (d < 0) problem(`instruction ${i} is unreachable`); });
}

function checkOperand(unit: CodeUnit, operand: string, arg: number, problem: (msg: string) => void): void {
  const limit = { const: unit.consts.length, name: unit.names.length, local: unit.varnames.length,
    deref: unit.cellvars.length + unit.freevars.length }[operand];
  if (limit !== undefined && (arg < 0 || arg >= limit)) problem(`${operand} operand ${arg} out of range (${limit})`);
}
