// More builtins: those that walk iterables (all, any, min, max, sum, sorted) and those that
// deal with namespaces and source code (globals, locals, vars, dir, exec, eval, compile,
// __import__), input and breakpoint.

import { heap } from '../../gc/heap.js';
import { NULL, Ref } from '../../gc/layout.js';
import { CompareOp } from '../compiler/opcodes.js';
import { intAdd, intToFloat, PyIntValue } from '../format/int.js';
import { bytesValue } from '../objects/bytes.js';
import { cellGet } from '../objects/cell.js';
import { dictSet, newDict } from '../objects/dict.js';
import { Exc, raise, typeError, valueError } from '../objects/exception.js';
import { floatValue, newFloat } from '../objects/float.js';
import { intValue, newInt } from '../objects/int.js';
import { listExtend, listItem, listSize, listSort, newList } from '../objects/list.js';
import { typeOf } from '../objects/object.js';
import { NONE, T_BOOL, T_BYTEARRAY, T_BYTES, T_CODE, T_DICT, T_FLOAT, T_INT, T_LIST, T_STR } from '../objects/statics.js';
import { newStr, strLength, strValue } from '../objects/str.js';
import { isSubtype, lookupType, typeName } from '../objects/typeobject.js';
import {
  asIndex, binaryOp, bool, callDunder, getIter, isTrue, iterNext, iterToArray, richCompare, str,
} from '../runtime/abstract.js';
import { getAttr, getAttrOrNull } from '../runtime/attributes.js';
import { callBound, callObject, kwargsToRecord } from '../runtime/call.js';
import { CompileMode, compileSource } from '../runtime/compile.js';
import { execModuleCode } from '../runtime/exec.js';
import { importModuleLevel } from '../runtime/import.js';
import { intern } from '../runtime/intern.js';
import { defFunction, Kwargs } from '../runtime/native.js';
import { N } from '../runtime/names.js';
import { thread } from '../interpreter/threadstate.js';
import type { Frame } from '../interpreter/frame.js';
import { lookupAttr, sysStream, writeTo } from './builtins.js';

const B = 'builtins';

// ---- iterables ----

/** The items of an iterable one by one (NULL at the end): a list's directly, any other's
 *  through its iterator. */
function itemsOf(iterable: Ref): () => Ref {
  if (typeOf(iterable) === T_LIST) {
    let i = 0;
    return () => (i < listSize(iterable) ? listItem(iterable, i++) : NULL);
  }
  const it = getIter(iterable);
  return () => iterNext(it);
}

/** True when `a` beats `b` for min (op LT) or max (op GT): CPython's `a < b` / `a > b`. */
function beats(a: Ref, b: Ref, op: number): boolean {
  if ((a & b & 1) === 1) return op === CompareOp.LT ? a < b : a > b;
  return isTrue(richCompare(a, b, op));
}

function minMax(name: 'min' | 'max', args: Ref[], kw: Kwargs | null): Ref {
  let key: Ref = NULL;
  let dflt: Ref = NULL;
  for (let i = 0; kw !== null && i < kw.names.length; i++) {
    if (kw.names[i] === 'key') key = kw.values[i] === NONE ? NULL : kw.values[i];
    else if (kw.names[i] === 'default') dflt = kw.values[i];
    else typeError(`'${kw.names[i]}' is an invalid keyword argument for ${name}()`);
  }
  if (args.length === 0) typeError(`${name} expected at least 1 argument, got 0`);
  if (args.length > 1 && dflt !== NULL) typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
  const op = name === 'min' ? CompareOp.LT : CompareOp.GT;
  let best = NULL;
  let bestKey = NULL;
  const consider = (item: Ref): void => {
    const k = key === NULL ? item : callObject(key, [item]);
    if (best === NULL || beats(k, bestKey, op)) { best = item; bestKey = k; }
  };
  if (args.length > 1) {
    for (const item of args) consider(item);
  } else {
    const next = itemsOf(args[0]);
    for (let x = next(); x !== NULL; x = next()) consider(x);
  }
  if (best !== NULL) return best;
  if (dflt !== NULL) return dflt;
  return valueError(`${name}() arg is an empty sequence`);
}

