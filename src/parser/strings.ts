// String literals: prefixes, escape sequences, implicit concatenation and f-strings, with the
// node shapes and error messages of CPython 3.11 (which parses f-strings after tokenizing,
// from the text of each STRING token).

import type { Constant, Expr, FormattedValue, JoinedStr, Pos } from './ast.js';
import type { Token } from '../tokenizer/tokenizer.js';
import { UNICODE_NAMES } from '../tokenizer/unicode-names.js';

/** What the string code needs from the parser. */
export interface StringHost {
  /** Raises a SyntaxError located at the last token the parser has read (CPython's RAISE_SYNTAX_ERROR). */
  raise(msg: string): never;
  /** Raises a SyntaxError located at a token. */
  raiseAt(tok: Token, msg: string): never;
  /** Parses the expression between `start` and `end` (UTF-16 indices into `tok.value`). */
  parseFormattedExpr(tok: Token, start: number, end: number): Expr;
}

interface Literal {
  tok: Token;
  bytes: boolean;
  raw: boolean;
  fstring: boolean;
  /** UTF-16 indices of the text between the quotes, in tok.value. */
  start: number;
  end: number;
}

function splitLiteral(tok: Token): Literal {
  const text = tok.value;
  let i = 0;
  let bytes = false, raw = false, fstring = false;
  for (;; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c === 98) bytes = true;
    else if (c === 114) raw = true;
    else if (c === 102) fstring = true;
    else if (c !== 117) break;
  }
  const q = text.charCodeAt(i);
  const quoteLen = text.charCodeAt(i + 1) === q && text.charCodeAt(i + 2) === q && text.length - i >= 6 ? 3 : 1;
  return { tok, bytes, raw, fstring, start: i + quoteLen, end: text.length - quoteLen };
}

// ---- escapes ----

let unicodeNames: Map<string, number> | null = null;

function lookupUnicodeName(name: string): number | undefined {
  if (!unicodeNames) {
    unicodeNames = new Map();
    for (const entry of UNICODE_NAMES.split('|')) {
      const colon = entry.lastIndexOf(':');
      if (colon > 0) unicodeNames.set(entry.slice(0, colon), parseInt(entry.slice(colon + 1), 16));
    }
  }
  const upper = name.toUpperCase();
  const known = unicodeNames.get(upper);
  if (known !== undefined) return known;
  const cjk = /^CJK UNIFIED IDEOGRAPH-([0-9A-F]{4,5})$/.exec(upper);
  if (cjk) return parseInt(cjk[1], 16);
  return undefined;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 0x20;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}

/** Thrown by the escape decoder; the caller turns it into a SyntaxError. */
class EscapeError {
  constructor(readonly message: string) {}
}

/** Decodes backslash escapes in a str literal body. Positions in messages count as CPython's
 *  codec sees them: non-ASCII characters were expanded to 10-byte \U escapes first. */
