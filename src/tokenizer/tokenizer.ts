// Python 3.11 tokenizer. It turns source text into the tokens the parser consumes, following
// CPython's tokenizer closely enough that errors carry the same messages and positions.
//
// Positions are 1-based lines and 0-based columns counted in code points. The whole source is
// tokenized up front; a tokenizer error does not throw here but ends the token list with an
// ERRORTOKEN that carries the error, because CPython reads tokens lazily and a parser error
// found earlier in the file must win over a tokenizer error found later.

import { PySyntaxError } from '../parser/errors.js';

export const enum TokenType {
  NAME, KEYWORD, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER, ERRORTOKEN,
}

export interface Token {
  type: TokenType;
  /** NAME: the NFKC-normalised identifier; KEYWORD/OP: its text; NUMBER/STRING: the raw source text. */
  value: string;
  lineno: number;
  /** -1 for INDENT, DEDENT and ENDMARKER, which CPython gives no column; see `errCol`. */
  col: number;
  end_lineno: number;
  end_col: number;
  /** Column CPython reports when an error is located at a token without a column. */
  errCol: number;
  /** Bracket nesting depth before this token. */
  level: number;
  /** ERRORTOKEN only: the error, and whether it is a real exception in CPython's tokenizer
   *  (these replace a parser error found earlier; state-only errors such as bad dedents do not). */
  error?: PySyntaxError;
  raises?: boolean;
  /** ERRORTOKEN at end of file inside brackets: line of the innermost unclosed bracket. */
  parenLine?: number;
}

export const KEYWORDS: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
  'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

const TAB_SIZE = 8;
const MAX_INDENT = 100;
const MAX_PAREN_LEVEL = 200;

const OPS3: ReadonlySet<string> = new Set(['**=', '...', '//=', '<<=', '>>=']);
const OPS2: ReadonlySet<string> = new Set([
  '!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=', '<<', '<=', '<>', '==', '>=', '>>', '@=', '^=', '|=',
]);

const enum C {
  TAB = 9, LF = 10, FF = 12, SPACE = 32, QUOTE2 = 34, HASH = 35, QUOTE1 = 39, DOT = 46,
  D0 = 48, D1 = 49, D7 = 55, D9 = 57, BACKSLASH = 92, UNDERSCORE = 95,
}

function isDigit(c: number): boolean { return c >= 48 && c <= 57; }
function isHexDigit(c: number): boolean { return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70); }
function isAsciiLetter(c: number): boolean { return (c >= 97 && c <= 122) || (c >= 65 && c <= 90); }
/** Characters CPython lets start a name before checking them properly. */
function isPotentialIdentifierStart(c: number): boolean { return isAsciiLetter(c) || c === C.UNDERSCORE || c >= 128; }
function isPotentialIdentifierChar(c: number): boolean { return isPotentialIdentifierStart(c) || isDigit(c); }

const XID_START = /^[\p{XID_Start}_]$/u;
const XID_CONTINUE = /^\p{XID_Continue}$/u;
const NOT_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

/** Source text with CPython's newline handling: CRLF and CR become LF, and a final LF is ensured. */
export function normalizeNewlines(source: string): string {
  if (source.includes('\r')) source = source.replace(/\r\n?/g, '\n');
  if (source.length > 0 && !source.endsWith('\n')) source += '\n';
  return source;
}

/** The lines of `source` (already normalised), each with its newline. */
export function splitLines(source: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (;;) {
    const nl = source.indexOf('\n', start);
    if (nl < 0) break;
    lines.push(source.slice(start, nl + 1));
    start = nl + 1;
  }
  if (start < source.length) lines.push(source.slice(start));
  return lines;
}

class Tokenizer {
  private readonly src: string;
  private readonly filename: string;
  private readonly hasAstral: boolean;
  private readonly tokens: Token[] = [];
  private pos = 0;
  private lineno = 1;
  private lineStart = 0;
  private atLineStart = true;
  private readonly indents: number[] = [0];
  private readonly altIndents: number[] = [0];
  /** Open brackets: character, line, column. */
  private readonly parens: { ch: string; lineno: number; col: number }[] = [];
  private failed = false;
  private readonly firstLine: number;

  constructor(src: string, filename: string, firstLine: number) {
    this.src = src;
    this.lineno = firstLine;
    this.firstLine = firstLine;
    this.filename = filename;
    this.hasAstral = /[\uD800-\uDFFF]/.test(src);
  }

