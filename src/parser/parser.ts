// Recursive-descent parser for Python 3.11, shaped after CPython's PEG grammar so that it
// accepts the same programs and reports the same syntax errors.
//
// Like CPython it parses in up to two passes. The first pass uses only the real grammar. If it
// fails, a second pass runs with the `invalid_*` rules switched on (`this.inv`); those rules
// recognise common mistakes and raise specific messages. If none fires, the error is a plain
// "invalid syntax" at the furthest token the first pass looked at.
//
// Rules return a node, or null after restoring the position when they do not match. Some rules
// are memoised per token position, as in CPython, so backtracking stays linear.

import type * as A from './ast.js';
import { PySyntaxError, type SyntaxErrorKind } from './errors.js';
import { normalizeNewlines, splitLines, tokenize, TokenType as T, type Token } from '../tokenizer/tokenizer.js';
import { concatenateStrings, type StringHost } from './strings.js';
import { parseNumber } from './numbers.js';

type Node = { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number };

/** The memoised rules. */
const enum Rule {
  SimpleStmt, Block, Expression, StarExpression, InvalidNamedExpression, Disjunction, Conjunction, BitwiseOr, Strings, Arguments, StarTarget, TargetWithStarAtom, TPrimary, DelTarget,
  ClosedPattern,
}
const RULE_COUNT = 15;

/** Memoised results of one rule: per token index, where it ended (-1: not computed) and its node. */
interface MemoTable { end: Int32Array; node: unknown[]; }

/** Where an f-string expression sits in the file: its text is parsed as "(" + text + ")". */
interface FStringPlace { firstLine: number; colShift: number; }

const AUG_OPS: Record<string, A.BinaryOperator> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '%=': 'Mod', '&=': 'BitAnd', '|=': 'BitOr',
  '^=': 'BitXor', '<<=': 'LShift', '>>=': 'RShift', '**=': 'Pow', '//=': 'FloorDiv',
};
const COMPARE_OPS: Record<string, A.CompareOperator> = { '==': 'Eq', '!=': 'NotEq', '<=': 'LtE', '<': 'Lt', '>=': 'GtE', '>': 'Gt' };
const TERM_OPS: Record<string, A.BinaryOperator> = { '*': 'Mult', '/': 'Div', '//': 'FloorDiv', '%': 'Mod', '@': 'MatMult' };
const FACTOR_OPS: Record<string, A.UnaryOperator> = { '+': 'UAdd', '-': 'USub', '~': 'Invert' };

/** Keywords that can only start a simple statement (never an expression or a target). */
const SIMPLE_STMT_KEYWORDS = new Set(['return', 'import', 'from', 'raise', 'pass', 'del', 'assert', 'break', 'continue', 'global', 'nonlocal']);

type TargetsType = 'star' | 'del' | 'for';

function isImaginary(v: A.ConstantValue): boolean {
  return v !== null && typeof v === 'object' && 'imag' in v;
}

/** Pieces of a parameter list before they are assembled into `arguments`. */
interface NameDefault { arg: A.Arg; value: A.Expr | null; }
interface SlashWithDefault { plain: A.Arg[]; withDefaults: NameDefault[]; }
interface StarEtc { vararg: A.Arg | null; kwonly: NameDefault[]; kwarg: A.Arg | null; }

export class Parser implements StringHost {
  private readonly tokens: Token[];
  private readonly filename: string;
  private readonly source: string;
  /** The source lines, split only when an error needs one. */
  private lines: string[] | null = null;
  private readonly fstring: FStringPlace | null;
  private pos = 0;
  /** One more than the furthest token index looked at: CPython's `fill`. */
  private fill = 0;
  /** True in the second pass, when the invalid_* rules run. */
  private inv = false;
  private memos: (MemoTable | undefined)[] = new Array(RULE_COUNT);
  /** The first construct CPython accepts but we do not (async, await). It is parsed
   *  like CPython so other errors are found at the same place, and rejected at the end. */
  private unsupported: Token | null = null;

  constructor(source: string, filename: string, fstring: FStringPlace | null = null) {
    this.filename = filename;
    this.fstring = fstring;
    const text = normalizeNewlines(source);
    this.source = text;
    this.tokens = tokenize(text, filename, fstring ? fstring.firstLine : 1);
    if (fstring) this.shiftFirstLine(fstring);
  }

  /** CPython shifts the columns of tokens on the first line of an f-string expression. */
  private shiftFirstLine(place: FStringPlace): void {
    for (const t of this.tokens) {
      if (t.end_lineno !== place.firstLine || t.col < 0) continue;
      t.col += place.colShift;
      t.end_col += place.colShift;
    }
  }

  // ==== entry points ====

  parseModule(): A.Module {
    const body = this.run(() => {
      const stmts = this.statements() ?? [];
      return this.atType(T.ENDMARKER) ? stmts : null;
    });
    return { _type: 'Module', body };
  }

  parseExpression(): A.Expression {
    const body = this.run(() => {
      const e = this.expressions();
      if (!e) return null;
      while (this.atType(T.NEWLINE)) this.pos++;
      return this.atType(T.ENDMARKER) ? e : null;
    });
    return { _type: 'Expression', body };
  }

  /** The start rule of f-string expressions. */
  parseFStringExpression(): A.Expr {
    return this.run(() => this.starExpressions());
  }

  private run<R>(rule: () => R | null): R {
    let result: R | null;
    try {
      result = rule();
    } catch (e) {
      throw this.preferTokenizerError(e);
    }
    if (result !== null) {
      const u = this.unsupported;
      if (u) throw this.errorAtTokens('SyntaxError', 'invalid syntax', u, u);
      return result;
    }
    const lastToken = this.tokens[this.fill - 1];
    this.pos = 0;
    this.inv = true;
    this.memos = new Array(RULE_COUNT);
    try {
      rule();
    } catch (e) {
      throw this.preferTokenizerError(e);
    }
    if (lastToken.type === T.INDENT) throw this.errorAtLast('IndentationError', 'unexpected indent');
    if (lastToken.type === T.DEDENT) throw this.errorAtLast('IndentationError', 'unexpected unindent');
    throw this.preferTokenizerError(this.errorAtTokens('SyntaxError', 'invalid syntax', lastToken, lastToken));
  }

  /** CPython tokenizes the rest of the input after a parser error: a tokenizer error there wins,
   *  and so does an unclosed bracket opened before the line of the error. */
  private preferTokenizerError(e: unknown): unknown {
    if (!(e instanceof PySyntaxError) || this.isTokenizerError(e)) return e;
    const last = this.tokens[this.tokens.length - 1];
    if (last.type !== T.ERRORTOKEN || last.error === undefined) return e;
    if (last.raises) return last.error;
    const currentLine = this.tokens[Math.max(this.fill - 1, 0)].lineno;
    if (last.parenLine !== undefined && currentLine > last.parenLine) return last.error;
    return e;
  }

  private isTokenizerError(e: PySyntaxError): boolean {
    const last = this.tokens[this.tokens.length - 1];
    return last.error === e;
  }

  // ==== tokens ====

  /** The current token. Reaching a tokenizer error raises it, as CPython's lazy tokenizer would. */
  private tok(): Token {
    const i = this.pos;
    if (i >= this.fill) {
      this.fill = i + 1;
      const t = this.tokens[i];
      if (t.type === T.ERRORTOKEN) throw t.error;
      return t;
    }
    return this.tokens[i];
  }

  private peekAt(offset: number): Token {
    const saved = this.pos;
    this.pos += offset;
    try { return this.tok(); } finally { this.pos = saved; }
  }

  private atType(type: T): boolean { return this.tok().type === type; }

  /** True when the current token is the operator or keyword `s`. */
  private at(s: string): boolean {
    const t = this.tok();
    return t.value === s && (t.type === T.OP || t.type === T.KEYWORD);
  }

  private eat(s: string): Token | null {
    const t = this.tok();
    if (t.value === s && (t.type === T.OP || t.type === T.KEYWORD)) { this.pos++; return t; }
    return null;
  }

  /** CPython's `&&'x'`: the token must be there, else "expected 'x'". */
  private forced(s: string): Token {
    const t = this.tok();
    if (t.value === s && (t.type === T.OP || t.type === T.KEYWORD)) { this.pos++; return t; }
    throw this.errorAtTokens('SyntaxError', `expected '${s}'`, t, t);
  }

  private eatType(type: T): Token | null {
    const t = this.tok();
    if (t.type === type) { this.pos++; return t; }
    return null;
  }

  private nameTok(): Token | null { return this.eatType(T.NAME); }

  private name(ctx: A.Context = 'Load'): A.Name | null {
    const t = this.eatType(T.NAME);
    return t ? { _type: 'Name', id: t.value, ctx, lineno: t.lineno, col_offset: t.col, end_lineno: t.end_lineno, end_col_offset: t.end_col } : null;
  }

  /** CPython's SOFT_KEYWORD test. It compares only the name's length of each soft keyword,
   *  so prefixes such as `c`, `cas` or `ma` count too; that changes which errors are reported. */
  private atSoftKeyword(): boolean {
    const t = this.tok();
    if (t.type !== T.NAME) return false;
    return '_'.startsWith(t.value) || 'case'.startsWith(t.value) || 'match'.startsWith(t.value);
  }

  /** The last token consumed that is not NEWLINE/INDENT/DEDENT/ENDMARKER: where a node ends. */
  private endTok(): Token {
    for (let i = this.pos - 1; i > 0; i--) {
      const t = this.tokens[i];
      if (t.type !== T.NEWLINE && t.type !== T.INDENT && t.type !== T.DEDENT && t.type !== T.ENDMARKER) return t;
    }
    return this.tokens[0];
  }

  /** Position from a start token (or node) to the end of the last consumed token. */
  private span(start: Token): Node {
    const e = this.endTok();
    return { lineno: start.lineno, col_offset: start.col, end_lineno: e.end_lineno, end_col_offset: e.end_col };
  }

  /** Position of a node whose rule started at token index `start`. */
  private spanAt(start: number): Node {
    return this.span(this.tokens[start]);
  }

  private markUnsupported(t: Token): void {
    const u = this.unsupported;
    if (!u || t.lineno < u.lineno || (t.lineno === u.lineno && t.col < u.col)) this.unsupported = t;
  }

  /** Runs the rule method `fn` at the current position, or replays its recorded result. */
  private memo<R>(rule: Rule, fn: (this: Parser) => R | null): R | null {
    let table = this.memos[rule];
    if (!table) {
      table = { end: new Int32Array(this.tokens.length).fill(-1), node: new Array(this.tokens.length) };
      this.memos[rule] = table;
    }
    const start = this.pos;
    const end = table.end[start];
    if (end >= 0) { this.pos = end; return table.node[start] as R | null; }
    const node = fn.call(this);
    table.end[start] = this.pos;
    table.node[start] = node;
    return node;
  }

  /** Runs `fn`; if it fails, restores the position. */
  private attempt<R>(fn: () => R | null): R | null {
    const m = this.pos;
    const r = fn();
    if (r === null) this.pos = m;
    return r;
  }

  /** Ordered choice between rule methods, restoring the position after each failure. */
  private firstOf3(a: (this: Parser) => A.Expr | null, b: (this: Parser) => A.Expr | null,
                   c: ((this: Parser) => A.Expr | null) | null): A.Expr | null {
    const m = this.pos;
    const ra = a.call(this);
    if (ra) return ra;
    this.pos = m;
    const rb = b.call(this);
    if (rb) return rb;
    this.pos = m;
    if (!c) return null;
    const rc = c.call(this);
    if (!rc) this.pos = m;
    return rc;
  }

  /** Runs `fn` only as a lookahead: the position never moves. */
  private lookahead(fn: () => unknown): boolean {
    const m = this.pos;
    const r = fn();
    this.pos = m;
    return r !== null && r !== false;
  }

  /** CPython's `_without_invalid` rules: invalid_* checks are off inside. */
  private withoutInvalid<R>(fn: () => R): R {
    const saved = this.inv;
    this.inv = false;
    try { return fn(); } finally { this.inv = saved; }
  }

  // ==== errors ====

  private lineText(lineno: number): string {
    this.lines ??= splitLines(this.source);
    return this.lines[lineno - (this.fstring ? this.fstring.firstLine : 1)] ?? '';
  }

  /** Builds an error from 0-based columns (CPython's RAISE_ERROR_KNOWN_LOCATION). */
  private error(kind: SyntaxErrorKind, msg: string, lineno: number, col: number, endLineno: number, endCol: number): PySyntaxError {
    let offset = col + 1;
    let endOffset = endCol < 0 ? endCol : endCol + 1;
    if (this.fstring) {
      msg = 'f-string: ' + msg;
      // CPython reports errors inside f-string expressions in the coordinates of "(expr)".
      if (lineno === this.fstring.firstLine) offset -= this.fstring.colShift;
      if (endLineno === this.fstring.firstLine && endOffset > 0) endOffset -= this.fstring.colShift;
    }
    return new PySyntaxError(kind, msg, this.filename, lineno, offset, this.lineText(lineno), endLineno, endOffset);
  }

  private errorAtTokens(kind: SyntaxErrorKind, msg: string, a: Token, b: Token): PySyntaxError {
    return this.error(kind, msg, a.lineno, a.col, b.end_lineno, b.end_col);
  }

  private errorAtNodes(msg: string, a: Node, b: Node = a): PySyntaxError {
    return this.error('SyntaxError', msg, a.lineno, a.col_offset, b.end_lineno, b.end_col_offset);
  }

