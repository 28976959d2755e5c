// Modules _thread (the primitives threading is written on) and _pypystm (PyPy-STM's explicit
// transactions; lib/pypystm.py re-exports it with `local`).

import * as os from 'node:os';
import { heap } from '../../gc/heap.js';
import { Control, Ref } from '../../gc/layout.js';
import { becomeInevitable, BUILD, deferUntilCommit } from '../../stm/barrier.js';
import { dictSet } from '../objects/dict.js';
import { Exc, newExceptionOfType, raise, typeError } from '../objects/exception.js';
import { newTuple } from '../objects/tuple.js';
import { PyRaise } from '../runtime/errors.js';
import { newFloat } from '../objects/float.js';
import { newInt } from '../objects/int.js';
import { listAppend } from '../objects/list.js';
import { newLock, T_LOCK, T_RLOCK, TIMEOUT_MAX } from '../objects/lock.js';
import { moduleDict } from '../objects/module.js';
import { typeOf } from '../objects/object.js';
import { FALSE, NONE, T_DICT, T_TUPLE, TRUE } from '../objects/statics.js';
import { isSubtype } from '../objects/typeobject.js';
import { endTransactionSoon } from '../interpreter/eval.js';
import { thread } from '../interpreter/threadstate.js';
import { defineModuleFiller } from '../runtime/boot.js';
import { intern } from '../runtime/intern.js';
import { defFunction } from '../runtime/native.js';
import { flushAll } from '../runtime/output.js';
import { isCallable } from './builtins.js';
import { newThreadRecord } from '../threads/records.js';
import { wakeOrStartWorker } from '../threads/scheduler.js';

const M = '_thread';

/** Queues a new thread for a worker. Starting a thread cannot be undone, so the transaction
 *  becomes inevitable first. */
function startNewThread(func: Ref, args: Ref, kwargs: Ref): number {
  if (!isCallable(func)) typeError('first arg must be callable');
  if (!isSubtype(typeOf(args), T_TUPLE)) typeError('2nd arg must be a tuple');
  if (kwargs !== NONE && !isSubtype(typeOf(kwargs), T_DICT)) typeError('optional 3rd arg must be a dictionary');
  becomeInevitable();
  flushAll();
  const i32 = heap.i32;
  const ident = Atomics.add(i32, Control.NEXT_IDENT, 1) + 1;
  listAppend(i32[Control.START_QUEUE], newThreadRecord(func, args, kwargs, ident));
  Atomics.add(heap.i32, Control.THREADS_ALIVE, 1);
  Atomics.add(heap.i32, Control.THREADS_RUNNING, 1);
  deferUntilCommit(wakeOrStartWorker);
  endTransactionSoon();
  return ident;
}

defFunction(M, {
  name: 'start_new_thread', params: ['function', 'args', 'kwargs'], required: 2,
  fn: (_m, func, args, kwargs) => newInt(startNewThread(func, args, kwargs === 0 ? NONE : kwargs)),
});
defFunction(M, { name: 'start_new', params: ['function', 'args', 'kwargs'], required: 2,
  fn: (_m, func, args, kwargs) => newInt(startNewThread(func, args, kwargs === 0 ? NONE : kwargs)) });
defFunction(M, { name: 'allocate_lock', fn: () => newLock() });
defFunction(M, { name: 'allocate', fn: () => newLock() });
defFunction(M, { name: 'get_ident', fn: () => newInt(thread.ident) });
defFunction(M, { name: 'get_native_id', fn: () => newInt(process.pid + thread.ident) });
defFunction(M, { name: '_count', fn: () => newInt(Atomics.load(heap.i32, Control.THREADS_ALIVE) - 1) });
defFunction(M, { name: 'daemon_threads_allowed', fn: () => TRUE });
defFunction(M, {
  name: 'stack_size', params: ['size'], required: 0,
  fn: (_m, size) => {
    if (size !== 0 && size !== 1 && (size & 1) === 1 && (size >> 1) !== 0 && (size >> 1) < 32768) {
      raise(Exc.ValueError, 'size not valid: 32768 bytes');
    }
    return newInt(0);
  },
});
defFunction(M, { name: 'interrupt_main', params: ['signum'], required: 0, fn: () => raise(Exc.RuntimeError, 'interrupt_main is not supported by pystm') });
defFunction(M, { name: 'exit', fn: () => { throw new PyRaise(newExceptionOfType(Exc.SystemExit, newTuple([]))); } });

defineModuleFiller(M, (m) => {
  const d = moduleDict(m);
  dictSet(d, intern('LockType'), T_LOCK);
  dictSet(d, intern('lock'), T_LOCK);
  dictSet(d, intern('RLock'), T_RLOCK);
  dictSet(d, intern('TIMEOUT_MAX'), newFloat(TIMEOUT_MAX));
  dictSet(d, intern('error'), Exc.RuntimeError);
});

// ---- _pypystm ----

const P = '_pypystm';

/** `with atomic:` — the block runs in the thread's current transaction, which takes no
 *  boundary until the outermost block ends. */
defFunction(P, { name: '_enter_atomic', fn: () => { thread.atomicDepth++; return NONE; } });
defFunction(P, {
  name: '_exit_atomic',
  fn: () => {
    if (thread.atomicDepth === 0) raise(Exc.RuntimeError, 'not inside an atomic block');
    if (--thread.atomicDepth === 0) endTransactionSoon();
    return NONE;
  },
});
defFunction(P, { name: 'is_atomic', fn: () => (thread.atomicDepth > 0 ? TRUE : FALSE) });
defFunction(P, { name: 'hint_commit_soon', fn: () => { endTransactionSoon(); return NONE; } });
defFunction(P, { name: 'getsegmentlimit', fn: () => newInt(segmentLimit()) });
/** Threads that can run transactions at the same time: the cores, or one under a GIL. */
const segmentLimit = (): number => ((BUILD as string) === 'gil' ? 1 : os.cpus().length);

defineModuleFiller(P, (m) => dictSet(moduleDict(m), intern('BUILD'), intern(BUILD)));
