// The syntax tree. Node kinds and field names follow CPython 3.11's `ast` module, so its
// documentation describes ours; the differences are listed here:
//  - every node has `_type`, its ast class name;
//  - operators are plain strings ('Add', 'Eq', 'And', 'Not', ...) instead of operator nodes;
//  - expression contexts are the strings 'Load' | 'Store' | 'Del';
//  - constants: Python int -> JS number when it is a safe integer, else bigint; float -> PyFloat
//    (so 1.0 and 1 stay distinct); complex -> PyComplex (imaginary literal); bytes -> PyBytes;
//    str -> JS string; True/False -> boolean; None -> null; Ellipsis -> PyEllipsis.
// Positions: lines 1-based, columns 0-based counted in code points (CPython counts UTF-8
// bytes; we convert when printing carets), end positions exclusive.
// Produced by src/parser, consumed by src/compiler.

export interface Pos { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number; }

export interface PyFloat { float: number; }
export interface PyComplex { imag: number; }
export interface PyBytes { bytes: Uint8Array; }
export interface PyEllipsis { ellipsis: true; }
export type ConstantValue = null | boolean | number | bigint | string | PyFloat | PyComplex | PyBytes | PyEllipsis;

export type BinaryOperator = 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow' | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type UnaryOperator = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type BoolOperator = 'And' | 'Or';
export type CompareOperator = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';
export type Context = 'Load' | 'Store' | 'Del';

export interface Module { _type: 'Module'; body: Stmt[]; }
/** What `eval()` compiles: a single expression. */
export interface Expression { _type: 'Expression'; body: Expr; }

// ---- statements ----
export interface FunctionDef extends Pos { _type: 'FunctionDef'; name: string; args: Arguments; body: Stmt[]; decorator_list: Expr[]; returns: Expr | null; }
export interface ClassDef extends Pos { _type: 'ClassDef'; name: string; bases: Expr[]; keywords: Keyword[]; body: Stmt[]; decorator_list: Expr[]; }
export interface Return extends Pos { _type: 'Return'; value: Expr | null; }
export interface Delete extends Pos { _type: 'Delete'; targets: Expr[]; }
export interface Assign extends Pos { _type: 'Assign'; targets: Expr[]; value: Expr; }
export interface AugAssign extends Pos { _type: 'AugAssign'; target: Name | Attribute | Subscript; op: BinaryOperator; value: Expr; }
/** `simple` is 1 for a bare Name target not in parentheses. */
export interface AnnAssign extends Pos { _type: 'AnnAssign'; target: Name | Attribute | Subscript; annotation: Expr; value: Expr | null; simple: number; }
export interface For extends Pos { _type: 'For'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; }
export interface While extends Pos { _type: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[]; }
export interface If extends Pos { _type: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[]; }
export interface With extends Pos { _type: 'With'; items: WithItem[]; body: Stmt[]; }
export interface Raise extends Pos { _type: 'Raise'; exc: Expr | null; cause: Expr | null; }
export interface Try extends Pos { _type: 'Try'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[]; }
/** try with `except*` clauses: handlers match parts of an exception group. */
export interface TryStar extends Pos { _type: 'TryStar'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[]; }
export interface Match extends Pos { _type: 'Match'; subject: Expr; cases: MatchCase[]; }
export interface Assert extends Pos { _type: 'Assert'; test: Expr; msg: Expr | null; }
export interface Import extends Pos { _type: 'Import'; names: Alias[]; }
export interface ImportFrom extends Pos { _type: 'ImportFrom'; module: string | null; names: Alias[]; level: number; }
export interface Global extends Pos { _type: 'Global'; names: string[]; }
export interface Nonlocal extends Pos { _type: 'Nonlocal'; names: string[]; }
export interface ExprStmt extends Pos { _type: 'Expr'; value: Expr; }
export interface Pass extends Pos { _type: 'Pass'; }
export interface Break extends Pos { _type: 'Break'; }
export interface Continue extends Pos { _type: 'Continue'; }

export type Stmt = FunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign | For | While | If | With
  | Raise | Try | TryStar | Match | Assert | Import | ImportFrom | Global | Nonlocal | ExprStmt | Pass | Break | Continue;

