// Source to heap code object: parse, compile, store. Used by the command line, import,
// exec/eval/compile. Syntax errors become Python SyntaxError exceptions.

import type { Ref } from '../../gc/layout.js';
import { compileExpression, compileModule } from '../compiler/compiler.js';
import { parseExpression, parseModule } from '../parser/parser.js';
import { PySyntaxError } from '../parser/errors.js';
import { storeCode } from '../interpreter/code.js';
import { Exc, newExceptionOfType } from '../objects/exception.js';
import { newInt } from '../objects/int.js';
import { NONE } from '../objects/statics.js';
import { newStr } from '../objects/str.js';
import { newTuple } from '../objects/tuple.js';
import { genericSetAttr } from './attributes.js';
import { PyRaise } from './errors.js';
import { intern } from './intern.js';

export type CompileMode = 'exec' | 'eval';

/** Compiles source text; raises SyntaxError (a Python exception) for bad input. */
export function compileSource(source: string, filename: string, mode: CompileMode): Ref {
  try {
    if (mode === 'eval') return storeCode(compileExpression(parseExpression(source, filename), filename, source));
    return storeCode(compileModule(parseModule(source, filename), filename, source));
  } catch (e) {
    if (e instanceof PySyntaxError) throw new PyRaise(syntaxErrorObject(e));
    throw e;
  }
}

/** The Python exception for a syntax error found by the parser or compiler. */
export function syntaxErrorObject(e: PySyntaxError): Ref {
  const details = [newStr(e.filename), newInt(e.lineno), newInt(e.offset), newStr(e.text), newInt(e.end_lineno), newInt(e.end_offset)];
  const exc = newExceptionOfType(Exc[e.kind], newTuple([newStr(e.msg), newTuple(details)]));
  const attrs: [string, Ref][] = [
    ['msg', newStr(e.msg)], ['filename', details[0]], ['lineno', details[1]], ['offset', details[2]],
    ['text', e.text === '' ? NONE : details[3]], ['end_lineno', details[4]], ['end_offset', details[5]],
    ['print_file_and_line', NONE],
  ];
  for (const [k, v] of attrs) genericSetAttr(exc, intern(k), v);
  return exc;
}
