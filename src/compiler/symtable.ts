// Symbol tables: which scope every name of every block lives in, following CPython 3.11's
// rules (symtable.c). Built in two passes: `build` records how each block uses each name
// (the DEF_* flags), then `analyze` resolves every name to local, cell, free, or global,
// walking the blocks top-down with the names the enclosing function scopes bind.

import type * as A from '../parser/ast.js';
import { PySyntaxError } from '../parser/errors.js';

// How a block uses a name (CPython's symtable flags).
export const DEF_GLOBAL = 1;       // `global` statement
export const DEF_LOCAL = 2;        // assigned, deleted or defined in the block
export const DEF_PARAM = 4;        // a parameter
export const DEF_NONLOCAL = 8;     // `nonlocal` statement (or a comprehension's walrus target)
export const USE = 16;             // read
export const DEF_FREE_CLASS = 32;  // a class binds the name and one of its methods reads the outer one
export const DEF_IMPORT = 64;      // bound by an import
export const DEF_ANNOT = 128;      // annotated `x: T`
export const DEF_COMP_ITER = 256;  // a comprehension's iteration variable
const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export type ScopeKind = 'module' | 'class' | 'function';
export type NameScope = 'local' | 'global_explicit' | 'global_implicit' | 'free' | 'cell';
/** Which comprehension a scope is, for the messages about `yield` inside one. */
type ComprehensionKind = 'ListComp' | 'SetComp' | 'DictComp' | 'GeneratorExp';

/** A node that opens a scope. */
export type ScopeNode = A.Module | A.Expression | A.FunctionDef | A.ClassDef | A.Lambda
  | A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;

export class Scope {
  readonly flags = new Map<string, number>();
  readonly scopes = new Map<string, NameScope>();
  /** Parameter names in co_varnames order. */
  readonly params: string[] = [];
  readonly children: Scope[] = [];
  isGenerator = false;
  comprehension: ComprehensionKind | null = null;
  /** A class body whose methods use `super` or `__class__`: it gets a `__class__` cell. */
  needsClassClosure = false;
  /** While visiting a comprehension's `for` target / iterable (walrus checks). */
  compIterTarget = false;
  compIterExpr = 0;
  /** Where each `nonlocal` name was declared, for the error about it. */
  readonly directives = new Map<string, A.Pos>();

  constructor(readonly kind: ScopeKind, readonly name: string,
              /** The class name used for private-name mangling, or null. */
              readonly privateName: string | null) {}

  scopeOf(name: string): NameScope | undefined { return this.scopes.get(name); }

  /** co_cellvars, sorted as CPython does. */
  cellvars(): string[] {
    const cells = [...this.scopes].filter(([, s]) => s === 'cell').map(([n]) => n);
    if (this.needsClassClosure) cells.push('__class__');
    return cells.sort();
  }

  /** co_freevars, sorted; a class also passes through names its methods take from outside. */
  freevars(): string[] {
    return [...this.scopes].filter(([n, s]) => s === 'free' || ((this.flags.get(n) ?? 0) & DEF_FREE_CLASS) !== 0)
      .map(([n]) => n).sort();
  }
}

export interface SymbolTable {
  top: Scope;
  /** The scope a scope-opening node created. */
  scopes: Map<ScopeNode, Scope>;
}

/** Private name mangling: `__x` inside class `C` is `_C__x`. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  return stripped === '' ? name : `_${stripped}${name}`;
}

/** A SyntaxError at a node, with the source line as CPython shows it. */
export function syntaxError(msg: string, pos: A.Pos | null, filename: string, source: string): PySyntaxError {
  if (pos === null) return new PySyntaxError('SyntaxError', msg, filename, 0, 0, '', 0, 0);
  const lines = source.split('\n');
  const line = lines[pos.lineno - 1];
  const text = line === undefined ? '' : pos.lineno < lines.length ? line + '\n' : line;
  return new PySyntaxError('SyntaxError', msg, filename, pos.lineno, pos.col_offset + 1, text,
    pos.end_lineno, pos.end_col_offset + 1);
}

/** `from __future__ import annotations`: annotations are kept as strings, never evaluated. */
export function hasFutureAnnotations(tree: A.Module | A.Expression): boolean {
  return tree._type === 'Module' && tree.body.some((s) => s._type === 'ImportFrom' && s.module === '__future__'
    && s.names.some((a) => a.name === 'annotations'));
}