  /** CPython's RAISE_SYNTAX_ERROR without a location: at the last token read so far. */
  private errorAtLast(kind: SyntaxErrorKind, msg: string): PySyntaxError {
    const t = this.tokens[Math.max(this.fill - 1, 0)];
    if (t.col >= 0) return this.error(kind, msg, t.lineno, t.col, t.end_lineno, t.end_col);
    return this.error(kind, msg, t.lineno, t.errCol - 1, t.end_lineno, -1);
  }

  /** RAISE_SYNTAX_ERROR_STARTING_FROM: from `a` to the current position. */
  private errorFrom(msg: string, a: Node | Token): PySyntaxError {
    const col = 'col_offset' in a ? a.col_offset : a.col;
    return this.error('SyntaxError', msg, a.lineno, col, a.lineno, -6);
  }

  raise(msg: string): never {
    throw this.errorAtLast('SyntaxError', msg);
  }

  raiseAt(tok: Token, msg: string): never {
    throw this.errorAtTokens('SyntaxError', msg, tok, tok);
  }

  // ==== statements ====

  private statements(): A.Stmt[] | null {
    const out: A.Stmt[] = [];
    for (;;) {
      const s = this.statement();
      if (!s) break;
      for (const x of s) out.push(x);
    }
    return out.length > 0 ? out : null;
  }

  private statement(): A.Stmt[] | null {
    const c = this.compoundStmt();
    if (c) return [c];
    return this.simpleStmts();
  }

  private compoundStmt(): A.Stmt | null {
    const t = this.tok();
    if (t.type === T.OP && t.value === '@') return this.decorated();
    if (t.type === T.NAME && t.value === 'match') return this.matchStmt();
    if (t.type !== T.KEYWORD) return null;
    switch (t.value) {
      case 'async': return this.asyncStmt([]);
      case 'def': return this.functionDefRaw([]);
      case 'if': return this.ifStmt();
      case 'class': return this.classDefRaw([]);
      case 'with': return this.withStmt();
      case 'for': return this.forStmt();
      case 'try': return this.tryStmt();
      case 'while': return this.whileStmt();
      default: return null;
    }
  }

  /** `async def`, `async with` and `async for` (see `unsupported`): parsed as their plain forms. */
  private asyncStmt(decorators: A.Expr[]): A.Stmt | null {
    const t = this.tok();
    const m = this.pos;
    this.pos++;
    const next = this.tok();
    let s: A.Stmt | null = null;
    if (next.type === T.KEYWORD) {
      if (next.value === 'def') s = this.functionDefRaw(decorators);
      else if (decorators.length === 0 && next.value === 'with') s = this.withStmt();
      else if (decorators.length === 0 && next.value === 'for') s = this.forStmt();
    }
    if (!s) { this.pos = m; return null; }
    this.markUnsupported(t);
    return s;
  }

  private simpleStmts(): A.Stmt[] | null {
    const m = this.pos;
    const first = this.simpleStmt();
    if (!first) return null;
    const out = [first];
    while (this.at(';')) {
      const semi = this.pos;
      this.pos++;
      const s = this.simpleStmt();
      if (!s) { this.pos = semi + 1; break; }
      out.push(s);
    }
    if (!this.eatType(T.NEWLINE)) { this.pos = m; return null; }
    return out;
  }

  private simpleStmt(): A.Stmt | null {
    return this.memo(Rule.SimpleStmt, this.simpleStmtRaw);
  }

  private simpleStmtRaw(): A.Stmt | null {
    const t = this.tok();
    if (t.type === T.KEYWORD && SIMPLE_STMT_KEYWORDS.has(t.value)) return this.keywordStmt(t);
    const a = this.assignment();
    if (a) return a;
    const e = this.starExpressions();
    if (e) return { _type: 'Expr', value: e, ...this.span(t) } as A.ExprStmt;
    if (t.type === T.KEYWORD && t.value === 'yield') {
      const y = this.yieldExpr();
      if (y) return { _type: 'Expr', value: y, ...this.span(t) } as A.ExprStmt;
    }
    return null;
  }

  private keywordStmt(t: Token): A.Stmt | null {
    switch (t.value) {
      case 'return': {
        this.pos++;
        const value = this.starExpressions();
        return { _type: 'Return', value, ...this.span(t) };
      }
      case 'import': return this.importName();
      case 'from': return this.importFrom();
      case 'raise': return this.raiseStmt();
      case 'pass': this.pos++; return { _type: 'Pass', ...this.span(t) };
      case 'break': this.pos++; return { _type: 'Break', ...this.span(t) };
      case 'continue': this.pos++; return { _type: 'Continue', ...this.span(t) };
      case 'del': return this.delStmt();
      case 'assert': return this.assertStmt();
      case 'global': case 'nonlocal': return this.globalStmt(t.value === 'global' ? 'Global' : 'Nonlocal');
    }
    return null;
  }

  // ---- assignment ----

  private assignment(): A.Stmt | null {
    const start = this.tok();
    const m = this.pos;
    // NAME ':' expression ['=' annotated_rhs]
    if (start.type === T.NAME && this.peekAt(1).value === ':' && this.peekAt(1).type === T.OP) {
      const target = this.name('Store')!;
      this.pos++;
      const ann = this.expression();
      if (ann) return this.annAssign(start, target, ann, 1);
      this.pos = m;
    }
    // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
    const target2 = this.attempt(() => {
      if (this.eat('(')) {
        const t = this.singleTarget();
        return t && this.eat(')') ? t : null;
      }
      return this.singleSubscriptAttributeTarget();
    });
    if (target2) {
      if (this.eat(':')) {
        const ann = this.expression();
        if (ann) return this.annAssign(start, target2, ann, 0);
      }
      this.pos = m;
    }
    // (star_targets '=')+ (yield_expr | star_expressions) !'='
    const targets: A.Expr[] = [];
    for (;;) {
      const before = this.pos;
      const t = this.starTargets();
      if (t && this.eat('=')) { targets.push(t); continue; }
      this.pos = before;
      break;
    }
    if (targets.length > 0) {
      const value = this.yieldExpr() ?? this.starExpressions();
      if (value && !this.at('=')) return { _type: 'Assign', targets, value, ...this.span(start) };
      this.pos = m;
    }
    // single_target augassign ~ (yield_expr | star_expressions)
    const aug = this.attempt(() => {
      const t = this.singleTarget();
      if (!t) return null;
      const op = this.tok();
      if (op.type !== T.OP || !(op.value in AUG_OPS)) return null;
      this.pos++;
      return { target: t, op: AUG_OPS[op.value] };
    });
    if (aug) {
      const value = this.yieldExpr() ?? this.starExpressions();
      // Cut: after the operator this is an augmented assignment or no assignment at all.
      if (!value) { this.pos = m; return null; }
      return { _type: 'AugAssign', target: aug.target, op: aug.op, value, ...this.span(start) };
    }
    if (this.inv) this.invalidAssignment();
    this.pos = m;
    return null;
  }

  private annAssign(start: Token, target: A.Name | A.Attribute | A.Subscript, annotation: A.Expr, simple: number): A.AnnAssign {
    let value: A.Expr | null = null;
    const m = this.pos;
    if (this.eat('=')) {
      value = this.yieldExpr() ?? this.starExpressions();
      if (!value) this.pos = m;
    }
    return { _type: 'AnnAssign', target, annotation, value, simple, ...this.span(start) };
  }

  private invalidAssignment(): void {
    const m = this.pos;
    // invalid_ann_assign_target ':' expression
    const annTarget = this.invalidAnnAssignTarget();
    if (annTarget && this.eat(':') && this.expression()) {
      throw this.errorAtNodes(`only single target (not ${exprName(annTarget)}) can be annotated`, annTarget);
    }
    this.pos = m;
    // star_named_expression ',' star_named_expressions* ':' expression
    const first = this.starNamedExpression();
    if (first && this.eat(',')) {
      while (this.starNamedExpressions()) { /* any number */ }
      if (this.eat(':') && this.expression()) throw this.errorAtNodes('only single target (not tuple) can be annotated', first);
    }
    this.pos = m;
    // expression ':' expression
    const e = this.expression();
    if (e && this.eat(':') && this.expression()) throw this.errorAtNodes('illegal target for annotation', e);
    this.pos = m;
    // (star_targets '=')* star_expressions '='   and   (star_targets '=')* yield_expr '='
    for (;;) {
      const before = this.pos;
      if (this.starTargets() && this.eat('=')) continue;
      this.pos = before;
      break;
    }
    const afterTargets = this.pos;
    const bad = this.starExpressions();
    if (bad && this.at('=')) this.raiseInvalidTarget('star', bad);
    this.pos = afterTargets;
    const y = this.yieldExpr();
    if (y && this.at('=')) throw this.errorAtNodes('assignment to yield expression not possible', y);
    this.pos = m;
    // star_expressions augassign (yield_expr | star_expressions)
    const a = this.starExpressions();
    if (a) {
      const op = this.tok();
      if (op.type === T.OP && op.value in AUG_OPS) {
        this.pos++;
        if (this.yieldExpr() ?? this.starExpressions()) {
          throw this.errorAtNodes(`'${exprName(a)}' is an illegal expression for augmented assignment`, a);
        }
      }
    }
    this.pos = m;
  }

  private invalidAnnAssignTarget(): A.Expr | null {
    return this.attempt(() => {
      if (this.at('[')) return this.list();
      if (this.at('(')) {
        const t = this.attempt(() => this.tuple());
        if (t) return t;
        this.pos++;
        const inner = this.invalidAnnAssignTarget();
        return inner && this.eat(')') ? inner : null;
      }
      return null;
    });
  }

  /** RAISE_SYNTAX_ERROR_INVALID_TARGET: raises if `e` contains something that cannot be assigned. */
  private raiseInvalidTarget(type: TargetsType, e: A.Expr): void {
    const bad = invalidTarget(e, type);
    if (!bad) return;
    const verb = type === 'del' ? 'delete' : 'assign to';
    throw this.errorAtNodes(`cannot ${verb} ${exprName(bad)}`, bad);
  }

  // ---- simple statements ----

  private raiseStmt(): A.Raise {
    const start = this.tok();
    this.pos++;
    const exc = this.expression();
    let cause: A.Expr | null = null;
    if (exc) {
      const m = this.pos;
      if (this.eat('from')) {
        cause = this.expression();
        if (!cause) this.pos = m;
      }
    }
    return { _type: 'Raise', exc, cause, ...this.span(start) };
  }

  private globalStmt(kind: 'Global' | 'Nonlocal'): A.Global | A.Nonlocal | null {
    const start = this.tok();
    const m = this.pos;
    this.pos++;
    const names: string[] = [];
    for (;;) {
      const n = this.nameTok();
      if (!n) { if (names.length === 0) { this.pos = m; return null; } this.pos--; break; }
      names.push(n.value);
      if (!this.eat(',')) break;
    }
    return { _type: kind, names, ...this.span(start) } as A.Global | A.Nonlocal;
  }

  private delStmt(): A.Delete | null {
    const start = this.tok();
    const m = this.pos;
    this.pos++;
    const targets = this.delTargets();
    if (targets && (this.at(';') || this.atType(T.NEWLINE))) return { _type: 'Delete', targets, ...this.span(start) };
    this.pos = m + 1;
    if (this.inv) {
      const a = this.starExpressions();
      if (a) this.raiseInvalidTarget('del', a);
    }
    this.pos = m;
    return null;
  }

  private assertStmt(): A.Assert | null {
    const start = this.tok();
    const m = this.pos;
    this.pos++;
    const test = this.expression();
    if (!test) { this.pos = m; return null; }
    let msg: A.Expr | null = null;
    const c = this.pos;
    if (this.eat(',')) {
      msg = this.expression();
      if (!msg) this.pos = c;
    }
    return { _type: 'Assert', test, msg, ...this.span(start) };
  }

  private importName(): A.Import | null {
    const start = this.tok();
    const m = this.pos;
    this.pos++;
    const names = this.separated(this.dottedAsName);
    if (!names) { this.pos = m; return null; }
    return { _type: 'Import', names, ...this.span(start) };
  }

  private dottedAsName(): A.Alias | null {
    const start = this.tok();
    const name = this.dottedName();
    if (name === null) return null;
    const asname = this.asName();
    return { _type: 'alias', name, asname, ...this.span(start) };
  }

  /** ['as' NAME] */
  private asName(): string | null {
    const m = this.pos;
    if (!this.eat('as')) return null;
    const n = this.nameTok();
    if (!n) { this.pos = m; return null; }
    return n.value;
  }

  private dottedName(): string | null {
    const first = this.nameTok();
    if (!first) return null;
    const parts = [first.value];
    for (;;) {
      const m = this.pos;
      if (!this.eat('.')) break;
      const n = this.nameTok();
      if (!n) { this.pos = m; break; }
      parts.push(n.value);
    }
    return parts.join('.');
  }

  private importFrom(): A.ImportFrom | null {
    const start = this.tok();
    const m = this.pos;
    this.pos++;
    let level = 0;
    for (;;) {
      if (this.eat('.')) level += 1;
      else if (this.eat('...')) level += 3;
      else break;
    }
    const afterDots = this.pos;
    let module = this.dottedName();
    if (module === null || !this.at('import')) {
      this.pos = afterDots;
      module = null;
      if (level === 0) { this.pos = m; return null; }
    }
    if (!this.eat('import')) { this.pos = m; return null; }
    const names = this.importFromTargets();
    if (!names) { this.pos = m; return null; }
    return { _type: 'ImportFrom', module, names, level, ...this.span(start) };
  }

