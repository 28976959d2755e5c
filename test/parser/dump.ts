// Prints our syntax tree exactly as CPython 3.11's `ast.dump(tree, include_attributes=True)`
// does, so trees can be compared with CPython's text. Given the source, columns (code points
// here) are converted to CPython's UTF-8 byte offsets.

import type * as A from '../../src/parser/ast.js';

/** Field order of each node kind in CPython's ast module. */
const FIELDS: Record<string, string[]> = {
  Module: ['body', 'type_ignores'], Expression: ['body'],
  FunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns', 'type_comment'],
  ClassDef: ['name', 'bases', 'keywords', 'body', 'decorator_list'], Return: ['value'], Delete: ['targets'],
  Assign: ['targets', 'value', 'type_comment'], AugAssign: ['target', 'op', 'value'],
  AnnAssign: ['target', 'annotation', 'value', 'simple'], For: ['target', 'iter', 'body', 'orelse', 'type_comment'],
  While: ['test', 'body', 'orelse'], If: ['test', 'body', 'orelse'], With: ['items', 'body', 'type_comment'],
  Raise: ['exc', 'cause'], Try: ['body', 'handlers', 'orelse', 'finalbody'], Assert: ['test', 'msg'],
  Import: ['names'], ImportFrom: ['module', 'names', 'level'], Global: ['names'], Nonlocal: ['names'],
  Expr: ['value'], Pass: [], Break: [], Continue: [],
  BoolOp: ['op', 'values'], NamedExpr: ['target', 'value'], BinOp: ['left', 'op', 'right'], UnaryOp: ['op', 'operand'],
  Lambda: ['args', 'body'], IfExp: ['test', 'body', 'orelse'], Dict: ['keys', 'values'], Set: ['elts'],
  ListComp: ['elt', 'generators'], SetComp: ['elt', 'generators'], DictComp: ['key', 'value', 'generators'],
  GeneratorExp: ['elt', 'generators'], Yield: ['value'], YieldFrom: ['value'], Compare: ['left', 'ops', 'comparators'],
  Call: ['func', 'args', 'keywords'], FormattedValue: ['value', 'conversion', 'format_spec'], JoinedStr: ['values'],
  Constant: ['value', 'kind'], Attribute: ['value', 'attr', 'ctx'], Subscript: ['value', 'slice', 'ctx'],
  Starred: ['value', 'ctx'], Name: ['id', 'ctx'], List: ['elts', 'ctx'], Tuple: ['elts', 'ctx'],
  Slice: ['lower', 'upper', 'step'], comprehension: ['target', 'iter', 'ifs', 'is_async'],
  ExceptHandler: ['type', 'name', 'body'],
  arguments: ['posonlyargs', 'args', 'vararg', 'kwonlyargs', 'kw_defaults', 'kwarg', 'defaults'],
  arg: ['arg', 'annotation', 'type_comment'], keyword: ['arg', 'value'], alias: ['name', 'asname'],
  withitem: ['context_expr', 'optional_vars'],
  TryStar: ['body', 'handlers', 'orelse', 'finalbody'], Match: ['subject', 'cases'],
  match_case: ['pattern', 'guard', 'body'], MatchValue: ['value'], MatchSingleton: ['value'],
  MatchSequence: ['patterns'], MatchMapping: ['keys', 'patterns', 'rest'],
  MatchClass: ['cls', 'patterns', 'kwd_attrs', 'kwd_patterns'], MatchStar: ['name'], MatchAs: ['pattern', 'name'],
  MatchOr: ['patterns'],
};

/** Fields that CPython declares optional: a None there is left out of the dump. */
const OPTIONAL = new Set([
  'FunctionDef.returns', 'FunctionDef.type_comment', 'Assign.type_comment', 'For.type_comment', 'With.type_comment',
  'Return.value', 'AnnAssign.value', 'Raise.exc', 'Raise.cause', 'Assert.msg', 'ImportFrom.module', 'ImportFrom.level',
  'Yield.value', 'FormattedValue.format_spec', 'Constant.kind', 'Slice.lower', 'Slice.upper', 'Slice.step',
  'ExceptHandler.type', 'ExceptHandler.name', 'arguments.vararg', 'arguments.kwarg', 'arg.annotation',
  'arg.type_comment', 'keyword.arg', 'alias.asname', 'withitem.optional_vars',
  'match_case.guard', 'MatchMapping.rest', 'MatchStar.name', 'MatchAs.pattern', 'MatchAs.name',
]);

