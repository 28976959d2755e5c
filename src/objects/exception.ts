// BaseException and the built-in exception hierarchy (CPython 3.11's, with its messages).
// Exception objects live in the heap like any object: args, traceback, cause, context and a
// __dict__ for everything a subclass adds.

import { alloc } from '../../gc/alloc.js';
import { ExceptionL, Kind, NULL, Ref, TypeFlags } from '../../gc/layout.js';
import { load, store } from '../../stm/barrier.js';
import { PyRaise } from '../runtime/errors.js';
import { newStr } from './str.js';
import { newTuple } from './tuple.js';
import { FALSE, NONE, T_BASE_EXCEPTION } from './statics.js';
import { defineBuiltinType } from '../runtime/world.js';

/** The hierarchy: [name, base]; created in this order at boot. */
export const EXCEPTION_TREE: readonly (readonly [string, string])[] = [
  ['GeneratorExit', 'BaseException'], ['KeyboardInterrupt', 'BaseException'], ['SystemExit', 'BaseException'],
  ['Exception', 'BaseException'],
  ['ArithmeticError', 'Exception'], ['FloatingPointError', 'ArithmeticError'], ['OverflowError', 'ArithmeticError'],
  ['ZeroDivisionError', 'ArithmeticError'], ['AssertionError', 'Exception'], ['AttributeError', 'Exception'],
  ['BufferError', 'Exception'], ['EOFError', 'Exception'], ['ImportError', 'Exception'],
  ['ModuleNotFoundError', 'ImportError'], ['LookupError', 'Exception'], ['IndexError', 'LookupError'],
  ['KeyError', 'LookupError'], ['MemoryError', 'Exception'], ['NameError', 'Exception'],
  ['UnboundLocalError', 'NameError'], ['OSError', 'Exception'], ['BlockingIOError', 'OSError'],
  ['ChildProcessError', 'OSError'], ['ConnectionError', 'OSError'], ['BrokenPipeError', 'ConnectionError'],
  ['ConnectionAbortedError', 'ConnectionError'], ['ConnectionRefusedError', 'ConnectionError'],
  ['ConnectionResetError', 'ConnectionError'], ['FileExistsError', 'OSError'], ['FileNotFoundError', 'OSError'],
  ['InterruptedError', 'OSError'], ['IsADirectoryError', 'OSError'], ['NotADirectoryError', 'OSError'],
  ['PermissionError', 'OSError'], ['ProcessLookupError', 'OSError'], ['TimeoutError', 'OSError'],
  ['ReferenceError', 'Exception'], ['RuntimeError', 'Exception'], ['NotImplementedError', 'RuntimeError'],
  ['RecursionError', 'RuntimeError'], ['StopAsyncIteration', 'Exception'], ['StopIteration', 'Exception'],
  ['SyntaxError', 'Exception'], ['IndentationError', 'SyntaxError'], ['TabError', 'IndentationError'],
  ['SystemError', 'Exception'], ['TypeError', 'Exception'], ['ValueError', 'Exception'],
  ['UnicodeError', 'ValueError'], ['UnicodeDecodeError', 'UnicodeError'], ['UnicodeEncodeError', 'UnicodeError'],
  ['UnicodeTranslateError', 'UnicodeError'], ['Warning', 'Exception'], ['BytesWarning', 'Warning'],
  ['DeprecationWarning', 'Warning'], ['EncodingWarning', 'Warning'], ['FutureWarning', 'Warning'],
  ['ImportWarning', 'Warning'], ['PendingDeprecationWarning', 'Warning'], ['ResourceWarning', 'Warning'],
  ['RuntimeWarning', 'Warning'], ['SyntaxWarning', 'Warning'], ['UnicodeWarning', 'Warning'], ['UserWarning', 'Warning'],
  // ExceptionGroup's bases are (BaseExceptionGroup, Exception): exception_methods.ts adds
  // Exception to them once the types exist.
  ['BaseExceptionGroup', 'BaseException'], ['ExceptionGroup', 'BaseExceptionGroup'],
];

/** Exception types by name; their addresses are fixed at import (see runtime/world.ts). */
export const Exc: Record<string, Ref> = Object.create(null);
Exc.BaseException = T_BASE_EXCEPTION;
for (const [name, base] of EXCEPTION_TREE) {
  Exc[name] = defineBuiltinType(name, Kind.EXCEPTION, Exc[base], TypeFlags.BASETYPE | TypeFlags.EXCEPTION);
}
Exc.EnvironmentError = Exc.OSError;
Exc.IOError = Exc.OSError;

export function newExceptionOfType(type: Ref, args: Ref, words: number = ExceptionL.SIZE): Ref {
  const e = alloc(type, Math.max(words, ExceptionL.SIZE));
  store(e, ExceptionL.ARGS, args);
  store(e, ExceptionL.SUPPRESS_CONTEXT, FALSE);
  return e;
}

/** An exception of a built-in type with a message (args = (message,)). */
export function newError(type: Ref, message: string): Ref {
  return newExceptionOfType(type, newTuple([newStr(message)]));
}

/** Raises `type(message)`. */
export function raise(type: Ref, message: string): never {
  throw new PyRaise(newError(type, message));
}

export function raiseType(name: string, message: string): never { return raise(Exc[name], message); }
export function typeError(message: string): never { return raise(Exc.TypeError, message); }
export function valueError(message: string): never { return raise(Exc.ValueError, message); }
export function indexError(message: string): never { return raise(Exc.IndexError, message); }
export function attributeError(message: string): never { return raise(Exc.AttributeError, message); }
export function overflowError(message: string): never { return raise(Exc.OverflowError, message); }
export function zeroDivisionError(message: string): never { return raise(Exc.ZeroDivisionError, message); }

/** Raises an exception carrying `value` as its single argument (KeyError(key), StopIteration(v)). */
export function raiseWithValue(type: Ref, value: Ref): never {
  throw new PyRaise(newExceptionOfType(type, newTuple([value])));
}

export const excArgs = (e: Ref): Ref => load(e, ExceptionL.ARGS);
export const excTraceback = (e: Ref): Ref => load(e, ExceptionL.TRACEBACK);
export const excCause = (e: Ref): Ref => load(e, ExceptionL.CAUSE);
export const excContext = (e: Ref): Ref => load(e, ExceptionL.CONTEXT);
export const excSuppressContext = (e: Ref): boolean => load(e, ExceptionL.SUPPRESS_CONTEXT) !== FALSE;
export function setExcTraceback(e: Ref, tb: Ref): void { store(e, ExceptionL.TRACEBACK, tb); }
export function setExcCause(e: Ref, cause: Ref): void {
  store(e, ExceptionL.CAUSE, cause);
}
export function setExcSuppressContext(e: Ref, v: Ref): void { store(e, ExceptionL.SUPPRESS_CONTEXT, v); }
export function setExcContext(e: Ref, ctx: Ref): void { store(e, ExceptionL.CONTEXT, ctx); }
export function setExcArgs(e: Ref, args: Ref): void { store(e, ExceptionL.ARGS, args); }
export const excOrNone = (r: Ref): Ref => (r === NULL ? NONE : r);