export function buildSymbolTable(tree: A.Module | A.Expression, filename: string, source: string): SymbolTable {
  const builder = new Builder(filename, source, hasFutureAnnotations(tree));
  const top = builder.run(tree);
  new Analyzer(builder.error).analyzeBlock(top, null, new Set(), new Set());
  return { top, scopes: builder.scopes };
}

const COMPREHENSION_WORDS: Record<ComprehensionKind, string> = {
  ListComp: 'list comprehension', SetComp: 'set comprehension', DictComp: 'dict comprehension',
  GeneratorExp: 'generator expression',
};
const SCOPE_NAMES: Record<ComprehensionKind, string> = {
  ListComp: 'listcomp', SetComp: 'setcomp', DictComp: 'dictcomp', GeneratorExp: 'genexpr',
};

/** Pass 1: records the flags of every name in every block. */
class Builder {
  readonly scopes = new Map<ScopeNode, Scope>();
  private stack: Scope[] = [];

  constructor(private readonly filename: string, private readonly source: string,
              private readonly futureAnnotations: boolean) {}

  readonly error = (msg: string, pos: A.Pos | null): never => {
    throw syntaxError(msg, pos, this.filename, this.source);
  };

  private get cur(): Scope { return this.stack[this.stack.length - 1]!; }

  run(tree: A.Module | A.Expression): Scope {
    const top = this.enter(tree, 'module', 'top', null);
    if (tree._type === 'Module') this.stmts(tree.body);
    else this.expr(tree.body);
    this.stack.pop();
    return top;
  }

  private enter(node: ScopeNode, kind: ScopeKind, name: string, privateName: string | null): Scope {
    const scope = new Scope(kind, name, privateName);
    this.stack[this.stack.length - 1]?.children.push(scope);
    this.stack.push(scope);
    this.scopes.set(node, scope);
    return scope;
  }

  private addDef(name: string, flag: number, pos: A.Pos | null, scope: Scope = this.cur): void {
    const mangled = mangle(this.cur.privateName, name);
    const old = scope.flags.get(mangled) ?? 0;
    if ((flag & DEF_PARAM) && (old & DEF_PARAM)) this.error(`duplicate argument '${name}' in function definition`, pos);
    scope.flags.set(mangled, old | flag);
    // CPython records every global declaration in the module's table too.
    if (flag & DEF_GLOBAL) {
      const top = this.stack[0]!;
      top.flags.set(mangled, (top.flags.get(mangled) ?? 0) | DEF_GLOBAL);
    }
  }

  private stmts(body: A.Stmt[]): void { for (const s of body) this.stmt(s); }
  private exprs(list: (A.Expr | null)[]): void { for (const e of list) if (e !== null) this.expr(e); }

  private stmt(s: A.Stmt): void {
    switch (s._type) {
      case 'FunctionDef':
        this.addDef(s.name, DEF_LOCAL, s);
        this.exprs(s.args.defaults);
        this.exprs(s.args.kw_defaults);
        this.annotations(s.args, s.returns);
        this.exprs(s.decorator_list);
        this.enter(s, 'function', s.name, this.cur.privateName);
        this.params(s.args);
        this.stmts(s.body);
        this.stack.pop();
        return;
      case 'ClassDef':
        this.addDef(s.name, DEF_LOCAL, s);
        this.exprs(s.bases);
        this.exprs(s.keywords.map((k) => k.value));
        this.exprs(s.decorator_list);
        this.enter(s, 'class', s.name, s.name);
        this.stmts(s.body);
        this.stack.pop();
        return;
      case 'Return': this.exprs([s.value]); return;
      case 'Delete': this.exprs(s.targets); return;
      case 'Assign': this.exprs(s.targets); this.expr(s.value); return;
      case 'AugAssign': this.expr(s.target); this.expr(s.value); return;
      case 'AnnAssign': this.annAssign(s); return;
      case 'For': this.expr(s.target); this.expr(s.iter); this.stmts(s.body); this.stmts(s.orelse); return;
      case 'While': case 'If': this.expr(s.test); this.stmts(s.body); this.stmts(s.orelse); return;
      case 'With':
        for (const item of s.items) this.exprs([item.context_expr, item.optional_vars]);
        this.stmts(s.body);
        return;
      case 'Raise': this.exprs([s.exc, s.cause]); return;
      case 'Try': case 'TryStar':
        this.stmts(s.body);
        this.stmts(s.orelse);
        for (const h of s.handlers) {
          this.exprs([h.type]);
          if (h.name !== null) this.addDef(h.name, DEF_LOCAL, h);
          this.stmts(h.body);
        }
        this.stmts(s.finalbody);
        return;
      case 'Match':
        this.expr(s.subject);
        for (const c of s.cases) {
          this.pattern(c.pattern);
          this.exprs([c.guard]);
          this.stmts(c.body);
        }
        return;
      case 'Assert': this.exprs([s.test, s.msg]); return;
      case 'Import': case 'ImportFrom': this.imports(s); return;
      case 'Global': for (const n of s.names) this.declare(n, s, 'global'); return;
      case 'Nonlocal': for (const n of s.names) this.declare(n, s, 'nonlocal'); return;
      case 'Expr': this.expr(s.value); return;
      case 'Pass': case 'Break': case 'Continue': return;
    }
  }