  private importFromTargets(): A.Alias[] | null {
    const m = this.pos;
    if (this.eat('(')) {
      const names = this.importFromAsNames();
      if (names) {
        this.eat(',');
        if (this.eat(')')) return names;
      }
      this.pos = m;
    }
    const names = this.importFromAsNames();
    if (names && !this.at(',')) return names;
    this.pos = m;
    const star = this.eat('*');
    if (star) return [{ _type: 'alias', name: '*', asname: null, ...this.span(star) }];
    if (this.inv) {
      if (this.importFromAsNames() && this.eat(',') && this.atType(T.NEWLINE)) {
        throw this.errorAtLast('SyntaxError', 'trailing comma not allowed without surrounding parentheses');
      }
      this.pos = m;
    }
    return null;
  }

  private importFromAsNames(): A.Alias[] | null {
    return this.separated(() => {
      const n = this.nameTok();
      if (!n) return null;
      const asname = this.asName();
      return { _type: 'alias', name: n.value, asname, ...this.span(n) } as A.Alias;
    });
  }

  /** CPython's `','.item+` (no trailing comma consumed). */
  private separated<R>(item: (this: Parser) => R | null): R[] | null {
    const first = item.call(this);
    if (first === null) return null;
    const out = [first];
    for (;;) {
      const m = this.pos;
      if (!this.eat(',')) break;
      const next = item.call(this);
      if (next === null) { this.pos = m; break; }
      out.push(next);
    }
    return out;
  }

  // ---- blocks ----

  private block(): A.Stmt[] | null {
    return this.memo(Rule.Block, this.blockRaw);
  }

  private blockRaw(): A.Stmt[] | null {
    const m = this.pos;
    if (this.eatType(T.NEWLINE)) {
      if (this.eatType(T.INDENT)) {
        const body = this.statements();
        if (body && this.eatType(T.DEDENT)) return body;
      }
      this.pos = m;
    }
    const simple = this.simpleStmts();
    if (simple) return simple;
    if (this.inv && this.eatType(T.NEWLINE) && !this.atType(T.INDENT)) {
      throw this.errorAtLast('IndentationError', 'expected an indented block');
    }
    this.pos = m;
    return null;
  }

  /** The shared `X ':' NEWLINE !INDENT` check of the invalid_*_stmt rules. */
  private missingIndent(what: string, line: number): void {
    const m = this.pos;
    if (this.eat(':') && this.eatType(T.NEWLINE) && !this.atType(T.INDENT)) {
      throw this.errorAtLast('IndentationError', `expected an indented block after ${what} on line ${line}`);
    }
    this.pos = m;
  }

  /** The `X NEWLINE` check of the invalid_*_stmt rules: "expected ':'". */
  private missingColon(): void {
    if (this.atType(T.NEWLINE)) throw this.errorAtLast('SyntaxError', "expected ':'");
  }

  // ---- compound statements ----

  private decorated(): A.Stmt | null {
    const m = this.pos;
    const decorators: A.Expr[] = [];
    while (this.at('@')) {
      const d = this.attempt(() => {
        this.pos++;
        const e = this.namedExpression();
        return e && this.eatType(T.NEWLINE) ? e : null;
      });
      if (!d) break;
      decorators.push(d);
    }
    if (decorators.length > 0) {
      const def = this.at('def') ? this.functionDefRaw(decorators) : this.at('class') ? this.classDefRaw(decorators)
        : this.at('async') ? this.asyncStmt(decorators) : null;
      if (def) return def;
    }
    this.pos = m;
    return null;
  }

  private functionDefRaw(decorators: A.Expr[]): A.FunctionDef | null {
    const start = this.tok();
    const m = this.pos;
    if (this.inv) this.invalidDefRaw(start);
    this.pos++;
    const name = this.nameTok();
    if (!name) { this.pos = m; return null; }
    this.forced('(');
    const args = this.params() ?? emptyArguments();
    if (!this.eat(')')) { this.pos = m; return null; }
    let returns: A.Expr | null = null;
    const r = this.pos;
    if (this.eat('->')) {
      returns = this.expression();
      if (!returns) this.pos = r;
    }
    this.forced(':');
    const body = this.block();
    if (!body) { this.pos = m; return null; }
    return { _type: 'FunctionDef', name: name.value, args, body, decorator_list: decorators, returns, ...this.span(start) };
  }

  private invalidDefRaw(start: Token): void {
    const m = this.pos;
    this.pos++;
    if (this.nameTok() && this.eat('(')) {
      this.params();
      if (this.eat(')')) {
        const r = this.pos;
        if (!(this.eat('->') && this.expression())) this.pos = r;
        this.missingIndent('function definition', start.lineno);
      }
    }
    this.pos = m;
  }

  private classDefRaw(decorators: A.Expr[]): A.ClassDef | null {
    const start = this.tok();
    const m = this.pos;
    if (this.inv) {
      this.pos++;
      if (this.nameTok()) {
        this.classArguments();
        this.missingColon();
        this.missingIndent('class definition', start.lineno);
      }
      this.pos = m;
    }
    this.pos++;
    const name = this.nameTok();
    if (!name) { this.pos = m; return null; }
    const call = this.classArguments();
    if (!this.eat(':')) { this.pos = m; return null; }
    const body = this.block();
    if (!body) { this.pos = m; return null; }
    return {
      _type: 'ClassDef', name: name.value, bases: call ? call.args : [], keywords: call ? call.keywords : [], body,
      decorator_list: decorators, ...this.span(start),
    };
  }

  /** ['(' [arguments] ')'] of a class definition. */
  private classArguments(): { args: A.Expr[]; keywords: A.Keyword[] } | null {
    const m = this.pos;
    if (!this.eat('(')) return null;
    const call = this.arguments();
    if (!this.eat(')')) { this.pos = m; return null; }
    return call ?? { args: [], keywords: [] };
  }

  private ifStmt(): A.If | null {
    const start = this.tok();
    const m = this.pos;
    if (this.inv) this.invalidIfLike(start, "'if' statement");
    this.pos++;
    const test = this.namedExpression();
    if (!test || !this.eat(':')) { this.pos = m; return null; }
    const body = this.block();
    if (!body) { this.pos = m; return null; }
    const orelse = this.elifOrElse();
    return { _type: 'If', test, body, orelse, ...this.span(start) };
  }

  /** invalid_if_stmt / invalid_elif_stmt / invalid_while_stmt. */
  private invalidIfLike(start: Token, what: string): void {
    const m = this.pos;
    this.pos++;
    const test = this.namedExpression();
    if (test) {
      this.missingColon();
      this.missingIndent(what, start.lineno);
    }
    this.pos = m;
  }

  private elifOrElse(): A.Stmt[] {
    const t = this.tok();
    if (t.type === T.KEYWORD && t.value === 'elif') {
      const m = this.pos;
      if (this.inv) this.invalidIfLike(t, "'elif' statement");
      this.pos++;
      const test = this.namedExpression();
      if (test && this.eat(':')) {
        const body = this.block();
        if (body) {
          const orelse = this.elifOrElse();
          return [{ _type: 'If', test, body, orelse, ...this.span(t) }];
        }
      }
      this.pos = m;
      return [];
    }
    return this.elseBlock() ?? [];
  }

  private elseBlock(): A.Stmt[] | null {
    const t = this.tok();
    if (t.type !== T.KEYWORD || t.value !== 'else') return null;
    const m = this.pos;
    this.pos++;
    if (this.inv) this.missingIndent("'else' statement", t.lineno);
    this.forced(':');
    const body = this.block();
    if (!body) { this.pos = m; return null; }
    return body;
  }

  // ---- match statements (soft keywords `match`, `case`, `_`) ----

  /** match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT. When it does not
   *  parse, `match` is an ordinary name and a simple statement is tried instead. */
  private matchStmt(): A.Match | null {
    const start = this.tok();
    const m = this.pos;
    this.pos++;
    const subject = this.subjectExpr();
    if (subject && this.eat(':') && this.eatType(T.NEWLINE) && this.eatType(T.INDENT)) {
      const cases: A.MatchCase[] = [];
      for (let c = this.caseBlock(); c; c = this.caseBlock()) cases.push(c);
      if (cases.length > 0 && this.eatType(T.DEDENT)) return { _type: 'Match', subject, cases, ...this.span(start) };
    }
    this.pos = m;
    if (this.inv) this.invalidMatchStmt();
    return null;
  }

  /** invalid_match_stmt: a header without ':' or without an indented block. */
  private invalidMatchStmt(): void {
    const start = this.tok();
    const m = this.pos;
    this.pos++;
    if (this.subjectExpr()) {
      this.missingColon();
      this.missingIndent("'match' statement", start.lineno);
    }
    this.pos = m;
  }

  /** subject_expr: `a, *b` (a tuple) or a named expression. */
  private subjectExpr(): A.Expr | null {
    const start = this.tok();
    const tuple = this.attempt((): A.Tuple | null => {
      const first = this.starNamedExpression();
      if (!first || !this.eat(',')) return null;
      const rest = this.starNamedExpressions() ?? [];
      return { _type: 'Tuple', elts: [first, ...rest], ctx: 'Load', ...this.span(start) };
    });
    return tuple ?? this.namedExpression();
  }

  private caseBlock(): A.MatchCase | null {
    const start = this.tok();
    if (start.type !== T.NAME || start.value !== 'case') return null;
    const m = this.pos;
    if (this.inv) this.invalidCaseBlock(start);
    this.pos++;
    const pattern = this.patterns();
    if (pattern) {
      const guard = this.guard();
      if (this.eat(':')) {
        const body = this.block();
        if (body) return { _type: 'match_case', pattern, guard, body };
      }
    }
    this.pos = m;
    return null;
  }

  private invalidCaseBlock(start: Token): void {
    const m = this.pos;
    this.pos++;
    if (this.patterns()) {
      this.guard();
      this.missingColon();
      this.missingIndent("'case' statement", start.lineno);
    }
    this.pos = m;
  }

  private guard(): A.Expr | null {
    return this.attempt(() => (this.eat('if') ? this.namedExpression() : null));
  }

  /** patterns: an open sequence `a, b` (a MatchSequence) or one pattern. */
  private patterns(): A.Pattern | null {
    const start = this.tok();
    const items = this.attempt(() => this.openSequencePattern());
    if (items) return { _type: 'MatchSequence', patterns: items, ...this.span(start) };
    return this.pattern();
  }

  /** pattern: or_pattern, optionally `as NAME`. */
  private pattern(): A.Pattern | null {
    const start = this.tok();
    const or = this.orPattern();
    if (!or) return null;
    const m = this.pos;
    if (this.eat('as')) {
      const name = this.patternCaptureTarget();
      if (name !== null) return { _type: 'MatchAs', pattern: or, name, ...this.span(start) };
      if (this.inv) this.invalidAsTarget();
    }
    this.pos = m;
    return or;
  }

  /** invalid_as_pattern, after `or_pattern 'as'`. */
  private invalidAsTarget(): void {
    const t = this.tok();
    if (t.type === T.NAME && t.value === '_') throw this.errorAtTokens('SyntaxError', "cannot use '_' as a target", t, t);
    if (t.type === T.NAME) return;
    const e = this.expression();
    if (e) throw this.errorAtNodes('invalid pattern target', e);
  }

  private orPattern(): A.Pattern | null {
    const start = this.tok();
    const first = this.closedPattern();
    if (!first) return null;
    const all = [first];
    for (;;) {
      const m = this.pos;
      if (!this.eat('|')) break;
      const p = this.closedPattern();
      if (!p) { this.pos = m; break; }
      all.push(p);
    }
    return all.length === 1 ? first : { _type: 'MatchOr', patterns: all, ...this.span(start) };
  }

  private closedPattern(): A.Pattern | null {
    return this.memo(Rule.ClosedPattern, this.closedPatternRaw);
  }

  private closedPatternRaw(): A.Pattern | null {
    const t = this.tok();
    const m = this.pos;
    const literal = this.literalPattern();
    if (literal) return literal;
    this.pos = m;
    const capture = this.patternCaptureTarget();
    if (capture !== null) return { _type: 'MatchAs', pattern: null, name: capture, ...this.span(t) };
    if (t.type === T.NAME && t.value === '_') {
      this.pos++;
      return { _type: 'MatchAs', pattern: null, name: null, ...this.span(t) };
    }
    const value = this.attr();
    if (value && !this.lookahead(() => this.eat('.') ?? this.eat('(') ?? this.eat('='))) {
      return { _type: 'MatchValue', value, ...this.span(t) };
    }
    this.pos = m;
    if (t.type === T.OP) {
      if (t.value === '(') return this.groupPattern() ?? this.sequencePattern(')');
      if (t.value === '[') return this.sequencePattern(']');
      if (t.value === '{') return this.mappingPattern();
      return null;
    }
    return this.classPattern();
  }

  /** literal_pattern: numbers, complex literals, strings, None/True/False. */
  private literalPattern(): A.Pattern | null {
    const t = this.tok();
    if (t.type === T.KEYWORD) {
      const value = t.value === 'True' ? true : t.value === 'False' ? false : t.value === 'None' ? null : undefined;
      if (value === undefined) return null;
      this.pos++;
      return { _type: 'MatchSingleton', value, ...this.span(t) };
    }
    const value = this.literalExpr(false);
    return value ? { _type: 'MatchValue', value, ...this.span(t) } : null;
  }

  /** literal_expr (keys of mapping patterns); with `singletons` also None/True/False. */
  private literalExpr(singletons: boolean): A.Expr | null {
    const t = this.tok();
    if (t.type === T.STRING) return this.strings();
    if (t.type === T.KEYWORD) {
      if (!singletons) return null;
      const value = t.value === 'True' ? true : t.value === 'False' ? false : t.value === 'None' ? null : undefined;
      if (value === undefined) return null;
      this.pos++;
      return { _type: 'Constant', value, ...this.span(t) };
    }
    const m = this.pos;
    const n = this.signedNumber();
    if (n && !this.at('+') && !this.at('-')) return n;
    this.pos = m;
    return this.complexNumber();
  }