const NO_ATTRIBUTES = new Set(['Module', 'Expression', 'comprehension', 'arguments', 'withitem', 'match_case']);
/** Fields holding operator names or contexts, printed as `Add()`. */
const OPERATOR_FIELDS = new Set(['op', 'ctx']);

type AnyNode = { _type: string; [field: string]: unknown };

export class Dumper {
  private readonly lines: string[] | null;

  constructor(source?: string) {
    this.lines = source === undefined ? null : source.replace(/\r\n?/g, '\n').split('\n');
  }

  dump(node: A.Module | A.Expression): string {
    return this.node(node as unknown as AnyNode);
  }

  private node(n: AnyNode): string {
    const fields = FIELDS[n._type];
    if (!fields) throw new Error(`unknown node type ${n._type}`);
    const parts: string[] = [];
    for (const f of fields) {
      let v = n[f];
      if (f === 'type_ignores') v = [];
      if (v === undefined || (v === null && OPTIONAL.has(`${n._type}.${f}`))) continue;
      parts.push(`${f}=${this.value(v, f)}`);
    }
    if (!NO_ATTRIBUTES.has(n._type)) {
      const p = n as unknown as A.Pos;
      parts.push(`lineno=${p.lineno}`, `col_offset=${this.byteCol(p.lineno, p.col_offset)}`,
        `end_lineno=${p.end_lineno}`, `end_col_offset=${this.byteCol(p.end_lineno, p.end_col_offset)}`);
    }
    const name = n._type;
    return `${name}(${parts.join(', ')})`;
  }

  private value(v: unknown, field: string): string {
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      return `[${v.map(x => this.value(x, field)).join(', ')}]`;
    }
    if (typeof v === 'string' && OPERATOR_FIELDS.has(field)) return `${v}()`;
    if (field === 'ops') return `${v as string}()`;
    if (v !== null && typeof v === 'object' && '_type' in v) return this.node(v as AnyNode);
    return pyRepr(v as A.ConstantValue);
  }

  private byteCol(lineno: number, col: number): number {
    if (!this.lines) return col;
    const line = this.lines[lineno - 1];
    if (line === undefined) return col;
    let bytes = 0;
    let i = 0;
    for (const ch of line) {
      if (i >= col) break;
      const cp = ch.codePointAt(0)!;
      bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      i++;
    }
    return bytes + Math.max(0, col - i);
  }
}

/** `ast.dump(tree, include_attributes=True)` of our tree; pass the source to get byte columns. */
export function dump(tree: A.Module | A.Expression, source?: string): string {
  return new Dumper(source).dump(tree);
}

// ---- Python repr of constants ----

const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

export function pyRepr(v: A.ConstantValue): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (typeof v === 'string') return reprStr(v);
  if ('float' in v) return reprFloat(v.float);
  if ('imag' in v) return reprImag(v.imag);
  if ('bytes' in v) return reprBytes(v.bytes);
  return 'Ellipsis';
}

function reprStr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x7f || (cp !== 0x20 && !NOT_PRINTABLE.test(ch)) || cp === 0x20) out += ch;
    else if (cp <= 0xff) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp <= 0xffff) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out + quote;
}

function reprBytes(b: Uint8Array): string {
  let hasSingle = false, hasDouble = false;
  for (const c of b) { if (c === 39) hasSingle = true; if (c === 34) hasDouble = true; }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const c of b) {
    if (c === quote.charCodeAt(0) || c === 92) out += '\\' + String.fromCharCode(c);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 32 || c >= 127) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + quote;
}

/** Python's repr(float): shortest round-trip digits, scientific below 1e-4 and from 1e16. */
export function reprFloat(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const [mant, expText] = Math.abs(x).toExponential().split('e');
  const exp = Number(expText);
  const digits = mant.replace('.', '');
  if (exp >= -4 && exp < 16) {
    if (exp < 0) return sign + '0.' + '0'.repeat(-exp - 1) + digits;
    const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
    const frac = digits.slice(exp + 1);
    return sign + intPart + '.' + (frac.length > 0 ? frac : '0');
  }
  const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
  return sign + m + 'e' + (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
}

function reprImag(x: number): string {
  let s = reprFloat(x);
  if (s.endsWith('.0')) s = s.slice(0, -2);
  return s + 'j';
}
