// What the compiler produces: a code unit per function body, class body, comprehension,
// lambda and module. Plain, immutable JavaScript data; the loader (src/interpreter/loader.ts)
// turns each into a heap code object once per program, shared by every thread.

import type { ConstantValue } from '../parser/ast.js';

/** co_flags bits, with CPython's values. */
export const CodeFlags = Object.freeze({
  OPTIMIZED: 0x1,     // fast locals (functions); unset for module and class bodies
  NEWLOCALS: 0x2,
  VARARGS: 0x4,       // has *args
  VARKEYWORDS: 0x8,   // has **kwargs
  NESTED: 0x10,
  GENERATOR: 0x20,
  NOFREE: 0x40,
});

/** A constant of co_consts: an AST constant, a nested code unit, or a tuple of constants. */
export type CodeConstant = ConstantValue | CodeUnit | ConstTuple;
export interface ConstTuple { tuple: CodeConstant[]; }

/** One row of the exception table: an exception raised by an instruction in [start, end)
 *  cuts the stack to `depth`, pushes the exception and jumps to `target`. Rows are ordered
 *  so that the first row containing an instruction is the innermost handler. */
export interface ExceptionEntry { start: number; end: number; target: number; depth: number; }

export interface CodeUnit {
  readonly kind: 'code';
  name: string;          // co_name: function name, '<module>', '<lambda>', '<listcomp>', ...
  qualname: string;      // co_qualname, e.g. 'C.method.<locals>.inner'
  filename: string;
  firstlineno: number;
  argcount: number;        // positional parameters, including positional-only
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;           // CodeFlags
  /** (opcode, argument) pairs; see opcodes.ts. */
  code: Int32Array;
  consts: CodeConstant[];
  names: string[];         // co_names: globals, attributes, imported names
  varnames: string[];      // parameters first (positional, keyword-only, *args, **kwargs), then other locals
  cellvars: string[];      // locals captured by inner scopes; a parameter may appear here too
  freevars: string[];      // variables captured from enclosing scopes
  stacksize: number;
  exceptionTable: ExceptionEntry[];
  /** Source position of each instruction (index = instruction index); 0 where none.
   *  Columns are 0-based code-point offsets; the end column is exclusive. */
  lines: Int32Array;
  endLines: Int32Array;
  columns: Int32Array;
  endColumns: Int32Array;
}
// Fast-locals layout of a frame (CPython's "localsplus"): varnames, then one slot per
// cellvar, then one per freevar. A 'deref' operand i addresses slot varnames.length + i.
// A parameter that is also a cellvar keeps its varnames slot for the argument; the frame's
// entry moves the value into a new cell in its cellvar slot before the first instruction.