  /** NUMBER or '-' NUMBER. */
  private signedNumber(): A.Expr | null {
    const start = this.tok();
    const minus = this.eat('-');
    const t = this.eatType(T.NUMBER);
    if (!t) return null;
    const n: A.Constant = { _type: 'Constant', value: parseNumber(t.value), lineno: t.lineno, col_offset: t.col, end_lineno: t.end_lineno, end_col_offset: t.end_col };
    return minus ? { _type: 'UnaryOp', op: 'USub', operand: n, ...this.span(start) } : n;
  }

  /** complex_number: signed real number '+' or '-' imaginary number. */
  private complexNumber(): A.Expr | null {
    const start = this.tok();
    const real = this.signedNumber();
    if (!real) return null;
    const opTok = this.eat('+') ?? this.eat('-');
    if (!opTok) return null;
    const imagStart = this.tok();
    const imag = this.signedNumber();
    if (!imag || imag._type !== 'Constant') return null;
    const number = real._type === 'UnaryOp' ? real.operand as A.Constant : real as A.Constant;
    if (isImaginary(number.value)) throw this.errorAtNodes('real number required in complex literal', number);
    if (!isImaginary(imag.value)) throw this.errorAtTokens('SyntaxError', 'imaginary number required in complex literal', imagStart, imagStart);
    return { _type: 'BinOp', left: real, op: opTok.value === '+' ? 'Add' : 'Sub', right: imag, ...this.span(start) };
  }

  /** pattern_capture_target: a NAME other than `_` not followed by '.', '(' or '='. */
  private patternCaptureTarget(): string | null {
    const t = this.tok();
    if (t.type !== T.NAME || t.value === '_') return null;
    const next = this.peekAt(1);
    if (next.type === T.OP && (next.value === '.' || next.value === '(' || next.value === '=')) return null;
    this.pos++;
    return t.value;
  }

  /** name_or_attr: NAME ('.' NAME)*. */
  private nameOrAttr(): A.Expr | null {
    const start = this.tok();
    let e: A.Expr | null = this.name();
    if (!e) return null;
    for (;;) {
      const m = this.pos;
      if (!this.eat('.')) break;
      const n = this.nameTok();
      if (!n) { this.pos = m; break; }
      e = { _type: 'Attribute', value: e, attr: n.value, ctx: 'Load', ...this.span(start) };
    }
    return e;
  }

  /** attr: a dotted name with at least one dot. */
  private attr(): A.Attribute | null {
    const m = this.pos;
    const e = this.nameOrAttr();
    if (e?._type === 'Attribute') return e;
    this.pos = m;
    return null;
  }

  private groupPattern(): A.Pattern | null {
    const m = this.pos;
    this.pos++;
    const p = this.pattern();
    if (p && this.eat(')')) return p;
    this.pos = m;
    return null;
  }

  /** `[...]` or `(...)`: the parenthesised form needs a comma (else it is a group). */
  private sequencePattern(close: string): A.Pattern | null {
    const start = this.tok();
    const m = this.pos;
    this.pos++;
    const items = (close === ']' ? this.maybeSequencePattern() : this.openSequencePattern()) ?? [];
    if (this.eat(close)) return { _type: 'MatchSequence', patterns: items, ...this.span(start) };
    this.pos = m;
    return null;
  }

  /** open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern? */
  private openSequencePattern(): A.Pattern[] | null {
    const m = this.pos;
    const first = this.maybeStarPattern();
    if (first && this.eat(',')) return [first, ...(this.maybeSequencePattern() ?? [])];
    this.pos = m;
    return null;
  }

  /** maybe_sequence_pattern: ','.maybe_star_pattern+ ','? */
  private maybeSequencePattern(): A.Pattern[] | null {
    const items = this.separated(this.maybeStarPattern);
    if (items) this.eat(',');
    return items;
  }

  private maybeStarPattern(): A.Pattern | null {
    const star = this.tok();
    if (star.type === T.OP && star.value === '*') {
      this.pos++;
      const name = this.patternCaptureTarget();
      if (name !== null) return { _type: 'MatchStar', name, ...this.span(star) };
      const t = this.tok();
      if (t.type === T.NAME && t.value === '_') {
        this.pos++;
        return { _type: 'MatchStar', name: null, ...this.span(star) };
      }
      this.pos--;
      return null;
    }
    return this.pattern();
  }

  /** mapping_pattern: '{' (key ':' pattern),* ['**' NAME] ','? '}'. */
  private mappingPattern(): A.Pattern | null {
    const start = this.tok();
    const m = this.pos;
    this.pos++;
    const keys: A.Expr[] = [];
    const patterns: A.Pattern[] = [];
    let rest: string | null = null;
    for (;;) {
      if (this.eat('**')) {
        rest = this.patternCaptureTarget();
        if (rest === null) break;
        this.eat(',');
        break;
      }
      const item = this.attempt(() => {
        const key = this.literalExpr(true) ?? this.attr();
        if (!key || !this.eat(':')) return null;
        const p = this.pattern();
        return p ? { key, p } : null;
      });
      if (!item) break;
      keys.push(item.key);
      patterns.push(item.p);
      if (!this.eat(',')) break;
    }
    if (this.eat('}')) return { _type: 'MatchMapping', keys, patterns, rest, ...this.span(start) };
    this.pos = m;
    return null;
  }

  /** class_pattern: name_or_attr '(' positional patterns, then keyword patterns ')'. */
  private classPattern(): A.Pattern | null {
    const start = this.tok();
    const m = this.pos;
    const cls = this.nameOrAttr();
    if (!cls || !this.eat('(')) { this.pos = m; return null; }
    const patterns: A.Pattern[] = [];
    const kwd_attrs: string[] = [];
    const kwd_patterns: A.Pattern[] = [];
    while (!this.at(')')) {
      const t = this.tok();
      const next = this.peekAt(1);
      if (t.type === T.NAME && next.type === T.OP && next.value === '=') {
        this.pos += 2;
        const p = this.pattern();
        if (!p) break;
        kwd_attrs.push(t.value);
        kwd_patterns.push(p);
      } else {
        if (kwd_attrs.length > 0) {
          if (this.inv) this.positionalAfterKeyword();
          break;
        }
        const p = this.pattern();
        if (!p) break;
        patterns.push(p);
      }
      if (!this.eat(',')) break;
    }
    if (this.eat(')')) return { _type: 'MatchClass', cls, patterns, kwd_attrs, kwd_patterns, ...this.span(start) };
    this.pos = m;
    return null;
  }

  /** invalid_class_argument_pattern: positional patterns after keyword ones. */
  private positionalAfterKeyword(): void {
    const items = this.attempt(() => this.separated(this.pattern));
    if (items) throw this.errorAtNodes('positional patterns follow keyword patterns', items[0]!, items[items.length - 1]!);
  }

  private whileStmt(): A.While | null {
    const start = this.tok();
    const m = this.pos;
    if (this.inv) this.invalidIfLike(start, "'while' statement");
    this.pos++;
    const test = this.namedExpression();
    if (!test || !this.eat(':')) { this.pos = m; return null; }
    const body = this.block();
    if (!body) { this.pos = m; return null; }
    const orelse = this.elseBlock() ?? [];
    return { _type: 'While', test, body, orelse, ...this.span(start) };
  }

  private forStmt(): A.For | null {
    const start = this.tok();
    const m = this.pos;
    if (this.inv) {
      this.pos++;
      if (this.starTargets() && this.eat('in') && this.starExpressions()) {
        this.missingColon();
        this.missingIndent("'for' statement", start.lineno);
      }
      this.pos = m;
    }
    this.pos++;
    const target = this.starTargets();
    if (target && this.eat('in')) {
      // Cut: after 'in' the statement is a for loop or nothing.
      const iter = this.starExpressions();
      if (!iter || !this.eat(':')) { this.pos = m; return null; }
      const body = this.block();
      if (!body) { this.pos = m; return null; }
      const orelse = this.elseBlock() ?? [];
      return { _type: 'For', target, iter, body, orelse, ...this.span(start) };
    }
    if (this.inv) this.invalidForTarget(m);
    this.pos = m;
    return null;
  }

  /** invalid_for_target: 'for' star_expressions. */
  private invalidForTarget(at: number): void {
    this.pos = at + 1;
    const e = this.starExpressions();
    if (e) this.raiseInvalidTarget('for', e);
    this.pos = at;
  }

  private withStmt(): A.With | null {
    const start = this.tok();
    const m = this.pos;
    if (this.inv) this.invalidWithStmt(start, true);
    this.pos++;
    if (this.eat('(')) {
      const items = this.separated(this.withItem);
      if (items) {
        this.eat(',');
        if (this.eat(')') && this.eat(':')) {
          const body = this.block();
          if (body) return { _type: 'With', items, body, ...this.span(start) };
        }
      }
      this.pos = m + 1;
    }
    const items = this.separated(this.withItem);
    if (items && this.eat(':')) {
      const body = this.block();
      if (body) return { _type: 'With', items, body, ...this.span(start) };
    }
    if (this.inv) {
      this.pos = m;
      this.invalidWithStmt(start, false);
    }
    this.pos = m;
    return null;
  }

  /** invalid_with_stmt_indent (indent = true) and invalid_with_stmt. */
  private invalidWithStmt(start: Token, indent: boolean): void {
    const m = this.pos;
    const item = (many: boolean) => {
      const e = many ? this.expressions() : this.expression();
      if (!e) return null;
      const a = this.pos;
      if (!(this.eat('as') && this.starTarget())) this.pos = a;
      return e;
    };
    for (const parenthesised of [false, true]) {
      this.pos = m + 1;
      if (parenthesised && !this.eat('(')) continue;
      if (!this.separated(() => item(parenthesised))) continue;
      if (parenthesised) {
        this.eat(',');
        if (!this.eat(')')) continue;
      }
      if (indent) this.missingIndent("'with' statement", start.lineno);
      else this.missingColon();
    }
    this.pos = m;
  }

  private withItem(): A.WithItem | null {
    const m = this.pos;
    const e = this.expression();
    if (!e) return null;
    const afterExpr = this.pos;
    if (this.eat('as')) {
      const t = this.starTarget();
      if (t && (this.at(',') || this.at(')') || this.at(':'))) return { _type: 'withitem', context_expr: e, optional_vars: t };
      if (this.inv) {
        this.pos = afterExpr + 1;
        const bad = this.expression();
        if (bad && (this.at(',') || this.at(')') || this.at(':'))) this.raiseInvalidTarget('star', bad);
      }
      this.pos = m;
      this.expression();
    }
    this.pos = afterExpr;
    return { _type: 'withitem', context_expr: e, optional_vars: null };
  }

  /** try_stmt: a handler list is all `except` or all `except*` (then a TryStar). */
  private tryStmt(): A.Try | A.TryStar | null {
    const start = this.tok();
    const m = this.pos;
    if (this.inv) this.invalidTryStmt(start);
    this.pos++;
    this.forced(':');
    const body = this.block();
    if (!body) { this.pos = m; return null; }
    const star = this.atExceptStar();
    const handlers = this.exceptBlocks(star);
    let orelse: A.Stmt[] = [];
    if (handlers.length > 0) orelse = this.elseBlock() ?? [];
    const finalbody = this.finallyBlock();
    if (handlers.length === 0 && !finalbody) { this.pos = m; return null; }
    return { _type: star ? 'TryStar' : 'Try', body, handlers, orelse, finalbody: finalbody ?? [], ...this.span(start) };
  }

  private atExceptStar(): boolean {
    if (!this.at('except')) return false;
    const next = this.peekAt(1);
    return next.type === T.OP && next.value === '*';
  }

  private exceptBlocks(star: boolean): A.ExceptHandler[] {
    const handlers: A.ExceptHandler[] = [];
    for (let h = this.exceptBlock(star); h; h = this.exceptBlock(star)) handlers.push(h);
    return handlers;
  }

  private invalidTryStmt(start: Token): void {
    const m = this.pos;
    this.pos++;
    this.missingIndent("'try' statement", start.lineno);
    if (this.eat(':') && this.block()) {
      if (!this.at('except') && !this.at('finally')) {
        throw this.errorAtLast('SyntaxError', "expected 'except' or 'finally' block");
      }
      const star = this.atExceptStar();
      if (this.exceptBlocks(star).length > 0) this.invalidMixedExcept(star);
    }
    this.pos = m;
  }

  /** After handlers of one kind, a handler of the other kind. */
  private invalidMixedExcept(star: boolean): void {
    const a = this.eat('except');
    if (!a) return;
    const msg = "cannot have both 'except' and 'except*' on the same 'try'";
    if (!star) {
      const b = this.eat('*');
      if (b && this.expression()) {
        this.asName();
        if (this.at(':')) throw this.errorAtTokens('SyntaxError', msg, a, b);
      }
    } else {
      if (this.expression()) this.asName();
      if (this.at(':')) throw this.errorAtTokens('SyntaxError', msg, a, a);
    }
  }

