// _thread.lock and _thread.RLock: one heap word each says who holds them, read and written
// through the barrier like any other, so taking a lock is part of the running transaction (two
// threads that take the same free lock conflict, and one re-runs and finds it held). A thread
// that must wait does so through the scheduler (src/threads/scheduler.ts), on the lock's word.

import { alloc } from '../../gc/alloc.js';
import { LockL, NULL, Ref, RLockL } from '../../gc/layout.js';
import { load, store, wakeWaitersAfterCommit } from '../../stm/barrier.js';
import { Exc, raise, typeError } from './exception.js';
import { floatValue } from './float.js';
import { intValue, numberClass, NUM_FLOAT, NUM_INT } from './int.js';
import { FALSE, NONE, TRUE } from './statics.js';
import { newTuple, tupleItem, tupleLength } from './tuple.js';
import { thread } from '../interpreter/threadstate.js';
import { addressOf, isTrue, typeNameOf } from '../runtime/abstract.js';
import { defMethod, defStaticMethod } from '../runtime/native.js';
import { defineSlots, newKind } from '../runtime/slots.js';
import { defineBuiltinType } from '../runtime/world.js';
import { deadlineFor, waitDone, waitForWord } from '../threads/scheduler.js';

const LOCK_KIND = newKind();
const RLOCK_KIND = newKind();
export const T_LOCK = defineBuiltinType('lock', LOCK_KIND, undefined, 0, '_thread', LockL.SIZE);
export const T_RLOCK = defineBuiltinType('RLock', RLOCK_KIND, undefined, 0, '_thread', RLockL.SIZE);

/** The largest timeout accepted, in seconds (CPython's on 64-bit Linux). */
export const TIMEOUT_MAX = 9223372036.0;

export function newLock(): Ref {
  return alloc(T_LOCK, LockL.SIZE);
}

/** The (blocking, timeout) arguments of acquire as a timeout in seconds: -1 waits forever,
 *  0 does not wait. */
function timeoutOf(blocking: Ref, timeout: Ref): number {
  const block = blocking === NULL || isTrue(blocking);
  let t = -1;
  if (timeout !== NULL) {
    const c = numberClass(timeout);
    if (c !== NUM_INT && c !== NUM_FLOAT) typeError(`'${typeNameOf(timeout)}' object cannot be interpreted as an integer`);
    t = c === NUM_FLOAT ? floatValue(timeout) : Number(intValue(timeout));
  }
  if (!block) {
    if (t !== -1) raise(Exc.ValueError, "can't specify a timeout for a non-blocking call");
    return 0;
  }
  if (t < 0 && t !== -1) raise(Exc.ValueError, 'timeout value must be a non-negative number');
  if (t > TIMEOUT_MAX) raise(Exc.OverflowError, 'timeout value is too large');
  return t;
}

/** Takes the lock whose holder word is `obj + offset`, setting it to `owner`, waiting up to
 *  `timeout` seconds (-1 forever). */
function acquireWord(obj: Ref, offset: number, owner: number, timeout: number): boolean {
  for (;;) {
    if (load(obj, offset) === 0) {
      store(obj, offset, owner);
      waitDone();
      return true;
    }
    if (timeout === 0 || !waitForWord(obj + offset, deadlineFor(obj + offset, timeout))) {
      waitDone();
      return false;
    }
  }
}

// ---- lock ----

export function acquireLock(lock: Ref, timeout: number): boolean {
  return acquireWord(lock, LockL.STATE, 1, timeout);
}

export function releaseLock(lock: Ref): void {
  if (load(lock, LockL.STATE) === 0) raise(Exc.RuntimeError, 'release unlocked lock');
  store(lock, LockL.STATE, 0);
  wakeWaitersAfterCommit();
}

defStaticMethod(T_LOCK, {
  name: '__new__', varfn: (_, args) => {
    if (args.length > 1) typeError('lock() takes no arguments');
    return newLock();
  },
});
defMethod(T_LOCK, {
  name: 'acquire', params: ['blocking', 'timeout'], required: 0, keywords: true,
  fn: (self, blocking, timeout) => (acquireLock(self, timeoutOf(blocking, timeout)) ? TRUE : FALSE),
});
defMethod(T_LOCK, { name: 'acquire_lock', params: ['blocking', 'timeout'], required: 0, keywords: true,
  fn: (self, blocking, timeout) => (acquireLock(self, timeoutOf(blocking, timeout)) ? TRUE : FALSE) });
