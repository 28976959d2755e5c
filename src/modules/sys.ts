// The sys module.

import * as path from 'node:path';
import { heap } from '../../gc/heap.js';
import { Control, NULL, Ref } from '../../gc/layout.js';
import { dictGetStr, dictSet } from '../objects/dict.js';
import { writeStream } from '../runtime/output.js';
import { formatException } from '../runtime/traceback.js';
import { repr, typeNameOf } from '../runtime/abstract.js';
import { Exc, excTraceback, typeError, valueError } from '../objects/exception.js';
import { newInt, intValue, numberClass, NUM_FLOAT, NUM_INT } from '../objects/int.js';
import { newList } from '../objects/list.js';
import { moduleDict, newModule } from '../objects/module.js';
import { typeOf } from '../objects/object.js';
import { FALSE, NONE, T_INT, T_STR } from '../objects/statics.js';
import { newStr } from '../objects/str.js';
import { newStdStream as newTextIO } from '../objects/textio.js';
import { newTuple } from '../objects/tuple.js';
import { defineStructSeq, newStructSeq } from '../objects/structseq.js';
import { floatValue, newFloat } from '../objects/float.js';
import { isSubtype } from '../objects/typeobject.js';
import { onBoot, installModuleFunctions } from '../runtime/boot.js';
import { callObject } from '../runtime/call.js';
import { PyRaise } from '../runtime/errors.js';
import { intern, internRef } from '../runtime/intern.js';
import { defFunction } from '../runtime/native.js';
import { thread } from '../interpreter/threadstate.js';

const S = 'sys';

