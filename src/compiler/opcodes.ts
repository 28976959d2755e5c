// The one definition of pystm's bytecode. The compiler, the interpreter, the disassembler and
// the JIT all read this table; nothing else lists opcodes.
//
// Encoding: a code object's instructions are an Int32Array of (opcode, argument) pairs, so
// instruction i lives at [2*i, 2*i+1]. Jump arguments are absolute instruction indices.
// The value stack holds Python references (int32: tagged small int, heap address, or 0 = NULL).
//
// Conventions shared with CPython 3.11, whose documentation of `dis` describes most of these:
// - calls: the callable slot pair is [callable, NULL] or [method, self] (bottom first; see
//   LOAD_METHOD and PUSH_NULL), followed by the arguments;
// - exceptions: a static exception table per code object (start, end, target, depth); when an
//   exception is raised inside [start, end) the stack is cut to `depth`, the exception pushed
//   and control goes to `target`.

/** How an argument is read: the disassembler prints it accordingly, the JIT specialises on it. */
export type Operand =
  | 'none'     // argument unused (0)
  | 'count'    // a plain number (items, arguments, depth)
  | 'const'    // index into co_consts
  | 'name'     // index into co_names
  | 'local'    // index into the fast locals (co_varnames)
  | 'deref'    // index into the cell/free slots: localsplus index (co_varnames.length + i)
  | 'jump'     // absolute instruction index
  | 'binop'    // a BinaryOp value
  | 'cmpop'    // a CompareOp value
  | 'flags';   // bit flags, described in the comment

export interface OpcodeInfo {
  readonly name: string;
  readonly code: number;
  readonly operand: Operand;
  /** Net change of the stack depth when the instruction falls through (not when it jumps). */
  readonly stack: (arg: number) => number;
  /** Net change when the instruction jumps, for instructions that can jump; else undefined. */
  readonly jumpStack?: (arg: number) => number;
  readonly comment: string;
}

const fixed = (n: number) => () => n;

