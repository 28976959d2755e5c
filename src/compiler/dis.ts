// A disassembler printing code units the way CPython's `dis` module does: line number,
// jump-target marker, instruction index, opcode name, argument and what it means. It reads
// only the operand kinds of opcodes.ts.

import type { CodeConstant, CodeUnit } from './code.js';
import { BINARY_OP_INFO, COMPARE_OP_INFO, INPLACE, opcodeInfo } from './opcodes.js';

const OPNAME_WIDTH = 20;
const ARG_WIDTH = 5;

export function disassemble(unit: CodeUnit): string {
  const parts = [disassembleOne(unit)];
  for (const c of unit.consts) {
    if (isCode(c)) parts.push(`Disassembly of ${codeRepr(c)}:\n${disassemble(c)}`);
  }
  return parts.join('\n');
}

function disassembleOne(unit: CodeUnit): string {
  const count = unit.code.length / 2;
  const targets = new Set<number>(unit.exceptionTable.map((e) => e.target));
  for (let i = 0; i < count; i++) {
    if (opcodeInfo(unit.code[2 * i]!).operand === 'jump') targets.add(unit.code[2 * i + 1]!);
  }
  const offsetWidth = Math.max(4, String(count).length);
  const lines: string[] = [];
  let lastLine = -1;
  for (let i = 0; i < count; i++) {
    const line = unit.lines[i]!;
    const startsLine = line !== 0 && line !== lastLine;
    if (startsLine && lastLine !== -1) lines.push('');
    if (startsLine) lastLine = line;
    const info = opcodeInfo(unit.code[2 * i]!);
    const arg = unit.code[2 * i + 1]!;
    const fields = [
      startsLine ? String(line).padStart(3) : '   ',
      '   ',
      targets.has(i) ? '>>' : '  ',
      String(i).padStart(offsetWidth),
      info.name.padEnd(OPNAME_WIDTH),
    ];
    if (info.operand !== 'none') {
      fields.push(String(arg).padStart(ARG_WIDTH));
      const meaning = argMeaning(unit, info.operand, arg);
      if (meaning !== '') fields.push(`(${meaning})`);
    }
    lines.push(fields.join(' ').trimEnd());
  }
  if (unit.exceptionTable.length > 0) {
    lines.push('ExceptionTable:');
    for (const e of unit.exceptionTable) lines.push(`  ${e.start} to ${e.end - 1} -> ${e.target} [${e.depth}]`);
  }
  return lines.join('\n') + '\n';
}

function argMeaning(unit: CodeUnit, operand: string, arg: number): string {
  switch (operand) {
    case 'const': return constRepr(unit.consts[arg]!);
    case 'name': return unit.names[arg] ?? '?';
    case 'local': return unit.varnames[arg] ?? '?';
    case 'deref': return [...unit.cellvars, ...unit.freevars][arg] ?? '?';
    case 'jump': return `to ${arg}`;
    case 'binop': {
      const info = BINARY_OP_INFO[arg & ~INPLACE];
      return info === undefined ? '?' : info.symbol + (arg & INPLACE ? '=' : '');
    }
    case 'cmpop': return COMPARE_OP_INFO[arg]?.symbol ?? '?';
    default: return '';
  }
}

function isCode(c: CodeConstant): c is CodeUnit {
  return c !== null && typeof c === 'object' && 'kind' in c;
}

function codeRepr(c: CodeUnit): string {
  return `<code object ${c.name}, file "${c.filename}", line ${c.firstlineno}>`;
}

/** Python's repr() of a constant. */
export function constRepr(c: CodeConstant): string {
  if (c === null) return 'None';
  switch (typeof c) {
    case 'boolean': return c ? 'True' : 'False';
    case 'number': case 'bigint': return String(c);
    case 'string': return strRepr(c);
  }
  if (isCode(c)) return codeRepr(c);
  if ('float' in c) return floatRepr(c.float);
  if ('imag' in c) return `${floatRepr(c.imag).replace(/\.0$/, '')}j`;
  if ('bytes' in c) return bytesRepr(c.bytes);
  if ('ellipsis' in c) return 'Ellipsis';
  const items = c.tuple.map(constRepr);
  return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
}

function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  // Python prints the shortest round-tripping digits, in exponent form outside 1e-4 .. 1e16.
  const [mantissa, exp] = x.toExponential().split('e') as [string, string];
  const e = Number(exp);
  if (e < -4 || e >= 16) return `${mantissa}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  const s = String(x);
  return s.includes('.') || s.includes('e') ? s : `${s}.0`;
}

function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\' || ch === quote) out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + quote;
}

function bytesRepr(bytes: Uint8Array): string {
  const hasSingle = bytes.includes(0x27);
  const quote = hasSingle && !bytes.includes(0x22) ? '"' : "'";
  let out = 'b' + quote;
  for (const b of bytes) {
    const ch = String.fromCharCode(b);
    if (ch === '\\' || ch === quote) out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (b < 0x20 || b >= 0x7f) out += `\\x${b.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + quote;
}