  private exceptBlock(star: boolean): A.ExceptHandler | null {
    const start = this.tok();
    if (start.type !== T.KEYWORD || start.value !== 'except') return null;
    const m = this.pos;
    if (this.inv) {
      this.pos++;
      if (!star) {
        if (this.expression()) this.asName();
        this.missingIndent("'except' statement", start.lineno);
      } else if (this.eat('*') && this.expression()) {
        this.asName();
        this.missingIndent("'except*' statement", start.lineno);
      }
      this.pos = m;
    }
    this.pos++;
    if ((this.eat('*') !== null) === star) {
      const type = this.expression();
      if (type) {
        const name = this.asName();
        if (this.eat(':')) {
          const body = this.block();
          if (body) return { _type: 'ExceptHandler', type, name, body, ...this.span(start) };
        }
      } else if (!star && this.eat(':')) {
        const body = this.block();
        if (body) return { _type: 'ExceptHandler', type: null, name: null, body, ...this.span(start) };
      }
    }
    if (this.inv) this.invalidExceptStmt(m);
    this.pos = m;
    return null;
  }

  private invalidExceptStmt(m: number): void {
    this.pos = m + 1;
    this.eat('*');
    const a = this.expression();
    if (a && this.eat(',') && this.expressions()) {
      this.asName();
      if (this.eat(':')) throw this.errorFrom('multiple exception types must be parenthesized', a);
    }
    this.pos = m + 1;
    this.eat('*');
    if (this.expression()) {
      this.asName();
      this.missingColon();
    }
    this.pos = m + 1;
    this.missingColon();
    if (this.eat('*')) {
      if (this.atType(T.NEWLINE) || this.at(':')) throw this.errorAtLast('SyntaxError', 'expected one or more exception types');
    }
    this.pos = m;
  }

  private finallyBlock(): A.Stmt[] | null {
    const t = this.tok();
    if (t.type !== T.KEYWORD || t.value !== 'finally') return null;
    const m = this.pos;
    this.pos++;
    if (this.inv) this.missingIndent("'finally' statement", t.lineno);
    this.forced(':');
    const body = this.block();
    if (!body) { this.pos = m; return null; }
    return body;
  }

  // ==== parameters ====

  /** params (def) or lambda_params (lambda). */
  private params(lambda = false): A.Arguments | null {
    if (this.inv) this.invalidParameters(lambda);
    return this.attempt(() => this.parameters(lambda));
  }

  private parameters(lambda: boolean): A.Arguments | null {
    const m = this.pos;
    // slash_no_default param_no_default* param_with_default* [star_etc]
    const slashNoDefault = this.slashNoDefault(lambda);
    if (slashNoDefault) {
      const plain = this.many(() => this.paramNoDefault(lambda));
      const withDefaults = this.many(() => this.paramWithDefault(lambda));
      const star = this.starEtc(lambda);
      return makeArguments(slashNoDefault, null, plain, withDefaults, star);
    }
    const slashWithDefault = this.slashWithDefault(lambda);
    if (slashWithDefault) {
      const withDefaults = this.many(() => this.paramWithDefault(lambda));
      const star = this.starEtc(lambda);
      return makeArguments(null, slashWithDefault, [], withDefaults, star);
    }
    const plain = this.many(() => this.paramNoDefault(lambda));
    if (plain.length > 0) {
      const withDefaults = this.many(() => this.paramWithDefault(lambda));
      const star = this.starEtc(lambda);
      return makeArguments(null, null, plain, withDefaults, star);
    }
    const withDefaults = this.many(() => this.paramWithDefault(lambda));
    if (withDefaults.length > 0) {
      const star = this.starEtc(lambda);
      return makeArguments(null, null, [], withDefaults, star);
    }
    const star = this.starEtc(lambda);
    if (star) return makeArguments(null, null, [], [], star);
    this.pos = m;
    return null;
  }

  private many<R>(item: (this: Parser) => R | null): R[] {
    const out: R[] = [];
    for (;;) {
      const r = item.call(this);
      if (r === null) return out;
      out.push(r);
    }
  }

  /** The token that closes a parameter list. */
  private paramEnd(lambda: boolean): string { return lambda ? ':' : ')'; }

  /** `param ','` or `param &')'`. */
  private paramNoDefault(lambda: boolean): A.Arg | null {
    return this.attempt(() => {
      const p = this.param(lambda);
      if (!p) return null;
      if (this.eat(',') || this.at(this.paramEnd(lambda))) return p;
      return null;
    });
  }

  private paramWithDefault(lambda: boolean): NameDefault | null {
    return this.attempt(() => {
      const p = this.param(lambda);
      if (!p) return null;
      const d = this.default_();
      if (!d) return null;
      if (this.eat(',') || this.at(this.paramEnd(lambda))) return { arg: p, value: d };
      return null;
    });
  }

  private paramMaybeDefault(lambda: boolean): NameDefault | null {
    return this.attempt(() => {
      const p = this.param(lambda);
      if (!p) return null;
      const d = this.default_();
      if (this.eat(',') || this.at(this.paramEnd(lambda))) return { arg: p, value: d };
      return null;
    });
  }

  private param(lambda: boolean, starAnnotation = false): A.Arg | null {
    const n = this.nameTok();
    if (!n) return null;
    let annotation: A.Expr | null = null;
    if (!lambda) {
      const m = this.pos;
      if (this.eat(':')) {
        annotation = starAnnotation ? this.starExpression() : this.expression();
        if (!annotation) this.pos = m;
      }
      if (starAnnotation && !annotation) { this.pos = m - 1; return null; }
    }
    return { _type: 'arg', arg: n.value, annotation, ...this.span(n) };
  }

  private default_(): A.Expr | null {
    const m = this.pos;
    const eq = this.eat('=');
    if (!eq) return null;
    const e = this.expression();
    if (e) return e;
    if (this.inv && (this.at(')') || this.at(','))) throw this.errorAtTokens('SyntaxError', 'expected default value expression', eq, eq);
    this.pos = m;
    return null;
  }

  private slashNoDefault(lambda: boolean): A.Arg[] | null {
    return this.attempt(() => {
      const plain = this.many(() => this.paramNoDefault(lambda));
      if (plain.length === 0 || !this.eat('/')) return null;
      if (this.eat(',') || this.at(this.paramEnd(lambda))) return plain;
      return null;
    });
  }

  private slashWithDefault(lambda: boolean): SlashWithDefault | null {
    return this.attempt(() => {
      const plain = this.many(() => this.paramNoDefault(lambda));
      const withDefaults = this.many(() => this.paramWithDefault(lambda));
      if (withDefaults.length === 0 || !this.eat('/')) return null;
      if (this.eat(',') || this.at(this.paramEnd(lambda))) return { plain, withDefaults };
      return null;
    });
  }

  private starEtc(lambda: boolean): StarEtc | null {
    if (this.inv) this.invalidStarEtc(lambda);
    const m = this.pos;
    if (this.eat('*')) {
      const vararg = this.paramNoDefault(lambda) ?? (lambda ? null : this.attempt(() => {
        const p = this.param(false, true);
        return p && (this.eat(',') || this.at(')')) ? p : null;
      }));
      if (vararg) {
        const kwonly = this.many(() => this.paramMaybeDefault(lambda));
        return { vararg, kwonly, kwarg: this.kwds(lambda) };
      }
      if (this.eat(',')) {
        const kwonly = this.many(() => this.paramMaybeDefault(lambda));
        if (kwonly.length > 0) return { vararg: null, kwonly, kwarg: this.kwds(lambda) };
      }
      this.pos = m;
    }
    const kwarg = this.kwds(lambda);
    return kwarg ? { vararg: null, kwonly: [], kwarg } : null;
  }

  private kwds(lambda: boolean): A.Arg | null {
    if (this.inv) this.invalidKwds(lambda);
    return this.attempt(() => this.eat('**') ? this.paramNoDefault(lambda) : null);
  }

  private invalidParameters(lambda: boolean): void {
    const m = this.pos;
    // param_no_default* invalid_parameters_helper param_no_default
    this.many(() => this.paramNoDefault(lambda));
    if (this.slashWithDefault(lambda) || this.many(() => this.paramWithDefault(lambda)).length > 0) {
      const a = this.paramNoDefault(lambda);
      if (a) throw this.errorAtNodes('non-default argument follows default argument', a);
    }
    this.pos = m;
    // param_no_default* '(' param_no_default+ ','? ')'
    this.many(() => this.paramNoDefault(lambda));
    const open = this.eat('(');
    if (open) {
      const inner = lambda ? this.separated(() => this.param(true)) : this.many(() => this.paramNoDefault(false));
      if (inner && inner.length > 0) {
        this.eat(',');
        const close = this.eat(')');
        if (close) {
          throw this.errorAtTokens('SyntaxError', lambda ? 'Lambda expression parameters cannot be parenthesized'
            : 'Function parameters cannot be parenthesized', open, close);
        }
      }
    }
    this.pos = m;
    // "/" ','
    const slash = this.eat('/');
    if (slash && this.at(',')) throw this.errorAtTokens('SyntaxError', 'at least one argument must precede /', slash, slash);
    this.pos = m;
    // (slash_no_default | slash_with_default) param_maybe_default* '/'
    if (this.slashNoDefault(lambda) || this.slashWithDefault(lambda)) {
      this.many(() => this.paramMaybeDefault(lambda));
      const again = this.eat('/');
      if (again) throw this.errorAtTokens('SyntaxError', '/ may appear only once', again, again);
    }
    this.pos = m;
    // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default) param_maybe_default* '/'
    if (!this.slashNoDefault(lambda)) this.slashWithDefault(lambda);
    this.many(() => this.paramMaybeDefault(lambda));
    if (this.eat('*') && (this.eat(',') || this.paramNoDefault(lambda))) {
      this.many(() => this.paramMaybeDefault(lambda));
      const late = this.eat('/');
      if (late) throw this.errorAtTokens('SyntaxError', '/ must be ahead of *', late, late);
    }
    this.pos = m;
    // param_maybe_default+ '/' '*'
    if (this.many(() => this.paramMaybeDefault(lambda)).length > 0 && this.eat('/')) {
      const star = this.eat('*');
      if (star) throw this.errorAtTokens('SyntaxError', 'expected comma between / and *', star, star);
    }
    this.pos = m;
  }

  private invalidStarEtc(lambda: boolean): void {
    const m = this.pos;
    const end = this.paramEnd(lambda);
    const star = this.eat('*');
    if (!star) return;
    if (this.at(end) || (this.eat(',') && (this.at(end) || this.at('**')))) {
      if (lambda) throw this.errorAtLast('SyntaxError', 'named arguments must follow bare *');
      throw this.errorAtTokens('SyntaxError', 'named arguments must follow bare *', star, star);
    }
    this.pos = m + 1;
    if (this.param(lambda)) {
      const eq = this.eat('=');
      if (eq) throw this.errorAtTokens('SyntaxError', 'var-positional argument cannot have default value', eq, eq);
    }
    this.pos = m + 1;
    if (this.paramNoDefault(lambda) || this.eat(',')) {
      this.many(() => this.paramMaybeDefault(lambda));
      const again = this.eat('*');
      if (again && (this.paramNoDefault(lambda) || this.eat(','))) {
        throw this.errorAtTokens('SyntaxError', '* argument may appear only once', again, again);
      }
    }
    this.pos = m;
  }

  private invalidKwds(lambda: boolean): void {
    const m = this.pos;
    if (!this.eat('**') || !this.param(lambda)) { this.pos = m; return; }
    const eq = this.eat('=');
    if (eq) throw this.errorAtTokens('SyntaxError', 'var-keyword argument cannot have default value', eq, eq);
    if (this.eat(',')) {
      const afterComma = this.pos;
      const next = this.param(lambda);
      if (next) throw this.errorAtNodes('arguments cannot follow var-keyword argument', next);
      this.pos = afterComma;
      const t = this.eat('*') ?? this.eat('**') ?? this.eat('/');
      if (t) throw this.errorAtTokens('SyntaxError', 'arguments cannot follow var-keyword argument', t, t);
    }
    this.pos = m;
  }

  // ==== expressions ====

  private expressions(): A.Expr | null {
    const start = this.tok();
    const first = this.expression();
    if (!first) return null;
    if (!this.at(',')) return first;
    const elts = [first];
    while (this.at(',')) {
      const m = this.pos;
      this.pos++;
      const e = this.expression();
      if (!e) { this.pos = m + 1; break; }
      elts.push(e);
    }
    return { _type: 'Tuple', elts, ctx: 'Load', ...this.span(start) };
  }

  private expression(): A.Expr | null {
    return this.memo(Rule.Expression, this.expressionRaw);
  }

  private expressionRaw(): A.Expr | null {
    if (this.inv) {
      this.invalidExpression();
      this.invalidLegacyExpression();
    }
    const m = this.pos;
    const a = this.disjunction();
    if (a) {
      if (this.at('if')) {
        const afterA = this.pos;
        this.pos++;
        const test = this.disjunction();
        if (test && this.eat('else')) {
          const orelse = this.expression();
          if (orelse) return { _type: 'IfExp', test, body: a, orelse, ...this.spanAt(m) } as A.IfExp;
        }
        this.pos = afterA;
      }
      return a;
    }
    this.pos = m;
    return this.lambdef();
  }

  private invalidExpression(): void {
    const m = this.pos;
    // !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
    const t = this.tok();
    const excluded = (t.type === T.NAME && this.peekAt(1).type === T.STRING) || this.atSoftKeyword();
    if (!excluded) {
      const a = this.disjunction();
      if (a) {
        const b = this.withoutInvalid(() => this.expressionWithoutInvalid());
        if (b && !isLegacyName(a) && this.tokens[this.pos - 1].level !== 0) {
          throw this.errorAtNodes('invalid syntax. Perhaps you forgot a comma?', a, b);
        }
      }
    }
    this.pos = m;
    // disjunction 'if' disjunction !('else'|':')
    const a = this.disjunction();
    if (a && this.eat('if')) {
      const b = this.disjunction();
      if (b && !this.at('else') && !this.at(':')) throw this.errorAtNodes("expected 'else' after 'if' expression", a, b);
    }
    this.pos = m;
  }