/** The table. Opcode numbers are the indices; keep entries in this order once code is cached. */
const TABLE = [
  // ---- stack ----
  ['NOP', 'none', fixed(0), undefined, 'Does nothing; keeps a line number for the tracer.'],
  ['POP_TOP', 'none', fixed(-1), undefined, 'Pops TOS.'],
  ['PUSH_NULL', 'none', fixed(1), undefined, 'Pushes NULL, the empty self slot of a call: a plain call pushes the callable, then NULL.'],
  ['COPY', 'count', fixed(1), undefined, 'Pushes a copy of the n-th item (1 = TOS).'],
  ['SWAP', 'count', fixed(0), undefined, 'Swaps TOS with the n-th item (n >= 2).'],

  // ---- names ----
  ['LOAD_CONST', 'const', fixed(1), undefined, 'Pushes co_consts[i].'],
  ['LOAD_FAST', 'local', fixed(1), undefined, 'Pushes local i; UnboundLocalError if unset.'],
  ['STORE_FAST', 'local', fixed(-1), undefined, 'Pops TOS into local i.'],
  ['DELETE_FAST', 'local', fixed(0), undefined, 'Unsets local i; UnboundLocalError if unset.'],
  ['LOAD_NAME', 'name', fixed(1), undefined, 'Pushes name i from the frame locals mapping, then globals, then builtins.'],
  ['STORE_NAME', 'name', fixed(-1), undefined, 'Pops TOS into name i of the frame locals mapping.'],
  ['DELETE_NAME', 'name', fixed(0), undefined, 'Deletes name i from the frame locals mapping; NameError if absent.'],
  ['LOAD_GLOBAL', 'name', fixed(1), undefined, 'Pushes global name i (globals, then builtins); NameError if absent. Cached per instruction.'],
  ['STORE_GLOBAL', 'name', fixed(-1), undefined, 'Pops TOS into global name i.'],
  ['DELETE_GLOBAL', 'name', fixed(0), undefined, 'Deletes global name i; NameError if absent.'],
  ['LOAD_DEREF', 'deref', fixed(1), undefined, 'Pushes the contents of cell slot i; NameError/UnboundLocalError if empty.'],
  ['LOAD_CLASSDEREF', 'deref', fixed(1), undefined, 'Class bodies: pushes name of cell slot i from the locals mapping if there, else the cell contents.'],
  ['STORE_DEREF', 'deref', fixed(-1), undefined, 'Pops TOS into cell slot i.'],
  ['DELETE_DEREF', 'deref', fixed(0), undefined, 'Empties cell slot i.'],
  ['LOAD_CLOSURE', 'deref', fixed(1), undefined, 'Pushes the cell object of slot i itself (to build a closure tuple).'],

  // ---- attributes and items ----
  ['LOAD_ATTR', 'name', fixed(0), undefined, 'TOS = getattr(TOS, names[i]). Cached per instruction.'],
  ['LOAD_METHOD', 'name', fixed(1), undefined, 'Replaces TOS (obj) with [method, obj] when names[i] is a plain function found on the type, else with [getattr(obj, name), NULL] (bottom first, as CALL expects).'],
  ['STORE_ATTR', 'name', fixed(-2), undefined, 'TOS.name = TOS1; pops both.'],
  ['DELETE_ATTR', 'name', fixed(-1), undefined, 'del TOS.name; pops it.'],
  ['BINARY_SUBSCR', 'none', fixed(-1), undefined, 'TOS = TOS1[TOS].'],
  ['STORE_SUBSCR', 'none', fixed(-3), undefined, 'TOS1[TOS] = TOS2; pops all three.'],
  ['DELETE_SUBSCR', 'none', fixed(-2), undefined, 'del TOS1[TOS]; pops both.'],
  ['BUILD_SLICE', 'count', (n: number) => 1 - n, undefined, 'Pops 2 or 3 items (start, stop[, step]) and pushes a slice.'],

  // ---- operators ----
  ['BINARY_OP', 'binop', fixed(-1), undefined, 'TOS = TOS1 <op> TOS; in-place variants try __iop__ first.'],
  ['UNARY_NEGATIVE', 'none', fixed(0), undefined, 'TOS = -TOS.'],
  ['UNARY_POSITIVE', 'none', fixed(0), undefined, 'TOS = +TOS.'],
  ['UNARY_INVERT', 'none', fixed(0), undefined, 'TOS = ~TOS.'],
  ['UNARY_NOT', 'none', fixed(0), undefined, 'TOS = not TOS.'],
  ['COMPARE_OP', 'cmpop', fixed(-1), undefined, 'TOS = TOS1 <cmp> TOS with rich comparison.'],
  ['IS_OP', 'count', fixed(-1), undefined, 'TOS = TOS1 is TOS (is not, when the argument is 1).'],
  ['CONTAINS_OP', 'count', fixed(-1), undefined, 'TOS = TOS1 in TOS (not in, when the argument is 1).'],

  // ---- control flow ----
  ['JUMP_FORWARD', 'jump', fixed(0), fixed(0), 'Jumps forward to instruction i.'],
  ['JUMP_BACKWARD', 'jump', fixed(0), fixed(0), 'Jumps back to instruction i: a loop back-edge, where transactions may end and the JIT counts.'],
  ['POP_JUMP_IF_FALSE', 'jump', fixed(-1), fixed(-1), 'Pops TOS; jumps if it is false.'],
  ['POP_JUMP_IF_TRUE', 'jump', fixed(-1), fixed(-1), 'Pops TOS; jumps if it is true.'],
  ['POP_JUMP_IF_NONE', 'jump', fixed(-1), fixed(-1), 'Pops TOS; jumps if it is None.'],
  ['POP_JUMP_IF_NOT_NONE', 'jump', fixed(-1), fixed(-1), 'Pops TOS; jumps if it is not None.'],
  ['JUMP_IF_FALSE_OR_POP', 'jump', fixed(-1), fixed(0), 'If TOS is false jumps, keeping it; else pops it.'],
  ['JUMP_IF_TRUE_OR_POP', 'jump', fixed(-1), fixed(0), 'If TOS is true jumps, keeping it; else pops it.'],
  ['GET_ITER', 'none', fixed(0), undefined, 'TOS = iter(TOS).'],
  ['FOR_ITER', 'jump', fixed(1), fixed(-1), 'Pushes next(TOS); when exhausted pops the iterator and jumps to i.'],
  ['RETURN_VALUE', 'none', fixed(-1), undefined, 'Returns TOS to the caller.'],

  // ---- generators ----
  ['YIELD_VALUE', 'count', fixed(0), undefined, 'Suspends the generator yielding TOS (popped); on resumption the sent value is pushed. Argument 1 marks the yield of a `yield from` loop (the receiver is then TOS after the pop), which throw() and close() delegate to.'],
  ['GET_YIELD_FROM_ITER', 'none', fixed(0), undefined, 'TOS = iter(TOS) unless TOS is a generator.'],
  ['SEND', 'jump', fixed(0), fixed(-1), 'TOS = value, TOS1 = receiver: sends value (next() when it is None and the receiver is not a generator); if it yields, TOS is replaced by the yielded value; if it returns (StopIteration), pops value and receiver, pushes the return value and jumps to i. Always followed by YIELD_VALUE 1 and a JUMP_BACKWARD to it.'],

  // ---- exceptions ----
  ['RAISE_VARARGS', 'count', (n: number) => -n, undefined, '0: re-raise the exception being handled; 1: raise TOS; 2: raise TOS1 from TOS.'],
  ['PUSH_EXC_INFO', 'none', fixed(1), undefined, 'TOS = exc: pushes the previously handled exception (or None) below it and makes exc the handled one.'],
  ['POP_EXCEPT', 'none', fixed(-1), undefined, 'Pops the previously handled exception and restores it as the handled one.'],
  ['CHECK_EXC_MATCH', 'none', fixed(0), undefined, 'TOS = type (or tuple), TOS1 = exc: replaces TOS with isinstance(exc, TOS); TypeError for a non-exception class.'],
  ['RERAISE', 'none', fixed(-1), undefined, 'Pops TOS and raises it again, keeping its traceback.'],
  ['LOAD_ASSERTION_ERROR', 'none', fixed(1), undefined, 'Pushes AssertionError.'],
  ['BEFORE_WITH', 'none', fixed(1), undefined, 'TOS = ctx: replaces it with the bound ctx.__exit__ and pushes ctx.__enter__().'],
  ['WITH_EXCEPT_START', 'none', fixed(1), undefined, 'Stack [exit, prev_exc, exc]: pushes exit(type(exc), exc, exc.__traceback__).'],

  // ---- building ----
  ['BUILD_TUPLE', 'count', (n: number) => 1 - n, undefined, 'Pops n items and pushes a tuple of them.'],
  ['BUILD_LIST', 'count', (n: number) => 1 - n, undefined, 'Pops n items and pushes a list of them.'],
  ['BUILD_SET', 'count', (n: number) => 1 - n, undefined, 'Pops n items and pushes a set of them.'],
  ['BUILD_MAP', 'count', (n: number) => 1 - 2 * n, undefined, 'Pops n key/value pairs (key below value) and pushes a dict.'],
  ['BUILD_CONST_KEY_MAP', 'count', (n: number) => -n, undefined, 'TOS is a tuple of n keys, below it n values: pushes a dict.'],
  ['BUILD_STRING', 'count', (n: number) => 1 - n, undefined, 'Pops n strings and pushes their concatenation.'],
  ['LIST_APPEND', 'count', fixed(-1), undefined, 'Pops TOS and appends it to the list n items down (after the pop).'],
  ['SET_ADD', 'count', fixed(-1), undefined, 'Pops TOS and adds it to the set n items down.'],
  ['MAP_ADD', 'count', fixed(-2), undefined, 'Pops value (TOS) and key (TOS1) and stores them in the dict n items down.'],
  ['LIST_EXTEND', 'count', fixed(-1), undefined, 'Pops an iterable and extends the list n items down with it.'],
  ['SET_UPDATE', 'count', fixed(-1), undefined, 'Pops an iterable and adds its items to the set n items down.'],
  ['DICT_UPDATE', 'count', fixed(-1), undefined, 'Pops a mapping and updates the dict n items down with it.'],
  ['DICT_MERGE', 'count', fixed(-1), undefined, 'As DICT_UPDATE for keyword arguments: TypeError on a duplicate or non-string key, naming the callable, which is n+3 items down after the pop (stack [callable, NULL, args tuple, dict]).'],
  ['LIST_TO_TUPLE', 'none', fixed(0), undefined, 'TOS = tuple(TOS) for a list.'],
  ['UNPACK_SEQUENCE', 'count', (n: number) => n - 1, undefined, 'Pops an iterable of exactly n items and pushes them, the first on top.'],
  ['UNPACK_EX', 'count', (a: number) => (a & 0xff) + (a >> 8), undefined, 'Star unpacking: argument = before | after << 8; pushes after items, a list of the rest, then before items, the first on top.'],
  ['FORMAT_VALUE', 'flags', (f: number) => ((f & 4) ? -1 : 0), undefined, 'Formats TOS for an f-string. flags & 3: 0 none, 1 str(), 2 repr(), 3 ascii(); flags & 4: a format spec is TOS and the value TOS1.'],

  // ---- functions and classes ----
  ['MAKE_FUNCTION', 'flags', (f: number) => -(((f & 1) ? 1 : 0) + ((f & 2) ? 1 : 0) + ((f & 4) ? 1 : 0) + ((f & 8) ? 1 : 0)), undefined,
    'TOS = code object. Below it, present when their flag is set, from the top: closure tuple (8), annotations dict (4), keyword-only defaults dict (2), defaults tuple (1). Pushes the function.'],
  ['CALL', 'count', (n: number) => -n - 1, undefined, 'Stack [callable-or-method, NULL-or-self, n args]: pushes the result of the call.'],
  ['CALL_KW', 'count', (n: number) => -n - 2, undefined, 'As CALL with a tuple of keyword names on top; the last len(names) of the n arguments are passed by those names.'],
  ['CALL_FUNCTION_EX', 'flags', (f: number) => ((f & 1) ? -3 : -2), undefined, 'Stack [callable-or-method, NULL-or-self, args tuple, (kwargs dict if flags & 1)]: pushes the result.'],
  ['LOAD_BUILD_CLASS', 'none', fixed(1), undefined, 'Pushes builtins.__build_class__.'],
  ['SETUP_ANNOTATIONS', 'none', fixed(0), undefined, 'Creates __annotations__ in the locals mapping if absent.'],

  // ---- modules ----
  ['IMPORT_NAME', 'name', fixed(-1), undefined, 'TOS1 = level, TOS = fromlist: pushes __import__(names[i], globals, None, fromlist, level).'],
  ['IMPORT_FROM', 'name', fixed(1), undefined, 'TOS = module: pushes getattr(module, names[i]) (or the submodule); ImportError if absent.'],
  ['IMPORT_STAR', 'none', fixed(-1), undefined, 'Pops a module and copies its public names into the locals mapping.'],

  // ---- match statements ----
  ['GET_LEN', 'none', fixed(1), undefined, 'Pushes len(TOS), keeping TOS.'],
  ['MATCH_MAPPING', 'none', fixed(1), undefined, 'Pushes True if TOS is a mapping (dict, a subclass, or a class registered as a Mapping), else False.'],
  ['MATCH_SEQUENCE', 'none', fixed(1), undefined, 'Pushes True if TOS is a sequence for pattern matching (list, tuple, range, ... but not str, bytes or bytearray), else False.'],
  ['MATCH_KEYS', 'none', fixed(1), undefined, 'TOS = tuple of keys, TOS1 = mapping subject: pushes the tuple of their values when the subject has every key (looked up with its get method), else None.'],
  ['COPY_DICT_WITHOUT_KEYS', 'none', fixed(0), undefined, 'TOS = tuple of keys, TOS1 = mapping subject: replaces TOS with a new dict of the subject\'s items without those keys (the **rest of a mapping pattern).'],
  ['MATCH_CLASS', 'count', fixed(-2), undefined, 'TOS = tuple of keyword attribute names, TOS1 = class, TOS2 = subject: pops the three and pushes, when the subject is an instance of the class, the tuple of its n positional sub-pattern values (through __match_args__) followed by the named attributes; else None.'],

  // ---- except* ----
  ['CHECK_EG_MATCH', 'none', fixed(0), undefined, 'TOS = exception type (or tuple), TOS1 = exception (group): splits it; on a match replaces them with [rest (None if nothing is left), matched group] and makes the matched group the handled exception, else with [exception, None].'],
  ['PREP_RERAISE_STAR', 'none', fixed(-1), undefined, 'TOS = list of exceptions raised or re-raised by except* clauses plus the unhandled rest (None entries ignored), TOS1 = the original exception: pops both and pushes what the try statement must raise (re-raised parts keep the original group\'s structure) or None.'],
] as const;

