// The bytecode compiler: turns a syntax tree (src/parser/ast.ts) into code units
// (code.ts) of the opcodes in opcodes.ts, with CPython 3.11's code shapes.
//
// Stack conventions (see also opcodes.ts):
// - a call's stack is [callable-or-method, NULL-or-self, args...]: a plain call pushes the
//   callable then PUSH_NULL; `obj.m(...)` uses LOAD_METHOD, which pushes (method, obj) or
//   (attribute value, NULL); decorators, class creation (LOAD_BUILD_CLASS, PUSH_NULL, body
//   function, name, bases) and comprehensions (function, PUSH_NULL, iterator, CALL 1) follow it.
// - exception handlers start with the exception pushed on the stack cut to the handler
//   depth, then PUSH_EXC_INFO ([prev, exc]); handler code runs under a "cleanup" handler at
//   depth+1 that restores the previously handled exception (SWAP 2, POP_EXCEPT, RERAISE).
// - `with` keeps the bound __exit__ on the stack while the body runs; the normal exit calls
//   it as [exit, NULL, None, None, None] CALL 3.
// - a function or lambda's co_consts[0] is its docstring, or None when it has none.

import type * as A from '../parser/ast.js';
import { CodeFlags, type CodeConstant, type CodeUnit } from './code.js';
import { BinaryOp, CompareOp, INPLACE, MakeFunction, Op } from './opcodes.js';
import { InstrBuffer, Label, type Handler } from './assemble.js';
import { buildSymbolTable, hasFutureAnnotations, mangle, syntaxError, type Scope, type ScopeNode, type SymbolTable } from './symtable.js';

export function compileModule(tree: A.Module, filename: string, source: string): CodeUnit {
  return new Compiler(buildSymbolTable(tree, filename, source), filename, source, hasFutureAnnotations(tree)).module(tree);
}

/** For eval(): the code returns the value of the expression. */
export function compileExpression(tree: A.Expression, filename: string, source: string): CodeUnit {
  return new Compiler(buildSymbolTable(tree, filename, source), filename, source, false).expression(tree);
}

/** Display and argument lists longer than this are built item by item, to bound the stack. */
const MAX_STACK_ITEMS = 30;

const BINARY_OPS: Record<A.BinaryOperator, number> = {
  Add: BinaryOp.ADD, Sub: BinaryOp.SUB, Mult: BinaryOp.MUL, MatMult: BinaryOp.MATMUL, Div: BinaryOp.TRUEDIV,
  FloorDiv: BinaryOp.FLOORDIV, Mod: BinaryOp.MOD, Pow: BinaryOp.POW, LShift: BinaryOp.LSHIFT,
  RShift: BinaryOp.RSHIFT, BitAnd: BinaryOp.AND, BitOr: BinaryOp.OR, BitXor: BinaryOp.XOR,
};
const UNARY_OPS: Record<A.UnaryOperator, number> = {
  Not: Op.UNARY_NOT, USub: Op.UNARY_NEGATIVE, UAdd: Op.UNARY_POSITIVE, Invert: Op.UNARY_INVERT,
};
const COMPARE_OPS: Partial<Record<A.CompareOperator, number>> = {
  Lt: CompareOp.LT, LtE: CompareOp.LE, Eq: CompareOp.EQ, NotEq: CompareOp.NE, Gt: CompareOp.GT, GtE: CompareOp.GE,
};
/** FormattedValue.conversion ('s', 'r', 'a' code points) to FORMAT_VALUE flags. */
const CONVERSIONS: Record<number, number> = { [-1]: 0, 115: 1, 114: 2, 97: 3 };
const COMPREHENSION_NAMES = { ListComp: '<listcomp>', SetComp: '<setcomp>', DictComp: '<dictcomp>', GeneratorExp: '<genexpr>' };

/** A block being compiled that `return`, `break` and `continue` must leave properly. */
type FBlock =
  | { kind: 'while' | 'for'; continueTo: Label; breakTo: Label; outer: Handler | null }
  | { kind: 'try_except' | 'finally_end' | 'with' | 'except_star'; outer: Handler | null }
  | { kind: 'finally_try'; finalbody: A.Stmt[]; outer: Handler | null }
  | { kind: 'handler_cleanup'; name: string | null; outer: Handler | null };
type LoopBlock = Extract<FBlock, { kind: 'while' | 'for' }>;

/** The state of a pattern being compiled. While it matches, the values it captured wait on
 *  the stack: stores[i] at depth i + 1 below the onTop items. */
interface PatternContext {
  stores: string[];
  /** Whether a pattern that always matches (a capture or `_`) is allowed here. */
  allowIrrefutable: boolean;
  /** failPop[n] pops n items, then goes where the whole pattern fails. */
  failPop: Label[];
  /** Items above the captured values that a failure must pop as well. */
  onTop: number;
}

const EXIT_EXCEPT_STAR = "'break', 'continue' and 'return' cannot appear in an except* block";

/** `_`, which matches anything and binds nothing. */
function isWildcard(p: A.Pattern): boolean {
  return p._type === 'MatchAs' && p.pattern === null && p.name === null;
}

/** The code unit being compiled. */
class Unit {
  readonly buf = new InstrBuffer();
  readonly consts: CodeConstant[] = [];
  private readonly constIndex = new Map<string, number>();
  readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();
  readonly varnames: string[];
  readonly cellvars: string[];
  readonly freevars: string[];
  fblocks: FBlock[] = [];
  /** Position given to the instructions emitted now. */
  pos: A.Pos | null = null;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  flags = 0;

  constructor(readonly scope: Scope, readonly name: string, readonly qualname: string,
              readonly firstlineno: number, readonly nested: boolean) {
    this.cellvars = scope.cellvars();
    this.freevars = scope.freevars();
    this.varnames = scope.kind === 'function'
      ? [...scope.params, ...[...scope.scopes].filter(([n, s]) => s === 'local' && !scope.params.includes(n)).map(([n]) => n)]
      : [];
  }

  constIndexOf(value: CodeConstant): number {
    const key = constKey(value);
    const known = key === null ? undefined : this.constIndex.get(key);
    if (known !== undefined) return known;
    this.consts.push(value);
    if (key !== null) this.constIndex.set(key, this.consts.length - 1);
    return this.consts.length - 1;
  }

  nameIndexOf(name: string): number {
    let i = this.nameIndex.get(name);
    if (i === undefined) {
      i = this.names.push(name) - 1;
      this.nameIndex.set(name, i);
    }
    return i;
  }

  /** The 'deref' operand of a cell or free variable. */
  derefIndex(name: string): number {
    const cell = this.cellvars.indexOf(name);
    if (cell >= 0) return cell;
    const free = this.freevars.indexOf(name);
    if (free < 0) throw new Error(`compiler bug: '${name}' is not a cell or free variable of ${this.qualname}`);
    return this.cellvars.length + free;
  }
}

/** A key under which equal constants share one co_consts slot; null for code units. 1, 1.0
 *  and True stay apart, as do 0.0 and -0.0. */
function constKey(c: CodeConstant): string | null {
  if (c === null) return 'N';
  switch (typeof c) {
    case 'boolean': return `b${c}`;
    case 'number': return `i${c}`;
    case 'bigint': return `I${c}`;
    case 'string': return `s${c}`;
  }
  if ('kind' in c) return null;
  if ('float' in c) return `f${Object.is(c.float, -0) ? '-0' : c.float}`;
  if ('imag' in c) return `c${Object.is(c.imag, -0) ? '-0' : c.imag}`;
  if ('bytes' in c) return `y${c.bytes.join(',')}`;
  if ('ellipsis' in c) return 'E';
  const keys = c.tuple.map(constKey);
  return keys.includes(null) ? null : `t${JSON.stringify(keys)}`;
}

/** The docstring of a body: its first statement when that is a string literal. */
function docstring(body: A.Stmt[]): string | null {
  const first = body[0];
  return first?._type === 'Expr' && first.value._type === 'Constant' && typeof first.value.value === 'string'
    ? first.value.value : null;
}

/** Whether a module or class body annotates a variable, so it needs __annotations__. */
function hasAnnotations(body: A.Stmt[]): boolean {
  return body.some((s) => {
    switch (s._type) {
      case 'AnnAssign': return true;
      case 'For': case 'While': case 'If': return hasAnnotations(s.body) || hasAnnotations(s.orelse);
      case 'With': return hasAnnotations(s.body);
      case 'Try': case 'TryStar': return hasAnnotations(s.body) || hasAnnotations(s.orelse) || hasAnnotations(s.finalbody)
        || s.handlers.some((h) => hasAnnotations(h.body));
      case 'Match': return s.cases.some((c) => hasAnnotations(c.body));
      default: return false;
    }
  });
}

