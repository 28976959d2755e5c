// The barrier API: the only way code outside stm/ and gc/ reads or writes a mutable heap word.
// Immutable words (a str's characters, a tuple's items, a float's value, any object's type)
// are read through gc/ accessors directly: once an object is published they never change.
//
// This is the STM build: NOrec (Dalessandro, Spear, Scott 2010). One sequence lock word in
// the heap (Control.SEQLOCK, odd while someone publishes); a transaction remembers the value
// it started from, logs the (address, value) of every read, buffers its writes in a hash
// table and, at commit, takes the lock, checks that what it read is unchanged and writes
// back. Whenever the lock has moved since the snapshot, a read first re-validates the whole
// log, so a transaction never computes on an inconsistent state (opacity).
//
// Two rules remove most of the work: words of objects allocated by the running transaction
// are private (read and written in place), and a transaction that is alone, inevitable or
// serial holds the lock and runs with plain loads and stores.
//
// The GIL build replaces this file with stm/barrier_gil.ts (same exports).

import { heap } from '../gc/heap.js';
import { allocCursor, allocChunkEnd, disownAllocations, onChunkTaken } from '../gc/alloc.js';
import { Control, Ref } from '../gc/layout.js';
import { logAbort, logging, noteSpan, recordCommit } from './conflicts.js';
import { Stat, stats } from './stats.js';
import { wakeWaiters } from './wake.js';

export const BUILD = 'stm';

/** Thrown by the barrier when the running transaction must re-run; the interpreter restores
 *  the thread's state from the transaction's start and begins again. */
export class TxAbort extends Error {
  constructor() { super('transaction aborted'); }
}
const ABORT = new TxAbort();

const SEQ = Control.SEQLOCK;
/** A word nobody notifies: waiting on it is a sleep. */
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Logging and buffering on (an optimistic transaction runs). */
let optimistic = false;
/** This thread holds the sequence lock (alone, inevitable or serial): plain access. */
let holding = false;
let snapshot = 0;
/** [privLo, privHi): words allocated by this transaction in the chunk it began in. */
let privLo = 0;
let privHi = 0;
/** Chunks taken since the transaction began (start, end pairs): all private too. Objects'
 *  initialising stores must go to memory, since their immutable words are read directly. */
const newChunks: number[] = [];
onChunkTaken((start, end) => {
  if (optimistic) newChunks.push(start, end);
});

function inNewChunk(a: number): boolean {
  for (let i = 0; i < newChunks.length; i += 2) if (a >= newChunks[i] && a < newChunks[i + 1]) return true;
  return false;
}

// ---- read log ----
let rlObj = new Int32Array(4096);
let rlOff = new Int32Array(4096);
let rlVal = new Int32Array(4096);
let rlLen = 0;

// A direct-mapped filter of addresses already in the read log: a word read again need not be
// logged again (the first entry is validated whenever anything could have changed it), so
// the log holds each word once and loops do not make it grow.
const FILTER_BITS = 12;
const readFilter = new Int32Array(1 << FILTER_BITS);

// ---- write set: open addressing on the word address ----
let wsKeys = new Int32Array(1024);
let wsVals = new Int32Array(1024);
let wsOrder = new Int32Array(512);
let wsMask = 1023;
let wsLen = 0;

// ---- contention management and adaptive length ----
const MIN_LENGTH = 64;
const MAX_LENGTH = 4096;
/** After this many aborts in a row a transaction runs serially (holding the lock). */
const SERIAL_AFTER = 6;
let length = 1024;
let abortsInRow = 0;
let forcedAbortRate = 0;
let startTime = 0;
let afterCommit: (() => void)[] = [];
let wakeAfterCommit = false;

/** Forgets any transaction of a previous heap (a test's fresh world, a new worker). */
export function resetTransactions(): void {
  optimistic = false;
  holding = false;
  rlLen = 0;
  wsClear();
  afterCommit = [];
  wakeAfterCommit = false;
  abortsInRow = 0;
}

/** Bytecodes the next transaction may run before it should end (adapted to aborts). */
export const transactionLength = (): number => length;