  private expressionWithoutInvalid(): A.Expr | null {
    const m = this.pos;
    const a = this.disjunction();
    if (a) {
      if (this.eat('if')) {
        const test = this.disjunction();
        if (test && this.eat('else')) {
          const orelse = this.expression();
          if (orelse) return { _type: 'IfExp', test, body: a, orelse, ...this.spanAt(m) };
        }
        this.pos = m;
        return this.disjunction();
      }
      return a;
    }
    this.pos = m;
    return this.lambdef();
  }

  private invalidLegacyExpression(): void {
    const m = this.pos;
    const a = this.name();
    if (a && !this.at('(')) {
      const b = this.starExpressions();
      if (b && isLegacyName(a)) {
        throw this.errorAtNodes(`Missing parentheses in call to '${a.id}'. Did you mean ${a.id}(...)?`, a, b);
      }
    }
    this.pos = m;
  }

  private yieldExpr(): A.Yield | A.YieldFrom | null {
    const start = this.tok();
    if (start.type !== T.KEYWORD || start.value !== 'yield') return null;
    const m = this.pos;
    this.pos++;
    if (this.eat('from')) {
      const value = this.expression();
      if (value) return { _type: 'YieldFrom', value, ...this.span(start) };
      this.pos = m + 1;
    }
    const value = this.starExpressions();
    return { _type: 'Yield', value, ...this.span(start) };
  }

  private starExpressions(): A.Expr | null {
    const start = this.tok();
    const first = this.starExpression();
    if (!first) return null;
    if (!this.at(',')) return first;
    const elts = [first];
    while (this.at(',')) {
      this.pos++;
      const m = this.pos;
      const e = this.starExpression();
      if (!e) { this.pos = m; break; }
      elts.push(e);
    }
    return { _type: 'Tuple', elts, ctx: 'Load', ...this.span(start) };
  }

  private starExpression(): A.Expr | null {
    return this.memo(Rule.StarExpression, this.starExpressionRaw);
  }

  private starExpressionRaw(): A.Expr | null {
    const star = this.tok();
    if (star.type === T.OP && star.value === '*') {
      this.pos++;
      const value = this.bitwiseOr();
      if (value) return { _type: 'Starred', value, ctx: 'Load', ...this.span(star) } as A.Starred;
      this.pos--;
      return null;
    }
    return this.expression();
  }

  private starNamedExpressions(): A.Expr[] | null {
    const items = this.separated(this.starNamedExpression);
    if (items) this.eat(',');
    return items;
  }

  private starNamedExpression(): A.Expr | null {
    const star = this.tok();
    if (star.type === T.OP && star.value === '*') {
      this.pos++;
      const value = this.bitwiseOr();
      if (value) return { _type: 'Starred', value, ctx: 'Load', ...this.span(star) };
      this.pos--;
      return null;
    }
    return this.namedExpression();
  }

  /** NAME ':=' ~ expression. Returns undefined when the cut fails the enclosing rule. */
  private assignmentExpression(): A.NamedExpr | null | undefined {
    const t = this.tok();
    if (t.type !== T.NAME) return null;
    const op = this.peekAt(1);
    if (op.type !== T.OP || op.value !== ':=') return null;
    const m = this.pos;
    this.pos += 2;
    const value = this.expression();
    if (!value) { this.pos = m; return undefined; }
    const target: A.Name = { _type: 'Name', id: t.value, ctx: 'Store', lineno: t.lineno, col_offset: t.col, end_lineno: t.end_lineno, end_col_offset: t.end_col };
    return { _type: 'NamedExpr', target, value, ...this.span(t) };
  }

  private namedExpression(): A.Expr | null {
    const a = this.assignmentExpression();
    if (a) return a;
    if (a === undefined) return null;
    if (this.inv) this.invalidNamedExpression();
    const m = this.pos;
    const e = this.expression();
    if (e && !this.at(':=')) return e;
    this.pos = m;
    return null;
  }

  private invalidNamedExpression(): void {
    this.memo(Rule.InvalidNamedExpression, this.invalidNamedExpressionRaw);
  }

  private invalidNamedExpressionRaw(): null {
    const m = this.pos;
    const a = this.expression();
    if (a && this.eat(':=') && this.expression()) {
      throw this.errorAtNodes(`cannot use assignment expressions with ${exprName(a)}`, a);
    }
    this.pos = m;
    const n = this.name();
    if (n && this.eat('=')) {
      const b = this.bitwiseOr();
      if (b && !this.at('=') && !this.at(':=')) {
        throw this.errorAtNodes("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", n, b);
      }
    }
    this.pos = m;
    const excluded = this.lookahead(() => this.attempt(() => this.list()) ?? this.attempt(() => this.tuple()) ?? this.attempt(() => this.genexp()))
      || this.at('True') || this.at('None') || this.at('False');
    if (!excluded) {
      const a2 = this.bitwiseOr();
      if (a2 && this.eat('=')) {
        const b = this.bitwiseOr();
        if (b && !this.at('=') && !this.at(':=')) {
          throw this.errorAtNodes(`cannot assign to ${exprName(a2)} here. Maybe you meant '==' instead of '='?`, a2);
        }
      }
    }
    this.pos = m;
    return null;
  }

  private disjunction(): A.Expr | null {
    return this.memo(Rule.Disjunction, this.disjunctionRaw);
  }

  private disjunctionRaw(): A.Expr | null {
    const start = this.pos;
    const a = this.conjunction();
    if (!a || !this.at('or')) return a;
    const values = [a];
    while (this.at('or')) {
      const m = this.pos;
      this.pos++;
      const b = this.conjunction();
      if (!b) { this.pos = m; break; }
      values.push(b);
    }
    return { _type: 'BoolOp', op: 'Or', values, ...this.spanAt(start) } as A.BoolOp;
  }

  private conjunction(): A.Expr | null {
    return this.memo(Rule.Conjunction, this.conjunctionRaw);
  }

  private conjunctionRaw(): A.Expr | null {
    const start = this.pos;
    const a = this.inversion();
    if (!a || !this.at('and')) return a;
    const values = [a];
    while (this.at('and')) {
      const m = this.pos;
      this.pos++;
      const b = this.inversion();
      if (!b) { this.pos = m; break; }
      values.push(b);
    }
    return { _type: 'BoolOp', op: 'And', values, ...this.spanAt(start) } as A.BoolOp;
  }

  private inversion(): A.Expr | null {
    const t = this.tok();
    if (t.type === T.KEYWORD && t.value === 'not') {
      this.pos++;
      const operand = this.inversion();
      if (operand) return { _type: 'UnaryOp', op: 'Not', operand, ...this.span(t) };
      this.pos--;
      return null;
    }
    return this.comparison();
  }

  private comparison(): A.Expr | null {
    const start = this.pos;
    const left = this.bitwiseOr();
    if (!left) return null;
    const ops: A.CompareOperator[] = [];
    const comparators: A.Expr[] = [];
    for (;;) {
      const m = this.pos;
      const op = this.compareOp();
      if (!op) break;
      const right = this.bitwiseOr();
      if (!right) { this.pos = m; break; }
      ops.push(op);
      comparators.push(right);
    }
    if (ops.length === 0) return left;
    return { _type: 'Compare', left, ops, comparators, ...this.spanAt(start) };
  }

  private compareOp(): A.CompareOperator | null {
    const t = this.tok();
    if (t.type === T.OP) {
      const op = COMPARE_OPS[t.value];
      if (op) { this.pos++; return op; }
      return null;
    }
    if (t.type !== T.KEYWORD) return null;
    if (t.value === 'in') { this.pos++; return 'In'; }
    if (t.value === 'not' && this.peekAt(1).value === 'in' && this.peekAt(1).type === T.KEYWORD) { this.pos += 2; return 'NotIn'; }
    if (t.value === 'is') {
      this.pos++;
      if (this.eat('not')) return 'IsNot';
      return 'Is';
    }
    return null;
  }

  /** A left-associative binary operator level. */
  private binary(ops: Record<string, A.BinaryOperator>, operand: (this: Parser) => A.Expr | null): A.Expr | null {
    const start = this.pos;
    let left = operand.call(this);
    if (!left) return null;
    for (;;) {
      const t = this.tok();
      if (t.type !== T.OP) return left;
      const op = ops[t.value];
      if (!op) return left;
      const m = this.pos;
      this.pos++;
      const right = operand.call(this);
      if (!right) { this.pos = m; return left; }
      left = { _type: 'BinOp', left, op, right, ...this.spanAt(start) };
    }
  }

  private bitwiseOr(): A.Expr | null {
    return this.memo(Rule.BitwiseOr, this.bitwiseOrRaw);
  }

  private bitwiseOrRaw(): A.Expr | null {
    return this.binary(OR_OPS, this.bitwiseXor);
  }

  private bitwiseXor(): A.Expr | null { return this.binary(XOR_OPS, this.bitwiseAnd); }
  private bitwiseAnd(): A.Expr | null { return this.binary(AND_OPS, this.shiftExpr); }
  private shiftExpr(): A.Expr | null { return this.binary(SHIFT_OPS, this.sum); }
  private sum(): A.Expr | null { return this.binary(SUM_OPS, this.term); }
  private term(): A.Expr | null { return this.binary(TERM_OPS, this.factor); }

  private factor(): A.Expr | null {
    const t = this.tok();
    if (t.type === T.OP) {
      const op = FACTOR_OPS[t.value];
      if (op) {
        this.pos++;
        const operand = this.factor();
        if (operand) return { _type: 'UnaryOp', op, operand, ...this.span(t) };
        this.pos--;
        return null;
      }
    }
    return this.power();
  }

  private power(): A.Expr | null {
    const start = this.pos;
    const left = this.awaitPrimary();
    if (!left) return null;
    if (!this.at('**')) return left;
    const m = this.pos;
    this.pos++;
    const right = this.factor();
    if (!right) { this.pos = m; return left; }
    return { _type: 'BinOp', left, op: 'Pow', right, ...this.spanAt(start) };
  }

  /** `await` is not supported (see `unsupported`); the operand stands in for it. */
  private awaitPrimary(): A.Expr | null {
    const t = this.tok();
    if (t.type !== T.KEYWORD || t.value !== 'await') return this.primary();
    this.pos++;
    const operand = this.primary();
    if (operand) { this.markUnsupported(t); return operand; }
    this.pos--;
    return null;
  }

  private primary(): A.Expr | null {
    const start = this.pos;
    let e = this.atom();
    if (!e) return null;
    for (;;) {
      const next = this.trailer(e, start);
      if (!next) return e;
      e = next;
    }
  }

  /** One of '.' NAME, genexp, '(' [arguments] ')', '[' slices ']' applied to `e`. */
  private trailer(e: A.Expr, start: number): A.Expr | null {
    const t = this.tok();
    if (t.type !== T.OP) return null;
    const m = this.pos;
    switch (t.value) {
      case '.': {
        this.pos++;
        const n = this.nameTok();
        if (n) return { _type: 'Attribute', value: e, attr: n.value, ctx: 'Load', ...this.spanAt(start) };
        break;
      }
      case '(': {
        const g = this.genexp();
        if (g) return { _type: 'Call', func: e, args: [g], keywords: [], ...this.spanAt(start) };
        this.pos = m + 1;
        const call = this.arguments();
        if (this.eat(')')) return { _type: 'Call', func: e, args: call ? call.args : [], keywords: call ? call.keywords : [], ...this.spanAt(start) };
        break;
      }
      case '[': {
        this.pos++;
        const slice = this.slices();
        if (slice && this.eat(']')) return { _type: 'Subscript', value: e, slice, ctx: 'Load', ...this.spanAt(start) };
        break;
      }
    }
    this.pos = m;
    return null;
  }

  private slices(): A.Expr | null {
    const start = this.tok();
    const m = this.pos;
    const one = this.slice();
    if (one && !this.at(',')) return one;
    this.pos = m;
    const items = this.separated(() => this.slice() ?? this.starredExpression());
    if (!items) return null;
    this.eat(',');
    return { _type: 'Tuple', elts: items, ctx: 'Load', ...this.span(start) };
  }

  private slice(): A.Expr | null {
    const start = this.tok();
    const m = this.pos;
    const lower = this.expression();
    if (this.eat(':')) {
      const upper = this.attempt(() => this.expression());
      let step: A.Expr | null = null;
      if (this.eat(':')) step = this.attempt(() => this.expression());
      return { _type: 'Slice', lower, upper, step, ...this.span(start) };
    }
    this.pos = m;
    return this.namedExpression();
  }

  private atom(): A.Expr | null {
    const t = this.tok();
    switch (t.type) {
      case T.NAME:
        this.pos++;
        return { _type: 'Name', id: t.value, ctx: 'Load', lineno: t.lineno, col_offset: t.col, end_lineno: t.end_lineno, end_col_offset: t.end_col };
      case T.NUMBER:
        this.pos++;
        return { _type: 'Constant', value: parseNumber(t.value), lineno: t.lineno, col_offset: t.col, end_lineno: t.end_lineno, end_col_offset: t.end_col };
      case T.STRING:
        return this.strings();
      case T.KEYWORD: {
        const value = t.value === 'True' ? true : t.value === 'False' ? false : t.value === 'None' ? null : undefined;
        if (value === undefined) return null;
        this.pos++;
        return { _type: 'Constant', value, lineno: t.lineno, col_offset: t.col, end_lineno: t.end_lineno, end_col_offset: t.end_col };
      }
      case T.OP:
        switch (t.value) {
          case '(': return this.firstOf3(this.tuple, this.group, this.genexp);
          case '[': return this.firstOf3(this.list, this.listcomp, null);
          case '{': return this.firstOf3(this.dict, this.set, null) ?? this.firstOf3(this.dictcomp, this.setcomp, null);
          case '...':
            this.pos++;
            return { _type: 'Constant', value: { ellipsis: true }, lineno: t.lineno, col_offset: t.col, end_lineno: t.end_lineno, end_col_offset: t.end_col };
        }
    }
    return null;
  }

