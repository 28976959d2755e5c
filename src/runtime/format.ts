// format(value, spec): the built-in types' formatting (src/format) or __format__.

import { heap } from '../../gc/heap.js';
import { NULL, Ref, TypeFlags, TypeL } from '../../gc/layout.js';
import { formatFloat, formatInt, formatStr } from '../format/spec.js';
import { FormatError } from '../format/errors.js';
import { Exc, raise, typeError } from '../objects/exception.js';
import { floatValue } from '../objects/float.js';
import { intValue } from '../objects/int.js';
import { typeOf } from '../objects/object.js';
import { T_BOOL, T_COMPLEX, T_FLOAT, T_INT, T_STR } from '../objects/statics.js';
import { complexFormat } from '../objects/complex.js';
import { newStr, strValue } from '../objects/str.js';
import { isSubtype, lookupType } from '../objects/typeobject.js';
import { str, typeNameOf } from './abstract.js';
import { callBound } from './call.js';
import { N } from './names.js';

/** format(v, spec) as a str object. */
export function formatObject(v: Ref, spec: string): Ref {
  const t = typeOf(v);
  if ((heap.i32[t + TypeL.FLAGS] & TypeFlags.OVERRIDES) !== 0) {
    const f = lookupType(t, N.__format__);
    if (f !== NULL) {
      const r = callBound(f, v, [newStr(spec)]);
      if (!isSubtype(typeOf(r), T_STR)) typeError(`__format__ must return a str, not ${typeNameOf(r)}`);
      return r;
    }
  }
  return newStr(formatBuiltin(v, spec));
}

/** The formatting of built-in values, as the built-in types' __format__ methods do it. */
export function formatBuiltin(v: Ref, spec: string): string {
  const t = typeOf(v);
  try {
    if (t === T_STR || isSubtype(t, T_STR)) return formatStr(strValue(v), spec);
    if (t === T_BOOL && spec === '') return str(v);
    if (t === T_INT || isSubtype(t, T_INT)) return formatInt(intValue(v), spec);
    if (t === T_FLOAT || isSubtype(t, T_FLOAT)) return formatFloat(floatValue(v), spec);
    if (t === T_COMPLEX || isSubtype(t, T_COMPLEX)) return complexFormat(v, spec);
  } catch (e) {
    if (e instanceof FormatError) raise(Exc[e.pyType], e.message);
    throw e;
  }
  if (spec !== '') typeError(`unsupported format string passed to ${typeNameOf(v)}.__format__`);
  return str(v);
}
