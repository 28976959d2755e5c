/**
 * printf-style formatting: the core of `template % args` for str.
 *
 *   percentFormat<V>(template: string, args: PercentArgs<V>, cb: PercentCallbacks<V>): string
 *
 * V is the VM's opaque object type. The VM classifies the right operand as
 * CPython does:
 *   - a tuple                                   -> { kind: 'tuple', items }
 *   - not a tuple, not a str, has __getitem__   -> { kind: 'mapping', value }
 *     (dicts, but also lists: '%s' % [] is '[]' and never "not all arguments converted")
 *   - anything else                             -> { kind: 'single', value }
 *
 * Conversions: %s %r %a %d %i %u %x %X %o %e %E %f %F %g %G %c %%, flags "#0- +",
 * width and precision (digits or '*'), mapping keys %(name)s, and the ignored
 * length modifiers h, l, L. Errors are FormatError with CPython 3.11's messages;
 * errors raised by the callbacks propagate unchanged.
 */
import { FormatError, type PyIntValue } from './errors.js';
import { floatBody } from './floatdigits.js';
import { intToDigits } from './int.js';

export type PercentArgs<V> =
  | { kind: 'tuple'; items: readonly V[] }
  | { kind: 'mapping'; value: V }
  | { kind: 'single'; value: V };

export interface PercentCallbacks<V> {
  /** str(v) */
  str(v: V): string;
  /** repr(v) */
  repr(v: V): string;
  /** ascii(v) */
  ascii(v: V): string;
  /** type(v).__name__, for error messages. */
  typeName(v: V): string;
  /** The value if v is an int (bool included), else undefined. Used by '*' and %c. */
  intValue(v: V): PyIntValue | undefined;
  /**
   * For %d %i %u: int(v) when v is a number (int, float -> truncated, objects with
   * __int__ / __index__), else undefined. Float conversion errors (inf, nan) propagate.
   */
  toInt(v: V): PyIntValue | undefined;
  /** For %x %X %o: operator.index(v) when v has __index__, else undefined. */
  toIndex(v: V): PyIntValue | undefined;
  /** For %e %f %g ...: float(v) for objects with __float__ / __index__, else undefined. */
  toFloat(v: V): number | undefined;
  /** For %c: v itself if it is a str; else operator.index(v) if possible; else undefined. */
  toChar(v: V): string | PyIntValue | undefined;
  /** mapping[key]; raises whatever Python would (KeyError, TypeError...). */
  getItem(mapping: V, key: string): V;
}

const INT_MAX = 2147483647;

interface ConversionSpec {
  left: boolean; // '-'
  plus: boolean; // '+'
  space: boolean; // ' '
  alt: boolean; // '#'
  zero: boolean; // '0'
  width: number; // -1 = none
  prec: number; // -1 = none
}

/** Walks the template; holds the argument cursor. */
class PercentFormatter<V> {
  private readonly cps: string[];
  private pos = 0;
  private argIndex = 0;
  private readonly positional: readonly V[];
  private readonly mapping: V | undefined;

  constructor(
    template: string,
    args: PercentArgs<V>,
    private readonly cb: PercentCallbacks<V>,
  ) {
    this.cps = Array.from(template);
    // A single non-tuple operand is the one positional argument.
    this.positional = args.kind === 'tuple' ? args.items : [args.value];
    this.mapping = args.kind === 'mapping' ? args.value : undefined;
  }

  run(): string {
    const out: string[] = [];
    const cps = this.cps;
    while (this.pos < cps.length) {
      const start = this.pos;
      while (this.pos < cps.length && cps[this.pos] !== '%') this.pos++;
      if (this.pos > start) out.push(cps.slice(start, this.pos).join(''));
      if (this.pos >= cps.length) break;
      this.pos++; // the '%'
      out.push(this.conversion());
    }
    if (this.argIndex < this.positional.length && this.mapping === undefined) {
      throw new FormatError('TypeError', 'not all arguments converted during string formatting');
    }
    return out.join('');
  }

  private incomplete(): FormatError {
    return new FormatError('ValueError', 'incomplete format');
  }