defFunction(B, { name: 'min', varfn: (_s, args, kw) => minMax('min', args, kw) });
defFunction(B, { name: 'max', varfn: (_s, args, kw) => minMax('max', args, kw) });

defFunction(B, {
  name: 'sum', varfn: (_s, args, kw) => {
    const opts = kwargsToRecord('sum', kw, ['start']);
    const given = args.length + (opts.start === undefined ? 0 : 1);
    if (given > 2) typeError(`sum() takes at most 2 arguments (${given} given)`);
    if (args.length < 1) typeError(`sum() takes at least 1 positional argument (${args.length} given)`);
    const start = args.length === 2 ? args[1] : opts.start ?? newInt(0);
    const st = typeOf(start);
    if (isSubtype(st, T_STR)) typeError("sum() can't sum strings [use ''.join(seq) instead]");
    if (isSubtype(st, T_BYTES)) typeError("sum() can't sum bytes [use b''.join(seq) instead]");
    if (isSubtype(st, T_BYTEARRAY)) typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
    return sumItems(itemsOf(args[0]), start);
  },
});

/** Sums with plain int and float accumulators while the items allow (as CPython 3.11, whose
 *  float sum is plain double addition), then generic `+`. */
function sumItems(next: () => Ref, start: Ref): Ref {
  let result = start;
  let item = NULL;
  if ((start & 1) === 1 || typeOf(start) === T_INT) {
    let acc: PyIntValue = intValue(start);
    for (item = next(); item !== NULL; item = next()) {
      if ((item & 1) === 1 && typeof acc === 'number' && Math.abs(acc) < 2 ** 52) acc += item >> 1;
      else if ((item & 1) === 1 || typeOf(item) === T_INT || typeOf(item) === T_BOOL) acc = intAdd(acc, intValue(item));
      else break;
    }
    result = newInt(acc);
    if (item === NULL) return result;
    if (typeOf(item) === T_FLOAT) {
      return sumFloats(next, intToFloat(acc) + floatValue(item));
    }
    result = binaryOp(result, item, 0);
  } else if (typeOf(start) === T_FLOAT) {
    return sumFloats(next, floatValue(start));
  }
  for (item = next(); item !== NULL; item = next()) result = binaryOp(result, item, 0);
  return result;
}

function sumFloats(next: () => Ref, start: number): Ref {
  let acc = start;
  for (let item = next(); item !== NULL; item = next()) {
    if ((item & 1) === 1) acc += item >> 1;
    else if (typeOf(item) === T_FLOAT) acc += floatValue(item);
    else if (typeOf(item) === T_INT || typeOf(item) === T_BOOL) acc += intToFloat(intValue(item));
    else {
      let result = binaryOp(newFloat(acc), item, 0);
      for (item = next(); item !== NULL; item = next()) result = binaryOp(result, item, 0);
      return result;
    }
  }
  return newFloat(acc);
}

defFunction(B, {
  name: 'sorted',
  varfn: (_s, args, kw) => {
    if (args.length !== 1) typeError(`sorted expected 1 argument, got ${args.length}`);
    const l = newList([]);
    listExtend(l, args[0]);
    // list.sort parses key= and reverse= and reports bad keywords as CPython's sorted does.
    callBound(lookupType(T_LIST, intern('sort')), l, [], kw);
    return l;
  },
});

defFunction(B, {
  name: 'all', params: ['iterable'],
  fn: (_s, iterable) => {
    const next = itemsOf(iterable);
    for (let x = next(); x !== NULL; x = next()) if (!isTrue(x)) return bool(false);
    return bool(true);
  },
});
defFunction(B, {
  name: 'any', params: ['iterable'],
  fn: (_s, iterable) => {
    const next = itemsOf(iterable);
    for (let x = next(); x !== NULL; x = next()) if (isTrue(x)) return bool(true);
    return bool(false);
  },
});

// ---- namespaces ----

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