defMethod(T_LOCK, { name: '__enter__', fn: (self) => (acquireLock(self, -1), TRUE) });
defMethod(T_LOCK, { name: 'release', fn: (self) => (releaseLock(self), NONE) });
defMethod(T_LOCK, { name: 'release_lock', fn: (self) => (releaseLock(self), NONE) });
defMethod(T_LOCK, { name: '__exit__', params: ['t', 'v', 'tb'], required: 0, fn: (self) => (releaseLock(self), NONE) });
defMethod(T_LOCK, { name: 'locked', fn: (self) => (load(self, LockL.STATE) !== 0 ? TRUE : FALSE) });
defMethod(T_LOCK, { name: 'locked_lock', fn: (self) => (load(self, LockL.STATE) !== 0 ? TRUE : FALSE) });
defMethod(T_LOCK, { name: '_at_fork_reinit', fn: (self) => (store(self, LockL.STATE, 0), NONE) });

defineSlots(LOCK_KIND, {
  repr: (self) => `<${load(self, LockL.STATE) !== 0 ? 'locked' : 'unlocked'} _thread.lock object at ${addressOf(self)}>`,
});

// ---- RLock ----

const ownerOf = (r: Ref): number => load(r, RLockL.OWNER);
const countOf = (r: Ref): number => load(r, RLockL.COUNT);

export function acquireRLock(r: Ref, timeout: number): boolean {
  const me = thread.ident;
  if (ownerOf(r) === me) {
    store(r, RLockL.COUNT, countOf(r) + 1);
    return true;
  }
  if (!acquireWord(r, RLockL.OWNER, me, timeout)) return false;
  store(r, RLockL.COUNT, 1);
  return true;
}

function releaseRLock(r: Ref): void {
  if (ownerOf(r) !== thread.ident) raise(Exc.RuntimeError, 'cannot release un-acquired lock');
  const n = countOf(r) - 1;
  store(r, RLockL.COUNT, n);
  if (n === 0) {
    store(r, RLockL.OWNER, 0);
    wakeWaitersAfterCommit();
  }
}

const small = (n: number): Ref => (n << 1) | 1;

defStaticMethod(T_RLOCK, {
  name: '__new__', varfn: (_, args) => {
    if (args.length > 1) typeError('RLock() takes no arguments');
    return alloc(T_RLOCK, RLockL.SIZE);
  },
});
defMethod(T_RLOCK, {
  name: 'acquire', params: ['blocking', 'timeout'], required: 0, keywords: true,
  fn: (self, blocking, timeout) => (acquireRLock(self, timeoutOf(blocking, timeout)) ? TRUE : FALSE),
});
defMethod(T_RLOCK, { name: '__enter__', fn: (self) => (acquireRLock(self, -1), TRUE) });
defMethod(T_RLOCK, { name: 'release', fn: (self) => (releaseRLock(self), NONE) });
defMethod(T_RLOCK, { name: '__exit__', params: ['t', 'v', 'tb'], required: 0, fn: (self) => (releaseRLock(self), NONE) });
defMethod(T_RLOCK, { name: '_is_owned', fn: (self) => (ownerOf(self) === thread.ident ? TRUE : FALSE) });
defMethod(T_RLOCK, {
  name: '_release_save',
  fn: (self) => {
    if (countOf(self) === 0) raise(Exc.RuntimeError, 'cannot release un-acquired lock');
    const state = newTuple([small(countOf(self)), small(ownerOf(self))]);
    store(self, RLockL.COUNT, 0);
    store(self, RLockL.OWNER, 0);
    wakeWaitersAfterCommit();
    return state;
  },
});
defMethod(T_RLOCK, {
  name: '_acquire_restore', params: ['state'],
  fn: (self, state) => {
    if (tupleLength(state) !== 2) typeError('_acquire_restore() argument must be a (count, owner) tuple');
    acquireWord(self, RLockL.OWNER, tupleItem(state, 1) >> 1, -1);
    store(self, RLockL.COUNT, tupleItem(state, 0) >> 1);
    return NONE;
  },
});
defMethod(T_RLOCK, { name: '_at_fork_reinit', fn: (self) => (store(self, RLockL.OWNER, 0), store(self, RLockL.COUNT, 0), NONE) });

defineSlots(RLOCK_KIND, {
  repr: (self) => {
    const owner = ownerOf(self);
    return `<${owner !== 0 ? 'locked' : 'unlocked'} _thread.RLock object owner=${owner} count=${countOf(self)} at ${addressOf(self)}>`;
  },
});