export function setForcedAbortRate(p: number): void {
  forcedAbortRate = p;
}

/** Reads mutable word `offset` of object `obj`. */
export function load(obj: Ref, offset: number): number {
  const a = obj + offset;
  if (!optimistic || (a >= privLo && a < privHi)) return heap.i32[a];
  return loadLogged(obj, offset, a);
}

function loadLogged(obj: Ref, offset: number, a: number): number {
  if (newChunks.length > 0 && inNewChunk(a)) return heap.i32[a];
  if (wsLen > 0) {
    const slot = wsFind(a);
    if (slot >= 0) return wsVals[slot];
  }
  let v = heap.i32[a];
  if (Atomics.load(heap.i32, SEQ) !== snapshot) {
    validate();
    v = heap.i32[a];
  }
  const slot = Math.imul(a, 0x9e3779b1) >>> (32 - FILTER_BITS);
  if (readFilter[slot] === a) return v;
  readFilter[slot] = a;
  if (rlLen === rlObj.length) growReadLog();
  rlObj[rlLen] = obj;
  rlOff[rlLen] = offset;
  rlVal[rlLen] = v;
  rlLen++;
  return v;
}

/** Writes mutable word `offset` of object `obj`. */
export function store(obj: Ref, offset: number, value: number): void {
  const a = obj + offset;
  if (!optimistic || (a >= privLo && a < privHi) || (newChunks.length > 0 && inNewChunk(a))) {
    heap.i32[a] = value;
    return;
  }
  wsPut(a, value);
}

/** Reads `count` mutable words from `obj + offset` into `out` (from `outStart`). */
export function loadRange(obj: Ref, offset: number, count: number, out: Int32Array, outStart: number): void {
  if (!optimistic) {
    const start = obj + offset;
    out.set(heap.i32.subarray(start, start + count), outStart);
    return;
  }
  for (let i = 0; i < count; i++) out[outStart + i] = load(obj, offset + i);
}

/** Copies `count` mutable words inside the heap (overlapping ranges allowed). */
export function moveWords(dst: Ref, dstOffset: number, src: Ref, srcOffset: number, count: number): void {
  if (!optimistic) {
    heap.i32.copyWithin(dst + dstOffset, src + srcOffset, src + srcOffset + count);
    return;
  }
  const tmp = new Int32Array(count);
  loadRange(src, srcOffset, count, tmp, 0);
  for (let i = 0; i < count; i++) store(dst, dstOffset + i, tmp[i]);
}

/** Fills `count` mutable words with `value`. */
export function fillWords(obj: Ref, offset: number, count: number, value: number): void {
  if (!optimistic) {
    heap.i32.fill(value, obj + offset, obj + offset + count);
    return;
  }
  for (let i = 0; i < count; i++) store(obj, offset + i, value);
}

// ---- the write set ----

function wsFind(a: number): number {
  let i = Math.imul(a, 0x9e3779b1) & wsMask;
  for (;;) {
    const k = wsKeys[i];
    if (k === a) return i;
    if (k === 0) return -1;
    i = (i + 1) & wsMask;
  }
}

function wsPut(a: number, v: number): void {
  let i = Math.imul(a, 0x9e3779b1) & wsMask;
  for (;;) {
    const k = wsKeys[i];
    if (k === a) { wsVals[i] = v; return; }
    if (k === 0) break;
    i = (i + 1) & wsMask;
  }
  wsKeys[i] = a;
  wsVals[i] = v;
  wsOrder[wsLen++] = i;
  if (wsLen * 2 > wsMask) growWriteSet();
}

function growWriteSet(): void {
  const oldKeys = wsKeys;
  const oldVals = wsVals;
  const oldOrder = wsOrder.subarray(0, wsLen);
  const n = wsLen;
  wsKeys = new Int32Array(oldKeys.length * 2);
  wsVals = new Int32Array(oldKeys.length * 2);
  wsMask = wsKeys.length - 1;
  const order = new Int32Array(wsKeys.length / 2);
  wsLen = 0;
  wsOrder = order;
  for (let j = 0; j < n; j++) wsPut(oldKeys[oldOrder[j]], oldVals[oldOrder[j]]);
}

