// Python threads on worker threads.
//
// Every worker (and the main thread) runs Python threads from one heap-wide start queue. A
// thread runs on one worker for its whole life, but a worker can hold several: when a thread
// must wait for a lock (or sleeps) at a point where its transaction can still be discarded,
// it parks: its transaction is rolled back, its frames stay in the worker, and the worker
// runs another thread until the word it waits on changes. So 1,000 threads waiting on one
// Event need a handful of workers, not 1,000.
//
// A wait that cannot park (an inevitable transaction, the GIL build, the main thread) blocks
// its worker, but the worker keeps running its other threads on top of the waiting one; a
// thread running on top yields at its next boundary as soon as the one below can go on.
//
// Waiting is always Atomics.wait on heap words (Control.WAKE, bumped after every commit that
// released a lock or started a thread): nothing spins.
//
// For the collector, a worker's roots are the states of all its threads: the one running,
// those waiting lower on its stack, those parked or ready; and every wait polls for a
// collection (gc/stop.ts), so that a waiting worker marks its roots and waits on.

import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import { heap } from '../../gc/heap.js';
import { Control, ListL, NULL, Ref } from '../../gc/layout.js';
import { addRootScanner } from '../../gc/collector.js';
import { collectionAwaitsMe, pollCollection, setStopCheck } from '../../gc/stop.js';
import {
  beginInevitable, canAbort, endForWait, hasWrites, setCurrentIdent, TxAbort, wakeWaiters,
} from '../../stm/barrier.js';
import { flushSpan, LogShare } from '../../stm/conflicts.js';
import { Stat, stats } from '../../stm/stats.js';
import { Exc, raise } from '../objects/exception.js';
import { listCloseGap, listItem, listSize } from '../objects/list.js';
import { typeOf } from '../objects/object.js';
import { isSubtype } from '../objects/typeobject.js';
import { PyRaise } from '../runtime/errors.js';
import { endTransactionSoon, runOutermost } from '../interpreter/eval.js';
import { callObject } from '../runtime/call.js';
import { markThreadState } from '../interpreter/safepoint.js';
import {
  PARK, schedulerHooks, Stop, switchThread, thread, ThreadState, transactionStartsHere,
} from '../interpreter/threadstate.js';
import { recordArgs, recordFunc, recordIdent, recordKwargs } from './records.js';
import { reportThreadException } from './report.js';

/** What a worker needs to join the program (passed on to the workers it starts). */
export interface WorkerConfig {
  heap: SharedArrayBuffer;
  stats: SharedArrayBuffer;
  log: LogShare | null;
  abortRate: number;
  /** The worker script of this build (build/ or build-gil/). */
  script: string;
}

let config: WorkerConfig | null = null;
export function setWorkerConfig(c: WorkerConfig): void {
  config = c;
}

/** Workers started at most; beyond, threads share workers (each parks when it waits). */
const MAX_WORKERS = Math.max(4, os.cpus().length + 2);
/** Workers started when all others are blocked in waits that could not park. */
const HARD_MAX_WORKERS = 64;
/** A thread that others could use runs at most this long before yielding to them. */
const SLICE_MS = 20;

interface Green {
  state: ThreadState;
  /** The start-queue record (callable, args, kwargs, ident). */
  record: Ref;
  started: boolean;
}

/** Threads of this worker that are not on its JavaScript stack: runnable or parked. */
const local: Green[] = [];
/** Conditions of the threads that wait lower on this worker's stack, innermost last. */
const waiting: (() => boolean)[] = [];
/** The states of the threads lower on this worker's stack (set aside by runGreen), and the
 *  threads it runs. */
const setAside: ThreadState[] = [];
const running: Green[] = [];
/** Threads of this worker that wait where natives may hold Refs in JavaScript locals: while
 *  one does, the worker cannot stop for a collection. */
let uncleanWaits = 0;
let sliceStart = 0;

schedulerHooks.shouldYield = shouldYield;

setStopCheck(() => uncleanWaits === 0 && thread.runLevel <= 1);

addRootScanner((mark) => {
  for (const s of setAside) markThreadState(s, mark);
  for (const g of local) {
    markThreadState(g.state, mark);
    mark(g.record);
  }
  for (const g of running) mark(g.record);
});

function shouldYield(): boolean {
  for (let i = waiting.length - 1; i >= 0; i--) if (waiting[i]()) return true;
  return local.length > 0 && performance.now() - sliceStart > SLICE_MS && local.some(ready);
}

