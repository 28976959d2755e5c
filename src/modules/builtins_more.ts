// The builtins that deal with namespaces and source code: globals, locals, vars, dir, exec,
// eval, compile, __import__, input, breakpoint.

import { heap } from '../../gc/heap.js';
import { NULL, Ref } from '../../gc/layout.js';
import { bytesValue } from '../objects/bytes.js';
import { cellGet } from '../objects/cell.js';
import { dictSet, newDict } from '../objects/dict.js';
import { Exc, raise, typeError, valueError } from '../objects/exception.js';
import { intValue } from '../objects/int.js';
import { listSort, newList } from '../objects/list.js';
import { typeOf } from '../objects/object.js';
import { NONE, T_BYTES, T_CODE, T_DICT, T_STR } from '../objects/statics.js';
import { newStr, strLength, strValue } from '../objects/str.js';
import { isSubtype, lookupType, typeName } from '../objects/typeobject.js';
import { asIndex, callDunder, iterToArray, str } from '../runtime/abstract.js';
import { getAttr, getAttrOrNull } from '../runtime/attributes.js';
import { callObject } from '../runtime/call.js';
import { CompileMode, compileSource } from '../runtime/compile.js';
import { execModuleCode } from '../runtime/exec.js';
import { importModuleLevel } from '../runtime/import.js';
import { intern } from '../runtime/intern.js';
import { defFunction } from '../runtime/native.js';
import { N } from '../runtime/names.js';
import { thread } from '../interpreter/threadstate.js';
import type { Frame } from '../interpreter/frame.js';
import { lookupAttr, sysStream, writeTo } from './builtins.js';

const B = 'builtins';

function callerFrame(): Frame {
  const f = thread.frame;
  if (f === null) throw new Error('builtins: no Python frame is running');
  return f;
}

/** The locals mapping of a frame: module and class bodies have one; for a function, a new
 *  dict of its bound local, cell and free variables. */
function frameLocals(frame: Frame): Ref {
  if (frame.locals !== NULL) return frame.locals;
  const code = frame.code;
  const d = newDict();
  const cells = new Set(code.cellvars);
  for (let i = 0; i < code.nlocals; i++) {
    const v = frame.f[i];
    if (v !== NULL && !cells.has(code.varnames[i])) dictSet(d, intern(code.varnames[i]), v);
  }
  const derefs = [...code.cellvars, ...code.freevars];
  for (let j = 0; j < derefs.length; j++) {
    const cell = frame.f[code.nlocals + j];
    const v = cell === NULL ? NULL : cellGet(cell);
    if (v !== NULL) dictSet(d, intern(derefs[j]), v);
  }
  return d;
}

defFunction(B, { name: 'globals', fn: () => callerFrame().globals });
defFunction(B, { name: 'locals', fn: () => frameLocals(callerFrame()) });

defFunction(B, {
  name: 'vars', params: ['object'], required: 0,
  fn: (_s, o) => {
    if (o === NULL) return frameLocals(callerFrame());
    const d = lookupAttr(o, N.__dict__);
    if (d === NULL) typeError('vars() argument must have __dict__ attribute');
    return d;
  },
});

defFunction(B, {
  name: 'dir', params: ['object'], required: 0,
  fn: (_s, o) => {
    const names = o === NULL ? frameLocals(callerFrame()) : callDunder(o, N.__dir__, []);
    if (names === NULL) typeError(`object does not provide __dir__`);
    const l = newList(iterToArray(names));
    listSort(l, NULL, false);
    return l;
  },
});

// ---- source code ----

/** Source text of a str or bytes argument, or null for anything else. */
function sourceText(src: Ref): string | null {
  const t = typeOf(src);
  if (isSubtype(t, T_STR)) return strValue(src);
  if (isSubtype(t, T_BYTES)) return Buffer.from(bytesValue(src)).toString('utf8');
  return null;
}

function codeFromSource(src: Ref, fname: 'exec' | 'eval', mode: CompileMode): Ref {
  if ((src & 1) === 0 && heap.i32[src] === T_CODE) return src;
  let text = sourceText(src);
  if (text === null) typeError(`${fname}() arg 1 must be a string, bytes or code object`);
  if (text.includes('\0')) raise(Exc.SyntaxError, 'source code string cannot contain null bytes');
  // eval ignores leading blanks, as CPython does.
  if (mode === 'eval') text = text.replace(/^[ \t]+/, '');
  return compileSource(text, '<string>', mode);
}