function wsClear(): void {
  for (let j = 0; j < wsLen; j++) wsKeys[wsOrder[j]] = 0;
  wsLen = 0;
}

function growReadLog(): void {
  const grow = (a: Int32Array): Int32Array<ArrayBuffer> => { const b = new Int32Array(a.length * 2); b.set(a); return b; };
  rlObj = grow(rlObj);
  rlOff = grow(rlOff);
  rlVal = grow(rlVal);
}

// ---- validation ----

/** Waits until the lock is free and checks the read log against memory; aborts on a change.
 *  Leaves `snapshot` at the lock value the log is consistent with. */
function validate(): void {
  for (;;) {
    const s = waitUnlocked();
    heap.refresh();
    const i32 = heap.i32;
    for (let i = 0; i < rlLen; i++) {
      if (i32[rlObj[i] + rlOff[i]] !== rlVal[i]) conflict(rlObj[i], rlOff[i]);
    }
    if (Atomics.load(i32, SEQ) === s) {
      snapshot = s;
      return;
    }
  }
}

/** The lock's value once it is even (nobody publishing). Short publications are waited for by
 *  spinning; an inevitable transaction may hold the lock long, so then the thread sleeps. */
function waitUnlocked(): number {
  const i32 = heap.i32;
  for (let spin = 0; ; spin++) {
    const s = Atomics.load(i32, SEQ);
    if ((s & 1) === 0) return s;
    if (spin > 200) Atomics.wait(i32, SEQ, s, 1);
  }
}

function conflict(obj: number, offset: number): never {
  if (logging()) logAbort('conflict', performance.now() - startTime, obj, offset, snapshot);
  stats[Stat.ABORTS_CONFLICT]++;
  throw ABORT;
}

// ---- transactions ----

/** Starts a transaction at a bytecode boundary. A thread running alone (the others wait), or
 *  one that has aborted too often, holds the lock for the whole transaction instead of
 *  logging. */
export function begin(): void {
  startTime = performance.now();
  const alone = Atomics.load(heap.i32, Control.THREADS_RUNNING) <= 1;
  if (alone || abortsInRow >= SERIAL_AFTER) {
    if (!alone) stats[Stat.SERIAL]++;
    acquire();
    return;
  }
  snapshot = waitUnlocked();
  heap.refresh();
  rlLen = 0;
  readFilter.fill(0);
  privLo = allocCursor();
  privHi = allocChunkEnd();
  newChunks.length = 0;
  optimistic = true;
}

/** Starts a transaction that cannot abort (the caller has no state to go back to). */
export function beginInevitable(): void {
  startTime = performance.now();
  acquire();
}

/** Takes the sequence lock for a transaction that cannot abort (if this thread does not hold
 *  it already: a thread alone keeps it from one transaction to the next). */
function acquire(): void {
  if (holding) return;
  const i32 = heap.i32;
  for (;;) {
    const s = waitUnlocked();
    if (Atomics.compareExchange(i32, SEQ, s, s + 1) === s) {
      snapshot = s;
      holding = true;
      optimistic = false;
      heap.refresh();
      return;
    }
  }
}

/** Ends the running transaction, publishing its writes. Throws TxAbort when it conflicted. */
export function commit(): void {
  if (holding) {
    release();
  } else if (optimistic) {
    if (forcedAbortRate > 0 && Math.random() < forcedAbortRate) forcedAbort();
    if (wsLen > 0) publish();
    optimistic = false;
    rlLen = 0;
  } else {
    return;
  }
  const ms = performance.now() - startTime;
  stats[Stat.COMMITS]++;
  stats[Stat.COMMITTED_MS] += ms;
  if (logging()) noteSpan('commit', ms);
  abortsInRow = 0;
  if (length < MAX_LENGTH) length *= 2;
  runAfterCommit();
}

function forcedAbort(): never {
  if (logging()) logAbort('forced', performance.now() - startTime, 0, 0, snapshot);
  stats[Stat.ABORTS_FORCED]++;
  throw ABORT;
}