type Row = typeof TABLE[number];
export type OpName = Row[0];

export const OPCODES: readonly OpcodeInfo[] = TABLE.map((row, code) => ({
  name: row[0], code, operand: row[1] as Operand, stack: row[2] as (a: number) => number,
  jumpStack: row[3] as ((a: number) => number) | undefined, comment: row[4],
}));

/** Opcode numbers by name, `Op.LOAD_FAST`: a const enum generated from the table above
 *  (src/compiler/op.ts; `npm run gen:opcodes` rewrites it, a test checks it is current), so
 *  that TypeScript inlines the numbers and V8 compiles the interpreter's switch to a jump
 *  table instead of a chain of comparisons. */
export { Op } from './op.js';

/** The source text of src/compiler/op.ts for the current table. */
export function opEnumSource(): string {
  const lines = OPCODES.map((o) => `  ${o.name} = ${o.code},`);
  return `// Generated from the table in opcodes.ts by \`npm run gen:opcodes\`: do not edit.\n\n`
    + `export const enum Op {\n${lines.join('\n')}\n}\n`;
}

export function opcodeInfo(code: number): OpcodeInfo {
  const info = OPCODES[code];
  if (info === undefined) throw new Error(`unknown opcode ${code}`);
  return info;
}

/** BINARY_OP arguments: the operator, and its in-place form at +INPLACE. */
export const BinaryOp = Object.freeze({
  ADD: 0, SUB: 1, MUL: 2, MATMUL: 3, TRUEDIV: 4, FLOORDIV: 5, MOD: 6, POW: 7,
  LSHIFT: 8, RSHIFT: 9, AND: 10, OR: 11, XOR: 12,
});
export const INPLACE = 16;
/** Symbols and dunder names by BinaryOp value; the in-place dunder is the name with an 'i'. */
export const BINARY_OP_INFO: readonly { symbol: string; dunder: string; rdunder: string; idunder: string }[] =
  [['+', 'add'], ['-', 'sub'], ['*', 'mul'], ['@', 'matmul'], ['/', 'truediv'], ['//', 'floordiv'], ['%', 'mod'],
   ['**', 'pow'], ['<<', 'lshift'], ['>>', 'rshift'], ['&', 'and'], ['|', 'or'], ['^', 'xor']]
    .map(([symbol, n]) => ({ symbol, dunder: `__${n}__`, rdunder: `__r${n}__`, idunder: `__i${n}__` }));

/** COMPARE_OP arguments, in the order of CPython's Py_LT..Py_GE. */
export const CompareOp = Object.freeze({ LT: 0, LE: 1, EQ: 2, NE: 3, GT: 4, GE: 5 });
export const COMPARE_OP_INFO: readonly { symbol: string; dunder: string; swapped: number }[] = [
  { symbol: '<', dunder: '__lt__', swapped: 4 }, { symbol: '<=', dunder: '__le__', swapped: 5 },
  { symbol: '==', dunder: '__eq__', swapped: 2 }, { symbol: '!=', dunder: '__ne__', swapped: 3 },
  { symbol: '>', dunder: '__gt__', swapped: 0 }, { symbol: '>=', dunder: '__ge__', swapped: 1 },
];

/** MAKE_FUNCTION flags. */
export const MakeFunction = Object.freeze({ DEFAULTS: 1, KWDEFAULTS: 2, ANNOTATIONS: 4, CLOSURE: 8 });