/** Globals and locals for exec/eval: the caller's when not given. */
function namespaces(fname: 'exec' | 'eval', globals: Ref, locals: Ref): [Ref, Ref] {
  const noGlobals = globals === NULL || globals === NONE;
  const noLocals = locals === NULL || locals === NONE;
  const badGlobals = !noGlobals && !isSubtype(typeOf(globals), T_DICT);
  const badLocals = !noLocals && !isMapping(locals);
  // The checks come in CPython's order, which differs between exec and eval.
  if (fname === 'exec') {
    if (badGlobals) typeError(`exec() globals must be a dict, not ${typeName(typeOf(globals))}`);
    if (badLocals) typeError(`locals must be a mapping or None, not ${typeName(typeOf(locals))}`);
  } else {
    if (badLocals) typeError('locals must be a mapping');
    if (badGlobals) typeError(isMapping(globals) ? 'globals must be a real dict; try eval(expr, {}, mapping)' : 'globals must be a dict');
  }
  if (noGlobals) {
    const frame = callerFrame();
    return [frame.globals, noLocals ? frameLocals(frame) : locals];
  }
  return [globals, noLocals ? globals : locals];
}

const isMapping = (o: Ref): boolean => lookupType(typeOf(o), N.__getitem__) !== NULL;

defFunction(B, {
  name: 'exec', params: ['source', 'globals', 'locals'], required: 1,
  fn: (_s, src, globals, locals) => {
    const [g, l] = namespaces('exec', globals, locals);
    execModuleCode(codeFromSource(src, 'exec', 'exec'), g, l);
    return NONE;
  },
});

defFunction(B, {
  name: 'eval', params: ['source', 'globals', 'locals'], required: 1,
  fn: (_s, src, globals, locals) => {
    const [g, l] = namespaces('eval', globals, locals);
    return execModuleCode(codeFromSource(src, 'eval', 'eval'), g, l);
  },
});

defFunction(B, {
  name: 'compile', params: ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize'], required: 3, keywords: true,
  fn: (_s, src, filename, modeRef) => {
    if ((src & 1) === 0 && heap.i32[src] === T_CODE) return src;
    const text = sourceText(src);
    if (text === null) typeError('compile() arg 1 must be a string, bytes or AST object');
    const mode = isSubtype(typeOf(modeRef), T_STR) ? strValue(modeRef) : typeError(`compile() argument 'mode' must be str, not ${typeName(typeOf(modeRef))}`);
    if (mode !== 'exec' && mode !== 'eval' && mode !== 'single') valueError("compile() mode must be 'exec', 'eval' or 'single'");
    if (text.includes('\0')) raise(Exc.SyntaxError, 'source code string cannot contain null bytes');
    return compileSource(text, pathText(filename), mode === 'eval' ? 'eval' : 'exec');
  },
});

function pathText(filename: Ref): string {
  const text = sourceText(filename);
  if (text !== null) return text;
  const fspath = lookupType(typeOf(filename), intern('__fspath__'));
  if (fspath !== NULL) return pathText(callObject(fspath, [filename]));
  return typeError(`expected str, bytes or os.PathLike object, not ${typeName(typeOf(filename))}`);
}

// ---- import ----

defFunction(B, {
  name: '__import__', params: ['name', 'globals', 'locals', 'fromlist', 'level'], required: 1, keywords: true,
  fn: (_s, name, globals, _locals, fromlist, levelRef) => {
    if (!isSubtype(typeOf(name), T_STR)) typeError('module name must be a string');
    const level = levelRef === NULL ? 0 : Number(intValue(asIndex(levelRef)));
    if (level < 0) valueError('level must be >= 0');
    const g = globals === NULL || globals === NONE ? NULL : globals;
    return importModuleLevel(strValue(name), g, fromlist === NULL ? NONE : fromlist, level);
  },
});

// ---- console ----

defFunction(B, {
  name: 'input', params: ['prompt'], required: 0,
  fn: (_s, prompt) => {
    const stdout = sysStream('stdout');
    if (prompt !== NULL && stdout !== NONE) {
      writeTo(stdout, str(prompt));
      const flush = getAttrOrNull(stdout, N.flush);
      if (flush !== NULL) callObject(flush, []);
    }
    const line = readLine(sysStream('stdin'));
    if (line === '') raise(Exc.EOFError, 'EOF when reading a line');
    return newStr(line.endsWith('\n') ? line.slice(0, -1) : line);
  },
});

function readLine(stdin: Ref): string {
  if (stdin === NONE) raise(Exc.RuntimeError, 'input(): lost sys.stdin');
  const line = callObject(getAttr(stdin, N.readline), []);
  if (!isSubtype(typeOf(line), T_STR)) typeError(`object.readline() returned non-string`);
  return strLength(line) === 0 ? '' : strValue(line);
}

defFunction(B, { name: 'breakpoint', varfn: () => NONE });
