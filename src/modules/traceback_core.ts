// _traceback: the VM's own exception formatter (src/runtime/traceback.ts) and traceback
// walking, exposed to lib/traceback.py.

import { NULL, Ref } from '../../gc/layout.js';
import { codeOf } from '../interpreter/code.js';
import { intValue, newInt } from '../objects/int.js';
import { thread } from '../interpreter/threadstate.js';
import { newList } from '../objects/list.js';
import { NONE } from '../objects/statics.js';
import { newStr } from '../objects/str.js';
import { tbCode, tbInstr, tbNext } from '../objects/traceback.js';
import { newTuple } from '../objects/tuple.js';
import { formatException, formatExceptionOnly, sourceLine } from '../runtime/traceback.js';
import { defFunction } from '../runtime/native.js';

defFunction('_traceback', { name: 'format', params: ['exc'], fn: (_m, exc) => newStr(formatException(exc)) });
defFunction('_traceback', { name: 'format_only', params: ['exc'], fn: (_m, exc) => newStr(formatExceptionOnly(exc)) });

/** extract(tb) -> [(filename, lineno, name, line or None), ...], outermost first. */
defFunction('_traceback', {
  name: 'extract', params: ['tb'],
  fn: (_m, tb) => {
    const out: Ref[] = [];
    for (let t = tb; t !== NULL && t !== NONE; t = tbNext(t)) {
      const code = codeOf(tbCode(t));
      const line = code.positions[tbInstr(t) * 4] || code.firstlineno;
      const text = sourceLine(code.filename, line);
      out.push(newTuple([newStr(code.filename), newInt(line), newStr(code.name),
        text === null ? NONE : newStr(text.trim())]));
    }
    return newList(out);
  },
});

/** caller(depth) -> (filename, lineno, globals, name) of the Python frame `depth` levels above
 *  the one calling this function (0: that frame itself), or None past the outermost frame. */
defFunction('_traceback', {
  name: 'caller', params: ['depth'],
  fn: (_m, depthRef) => {
    let f = thread.frame;
    for (let d = Number(intValue(depthRef)); d > 0 && f !== null; d--) f = f.back;
    if (f === null) return NONE;
    const line = f.code.positions[f.lasti * 4] || f.code.firstlineno;
    return newTuple([newStr(f.code.filename), newInt(line), f.globals, newStr(f.code.name)]);
  },
});