  private strings(): A.Expr | null {
    return this.memo(Rule.Strings, this.stringsRaw);
  }

  private stringsRaw(): A.Expr | null {
    const toks: Token[] = [];
    while (this.atType(T.STRING)) toks.push(this.tokens[this.pos++]);
    if (toks.length === 0) return null;
    // Look at the next token first, as CPython does, so errors point past the strings.
    this.tok();
    return concatenateStrings(this, toks);
  }

  /** Parses an f-string replacement field's expression (see StringHost). */
  parseFormattedExpr(tok: Token, start: number, end: number): A.Expr {
    const text = tok.value;
    // Where "(expr)" sits in the file: CPython's fstring_find_expr_location.
    const brace = start - 1;
    let lines = 0;
    for (let k = 0; k < brace; k++) if (text.charCodeAt(k) === 10) lines++;
    let newlineAfterBrace = true;
    for (let k = start; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c === 125 || c === 10) break;
      if (c !== 32 && c !== 9 && c !== 12) { newlineAfterBrace = false; break; }
    }
    let cols = 0;
    if (!newlineAfterBrace) {
      const lineStart = text.lastIndexOf('\n', brace) + 1;
      cols = codePointCount(text, lineStart, brace);
    }
    // The token's own column only matters when the expression is on the token's first line.
    const place: FStringPlace = { firstLine: tok.lineno + lines, colShift: lines === 0 ? tok.col + cols : cols };
    const sub = new Parser('(' + text.slice(start, end) + ')', this.filename, place);
    return sub.parseFStringExpression();
  }

  private group(): A.Expr | null {
    const open = this.eat('(');
    if (!open) return null;
    const m = this.pos;
    const e = this.yieldExpr() ?? this.namedExpression();
    if (e && this.eat(')')) return e;
    if (this.inv) {
      this.pos = m;
      const s = this.starredExpression();
      if (s && this.at(')')) throw this.errorAtNodes('cannot use starred expression here', s);
      this.pos = m;
      const dstar = this.eat('**');
      if (dstar && this.expression() && this.at(')')) throw this.errorAtTokens('SyntaxError', 'cannot use double starred expression here', dstar, dstar);
    }
    return null;
  }

  private tuple(): A.Tuple | null {
    const open = this.eat('(');
    if (!open) return null;
    let elts: A.Expr[] = [];
    if (!this.at(')')) {
      const first = this.starNamedExpression();
      if (!first || !this.eat(',')) return null;
      elts = [first, ...(this.starNamedExpressions() ?? [])];
    }
    if (!this.eat(')')) return null;
    return { _type: 'Tuple', elts, ctx: 'Load', ...this.span(open) };
  }

  private list(): A.List | null {
    const open = this.eat('[');
    if (!open) return null;
    const elts = this.starNamedExpressions() ?? [];
    if (!this.eat(']')) return null;
    return { _type: 'List', elts, ctx: 'Load', ...this.span(open) };
  }

  private set(): A.SetExpr | null {
    const open = this.eat('{');
    if (!open) return null;
    const elts = this.starNamedExpressions();
    if (!elts || !this.eat('}')) return null;
    return { _type: 'Set', elts, ...this.span(open) };
  }

  private dict(): A.Dict | null {
    const open = this.eat('{');
    if (!open) return null;
    const m = this.pos;
    const keys: (A.Expr | null)[] = [];
    const values: A.Expr[] = [];
    const pairs = this.separated(this.doubleStarredKvpair);
    if (pairs) {
      this.eat(',');
      for (const [k, v] of pairs) { keys.push(k); values.push(v); }
    }
    if (this.eat('}')) return { _type: 'Dict', keys, values, ...this.span(open) };
    if (this.inv) {
      this.pos = m;
      this.invalidDoubleStarredKvpairs();
    }
    return null;
  }

  private doubleStarredKvpair(): [A.Expr | null, A.Expr] | null {
    const m = this.pos;
    if (this.eat('**')) {
      const v = this.bitwiseOr();
      if (v) return [null, v];
      this.pos = m;
      return null;
    }
    return this.kvpair();
  }

  private kvpair(): [A.Expr, A.Expr] | null {
    const m = this.pos;
    const k = this.expression();
    if (k && this.eat(':')) {
      const v = this.expression();
      if (v) return [k, v];
    }
    this.pos = m;
    return null;
  }

  private invalidDoubleStarredKvpairs(): void {
    const m = this.pos;
    // ','.double_starred_kvpair+ ',' invalid_kvpair
    if (this.separated(this.doubleStarredKvpair) && this.eat(',')) this.invalidKvpair();
    this.pos = m;
    // expression ':' '*' bitwise_or   |   expression ':' &('}'|',')
    this.invalidKvpairValue();
    this.pos = m;
  }

  private invalidKvpair(): void {
    const m = this.pos;
    const a = this.expression();
    if (a && !this.at(':')) {
      throw this.error('SyntaxError', "':' expected after dictionary key", a.lineno, a.end_col_offset - 1, a.end_lineno, -2);
    }
    this.pos = m;
    this.invalidKvpairValue();
    this.pos = m;
  }

  private invalidKvpairValue(): void {
    const m = this.pos;
    if (this.expression()) {
      const colon = this.eat(':');
      if (colon) {
        const star = this.eat('*');
        if (star && this.bitwiseOr()) throw this.errorFrom('cannot use a starred expression in a dictionary value', star);
        if (!star && (this.at('}') || this.at(','))) {
          throw this.errorAtTokens('SyntaxError', "expression expected after dictionary key and ':'", colon, colon);
        }
      }
    }
    this.pos = m;
  }

  // ---- comprehensions ----

  private forIfClauses(): A.Comprehension[] | null {
    const out: A.Comprehension[] = [];
    for (;;) {
      const c = this.forIfClause();
      if (c === null) break;
      out.push(c);
    }
    return out.length > 0 ? out : null;
  }

  /** for_if_clause. After the cut ('in') a failure fails the clause without trying invalid_for_target. */
  private forIfClause(): A.Comprehension | null {
    const m = this.pos;
    const asyncTok = this.at('async') && this.peekAt(1).value === 'for' ? this.eat('async') : null;
    if (!this.eat('for')) return null;
    if (asyncTok) this.markUnsupported(asyncTok);
    const target = this.starTargets();
    if (target && this.eat('in')) {
      const iter = this.disjunction();
      if (!iter) { this.pos = m; return null; }
      const ifs: A.Expr[] = [];
      for (;;) {
        const c = this.pos;
        if (!this.eat('if')) break;
        const cond = this.disjunction();
        if (!cond) { this.pos = c; break; }
        ifs.push(cond);
      }
      return { _type: 'comprehension', target, iter, ifs, is_async: 0 };
    }
    if (this.inv) this.invalidForTarget(m);
    this.pos = m;
    return null;
  }

  private listcomp(): A.ListComp | null {
    const open = this.tok();
    if (this.inv) this.invalidComprehension();
    this.pos++;
    const elt = this.namedExpression();
    if (!elt) return null;
    const generators = this.forIfClauses();
    if (!generators || !this.eat(']')) return null;
    return { _type: 'ListComp', elt, generators, ...this.span(open) };
  }

  private setcomp(): A.SetComp | null {
    const open = this.tok();
    if (this.inv) this.invalidComprehension();
    this.pos++;
    const elt = this.namedExpression();
    if (!elt) return null;
    const generators = this.forIfClauses();
    if (!generators || !this.eat('}')) return null;
    return { _type: 'SetComp', elt, generators, ...this.span(open) };
  }

  private genexp(): A.GeneratorExp | null {
    const open = this.tok();
    if (open.type !== T.OP || open.value !== '(') return null;
    const m = this.pos;
    if (this.inv) this.invalidComprehension();
    this.pos++;
    let elt: A.Expr | null | undefined = this.assignmentExpression();
    if (elt === undefined) { this.pos = m; return null; }
    if (!elt) {
      elt = this.expression();
      if (elt && this.at(':=')) elt = null;
    }
    if (!elt) { this.pos = m; return null; }
    const generators = this.forIfClauses();
    if (!generators || !this.eat(')')) { this.pos = m; return null; }
    return { _type: 'GeneratorExp', elt, generators, ...this.span(open) };
  }

  private dictcomp(): A.DictComp | null {
    const open = this.eat('{');
    if (!open) return null;
    const m = this.pos;
    const kv = this.kvpair();
    if (kv) {
      const generators = this.forIfClauses();
      if (generators && this.eat('}')) return { _type: 'DictComp', key: kv[0], value: kv[1], generators, ...this.span(open) };
    }
    if (this.inv) {
      this.pos = m;
      const dstar = this.eat('**');
      if (dstar && this.bitwiseOr() && this.forIfClauses() && this.at('}')) {
        throw this.errorAtTokens('SyntaxError', 'dict unpacking cannot be used in dict comprehension', dstar, dstar);
      }
    }
    return null;
  }

  private invalidComprehension(): void {
    const m = this.pos;
    const open = this.tok().value;
    this.pos++;
    const s = this.starredExpression();
    if (s && this.forIfClauses()) throw this.errorAtNodes('iterable unpacking cannot be used in comprehension', s);
    this.pos = m + 1;
    if (open !== '(') {
      const a = this.starNamedExpression();
      if (a) {
        const comma = this.eat(',');
        if (comma) {
          const afterComma = this.pos;
          const b = this.starNamedExpressions();
          if (b && this.forIfClauses()) {
            throw this.errorAtNodes('did you forget parentheses around the comprehension target?', a, b[b.length - 1]);
          }
          this.pos = afterComma;
          if (this.forIfClauses()) {
            throw this.error('SyntaxError', 'did you forget parentheses around the comprehension target?', a.lineno, a.col_offset, comma.end_lineno, comma.end_col);
          }
        }
      }
    }
    this.pos = m;
  }

  // ---- lambda ----

  private lambdef(): A.Lambda | null {
    const start = this.tok();
    if (start.type !== T.KEYWORD || start.value !== 'lambda') return null;
    const m = this.pos;
    this.pos++;
    const args = this.params(true) ?? emptyArguments();
    if (this.eat(':')) {
      const body = this.expression();
      if (body) return { _type: 'Lambda', args, body, ...this.span(start) };
    }
    this.pos = m;
    return null;
  }

  // ---- call arguments ----

  private arguments(): { args: A.Expr[]; keywords: A.Keyword[] } | null {
    return this.memo(Rule.Arguments, this.argumentsRaw);
  }

  private argumentsRaw(): { args: A.Expr[]; keywords: A.Keyword[] } | null {
    const m = this.pos;
    const a = this.args();
    if (a) {
      this.eat(',');
      if (this.at(')')) return a;
    }
    this.pos = m;
    if (this.inv) this.invalidArguments();
    return null;
  }

  private args(): (Node & { args: A.Expr[]; keywords: A.Keyword[] }) | null {
    const start = this.tok();
    const positional = this.separated(() => this.starredExpression() ?? this.attempt(() => {
      const a = this.assignmentExpression();
      if (a === undefined) return null;
      const e = a ?? this.attempt(() => {
        const x = this.expression();
        return x && !this.at(':=') ? x : null;
      });
      return e && !this.at('=') ? e : null;
    }));
    if (positional) {
      const m = this.pos;
      let kw: (A.Keyword | A.Starred)[] | null = null;
      if (this.eat(',')) {
        kw = this.kwargs();
        if (!kw) this.pos = m;
      }
      const args = [...positional];
      const keywords: A.Keyword[] = [];
      for (const k of kw ?? []) {
        if (k._type === 'Starred') args.push(k);
        else keywords.push(k);
      }
      return { args, keywords, ...this.span(start) };
    }
    const kw = this.kwargs();
    if (!kw) return null;
    const args: A.Expr[] = [];
    const keywords: A.Keyword[] = [];
    for (const k of kw) {
      if (k._type === 'Starred') args.push(k);
      else keywords.push(k);
    }
    return { args, keywords, ...this.span(start) };
  }

  private kwargs(): (A.Keyword | A.Starred)[] | null {
    const m = this.pos;
    const a = this.separated(this.kwargOrStarred);
    if (a) {
      const c = this.pos;
      if (this.eat(',')) {
        const b = this.separated(this.kwargOrDoubleStarred);
        if (b) return [...a, ...b];
      }
      this.pos = c;
      return a;
    }
    this.pos = m;
    return this.separated(this.kwargOrDoubleStarred);
  }

  private starredExpression(): A.Starred | null {
    const star = this.tok();
    if (star.type !== T.OP || star.value !== '*') return null;
    this.pos++;
    const value = this.expression();
    if (!value) { this.pos--; return null; }
    return { _type: 'Starred', value, ctx: 'Load', ...this.span(star) };
  }

  private keywordArg(): A.Keyword | null {
    const n = this.tok();
    if (n.type !== T.NAME) return null;
    const eq = this.peekAt(1);
    if (eq.type !== T.OP || eq.value !== '=') return null;
    const m = this.pos;
    this.pos += 2;
    const value = this.expression();
    if (!value) { this.pos = m; return null; }
    return { _type: 'keyword', arg: n.value, value, ...this.span(n) };
  }

  private kwargOrStarred(): A.Keyword | A.Starred | null {
    if (this.inv) this.invalidKwarg();
    return this.keywordArg() ?? this.starredExpression();
  }

  private kwargOrDoubleStarred(): A.Keyword | null {
    if (this.inv) this.invalidKwarg();
    const k = this.keywordArg();
    if (k) return k;
    const dstar = this.tok();
    if (dstar.type !== T.OP || dstar.value !== '**') return null;
    this.pos++;
    const value = this.expression();
    if (!value) { this.pos--; return null; }
    return { _type: 'keyword', arg: null, value, ...this.span(dstar) };
  }

  private invalidKwarg(): void {
    const m = this.pos;
    const t = this.tok();
    if (t.type === T.KEYWORD && (t.value === 'True' || t.value === 'False' || t.value === 'None')) {
      this.pos++;
      const eq = this.eat('=');
      if (eq) throw this.errorAtTokens('SyntaxError', `cannot assign to ${t.value}`, t, eq);
      this.pos = m;
    }
    if (t.type === T.NAME) {
      this.pos++;
      const eq = this.eat('=');
      if (eq && this.expression() && this.forIfClauses()) {
        throw this.errorAtTokens('SyntaxError', "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", t, eq);
      }
      this.pos = m;
    }
    const nameEq = t.type === T.NAME && this.peekAt(1).value === '=' && this.peekAt(1).type === T.OP;
    if (!nameEq) {
      const a = this.expression();
      const eq = a && this.eat('=');
      if (a && eq) throw this.error('SyntaxError', 'expression cannot contain assignment, perhaps you meant "=="?', a.lineno, a.col_offset, eq.end_lineno, eq.end_col);
    }
    this.pos = m;
  }

  private invalidArguments(): void {
    const m = this.pos;
    // args ',' '*'
    const a = this.args();
    if (a && this.eat(',') && this.at('*')) {
      // CPython 3.11.7 points at the '*' (its grammar file names the arguments instead).
      const star = this.tok();
      throw this.errorAtTokens('SyntaxError', 'iterable argument unpacking follows keyword argument unpacking', star, star);
    }
    this.pos = m;
    // expression for_if_clauses ',' [args | expression for_if_clauses]
    const e = this.expression();
    if (e) {
      const clauses = this.forIfClauses();
      if (clauses && this.eat(',')) {
        const n = this.pos;
        if (!this.args()) {
          this.pos = n;
          if (!(this.expression() && this.forIfClauses())) this.pos = n;
        }
        throw this.errorAtNodes('Generator expression must be parenthesized', e, lastComprehensionItem(clauses));
      }
    }
    this.pos = m;
    // NAME '=' expression for_if_clauses
    const n = this.nameTok();
    if (n) {
      const eq = this.eat('=');
      if (eq && this.expression() && this.forIfClauses()) {
        throw this.errorAtTokens('SyntaxError', "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", n, eq);
      }
    }
    this.pos = m;
    // args for_if_clauses
    const a2 = this.args();
    if (a2) {
      const clauses = this.forIfClauses();
      if (clauses && a2.args.length > 1) {
        throw this.errorAtNodes('Generator expression must be parenthesized', a2.args[a2.args.length - 1], lastComprehensionItem(clauses));
      }
    }
    this.pos = m;
    // args ',' expression for_if_clauses
    if (this.args() && this.eat(',')) {
      const e2 = this.expression();
      const clauses = e2 && this.forIfClauses();
      if (e2 && clauses) throw this.errorAtNodes('Generator expression must be parenthesized', e2, lastComprehensionItem(clauses));
    }
    this.pos = m;
    // args ',' args
    const a3 = this.args();
    if (a3 && this.eat(',') && this.args()) {
      const unpacking = a3.keywords.some(k => k.arg === null);
      throw this.errorAtLast('SyntaxError', unpacking ? 'positional argument follows keyword argument unpacking'
        : 'positional argument follows keyword argument');
    }
    this.pos = m;
  }

  // ==== targets ====

  private starTargets(): A.Expr | null {
    const start = this.tok();
    const a = this.starTarget();
    if (!a) return null;
    if (!this.at(',')) return a;
    const elts = [a];
    while (this.at(',')) {
      this.pos++;
      const c = this.pos;
      const b = this.starTarget();
      if (!b) { this.pos = c; break; }
      elts.push(b);
    }
    return { _type: 'Tuple', elts, ctx: 'Store', ...this.span(start) };
  }

  /** ','.star_target+ [','] */
  private starTargetsListSeq(): A.Expr[] | null {
    const items = this.separated(this.starTarget);
    if (items) this.eat(',');
    return items;
  }

  /** star_target (',' star_target)+ [','] | star_target ',' */
  private starTargetsTupleSeq(): A.Expr[] | null {
    const m = this.pos;
    const a = this.starTarget();
    if (!a || !this.at(',')) { this.pos = m; return null; }
    const items = [a];
    while (this.eat(',')) {
      const c = this.pos;
      const b = this.starTarget();
      if (!b) { this.pos = c; break; }
      items.push(b);
    }
    return items;
  }

  private starTarget(): A.Expr | null {
    return this.memo(Rule.StarTarget, this.starTargetRaw);
  }

  private starTargetRaw(): A.Expr | null {
    const star = this.tok();
    if (star.type === T.OP && star.value === '*') {
      this.pos++;
      if (this.at('*')) { this.pos--; return null; }
      const inner = this.starTarget();
      if (!inner) { this.pos--; return null; }
      return { _type: 'Starred', value: setContext(inner, 'Store'), ctx: 'Store', ...this.span(star) } as A.Starred;
    }
    return this.targetWithStarAtom();
  }

  private targetWithStarAtom(): A.Expr | null {
    return this.memo(Rule.TargetWithStarAtom, this.targetWithStarAtomRaw);
  }

  private targetWithStarAtomRaw(): A.Expr | null {
    return this.subscriptAttributeTarget('Store') ?? this.starAtom();
  }

  /** t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead, with context `ctx`. */
  private subscriptAttributeTarget(ctx: A.Context): A.Attribute | A.Subscript | null {
    const m = this.pos;
    const base = this.tPrimary();
    if (!base) return null;
    const afterBase = this.pos;
    if (this.eat('.')) {
      const n = this.nameTok();
      if (n && !this.atTLookahead()) return { _type: 'Attribute', value: base, attr: n.value, ctx, ...this.spanAt(m) };
    }
    this.pos = afterBase;
    if (this.eat('[')) {
      const slice = this.slices();
      if (slice && this.eat(']') && !this.atTLookahead()) return { _type: 'Subscript', value: base, slice, ctx, ...this.spanAt(m) };
    }
    this.pos = m;
    return null;
  }

  private singleSubscriptAttributeTarget(): A.Attribute | A.Subscript | null {
    return this.subscriptAttributeTarget('Store');
  }

  private atTLookahead(): boolean {
    const t = this.tok();
    return t.type === T.OP && (t.value === '(' || t.value === '[' || t.value === '.');
  }

  /** The part of a target before its last '.' or '[': a primary that is followed by one of '(' '[' '.'. */
  private tPrimary(): A.Expr | null {
    return this.memo(Rule.TPrimary, this.tPrimaryRaw);
  }

  private tPrimaryRaw(): A.Expr | null {
    const m = this.pos;
    let e = this.atom();
    if (!e || !this.atTLookahead()) { this.pos = m; return null; }
    for (;;) {
      const before = this.pos;
      const next = this.trailer(e, m);
      if (!next) break;
      if (!this.atTLookahead()) { this.pos = before; break; }
      e = next;
    }
    return e;
  }

  private starAtom(): A.Expr | null {
    const t = this.tok();
    if (t.type === T.NAME) return this.name('Store');
    const m = this.pos;
    if (this.eat('(')) {
      const inner = this.targetWithStarAtom();
      if (inner && this.eat(')')) return setContext(inner, 'Store');
      this.pos = m + 1;
      const elts = this.starTargetsTupleSeq() ?? [];
      if (this.eat(')')) return { _type: 'Tuple', elts, ctx: 'Store', ...this.span(t) };
      this.pos = m;
      return null;
    }
    if (this.eat('[')) {
      const elts = this.starTargetsListSeq() ?? [];
      if (this.eat(']')) return { _type: 'List', elts, ctx: 'Store', ...this.span(t) };
      this.pos = m;
    }
    return null;
  }

  private singleTarget(): A.Name | A.Attribute | A.Subscript | null {
    const s = this.singleSubscriptAttributeTarget();
    if (s) return s;
    const n = this.name('Store');
    if (n) return n;
    const m = this.pos;
    if (this.eat('(')) {
      const inner = this.singleTarget();
      if (inner && this.eat(')')) return inner;
      this.pos = m;
    }
    return null;
  }

  private delTargets(): A.Expr[] | null {
    const items = this.separated(this.delTarget);
    if (items) this.eat(',');
    return items;
  }

  private delTarget(): A.Expr | null {
    return this.memo(Rule.DelTarget, this.delTargetRaw);
  }

  private delTargetRaw(): A.Expr | null {
    return this.subscriptAttributeTarget('Del') ?? this.delTAtom();
  }

  private delTAtom(): A.Expr | null {
    const t = this.tok();
    if (t.type === T.NAME) return this.name('Del');
    const m = this.pos;
    if (this.eat('(')) {
      const inner = this.delTarget();
      if (inner && this.eat(')')) return setContext(inner, 'Del');
      this.pos = m + 1;
      const elts = this.delTargets() ?? [];
      if (this.eat(')')) return { _type: 'Tuple', elts, ctx: 'Del', ...this.span(t) };
      this.pos = m;
      return null;
    }
    if (this.eat('[')) {
      const elts = this.delTargets() ?? [];
      if (this.eat(']')) return { _type: 'List', elts, ctx: 'Del', ...this.span(t) };
      this.pos = m;
    }
    return null;
  }
}

