// The interpreter's side of garbage collection: a thread's roots (its frame chain, the state
// its running transaction would go back to, the exception being handled) and the safepoint
// where the interpreter lets the collector run, then runs what the collection found to do:
// __del__ of unreachable objects and callbacks of cleared weak references (Python code, so
// after the collection, never during it, and in a transaction of its own).

import { NULL, Ref } from '../../gc/layout.js';
import { addRootScanner, hasPending, takePending } from '../../gc/collector.js';
import { collect } from '../../gc/stop.js';
import { beginInevitable, commit } from '../../stm/barrier.js';
import { lookupType } from '../objects/typeobject.js';
import { typeOf } from '../objects/object.js';
import { callObject } from '../runtime/call.js';
import { PyRaise } from '../runtime/errors.js';
import { N } from '../runtime/names.js';
import { writeStream } from '../runtime/output.js';
import { repr } from '../runtime/abstract.js';
import { formatException } from '../runtime/traceback.js';
import { thread, ThreadState } from './threadstate.js';

/** Reports the Refs of a thread's interpreter state (the running one or one set aside). */
export function markThreadState(t: ThreadState, mark: (ref: Ref) => void): void {
  mark(t.handled);
  for (let fr = t.frame; fr !== null; fr = fr.back) {
    const f = fr.f;
    for (let i = 0; i < fr.sp; i++) mark(f[i]);
    mark(fr.code.ref);
    mark(fr.globals);
    mark(fr.builtins);
    mark(fr.locals);
    mark(fr.func);
    mark(fr.generator);
    mark(fr.pendingThrow);
  }
  const s = t.snapshot;
  if (s === null) return;
  mark(s.handled);
  for (const saved of s.frames) {
    for (let i = 0; i < saved.slots.length; i++) mark(saved.slots[i]);
    mark(saved.globals);
    mark(saved.builtins);
    mark(saved.locals);
    mark(saved.func);
    mark(saved.generator);
    mark(saved.pendingThrow);
  }
}

addRootScanner((mark) => markThreadState(thread, mark));

/** Collects now and runs the finalizers and weakref callbacks it found; returns the number
 *  of unreachable objects (0 when the collection could not be made now: it is tried again
 *  later). Only between transactions, where no native holds Refs in JavaScript locals: a
 *  boundary of the outermost activation, or gc.collect() called from it. */
export function collectAndFinalize(): number {
  let found = collect();
  if (found < 0) return 0;
  // Objects whose __del__ just ran are freed now (unless it resurrected them), so that their
  // weak references die with them as in CPython.
  if (runPendingInTransaction()) {
    found += Math.max(0, collect());
    runPendingInTransaction();
  }
  return found;
}

function runPendingInTransaction(): boolean {
  if (!hasPending()) return false;
  beginInevitable();
  try {
    return runPending();
  } finally {
    commit();
  }
}

let running = false;

/** Runs __del__ methods and weakref callbacks left by collections (not re-entered: one that
 *  collects again leaves its findings to the loop already running). True if a __del__ ran. */
export function runPending(): boolean {
  if (running) return false;
  running = true;
  let finalized = false;
  try {
    for (;;) {
      const p = takePending();
      if (p.finalize.length === 0 && p.callbacks.length === 0) return finalized;
      finalized ||= p.finalize.length > 0;
      for (let i = 0; i < p.callbacks.length; i += 2) callIgnoringErrors(p.callbacks[i], p.callbacks[i + 1]);
      for (const obj of p.finalize) {
        const del = lookupType(typeOf(obj), N.__del__);
        if (del !== NULL) callIgnoringErrors(del, obj);
      }
    }
  } finally {
    running = false;
  }
}

/** Calls f(arg); an exception is reported as CPython reports exceptions it cannot raise
 *  anywhere ("Exception ignored in: ..."). */
function callIgnoringErrors(f: Ref, arg: Ref): void {
  try {
    callObject(f, [arg]);
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    let where: string;
    try { where = repr(f); } catch { where = '<object>'; }
    writeStream(2, `Exception ignored in: ${where}\n${formatException(e.exc)}`);
  }
}