  run(): Token[] {
    while (!this.failed) {
      if (this.atLineStart && !this.readIndentation()) continue;
      if (this.failed) break;
      if (!this.nextToken()) break;
    }
    return this.tokens;
  }

  // ---- positions ----

  /** Column of a UTF-16 index on the current line, in code points. */
  private colAt(index: number, lineStart = this.lineStart): number {
    if (!this.hasAstral) return index - lineStart;
    let col = 0;
    for (let i = lineStart; i < index; i++) {
      const c = this.src.charCodeAt(i);
      if (c < 0xdc00 || c > 0xdfff) col++;
    }
    return col;
  }

  private lineText(lineStart: number, keepNewline: boolean): string {
    let end = this.src.indexOf('\n', lineStart);
    if (end < 0) end = this.src.length;
    else if (keepNewline) end++;
    return this.src.slice(lineStart, end);
  }

  private push(type: TokenType, value: string, startIndex: number, startLine: number, startLineStart: number): Token {
    const col = this.colAt(startIndex, startLineStart);
    const tok: Token = {
      type, value, lineno: startLine, col, end_lineno: this.lineno, end_col: this.colAt(this.pos),
      errCol: col + 1, level: this.parens.length,
    };
    this.tokens.push(tok);
    return tok;
  }

  /** INDENT, DEDENT and ENDMARKER have no column in CPython; errors there point at `errCol`. */
  private pushMarker(type: TokenType, errCol: number): void {
    this.tokens.push({
      type, value: '', lineno: this.lineno, col: -1, end_lineno: this.lineno, end_col: -1, errCol, level: 0,
    });
  }

  // ---- errors ----

  private makeError(kind: 'SyntaxError' | 'IndentationError' | 'TabError', msg: string, lineno: number,
                    offset: number, endOffset: number, lineStart: number, keepNewline = false): PySyntaxError {
    return new PySyntaxError(kind, msg, this.filename, lineno, offset, this.lineText(lineStart, keepNewline), lineno, endOffset);
  }

  /** Ends the token list with an error. `raises` marks errors CPython raises as exceptions in its tokenizer. */
  private fail(error: PySyntaxError, raises: boolean, parenLine?: number): false {
    this.tokens.push({
      type: TokenType.ERRORTOKEN, value: '', lineno: error.lineno, col: error.offset - 1, end_lineno: error.lineno,
      end_col: error.offset - 1, errCol: error.offset, level: this.parens.length, error, raises, parenLine,
    });
    this.failed = true;
    return false;
  }

  /** CPython's usual tokenizer error: located just before index `at` on the current line. */
  private syntaxError(msg: string, at: number = this.pos, endAt?: number): false {
    const offset = this.colAt(at);
    const end = endAt === undefined ? offset : this.colAt(endAt);
    return this.fail(this.makeError('SyntaxError', msg, this.lineno, offset, end, this.lineStart), true);
  }

  // ---- indentation ----