  /** Capture names of a pattern bind in the current scope; values and classes are loaded. */
  private pattern(p: A.Pattern): void {
    switch (p._type) {
      case 'MatchValue': this.expr(p.value); return;
      case 'MatchSingleton': return;
      case 'MatchSequence': case 'MatchOr': for (const q of p.patterns) this.pattern(q); return;
      case 'MatchMapping':
        this.exprs(p.keys);
        for (const q of p.patterns) this.pattern(q);
        if (p.rest !== null) this.addDef(p.rest, DEF_LOCAL, p);
        return;
      case 'MatchClass':
        this.expr(p.cls);
        for (const q of [...p.patterns, ...p.kwd_patterns]) this.pattern(q);
        return;
      case 'MatchStar': if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p); return;
      case 'MatchAs':
        if (p.pattern !== null) this.pattern(p.pattern);
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        return;
    }
  }

  private annAssign(s: A.AnnAssign): void {
    if (s.target._type === 'Name') {
      const old = this.cur.flags.get(mangle(this.cur.privateName, s.target.id)) ?? 0;
      if (old & (DEF_GLOBAL | DEF_NONLOCAL) && s.simple && this.cur.kind !== 'module') {
        this.error(`annotated name '${s.target.id}' can't be ${old & DEF_GLOBAL ? 'global' : 'nonlocal'}`, s);
      }
      if (s.simple) this.addDef(s.target.id, DEF_ANNOT | DEF_LOCAL, s);
      else if (s.value !== null) this.addDef(s.target.id, DEF_LOCAL, s);
    } else {
      this.expr(s.target);
    }
    this.annotation(s.annotation);
    this.exprs([s.value]);
  }

  private annotation(e: A.Expr | null): void {
    if (e !== null && !this.futureAnnotations) this.expr(e);
  }

  private imports(s: A.Import | A.ImportFrom): void {
    for (const alias of s.names) {
      if (alias.name === '*') {
        if (this.cur.kind !== 'module') this.error('import * only allowed at module level', alias);
        continue;
      }
      this.addDef(alias.asname ?? alias.name.split('.')[0]!, DEF_IMPORT, alias);
    }
  }

  private declare(name: string, s: A.Global | A.Nonlocal, word: 'global' | 'nonlocal'): void {
    const old = this.cur.flags.get(mangle(this.cur.privateName, name)) ?? 0;
    if (old & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
      const why = old & DEF_PARAM ? `is parameter and ${word}`
        : old & USE ? `is used prior to ${word} declaration`
        : old & DEF_ANNOT ? `annotated` : `is assigned to before ${word} declaration`;
      this.error(why === 'annotated' ? `annotated name '${name}' can't be ${word}` : `name '${name}' ${why}`, s);
    }
    this.addDef(name, word === 'global' ? DEF_GLOBAL : DEF_NONLOCAL, s);
    if (word === 'nonlocal') this.cur.directives.set(mangle(this.cur.privateName, name), s);
  }

  private params(args: A.Arguments): void {
    const all = [...args.posonlyargs, ...args.args, ...args.kwonlyargs];
    if (args.vararg) all.push(args.vararg);
    if (args.kwarg) all.push(args.kwarg);
    for (const a of all) {
      this.addDef(a.arg, DEF_PARAM, a);
      this.cur.params.push(mangle(this.cur.privateName, a.arg));
    }
  }

  private annotations(args: A.Arguments, returns: A.Expr | null): void {
    const all = [...args.posonlyargs, ...args.args, ...args.kwonlyargs, args.vararg, args.kwarg];
    for (const a of all) if (a !== null) this.annotation(a.annotation);
    this.annotation(returns);
  }

  private expr(e: A.Expr): void {
    switch (e._type) {
      case 'BoolOp': this.exprs(e.values); return;
      case 'NamedExpr': this.namedExpr(e); return;
      case 'BinOp': this.expr(e.left); this.expr(e.right); return;
      case 'UnaryOp': this.expr(e.operand); return;
      case 'Lambda':
        this.exprs(e.args.defaults);
        this.exprs(e.args.kw_defaults);
        this.enter(e, 'function', 'lambda', this.cur.privateName);
        this.params(e.args);
        this.expr(e.body);
        this.stack.pop();
        return;
      case 'IfExp': this.exprs([e.test, e.body, e.orelse]); return;
      case 'Dict': this.exprs(e.keys); this.exprs(e.values); return;
      case 'Set': this.exprs(e.elts); return;
      case 'ListComp': case 'SetComp': case 'GeneratorExp': this.comprehension(e, [e.elt]); return;
      case 'DictComp': this.comprehension(e, [e.key, e.value]); return;
      case 'Yield': case 'YieldFrom': this.yieldExpr(e); return;
      case 'Compare': this.expr(e.left); this.exprs(e.comparators); return;
      case 'Call': this.expr(e.func); this.exprs(e.args); this.exprs(e.keywords.map((k) => k.value)); return;
      case 'FormattedValue': this.expr(e.value); this.exprs([e.format_spec]); return;
      case 'JoinedStr': this.exprs(e.values); return;
      case 'Constant': return;
      case 'Attribute': this.expr(e.value); return;
      case 'Subscript': this.expr(e.value); this.expr(e.slice); return;
      case 'Starred': this.expr(e.value); return;
      case 'Name': this.name(e); return;
      case 'List': case 'Tuple': this.exprs(e.elts); return;
      case 'Slice': this.exprs([e.lower, e.upper, e.step]); return;
    }
  }

  private name(e: A.Name): void {
    if (e.ctx === 'Load') {
      this.addDef(e.id, USE, e);
      // Zero-argument super() needs the class the function was defined in.
      if (e.id === 'super' && this.cur.kind === 'function') this.addDef('__class__', USE, e);
    } else {
      this.addDef(e.id, DEF_LOCAL | (this.cur.compIterTarget ? DEF_COMP_ITER : 0), e);
    }
  }

  private yieldExpr(e: A.Yield | A.YieldFrom): void {
    const cur = this.cur;
    if (cur.comprehension !== null) this.error(`'yield' inside ${COMPREHENSION_WORDS[cur.comprehension]}`, e);
    if (cur.kind !== 'function') this.error("'yield' outside function", e);
    cur.isGenerator = true;
    this.exprs([e.value]);
  }

  private comprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, elts: A.Expr[]): void {
    const [first, ...rest] = e.generators;
    // The outermost iterable is evaluated in the enclosing scope.
    this.cur.compIterExpr++;
    this.expr(first!.iter);
    this.cur.compIterExpr--;
    const scope = this.enter(e, 'function', SCOPE_NAMES[e._type], this.cur.privateName);
    scope.comprehension = e._type;
    scope.isGenerator = e._type === 'GeneratorExp';
    this.addDef('.0', DEF_PARAM, e);
    scope.params.push('.0');
    this.comprehensionFor(first!, false);
    for (const gen of rest) this.comprehensionFor(gen, true);
    this.exprs(elts);
    this.stack.pop();
  }

  private comprehensionFor(gen: A.Comprehension, visitIter: boolean): void {
    this.cur.compIterTarget = true;
    this.expr(gen.target);
    this.cur.compIterTarget = false;
    if (visitIter) {
      this.cur.compIterExpr++;
      this.expr(gen.iter);
      this.cur.compIterExpr--;
    }
    this.exprs(gen.ifs);
  }

  private namedExpr(e: A.NamedExpr): void {
    if (this.cur.compIterExpr > 0) this.error('assignment expression cannot be used in a comprehension iterable expression', e);
    this.expr(e.value);
    if (this.cur.comprehension === null) {
      this.expr(e.target);
      return;
    }
    // A walrus inside a comprehension binds in the nearest enclosing non-comprehension scope.
    const name = e.target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const scope = this.stack[i]!;
      if (scope.comprehension !== null) {
        if ((scope.flags.get(name) ?? 0) & DEF_COMP_ITER) {
          this.error(`assignment expression cannot rebind comprehension iteration variable '${name}'`, e);
        }
        continue;
      }
      if (scope.kind === 'class') this.error('assignment expression within a comprehension cannot be used in a class body', e);
      const inTarget = scope.flags.get(name) ?? 0;
      if (scope.kind === 'module' || inTarget & DEF_GLOBAL) {
        this.addDef(name, DEF_GLOBAL, e);
        this.addDef(name, scope.kind === 'module' ? DEF_GLOBAL : DEF_LOCAL, e, scope);
      } else {
        this.addDef(name, DEF_NONLOCAL, e);
        this.cur.directives.set(name, e);
        this.addDef(name, DEF_LOCAL, e, scope);
      }
      return;
    }
  }
}