  private nextArg(): V {
    if (this.argIndex >= this.positional.length) {
      throw new FormatError('TypeError', 'not enough arguments for format string');
    }
    return this.positional[this.argIndex++];
  }

  private peek(): string | undefined {
    return this.cps[this.pos];
  }

  /** One conversion after a '%': returns its text. */
  private conversion(): string {
    if (this.peek() === undefined) throw this.incomplete();
    if (this.peek() === '%') {
      this.pos++;
      return '%';
    }
    let keyed: { value: V } | undefined;
    if (this.peek() === '(') keyed = { value: this.mappingValue() };
    const spec = this.flagsWidthPrecision();
    let ch = this.peek();
    if (ch === 'h' || ch === 'l' || ch === 'L') {
      this.pos++;
      ch = this.peek();
    }
    if (ch === undefined) throw this.incomplete();
    this.pos++;
    const v = keyed ? keyed.value : this.nextArg();
    return this.convert(ch, v, spec);
  }

  private mappingValue(): V {
    if (this.mapping === undefined) throw new FormatError('TypeError', 'format requires a mapping');
    this.pos++; // '('
    const start = this.pos;
    let depth = 1;
    while (this.pos < this.cps.length) {
      const c = this.cps[this.pos];
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) break;
      this.pos++;
    }
    if (depth > 0) throw new FormatError('ValueError', 'incomplete format key');
    const key = this.cps.slice(start, this.pos).join('');
    this.pos++; // ')'
    // Once a key is used, the operand no longer counts as a positional argument.
    this.argIndex = this.positional.length;
    return this.cb.getItem(this.mapping, key);
  }

  private flagsWidthPrecision(): ConversionSpec {
    const spec: ConversionSpec = {
      left: false,
      plus: false,
      space: false,
      alt: false,
      zero: false,
      width: -1,
      prec: -1,
    };
    for (;;) {
      const c = this.peek();
      if (c === '-') spec.left = true;
      else if (c === '+') spec.plus = true;
      else if (c === ' ') spec.space = true;
      else if (c === '#') spec.alt = true;
      else if (c === '0') spec.zero = true;
      else break;
      this.pos++;
    }
    if (this.peek() === '*') {
      this.pos++;
      const w = this.starArg();
      if (w < 0) {
        spec.left = true;
        spec.width = -w;
      } else {
        spec.width = w;
      }
    } else {
      spec.width = this.digits('width too big', Number.MAX_SAFE_INTEGER);
    }
    if (this.peek() === '.') {
      this.pos++;
      if (this.peek() === '*') {
        this.pos++;
        spec.prec = Math.max(0, this.starArg());
      } else {
        spec.prec = Math.max(0, this.digits('precision too big', INT_MAX));
      }
    }
    return spec;
  }

  private starArg(): number {
    const n = this.cb.intValue(this.nextArg());
    if (n === undefined) throw new FormatError('TypeError', '* wants int');
    return Number(n);
  }

  /** Reads decimal digits; -1 if there are none. */
  private digits(tooBig: string, limit: number): number {
    let value = -1;
    for (let c = this.peek(); c !== undefined && c >= '0' && c <= '9'; c = this.peek()) {
      value = (value < 0 ? 0 : value * 10) + (c.charCodeAt(0) - 48);
      if (value > limit) throw new FormatError('ValueError', tooBig);
      this.pos++;
    }
    return value;
  }

  private convert(ch: string, v: V, spec: ConversionSpec): string {
    switch (ch) {
      case 's':
        return padText(truncate(this.cb.str(v), spec.prec), spec);
      case 'r':
        return padText(truncate(this.cb.repr(v), spec.prec), spec);
      case 'a':
        return padText(truncate(this.cb.ascii(v), spec.prec), spec);
      case 'd':
      case 'i':
      case 'u':
        return formatIntConv(this.requireInt(v, ch, this.cb.toInt(v)), 'd', spec);
      case 'x':
      case 'X':
      case 'o':
        return formatIntConv(this.requireInt(v, ch, this.cb.toIndex(v)), ch, spec);
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        const x = this.cb.toFloat(v);
        if (x === undefined) {
          throw new FormatError('TypeError', `must be real number, not ${this.cb.typeName(v)}`);
        }
        return formatFloatConv(x, ch, spec);
      }
      case 'c':
        return padText(this.charOf(v), { ...spec, prec: -1 });
      default: {
        const cp = ch.codePointAt(0)!;
        const shown = cp >= 31 && cp <= 126 ? ch : '?';
        throw new FormatError(
          'ValueError',
          `unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${this.pos - 1}`,
        );
      }
    }
  }

  private requireInt(v: V, ch: string, n: PyIntValue | undefined): PyIntValue {
    if (n !== undefined) return n;
    const what = ch === 'x' || ch === 'X' || ch === 'o' ? 'an integer' : 'a real number';
    throw new FormatError('TypeError', `%${ch} format: ${what} is required, not ${this.cb.typeName(v)}`);
  }

  private charOf(v: V): string {
    const c = this.cb.toChar(v);
    if (typeof c === 'string') {
      if (c.length === 1 || (c.length === 2 && c.codePointAt(0)! > 0xffff)) return c;
    } else if (c !== undefined) {
      if (c < 0 || c > 0x10ffff) throw new FormatError('OverflowError', '%c arg not in range(0x110000)');
      return String.fromCodePoint(Number(c));
    }
    throw new FormatError('TypeError', '%c requires int or char');
  }
}

