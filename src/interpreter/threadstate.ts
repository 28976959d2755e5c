// The running thread's interpreter state: the frame chain, the exception being handled
// (sys.exc_info), the recursion depth, and what the transactions need (the snapshot an abort
// returns to, the `with atomic:` depth). Worker-local: a thread's frames are its own.
//
// `thread` is the state of the thread this worker is running now. A worker that runs several
// Python threads (green threads, see src/threads/scheduler.ts) swaps their states in and out
// of it with `switchThread`.

import { Control, NULL, Ref } from '../../gc/layout.js';
import { heap } from '../../gc/heap.js';
import type { Frame } from './frame.js';

/** Why `run` returned without a value: the thread must wait (parked) or let another run. */
export const Stop = Object.freeze({ NONE: 0, PARKED: 1, YIELDED: 2 });

/** Thrown by a blocking native to park its thread (see src/threads/scheduler.ts): the
 *  running transaction is discarded and the thread waits, to re-run from its start. */
export class ParkSignal extends Error {
  constructor() { super('park'); }
}
export const PARK = new ParkSignal();

/** Filled in by the scheduler, which the interpreter cannot import. */
export const schedulerHooks = {
  /** At a boundary of a thread the scheduler drives: should it let another thread run? */
  shouldYield: (): boolean => false,
};

export class ThreadState {
  /** The innermost running frame. */
  frame: Frame | null = null;
  /** The outermost frame of the thread's outermost interpreter activation. */
  entry: Frame | null = null;
  /** Python frames active (for RecursionError). */
  depth = 0;
  /** The exception being handled, as sys.exc_info() sees it, or NULL. */
  handled: Ref = NULL;
  /** The thread's ident (_thread.get_ident()). */
  ident = 1;
  /** Nested activations of the interpreter loop: transaction boundaries are taken only in
   *  the outermost one, where the thread's whole state is its frame chain. */
  runLevel = 0;
  /** Depth of `with pypystm.atomic:` blocks: while positive, no boundary is taken. */
  atomicDepth = 0;
  /** The state at the start of the running transaction, restored when it aborts. */
  snapshot: ThreadSnapshot | null = null;
  /** Whether the scheduler drives this thread, so that it may park or yield at the outermost
   *  level instead of blocking its worker. */
  canSuspend = false;
  stop: number = Stop.NONE;
  /** A wait in progress across a park: the heap word waited on (0 for a sleep) and the
   *  deadline (performance.now() ms, Infinity for none). */
  waitAddr = -1;
  waitDeadline = Infinity;

  recursionLimit(): number {
    return heap.i32[Control.RECURSION_LIMIT];
  }

  assign(o: ThreadState): void {
    this.frame = o.frame;
    this.entry = o.entry;
    this.depth = o.depth;
    this.handled = o.handled;
    this.ident = o.ident;
    this.runLevel = o.runLevel;
    this.atomicDepth = o.atomicDepth;
    this.snapshot = o.snapshot;
    this.canSuspend = o.canSuspend;
    this.stop = o.stop;
    this.waitAddr = o.waitAddr;
    this.waitDeadline = o.waitDeadline;
  }
}

export const thread = new ThreadState();

/** Whether the running thread's transaction began at the instruction it is running (the
 *  interpreter ends the transaction before a call that may block). */
export function transactionStartsHere(): boolean {
  const s = thread.snapshot;
  const f = thread.frame;
  return s !== null && f !== null && s.frames.length > 0 && s.frames[0].frame === f && s.frames[0].pc === f.lasti;
}

/** Saves the running thread's state into `out` and makes `next` the running thread. */
export function switchThread(out: ThreadState, next: ThreadState): void {
  out.assign(thread);
  thread.assign(next);
}

interface SavedFrame {
  frame: Frame; pc: number; lasti: number; sp: number; slots: Int32Array; back: Frame | null;
  globals: Ref; builtins: Ref; locals: Ref; func: Ref; generator: Ref; yielded: boolean; pendingThrow: Ref;
}

/** A copy of a thread's interpreter state at a bytecode boundary: each frame of the chain
 *  with everything that running can change (a frame returned to its code's pool may be
 *  reused for another call before the transaction ends). Restoring it puts every frame back
 *  as it was, which is what an aborted transaction needs (its heap writes are discarded by
 *  stm/). */
export interface ThreadSnapshot {
  frames: SavedFrame[];
  depth: number;
  handled: Ref;
  atomicDepth: number;
}

export function saveThreadState(t: ThreadState): ThreadSnapshot {
  const frames: SavedFrame[] = [];
  for (let f = t.frame; f !== null; f = f.back) {
    frames.push({
      frame: f, pc: f.pc, lasti: f.lasti, sp: f.sp, slots: f.f.slice(0, f.sp), back: f.back, globals: f.globals,
      builtins: f.builtins, locals: f.locals, func: f.func, generator: f.generator, yielded: f.yielded,
      pendingThrow: f.pendingThrow,
    });
  }
  return { frames, depth: t.depth, handled: t.handled, atomicDepth: t.atomicDepth };
}

export function restoreThreadState(t: ThreadState, s: ThreadSnapshot): void {
  for (const saved of s.frames) {
    const f = saved.frame;
    // Returned during the aborted transaction, the frame went back to its code's pool.
    const pool = f.code.framePool;
    const pooled = pool.indexOf(f);
    if (pooled >= 0) pool.splice(pooled, 1);
    f.pc = saved.pc;
    f.lasti = saved.lasti;
    f.sp = saved.sp;
    f.f.set(saved.slots);
    f.f.fill(0, saved.sp);
    f.back = saved.back;
    f.globals = saved.globals;
    f.builtins = saved.builtins;
    f.locals = saved.locals;
    f.func = saved.func;
    f.generator = saved.generator;
    f.yielded = saved.yielded;
    f.pendingThrow = saved.pendingThrow;
  }
  t.frame = s.frames.length > 0 ? s.frames[0].frame : null;
  t.depth = s.depth;
  t.handled = s.handled;
  t.atomicDepth = s.atomicDepth;
}