  /** Measures the indentation of a new logical line and queues INDENT/DEDENT tokens.
   *  Returns false when the line was blank (and consumed) or an error occurred. */
  private readIndentation(): boolean {
    const src = this.src;
    let col = 0;
    let altCol = 0;
    // With a backslash continuation inside the indentation, the first physical line decides.
    let contCol = 0;
    let i = this.pos;
    for (; i < src.length; i++) {
      const c = src.charCodeAt(i);
      if (c === C.SPACE) { col++; altCol++; }
      else if (c === C.TAB) { col = (Math.floor(col / TAB_SIZE) + 1) * TAB_SIZE; altCol++; }
      else if (c === C.FF) { col = altCol = 0; }
      else if (c === C.BACKSLASH) {
        contCol = contCol || col;
        this.pos = i;
        if (!this.continueLine()) return false;
        i = this.pos - 1;
      }
      else break;
    }
    this.pos = i;
    this.atLineStart = false;
    if (contCol) { col = contCol; altCol = contCol; }
    if (i >= src.length) return true;
    const c = src.charCodeAt(i);
    if (c === C.HASH || c === C.LF) {
      // Blank and comment-only lines do not affect indentation and produce no NEWLINE.
      this.skipComment();
      if (this.pos < src.length) this.newLine(this.pos + 1);
      return false;
    }
    if (this.parens.length > 0) return true;
    const errCol = this.colAt(i);
    const top = this.indents.length - 1;
    if (col === this.indents[top]) {
      if (altCol !== this.altIndents[top]) return this.tabError();
    } else if (col > this.indents[top]) {
      if (this.indents.length >= MAX_INDENT) {
        return this.fail(this.makeError('IndentationError', 'too many levels of indentation', this.lineno, 1, 0, this.lineStart, true), false);
      }
      if (altCol <= this.altIndents[top]) return this.tabError();
      this.indents.push(col);
      this.altIndents.push(altCol);
      this.pushMarker(TokenType.INDENT, errCol);
    } else {
      // CPython checks the target level before it hands out any DEDENT.
      let depth = this.indents.length - 1;
      while (depth > 0 && col < this.indents[depth]) depth--;
      if (col !== this.indents[depth]) {
        const lineLen = this.colAt(this.lineEnd());
        return this.fail(this.makeError('IndentationError', 'unindent does not match any outer indentation level',
          this.lineno, lineLen + 1, -1, this.lineStart, true), false);
      }
      if (altCol !== this.altIndents[depth]) return this.tabError();
      while (this.indents.length - 1 > depth) {
        this.indents.pop();
        this.altIndents.pop();
        this.pushMarker(TokenType.DEDENT, errCol);
      }
    }
    return true;
  }

  private tabError(): false {
    return this.fail(this.makeError('TabError', 'inconsistent use of tabs and spaces in indentation',
      this.lineno, 1, 0, this.lineStart, true), false);
  }

  private lineEnd(): number {
    const nl = this.src.indexOf('\n', this.lineStart);
    return nl < 0 ? this.src.length : nl;
  }

  private newLine(nextLineStart: number): void {
    this.pos = nextLineStart;
    this.lineStart = nextLineStart;
    this.lineno++;
    this.atLineStart = this.parens.length === 0;
  }

  private skipComment(): void {
    if (this.pos < this.src.length && this.src.charCodeAt(this.pos) === C.HASH) {
      const nl = this.src.indexOf('\n', this.pos);
      this.pos = nl < 0 ? this.src.length : nl;
    }
  }

  // ---- tokens ----

  /** Reads one token (skipping spaces and comments). Returns false at the end. */
  private nextToken(): boolean {
    const src = this.src;
    let c = this.skipSpaces();
    // A NEWLINE after a comment starts where the comment does, as in CPython.
    const commentStart = this.pos;
    if (c === C.HASH) { this.skipComment(); c = this.pos < src.length ? src.charCodeAt(this.pos) : -1; }
    if (c < 0) return this.endOfFile();
    const start = this.pos;
    if (c === C.LF) {
      if (this.parens.length === 0) {
        this.push(TokenType.NEWLINE, '', commentStart, this.lineno, this.lineStart).end_col = this.colAt(start);
      }
      this.newLine(start + 1);
      return true;
    }
    if (c === C.BACKSLASH) return this.continueLine();
    if (isPotentialIdentifierStart(c)) return this.nameOrString();
    if (isDigit(c) || (c === C.DOT && isDigit(src.charCodeAt(start + 1)))) return this.number();
    if (c === C.QUOTE1 || c === C.QUOTE2) return this.string(start);
    return this.operator();
  }

  private skipSpaces(): number {
    const src = this.src;
    let i = this.pos;
    for (; i < src.length; i++) {
      const c = src.charCodeAt(i);
      if (c !== C.SPACE && c !== C.TAB && c !== C.FF) break;
    }
    this.pos = i;
    return i < src.length ? src.charCodeAt(i) : -1;
  }

  private endOfFile(): false {
    if (this.parens.length > 0) {
      const open = this.parens[this.parens.length - 1];
      const err = new PySyntaxError('SyntaxError', `'${open.ch}' was never closed`, this.filename, open.lineno,
        open.col + 1, this.lineTextAt(open.lineno), open.lineno, 0);
      return this.fail(err, false, open.lineno);
    }
    // CPython stays on the last line at the end of input, pointing just past its newline.
    if (this.lineStart === this.src.length && this.lineStart > 0) {
      this.lineno--;
      this.lineStart = this.src.lastIndexOf('\n', this.lineStart - 2) + 1;
    }
    const errCol = this.colAt(this.src.length);
    for (let n = this.indents.length - 1; n > 0; n--) this.pushMarker(TokenType.DEDENT, errCol);
    this.indents.length = 1;
    this.pushMarker(TokenType.ENDMARKER, errCol);
    return false;
  }