/** Mapping pattern keys that compare equal (1, 1.0, True) get the same id. */
function mappingKeyId(v: A.ConstantValue): string {
  if (typeof v === 'boolean') return `n${v ? 1 : 0}`;
  if (typeof v === 'number' || typeof v === 'bigint') return `n${v}`;
  if (v !== null && typeof v === 'object' && 'float' in v) return Number.isInteger(v.float) ? `n${v.float}` : `f${v.float}`;
  if (typeof v === 'string') return `s${v}`;
  return constKey(v) ?? '';
}

/** Python's repr of a literal key, for the duplicate key error. */
function constantRepr(v: A.ConstantValue): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (typeof v === 'string') return v.includes("'") && !v.includes('"') ? `"${v}"` : `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if ('float' in v) return Number.isInteger(v.float) ? `${v.float}.0` : String(v.float);
  if ('bytes' in v) return `b'${String.fromCharCode(...v.bytes)}'`;
  return String(v);
}

function isStarred(e: A.Expr): boolean { return e._type === 'Starred'; }

class Compiler {
  private u!: Unit;
  /** The pattern compiled last: where CPython reports some errors of a pattern that contains it. */
  private lastPattern: A.Pos | null = null;
  private readonly units: Unit[] = [];

  constructor(private readonly st: SymbolTable, private readonly filename: string,
              private readonly source: string, private readonly futureAnnotations: boolean) {}

  // ---------------------------------------------------------------- units

  module(tree: A.Module): CodeUnit {
    this.enterUnit(this.st.top, '<module>', 1);
    if (hasAnnotations(tree.body)) this.emit(Op.SETUP_ANNOTATIONS);
    this.stmts(this.storeDocstring(tree.body));
    this.returnNone();
    return this.exitUnit();
  }

  expression(tree: A.Expression): CodeUnit {
    this.enterUnit(this.st.top, '<module>', 1);
    this.expr(tree.body);
    this.emit(Op.RETURN_VALUE);
    return this.exitUnit();
  }

  private enterUnit(scope: Scope, name: string, firstlineno: number): Unit {
    const parent = this.units[this.units.length - 1];
    const unit = new Unit(scope, name, this.qualname(parent, name), firstlineno,
      parent !== undefined && (parent.nested || parent.scope.kind === 'function'));
    this.units.push(unit);
    this.u = unit;
    return unit;
  }

  /** co_qualname: nested in a function, `f.<locals>.name`; in a class, `C.name`. */
  private qualname(parent: Unit | undefined, name: string): string {
    if (parent === undefined || parent.scope.kind === 'module') return name;
    if (parent.scope.scopeOf(mangle(parent.scope.privateName, name)) === 'global_explicit') return name;
    return parent.scope.kind === 'function' ? `${parent.qualname}.<locals>.${name}` : `${parent.qualname}.${name}`;
  }

  private exitUnit(): CodeUnit {
    const u = this.units.pop()!;
    this.u = this.units[this.units.length - 1]!;
    const asm = u.buf.assemble();
    let flags = u.flags;
    if (u.scope.kind === 'function') flags |= CodeFlags.OPTIMIZED | CodeFlags.NEWLOCALS;
    if (u.scope.isGenerator) flags |= CodeFlags.GENERATOR;
    if (u.nested) flags |= CodeFlags.NESTED;
    if (u.cellvars.length === 0 && u.freevars.length === 0) flags |= CodeFlags.NOFREE;
    return {
      kind: 'code', name: u.name, qualname: u.qualname, filename: this.filename, firstlineno: u.firstlineno,
      argcount: u.argcount, posonlyargcount: u.posonlyargcount, kwonlyargcount: u.kwonlyargcount, flags,
      code: asm.code, consts: u.consts, names: u.names, varnames: u.varnames, cellvars: u.cellvars,
      freevars: u.freevars, stacksize: asm.stacksize, exceptionTable: asm.exceptionTable,
      lines: asm.lines, endLines: asm.endLines, columns: asm.columns, endColumns: asm.endColumns,
    };
  }

  private scopeOf(node: ScopeNode): Scope {
    const scope = this.st.scopes.get(node);
    if (scope === undefined) throw new Error('compiler bug: no symbol table for a scope node');
    return scope;
  }

  private error(msg: string, pos: A.Pos | null): never {
    throw syntaxError(msg, pos, this.filename, this.source);
  }

  // ---------------------------------------------------------------- emitting

  private emit(op: number, arg = 0): void { this.u.buf.emit(op, arg, this.u.pos); }
  private jump(op: number, target: Label): void { this.u.buf.jump(op, target, this.u.pos); }
  private place(label: Label): void { this.u.buf.place(label); }
  private loadConst(value: CodeConstant): void { this.emit(Op.LOAD_CONST, this.u.constIndexOf(value)); }
  private emitName(op: number, name: string): void { this.emit(op, this.u.nameIndexOf(name)); }
  private returnNone(): void { this.loadConst(null); this.emit(Op.RETURN_VALUE); }

  /** Runs `body` with instructions positioned at `node`. */
  private at<T>(node: A.Pos, body: () => T): T {
    const saved = this.u.pos;
    this.u.pos = node;
    const result = body();
    this.u.pos = saved;
    return result;
  }

  /** Loads, stores or deletes a variable with the opcode its scope calls for. */
  private nameOp(name: string, ctx: A.Context): void {
    const u = this.u;
    const mangled = mangle(u.scope.privateName, name);
    const kind = u.scope.kind;
    switch (u.scope.scopeOf(mangled)) {
      case 'free': case 'cell': {
        const load = kind === 'class' ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF;
        this.emit(ctx === 'Load' ? load : ctx === 'Store' ? Op.STORE_DEREF : Op.DELETE_DEREF, u.derefIndex(mangled));
        return;
      }
      case 'local':
        if (kind === 'function') {
          const op = ctx === 'Load' ? Op.LOAD_FAST : ctx === 'Store' ? Op.STORE_FAST : Op.DELETE_FAST;
          this.emit(op, u.varnames.indexOf(mangled));
          return;
        }
        break;
      case 'global_implicit':
        if (kind === 'function') return this.emitGlobal(mangled, ctx);
        break;
      case 'global_explicit':
        return this.emitGlobal(mangled, ctx);
    }
    this.emitName(ctx === 'Load' ? Op.LOAD_NAME : ctx === 'Store' ? Op.STORE_NAME : Op.DELETE_NAME, mangled);
  }

  private emitGlobal(name: string, ctx: A.Context): void {
    this.emitName(ctx === 'Load' ? Op.LOAD_GLOBAL : ctx === 'Store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, name);
  }

  // ---------------------------------------------------------------- statements

  private stmts(body: A.Stmt[]): void { for (const s of body) this.at(s, () => this.stmt(s)); }

  private stmt(s: A.Stmt): void {
    switch (s._type) {
      case 'FunctionDef': return this.functionDef(s);
      case 'ClassDef': return this.classDef(s);
      case 'Return': return this.returnStmt(s);
      case 'Delete': for (const t of s.targets) this.deleteTarget(t); return;
      case 'Assign':
        if (this.swapAssign(s)) return;
        this.expr(s.value);
        s.targets.forEach((t, i) => {
          if (i < s.targets.length - 1) this.emit(Op.COPY, 1);
          this.storeTarget(t);
        });
        return;
      case 'AugAssign': return this.augAssign(s);
      case 'AnnAssign': return this.annAssign(s);
      case 'For': return this.forStmt(s);
      case 'While': return this.whileStmt(s);
      case 'If': return this.ifStmt(s);
      case 'With': return this.withStmt(s, 0);
      case 'Raise': {
        const parts = [s.exc, s.cause].filter((e): e is A.Expr => e !== null);
        for (const e of parts) this.expr(e);
        this.emit(Op.RAISE_VARARGS, parts.length);
        return;
      }
      case 'Try': return s.finalbody.length > 0 ? this.tryFinally(s) : this.tryExcept(s);
      case 'TryStar': return s.finalbody.length > 0 ? this.tryFinally(s) : this.tryStarExcept(s);
      case 'Match': return this.matchStmt(s);
      case 'Assert': return this.assertStmt(s);
      case 'Import': for (const a of s.names) this.importName(a); return;
      case 'ImportFrom': return this.importFrom(s);
      case 'Expr':
        // A bare constant (such as a string used as a comment) does nothing.
        if (s.value._type === 'Constant') return;
        this.expr(s.value);
        this.emit(Op.POP_TOP);
        return;
      case 'Break': return this.breakStmt(s);
      case 'Continue': return this.continueStmt(s);
      case 'Global': case 'Nonlocal': case 'Pass': return;
    }
  }

  /** Stores a module or class docstring as __doc__; returns the statements after it. */
  private storeDocstring(body: A.Stmt[]): A.Stmt[] {
    const doc = docstring(body);
    if (doc === null) return body;
    this.at(body[0]!, () => {
      this.loadConst(doc);
      this.nameOp('__doc__', 'Store');
    });
    return body.slice(1);
  }

  private functionDef(s: A.FunctionDef): void {
    this.pushDecorators(s.decorator_list);
    let flags = this.pushDefaults(s.args);
    if (this.pushAnnotations(s.args, s.returns)) flags |= MakeFunction.ANNOTATIONS;
    const firstlineno = s.decorator_list[0]?.lineno ?? s.lineno;
    const doc = docstring(s.body);
    const code = this.functionBody(this.scopeOf(s), s.name, firstlineno, s.args, doc, () => {
      this.stmts(doc === null ? s.body : s.body.slice(1));
      this.returnNone();
    });
    this.makeFunction(code, flags);
    this.applyDecorators(s.decorator_list);
    this.nameOp(s.name, 'Store');
  }

  /** Compiles a function or lambda body into a code unit. */
  private functionBody(scope: Scope, name: string, firstlineno: number, args: A.Arguments,
                       doc: string | null, body: () => void): CodeUnit {
    const u = this.enterUnit(scope, name, firstlineno);
    u.argcount = args.posonlyargs.length + args.args.length;
    u.posonlyargcount = args.posonlyargs.length;
    u.kwonlyargcount = args.kwonlyargs.length;
    if (args.vararg !== null) u.flags |= CodeFlags.VARARGS;
    if (args.kwarg !== null) u.flags |= CodeFlags.VARKEYWORDS;
    u.constIndexOf(doc);
    body();
    return this.exitUnit();
  }

  private classDef(s: A.ClassDef): void {
    this.pushDecorators(s.decorator_list);
    this.emit(Op.LOAD_BUILD_CLASS);
    this.emit(Op.PUSH_NULL);
    this.makeFunction(this.classBody(s), 0);
    this.loadConst(s.name);
    this.callWith(2, s.bases, s.keywords);
    this.applyDecorators(s.decorator_list);
    this.nameOp(s.name, 'Store');
  }

  private classBody(s: A.ClassDef): CodeUnit {
    const u = this.enterUnit(this.scopeOf(s), s.name, s.decorator_list[0]?.lineno ?? s.lineno);
    this.at(s, () => {
      this.nameOp('__name__', 'Load');
      this.nameOp('__module__', 'Store');
      this.loadConst(u.qualname);
      this.nameOp('__qualname__', 'Store');
    });
    const body = this.storeDocstring(s.body);
    if (hasAnnotations(body)) this.emit(Op.SETUP_ANNOTATIONS);
    this.stmts(body);
    this.at(s, () => {
      if (u.scope.needsClassClosure) {
        // Hands the __class__ cell to type.__new__, which fills it with the new class.
        this.emit(Op.LOAD_CLOSURE, u.derefIndex('__class__'));
        this.emit(Op.COPY, 1);
        this.nameOp('__classcell__', 'Store');
        this.emit(Op.RETURN_VALUE);
      } else {
        this.returnNone();
      }
    });
    return this.exitUnit();
  }

  private pushDecorators(decorators: A.Expr[]): void {
    for (const d of decorators) {
      this.expr(d);
      this.emit(Op.PUSH_NULL);
    }
  }

  /** Calls the decorators pushed by pushDecorators on the function or class on top, innermost first. */
  private applyDecorators(decorators: A.Expr[]): void {
    for (const d of [...decorators].reverse()) this.at(d, () => this.callWith(1, [], []));
  }

  /** Pushes the defaults tuple and keyword-only defaults dict; returns their MAKE_FUNCTION flags. */
  private pushDefaults(args: A.Arguments): number {
    let flags = 0;
    if (args.defaults.length > 0) {
      for (const d of args.defaults) this.expr(d);
      this.emit(Op.BUILD_TUPLE, args.defaults.length);
      flags |= MakeFunction.DEFAULTS;
    }
    const kwdefaults = args.kwonlyargs.map((a, i) => [a, args.kw_defaults[i]] as const).filter(([, d]) => d != null);
    if (kwdefaults.length > 0) {
      for (const [a, d] of kwdefaults) {
        this.loadConst(mangle(this.u.scope.privateName, a.arg));
        this.expr(d!);
      }
      this.emit(Op.BUILD_MAP, kwdefaults.length);
      flags |= MakeFunction.KWDEFAULTS;
    }
    return flags;
  }

  /** Pushes the __annotations__ dict of a function if it has any annotation (in CPython 3.11's order). */
  private pushAnnotations(args: A.Arguments, returns: A.Expr | null): boolean {
    const annotated = [...args.args, args.vararg, ...args.kwonlyargs, args.kwarg, ...args.posonlyargs]
      .filter((a): a is A.Arg => a !== null && a.annotation !== null)
      .map((a) => [mangle(this.u.scope.privateName, a.arg), a.annotation!] as const);
    if (returns !== null) annotated.push(['return', returns]);
    if (annotated.length === 0) return false;
    for (const [name, annotation] of annotated) {
      this.loadConst(name);
      this.annotation(annotation);
    }
    this.emit(Op.BUILD_MAP, annotated.length);
    return true;
  }

  /** Pushes an annotation's value: the expression, or under `from __future__ import annotations`
   *  its source text (CPython stores ast.unparse() of it, which normalises spacing and quotes). */
  private annotation(e: A.Expr): void {
    if (this.futureAnnotations) this.loadConst(this.sourceText(e));
    else this.expr(e);
  }

  private sourceText(node: A.Pos): string {
    const lines = this.source.split('\n').slice(node.lineno - 1, node.end_lineno).map((l) => [...l]);
    if (lines.length === 0) return '';
    const last = lines.length - 1;
    lines[last] = lines[last]!.slice(0, node.end_col_offset);
    lines[0] = lines[0]!.slice(node.col_offset);
    return lines.map((l) => l.join('')).join('\n');
  }

  /** With defaults, keyword defaults and annotations pushed (as `flags` says), makes a function of `code`. */
  private makeFunction(code: CodeUnit, flags: number): void {
    if (code.freevars.length > 0) {
      for (const name of code.freevars) this.emit(Op.LOAD_CLOSURE, this.u.derefIndex(name));
      this.emit(Op.BUILD_TUPLE, code.freevars.length);
      flags |= MakeFunction.CLOSURE;
    }
    this.loadConst(code);
    this.emit(Op.MAKE_FUNCTION, flags);
  }

  private returnStmt(s: A.Return): void {
    if (this.u.scope.kind !== 'function') this.error("'return' outside function", s);
    if (s.value !== null) this.expr(s.value);
    else this.loadConst(null);
    // CPython reports this at the value when it is on the return's line.
    if (this.u.fblocks.some((b) => b.kind === 'except_star')) {
      this.error(EXIT_EXCEPT_STAR, s.value !== null && s.value.lineno === s.lineno ? s.value : s);
    }
    this.leaveBlocks(false, true, () => this.emit(Op.RETURN_VALUE));
  }

  private breakStmt(s: A.Break): void {
    if (!this.u.fblocks.some(isLoop)) this.error("'break' outside loop", s);
    this.leaveBlocks(true, false, (loop) => {
      if (loop!.kind === 'for') this.emit(Op.POP_TOP);
      this.jump(Op.JUMP_FORWARD, loop!.breakTo);
    });
  }

  private continueStmt(s: A.Continue): void {
    if (!this.u.fblocks.some(isLoop)) this.error("'continue' not properly in loop", s);
    this.leaveBlocks(true, false, (loop) => this.jump(Op.JUMP_FORWARD, loop!.continueTo));
  }

  /** Emits the exit code of the blocks that a return (toLoop false) or a break/continue
   *  (toLoop true: up to the innermost loop) leaves, innermost first, then `finish`.
   *  With preserveTos the value on top of the stack (a return value) is kept there. */
  private leaveBlocks(toLoop: boolean, preserveTos: boolean, finish: (loop: LoopBlock | null) => void): void {
    const u = this.u;
    const savedBlocks = u.fblocks;
    const savedHandler = u.buf.handler;
    u.fblocks = [...savedBlocks];
    let loop: LoopBlock | null = null;
    while (u.fblocks.length > 0) {
      const top = u.fblocks[u.fblocks.length - 1]!;
      if (toLoop && isLoop(top)) {
        loop = top;
        break;
      }
      if (top.kind === 'except_star') this.error(EXIT_EXCEPT_STAR, u.pos);
      // The block's exit code runs outside it: a return in a finally body does not re-run it.
      u.fblocks.pop();
      u.buf.handler = top.outer;
      this.exitBlock(top, preserveTos);
    }
    finish(loop);
    u.fblocks = savedBlocks;
    u.buf.handler = savedHandler;
  }

  private exitBlock(block: FBlock, preserveTos: boolean): void {
    const underTos = (op: number): void => {
      if (preserveTos) this.emit(Op.SWAP, 2);
      this.emit(op);
    };
    switch (block.kind) {
      case 'while': case 'try_except': case 'except_star': return;
      case 'for': underTos(Op.POP_TOP); return;
      case 'finally_try': this.stmts(block.finalbody); return;
      case 'finally_end':
        underTos(Op.POP_TOP);      // the exception being handled
        underTos(Op.POP_EXCEPT);
        return;
      case 'with':
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.callExit();
        return;
      case 'handler_cleanup':
        underTos(Op.POP_EXCEPT);
        if (block.name !== null) this.clearName(block.name);
        return;
    }
  }

  private pushBlock(block: FBlock): void { this.u.fblocks.push(block); }
  private popBlock(): void { this.u.fblocks.pop(); }

  private augAssign(s: A.AugAssign): void {
    const t = s.target;
    const op = (): void => {
      this.expr(s.value);
      this.at(s, () => this.emit(Op.BINARY_OP, BINARY_OPS[s.op] + INPLACE));
    };
    switch (t._type) {
      case 'Name':
        this.at(t, () => this.nameOp(t.id, 'Load'));
        op();
        this.at(t, () => this.nameOp(t.id, 'Store'));
        return;
      case 'Attribute': {
        const attr = mangle(this.u.scope.privateName, t.attr);
        this.expr(t.value);
        this.emit(Op.COPY, 1);
        this.at(t, () => this.emitName(Op.LOAD_ATTR, attr));
        op();
        this.emit(Op.SWAP, 2);
        this.at(t, () => this.emitName(Op.STORE_ATTR, attr));
        return;
      }
      case 'Subscript':
        this.expr(t.value);
        this.expr(t.slice);
        this.emit(Op.COPY, 2);
        this.emit(Op.COPY, 2);
        this.at(t, () => this.emit(Op.BINARY_SUBSCR));
        op();
        this.emit(Op.SWAP, 3);
        this.emit(Op.SWAP, 2);
        this.at(t, () => this.emit(Op.STORE_SUBSCR));
        return;
    }
  }

  private annAssign(s: A.AnnAssign): void {
    const t = s.target;
    const inBody = this.u.scope.kind !== 'function';
    if (s.value !== null) {
      this.expr(s.value);
      this.storeTarget(t);
    }
    if (t._type === 'Name' && s.simple) {
      if (!inBody) return;
      this.annotation(s.annotation);
      this.emitName(Op.LOAD_NAME, '__annotations__');
      this.loadConst(mangle(this.u.scope.privateName, t.id));
      this.emit(Op.STORE_SUBSCR);
      return;
    }
    if (s.value === null && t._type !== 'Name') {
      // The target's parts are still evaluated, as CPython does.
      for (const part of t._type === 'Attribute' ? [t.value] : [t.value, t.slice]) {
        this.expr(part);
        this.emit(Op.POP_TOP);
      }
    }
    if (inBody && !this.futureAnnotations) {
      this.expr(s.annotation);
      this.emit(Op.POP_TOP);
    }
  }

  private forStmt(s: A.For): void {
    const start = new Label();
    const exhausted = new Label();
    const end = new Label();
    this.expr(s.iter);
    this.emit(Op.GET_ITER);
    this.place(start);
    this.jump(Op.FOR_ITER, exhausted);
    this.storeTarget(s.target);
    this.pushBlock({ kind: 'for', continueTo: start, breakTo: end, outer: this.u.buf.handler });
    this.stmts(s.body);
    this.popBlock();
    this.jump(Op.JUMP_FORWARD, start);
    this.place(exhausted);
    this.stmts(s.orelse);
    this.place(end);
  }

  private whileStmt(s: A.While): void {
    const start = new Label();
    const orelse = new Label();
    const end = new Label();
    this.place(start);
    const forever = s.test._type === 'Constant' && (s.test.value === true || (typeof s.test.value === 'number' && s.test.value !== 0));
    if (!forever) this.jumpIf(s.test, false, orelse);
    this.pushBlock({ kind: 'while', continueTo: start, breakTo: end, outer: this.u.buf.handler });
    this.stmts(s.body);
    this.popBlock();
    this.jump(Op.JUMP_FORWARD, start);
    this.place(orelse);
    this.stmts(s.orelse);
    this.place(end);
  }

  private ifStmt(s: A.If): void {
    const orelse = new Label();
    const end = new Label();
    this.jumpIf(s.test, false, orelse);
    this.stmts(s.body);
    if (s.orelse.length > 0) this.jump(Op.JUMP_FORWARD, end);
    this.place(orelse);
    this.stmts(s.orelse);
    this.place(end);
  }

  /** Jumps to `target` when `e` is true (cond) or false (!cond); falls through otherwise. */
  private jumpIf(e: A.Expr, cond: boolean, target: Label): void {
    if (e._type === 'UnaryOp' && e.op === 'Not') return this.jumpIf(e.operand, !cond, target);
    if (e._type === 'BoolOp') {
      // `a or b` is true as soon as one value is; `a and b` false as soon as one is.
      if ((e.op === 'Or') === cond) {
        for (const v of e.values) this.jumpIf(v, cond, target);
      } else {
        const skip = new Label();
        e.values.slice(0, -1).forEach((v) => this.jumpIf(v, !cond, skip));
        this.jumpIf(e.values[e.values.length - 1]!, cond, target);
        this.place(skip);
      }
      return;
    }
    const right = e._type === 'Compare' && e.ops.length === 1 ? e.comparators[0]! : null;
    if (e._type === 'Compare' && (e.ops[0] === 'Is' || e.ops[0] === 'IsNot')
        && right?._type === 'Constant' && right.value === null) {
      this.expr(e.left);
      const jumpsWhenNone = (e.ops[0] === 'Is') === cond;
      this.at(e, () => this.jump(jumpsWhenNone ? Op.POP_JUMP_IF_NONE : Op.POP_JUMP_IF_NOT_NONE, target));
      return;
    }
    this.expr(e);
    this.jump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, target);
  }

  /** `with a, b: body` is `with a: with b: body`. */
  private withStmt(s: A.With, index: number): void {
    const item = s.items[index]!;
    const u = this.u;
    const onException = new Label();
    const end = new Label();
    this.expr(item.context_expr);
    this.at(item.context_expr, () => this.emit(Op.BEFORE_WITH));
    // From here an exception calls __exit__; the handler keeps only __exit__ on the stack.
    const outer = u.buf.handler;
    u.buf.handler = u.buf.newHandler(onException, -1);
    if (item.optional_vars !== null) this.storeTarget(item.optional_vars);
    else this.emit(Op.POP_TOP);
    this.pushBlock({ kind: 'with', outer });
    if (index + 1 < s.items.length) this.withStmt(s, index + 1);
    else this.stmts(s.body);
    this.popBlock();
    u.buf.handler = outer;
    this.callExit();
    this.jump(Op.JUMP_FORWARD, end);

    // [exit, exc]: exit(type, exc, tb) decides whether the exception is swallowed.
    const handler = this.beginHandler(onException);
    const swallow = new Label();
    this.emit(Op.WITH_EXCEPT_START);
    this.jump(Op.POP_JUMP_IF_TRUE, swallow);
    this.emit(Op.RERAISE);
    this.endHandler(handler);
    this.place(swallow);
    this.emit(Op.POP_TOP);      // exc
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.POP_TOP);      // exit
    this.place(end);
  }

  /** [exit] -> []: calls exit(None, None, None). */
  private callExit(): void {
    this.emit(Op.PUSH_NULL);
    for (let i = 0; i < 3; i++) this.loadConst(null);
    this.emit(Op.CALL, 3);
    this.emit(Op.POP_TOP);
  }

  /** Starts an exception handler at `label` (stack [..., exc]): PUSH_EXC_INFO makes it
   *  [..., prev, exc] and the code that follows runs under a cleanup handler that restores
   *  `prev` if it raises; endHandler emits that cleanup. */
  private beginHandler(label: Label): { cleanup: Label; outer: Handler | null } {
    const buf = this.u.buf;
    const cleanup = new Label();
    const outer = buf.handler;
    this.place(label);
    buf.handler = buf.newHandler(cleanup);
    this.emit(Op.PUSH_EXC_INFO);
    return { cleanup, outer };
  }

  /** Emits the cleanup block of beginHandler: [..., prev, exc] -> restores prev, re-raises exc. */
  private endHandler(h: { cleanup: Label; outer: Handler | null }): void {
    this.u.buf.handler = h.outer;
    this.place(h.cleanup);
    this.emit(Op.SWAP, 2);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.RERAISE);
  }

  /** The body of a try with except clauses, under a handler that goes to `onException`, then
   *  the else block and a jump to `end`; shared by `except` and `except*`. */
  private protectedBody(body: A.Stmt[], orelse: A.Stmt[]): { onException: Label; end: Label; outer: Handler | null } {
    const buf = this.u.buf;
    const onException = new Label();
    const end = new Label();
    const outer = buf.handler;
    buf.handler = buf.newHandler(onException);
    this.pushBlock({ kind: 'try_except', outer });
    this.stmts(body);
    this.popBlock();
    buf.handler = outer;
    this.stmts(orelse);
    this.jump(Op.JUMP_FORWARD, end);
    return { onException, end, outer };
  }

  private tryExcept(s: A.Try): void {
    const { onException, end, outer } = this.protectedBody(s.body, s.orelse);

    const handler = this.beginHandler(onException);
    s.handlers.forEach((h, i) => {
      if (h.type === null && i < s.handlers.length - 1) this.error("default 'except:' must be last", h);
      this.at(h, () => this.exceptClause(h, outer, end));
    });
    this.emit(Op.RERAISE);      // no clause matched
    this.endHandler(handler);
    this.place(end);
  }

  /** One `except` clause, entered with [prev, exc]; `outer` is the handler around the try. */
  private exceptClause(h: A.ExceptHandler, outer: Handler | null, end: Label): void {
    const buf = this.u.buf;
    const next = new Label();
    const cleanup = buf.handler;
    if (h.type !== null) {
      this.expr(h.type);
      this.emit(Op.CHECK_EXC_MATCH);
      this.jump(Op.POP_JUMP_IF_FALSE, next);
    }
    // `except E as e` unbinds e when the clause ends, however it ends.
    const cleanupName = new Label();
    if (h.name === null) {
      this.emit(Op.POP_TOP);
    } else {
      this.nameOp(h.name, 'Store');
      buf.handler = buf.newHandler(cleanupName);
    }
    this.pushBlock({ kind: 'handler_cleanup', name: h.name, outer });
    this.stmts(h.body);
    this.popBlock();
    // Leaving the clause normally: the exception is no longer being handled.
    buf.handler = outer;
    this.emit(Op.POP_EXCEPT);
    if (h.name !== null) this.clearName(h.name);
    this.jump(Op.JUMP_FORWARD, end);
    buf.handler = cleanup;
    if (h.name !== null) {
      this.place(cleanupName);
      this.clearName(h.name);
      this.emit(Op.RERAISE);
    }
    this.place(next);
  }

  /** `name = None; del name`. */
  private clearName(name: string): void {
    this.loadConst(null);
    this.nameOp(name, 'Store');
    this.nameOp(name, 'Del');
  }

  /** try/finally (with the try/except inside it when there are except clauses): the finally
   *  body is compiled twice, for the normal path and for the exceptional one. */
  private tryFinally(s: A.Try | A.TryStar): void {
    const buf = this.u.buf;
    const onException = new Label();
    const end = new Label();
    const outer = buf.handler;
    buf.handler = buf.newHandler(onException);
    this.pushBlock({ kind: 'finally_try', finalbody: s.finalbody, outer });
    if (s.handlers.length === 0) this.stmts(s.body);
    else if (s._type === 'TryStar') this.tryStarExcept(s);
    else this.tryExcept(s);
    this.popBlock();
    buf.handler = outer;
    this.stmts(s.finalbody);
    this.jump(Op.JUMP_FORWARD, end);

    const handler = this.beginHandler(onException);
    this.pushBlock({ kind: 'finally_end', outer });
    this.stmts(s.finalbody);
    this.popBlock();
    this.emit(Op.RERAISE);
    this.endHandler(handler);
    this.place(end);
  }

  /** try with except* clauses. The handler keeps [prev, orig, raised, rest] on the stack:
   *  the original exception, the list of what the clauses raise, and the part of the group
   *  no clause has matched yet; PREP_RERAISE_STAR then decides what propagates. */
  private tryStarExcept(s: A.TryStar): void {
    const { onException, end, outer } = this.protectedBody(s.body, s.orelse);

    const handler = this.beginHandler(onException);
    this.emit(Op.COPY, 1);
    this.emit(Op.BUILD_LIST, 0);
    this.emit(Op.SWAP, 2);
    this.pushBlock({ kind: 'except_star', outer });
    for (const h of s.handlers) this.at(h, () => this.exceptStarClause(h));
    this.popBlock();
    const nothing = new Label();
    this.emit(Op.LIST_APPEND, 1);
    this.emit(Op.PREP_RERAISE_STAR);
    this.emit(Op.COPY, 1);
    this.jump(Op.POP_JUMP_IF_NONE, nothing);
    this.emit(Op.RERAISE);      // under the cleanup handler, which restores prev
    this.place(nothing);
    this.emit(Op.POP_TOP);
    this.u.buf.handler = outer;
    this.emit(Op.POP_EXCEPT);
    this.jump(Op.JUMP_FORWARD, end);
    this.endHandler(handler);
    this.place(end);
  }

  /** One `except*` clause, entered with [prev, orig, raised, rest]; leaves the same shape. */
  private exceptStarClause(h: A.ExceptHandler): void {
    const buf = this.u.buf;
    const next = new Label();
    const matched = new Label();
    this.expr(h.type!);
    this.emit(Op.CHECK_EG_MATCH);
    this.emit(Op.COPY, 1);
    this.jump(Op.POP_JUMP_IF_NOT_NONE, matched);
    this.emit(Op.POP_TOP);
    this.jump(Op.JUMP_FORWARD, next);
    this.place(matched);
    if (h.name === null) this.emit(Op.POP_TOP);
    else this.nameOp(h.name, 'Store');
    // What the body raises is collected, not propagated: the other clauses still run.
    const cleanup = buf.handler;
    const raised = new Label();
    buf.handler = buf.newHandler(raised);
    this.stmts(h.body);
    buf.handler = cleanup;
    if (h.name !== null) this.clearName(h.name);
    this.jump(Op.JUMP_FORWARD, next);
    this.place(raised);
    if (h.name !== null) this.clearName(h.name);
    this.emit(Op.LIST_APPEND, 2);
    this.place(next);
  }

  // ---------------------------------------------------------------- match

  /** Each case tests a copy of the subject, except the last tested one, which consumes it;
   *  a trailing `case _:` needs no test at all. */
  private matchStmt(s: A.Match): void {
    const end = new Label();
    this.expr(s.subject);
    const cases = s.cases;
    const last = cases[cases.length - 1]!;
    const hasDefault = cases.length > 1 && isWildcard(last.pattern);
    const tested = hasDefault ? cases.length - 1 : cases.length;
    for (let i = 0; i < tested; i++) {
      const c = cases[i]!;
      const lastTested = i === tested - 1;
      const pc: PatternContext = { stores: [], allowIrrefutable: c.guard !== null || i === cases.length - 1, failPop: [], onTop: 0 };
      this.at(c.pattern, () => {
        if (!lastTested) this.emit(Op.COPY, 1);
        this.pattern(c.pattern, pc);
        for (const name of pc.stores) this.nameOp(name, 'Store');
      });
      if (c.guard !== null) this.jumpIf(c.guard, false, this.failLabel(pc, 0));
      if (!lastTested) this.at(c.pattern, () => this.emit(Op.POP_TOP));
      this.stmts(c.body);
      this.jump(Op.JUMP_FORWARD, end);
      this.at(c.pattern, () => this.emitFailPops(pc));
    }
    if (hasDefault) {
      if (last.guard !== null) this.jumpIf(last.guard, false, end);
      this.stmts(last.body);
    }
    this.place(end);
  }

  /** Compiles a pattern: it consumes the subject on top of the stack and either jumps to a
   *  fail label or falls through with its captures added to pc.stores. */
  private pattern(p: A.Pattern, pc: PatternContext): void {
    this.lastPattern = p;
    this.at(p, () => {
      switch (p._type) {
        case 'MatchValue':
          this.expr(p.value);
          this.emit(Op.COMPARE_OP, CompareOp.EQ);
          this.jumpToFail(pc, Op.POP_JUMP_IF_FALSE);
          return;
        case 'MatchSingleton':
          this.loadConst(p.value);
          this.emit(Op.IS_OP, 0);
          this.jumpToFail(pc, Op.POP_JUMP_IF_FALSE);
          return;
        case 'MatchSequence': return this.sequencePattern(p, pc);
        case 'MatchMapping': return this.mappingPattern(p, pc);
        case 'MatchClass': return this.classPattern(p, pc);
        case 'MatchStar': return this.storeCapture(p.name, pc);
        case 'MatchAs': return this.asPattern(p, pc);
        case 'MatchOr': return this.orPattern(p, pc);
      }
    });
  }

  /** A pattern inside another: irrefutable ones are always allowed there. */
  private subpattern(p: A.Pattern, pc: PatternContext): void {
    const saved = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    this.pattern(p, pc);
    pc.allowIrrefutable = saved;
  }

  private failLabel(pc: PatternContext, pops: number): Label {
    while (pc.failPop.length <= pops) pc.failPop.push(new Label());
    return pc.failPop[pops]!;
  }

  /** Emits a jump (conditional or not) to where the pattern fails with the current stack. */
  private jumpToFail(pc: PatternContext, op: number): void {
    this.jump(op, this.failLabel(pc, pc.onTop + pc.stores.length));
  }

  /** Places the fail labels: failPop[n] pops one item and falls into failPop[n - 1]. */
  private emitFailPops(pc: PatternContext): void {
    for (let n = pc.failPop.length - 1; n >= 0; n--) {
      this.place(pc.failPop[n]!);
      if (n > 0) this.emit(Op.POP_TOP);
    }
    pc.failPop = [];
  }

  /** Moves TOS down to depth `depth` (1 = TOS), lifting the items above it. */
  private sink(depth: number): void {
    for (let i = depth; i >= 2; i--) this.emit(Op.SWAP, i);
  }

  /** Binds TOS to a capture name later (null: drops it). */
  private storeCapture(name: string | null, pc: PatternContext): void {
    if (name === null) {
      this.emit(Op.POP_TOP);
      return;
    }
    if (pc.stores.includes(name)) this.error(`multiple assignments to name '${name}' in pattern`, this.lastPattern);
    this.sink(pc.onTop + pc.stores.length + 1);
    pc.stores.push(name);
  }

  private asPattern(p: A.MatchAs, pc: PatternContext): void {
    if (p.pattern === null) {
      if (!pc.allowIrrefutable) {
        this.error(p.name === null ? 'wildcard makes remaining patterns unreachable'
          : `name capture '${p.name}' makes remaining patterns unreachable`, p);
      }
      return this.storeCapture(p.name, pc);
    }
    pc.onTop++;
    this.emit(Op.COPY, 1);
    this.pattern(p.pattern, pc);
    pc.onTop--;
    this.storeCapture(p.name, pc);
  }

  private sequencePattern(p: A.MatchSequence, pc: PatternContext): void {
    const items = p.patterns;
    let star = -1;
    let starWildcard = false;
    let onlyWildcards = true;
    items.forEach((q, i) => {
      if (q._type === 'MatchStar') {
        if (star >= 0) this.error('multiple starred names in sequence pattern', p);
        star = i;
        starWildcard = q.name === null;
        onlyWildcards &&= starWildcard;
      } else {
        onlyWildcards &&= isWildcard(q);
      }
    });
    pc.onTop++;
    this.emit(Op.MATCH_SEQUENCE);
    this.jumpToFail(pc, Op.POP_JUMP_IF_FALSE);
    if (star < 0 || items.length > 1) {
      this.emit(Op.GET_LEN);
      this.loadConst(star < 0 ? items.length : items.length - 1);
      this.emit(Op.COMPARE_OP, star < 0 ? CompareOp.EQ : CompareOp.GE);
      this.jumpToFail(pc, Op.POP_JUMP_IF_FALSE);
    }
    pc.onTop--;
    if (onlyWildcards) this.emit(Op.POP_TOP);
    else if (starWildcard) this.sequenceBySubscript(items, star, pc);
    else this.sequenceByUnpacking(items, star, pc);
  }

  private sequenceByUnpacking(items: A.Pattern[], star: number, pc: PatternContext): void {
    if (star < 0) this.emit(Op.UNPACK_SEQUENCE, items.length);
    else this.emit(Op.UNPACK_EX, star | ((items.length - 1 - star) << 8));
    pc.onTop += items.length;
    for (const q of items) {
      pc.onTop--;
      this.subpattern(q, pc);
    }
  }

  /** With `*_` nothing needs the middle items: the others are fetched by index (from the end
   *  with a non-negative index, since a sequence need not support negative ones). */
  private sequenceBySubscript(items: A.Pattern[], star: number, pc: PatternContext): void {
    pc.onTop++;
    items.forEach((q, i) => {
      if (i === star || isWildcard(q)) return;
      this.emit(Op.COPY, 1);
      if (i < star) {
        this.loadConst(i);
      } else {
        this.emit(Op.GET_LEN);
        this.loadConst(items.length - i);
        this.emit(Op.BINARY_OP, BinaryOp.SUB);
      }
      this.emit(Op.BINARY_SUBSCR);
      this.subpattern(q, pc);
    });
    pc.onTop--;
    this.emit(Op.POP_TOP);
  }

  private mappingPattern(p: A.MatchMapping, pc: PatternContext): void {
    const size = p.keys.length;
    pc.onTop++;
    this.emit(Op.MATCH_MAPPING);
    this.jumpToFail(pc, Op.POP_JUMP_IF_FALSE);
    if (size === 0 && p.rest === null) {
      pc.onTop--;
      this.emit(Op.POP_TOP);
      return;
    }
    if (size > 0) {
      this.emit(Op.GET_LEN);
      this.loadConst(size);
      this.emit(Op.COMPARE_OP, CompareOp.GE);
      this.jumpToFail(pc, Op.POP_JUMP_IF_FALSE);
    }
    const seen = new Map<string, A.Constant>();
    for (const key of p.keys) {
      if (key._type === 'Constant') {
        const id = mappingKeyId(key.value);
        if (seen.has(id)) this.error(`mapping pattern checks duplicate key (${constantRepr(key.value)})`, p);
        seen.set(id, key);
      } else if (key._type !== 'Attribute' && key._type !== 'UnaryOp' && key._type !== 'BinOp') {
        this.error('mapping pattern keys may only match literals and attribute lookups', p);
      }
      this.expr(key);
    }
    this.emit(Op.BUILD_TUPLE, size);
    this.emit(Op.MATCH_KEYS);
    // [subject, keys, values or None]
    pc.onTop += 2;
    this.emit(Op.COPY, 1);
    this.jumpToFail(pc, Op.POP_JUMP_IF_NONE);
    this.emit(Op.UNPACK_SEQUENCE, size);
    pc.onTop += size - 1;
    for (const q of p.patterns) {
      pc.onTop--;
      this.subpattern(q, pc);
    }
    pc.onTop -= 2;
    if (p.rest !== null) {
      this.emit(Op.COPY_DICT_WITHOUT_KEYS);
      this.emit(Op.SWAP, 2);
      this.emit(Op.POP_TOP);
      this.storeCapture(p.rest, pc);
    } else {
      this.emit(Op.POP_TOP);
      this.emit(Op.POP_TOP);
    }
  }

  private classPattern(p: A.MatchClass, pc: PatternContext): void {
    p.kwd_attrs.forEach((name, i) => {
      if (p.kwd_attrs.indexOf(name) < i) this.error(`attribute name repeated in class pattern: ${name}`, p.kwd_patterns[i]!);
    });
    this.expr(p.cls);
    this.loadConst({ tuple: p.kwd_attrs });
    this.emit(Op.MATCH_CLASS, p.patterns.length);
    // [attribute values or None]
    this.emit(Op.COPY, 1);
    pc.onTop++;
    this.jumpToFail(pc, Op.POP_JUMP_IF_NONE);
    const all = [...p.patterns, ...p.kwd_patterns];
    this.emit(Op.UNPACK_SEQUENCE, all.length);
    pc.onTop += all.length - 1;
    for (const q of all) {
      pc.onTop--;
      if (isWildcard(q)) this.emit(Op.POP_TOP);
      else this.subpattern(q, pc);
    }
  }

  /** Each alternative tests its own copy of the subject with a fresh context; on success its
   *  captures are put in the first alternative's order and the code joins at `end`, where
   *  they are moved under the items the enclosing pattern still has on the stack. */
  private orPattern(p: A.MatchOr, pc: PatternContext): void {
    const end = new Label();
    let control: string[] | null = null;
    p.patterns.forEach((alt, i) => {
      const altPc: PatternContext = {
        stores: [], allowIrrefutable: i === p.patterns.length - 1 && pc.allowIrrefutable, failPop: [], onTop: 0,
      };
      this.at(alt, () => {
        this.emit(Op.COPY, 1);
        this.pattern(alt, altPc);
        if (control === null) {
          control = altPc.stores;
        } else {
          const want = control;
          if (want.length !== altPc.stores.length || !want.every((n) => altPc.stores.includes(n))) {
            this.error('alternative patterns bind different names', this.lastPattern);
          }
          this.reorderCaptures(altPc.stores, want);
        }
        this.jump(Op.JUMP_FORWARD, end);
        this.emitFailPops(altPc);
      });
    });
    // No alternative matched: drop the subject and fail.
    this.emit(Op.POP_TOP);
    this.jumpToFail(pc, Op.JUMP_FORWARD);
    this.place(end);
    const names: string[] = control ?? [];
    const depth = names.length + 1 + pc.onTop + pc.stores.length;
    for (const name of names) {
      this.sink(depth);
      if (pc.stores.includes(name)) this.error(`multiple assignments to name '${name}' in pattern`, this.lastPattern);
      pc.stores.push(name);
    }
    this.emit(Op.POP_TOP);      // the subject
  }

  /** Permutes the captured values on top of the stack from the order `have` to `want`. */
  private reorderCaptures(have: string[], want: string[]): void {
    const cur = [...have];
    want.forEach((name, i) => {
      const j = cur.indexOf(name);
      if (j === i) return;
      // Swap depths i+1 and j+1 through TOS.
      if (i === 0) {
        this.emit(Op.SWAP, j + 1);
      } else {
        this.emit(Op.SWAP, i + 1);
        this.emit(Op.SWAP, j + 1);
        this.emit(Op.SWAP, i + 1);
      }
      [cur[i], cur[j]] = [cur[j]!, cur[i]!];
    });
  }

  private assertStmt(s: A.Assert): void {
    const end = new Label();
    this.jumpIf(s.test, true, end);
    this.emit(Op.LOAD_ASSERTION_ERROR);
    if (s.msg !== null) {
      this.emit(Op.PUSH_NULL);
      this.callWith(0, [s.msg], []);
    }
    this.emit(Op.RAISE_VARARGS, 1);
    this.place(end);
  }

  /** `import a.b.c` binds a; `import a.b.c as d` binds the submodule c, fetched with IMPORT_FROM. */
  private importName(alias: A.Alias): void {
    this.at(alias, () => {
      this.loadConst(0);
      this.loadConst(null);
      this.emitName(Op.IMPORT_NAME, alias.name);
      const [first, ...rest] = alias.name.split('.');
      if (alias.asname === null) {
        this.nameOp(first!, 'Store');
        return;
      }
      rest.forEach((attr, i) => {
        this.emitName(Op.IMPORT_FROM, attr);
        if (i < rest.length - 1) {
          this.emit(Op.SWAP, 2);
          this.emit(Op.POP_TOP);
        }
      });
      this.nameOp(alias.asname, 'Store');
      if (rest.length > 0) this.emit(Op.POP_TOP);
    });
  }

  private importFrom(s: A.ImportFrom): void {
    this.loadConst(s.level);
    this.loadConst({ tuple: s.names.map((a) => a.name) });
    this.emitName(Op.IMPORT_NAME, s.module ?? '');
    if (s.names[0]!.name === '*') {
      this.emit(Op.IMPORT_STAR);
      return;
    }
    for (const alias of s.names) {
      this.at(alias, () => {
        this.emitName(Op.IMPORT_FROM, alias.name);
        this.nameOp(alias.asname ?? alias.name, 'Store');
      });
    }
    this.emit(Op.POP_TOP);
  }

  // ---------------------------------------------------------------- targets

  /** Pops TOS into an assignment target (assignments, for, with, comprehensions, walrus). */
  private storeTarget(t: A.Expr): void {
    this.at(t, () => {
      switch (t._type) {
        case 'Name': return this.nameOp(t.id, 'Store');
        case 'Attribute':
          this.expr(t.value);
          this.emitName(Op.STORE_ATTR, mangle(this.u.scope.privateName, t.attr));
          return;
        case 'Subscript':
          this.expr(t.value);
          this.expr(t.slice);
          this.emit(Op.STORE_SUBSCR);
          return;
        case 'Tuple': case 'List': return this.unpackInto(t.elts);
        case 'Starred': return this.error('starred assignment target must be in a list or tuple', t);
        default: return this.error('cannot assign to expression', t);
      }
    });
  }

  private unpackInto(elts: A.Expr[]): void {
    const star = elts.findIndex(isStarred);
    if (star < 0) {
      this.emit(Op.UNPACK_SEQUENCE, elts.length);
    } else {
      // Reported at the whole target, as CPython does.
      if (elts.slice(star + 1).some(isStarred)) this.error('multiple starred expressions in assignment', this.u.pos);
      const after = elts.length - star - 1;
      if (star >= 256 || after >= 1 << 23) this.error('too many expressions in star-unpacking assignment', this.u.pos);
      this.emit(Op.UNPACK_EX, star | (after << 8));
    }
    for (const e of elts) this.storeTarget(e._type === 'Starred' ? e.value : e);
  }

  private deleteTarget(t: A.Expr): void {
    this.at(t, () => {
      switch (t._type) {
        case 'Name': return this.nameOp(t.id, 'Del');
        case 'Attribute':
          this.expr(t.value);
          this.emitName(Op.DELETE_ATTR, mangle(this.u.scope.privateName, t.attr));
          return;
        case 'Subscript':
          this.expr(t.value);
          this.expr(t.slice);
          this.emit(Op.DELETE_SUBSCR);
          return;
        case 'Tuple': case 'List': for (const e of t.elts) this.deleteTarget(e); return;
        default: return this.error('cannot delete expression', t);
      }
    });
  }

  // ---------------------------------------------------------------- expressions

  private expr(e: A.Expr): void { this.at(e, () => this.exprHere(e)); }

  private exprHere(e: A.Expr): void {
    switch (e._type) {
      case 'BoolOp': {
        const end = new Label();
        const op = e.op === 'And' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
        e.values.forEach((v, i) => {
          this.expr(v);
          if (i < e.values.length - 1) this.jump(op, end);
        });
        this.place(end);
        return;
      }
      case 'NamedExpr':
        this.expr(e.value);
        this.emit(Op.COPY, 1);
        this.storeTarget(e.target);
        return;
      case 'BinOp':
        this.expr(e.left);
        this.expr(e.right);
        this.emit(Op.BINARY_OP, BINARY_OPS[e.op]);
        return;
      case 'UnaryOp': return this.unaryOp(e);
      case 'Lambda': return this.lambda(e);
      case 'IfExp': {
        const orelse = new Label();
        const end = new Label();
        this.jumpIf(e.test, false, orelse);
        this.expr(e.body);
        this.jump(Op.JUMP_FORWARD, end);
        this.place(orelse);
        this.expr(e.orelse);
        this.place(end);
        return;
      }
      case 'Dict': return this.buildDict(e.keys.map((key, i) => ({ key, value: e.values[i]! })), Op.DICT_UPDATE);
      case 'Set': return this.buildSequence('set', e.elts, 0);
      case 'List': return this.buildSequence('list', e.elts, 0);
      case 'Tuple': return this.buildSequence('tuple', e.elts, 0);
      case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp': return this.comprehension(e);
      case 'Yield':
        if (e.value !== null) this.expr(e.value);
        else this.loadConst(null);
        this.emit(Op.YIELD_VALUE, 0);
        return;
      case 'YieldFrom': return this.yieldFrom(e);
      case 'Compare': return this.compare(e);
      case 'Call': return this.call(e);
      case 'FormattedValue':
        this.expr(e.value);
        if (e.format_spec !== null) this.expr(e.format_spec);
        this.emit(Op.FORMAT_VALUE, (CONVERSIONS[e.conversion] ?? 0) | (e.format_spec !== null ? 4 : 0));
        return;
      case 'JoinedStr':
        for (const v of e.values) this.expr(v);
        if (e.values.length === 0) this.loadConst('');
        else if (e.values.length > 1) this.emit(Op.BUILD_STRING, e.values.length);
        return;
      case 'Constant': return this.loadConst(e.value);
      case 'Attribute':
        this.expr(e.value);
        this.emitName(Op.LOAD_ATTR, mangle(this.u.scope.privateName, e.attr));
        return;
      case 'Subscript':
        this.expr(e.value);
        this.expr(e.slice);
        this.emit(Op.BINARY_SUBSCR);
        return;
      case 'Starred': return this.error("can't use starred expression here", e);
      case 'Name': return this.nameOp(e.id, 'Load');
      case 'Slice': {
        const parts = e.step === null ? [e.lower, e.upper] : [e.lower, e.upper, e.step];
        for (const p of parts) {
          if (p === null) this.loadConst(null);
          else this.expr(p);
        }
        this.emit(Op.BUILD_SLICE, parts.length);
        return;
      }
    }
  }

  /** `-1` and `-2.5` are constants, as after CPython's AST optimiser. */
  private unaryOp(e: A.UnaryOp): void {
    const v = e.operand._type === 'Constant' ? e.operand.value : undefined;
    if (e.op === 'USub' && (typeof v === 'number' || typeof v === 'bigint')) {
      this.loadConst(typeof v === 'number' ? -v || 0 : -v);   // -0 is the int 0
      return;
    }
    if (e.op === 'USub' && v !== null && typeof v === 'object' && 'float' in v) {
      this.loadConst({ float: -v.float });
      return;
    }
    this.expr(e.operand);
    this.emit(UNARY_OPS[e.op]);
  }

  private compare(e: A.Compare): void {
    this.expr(e.left);
    const last = e.ops.length - 1;
    if (last === 0) {
      this.expr(e.comparators[0]!);
      this.compareOp(e.ops[0]!);
      return;
    }
    // a < b < c: each middle operand is kept (COPY) for the next comparison; the first
    // false result jumps to `cleanup`, which drops the kept operand.
    const cleanup = new Label();
    const end = new Label();
    for (let i = 0; i < last; i++) {
      this.expr(e.comparators[i]!);
      this.emit(Op.SWAP, 2);
      this.emit(Op.COPY, 2);
      this.compareOp(e.ops[i]!);
      this.jump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
    }
    this.expr(e.comparators[last]!);
    this.compareOp(e.ops[last]!);
    this.jump(Op.JUMP_FORWARD, end);
    this.place(cleanup);
    this.emit(Op.SWAP, 2);
    this.emit(Op.POP_TOP);
    this.place(end);
  }

  private compareOp(op: A.CompareOperator): void {
    switch (op) {
      case 'Is': case 'IsNot': return this.emit(Op.IS_OP, op === 'IsNot' ? 1 : 0);
      case 'In': case 'NotIn': return this.emit(Op.CONTAINS_OP, op === 'NotIn' ? 1 : 0);
      default: return this.emit(Op.COMPARE_OP, COMPARE_OPS[op]!);
    }
  }

  private call(e: A.Call): void {
    const f = e.func;
    const simpleArgs = !e.args.some(isStarred) && !e.keywords.some((k) => k.arg === null);
    if (f._type === 'Attribute' && simpleArgs) {
      this.expr(f.value);
      this.at(f, () => this.emitName(Op.LOAD_METHOD, mangle(this.u.scope.privateName, f.attr)));
    } else {
      this.expr(f);
      this.emit(Op.PUSH_NULL);
    }
    this.callWith(0, e.args, e.keywords);
  }

  /** `a, b = b, a` (two or three names, items or attributes on each side, no stars) is
   *  compiled without a tuple, as CPython does: push the values, reorder, store. */
  private swapAssign(s: A.Assign): boolean {
    if (s.targets.length !== 1) return false;
    const target = s.targets[0];
    const value = s.value;
    if ((target._type !== 'Tuple' && target._type !== 'List') || value._type !== 'Tuple') return false;
    const n = value.elts.length;
    if ((n !== 2 && n !== 3) || target.elts.length !== n) return false;
    if (value.elts.some(isStarred) || target.elts.some(isStarred)) return false;
    for (const e of value.elts) this.expr(e);
    this.emit(Op.SWAP, n);
    for (const t of target.elts) this.storeTarget(t);
    return true;
  }

  /** Calls, with [callable, NULL-or-self] and `pushed` positional arguments already on the
   *  stack, passing `args` and `keywords` after them. Used by calls, decorators, classes. */
  private callWith(pushed: number, args: A.Expr[], keywords: A.Keyword[]): void {
    const seen = new Set<string>();
    for (const k of keywords) {
      if (k.arg === null) continue;
      if (seen.has(k.arg)) this.error(`keyword argument repeated: ${k.arg}`, k);
      seen.add(k.arg);
    }
    if (args.some(isStarred) || keywords.some((k) => k.arg === null)) {
      // A lone *iterable goes to CALL_FUNCTION_EX as it is, which names the function when it
      // is not iterable, as CPython does.
      const lone = pushed === 0 && args.length === 1 ? args[0] : null;
      if (lone !== null && lone._type === 'Starred') this.expr(lone.value);
      else this.buildSequence('tuple', args, pushed);
      if (keywords.length > 0) this.buildDict(keywords.map((k) => ({ key: k.arg, value: k.value })), Op.DICT_MERGE);
      this.emit(Op.CALL_FUNCTION_EX, keywords.length > 0 ? 1 : 0);
      return;
    }
    for (const a of args) this.expr(a);
    for (const k of keywords) this.expr(k.value);
    if (keywords.length === 0) {
      this.emit(Op.CALL, pushed + args.length);
      return;
    }
    this.loadConst({ tuple: keywords.map((k) => k.arg!) });
    this.emit(Op.CALL_KW, pushed + args.length + keywords.length);
  }

  /** Builds a list, tuple or set from `elts` (which may hold *starred items), including
   *  `pushed` items already on the stack. Long or starred sequences are built item by item. */
  private buildSequence(kind: 'list' | 'tuple' | 'set', elts: A.Expr[], pushed: number): void {
    const isSet = kind === 'set';
    if (!elts.some(isStarred) && pushed + elts.length <= MAX_STACK_ITEMS) {
      for (const e of elts) this.expr(e);
      this.emit(isSet ? Op.BUILD_SET : kind === 'list' ? Op.BUILD_LIST : Op.BUILD_TUPLE, pushed + elts.length);
      return;
    }
    this.emit(isSet ? Op.BUILD_SET : Op.BUILD_LIST, pushed);
    for (const e of elts) {
      if (e._type === 'Starred') {
        this.expr(e.value);
        this.emit(isSet ? Op.SET_UPDATE : Op.LIST_EXTEND, 1);
      } else {
        this.expr(e);
        this.emit(isSet ? Op.SET_ADD : Op.LIST_APPEND, 1);
      }
    }
    if (kind === 'tuple') this.emit(Op.LIST_TO_TUPLE);
  }

  /** Builds a dict from key/value items; a null key merges the mapping `value` with `mergeOp`
   *  (DICT_UPDATE for displays, DICT_MERGE for `**` in calls). A string key is a keyword name. */
  private buildDict(items: { key: A.Expr | string | null; value: A.Expr }[], mergeOp: number): void {
    let pending = 0;
    let haveDict = false;
    const flush = (): void => {
      if (pending === 0) return;
      this.emit(Op.BUILD_MAP, pending);
      if (haveDict) this.emit(mergeOp, 1);
      haveDict = true;
      pending = 0;
    };
    for (const { key, value } of items) {
      if (key === null) {
        flush();
        if (!haveDict) this.emit(Op.BUILD_MAP, 0);
        haveDict = true;
        this.expr(value);
        this.emit(mergeOp, 1);
        continue;
      }
      if (typeof key === 'string') this.loadConst(key);
      else this.expr(key);
      this.expr(value);
      if (++pending * 2 >= MAX_STACK_ITEMS) flush();
    }
    flush();
    if (!haveDict) this.emit(Op.BUILD_MAP, 0);
  }

  private yieldFrom(e: A.YieldFrom): void {
    const send = new Label();
    const exit = new Label();
    this.expr(e.value);
    this.emit(Op.GET_YIELD_FROM_ITER);
    this.loadConst(null);
    this.place(send);
    this.jump(Op.SEND, exit);
    this.emit(Op.YIELD_VALUE, 1);
    this.jump(Op.JUMP_FORWARD, send);
    this.place(exit);
  }

  private lambda(e: A.Lambda): void {
    const flags = this.pushDefaults(e.args);
    const scope = this.scopeOf(e);
    const code = this.functionBody(scope, '<lambda>', e.lineno, e.args, null, () => {
      this.expr(e.body);
      if (scope.isGenerator) {
        this.emit(Op.POP_TOP);
        this.loadConst(null);
      }
      this.emit(Op.RETURN_VALUE);
    });
    this.makeFunction(code, flags);
  }

  /** A comprehension is a function of one argument, `.0`, the iterator of the outermost
   *  iterable (evaluated here), called at once. */
  private comprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): void {
    const u = this.enterUnit(this.scopeOf(e), COMPREHENSION_NAMES[e._type], e.lineno);
    u.argcount = 1;
    this.at(e, () => {
      if (e._type === 'ListComp') this.emit(Op.BUILD_LIST, 0);
      else if (e._type === 'SetComp') this.emit(Op.BUILD_SET, 0);
      else if (e._type === 'DictComp') this.emit(Op.BUILD_MAP, 0);
      this.comprehensionLoop(e, 0);
      if (e._type === 'GeneratorExp') this.returnNone();
      else this.emit(Op.RETURN_VALUE);
    });
    const code = this.exitUnit();
    this.makeFunction(code, 0);
    this.emit(Op.PUSH_NULL);
    this.expr(e.generators[0]!.iter);
    this.emit(Op.GET_ITER);
    this.emit(Op.CALL, 1);
  }

  private comprehensionLoop(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, index: number): void {
    const gen = e.generators[index]!;
    const start = new Label();
    const next = new Label();
    const exhausted = new Label();
    if (index === 0) this.emit(Op.LOAD_FAST, this.u.varnames.indexOf('.0'));
    else {
      this.expr(gen.iter);
      this.emit(Op.GET_ITER);
    }
    this.place(start);
    this.jump(Op.FOR_ITER, exhausted);
    this.storeTarget(gen.target);
    for (const cond of gen.ifs) this.jumpIf(cond, false, next);
    if (index + 1 < e.generators.length) {
      this.comprehensionLoop(e, index + 1);
    } else {
      // The result (list, set or dict) sits below one iterator per `for`.
      const depth = e.generators.length + 1;
      switch (e._type) {
        case 'ListComp': this.expr(e.elt); this.emit(Op.LIST_APPEND, depth); break;
        case 'SetComp': this.expr(e.elt); this.emit(Op.SET_ADD, depth); break;
        case 'DictComp': this.expr(e.key); this.expr(e.value); this.emit(Op.MAP_ADD, depth); break;
        case 'GeneratorExp': this.expr(e.elt); this.emit(Op.YIELD_VALUE, 0); this.emit(Op.POP_TOP); break;
      }
    }
    this.place(next);
    this.jump(Op.JUMP_FORWARD, start);
    this.place(exhausted);
  }
}

function isLoop(b: FBlock): b is LoopBlock { return b.kind === 'while' || b.kind === 'for'; }
