// _re: the core of the re module. Python's regular-expression syntax is translated to a V8
// RegExp (flags 'v' for Unicode sets and 'd' for group indices) and matched by V8; lib/re.py
// builds Pattern and Match objects on top.
//
// The translation never relies on JS's own '^', '$', '.', '\b', '\d', '\w', '\s' (their JS
// meanings differ from Python's): every one of them is spelled out with lookarounds and sets.
// Capture groups are named g1, g2, ... in the JS source so that the extra groups used to emulate
// atomic groups and possessive repeats do not disturb the numbering.

import { NULL, Ref } from '../../gc/layout.js';
import { dictSet, newDict } from '../objects/dict.js';
import { newInt, intValue } from '../objects/int.js';
import { NONE } from '../objects/statics.js';
import { newStr, strCodePointIndex, strLength, strSubstring, strUnitIndex, strValue } from '../objects/str.js';
import { newTuple, tupleItems } from '../objects/tuple.js';
import { newList } from '../objects/list.js';
import { defFunction } from '../runtime/native.js';

const F_IGNORECASE = 2;
const F_LOCALE = 4;
const F_MULTILINE = 8;
const F_DOTALL = 16;
const F_UNICODE = 32;
const F_VERBOSE = 64;
const F_ASCII = 256;

const FLAG_LETTERS: Record<string, number> = {
  a: F_ASCII, i: F_IGNORECASE, L: F_LOCALE, m: F_MULTILINE, s: F_DOTALL, u: F_UNICODE, x: F_VERBOSE,
};

/** A pattern error: CPython's message and the code-point position it refers to. */
class PatternError {
  constructor(readonly msg: string, readonly pos: number) {}
}

// Sets used for Python's str-pattern classes (Unicode unless the ASCII flag is given).
const WORD_U = '\\p{L}\\p{N}_';
const WORD_A = 'A-Za-z0-9_';
const SPACE_U = '\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const SPACE_A = '\\t-\\r\\x20';
const DIGIT_U = '\\p{Nd}';
const DIGIT_A = '0-9';

const START = '(?<![\\s\\S])';
const END = '(?![\\s\\S])';