  private lineTextAt(lineno: number): string {
    return splitLines(this.src)[lineno - this.firstLine] ?? '';
  }

  /** Handles a backslash at this.pos: it must end the line, and more input must follow. */
  private continueLine(): boolean {
    const src = this.src;
    const next = this.pos + 1;
    if (next >= src.length || src.charCodeAt(next) !== C.LF) {
      const col = this.colAt(next);
      return this.fail(this.makeError('SyntaxError', 'unexpected character after line continuation character',
        this.lineno, col + 1, 0, this.lineStart, true), false);
    }
    if (next + 1 >= src.length) {
      const col = this.colAt(next);
      return this.fail(this.makeError('SyntaxError', 'unexpected EOF while parsing',
        this.lineno, col + 1, -1, this.lineStart, true), false);
    }
    this.pos = next + 1;
    this.lineStart = next + 1;
    this.lineno++;
    return true;
  }

  private nameOrString(): boolean {
    const src = this.src;
    const start = this.pos;
    // A run of string prefix letters directly followed by a quote starts a string.
    let sawB = false, sawR = false, sawU = false, sawF = false;
    let i = start;
    for (;;) {
      const c = src.charCodeAt(i) | 0x20;
      if (c === 98 /* b */ && !(sawB || sawU || sawF)) sawB = true;
      else if (c === 117 /* u */ && !(sawB || sawU || sawR || sawF)) sawU = true;
      else if (c === 114 /* r */ && !(sawR || sawU)) sawR = true;
      else if (c === 102 /* f */ && !(sawF || sawB || sawU)) sawF = true;
      else break;
      i++;
      const q = src.charCodeAt(i);
      if (q === C.QUOTE1 || q === C.QUOTE2) { this.pos = i; return this.string(start); }
    }
    i = start;
    let nonAscii = false;
    while (i < src.length) {
      const c = src.charCodeAt(i);
      if (!isPotentialIdentifierChar(c)) break;
      if (c >= 128) nonAscii = true;
      i++;
    }
    this.pos = i;
    let name = src.slice(start, i);
    if (nonAscii) {
      if (!this.verifyIdentifier(name, start)) return false;
      name = name.normalize('NFKC');
    }
    this.push(KEYWORDS.has(name) ? TokenType.KEYWORD : TokenType.NAME, name, start, this.lineno, this.lineStart);
    return true;
  }

  /** Reports the first character that cannot be part of an identifier, as CPython does. */
  private verifyIdentifier(name: string, start: number): boolean {
    let index = 0;
    let first = true;
    for (const ch of name) {
      const ok = first ? XID_START.test(ch) : XID_CONTINUE.test(ch);
      if (!ok) {
        const cp = ch.codePointAt(0)!;
        const hex = cp.toString(16).toUpperCase().padStart(4, '0');
        const msg = NOT_PRINTABLE.test(ch) ? `invalid non-printable character U+${hex}` : `invalid character '${ch}' (U+${hex})`;
        return this.syntaxError(msg, start + index + ch.length);
      }
      first = false;
      index += ch.length;
    }
    return true;
  }

  // ---- numbers ----

  private number(): boolean {
    const start = this.pos;
    const src = this.src;
    let i = start;
    const c0 = src.charCodeAt(i);
    if (c0 === C.D0) {
      const x = src.charCodeAt(i + 1) | 0x20;
      if (x === 120 /* x */) return this.radixNumber(start, i + 2, 16, 'hexadecimal');
      if (x === 111 /* o */) return this.radixNumber(start, i + 2, 8, 'octal');
      if (x === 98 /* b */) return this.radixNumber(start, i + 2, 2, 'binary');
      return this.zeroNumber(start);
    }
    if (c0 === C.DOT) return this.fraction(start, i + 1);
    i = this.decimalTail(i);
    if (i < 0) return false;
    return this.afterIntegerPart(start, i);
  }

