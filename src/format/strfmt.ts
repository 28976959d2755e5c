/**
 * str.format / str.format_map, and the helpers behind string.Formatter.
 *
 *   strFormat<V>(template: string, cb: StrFormatCallbacks<V>): string
 *       Renders the template, calling back into the VM for argument lookup,
 *       attribute/item access, !r/!s/!a conversion and format(obj, spec).
 *       Errors happen in the same order as CPython (fields render one by one).
 *   formatterParser(template): FormatterChunk[]     _string.formatter_parser
 *   fieldNameSplit(name): [first, rest]             _string.formatter_field_name_split
 *   strRepr, asciiRepr, bytesRepr                   re-exported from repr.ts
 *
 * Templates are walked by code point. Numbers in field names are Python ints
 * (JS numbers; digits beyond Number.MAX_SAFE_INTEGER give "Too many decimal
 * digits in format string", as CPython does past sys.maxsize).
 */
import { FormatError } from './errors.js';
import { unicodeDigitValue } from './internal.js';

export { strRepr, asciiRepr, bytesRepr, isPrintable } from './repr.js';

export interface StrFormatCallbacks<V> {
  /** Positional arguments; null for str.format_map. */
  positional: readonly V[] | null;
  /** kwargs[name] / mapping[name]; the VM raises KeyError(name) itself when missing. */
  keyword(name: string): V;
  /** getattr(obj, name) */
  getAttr(obj: V, name: string): V;
  /** obj[key]; key is an int when the text was all digits. */
  getItem(obj: V, key: number | string): V;
  /** repr(obj) / str(obj) / ascii(obj) as a new object, for !r !s !a. */
  convert(obj: V, conversion: 'r' | 's' | 'a'): V;
  /** format(obj, spec) */
  format(obj: V, spec: string): string;
}

/** One (literal, field) step of a template, as _string.formatter_parser yields it. */
export interface FormatterChunk {
  literal: string;
  /** null when the chunk is literal text only. */
  fieldName: string | null;
  formatSpec: string | null;
  conversion: string | null;
}

interface ParsedField {
  name: string;
  conversion: string | null;
  spec: string;
  specHasFields: boolean;
}

function valueError(message: string): FormatError {
  return new FormatError('ValueError', message);
}

/** Incremental tokenizer over a template: literal text, then optionally one field. */
class MarkupParser {
  private pos = 0;
  private readonly cps: string[];

  constructor(template: string) {
    this.cps = Array.from(template);
  }

  /** Next chunk, or null at the end. */
  next(): { literal: string; field: ParsedField | null } | null {
    const cps = this.cps;
    if (this.pos >= cps.length) return null;
    const start = this.pos;
    while (this.pos < cps.length) {
      const c = cps[this.pos];
      if (c === '{' || c === '}') {
        const doubled = cps[this.pos + 1] === c;
        if (doubled) {
          // Escaped brace: the literal ends with one copy of it.
          const literal = cps.slice(start, this.pos + 1).join('');
          this.pos += 2;
          return { literal, field: null };
        }
        if (c === '}') throw valueError("Single '}' encountered in format string");
        if (this.pos + 1 >= cps.length) throw valueError("Single '{' encountered in format string");
        const literal = cps.slice(start, this.pos).join('');
        this.pos++;
        return { literal, field: this.field() };
      }
      this.pos++;
    }
    return { literal: cps.slice(start).join(''), field: null };
  }

  /** Parses name[!conversion][:spec]} after a '{'. */
  private field(): ParsedField {
    const cps = this.cps;
    const nameStart = this.pos;
    while (this.pos < cps.length) {
      const c = cps[this.pos];
      if (c === '{') throw valueError("unexpected '{' in field name");
      if (c === '[') {
        // Inside [...] every character belongs to the key.
        while (this.pos < cps.length && cps[this.pos] !== ']') this.pos++;
        continue;
      }
      if (c === '}' || c === ':' || c === '!') break;
      this.pos++;
    }
    if (this.pos >= cps.length) throw valueError("expected '}' before end of string");
    const name = cps.slice(nameStart, this.pos).join('');
    let c = cps[this.pos++];
    let conversion: string | null = null;
    if (c === '!') {
      if (this.pos >= cps.length) throw valueError('end of string while looking for conversion specifier');
      conversion = cps[this.pos++];
      if (this.pos >= cps.length) throw valueError("unmatched '{' in format spec");
      c = cps[this.pos++];
      if (c !== '}' && c !== ':') throw valueError("expected ':' after conversion specifier");
    }
    if (c === '}') return { name, conversion, spec: '', specHasFields: false };
    // Format spec: may hold nested {fields}, so balance braces.
    const specStart = this.pos;
    let depth = 1;
    let specHasFields = false;
    while (this.pos < cps.length) {
      const s = cps[this.pos];
      if (s === '{') {
        depth++;
        specHasFields = true;
      } else if (s === '}' && --depth === 0) {
        break;
      }
      this.pos++;
    }
    if (depth > 0) throw valueError("unmatched '{' in format spec");
    const spec = cps.slice(specStart, this.pos).join('');
    this.pos++;
    return { name, conversion, spec, specHasFields };
  }
}

/** Python int from a field-name part if it is all decimal digits, else null. */
function asIndex(text: string): number | null {
  if (text.length === 0) return null;
  let value = 0;
  for (const ch of text) {
    const d = unicodeDigitValue(ch.codePointAt(0)!);
    if (d < 0) return null;
    value = value * 10 + d;
    if (value > Number.MAX_SAFE_INTEGER) throw valueError('Too many decimal digits in format string');
  }
  return value;
}

/** Iterates the .attr and [key] parts after the first part of a field name. */
class FieldNameRest {
  private pos = 0;