function truncate(s: string, prec: number): string {
  if (prec < 0 || s.length <= prec) return s;
  return Array.from(s).slice(0, prec).join('');
}

function cpLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) n++;
    else {
      const d = s.charCodeAt(i + 1);
      n++;
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}

/** Space padding for text conversions ('0' is ignored for them). */
function padText(s: string, spec: ConversionSpec): string {
  const len = cpLength(s);
  if (spec.width <= len) return s;
  const pad = ' '.repeat(spec.width - len);
  return spec.left ? s + pad : pad + s;
}

/** Pads sign + prefix + body: left, zero-filled after the prefix, or right-aligned. */
function padNumber(sign: string, prefix: string, body: string, spec: ConversionSpec): string {
  const len = sign.length + prefix.length + body.length;
  if (spec.width <= len) return sign + prefix + body;
  const n = spec.width - len;
  if (spec.left) return sign + prefix + body + ' '.repeat(n);
  if (spec.zero) return sign + prefix + '0'.repeat(n) + body;
  return ' '.repeat(n) + sign + prefix + body;
}

function signOf(negative: boolean, spec: ConversionSpec): string {
  return negative ? '-' : spec.plus ? '+' : spec.space ? ' ' : '';
}

function formatIntConv(n: PyIntValue, ch: string, spec: ConversionSpec): string {
  const base = ch === 'd' ? 10 : ch === 'o' ? 8 : 16;
  const negative = n < 0;
  let digits = intToDigits(n, base);
  if (negative) digits = digits.slice(1);
  if (ch === 'X') digits = digits.toUpperCase();
  if (spec.prec > digits.length) digits = '0'.repeat(spec.prec - digits.length) + digits;
  const prefix = spec.alt && base !== 10 ? '0' + ch : '';
  return padNumber(signOf(negative, spec), prefix, digits, spec);
}

function formatFloatConv(x: number, ch: string, spec: ConversionSpec): string {
  const prec = spec.prec < 0 ? 6 : spec.prec;
  const { negative, body } = floatBody(x, ch, prec, spec.alt, false);
  return padNumber(signOf(negative, spec), '', body, spec);
}

/** template % args */
export function percentFormat<V>(template: string, args: PercentArgs<V>, cb: PercentCallbacks<V>): string {
  // Fast path: no conversions at all.
  if (template.indexOf('%') < 0) {
    const unused = args.kind === 'tuple' ? args.items.length > 0 : args.kind === 'single';
    if (unused) throw new FormatError('TypeError', 'not all arguments converted during string formatting');
    return template;
  }
  return new PercentFormatter(template, args, cb).run();
}