const SAFE_LITERAL = /^[A-Za-z0-9_ ,:;=<>!@#%&'"~`-]$/u;
const HEX = /^[0-9a-fA-F]$/;
const OCT = /^[0-7]$/;
const DIGIT = /^[0-9]$/;
const VERBOSE_SPACE = new Set([' ', '\t', '\n', '\r', '\v', '\f']);

function hexEscape(cp: number): string {
  return `\\u{${cp.toString(16)}}`;
}

function literal(cp: number): string {
  const c = String.fromCodePoint(cp);
  return SAFE_LITERAL.test(c) ? c : hexEscape(cp);
}

/** The other-case forms of a code point (for case-insensitive scoped groups). */
function caseVariants(cp: number): number[] {
  const c = String.fromCodePoint(cp);
  const out = new Set<number>([cp]);
  for (const v of [c.toLowerCase(), c.toUpperCase()]) {
    const arr = Array.from(v);
    if (arr.length === 1) out.add(arr[0].codePointAt(0)!);
  }
  return [...out];
}

/** A translated atom; `w` is its [min, max] width in characters (default: one character if
 *  repeatable, none otherwise). */
interface Atom { js: string; repeatable: boolean; w?: [number, number]; }

class Translator {
  private readonly p: string[];
  private i = 0;
  flags: number;
  groups = 0;
  readonly names = new Map<string, number>();
  private readonly open = new Set<number>();
  /** For each group, the rank of its closing parenthesis (Match.lastindex needs it). */
  readonly closeRank: number[] = [0];
  private closed = 0;
  private extra = 0;
  /** The [min, max] width of what was translated last (see alternation). */
  private width: [number, number] = [0, 0];
  /** The width of each closed group, for backreferences. */
  private readonly groupWidths: [number, number][] = [];
  /** Whether the pattern has alternatives or lazy repeats, so that at one position it may
   *  prefer an empty match to a longer one. */
  mayPreferEmpty = false;

  constructor(pattern: string, flags: number) {
    this.p = Array.from(pattern);
    this.flags = flags;
  }

  translate(): string {
    this.globalFlags();
    this.globalIgnoreCase = (this.flags & F_IGNORECASE) !== 0;
    const js = this.alternation(this.flags);
    if (this.i < this.p.length) {
      if (this.p[this.i] === ')') throw new PatternError('unbalanced parenthesis', this.i);
      throw new PatternError('internal error in regular expression', this.i);
    }
    return js;
  }

  private peek(k = 0): string | undefined { return this.p[this.i + k]; }
  private get atEnd(): boolean { return this.i >= this.p.length; }

  /** Leading (?flags) groups set flags for the whole pattern. */
  private globalFlags(): void {
    for (;;) {
      const save = this.i;
      this.skipVerbose(this.flags);
      if (this.peek() !== '(' || this.peek(1) !== '?') { this.i = save; return; }
      let j = this.i + 2;
      let add = 0;
      while (j < this.p.length && FLAG_LETTERS[this.p[j]] !== undefined) add |= FLAG_LETTERS[this.p[j++]];
      if (add === 0 || this.p[j] !== ')') { this.i = save; return; }
      this.checkFlagCombination(add, this.i + 2);
      this.flags |= add;
      this.i = j + 1;
    }
  }

  private checkFlagCombination(flags: number, pos: number): void {
    if (flags & F_LOCALE) throw new PatternError('bad inline flag value', pos);
    if ((flags & F_ASCII) && (flags & F_UNICODE)) throw new PatternError('bad inline flags: flags \'a\', \'u\' and \'L\' are incompatible', pos);
  }

  private skipVerbose(flags: number): void {
    if (!(flags & F_VERBOSE)) return;
    while (!this.atEnd) {
      const c = this.p[this.i];
      if (VERBOSE_SPACE.has(c)) this.i++;
      else if (c === '#') {
        while (!this.atEnd && this.p[this.i] !== '\n') this.i++;
      } else break;
    }
  }

  /** Translates alternatives; leaves their [min, max] width in this.width. */
  private alternation(flags: number): string {
    const branches = [this.sequence(flags)];
    let [min, max] = this.width;
    while (this.peek() === '|') {
      this.i++;
      this.mayPreferEmpty = true;
      branches.push(this.sequence(flags));
      min = Math.min(min, this.width[0]);
      max = Math.max(max, this.width[1]);
    }
    this.width = [min, max];
    return branches.join('|');
  }

  private sequence(flags: number): string {
    let out = '';
    let min = 0;
    let max = 0;
    for (;;) {
      this.skipVerbose(flags);
      const c = this.peek();
      if (c === undefined || c === '|' || c === ')') {
        this.width = [min, max];
        return out;
      }
      const start = this.i;
      if ('*+?'.includes(c) || (c === '{' && this.quantifierAhead())) throw new PatternError('nothing to repeat', start);
      const atom = this.atom(flags);
      out += this.quantified(atom, flags);
      min += this.width[0];
      max += this.width[1];
    }
  }

  /** Whether a '{' at the current position starts a valid {m,n} repeat. */
  private quantifierAhead(): boolean {
    let j = this.i + 1;
    let digits = 0;
    while (DIGIT.test(this.p[j] ?? '')) { j++; digits++; }
    if (this.p[j] === ',') {
      j++;
      while (DIGIT.test(this.p[j] ?? '')) { j++; digits++; }
      return this.p[j] === '}';
    }
    return digits > 0 && this.p[j] === '}';
  }

  /** The atom with any repeat that follows it; leaves its width in this.width. */
  private quantified(atom: Atom, flags: number): string {
    const w = atom.w ?? (atom.repeatable ? [1, 1] : [0, 0]);
    this.width = w;
    this.skipVerbose(flags);
    const c = this.peek();
    if (c === undefined) return atom.js;
    let q: string;
    const qstart = this.i;
    if (c === '*' || c === '+' || c === '?') {
      q = c;
      this.i++;
      this.width = [c === '+' ? w[0] : 0, c === '?' ? w[1] : Infinity];
    } else if (c === '{' && this.quantifierAhead()) {
      this.i++;
      let lo = '';
      while (DIGIT.test(this.peek() ?? '')) lo += this.p[this.i++];
      let hi = lo;
      if (this.peek() === ',') {
        this.i++;
        hi = '';
        while (DIGIT.test(this.peek() ?? '')) hi += this.p[this.i++];
      }
      this.i++; // '}'
      const min = lo === '' ? 0 : Number(lo);
      if (min >= 0xffffffff || (hi !== '' && Number(hi) >= 0xffffffff)) throw new PatternError('the repetition number is too large', qstart + 1);
      if (hi !== '' && Number(hi) < min) throw new PatternError('min repeat greater than max repeat', qstart + 1);
      q = hi === lo ? `{${min}}` : `{${min},${hi}}`;
      this.width = [w[0] * min, hi === '' ? Infinity : w[1] * Number(hi)];
    } else {
      return atom.js;
    }
    if (!atom.repeatable) throw new PatternError('nothing to repeat', qstart);
    const body = `(?:${atom.js})`;
    const next = this.peek();
    if (next === '?') {
      this.i++;
      this.mayPreferEmpty = true;
      return body + q + '?';
    }
    if (next === '+') {
      this.i++;
      return this.atomic(body + q);
    }
    if (next === '*' || (next === '{' && this.quantifierAhead())) throw new PatternError('multiple repeat', this.i);
    return body + q;
  }

  /** Emulates an atomic group: a lookahead captures what the body matches, a backreference
   *  then consumes exactly that, so the body is never re-entered by backtracking. */
  private atomic(js: string): string {
    const name = `a${++this.extra}`;
    return `(?:(?=(?<${name}>${js}))\\k<${name}>)`;
  }

  private atom(flags: number): Atom {
    const start = this.i;
    const c = this.p[this.i++];
    switch (c) {
      case '.': return { js: flags & F_DOTALL ? '[\\s\\S]' : '[^\\n]', repeatable: true };
      case '^': return { js: flags & F_MULTILINE ? '(?<![^\\n])' : START, repeatable: false };
      case '$': return { js: flags & F_MULTILINE ? '(?=\\n|(?![\\s\\S]))' : '(?=\\n?(?![\\s\\S]))', repeatable: false };
      case '(': return this.group(flags, start);
      case '[': return { js: this.charClass(flags, start), repeatable: true };
      case '\\': return this.escape(flags, start);
      default:
        return { js: this.literalJs(c.codePointAt(0)!, flags), repeatable: true };
    }
  }

  /** A literal character; case variants are spelled out under a scoped (?i:...) flag only,
   *  since a global IGNORECASE uses JS's 'i' flag. */
  private literalJs(cp: number, flags: number): string {
    if ((flags & F_IGNORECASE) && !(this.globalIgnoreCase)) {
      const vs = caseVariants(cp);
      if (vs.length > 1) return `[${vs.map(hexEscape).join('')}]`;
    }
    return literal(cp);
  }

  globalIgnoreCase = false;

  private groupName(start: number, end: string): string {
    let name = '';
    while (!this.atEnd && this.peek() !== end) name += this.p[this.i++];
    if (this.atEnd) throw new PatternError('missing ' + end + ', unterminated name', start);
    this.i++;
    if (name === '') throw new PatternError('missing group name', start);
    if (!/^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(name)) {
      throw new PatternError(`bad character in group name '${name}'`, start);
    }
    return name;
  }

  private capture(flags: number, start: number, name: string | null): Atom {
    const n = ++this.groups;
    if (name !== null) this.names.set(name, n);
    this.open.add(n);
    const body = this.alternation(flags);
    const w = this.width;
    this.close(start);
    this.open.delete(n);
    this.closeRank[n] = ++this.closed;
    this.groupWidths[n] = w;
    return { js: `(?<g${n}>${body})`, repeatable: true, w };
  }

  private close(start: number): void {
    if (this.peek() !== ')') throw new PatternError('missing ), unterminated subpattern', start);
    this.i++;
  }

  private group(flags: number, start: number): Atom {
    if (this.peek() !== '?') return this.capture(flags, start, null);
    this.i++;
    const c = this.p[this.i++];
    if (c === undefined) throw new PatternError('unexpected end of pattern', this.i - 1);
    switch (c) {
      case ':': {
        const body = this.alternation(flags);
        this.close(start);
        return { js: `(?:${body})`, repeatable: true, w: this.width };
      }
      case 'P': {
        const d = this.p[this.i++];
        if (d === '<') {
          const nameStart = this.i;
          const name = this.groupName(nameStart, '>');
          const prev = this.names.get(name);
          if (prev !== undefined) {
            throw new PatternError(`redefinition of group name '${name}' as group ${this.groups + 1}; was group ${prev}`, nameStart);
          }
          return this.capture(flags, start, name);
        }
        if (d === '=') {
          const nameStart = this.i;
          const name = this.groupName(nameStart, ')');
          const n = this.names.get(name);
          if (n === undefined) throw new PatternError(`unknown group name '${name}'`, nameStart);
          if (this.open.has(n)) throw new PatternError('cannot refer to an open group', start);
          return { js: `(?:\\k<g${n}>)`, repeatable: true, w: this.groupWidths[n] };
        }
        if (d === undefined) throw new PatternError('unexpected end of pattern', this.i - 1);
        throw new PatternError(`unknown extension ?P${d}`, start + 1);
      }
      case '#': {
        while (!this.atEnd && this.peek() !== ')') this.i++;
        if (this.atEnd) throw new PatternError('missing ), unterminated comment', start);
        this.i++;
        return { js: '', repeatable: false, w: [0, 0] };
      }
      case '=': case '!': {
        const body = this.alternation(flags);
        this.close(start);
        return { js: `(?${c}${body})`, repeatable: true, w: [0, 0] };
      }
      case '<': {
        const d = this.p[this.i++];
        if (d !== '=' && d !== '!') {
          if (d === undefined) throw new PatternError('unexpected end of pattern', this.i - 1);
          throw new PatternError(`unknown extension ?<${d}`, start + 1);
        }
        const body = this.alternation(flags);
        if (this.width[0] !== this.width[1]) throw new PatternError('look-behind requires fixed-width pattern', -1);
        this.close(start);
        return { js: `(?<${d}${body})`, repeatable: true, w: [0, 0] };
      }
      case '>': {
        const body = this.alternation(flags);
        this.close(start);
        return { js: this.atomic(`(?:${body})`), repeatable: true, w: this.width };
      }
      case '(':
        throw new PatternError('conditional groups (?(id)yes|no) are not supported by pystm', start);
      default:
        if (FLAG_LETTERS[c] !== undefined || c === '-') return this.scopedFlags(flags, start, c);
        throw new PatternError(`unknown extension ?${c}`, start + 1);
    }
  }

  private scopedFlags(flags: number, start: number, first: string): Atom {
    let add = 0;
    let remove = 0;
    let c: string | undefined = first;
    while (c !== undefined && FLAG_LETTERS[c] !== undefined) {
      add |= FLAG_LETTERS[c];
      c = this.p[this.i++];
    }
    if (c === ')') throw new PatternError('global flags not at the start of the expression', start);
    if (c === '-') {
      c = this.p[this.i++];
      if (c === undefined || FLAG_LETTERS[c] === undefined) {
        if (c === undefined) throw new PatternError('missing flag', this.i - 1);
        throw new PatternError('unknown flag', this.i - 1);
      }
      while (c !== undefined && FLAG_LETTERS[c] !== undefined) {
        remove |= FLAG_LETTERS[c];
        c = this.p[this.i++];
      }
    }
    if (c !== ':') {
      if (c === undefined) throw new PatternError('missing -, : or )', this.i - 1);
      throw new PatternError(c === ')' ? 'missing :' : 'unknown flag', this.i - 1);
    }
    this.checkFlagCombination(add, start + 2);
    const inner = (flags | add) & ~remove;
    const body = this.alternation(inner);
    this.close(start);
    return { js: `(?:${body})`, repeatable: true, w: this.width };
  }

  private classEscape(name: string, flags: number): string | null {
    const ascii = (flags & F_ASCII) !== 0;
    switch (name) {
      case 'd': return `[${ascii ? DIGIT_A : DIGIT_U}]`;
      case 'D': return `[^${ascii ? DIGIT_A : DIGIT_U}]`;
      case 'w': return `[${ascii ? WORD_A : WORD_U}]`;
      case 'W': return `[^${ascii ? WORD_A : WORD_U}]`;
      case 's': return `[${ascii ? SPACE_A : SPACE_U}]`;
      case 'S': return `[^${ascii ? SPACE_A : SPACE_U}]`;
      default: return null;
    }
  }

  /** Escapes that stand for one character (shared by classes and the outside); null if `c`
   *  is not one of them. Advances past any digits. */
  private charEscape(c: string, start: number): number | null {
    switch (c) {
      case 'a': return 7;
      case 'f': return 12;
      case 'n': return 10;
      case 'r': return 13;
      case 't': return 9;
      case 'v': return 11;
      case 'x': return this.hexDigits(2, start, 'x');
      case 'u': return this.hexDigits(4, start, 'u');
      case 'U': {
        const v = this.hexDigits(8, start, 'U');
        if (v > 0x10ffff) throw new PatternError(`bad escape \\U${this.p.slice(start + 2, start + 10).join('')}`, start);
        return v;
      }
      case 'N': throw new PatternError('pystm does not support \\N{...} escapes', start);
      default: return null;
    }
  }

  private hexDigits(n: number, start: number, letter: string): number {
    let s = '';
    while (s.length < n && HEX.test(this.peek() ?? '')) s += this.p[this.i++];
    if (s.length < n) throw new PatternError(`incomplete escape \\${letter}${s}`, start);
    return parseInt(s, 16);
  }

  /** \0, \0d, \0dd and \ddd (three octal digits) are octal escapes. */
  private octal(first: string, start: number): number {
    let s = first;
    while (s.length < 3 && OCT.test(this.peek() ?? '')) s += this.p[this.i++];
    const v = parseInt(s, 8);
    if (v > 0o377) throw new PatternError(`octal escape value \\${s} outside of range 0-0o377`, start);
    return v;
  }

  private escape(flags: number, start: number): Atom {
    const c = this.p[this.i++];
    if (c === undefined) throw new PatternError('bad escape (end of pattern)', start);
    const ascii = (flags & F_ASCII) !== 0;
    const word = ascii ? WORD_A : WORD_U;
    switch (c) {
      case 'A': return { js: START, repeatable: false };
      case 'Z': return { js: END, repeatable: false };
      case 'b': return { js: `(?:(?<=[${word}])(?![${word}])|(?<![${word}])(?=[${word}]))`, repeatable: false };
      case 'B': return { js: `(?:(?<=[${word}])(?=[${word}])|(?<![${word}])(?![${word}]))`, repeatable: false };
      default: break;
    }
    const cls = this.classEscape(c, flags);
    if (cls !== null) return { js: cls, repeatable: true };
    if (c === '0') return { js: this.literalJs(this.octal(c, start), flags), repeatable: true };
    if (DIGIT.test(c)) {
      if (OCT.test(c) && OCT.test(this.peek() ?? '') && OCT.test(this.peek(1) ?? '')) {
        return { js: this.literalJs(this.octal(c, start), flags), repeatable: true };
      }
      let num = c;
      if (DIGIT.test(this.peek() ?? '')) num += this.p[this.i++];
      const n = Number(num);
      if (n > this.groups) throw new PatternError(`invalid group reference ${n}`, start + 1);
      if (this.open.has(n)) throw new PatternError('cannot refer to an open group', start);
      return { js: `(?:\\k<g${n}>)`, repeatable: true, w: this.groupWidths[n] };
    }
    const ch = this.charEscape(c, start);
    if (ch !== null) return { js: this.literalJs(ch, flags), repeatable: true };
    if (/^[A-Za-z]$/.test(c)) throw new PatternError(`bad escape \\${c}`, start);
    return { js: this.literalJs(c.codePointAt(0)!, flags), repeatable: true };
  }

  /** One class member as a code point, or a nested set (string). */
  private classItem(flags: number): number | string {
    const start = this.i;
    const c = this.p[this.i++];
    if (c !== '\\') return c.codePointAt(0)!;
    const e = this.p[this.i++];
    if (e === undefined) throw new PatternError('bad escape (end of pattern)', start);
    const cls = this.classEscape(e, flags);
    if (cls !== null) return cls;
    if (e === 'b') return 8;
    if (OCT.test(e)) return this.octal(e, start);
    if (DIGIT.test(e)) throw new PatternError(`bad escape \\${e}`, start);
    const ch = this.charEscape(e, start);
    if (ch !== null) return ch;
    if (/^[A-Za-z]$/.test(e)) throw new PatternError(`bad escape \\${e}`, start);
    return e.codePointAt(0)!;
  }

  private charClass(flags: number, start: number): string {
    let negate = false;
    if (this.peek() === '^') { negate = true; this.i++; }
    const scopedCase = (flags & F_IGNORECASE) !== 0 && !this.globalIgnoreCase;
    let out = '';
    let first = true;
    for (;;) {
      if (this.atEnd) throw new PatternError('unterminated character set', start);
      if (this.peek() === ']' && !first) { this.i++; break; }
      first = false;
      const itemStart = this.i;
      const lo = this.classItem(flags);
      if (this.peek() === '-' && this.peek(1) !== undefined && this.peek(1) !== ']') {
        this.i++;
        const hi = this.classItem(flags);
        if (typeof lo === 'string' || typeof hi === 'string' || hi < lo) throw new PatternError(`bad character range ${this.p.slice(itemStart, this.i).join('')}`, itemStart);
        out += `${hexEscape(lo)}-${hexEscape(hi)}`;
        if (scopedCase) out += this.rangeCases(lo, hi);
        continue;
      }
      if (typeof lo === 'string') out += lo;
      else if (scopedCase) out += caseVariants(lo).map(hexEscape).join('');
      else out += hexEscape(lo);
    }
    if (out === '') return negate ? '[\\s\\S]' : '[]';
    return `[${negate ? '^' : ''}${out}]`;
  }

  /** ASCII other-case ranges of a range (an approximation for scoped IGNORECASE). */
  private rangeCases(lo: number, hi: number): string {
    let out = '';
    const a = Math.max(lo, 0x61);
    const b = Math.min(hi, 0x7a);
    if (a <= b) out += `${hexEscape(a - 32)}-${hexEscape(b - 32)}`;
    const c = Math.max(lo, 0x41);
    const d = Math.min(hi, 0x5a);
    if (c <= d) out += `${hexEscape(c + 32)}-${hexEscape(d + 32)}`;
    return out;
  }
}

// Compiled RegExps by flags, then source: immutable, so a per-worker cache is allowed. Two
// levels, because a lookup with the (cached) decoded source string reuses its hash, where a
// concatenated key would be hashed afresh on every match.
const regexCache = new Map<string, Map<string, RegExp>>();
let cached = 0;
const CACHE_LIMIT = 512;

function regex(source: string, flags: string): RegExp {
  let bySource = regexCache.get(flags);
  if (bySource === undefined) {
    bySource = new Map();
    regexCache.set(flags, bySource);
  }
  let r = bySource.get(source);
  if (r === undefined) {
    if (cached >= CACHE_LIMIT) {
      for (const m of regexCache.values()) m.clear();
      cached = 0;
    }
    r = new RegExp(source, flags);
    bySource.set(source, r);
    cached++;
  }
  return r;
}

/** translate(pattern, flags) -> (js_source, js_flags, flags, groups, groupindex, close_ranks), or
 *  (None, message, position) for a bad pattern. */
defFunction('_re', {
  name: 'translate', params: ['pattern', 'flags'],
  fn: (_m, pattern, flagsRef) => {
    const flags = Number(intValue(flagsRef));
    const t = new Translator(strValue(pattern), flags);
    let js: string;
    try {
      js = t.translate();
      new RegExp(js, 'vd');
    } catch (e) {
      if (e instanceof PatternError) return newTuple([NONE, newStr(e.msg), newInt(e.pos)]);
      if (e instanceof SyntaxError) return newTuple([NONE, newStr(`pystm cannot translate this pattern: ${e.message}`), newInt(0)]);
      throw e;
    }
    let final = t.flags;
    if (!(final & F_ASCII)) final |= F_UNICODE;
    const index = newDict();
    for (const [name, n] of t.names) dictSet(index, newStr(name), newInt(n));
    // 'E' is not a RegExp flag: exec reads and removes it.
    const jsFlags = ((final & F_IGNORECASE) ? 'vi' : 'v') + (t.mayPreferEmpty ? 'E' : '');
    const ranks = newTuple(t.closeRank.map((r) => newInt(r)));
    return newTuple([newStr(js), newStr(jsFlags), newInt(final), newInt(t.groups), index, ranks]);
  },
});

const MODE_SEARCH = 0;
const MODE_FULL = 2;
const MUST_ADVANCE = 4;

function clampPos(r: Ref, v: Ref, dflt: number): number {
  if (v === NULL || v === NONE) return dflt;
  const n = Number(intValue(v));
  const len = strLength(r);
  return n < 0 ? 0 : n > len ? len : n;
}

/** One matching run over a subject string: the compiled RegExp and what retries need. */
class Matcher {
  readonly rx: RegExp;
  private readonly src: string;
  private readonly flags: string;
  private readonly preferEmpty: boolean;

  constructor(source: Ref, jsflags: Ref, readonly groups: number, kind: number, readonly subject: string) {
    let src = strValue(source);
    if (kind === MODE_FULL) src = `(?:${src})${END}`;
    let flags = strValue(jsflags);
    this.preferEmpty = flags.endsWith('E');
    if (this.preferEmpty) flags = flags.slice(0, -1);
    if (groups > 0) flags += 'd';
    this.src = src;
    this.flags = flags;
    this.rx = regex(src, flags + (kind === MODE_SEARCH ? 'g' : 'y'));
  }

  /** The match at or after code unit `unit` (at it, unless searching); with mustAdvance, not
   *  an empty match at `unit` (a non-empty one there, else one further on). */
  find(unit: number, mustAdvance: boolean, searching: boolean): RegExpExecArray | null {
    const subject = this.subject;
    const m = run(this.rx, subject, unit);
    if (m === null || !mustAdvance || m[0].length !== 0 || m.index !== unit) return m;
    if (!searching || unit >= subject.length) return null;
    // A non-empty match at this position comes first; the lookbehind says "past unit".
    if (this.preferEmpty) {
      const m2 = run(regex(`(?:${this.src})(?<!^[\\s\\S]{0,${unit}})`, this.flags + 'y'), subject, unit);
      if (m2 !== null) return m2;
    }
    const c = subject.charCodeAt(unit);
    return run(this.rx, subject, unit + (c >= 0xd800 && c <= 0xdbff && unit + 1 < subject.length ? 2 : 1));
  }

  /** Group g's [start, end) in code units, or null when it did not take part. */
  span(m: RegExpExecArray, g: number): [number, number] | null {
    if (g === 0) return [m.index, m.index + m[0].length];
    const s = m.indices!.groups![`g${g}`];
    return s === undefined ? null : s;
  }

  /** The registers tuple: 2*(groups+1) code-point positions, -1 for missing groups. */
  regs(string: Ref, m: RegExpExecArray): Ref {
    const out: Ref[] = new Array(2 * (this.groups + 1));
    for (let g = 0; g <= this.groups; g++) {
      const s = this.span(m, g);
      out[2 * g] = newInt(s === null ? -1 : strCodePointIndex(string, s[0]));
      out[2 * g + 1] = newInt(s === null ? -1 : strCodePointIndex(string, s[1]));
    }
    return newTuple(out);
  }

  /** Calls f on each successive match (empty ones as CPython 3.7+) until it returns false. */
  scan(unit: number, f: (m: RegExpExecArray) => boolean): void {
    let mustAdvance = false;
    while (unit <= this.subject.length) {
      const m = this.find(unit, mustAdvance, true);
      if (m === null || !f(m)) return;
      const end = m.index + m[0].length;
      mustAdvance = end === m.index;
      unit = end;
    }
  }
}

function subjectOf(string: Ref, endpos: number): string {
  const s = strValue(string);
  return endpos < strLength(string) ? s.slice(0, strUnitIndex(string, endpos)) : s;
}

/** exec(js_source, js_flags, groups, string, pos, endpos, mode) -> None or a tuple of
 *  2*(groups+1) code-point positions (-1 for a group that did not take part). mode: 0 search,
 *  1 match at pos, 2 full match, plus 4 when an empty match at pos is not allowed. */
defFunction('_re', {
  name: 'exec', params: ['source', 'jsflags', 'groups', 'string', 'pos', 'endpos', 'mode'],
  fn: (_m, source, jsflags, groupsRef, string, posRef, endRef, modeRef) => {
    const endpos = clampPos(string, endRef, strLength(string));
    const pos = clampPos(string, posRef, 0);
    if (pos > endpos) return NONE;
    const mode = Number(intValue(modeRef));
    const mt = new Matcher(source, jsflags, Number(intValue(groupsRef)), mode & 3, subjectOf(string, endpos));
    const m = mt.find(strUnitIndex(string, pos), (mode & MUST_ADVANCE) !== 0, (mode & 3) === MODE_SEARCH);
    return m === null ? NONE : mt.regs(string, m);
  },
});

/** scan(js_source, js_flags, groups, string, pos, endpos, limit) -> the registers tuple of
 *  each successive match (at most limit of them when limit > 0). */
defFunction('_re', {
  name: 'scan', params: ['source', 'jsflags', 'groups', 'string', 'pos', 'endpos', 'limit'],
  fn: (_m, source, jsflags, groupsRef, string, posRef, endRef, limitRef) => {
    const endpos = clampPos(string, endRef, strLength(string));
    const pos = clampPos(string, posRef, 0);
    const limit = Number(intValue(limitRef));
    const out: Ref[] = [];
    if (pos > endpos) return newList(out);
    const mt = new Matcher(source, jsflags, Number(intValue(groupsRef)), MODE_SEARCH, subjectOf(string, endpos));
    mt.scan(strUnitIndex(string, pos), (m) => {
      out.push(mt.regs(string, m));
      return limit <= 0 || out.length < limit;
    });
    return newList(out);
  },
});

/** findall(js_source, js_flags, groups, string, pos, endpos) -> re.findall's list of strs
 *  (or tuples of them). */
defFunction('_re', {
  name: 'findall', params: ['source', 'jsflags', 'groups', 'string', 'pos', 'endpos'],
  fn: (_m, source, jsflags, groupsRef, string, posRef, endRef) => {
    const endpos = clampPos(string, endRef, strLength(string));
    const pos = clampPos(string, posRef, 0);
    const groups = Number(intValue(groupsRef));
    const out: Ref[] = [];
    if (pos > endpos) return newList(out);
    const mt = new Matcher(source, jsflags, groups, MODE_SEARCH, subjectOf(string, endpos));
    const subject = mt.subject;
    const text = (m: RegExpExecArray, g: number): Ref => {
      const s = mt.span(m, g);
      return newStr(s === null ? '' : subject.slice(s[0], s[1]));
    };
    mt.scan(strUnitIndex(string, pos), (m) => {
      if (groups <= 1) {
        out.push(text(m, groups));
      } else {
        const items: Ref[] = [];
        for (let g = 1; g <= groups; g++) items.push(text(m, g));
        out.push(newTuple(items));
      }
      return true;
    });
    return newList(out);
  },
});

/** sub(js_source, js_flags, groups, string, template, count) -> (result, n): template is a
 *  tuple of literal strs and group numbers (re.sub's parsed replacement). */
defFunction('_re', {
  name: 'sub', params: ['source', 'jsflags', 'groups', 'string', 'template', 'count'],
  fn: (_m, source, jsflags, groupsRef, string, template, countRef) => {
    const count = Number(intValue(countRef));
    const parts = tupleItems(template).map((r) => ((r & 1) === 1 ? r >> 1 : strValue(r)));
    const mt = new Matcher(source, jsflags, Number(intValue(groupsRef)), MODE_SEARCH, strValue(string));
    const subject = mt.subject;
    let out = '';
    let last = 0;
    let n = 0;
    mt.scan(0, (m) => {
      out += subject.slice(last, m.index);
      for (const p of parts) {
        if (typeof p === 'string') {
          out += p;
        } else {
          const s = mt.span(m, p);
          if (s !== null) out += subject.slice(s[0], s[1]);
        }
      }
      last = m.index + m[0].length;
      n++;
      return count <= 0 || n < count;
    });
    out += subject.slice(last);
    return newTuple([newStr(out), newInt(n)]);
  },
});

/** groups(string, regs, default) -> the tuple of the texts of groups 1.. of a match (its
 *  registers tuple), default for those that did not take part. */
defFunction('_re', {
  name: 'groups', params: ['string', 'regs', 'default'],
  fn: (_m, string, regs, dflt) => {
    const r = tupleItems(regs);
    const out: Ref[] = [];
    for (let i = 2; i < r.length; i += 2) {
      const a = Number(intValue(r[i]));
      out.push(a < 0 ? dflt : newStr(strSubstring(string, a, Number(intValue(r[i + 1])))));
    }
    return newTuple(out);
  },
});

function run(rx: RegExp, subject: string, unit: number): RegExpExecArray | null {
  rx.lastIndex = unit;
  return rx.exec(subject);
}