  /** Skips digits with single underscores between them, starting at a digit. Returns -1 on error. */
  private decimalTail(i: number): number {
    const src = this.src;
    for (;;) {
      while (isDigit(src.charCodeAt(i))) i++;
      if (src.charCodeAt(i) !== C.UNDERSCORE) return i;
      i++;
      if (!isDigit(src.charCodeAt(i))) { this.syntaxError('invalid decimal literal', i); return -1; }
    }
  }

  private afterIntegerPart(start: number, i: number): boolean {
    const c = this.src.charCodeAt(i);
    if (c === C.DOT) return this.fraction(start, i + 1);
    return this.exponentAndImaginary(start, i);
  }

  private fraction(start: number, i: number): boolean {
    if (isDigit(this.src.charCodeAt(i))) {
      i = this.decimalTail(i);
      if (i < 0) return false;
    }
    return this.exponentAndImaginary(start, i);
  }

  private exponentAndImaginary(start: number, i: number): boolean {
    const src = this.src;
    let c = src.charCodeAt(i);
    if ((c | 0x20) === 101 /* e */) {
      let j = i + 1;
      const sign = src.charCodeAt(j);
      if (sign === 43 || sign === 45) {
        j++;
        if (!isDigit(src.charCodeAt(j))) return this.syntaxError('invalid decimal literal', j);
      } else if (!isDigit(sign)) {
        // Not an exponent after all: the number ends before the 'e'.
        if (!this.verifyEndOfNumber(i, 'decimal')) return false;
        return this.emitNumber(start, i);
      }
      i = this.decimalTail(j);
      if (i < 0) return false;
      c = src.charCodeAt(i);
    }
    if ((c | 0x20) === 106 /* j */) {
      i++;
      if (!this.verifyEndOfNumber(i, 'imaginary')) return false;
    } else if (!this.verifyEndOfNumber(i, 'decimal')) {
      return false;
    }
    return this.emitNumber(start, i);
  }

  /** A number starting with 0 that is not hex/octal/binary: only zeros unless it is a float. */
  private zeroNumber(start: number): boolean {
    const src = this.src;
    let i = start + 1;
    for (;;) {
      let c = src.charCodeAt(i);
      if (c === C.UNDERSCORE) {
        i++;
        c = src.charCodeAt(i);
        if (!isDigit(c)) return this.syntaxError('invalid decimal literal', i);
      }
      if (c !== C.D0) break;
      i++;
    }
    const zerosEnd = i;
    let nonZero = false;
    if (isDigit(src.charCodeAt(i))) {
      nonZero = true;
      i = this.decimalTail(i);
      if (i < 0) return false;
    }
    const c = src.charCodeAt(i);
    if (c === C.DOT) return this.fraction(start, i + 1);
    if ((c | 0x20) === 101 || (c | 0x20) === 106) return this.exponentAndImaginary(start, i);
    if (nonZero) {
      this.pos = i;
      return this.syntaxError('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
        start + 1, zerosEnd);
    }
    if (!this.verifyEndOfNumber(i, 'decimal')) return false;
    return this.emitNumber(start, i);
  }