const now = (): number => performance.now();
const wordFree = (addr: number): boolean => addr > 0 && Atomics.load(heap.i32, addr) === 0;

function ready(g: Green): boolean {
  const s = g.state;
  return s.stop !== Stop.PARKED || wordFree(s.waitAddr) || now() >= s.waitDeadline;
}

function takeReady(): Green | null {
  for (let i = 0; i < local.length; i++) {
    if (ready(local[i])) return local.splice(i, 1)[0];
  }
  return null;
}

function nextDeadline(): number {
  let d = Infinity;
  for (const g of local) if (g.state.stop === Stop.PARKED && g.state.waitDeadline < d) d = g.state.waitDeadline;
  return d;
}

// ---- waiting ----

/** Waits until the heap word at `addr` is 0 (a free lock), or until `deadline`
 *  (performance.now() ms); returns false on timeout. Called by blocking natives: it parks the
 *  thread where it can (throws), else blocks. `addr` 0 waits for the deadline only (sleep). */
export function waitForWord(addr: number, deadline: number): boolean {
  if (addr > 0 && wordFree(addr) && !canAbort()) return true;
  if (now() >= deadline) return false;
  if (thread.atomicDepth > 0) {
    // An atomic block must stay one transaction: start it again later, or refuse to block.
    if (canAbort()) throw new TxAbort();
    raise(Exc.RuntimeError, 'cannot block inside an atomic block that is inevitable');
  }
  if (thread.canSuspend && mayPark()) {
    thread.waitAddr = addr;
    thread.waitDeadline = deadline;
    stats[Stat.PARKED]++;
    throw PARK;
  }
  return blockUntil(() => wordFree(addr), deadline);
}

/** Parking discards what the thread did since its transaction began: only when that loses
 *  nothing another thread may wait for (a thread that sets an Event and then waits must
 *  publish the set first). Either the transaction began at this very instruction (the
 *  interpreter ends it before calls that may block, in both builds), or, in the STM build, it
 *  has written nothing yet. */
function mayPark(): boolean {
  return transactionStartsHere() || (canAbort() && !hasWrites());
}

/** The deadline of a wait with `timeout` seconds (negative: none) on `addr`; a thread that
 *  parked and re-runs the same wait keeps the deadline it had. */
export function deadlineFor(addr: number, timeout: number): number {
  if (thread.waitAddr === addr) return thread.waitDeadline;
  return timeout < 0 ? Infinity : now() + timeout * 1000;
}

/** Forgets a finished wait. */
export function waitDone(): void {
  thread.waitAddr = -1;
  thread.waitDeadline = Infinity;
}

/** Blocks this thread until `ready()` or `deadline`, running the worker's other threads
 *  meanwhile. The transaction is published first; the thread goes on in an inevitable one. */
export function blockUntil(ready: () => boolean, deadline: number): boolean {
  endForWait();
  const t0 = now();
  const clean = thread.runLevel === 1 && transactionStartsHere();
  if (!clean) uncleanWaits++;
  Atomics.sub(heap.i32, Control.THREADS_RUNNING, 1);
  waiting.push(ready);
  try {
    for (;;) {
      pollCollection();
      if (ready()) return true;
      if (now() >= deadline) return false;
      // Threads already here may run on top of this one (they yield back at a boundary as
      // soon as it can go on); new ones go to idle workers.
      const g = takeReady();
      if (g !== null) {
        runGreen(g);
        continue;
      }
      superviseWorkers();
      const seen = Atomics.load(heap.i32, Control.WAKE);
      if (ready()) return true;
      if (collectionAwaitsMe()) continue;
      const wait = Math.min(deadline, nextDeadline()) - now();
      Atomics.wait(heap.i32, Control.WAKE, seen, Math.max(0, Math.min(wait, 50)));
    }
  } finally {
    waiting.pop();
    Atomics.add(heap.i32, Control.THREADS_RUNNING, 1);
    const ms = now() - t0;
    stats[Stat.BLOCKED_MS] += ms;
    beginInevitable();
    if (!clean) uncleanWaits--;
    endTransactionSoon();
  }
}

// ---- starting threads ----

/** After a thread was queued: wakes the idle workers, and starts workers so that one more
 *  than the new thread needs is starting or idle (a worker takes about 0.1 s to start, so
 *  the next Thread.start() finds one warm). */
export function wakeOrStartWorker(): void {
  wakeWaiters();
  const idle = Atomics.load(heap.i32, Control.IDLE_WORKERS);
  for (let n = idle + startingWorkers(); n < 2; n++) spawnWorker();
}

