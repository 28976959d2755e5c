// Running a module-level code object in a namespace: the main program, imported modules,
// exec() and eval().

import { heap } from '../../gc/heap.js';
import { Control, NULL, Ref } from '../../gc/layout.js';
import { dictGetStr, dictSet } from '../objects/dict.js';
import { moduleDict } from '../objects/module.js';
import { T_DICT, T_MODULE } from '../objects/statics.js';
import { codeOf } from '../interpreter/code.js';
import { runFrame } from '../interpreter/eval.js';
import { Frame } from '../interpreter/frame.js';
import { N } from './names.js';

/** The builtins dict a namespace uses: its __builtins__ (module or dict), else the default. */
export function builtinsFor(globals: Ref): Ref {
  const b = dictGetStr(globals, N.__builtins__);
  if (b !== NULL) {
    if (heap.i32[b] === T_MODULE) return moduleDict(b);
    if (heap.i32[b] === T_DICT) return b;
  }
  return moduleDict(heap.i32[Control.BUILTINS]);
}

/** Runs code with `globals` (and `locals`, the same dict when NULL); returns its value. */
export function execModuleCode(code: Ref, globals: Ref, locals: Ref = NULL): Ref {
  if (dictGetStr(globals, N.__builtins__) === NULL) dictSet(globals, N.__builtins__, heap.i32[Control.BUILTINS]);
  const frame = new Frame(codeOf(code), globals, builtinsFor(globals), locals === NULL ? globals : locals, NULL);
  return runFrame(frame);
}
