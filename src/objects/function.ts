// function: a code object with its globals, defaults, closure and attributes.

import { alloc } from '../../gc/alloc.js';
import { FunctionL, NULL, Ref } from '../../gc/layout.js';
import { load, store } from '../../stm/barrier.js';
import { T_FUNCTION } from './statics.js';

export interface FunctionParts {
  code: Ref; globals: Ref; builtins: Ref; name: Ref; qualname: Ref; defaults: Ref; kwdefaults: Ref;
  closure: Ref; doc: Ref; module: Ref;
}

export function newFunction(p: FunctionParts): Ref {
  const f = alloc(T_FUNCTION, FunctionL.SIZE);
  store(f, FunctionL.CODE, p.code);
  store(f, FunctionL.GLOBALS, p.globals);
  store(f, FunctionL.BUILTINS, p.builtins);
  store(f, FunctionL.NAME, p.name);
  store(f, FunctionL.QUALNAME, p.qualname);
  store(f, FunctionL.DEFAULTS, p.defaults);
  store(f, FunctionL.KWDEFAULTS, p.kwdefaults);
  store(f, FunctionL.CLOSURE, p.closure);
  store(f, FunctionL.DOC, p.doc);
  store(f, FunctionL.MODULE, p.module);
  store(f, FunctionL.DICT, NULL);
  return f;
}

export const funcCode = (f: Ref): Ref => load(f, FunctionL.CODE);
export const funcGlobals = (f: Ref): Ref => load(f, FunctionL.GLOBALS);
export const funcBuiltins = (f: Ref): Ref => load(f, FunctionL.BUILTINS);
export const funcDefaults = (f: Ref): Ref => load(f, FunctionL.DEFAULTS);
export const funcKwDefaults = (f: Ref): Ref => load(f, FunctionL.KWDEFAULTS);
export const funcClosure = (f: Ref): Ref => load(f, FunctionL.CLOSURE);
export const funcName = (f: Ref): Ref => load(f, FunctionL.NAME);
export const funcQualname = (f: Ref): Ref => load(f, FunctionL.QUALNAME);