  private radixNumber(start: number, i: number, radix: number, kind: string): boolean {
    const src = this.src;
    const isRadixDigit = (c: number) => radix === 16 ? isHexDigit(c) : c >= C.D0 && c < C.D0 + radix;
    for (;;) {
      let c = src.charCodeAt(i);
      if (c === C.UNDERSCORE) { i++; c = src.charCodeAt(i); }
      if (!isRadixDigit(c)) {
        if (radix !== 16 && isDigit(c)) return this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`, i + 1);
        return this.syntaxError(`invalid ${kind} literal`, i);
      }
      while (isRadixDigit(src.charCodeAt(i))) i++;
      if (src.charCodeAt(i) !== C.UNDERSCORE) break;
    }
    const c = src.charCodeAt(i);
    if (radix !== 16 && isDigit(c)) return this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`, i + 1);
    if (!this.verifyEndOfNumber(i, kind)) return false;
    return this.emitNumber(start, i);
  }

  /** A number directly followed by a name character is an error, except before the keywords
   *  that may follow a number in valid code (CPython only warns there). */
  private verifyEndOfNumber(i: number, kind: string): boolean {
    const src = this.src;
    const c = src.charCodeAt(i);
    // Only ASCII name characters count here: CPython 3.11 reads the byte as a signed char.
    if (Number.isNaN(c) || c >= 128 || !isPotentialIdentifierChar(c)) return true;
    for (const kw of ['and', 'else', 'for', 'if', 'in', 'is', 'or', 'not']) {
      if (src.startsWith(kw, i)) return true;
    }
    return this.syntaxError(`invalid ${kind} literal`, i);
  }

  private emitNumber(start: number, end: number): boolean {
    this.pos = end;
    this.push(TokenType.NUMBER, this.src.slice(start, end), start, this.lineno, this.lineStart);
    return true;
  }

  // ---- strings ----

  /** Scans a string literal whose prefix starts at `start` and whose opening quote is at this.pos. */
  private string(start: number): boolean {
    const src = this.src;
    const quote = src.charCodeAt(this.pos);
    const startLine = this.lineno;
    const startLineStart = this.lineStart;
    let i = this.pos + 1;
    let triple = false;
    if (src.charCodeAt(i) === quote && src.charCodeAt(i + 1) === quote) { triple = true; i += 2; }
    for (;;) {
      if (i >= src.length || (!triple && src.charCodeAt(i) === C.LF)) {
        return this.unterminatedString(start, startLine, startLineStart, triple, i);
      }
      const c = src.charCodeAt(i);
      if (c === quote) {
        if (!triple) { i++; break; }
        if (src.charCodeAt(i + 1) === quote && src.charCodeAt(i + 2) === quote) { i += 3; break; }
        i++;
      } else if (c === C.BACKSLASH) {
        if (src.charCodeAt(i + 1) === C.LF) this.countNewline(i + 1);
        i += 2;
      } else {
        if (c === C.LF) this.countNewline(i);
        i++;
      }
    }
    this.pos = i;
    this.push(TokenType.STRING, src.slice(start, i), start, startLine, startLineStart);
    return true;
  }

  private countNewline(index: number): void {
    this.lineno++;
    this.lineStart = index + 1;
  }

  private unterminatedString(start: number, startLine: number, startLineStart: number, triple: boolean, at: number): false {
    // The error is reported at the start of the string, naming the line where the end was expected.
    let detected = this.lineno;
    if (at >= this.src.length && at > 0 && this.src.charCodeAt(at - 1) === C.LF && this.lineStart === at) detected--;
    const msg = triple
      ? `unterminated triple-quoted string literal (detected at line ${detected})`
      : `unterminated string literal (detected at line ${detected})`;
    const offset = this.colAt(start, startLineStart) + 1;
    return this.fail(this.makeError('SyntaxError', msg, startLine, offset, offset, startLineStart), true);
  }

  // ---- operators ----

  private operator(): boolean {
    const src = this.src;
    const start = this.pos;
    let op = src.substr(start, 3);
    if (!OPS3.has(op)) {
      op = op.slice(0, 2);
      if (!OPS2.has(op)) op = op.slice(0, 1);
    }
    const cp = src.charCodeAt(start);
    this.pos = start + op.length;
    if (op === '(' || op === '[' || op === '{') {
      if (this.parens.length >= MAX_PAREN_LEVEL) return this.syntaxError('too many nested parentheses');
      this.parens.push({ ch: op, lineno: this.lineno, col: this.colAt(start) });
    } else if (op === ')' || op === ']' || op === '}') {
      if (!this.closeBracket(op)) return false;
    } else if (cp < 32 && cp !== C.FF) {
      // Control characters are not tokens at all.
      return this.syntaxError(`invalid non-printable character U+${cp.toString(16).toUpperCase().padStart(4, '0')}`);
    }
    this.push(TokenType.OP, op, start, this.lineno, this.lineStart);
    return true;
  }

  private closeBracket(op: string): boolean {
    const open = this.parens.pop();
    if (!open) return this.syntaxError(`unmatched '${op}'`);
    const expected = open.ch === '(' ? ')' : open.ch === '[' ? ']' : '}';
    if (expected !== op) {
      const where = open.lineno !== this.lineno ? ` on line ${open.lineno}` : '';
      return this.syntaxError(`closing parenthesis '${op}' does not match opening parenthesis '${open.ch}'${where}`);
    }
    return true;
  }
}

/** Tokenizes a whole module. The source must already be normalised with `normalizeNewlines`.
 *  The result ends with ENDMARKER, or with an ERRORTOKEN carrying the first tokenizer error. */
export function tokenize(source: string, filename: string, firstLine = 1): Token[] {
  return new Tokenizer(source, filename, firstLine).run();
}
