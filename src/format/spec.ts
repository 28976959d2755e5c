/**
 * The format-spec mini-language, as format(value, spec) and f-strings use it.
 *
 *   parseFormatSpec(spec, typeName, defaultAlign): FormatSpec   (throws CPython's parse errors)
 *   formatInt(n: PyIntValue, spec: string, typeName = 'int'): string
 *   formatFloat(x: number, spec: string, typeName = 'float'): string
 *   formatStr(s: string, spec: string, typeName = 'str'): string
 *   layoutNumber(...), padString(...)   building blocks the VM may reuse (e.g. complex)
 *
 * typeName only appears in error messages (subclasses report their own name).
 * An empty spec means str(value): formatInt(n, '') is str(n), formatFloat(x, '')
 * is repr(x). 'n' uses the C locale (no grouping, '.' point), like a fresh CPython.
 * Widths and precisions count code points.
 */
import { FormatError, type PyIntValue } from './errors.js';
import { floatBody } from './floatdigits.js';
import { floatRepr } from './float.js';
import { intToDigits, intToFloat } from './int.js';

export type Align = '<' | '>' | '=' | '^' | '';

export interface FormatSpec {
  /** Fill code point (may be a surrogate pair); ' ' when not given. */
  fill: string;
  /** True if a fill character was written explicitly. */
  fillGiven: boolean;
  align: Align;
  sign: '+' | '-' | ' ' | '';
  /** 'z': coerce negative zero to positive after rounding. */
  z: boolean;
  alternate: boolean;
  /** -1 when absent. */
  width: number;
  grouping: ',' | '_' | '';
  /** -1 when absent. */
  precision: number;
  /** Single code point, '' when absent. */
  type: string;
}

const MAX_WIDTH = Number.MAX_SAFE_INTEGER;

function isAlign(c: string | undefined): c is '<' | '>' | '=' | '^' {
  return c === '<' || c === '>' || c === '=' || c === '^';
}

/** How CPython quotes a type character in messages: '\x..' outside printable ASCII. */
function showChar(c: string): string {
  const cp = c.codePointAt(0)!;
  return cp > 32 && cp < 128 ? c : '\\x' + cp.toString(16);
}

function tooManyDigits(): FormatError {
  return new FormatError('ValueError', 'Too many decimal digits in format string');
}

/**
 * Parses [[fill]align][sign][z][#][0][width][grouping][.precision][type].
 * defaultAlign is '>' for numbers and '<' for strings (it decides what the
 * '0' flag does).
 */