/** Pass 2: resolves names to scopes (CPython's analyze_block and friends). */
class Analyzer {
  constructor(private readonly error: (msg: string, pos: A.Pos | null) => never) {}

  /** `bound`: names bound by enclosing function scopes (null at module level);
   *  `free`: receives the free names of this block; `global`: names declared global outside. */
  analyzeBlock(scope: Scope, bound: Set<string> | null, free: Set<string>, global: Set<string>): void {
    const local = new Set<string>();
    const newGlobal = new Set<string>();
    const newFree = new Set<string>();
    const newBound = new Set<string>();
    if (scope.kind === 'class') {
      addAll(newGlobal, global);
      if (bound) addAll(newBound, bound);
    }
    for (const [name, flags] of scope.flags) this.analyzeName(scope, name, flags, bound, local, free, global);
    if (scope.kind !== 'class') {
      if (scope.kind === 'function') addAll(newBound, local);
      if (bound) addAll(newBound, bound);
      addAll(newGlobal, global);
    } else {
      // Methods see the class being defined as `__class__`.
      newBound.add('__class__');
    }
    const childFree = new Set<string>();
    for (const child of scope.children) {
      const tempFree = new Set(newFree);
      this.analyzeBlock(child, new Set(newBound), tempFree, new Set(newGlobal));
      addAll(childFree, tempFree);
    }
    addAll(newFree, childFree);
    if (scope.kind === 'function') {
      for (const [name, s] of scope.scopes) {
        if (s === 'local' && newFree.delete(name)) scope.scopes.set(name, 'cell');
      }
    } else if (scope.kind === 'class' && newFree.delete('__class__')) {
      scope.needsClassClosure = true;
    }
    this.passFreeThrough(scope, bound, newFree);
    addAll(free, newFree);
  }

