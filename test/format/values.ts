/** A tiny Python-value model for testing percent.ts and strfmt.ts without a VM. */
import { FormatError, type PyIntValue } from '../../src/format/errors.js';
import { floatAsInt, floatRepr } from '../../src/format/float.js';
import { intToString } from '../../src/format/int.js';
import type { PercentCallbacks } from '../../src/format/percent.js';
import { asciiRepr, strRepr } from '../../src/format/repr.js';
import { formatFloat, formatInt, formatStr } from '../../src/format/spec.js';
import type { StrFormatCallbacks } from '../../src/format/strfmt.js';
import { pyFloat, pyInt } from './helpers.js';

export type Val =
  | { t: 'int'; v: PyIntValue }
  | { t: 'float'; v: number }
  | { t: 'str'; v: string }
  | { t: 'list'; v: Val[] }
  | { t: 'dict'; v: Map<string, Val> };

export type Encoded = { i?: string; f?: string; s?: string; l?: Encoded[]; d?: Record<string, Encoded> };

export function decode(e: Encoded): Val {
  if (e.i !== undefined) return { t: 'int', v: pyInt(e.i) };
  if (e.f !== undefined) return { t: 'float', v: pyFloat(e.f) };
  if (e.s !== undefined) return { t: 'str', v: e.s };
  if (e.l !== undefined) return { t: 'list', v: e.l.map(decode) };
  return { t: 'dict', v: new Map(Object.entries(e.d!).map(([k, x]) => [k, decode(x)])) };
}

const TYPE_NAMES = { int: 'int', float: 'float', str: 'str', list: 'list', dict: 'dict' };

export function pyStr(v: Val): string {
  return v.t === 'str' ? v.v : pyRepr(v);
}

export function pyRepr(v: Val, ascii = false): string {
  switch (v.t) {
    case 'int':
      return intToString(v.v);
    case 'float':
      return floatRepr(v.v);
    case 'str':
      return ascii ? asciiRepr(v.v) : strRepr(v.v);
    case 'list':
      return '[' + v.v.map((x) => pyRepr(x, ascii)).join(', ') + ']';
    case 'dict':
      return '{' + [...v.v].map(([k, x]) => `${ascii ? asciiRepr(k) : strRepr(k)}: ${pyRepr(x, ascii)}`).join(', ') + '}';
  }
}

function getItem(obj: Val, key: number | string): Val {
  if (obj.t === 'dict') {
    const r = typeof key === 'string' ? obj.v.get(key) : undefined;
    if (r === undefined) throw new FormatError('KeyError', typeof key === 'string' ? strRepr(key) : String(key));
    return r;
  }
  if (obj.t === 'list') {
    if (typeof key !== 'number') {
      throw new FormatError('TypeError', 'list indices must be integers or slices, not str');
    }
    if (key >= obj.v.length) throw new FormatError('IndexError', 'list index out of range');
    return obj.v[key];
  }
  throw new FormatError('TypeError', `'${TYPE_NAMES[obj.t]}' object is not subscriptable`);
}

export const percentCallbacks: PercentCallbacks<Val> = {
  str: pyStr,
  repr: (v) => pyRepr(v),
  ascii: (v) => pyRepr(v, true),
  typeName: (v) => TYPE_NAMES[v.t],
  intValue: (v) => (v.t === 'int' ? v.v : undefined),
  toInt: (v) => (v.t === 'int' ? v.v : v.t === 'float' ? floatAsInt(v.v) : undefined),
  toIndex: (v) => (v.t === 'int' ? v.v : undefined),
  toFloat: (v) => (v.t === 'float' ? v.v : v.t === 'int' ? Number(v.v) : undefined),
  toChar: (v) => (v.t === 'str' ? v.v : v.t === 'int' ? v.v : undefined),
  getItem: (m, k) => getItem(m, k),
};

export function strFormatCallbacks(positional: Val[] | null, kw: Map<string, Val>): StrFormatCallbacks<Val> {
  return {
    positional,
    keyword(name) {
      const r = kw.get(name);
      if (r === undefined) throw new FormatError('KeyError', strRepr(name));
      return r;
    },
    getAttr(obj, name) {
      if (name === 'real' && (obj.t === 'int' || obj.t === 'float')) return obj;
      throw new FormatError('TypeError', `no attribute ${name} on ${TYPE_NAMES[obj.t]}`);
    },
    getItem,
    convert(obj, conv) {
      return { t: 'str', v: conv === 's' ? pyStr(obj) : pyRepr(obj, conv === 'a') };
    },
    format(obj, spec) {
      if (obj.t === 'int') return formatInt(obj.v, spec);
      if (obj.t === 'float') return formatFloat(obj.v, spec);
      if (obj.t === 'str') return formatStr(obj.v, spec);
      if (spec === '') return pyStr(obj);
      throw new FormatError('TypeError', `unsupported format string passed to ${TYPE_NAMES[obj.t]}.__format__`);
    },
  };
}
