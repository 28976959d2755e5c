// Code objects: the compiler's CodeUnit is stored once in the heap (immutable, shared by all
// threads); each worker decodes a heap code object into a `Code` on first use and keeps it,
// indexed by the code object's serial number, with its inline caches.

import { onWorldReset } from '../runtime/world.js';
import { onCollection } from '../../gc/collector.js';
import { alloc } from '../../gc/alloc.js';
import { heap } from '../../gc/heap.js';
import { ArrayL, CodeL, Control, NULL, Ref } from '../../gc/layout.js';
import { CodeFlags, type CodeConstant, type CodeUnit } from '../compiler/code.js';
import type { ConstantValue } from '../parser/ast.js';
import { newArray } from '../objects/array.js';
import { newBytes } from '../objects/bytes.js';
import { newComplex } from '../objects/complex.js';
import { newFloat } from '../objects/float.js';
import { newInt } from '../objects/int.js';
import { ELLIPSIS, FALSE, NONE, T_CODE, TRUE } from '../objects/statics.js';
import { newStr, strValue } from '../objects/str.js';
import { newTuple, tupleItem, tupleLength } from '../objects/tuple.js';
import { intern } from '../runtime/intern.js';
import type { Frame } from './frame.js';

/** Stores a compiled unit (and the units nested in its constants) in the heap. */
export function storeCode(unit: CodeUnit): Ref {
  const consts = newTuple(unit.consts.map(constantRef));
  const c = alloc(T_CODE, CodeL.SIZE);
  const i32 = heap.i32;
  i32[c + CodeL.SERIAL] = Atomics.add(heap.i32, Control.NEXT_SERIAL, 1);
  i32[c + CodeL.NAME] = intern(unit.name);
  i32[c + CodeL.QUALNAME] = intern(unit.qualname);
  i32[c + CodeL.FILENAME] = intern(unit.filename);
  i32[c + CodeL.FIRSTLINENO] = unit.firstlineno;
  i32[c + CodeL.ARGCOUNT] = unit.argcount;
  i32[c + CodeL.POSONLYARGCOUNT] = unit.posonlyargcount;
  i32[c + CodeL.KWONLYARGCOUNT] = unit.kwonlyargcount;
  i32[c + CodeL.FLAGS] = unit.flags;
  i32[c + CodeL.STACKSIZE] = unit.stacksize;
  i32[c + CodeL.CODE] = wordArray(unit.code);
  i32[c + CodeL.CONSTS] = consts;
  i32[c + CodeL.NAMES] = nameTuple(unit.names);
  i32[c + CodeL.VARNAMES] = nameTuple(unit.varnames);
  i32[c + CodeL.CELLVARS] = nameTuple(unit.cellvars);
  i32[c + CodeL.FREEVARS] = nameTuple(unit.freevars);
  const exc: number[] = [];
  for (const e of unit.exceptionTable) exc.push(e.start, e.end, e.target, e.depth);
  i32[c + CodeL.EXCEPTIONS] = wordArray(exc);
  const n = unit.lines.length;
  const pos: number[] = new Array(n * 4);
  for (let i = 0; i < n; i++) {
    pos[i * 4] = unit.lines[i]; pos[i * 4 + 1] = unit.endLines[i];
    pos[i * 4 + 2] = unit.columns[i]; pos[i * 4 + 3] = unit.endColumns[i];
  }
  i32[c + CodeL.POSITIONS] = wordArray(pos);
  return c;
}

function wordArray(words: ArrayLike<number>): Ref {
  const a = newArray(words.length);
  heap.i32.set(words as ArrayLike<number>, a + ArrayL.ITEMS);
  return a;
}

function nameTuple(names: string[]): Ref {
  return newTuple(names.map(intern));
}

function constantRef(c: CodeConstant): Ref {
  if (c !== null && typeof c === 'object') {
    if ('kind' in c && c.kind === 'code') return storeCode(c as CodeUnit);
    if ('tuple' in c) return newTuple((c.tuple as CodeConstant[]).map(constantRef));
  }
  return astConstantRef(c as ConstantValue);
}

/** The heap object for a constant of the syntax tree. */
export function astConstantRef(c: ConstantValue): Ref {
  if (c === null) return NONE;
  switch (typeof c) {
    case 'boolean': return c ? TRUE : FALSE;
    case 'number': case 'bigint': return newInt(c);
    case 'string': return c.length <= 40 ? intern(c) : newStr(c);
  }
  if ('float' in c) return newFloat(c.float);
  if ('imag' in c) return newComplex(0, c.imag);
  if ('bytes' in c) return newBytes(c.bytes);
  return ELLIPSIS;
}