// ---- expressions ----
export interface BoolOp extends Pos { _type: 'BoolOp'; op: BoolOperator; values: Expr[]; }
export interface NamedExpr extends Pos { _type: 'NamedExpr'; target: Name; value: Expr; }
export interface BinOp extends Pos { _type: 'BinOp'; left: Expr; op: BinaryOperator; right: Expr; }
export interface UnaryOp extends Pos { _type: 'UnaryOp'; op: UnaryOperator; operand: Expr; }
export interface Lambda extends Pos { _type: 'Lambda'; args: Arguments; body: Expr; }
export interface IfExp extends Pos { _type: 'IfExp'; test: Expr; body: Expr; orelse: Expr; }
/** A null key stands for `**value`. */
export interface Dict extends Pos { _type: 'Dict'; keys: (Expr | null)[]; values: Expr[]; }
export interface SetExpr extends Pos { _type: 'Set'; elts: Expr[]; }
export interface ListComp extends Pos { _type: 'ListComp'; elt: Expr; generators: Comprehension[]; }
export interface SetComp extends Pos { _type: 'SetComp'; elt: Expr; generators: Comprehension[]; }
export interface DictComp extends Pos { _type: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[]; }
export interface GeneratorExp extends Pos { _type: 'GeneratorExp'; elt: Expr; generators: Comprehension[]; }
export interface Yield extends Pos { _type: 'Yield'; value: Expr | null; }
export interface YieldFrom extends Pos { _type: 'YieldFrom'; value: Expr; }
export interface Compare extends Pos { _type: 'Compare'; left: Expr; ops: CompareOperator[]; comparators: Expr[]; }
export interface Call extends Pos { _type: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[]; }
/** conversion: -1 none, 115 's', 114 'r', 97 'a' (code points, as CPython). */
export interface FormattedValue extends Pos { _type: 'FormattedValue'; value: Expr; conversion: number; format_spec: JoinedStr | null; }
export interface JoinedStr extends Pos { _type: 'JoinedStr'; values: (Constant | FormattedValue)[]; }
export interface Constant extends Pos { _type: 'Constant'; value: ConstantValue; }
export interface Attribute extends Pos { _type: 'Attribute'; value: Expr; attr: string; ctx: Context; }
export interface Subscript extends Pos { _type: 'Subscript'; value: Expr; slice: Expr; ctx: Context; }
export interface Starred extends Pos { _type: 'Starred'; value: Expr; ctx: Context; }
export interface Name extends Pos { _type: 'Name'; id: string; ctx: Context; }
export interface List extends Pos { _type: 'List'; elts: Expr[]; ctx: Context; }
export interface Tuple extends Pos { _type: 'Tuple'; elts: Expr[]; ctx: Context; }
export interface Slice extends Pos { _type: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null; }

export type Expr = BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr | ListComp | SetComp | DictComp
  | GeneratorExp | Yield | YieldFrom | Compare | Call | FormattedValue | JoinedStr | Constant | Attribute | Subscript
  | Starred | Name | List | Tuple | Slice;

// ---- patterns (of match statements) ----
/** value: a literal (Constant, negative number UnaryOp, complex BinOp) or a dotted name (Attribute). */
export interface MatchValue extends Pos { _type: 'MatchValue'; value: Expr; }
/** `None`, `True`, `False`: compared by identity. */
export interface MatchSingleton extends Pos { _type: 'MatchSingleton'; value: null | boolean; }
export interface MatchSequence extends Pos { _type: 'MatchSequence'; patterns: Pattern[]; }
/** keys are literals or dotted names (as in MatchValue); rest is the name of `**rest`. */
export interface MatchMapping extends Pos { _type: 'MatchMapping'; keys: Expr[]; patterns: Pattern[]; rest: string | null; }
export interface MatchClass extends Pos { _type: 'MatchClass'; cls: Expr; patterns: Pattern[]; kwd_attrs: string[]; kwd_patterns: Pattern[]; }
/** `*name` in a sequence pattern; name null for `*_`. */
export interface MatchStar extends Pos { _type: 'MatchStar'; name: string | null; }
/** `pattern as name`; a bare capture has pattern null; the wildcard `_` has both null. */
export interface MatchAs extends Pos { _type: 'MatchAs'; pattern: Pattern | null; name: string | null; }
export interface MatchOr extends Pos { _type: 'MatchOr'; patterns: Pattern[]; }

export type Pattern = MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs | MatchOr;

// ---- other nodes ----
export interface Comprehension { _type: 'comprehension'; target: Expr; iter: Expr; ifs: Expr[]; is_async: number; }
export interface ExceptHandler extends Pos { _type: 'ExceptHandler'; type: Expr | null; name: string | null; body: Stmt[]; }
/** defaults belong to the last positional parameters (posonlyargs then args); kw_defaults has one entry per kwonlyarg, null where it has none. */
export interface Arguments { _type: 'arguments'; posonlyargs: Arg[]; args: Arg[]; vararg: Arg | null; kwonlyargs: Arg[]; kw_defaults: (Expr | null)[]; kwarg: Arg | null; defaults: Expr[]; }
export interface Arg extends Pos { _type: 'arg'; arg: string; annotation: Expr | null; }
/** arg null stands for `**value`. */
export interface Keyword extends Pos { _type: 'keyword'; arg: string | null; value: Expr; }
export interface Alias extends Pos { _type: 'alias'; name: string; asname: string | null; }
export interface MatchCase { _type: 'match_case'; pattern: Pattern; guard: Expr | null; body: Stmt[]; }
export interface WithItem { _type: 'withitem'; context_expr: Expr; optional_vars: Expr | null; }
