// The barrier API of the GIL build: plain loads and stores, and one global lock in the heap
// (Control.GIL, the holder's ident) held while a thread runs Python. The build script copies
// this file over barrier.js in build-gil/, so the interpreter is the same code with no test
// of the build on any access.
//
// Switching follows CPython 3.2+: a thread that wants the lock sets Control.GIL_DROP and
// waits; the holder checks at its transaction boundaries (back-edges and calls) whether the
// switch interval has passed with a drop request pending, and if so releases the lock and
// waits until another thread has taken it before asking again (forced switching).

import { heap } from '../gc/heap.js';
import { Control, Ref } from '../gc/layout.js';
import { pollCollection } from '../gc/stop.js';
import { Stat, stats } from './stats.js';
import { wakeWaiters } from './wake.js';

export const BUILD = 'gil';

/** Never thrown in this build: a GIL-holding thread cannot conflict. */
export class TxAbort extends Error {
  constructor() { super('transaction aborted'); }
}

let holding = false;
let ident = 1;
let acquiredAt = 0;

export const transactionLength = (): number => 4096;
export const canAbort = (): boolean => false;
export const hasWrites = (): boolean => false;

export function setCurrentIdent(id: number): void {
  ident = id;
}

export function setForcedAbortRate(_p: number): void {}

/** Forgets the GIL of a previous heap (a test's fresh world, a new worker). */
export function resetTransactions(): void {
  holding = false;
}

export function load(obj: Ref, offset: number): number {
  return heap.i32[obj + offset];
}

export function store(obj: Ref, offset: number, value: number): void {
  heap.i32[obj + offset] = value;
}

export function loadRange(obj: Ref, offset: number, count: number, out: Int32Array, outStart: number): void {
  const start = obj + offset;
  out.set(heap.i32.subarray(start, start + count), outStart);
}

export function moveWords(dst: Ref, dstOffset: number, src: Ref, srcOffset: number, count: number): void {
  heap.i32.copyWithin(dst + dstOffset, src + srcOffset, src + srcOffset + count);
}

export function fillWords(obj: Ref, offset: number, count: number, value: number): void {
  heap.i32.fill(value, obj + offset, obj + offset + count);
}

/** Takes the GIL unless this thread holds it. */
export function begin(): void {
  if (holding) return;
  const i32 = heap.i32;
  if (Atomics.compareExchange(i32, Control.GIL, 0, ident) !== 0) {
    waitForGil();
    Atomics.notify(i32, Control.GIL);
  }
  holding = true;
  acquiredAt = performance.now();
  heap.refresh();
  stats[Stat.GIL_HANDOVERS]++;
}

export function beginInevitable(): void {
  begin();
}

function waitForGil(): void {
  const t0 = performance.now();
  const i32 = heap.i32;
  for (;;) {
    const holder = Atomics.load(i32, Control.GIL);
    if (holder === 0) {
      if (Atomics.compareExchange(i32, Control.GIL, 0, ident) === 0) break;
      continue;
    }
    Atomics.store(i32, Control.GIL_DROP, 1);
    // The holder may be collecting: a thread waiting here is stopped, and marks its roots.
    pollCollection();
    Atomics.wait(i32, Control.GIL, holder, 5);
  }
  stats[Stat.GIL_WAIT_MS] += performance.now() - t0;
}

/** At a boundary: hands the GIL over when another thread has asked for it and this one has had
 *  it for a switch interval. */
export function commit(): void {
  if (!holding) return;
  stats[Stat.COMMITS]++;
  const i32 = heap.i32;
  if (Atomics.load(i32, Control.GIL_DROP) === 0) return;
  if (performance.now() - acquiredAt < Atomics.load(i32, Control.SWITCH_INTERVAL) / 1000) return;
  Atomics.store(i32, Control.GIL_DROP, 0);
  releaseGil();
  // Forced switching: let a waiter take it before this thread asks again.
  Atomics.wait(i32, Control.GIL, 0, 1);
}

function releaseGil(): void {
  holding = false;
  const i32 = heap.i32;
  Atomics.store(i32, Control.GIL, 0);
  Atomics.notify(i32, Control.GIL, 1);
}

/** Releases the GIL before the thread blocks (lock wait, sleep, join) or ends. */
export function endForWait(): void {
  if (holding) releaseGil();
}

/** A thread parks (only where it has done nothing since the transaction began): it lets the
 *  GIL go while it waits. */
export function rollback(_parking = false): void {
  if (holding) releaseGil();
}
export function backoff(): void {}
export function becomeInevitable(): void {}

export function deferUntilCommit(action: () => void): void {
  action();
}

export function wakeWaitersAfterCommit(): void {
  wakeWaiters();
}

export { countBytecodes } from './stats.js';
export { wakeWaiters } from './wake.js';