/** A worker's decoded view of a heap code object. */
export class Code {
  readonly name: string;
  readonly qualname: string;
  readonly filename: string;
  readonly firstlineno: number;
  readonly argcount: number;
  readonly posonlyargcount: number;
  readonly kwonlyargcount: number;
  readonly flags: number;
  readonly instrs: Int32Array;
  readonly consts: Int32Array;
  readonly names: Int32Array;
  readonly varnames: string[];
  readonly cellvars: string[];
  readonly freevars: string[];
  readonly nlocals: number;
  /** Slots for locals, cells and free variables; the value stack follows them. */
  readonly nlocalsplus: number;
  readonly frameSize: number;
  /** For each cellvar, the parameter slot whose value starts it, or -1. */
  readonly cell2arg: Int32Array;
  /** (start, end, target, depth) per row, innermost first. */
  readonly exceptionTable: Int32Array;
  /** (line, endLine, column, endColumn) per instruction. */
  readonly positions: Int32Array;
  /** LOAD_GLOBAL caches, four words per instruction: globals dict, its keys version + 1,
   *  builtins keys version (or -1 when the name is in globals), entry index. */
  readonly globalCache: Int32Array;
  /** LOAD_ATTR caches, three words per instruction: the object's type, the type epoch, and
   *  the position + 1 of the attribute in the instance dict (instances filled in the same
   *  order share positions). */
  readonly attrCache: Int32Array;
  /** Frames of this code that returned, kept for reuse. */
  readonly framePool: Frame[] = [];
  /** True for a plain function: positional parameters only, no cells, not a generator. */
  readonly simple: boolean;

  constructor(readonly ref: Ref) {
    const i32 = heap.i32;
    this.name = strValue(i32[ref + CodeL.NAME]);
    this.qualname = strValue(i32[ref + CodeL.QUALNAME]);
    this.filename = strValue(i32[ref + CodeL.FILENAME]);
    this.firstlineno = i32[ref + CodeL.FIRSTLINENO];
    this.argcount = i32[ref + CodeL.ARGCOUNT];
    this.posonlyargcount = i32[ref + CodeL.POSONLYARGCOUNT];
    this.kwonlyargcount = i32[ref + CodeL.KWONLYARGCOUNT];
    this.flags = i32[ref + CodeL.FLAGS];
    this.instrs = copyArray(i32[ref + CodeL.CODE]);
    this.consts = tupleWords(i32[ref + CodeL.CONSTS]);
    this.names = tupleWords(i32[ref + CodeL.NAMES]);
    this.varnames = tupleStrings(i32[ref + CodeL.VARNAMES]);
    this.cellvars = tupleStrings(i32[ref + CodeL.CELLVARS]);
    this.freevars = tupleStrings(i32[ref + CodeL.FREEVARS]);
    this.exceptionTable = copyArray(i32[ref + CodeL.EXCEPTIONS]);
    this.positions = copyArray(i32[ref + CodeL.POSITIONS]);
    this.nlocals = this.varnames.length;
    this.nlocalsplus = this.nlocals + this.cellvars.length + this.freevars.length;
    this.frameSize = this.nlocalsplus + i32[ref + CodeL.STACKSIZE] + 1;
    this.cell2arg = new Int32Array(this.cellvars.map((n) => {
      const i = this.varnames.indexOf(n);
      return i >= 0 && i < this.totalArgs() ? i : -1;
    }));
    this.globalCache = new Int32Array((this.instrs.length / 2) * 4);
    this.attrCache = new Int32Array((this.instrs.length / 2) * 3);
    const f = this.flags;
    this.simple = (f & (CodeFlags.VARARGS | CodeFlags.VARKEYWORDS | CodeFlags.GENERATOR)) === 0
      && this.kwonlyargcount === 0 && this.cellvars.length === 0 && this.freevars.length === 0;
  }

  /** Parameters including keyword-only ones and the * and ** collectors. */
  totalArgs(): number {
    let n = this.argcount + this.kwonlyargcount;
    if (this.flags & CodeFlags.VARARGS) n++;
    if (this.flags & CodeFlags.VARKEYWORDS) n++;
    return n;
  }

  lineOf(instr: number): number {
    return instr >= 0 && instr * 4 < this.positions.length ? this.positions[instr * 4] : this.firstlineno;
  }
}

function copyArray(a: Ref): Int32Array {
  const n = heap.i32[a + ArrayL.LENGTH];
  return heap.i32.slice(a + ArrayL.ITEMS, a + ArrayL.ITEMS + n);
}

function tupleWords(t: Ref): Int32Array {
  const n = tupleLength(t);
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = tupleItem(t, i);
  return out;
}

function tupleStrings(t: Ref): string[] {
  const n = tupleLength(t);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(strValue(tupleItem(t, i)));
  return out;
}

const decoded: Code[] = [];

/** The worker's decoded Code of a heap code object. */
export function codeOf(ref: Ref): Code {
  const serial = heap.i32[ref + CodeL.SERIAL];
  let c = decoded[serial];
  if (c === undefined || c.ref !== ref) {
    c = new Code(ref);
    decoded[serial] = c;
  }
  return c;
}

onWorldReset(() => resetCodeCache());
// The inline caches are keyed by addresses (globals dicts, types) that the collector may free
// and reuse; the decoded code of a dead code object is dropped.
onCollection((isLive) => {
  decoded.forEach((c, serial) => {
    if (!isLive(c.ref)) delete decoded[serial];
    else { c.globalCache.fill(0); c.attrCache.fill(0); }
  });
});
function resetCodeCache(): void {
  decoded.length = 0;
}

export const codeNameRef = (ref: Ref): Ref => (ref === NULL ? NULL : heap.i32[ref + CodeL.NAME]);