  private analyzeName(scope: Scope, name: string, flags: number, bound: Set<string> | null,
                      local: Set<string>, free: Set<string>, global: Set<string>): void {
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL) this.error(`name '${name}' is nonlocal and global`, scope.directives.get(name) ?? null);
      scope.scopes.set(name, 'global_explicit');
      global.add(name);
      bound?.delete(name);
    } else if (flags & DEF_NONLOCAL) {
      const where = scope.directives.get(name) ?? null;
      if (bound === null) this.error('nonlocal declaration not allowed at module level', where);
      if (!bound.has(name)) this.error(`no binding for nonlocal '${name}' found`, where);
      scope.scopes.set(name, 'free');
      free.add(name);
    } else if (flags & DEF_BOUND) {
      scope.scopes.set(name, 'local');
      local.add(name);
      global.delete(name);
    } else if (bound?.has(name)) {
      scope.scopes.set(name, 'free');
      free.add(name);
    } else {
      scope.scopes.set(name, 'global_implicit');
    }
  }

  /** Names free in children that this block does not bind become free here too, so the
   *  closure can pass them down; a class that binds one marks it DEF_FREE_CLASS. */
  private passFreeThrough(scope: Scope, bound: Set<string> | null, free: Set<string>): void {
    for (const name of free) {
      const flags = scope.flags.get(name);
      if (flags !== undefined) {
        if (scope.kind === 'class' && flags & (DEF_BOUND | DEF_GLOBAL)) scope.flags.set(name, flags | DEF_FREE_CLASS);
        continue;
      }
      if (bound !== null && !bound.has(name)) continue;
      scope.flags.set(name, 0);
      scope.scopes.set(name, 'free');
    }
  }
}

function addAll<T>(into: Set<T>, from: Iterable<T>): void { for (const x of from) into.add(x); }