export function parseFormatSpec(spec: string, typeName: string, defaultAlign: '<' | '>'): FormatSpec {
  const cps = Array.from(spec);
  const out: FormatSpec = {
    fill: ' ',
    fillGiven: false,
    align: '',
    sign: '',
    z: false,
    alternate: false,
    width: -1,
    grouping: '',
    precision: -1,
    type: '',
  };
  let i = 0;
  if (cps.length >= 2 && isAlign(cps[1])) {
    out.fill = cps[0];
    out.fillGiven = true;
    out.align = cps[1];
    i = 2;
  } else if (isAlign(cps[0])) {
    out.align = cps[0];
    i = 1;
  }
  const c = cps[i];
  if (c === '+' || c === '-' || c === ' ') {
    out.sign = c;
    i++;
  }
  if (cps[i] === 'z') {
    out.z = true;
    i++;
  }
  if (cps[i] === '#') {
    out.alternate = true;
    i++;
  }
  // A leading '0' means zero fill, and '=' alignment for numbers, unless overridden.
  if (!out.fillGiven && cps[i] === '0') {
    out.fill = '0';
    if (out.align === '' && defaultAlign === '>') out.align = '=';
    i++;
  }
  const width = readNumber(cps, i);
  if (width.end > i) {
    out.width = width.value;
    i = width.end;
  }
  if (cps[i] === ',' || cps[i] === '_') {
    out.grouping = cps[i] as ',' | '_';
    i++;
    if ((cps[i] === ',' || cps[i] === '_') && cps[i] !== out.grouping) {
      throw new FormatError('ValueError', "Cannot specify both ',' and '_'.");
    }
  }
  if (cps[i] === '.') {
    i++;
    const prec = readNumber(cps, i);
    if (prec.end === i) throw new FormatError('ValueError', 'Format specifier missing precision');
    out.precision = prec.value;
    i = prec.end;
  }
  if (cps.length - i > 1) {
    throw new FormatError('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  if (i < cps.length) out.type = cps[i];
  if (out.grouping !== '') checkGrouping(out.grouping, out.type === '' && defaultAlign === '<' ? 's' : out.type);
  return out;
}

function readNumber(cps: string[], start: number): { value: number; end: number } {
  let value = 0;
  let end = start;
  while (end < cps.length && cps[end] >= '0' && cps[end] <= '9' && cps[end].length === 1) {
    value = value * 10 + (cps[end].charCodeAt(0) - 48);
    if (value > MAX_WIDTH) throw tooManyDigits();
    end++;
  }
  return { value, end };
}

function checkGrouping(grouping: ',' | '_', type: string): void {
  switch (type) {
    case '':
    case 'd':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%':
      return;
    case 'b':
    case 'o':
    case 'x':
    case 'X':
      if (grouping === '_') return;
  }
  throw new FormatError('ValueError', `Cannot specify '${grouping}' with '${showChar(type)}'.`);
}

// Parsing is pure, so hot loops formatting with the same spec reuse the result.
const cache = new Map<string, FormatSpec>();

function cachedSpec(spec: string, typeName: string, defaultAlign: '<' | '>'): FormatSpec {
  const key = defaultAlign + typeName + '\u0000' + spec;
  let parsed = cache.get(key);
  if (parsed === undefined) {
    parsed = parseFormatSpec(spec, typeName, defaultAlign);
    if (cache.size >= 512) cache.clear();
    cache.set(key, parsed);
  }
  return parsed;
}

function unknownCode(type: string, typeName: string): FormatError {
  return new FormatError('ValueError', `Unknown format code '${showChar(type)}' for object of type '${typeName}'`);
}

// ---------------------------------------------------------------- layout

function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Pads text (already `len` code points long) to width with fill and alignment. */
export function padString(text: string, len: number, width: number, fill: string, align: '<' | '>' | '^'): string {
  if (width <= len) return text;
  const pad = width - len;
  if (align === '<') return text + fill.repeat(pad);
  if (align === '>') return fill.repeat(pad) + text;
  const left = Math.floor(pad / 2);
  return fill.repeat(left) + text + fill.repeat(pad - left);
}

/** Inserts sep every `size` digits from the right. */
function group(digits: string, sep: string, size: number): string {
  if (digits.length <= size) return digits;
  let out = '';
  let end = digits.length;
  while (end > size) {
    out = sep + digits.slice(end - size, end) + out;
    end -= size;
  }
  return digits.slice(0, end) + out;
}

/**
 * Lays out a number: sign + prefix + integer digits (grouped) + rest
 * (fraction, exponent, '%'), then pads according to the spec. With zero fill
 * and '=' alignment the padding zeros are grouped like digits.
 */
export function layoutNumber(
  signChar: string,
  prefix: string,
  intDigits: string,
  rest: string,
  spec: FormatSpec,
  groupSize: number,
): string {
  const sep = spec.grouping;
  let digits = intDigits;
  const fixedLen = signChar.length + prefix.length + rest.length;
  if (sep !== '') {
    if (spec.fill === '0' && spec.align === '=' && spec.width > fixedLen) {
      digits = zeroPadGrouped(intDigits, spec.width - fixedLen, groupSize);
    }
    digits = group(digits, sep, groupSize);
  }
  const len = fixedLen + digits.length;
  if (spec.width <= len) return signChar + prefix + digits + rest;
  const align = spec.align === '' ? '>' : spec.align;
  if (align === '=') {
    return signChar + prefix + spec.fill.repeat(spec.width - len) + digits + rest;
  }
  return padString(signChar + prefix + digits + rest, len, spec.width, spec.fill, align);
}

/** Left-pads with zeros so the grouped result reaches minWidth, never starting with a separator. */
function zeroPadGrouped(digits: string, minWidth: number, size: number): string {
  let k = digits.length;
  while (k + Math.floor((k - 1) / size) < minWidth) k++;
  return '0'.repeat(k - digits.length) + digits;
}

function signFor(negative: boolean, sign: FormatSpec['sign']): string {
  if (negative) return '-';
  return sign === '+' ? '+' : sign === ' ' ? ' ' : '';
}

// ---------------------------------------------------------------- int

const INT_TYPES = 'bcdoxXn';
const FLOAT_TYPES = 'eEfFgG%';

/** format(n, spec) for an int. */
export function formatInt(n: PyIntValue, spec: string, typeName = 'int'): string {
  if (spec === '') return intToDigits(n, 10);
  const s = cachedSpec(spec, typeName, '>');
  const type = s.type;
  if (type !== '' && FLOAT_TYPES.includes(type)) return formatFloatParsed(intToFloat(n), s, typeName);
  if (type !== '' && !INT_TYPES.includes(type)) throw unknownCode(type, typeName);
  if (s.precision >= 0) throw new FormatError('ValueError', 'Precision not allowed in integer format specifier');
  if (s.z) throw new FormatError('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  if (type === 'c') return formatChar(n, s);
  const negative = n < 0;
  let base = 10;
  let prefix = '';
  if (type === 'b') base = 2;
  else if (type === 'o') base = 8;
  else if (type === 'x' || type === 'X') base = 16;
  if (s.alternate && base !== 10) prefix = '0' + (type === 'X' ? 'X' : type);
  let digits = intToDigits(n, base);
  if (negative) digits = digits.slice(1);
  if (type === 'X') digits = digits.toUpperCase();
  const groupSize = base === 10 ? 3 : 4;
  return layoutNumber(signFor(negative, s.sign), prefix, digits, '', s, groupSize);
}

function formatChar(n: PyIntValue, s: FormatSpec): string {
  if (s.sign !== '') throw new FormatError('ValueError', "Sign not allowed with integer format specifier 'c'");
  if (s.alternate) {
    throw new FormatError('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
  }
  if (n > 2n ** 63n - 1n || n < -(2n ** 63n)) {
    throw new FormatError('OverflowError', 'Python int too large to convert to C long');
  }
  if (n < 0 || n > 0x10ffff) throw new FormatError('OverflowError', '%c arg not in range(0x110000)');
  const ch = String.fromCodePoint(Number(n));
  // layoutNumber counts UTF-16 units: widen by one for an astral character.
  const width = s.width >= 0 ? s.width + ch.length - 1 : s.width;
  return layoutNumber('', '', ch, '', { ...s, width }, 3);
}

// ---------------------------------------------------------------- float

/** format(x, spec) for a float. */
export function formatFloat(x: number, spec: string, typeName = 'float'): string {
  if (spec === '') return floatRepr(x);
  return formatFloatParsed(x, cachedSpec(spec, typeName, '>'), typeName);
}

function formatFloatParsed(x: number, s: FormatSpec, typeName: string): string {
  let type = s.type;
  let prec = s.precision;
  let addDot0 = false;
  if (type === '') {
    // No type: repr without precision; with precision like 'g' but keeping a '.0'.
    addDot0 = true;
    type = prec < 0 ? 'r' : 'g';
  } else if (!'eEfFgGn%'.includes(type)) {
    throw unknownCode(type, typeName);
  }
  if (prec < 0) prec = 6;
  const { negative, body } = floatBody(x, type, prec, s.alternate, addDot0);
  const neg = negative && !(s.z && isZeroBody(body));
  // Split the body into integer digits (grouped) and the rest.
  let cut = 0;
  while (cut < body.length && body.charCodeAt(cut) >= 48 && body.charCodeAt(cut) <= 57) cut++;
  return layoutNumber(signFor(neg, s.sign), '', body.slice(0, cut), body.slice(cut), s, 3);
}

function isZeroBody(body: string): boolean {
  return /^[0.]*(?:[eE][+-]\d+)?%?$/.test(body);
}

// ---------------------------------------------------------------- str

/** format(s, spec) for a str. */
export function formatStr(str: string, spec: string, typeName = 'str'): string {
  if (spec === '') return str;
  const s = cachedSpec(spec, typeName, '<');
  if (s.type !== '' && s.type !== 's') throw unknownCode(s.type, typeName);
  if (s.sign === ' ') throw new FormatError('ValueError', 'Space not allowed in string format specifier');
  if (s.sign !== '') throw new FormatError('ValueError', 'Sign not allowed in string format specifier');
  if (s.z) {
    throw new FormatError('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  }
  if (s.alternate) {
    throw new FormatError('ValueError', 'Alternate form (#) not allowed in string format specifier');
  }
  if (s.align === '=') {
    throw new FormatError('ValueError', "'=' alignment not allowed in string format specifier");
  }
  let text = str;
  let len = codePointLength(str);
  if (s.precision >= 0 && len > s.precision) {
    text = Array.from(str).slice(0, s.precision).join('');
    len = s.precision;
  }
  const align = s.align === '' ? '<' : s.align;
  return padString(text, len, s.width, s.fill, align);
}