function decodeStrEscapes(text: string, start: number, end: number): string {
  if (text.indexOf('\\', start) < 0 || text.indexOf('\\', start) >= end) return text.slice(start, end);
  const out: string[] = [];
  let runStart = start;
  let bytePos = 0;
  const byteLen = (from: number, to: number) => {
    let n = 0;
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c < 128) n++;
      else if (c < 0xdc00 || c > 0xdfff) n += 10;
    }
    return n;
  };
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c !== 92 || i + 1 >= end) { i++; continue; }
    out.push(text.slice(runStart, i));
    const escStart = bytePos + byteLen(runStart, i);
    const fail = (what: string, lastByte: number) => {
      throw new EscapeError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${escStart}-${lastByte}: ${what}`);
    };
    const e = text.charCodeAt(i + 1);
    let next = i + 2;
    switch (e) {
      case 10: break; // backslash-newline joins lines
      case 92: out.push('\\'); break;
      case 39: out.push("'"); break;
      case 34: out.push('"'); break;
      case 97: out.push('\x07'); break;
      case 98: out.push('\b'); break;
      case 102: out.push('\f'); break;
      case 110: out.push('\n'); break;
      case 114: out.push('\r'); break;
      case 116: out.push('\t'); break;
      case 118: out.push('\v'); break;
      case 120: case 117: case 85: {
        const digits = e === 120 ? 2 : e === 117 ? 4 : 8;
        let value = 0;
        let n = 0;
        while (n < digits && next < end && hexValue(text.charCodeAt(next)) >= 0) {
          value = value * 16 + hexValue(text.charCodeAt(next));
          next++; n++;
        }
        const name = e === 120 ? '\\xXX' : e === 117 ? '\\uXXXX' : '\\UXXXXXXXX';
        if (n < digits) fail(`truncated ${name} escape`, escStart + 1 + n);
        if (value > 0x10ffff) fail('illegal Unicode character', escStart + 1 + n);
        out.push(String.fromCodePoint(value));
        break;
      }
      case 78: { // \N{NAME}
        const hasBrace = next < end && text.charCodeAt(next) === 123;
        const close = hasBrace ? text.indexOf('}', next) : -1;
        if (!hasBrace) fail('malformed \\N character escape', escStart + 1);
        if (close < 0 || close >= end) fail('malformed \\N character escape', escStart + byteLen(i, end) - 1);
        if (close === next + 1) fail('malformed \\N character escape', escStart + 2);
        const cp = lookupUnicodeName(text.slice(next + 1, close));
        if (cp === undefined) fail('unknown Unicode character name', escStart + byteLen(i, close + 1) - 1);
        out.push(String.fromCodePoint(cp!));
        next = close + 1;
        break;
      }
      default:
        if (e >= 48 && e <= 55) {
          let value = e - 48;
          let n = 1;
          while (n < 3 && next < end && text.charCodeAt(next) >= 48 && text.charCodeAt(next) <= 55) {
            value = value * 8 + text.charCodeAt(next) - 48;
            next++; n++;
          }
          out.push(String.fromCodePoint(value));
        } else {
          // Unknown escapes keep their backslash (CPython only warns).
          next = i + 1;
          out.push('\\');
        }
    }
    bytePos = escStart + byteLen(i, next);
    i = next;
    runStart = next;
  }
  out.push(text.slice(runStart, end));
  return out.join('');
}

/** Decodes a bytes literal body. Non-ASCII characters have already been rejected. */
function decodeBytes(text: string, start: number, end: number, raw: boolean): Uint8Array {
  const out: number[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c !== 92 || raw || i + 1 >= end) { out.push(c); i++; continue; }
    const e = text.charCodeAt(i + 1);
    let next = i + 2;
    switch (e) {
      case 10: break;
      case 92: out.push(92); break;
      case 39: out.push(39); break;
      case 34: out.push(34); break;
      case 97: out.push(7); break;
      case 98: out.push(8); break;
      case 102: out.push(12); break;
      case 110: out.push(10); break;
      case 114: out.push(13); break;
      case 116: out.push(9); break;
      case 118: out.push(11); break;
      case 120: {
        const h1 = hexValue(text.charCodeAt(next));
        const h2 = next + 1 < end ? hexValue(text.charCodeAt(next + 1)) : -1;
        if (next >= end || h1 < 0 || h2 < 0) {
          throw new EscapeError(`(value error) invalid \\x escape at position ${i - start}`);
        }
        out.push(h1 * 16 + h2);
        next += 2;
        break;
      }
      default:
        if (e >= 48 && e <= 55) {
          let value = e - 48;
          let n = 1;
          while (n < 3 && next < end && text.charCodeAt(next) >= 48 && text.charCodeAt(next) <= 55) {
            value = value * 8 + text.charCodeAt(next) - 48;
            next++; n++;
          }
          out.push(value & 0xff);
        } else {
          out.push(92);
          next = i + 1;
        }
    }
    i = next;
  }
  return Uint8Array.from(out);
}

function decodeStr(host: StringHost, text: string, start: number, end: number, raw: boolean): string {
  if (raw) return text.slice(start, end);
  try {
    return decodeStrEscapes(text, start, end);
  } catch (e) {
    if (e instanceof EscapeError) host.raise(e.message);
    throw e;
  }
}

// ---- concatenation ----

/** Collects the parts of a (possibly f-) string concatenation the way CPython's FstringParser
 *  does: adjacent literal text is merged, empty text dropped. */
class PartsBuilder {
  private readonly values: (Constant | FormattedValue)[] = [];
  private text: string[] = [];

  constructor(private readonly where: Pos) {}

  addText(s: string): void {
    if (s.length > 0) this.text.push(s);
  }

  addValue(v: FormattedValue): void {
    this.flush(this.where);
    this.values.push(v);
  }

  private flush(where: Pos): void {
    if (this.text.length === 0) return;
    this.values.push({ _type: 'Constant', value: this.text.join(''), ...where });
    this.text = [];
  }

  /** The final literal text takes the position `lastWhere` (CPython quirk for format specs). */
  finish(lastWhere: Pos, joinedWhere: Pos): JoinedStr {
    this.flush(lastWhere);
    return { _type: 'JoinedStr', values: this.values, ...joinedWhere };
  }

  get hasText(): boolean { return this.text.length > 0; }
  joinedText(): string { return this.text.join(''); }
}

function tokenPos(first: Token, last: Token): Pos {
  return { lineno: first.lineno, col_offset: first.col, end_lineno: last.end_lineno, end_col_offset: last.end_col };
}

/** Builds the node for one or more adjacent STRING tokens. */
export function concatenateStrings(host: StringHost, tokens: Token[]): Expr {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  const where = tokenPos(first, last);
  const literals = tokens.map(splitLiteral);
  const bytesMode = literals[0].bytes;
  let anyF = false;
  for (let i = 0; i < literals.length; i++) {
    const lit = literals[i];
    if (i > 0 && lit.bytes !== bytesMode) host.raise('cannot mix bytes and nonbytes literals');
    if (lit.fstring) anyF = true;
    if (lit.bytes && /[^\x00-\x7f]/.test(lit.tok.value.slice(lit.start, lit.end))) {
      host.raiseAt(lit.tok, 'bytes can only contain ASCII literal characters');
    }
  }
  if (bytesMode) {
    const parts = literals.map(lit => decodeBytesOrRaise(host, lit));
    return { _type: 'Constant', value: { bytes: concatBytes(parts) }, ...where };
  }
  const builder = new PartsBuilder(where);
  for (const lit of literals) {
    if (lit.fstring) {
      new FStringScanner(host, lit, where, 0).scanInto(builder);
    } else {
      builder.addText(decodeStr(host, lit.tok.value, lit.start, lit.end, lit.raw));
    }
  }
  if (!anyF) return { _type: 'Constant', value: builder.joinedText(), ...where };
  return builder.finish(where, where);
}

function decodeBytesOrRaise(host: StringHost, lit: Literal): Uint8Array {
  try {
    return decodeBytes(lit.tok.value, lit.start, lit.end, lit.raw);
  } catch (e) {
    if (e instanceof EscapeError) host.raise(e.message);
    throw e;
  }
}

function concatBytes(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let k = 0;
  for (const p of parts) { out.set(p, k); k += p.length; }
  return out;
}

// ---- f-strings ----

const MAX_FSTRING_NESTING = 200;

function isFStringSpace(c: number): boolean { return c === 32 || c === 9 || c === 10 || c === 12; }

/** Scans the text of one f-string token (or of a nested format spec inside it). */
class FStringScanner {
  private readonly text: string;
  private i: number;
  private readonly end: number;

  constructor(private readonly host: StringHost, private readonly lit: Literal, private readonly where: Pos,
              private readonly depth: number, start?: number) {
    this.text = lit.tok.value;
    this.i = start ?? lit.start;
    this.end = lit.end;
  }

  get position(): number { return this.i; }

  /** Adds literal text and formatted values to `builder` until the end of the string, or
   *  until the closing '}' of a format spec when nested. */
  scanInto(builder: PartsBuilder): void {
    for (;;) {
      const again = this.literal(builder);
      if (again) continue;
      if (this.i >= this.end || this.text.charCodeAt(this.i) === 125 /* } */) break;
      builder.addValue(this.formattedValue(builder));
    }
    if (this.depth === 0 && this.i < this.end) this.host.raise("f-string: unexpected end of string");
    if (this.depth !== 0 && this.text.charCodeAt(this.i) !== 125) this.host.raise("f-string: expecting '}'");
  }

  /** Reads literal text up to a '{' or '}'. Returns true after a doubled brace, whose single
   *  brace has been added as text, meaning scanning should simply continue. */
  private literal(builder: PartsBuilder): boolean {
    const { text, end } = this;
    const start = this.i;
    let s = start;
    let doubled = false;
    while (s < end) {
      let ch = text.charCodeAt(s++);
      if (!this.lit.raw && ch === 92 && s < end) {
        ch = text.charCodeAt(s++);
        if (ch === 78 /* N */) {
          // Braces of \N{...} are part of the escape.
          if (s < end && text.charCodeAt(s++) === 123) {
            while (s < end && text.charCodeAt(s++) !== 125) { /* skip the name */ }
          }
          continue;
        }
      }
      if (ch === 123 || ch === 125) {
        if (this.depth === 0) {
          if (s < end && text.charCodeAt(s) === ch) { doubled = true; break; }
          if (ch === 125) { this.i = s - 1; this.host.raise("f-string: single '}' is not allowed"); }
        }
        s--;
        break;
      }
    }
    this.i = doubled ? s + 1 : s;
    if (s > start) builder.addText(decodeStr(this.host, text, start, s, this.lit.raw));
    return doubled;
  }

  /** Parses `{expr[=][!conv][:spec]}` starting at '{'. */
  private formattedValue(builder: PartsBuilder): FormattedValue {
    const host = this.host;
    if (this.depth >= 2) host.raise('f-string: expressions nested too deeply');
    const text = this.text;
    const end = this.end;
    this.i++;
    const exprStart = this.i;
    const exprEnd = this.findExpressionEnd();
    if (this.i >= end) host.raise("f-string: expecting '}'");
    const value = this.compileExpr(exprStart, exprEnd);
    let debugText = false;
    if (text.charCodeAt(this.i) === 61 /* = */) {
      this.i++;
      while (this.i < end && isSpaceAscii(text.charCodeAt(this.i))) this.i++;
      if (this.i >= end) host.raise("f-string: expecting '}'");
      builder.addText(text.slice(exprStart, this.i));
      debugText = true;
    }
    let conversion = -1;
    if (text.charCodeAt(this.i) === 33 /* ! */) {
      this.i++;
      if (this.i >= end) host.raise("f-string: expecting '}'");
      conversion = text.charCodeAt(this.i);
      this.i++;
      if (conversion !== 115 && conversion !== 114 && conversion !== 97) {
        host.raise("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
    }
    let formatSpec: JoinedStr | null = null;
    if (this.i < end && text.charCodeAt(this.i) === 58 /* : */) {
      this.i++;
      if (this.i >= end) host.raise("f-string: expecting '}'");
      formatSpec = this.formatSpec();
    }
    if (this.i >= end || text.charCodeAt(this.i) !== 125) host.raise("f-string: expecting '}'");
    this.i++;
    if (debugText && formatSpec === null && conversion === -1) conversion = 114;
    return { _type: 'FormattedValue', value, conversion, format_spec: formatSpec, ...this.where };
  }

  private formatSpec(): JoinedStr {
    const nested = new FStringScanner(this.host, this.lit, this.where, this.depth + 1, this.i);
    const builder = new PartsBuilder(this.where);
    nested.scanInto(builder);
    this.i = nested.position;
    // CPython locates the spec (and its trailing text) at this token alone, not the whole concatenation.
    const tokWhere = tokenPos(this.lit.tok, this.lit.tok);
    return builder.finish(tokWhere, tokWhere);
  }

  /** Finds where the expression text ends: at '!', ':', '=' or '}' outside brackets and strings. */
  private findExpressionEnd(): number {
    const { host, text, end } = this;
    let quote = 0;
    let tripleQuote = false;
    const brackets: number[] = [];
    for (; this.i < end; this.i++) {
      const ch = text.charCodeAt(this.i);
      if (ch === 92) host.raise('f-string expression part cannot include a backslash');
      if (quote !== 0) {
        if (ch !== quote) continue;
        if (!tripleQuote) { quote = 0; continue; }
        if (this.i + 2 < end && text.charCodeAt(this.i + 1) === ch && text.charCodeAt(this.i + 2) === ch) {
          this.i += 2;
          quote = 0;
        }
        continue;
      }
      if (ch === 39 || ch === 34) {
        tripleQuote = this.i + 2 < end && text.charCodeAt(this.i + 1) === ch && text.charCodeAt(this.i + 2) === ch;
        if (tripleQuote) this.i += 2;
        quote = ch;
      } else if (ch === 91 || ch === 123 || ch === 40) {
        if (brackets.length >= MAX_FSTRING_NESTING) host.raise('f-string: too many nested parenthesis');
        brackets.push(ch);
      } else if (ch === 35) {
        host.raise("f-string expression part cannot include '#'");
      } else if (brackets.length === 0 && (ch === 33 || ch === 58 || ch === 125 || ch === 61 || ch === 62 || ch === 60)) {
        // '!=', '==', '<=' and '>=' are operators, and lone '<' '>' never end the expression.
        if (this.i + 1 < end && text.charCodeAt(this.i + 1) === 61 && ch !== 58 && ch !== 125) { this.i++; continue; }
        if (ch === 62 || ch === 60) continue;
        break;
      } else if (ch === 93 || ch === 125 || ch === 41) {
        const open = brackets.pop();
        if (open === undefined) host.raise(`f-string: unmatched '${String.fromCharCode(ch)}'`);
        if ((open === 40 && ch !== 41) || (open === 91 && ch !== 93) || (open === 123 && ch !== 125)) {
          host.raise(`f-string: closing parenthesis '${String.fromCharCode(ch)}' does not match opening parenthesis '${String.fromCharCode(open!)}'`);
        }
      }
    }
    if (quote !== 0) host.raise('f-string: unterminated string');
    if (brackets.length > 0) host.raise(`f-string: unmatched '${String.fromCharCode(brackets[brackets.length - 1])}'`);
    return this.i;
  }

  private compileExpr(start: number, end: number): Expr {
    let k = start;
    while (k < end && isFStringSpace(this.text.charCodeAt(k))) k++;
    if (k === end) {
      const next = this.text.charAt(end);
      if (next === '!' || next === ':' || next === '=') this.host.raise(`f-string: expression required before '${next}'`);
      this.host.raise('f-string: empty expression not allowed');
    }
    return this.host.parseFormattedExpr(this.lit.tok, start, end);
  }
}

function isSpaceAscii(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}