  constructor(private readonly cps: string[]) {}

  /** Next accessor, or null when done. */
  next(): { isAttr: boolean; key: number | string } | null {
    const cps = this.cps;
    if (this.pos >= cps.length) return null;
    const c = cps[this.pos++];
    if (c === '.') {
      const start = this.pos;
      while (this.pos < cps.length && cps[this.pos] !== '.' && cps[this.pos] !== '[') this.pos++;
      if (this.pos === start) throw valueError('Empty attribute in format string');
      return { isAttr: true, key: cps.slice(start, this.pos).join('') };
    }
    if (c === '[') {
      const start = this.pos;
      while (this.pos < cps.length && cps[this.pos] !== ']') this.pos++;
      if (this.pos >= cps.length) throw valueError("Missing ']' in format string");
      const text = cps.slice(start, this.pos).join('');
      this.pos++; // ']'
      if (text.length === 0) throw valueError('Empty attribute in format string');
      // A bad character after ']' is reported by the following next() call,
      // i.e. after this item lookup ran, as CPython does.
      return { isAttr: false, key: asIndex(text) ?? text };
    }
    throw valueError("Only '.' or '[' may follow ']' in format field specifier");
  }
}

/** Splits a field name at its first '.' or '['. */
function splitFirst(name: string): { first: string; rest: string[] } {
  const cps = Array.from(name);
  let i = 0;
  while (i < cps.length && cps[i] !== '.' && cps[i] !== '[') i++;
  return { first: cps.slice(0, i).join(''), rest: cps.slice(i) };
}

type Numbering = { mode: 'unknown' | 'auto' | 'manual'; next: number };

class StrFormatter<V> {
  private readonly numbering: Numbering = { mode: 'unknown', next: 0 };

  constructor(private readonly cb: StrFormatCallbacks<V>) {}

  render(template: string, depth: number): string {
    if (depth <= 0) throw valueError('Max string recursion exceeded');
    const parser = new MarkupParser(template);
    const out: string[] = [];
    for (let chunk = parser.next(); chunk !== null; chunk = parser.next()) {
      out.push(chunk.literal);
      if (chunk.field) out.push(this.renderField(chunk.field, depth));
    }
    return out.join('');
  }

  private renderField(field: ParsedField, depth: number): string {
    let obj = this.lookup(field.name);
    if (field.conversion !== null) {
      const conv = field.conversion;
      if (conv !== 'r' && conv !== 's' && conv !== 'a') {
        const cp = conv.codePointAt(0)!;
        const shown = cp > 32 && cp < 128 ? conv : '\\x' + cp.toString(16);
        throw valueError(`Unknown conversion specifier ${shown}`);
      }
      obj = this.cb.convert(obj, conv);
    }
    const spec = field.specHasFields ? this.render(field.spec, depth - 1) : field.spec;
    return this.cb.format(obj, spec);
  }

  /** Resolves a whole field name: first part, then each .attr / [key]. */
  private lookup(name: string): V {
    const { first, rest } = splitFirst(name);
    let obj: V;
    const index = first.length === 0 ? this.autoIndex() : this.manualIndex(first);
    if (index === null) {
      obj = this.cb.keyword(first);
    } else {
      const args = this.cb.positional;
      if (args === null) throw valueError('Format string contains positional fields');
      if (index >= args.length) {
        throw new FormatError('IndexError', `Replacement index ${index} out of range for positional args tuple`);
      }
      obj = args[index];
    }
    const accessors = new FieldNameRest(rest);
    for (let a = accessors.next(); a !== null; a = accessors.next()) {
      obj = a.isAttr ? this.cb.getAttr(obj, a.key as string) : this.cb.getItem(obj, a.key);
    }
    return obj;
  }

  private autoIndex(): number {
    if (this.numbering.mode === 'manual') {
      throw valueError('cannot switch from manual field specification to automatic field numbering');
    }
    this.numbering.mode = 'auto';
    return this.numbering.next++;
  }

  /** Index for an explicit first part, or null if it is a keyword name. */
  private manualIndex(first: string): number | null {
    const index = asIndex(first);
    if (index === null) return null;
    if (this.numbering.mode === 'auto') {
      throw valueError('cannot switch from automatic field numbering to manual field specification');
    }
    this.numbering.mode = 'manual';
    return index;
  }
}

/** str.format(*args, **kwargs) / str.format_map(mapping) */
export function strFormat<V>(template: string, cb: StrFormatCallbacks<V>): string {
  // Fast path: nothing to substitute.
  if (template.indexOf('{') < 0 && template.indexOf('}') < 0) return template;
  return new StrFormatter(cb).render(template, 2);
}

/** _string.formatter_parser(template) as a list. */
export function formatterParser(template: string): FormatterChunk[] {
  const parser = new MarkupParser(template);
  const out: FormatterChunk[] = [];
  for (let chunk = parser.next(); chunk !== null; chunk = parser.next()) {
    const f = chunk.field;
    out.push({
      literal: chunk.literal,
      fieldName: f ? f.name : null,
      formatSpec: f ? f.spec : null,
      conversion: f ? f.conversion : null,
    });
  }
  return out;
}

/** _string.formatter_field_name_split(name): first part and [isAttr, key] pairs. */
export function fieldNameSplit(name: string): [number | string, Array<[boolean, number | string]>] {
  const { first, rest } = splitFirst(name);
  const accessors = new FieldNameRest(rest);
  const parts: Array<[boolean, number | string]> = [];
  for (let a = accessors.next(); a !== null; a = accessors.next()) parts.push([a.isAttr, a.key]);
  return [asIndex(first) ?? first, parts];
}