/** Takes the lock (re-validating while others publish) and writes the buffered words back;
 *  the caller then releases the lock or keeps it (inevitable). */
function lockAndWriteBack(): void {
  for (;;) {
    if (Atomics.compareExchange(heap.i32, SEQ, snapshot, snapshot + 1) === snapshot) break;
    validate();
  }
  const i32 = heap.i32;
  for (let j = 0; j < wsLen; j++) {
    const slot = wsOrder[j];
    i32[wsKeys[slot]] = wsVals[slot];
  }
  if (logging()) recordCommit(snapshot + 2, writtenAddresses(), wsLen);
  wsClear();
}

function publish(): void {
  lockAndWriteBack();
  Atomics.store(heap.i32, SEQ, snapshot + 2);
}

function writtenAddresses(): Int32Array {
  const out = new Int32Array(wsLen);
  for (let j = 0; j < wsLen; j++) out[j] = wsKeys[wsOrder[j]];
  return out;
}

function release(): void {
  holding = false;
  const i32 = heap.i32;
  Atomics.store(i32, SEQ, snapshot + 2);
  Atomics.notify(i32, SEQ);
}

/** Discards the running transaction after TxAbort (or, `parking`, because the thread must
 *  wait: not an abort): its buffered writes vanish; objects it allocated stay unreachable
 *  garbage. The caller restores the
 *  thread's interpreter state and begins again. */
export function rollback(parking = false): void {
  const ms = performance.now() - startTime;
  if (optimistic) {
    disownAllocations(privLo, privHi);
    for (let i = 0; i < newChunks.length; i += 2) disownAllocations(newChunks[i], newChunks[i + 1]);
  }
  optimistic = false;
  rlLen = 0;
  wsClear();
  afterCommit = [];
  wakeAfterCommit = false;
  if (holding) release();
  if (parking) return;
  stats[Stat.ABORTS]++;
  stats[Stat.ABORTED_MS] += ms;
  if (logging()) noteSpan('abort', ms);
  abortsInRow++;
  if (length > MIN_LENGTH) length >>= 1;
}

/** Waits a little after an abort, longer after each one in a row, so that conflicting
 *  threads fall out of step. */
export function backoff(): void {
  if (abortsInRow <= 1) return;
  const ms = Math.random() * Math.min(2, 0.01 * (1 << abortsInRow));
  Atomics.wait(sleeper, 0, 0, ms);
}

/** Makes the running transaction unable to abort, before an irreversible action such as I/O:
 *  it takes the lock (validating first) and writes back what it buffered. Other threads cannot
 *  commit until it ends. */
export function becomeInevitable(): void {
  if (!optimistic) return;
  lockAndWriteBack();
  rlLen = 0;
  optimistic = false;
  holding = true;
  stats[Stat.INEVITABLE]++;
}

/** Ends the running transaction for good before the thread blocks (a lock wait, a sleep, a
 *  join) or ends: what it did is published, even if it cannot commit normally. */
export function endForWait(): void {
  becomeInevitable();
  commit();
}

/** The STM needs no thread identity (the GIL build records its holder). */
export function setCurrentIdent(_id: number): void {}

/** Whether the running transaction could still be discarded (nothing published yet). */
export const canAbort = (): boolean => optimistic;

/** Whether discarding the running transaction would lose writes other threads may wait for. */
export const hasWrites = (): boolean => wsLen > 0;

/** Runs `action` once the running transaction has committed (now, outside a transaction);
 *  dropped if it aborts. */
export function deferUntilCommit(action: () => void): void {
  if (!optimistic && !holding) action();
  else afterCommit.push(action);
}

/** Asks for the threads waiting on heap words to be woken after this transaction commits
 *  (a lock was released, a thread started). */
export function wakeWaitersAfterCommit(): void {
  wakeAfterCommit = true;
}

function runAfterCommit(): void {
  if (wakeAfterCommit) {
    wakeAfterCommit = false;
    wakeWaiters();
  }
  if (afterCommit.length === 0) return;
  const actions = afterCommit;
  afterCommit = [];
  for (const a of actions) a();
}

export { countBytecodes } from './stats.js';
export { wakeWaiters } from './wake.js';