/** Workers this thread started that have not yet reported for work. */
const startingWorkers = (): number => Math.max(0, spawned - Atomics.load(heap.i32, Control.WORKERS_READY));
let spawned = 0;

function queueLength(): number {
  return Atomics.load(heap.i32, heap.i32[Control.START_QUEUE] + ListL.SIZE);
}

/** A waiting thread makes sure queued threads get a worker: when every worker is busy or
 *  blocked, one more, up to a hard limit. */
function superviseWorkers(): void {
  // A worker takes about 0.1 s to start: give the last one time to take its thread.
  if (now() - lastSpawn < 250) return;
  if (queueLength() > 0 && Atomics.load(heap.i32, Control.IDLE_WORKERS) === 0) spawnWorker(HARD_MAX_WORKERS);
}

let lastSpawn = -Infinity;

function spawnWorker(limit = MAX_WORKERS): void {
  if (config === null) raise(Exc.RuntimeError, "can't start new thread");
  const i32 = heap.i32;
  const n = Atomics.add(i32, Control.WORKERS, 1) + 1;
  if (n > limit) {
    Atomics.sub(i32, Control.WORKERS, 1);
    return;
  }
  lastSpawn = now();
  spawned++;
  const w = new Worker(new URL(config.script), {
    workerData: { ...config, row: n },
    resourceLimits: { stackSizeMb: 16, maxYoungGenerationSizeMb: 8 },
    stdout: false,
    stderr: false,
  });
  w.unref();
}

/** The oldest queued thread, taken in a short inevitable transaction. */
function takeNewThread(): Green | null {
  if (queueLength() === 0) return null;
  beginInevitable();
  const q = heap.i32[Control.START_QUEUE];
  let record: Ref = NULL;
  if (listSize(q) > 0) record = popFront(q);
  endForWait();
  if (record === NULL) return null;
  const state = new ThreadState();
  state.ident = recordIdent(record);
  state.canSuspend = true;
  return { state, record, started: false };
}

function popFront(q: Ref): Ref {
  const r = listItem(q, 0);
  listCloseGap(q, 0, 1);
  return r;
}

/** Runs a thread of this worker until it ends, parks or yields. */
function runGreen(g: Green): void {
  const below = new ThreadState();
  switchThread(below, g.state);
  setAside.push(below);
  running.push(g);
  setCurrentIdent(thread.ident);
  sliceStart = now();
  try {
    runUntilStop(g);
    flushSpan();
    if (thread.stop === Stop.NONE) {
      endForWait();
      Atomics.sub(heap.i32, Control.THREADS_ALIVE, 1);
      Atomics.sub(heap.i32, Control.THREADS_RUNNING, 1);
      wakeWaiters();
    } else {
      if (thread.stop === Stop.PARKED) Atomics.sub(heap.i32, Control.THREADS_RUNNING, 1);
      local.push(g);
    }
  } finally {
    running.pop();
    setAside.pop();
    switchThread(g.state, below);
    setCurrentIdent(thread.ident);
  }
}

function runUntilStop(g: Green): void {
  try {
    if (!g.started) {
      // The thread's first Python frame runs as the outermost activation (runFrame), which
      // parks or yields by returning through the callable's native layers.
      g.started = true;
      beginInevitable();
      callObject(recordFunc(g.record), recordArgs(g.record), recordKwargs(g.record));
    } else {
      if (thread.stop === Stop.PARKED) Atomics.add(heap.i32, Control.THREADS_RUNNING, 1);
      runOutermost(thread.entry!, thread.frame ?? thread.entry!);
    }
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    thread.stop = Stop.NONE;
    if (!isSubtype(typeOf(e.exc), Exc.SystemExit)) reportThreadException(recordFunc(g.record), e.exc);
  }
}

/** A worker's life: run threads as they come. */
export function workerLoop(): never {
  Atomics.add(heap.i32, Control.WORKERS_READY, 1);
  for (;;) {
    pollCollection();
    const g = takeReady() ?? takeNewThread();
    if (g !== null) {
      runGreen(g);
      continue;
    }
    const i32 = heap.i32;
    const seen = Atomics.load(i32, Control.WAKE);
    if (local.some(ready) || queueLength() > 0 || collectionAwaitsMe()) continue;
    Atomics.add(i32, Control.IDLE_WORKERS, 1);
    const wait = nextDeadline() - now();
    Atomics.wait(i32, Control.WAKE, seen, Math.max(0, Math.min(wait, 1000)));
    Atomics.sub(i32, Control.IDLE_WORKERS, 1);
  }
}