const T_VERSION_INFO = defineStructSeq('version_info', S, ['major', 'minor', 'micro', 'releaselevel', 'serial']);
const T_FLOAT_INFO = defineStructSeq('float_info', S, ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds']);
const T_INT_INFO = defineStructSeq('int_info', S, ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold']);
const FLAG_NAMES = ['debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site',
  'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode',
  'warn_default_encoding', 'safe_path', 'int_max_str_digits'] as const;
const T_FLAGS = defineStructSeq('flags', S, FLAG_NAMES);
const T_HASH_INFO = defineStructSeq('hash_info', S, ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff']);
export const PYTHON_VERSION = [3, 11, 7] as const;
export const VERSION_STRING = '3.11.7 (pystm 0.1.0)';

defFunction(S, {
  name: 'exit', params: ['status'], required: 0,
  fn: (_s, status) => { throw new PyRaise(callObject(Exc.SystemExit, status === NULL ? [] : [status])); },
});
defFunction(S, { name: 'getswitchinterval', fn: () => newFloat(Atomics.load(heap.i32, Control.SWITCH_INTERVAL) / 1e6) });
defFunction(S, {
  name: 'setswitchinterval', params: ['interval'],
  fn: (_s, interval) => {
    const c = numberClass(interval);
    if (c !== NUM_INT && c !== NUM_FLOAT) typeError(`must be real number, not ${typeNameOf(interval)}`);
    const seconds = c === NUM_FLOAT ? floatValue(interval) : Number(intValue(interval));
    if (!(seconds > 0)) valueError('switch interval must be strictly positive');
    Atomics.store(heap.i32, Control.SWITCH_INTERVAL, Math.max(1, Math.min(Math.round(seconds * 1e6), 2 ** 31 - 1)));
    return NONE;
  },
});
defFunction(S, { name: 'getrecursionlimit', fn: () => newInt(heap.i32[Control.RECURSION_LIMIT]) });
defFunction(S, {
  name: 'setrecursionlimit', params: ['limit'],
  fn: (_s, limit) => {
    if (!isSubtype(typeOf(limit), T_INT)) typeError("'float' object cannot be interpreted as an integer");
    const n = Number(intValue(limit));
    if (n < 1) valueError('recursion limit must be greater or equal than 1');
    heap.i32[Control.RECURSION_LIMIT] = n;
    return NONE;
  },
});
defFunction(S, {
  name: 'exc_info',
  fn: () => {
    const e = thread.handled;
    if (e === NULL) return newTuple([NONE, NONE, NONE]);
    const tb = excTraceback(e);
    return newTuple([typeOf(e), e, tb === NULL ? NONE : tb]);
  },
});
defFunction(S, {
  name: 'exception',
  fn: () => (thread.handled === NULL ? NONE : thread.handled),
});
defFunction(S, {
  name: 'intern', params: ['string'],
  fn: (_s, s) => {
    if (typeOf(s) !== T_STR) typeError(`intern() argument must be str, not ${'int'}`);
    return internRef(s);
  },
});
defFunction(S, { name: 'getdefaultencoding', fn: () => newStr('utf-8') });
defFunction(S, {
  name: 'excepthook', params: ['exctype', 'value', 'traceback'],
  fn: (_s, _type, value) => { writeStream(2, formatException(value)); return NONE; },
});
defFunction(S, {
  name: 'displayhook', params: ['object'],
  fn: (_s, value) => {
    if (value === NONE) return NONE;
    writeStream(1, `${repr(value)}\n`);
    dictSet(moduleDict(heap.i32[Control.BUILTINS]), intern('_'), value);
    return NONE;
  },
});

/** Creates sys with its data; argv and path[0] are set by the command line. */
function createSys(): void {
  const sys = newModule('sys');
  installModuleFunctions('sys', sys);
  const d = moduleDict(sys);
  const set = (name: string, v: Ref) => dictSet(d, intern(name), v);
  const stdout = newTextIO(1, '<stdout>', 'w');
  const stderr = newTextIO(2, '<stderr>', 'w');
  const stdin = newTextIO(0, '<stdin>', 'r');
  set('stdout', stdout); set('stderr', stderr); set('stdin', stdin);
  set('__stdout__', stdout); set('__stderr__', stderr); set('__stdin__', stdin);
  set('argv', newList([]));
  set('path', newList([]));
  set('modules', heap.i32[Control.MODULES]);
  set('version', newStr(VERSION_STRING));
  set('version_info', newStructSeq(T_VERSION_INFO, [newInt(3), newInt(11), newInt(7), newStr('final'), newInt(0)]));
  set('float_info', newStructSeq(T_FLOAT_INFO, [
    newFloat(Number.MAX_VALUE), newInt(1024), newInt(308), newFloat(2.2250738585072014e-308), newInt(-1021), newInt(-307),
    newInt(15), newInt(53), newFloat(Number.EPSILON), newInt(2), newInt(1)]));
  set('flags', newStructSeq(T_FLAGS, FLAG_NAMES.map((n) => (n === 'hash_randomization' ? newInt(1) : n === 'int_max_str_digits' ? newInt(-1) : newInt(0)))));
  set('dont_write_bytecode', FALSE);
  for (const name of ['excepthook', 'displayhook']) set(`__${name}__`, dictGetStr(d, intern(name)));
  set('int_info', newStructSeq(T_INT_INFO, [newInt(30), newInt(4), newInt(4300), newInt(640)]));
  set('hash_info', newStructSeq(T_HASH_INFO, [newInt(64), newInt(2n ** 61n - 1n), newInt(314159), newInt(0), newInt(1000003),
    newStr('siphash13'), newInt(64), newInt(128), newInt(0)]));
  set('hexversion', newInt(0x030b07f0));
  set('maxsize', newInt(2n ** 63n - 1n));
  set('maxunicode', newInt(0x10ffff));
  set('byteorder', newStr('little'));
  set('platform', newStr(process.platform === 'win32' ? 'win32' : process.platform));
  set('executable', newStr(path.resolve(process.argv[1] ?? 'pystm')));
  set('implementation_name', newStr('pystm'));
  heap.i32[Control.SYS] = sys;
  dictSet(heap.i32[Control.MODULES], intern('sys'), sys);
}

onBoot(createSys);