const OR_OPS: Record<string, A.BinaryOperator> = { '|': 'BitOr' };
const XOR_OPS: Record<string, A.BinaryOperator> = { '^': 'BitXor' };
const AND_OPS: Record<string, A.BinaryOperator> = { '&': 'BitAnd' };
const SHIFT_OPS: Record<string, A.BinaryOperator> = { '<<': 'LShift', '>>': 'RShift' };
const SUM_OPS: Record<string, A.BinaryOperator> = { '+': 'Add', '-': 'Sub' };

// ==== helpers on nodes ====

function codePointCount(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

function emptyArguments(): A.Arguments {
  return { _type: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
}

function makeArguments(slashNoDefault: A.Arg[] | null, slashWithDefault: SlashWithDefault | null, plain: A.Arg[],
                       withDefaults: NameDefault[], star: StarEtc | null): A.Arguments {
  const posonlyargs = slashNoDefault ?? (slashWithDefault ? [...slashWithDefault.plain, ...slashWithDefault.withDefaults.map(d => d.arg)] : []);
  const defaults = [...(slashWithDefault ? slashWithDefault.withDefaults.map(d => d.value!) : []), ...withDefaults.map(d => d.value!)];
  return {
    _type: 'arguments', posonlyargs, args: [...plain, ...withDefaults.map(d => d.arg)], vararg: star ? star.vararg : null,
    kwonlyargs: star ? star.kwonly.map(d => d.arg) : [], kw_defaults: star ? star.kwonly.map(d => d.value) : [],
    kwarg: star ? star.kwarg : null, defaults,
  };
}

/** Gives a target expression (and its parts) the context `ctx`. */
function setContext<E extends A.Expr>(e: E, ctx: A.Context): E {
  switch (e._type) {
    case 'Name': case 'Attribute': case 'Subscript':
      return { ...e, ctx };
    case 'Starred':
      return { ...e, value: setContext(e.value, ctx), ctx };
    case 'List': case 'Tuple':
      return { ...e, elts: e.elts.map(x => setContext(x, ctx)), ctx };
    default:
      return e;
  }
}

function isLegacyName(e: A.Expr): boolean {
  return e._type === 'Name' && (e.id === 'print' || e.id === 'exec');
}

function lastComprehensionItem(clauses: A.Comprehension[]): A.Expr {
  const last = clauses[clauses.length - 1];
  return last.ifs.length > 0 ? last.ifs[last.ifs.length - 1] : last.iter;
}

/** The part of `e` that cannot be a target of the given kind (CPython's _PyPegen_get_invalid_target). */
function invalidTarget(e: A.Expr, type: TargetsType): A.Expr | null {
  switch (e._type) {
    case 'List': case 'Tuple':
      for (const x of e.elts) {
        const bad = invalidTarget(x, type);
        if (bad) return bad;
      }
      return null;
    case 'Starred':
      return type === 'del' ? e : invalidTarget(e.value, type);
    case 'Compare':
      // In `for x in y` the target is parsed as the comparison `x in y`.
      if (type === 'for') return e.ops[0] === 'In' ? invalidTarget(e.left, type) : null;
      return e;
    case 'Name': case 'Subscript': case 'Attribute':
      return null;
    default:
      return e;
  }
}

/** How CPython names an expression in error messages. */
function exprName(e: A.Expr): string {
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v === null) return 'None';
      if (v === true) return 'True';
      if (v === false) return 'False';
      if (typeof v === 'object' && 'ellipsis' in v) return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
  }
}

// ==== public API ====

/** Parses a module (what `exec` compiles). Throws PySyntaxError for invalid source. */
export function parseModule(source: string, filename: string): A.Module {
  return new Parser(source, filename).parseModule();
}

/** Parses a single expression (what `eval` compiles). Throws PySyntaxError for invalid source. */
export function parseExpression(source: string, filename: string): A.Expression {
  return new Parser(source, filename).parseExpression();
}
