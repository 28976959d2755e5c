// Stopping every thread for a collection. Each JavaScript thread that runs Python (the main
// thread and every worker) takes part: the thread that finds a collection due at a safepoint
// leads it, the others stop at their next safepoint, or right away where they wait (idle, or
// blocked on a lock: a blocked thread never delays a collection, it is woken to mark its
// roots and goes back to waiting). Then the steps of gc/collector.ts run, each thread marking
// from its own roots in parallel, the leader alone doing the shared work between steps.
//
// A thread that cannot stop where it is (inside an atomic block, or in a nested activation of
// the interpreter, where natives hold Refs in JavaScript locals) vetoes the round: the leader
// gives it up and every thread goes on; the collection is tried again a little later.
//
// The protocol is a barrier over heap words: GC_PHASE names the round and its step, GC_ARRIVED
// counts the threads done with the step, GC_THREADS the threads taking part. The leader resets
// GC_ARRIVED before it publishes the next step, and no thread can arrive twice at a step, so
// the count is exact; a thread joining while a round runs waits for its end.

import { heap } from './heap.js';
import { retireChunk } from './alloc.js';
import { Control } from './layout.js';
import { wakeWaiters } from '../stm/wake.js';
import { finishCollection, finishMarking, forgetTheDead, markMyRoots, markSharedRoots } from './collector.js';

const STOP = 1;
const MARK = 2;
const FORGET = 3;
const ROUND_MASK = (1 << 29) - 1;
const phaseWord = (round: number, step: number): number => (round << 2) | step;
const roundOf = (phase: number): number => phase >>> 2;

/** The round this thread last arrived at (it never arrives twice at one). */
let lastRound = 0;

/** After a round was given up, this thread waits before it leads another (performance.now()
 *  ms), longer after each one in a row: a thread in a long nested activation would otherwise
 *  make every safepoint of the others start a round it gives up. */
let retryAt = 0;
let retryMs = 1;
const MAX_RETRY_MS = 50;

/** Whether the running thread can stop here, where a collection polls from a wait (filled in
 *  by the scheduler: not while a thread of this worker waits in a nested activation). */
let stopCheck: () => boolean = () => true;
export function setStopCheck(check: () => boolean): void {
  stopCheck = check;
}

/** Whether this thread can stop for a collection where it waits now. */
export const canStopHere = (): boolean => stopCheck();

/** True while a collection is stopping or has stopped the threads. */
export const collectionRunning = (): boolean => heap.i32[Control.GC_PHASE] !== 0;

/** True while a collection waits for this thread to arrive. */
export function collectionAwaitsMe(): boolean {
  const phase = Atomics.load(heap.i32, Control.GC_PHASE);
  return phase !== 0 && roundOf(phase) !== lastRound;
}

/** Takes part in the running collection, if any, from a safepoint or a wait; `clean` says
 *  whether this thread's Refs are all where its root scanners find them. */
export function stopForCollection(clean: boolean = stopCheck()): void {
  let phase = Atomics.load(heap.i32, Control.GC_PHASE);
  // A round is at its STOP step until this thread arrives. Once this thread has waited, the
  // phase it finds may be a later round's (the last one given up, another begun at once).
  while (phase !== 0 && roundOf(phase) !== lastRound) {
    const round = roundOf(phase);
    lastRound = round;
    if (!clean) {
      Atomics.store(heap.i32, Control.GC_VETO, 1);
      arrive();
      return;
    }
    arrive();
    phase = awaitNextStep(phase);
    if (phase !== phaseWord(round, MARK)) continue;
    // Other threads may have grown the heap since this one last looked.
    heap.refresh();
    markMyRoots();
    arrive();
    // Past its STOP step a round is never given up: FORGET comes next.
    phase = awaitNextStep(phase);
    forgetTheDead();
    arrive();
    phase = awaitNextStep(phase);
  }
}

/** Polls from a wait: takes part in a running collection if this thread can stop here. */
export function pollCollection(): void {
  if (heap.i32[Control.GC_PHASE] !== 0) stopForCollection();
}

/** Collects now, leading every thread through the steps (this thread must be at a safepoint).
 *  Returns the number of unreachable objects found, or -1 when no collection was made: another
 *  thread leads one (this thread took part in it), or a thread could not stop. */
export function collect(): number {
  const i32 = heap.i32;
  if (i32[Control.BOOT_END] === 0) return 0;
  if (performance.now() < retryAt) return -1;
  const round = ((Atomics.add(i32, Control.GC_ROUND, 1) + 1) & ROUND_MASK) || 1;
  if (Atomics.compareExchange(i32, Control.GC_PHASE, 0, phaseWord(round, STOP)) !== 0) {
    stopForCollection(true);
    return -1;
  }
  lastRound = round;
  heap.refresh();
  const t0 = performance.now();
  arrive();
  wakeEveryone();
  awaitEveryone();
  if (Atomics.load(i32, Control.GC_VETO) !== 0) {
    Atomics.store(i32, Control.GC_VETO, 0);
    publish(0);
    retryAt = performance.now() + retryMs;
    retryMs = Math.min(MAX_RETRY_MS, retryMs * 2);
    return -1;
  }
  retryMs = 1;
  publish(phaseWord(round, MARK));
  markMyRoots();
  arrive();
  awaitEveryone();
  markSharedRoots();
  finishMarking();
  publish(phaseWord(round, FORGET));
  forgetTheDead();
  arrive();
  awaitEveryone();
  const found = finishCollection(t0, performance.now());
  publish(0);
  return found;
}

/** A worker that has attached to the heap starts taking part in collections (after the
 *  round running, if one is). The main thread takes part from the world's creation. */
export function joinCollections(): void {
  const i32 = heap.i32;
  for (;;) {
    Atomics.add(i32, Control.GC_THREADS, 1);
    const phase = Atomics.load(i32, Control.GC_PHASE);
    if (phase === 0) return;
    // Counted too late for this round, perhaps: step out until it ends.
    Atomics.sub(i32, Control.GC_THREADS, 1);
    Atomics.notify(i32, Control.GC_ARRIVED);
    awaitNextStep(phase);
  }
}

/** The main thread, once the program has ended, stops taking part: it will not poll, nor
 *  touch the heap, again. (No round can get past its first step before this thread arrives
 *  or leaves, so giving back its chunk here is safe.) */
export function leaveCollections(): void {
  retireChunk();
  const i32 = heap.i32;
  Atomics.sub(i32, Control.GC_THREADS, 1);
  Atomics.notify(i32, Control.GC_ARRIVED);
}

function arrive(): void {
  Atomics.add(heap.i32, Control.GC_ARRIVED, 1);
  Atomics.notify(heap.i32, Control.GC_ARRIVED);
}

/** The leader: waits until every thread taking part has arrived at the step. */
function awaitEveryone(): void {
  const i32 = heap.i32;
  for (;;) {
    const arrived = Atomics.load(i32, Control.GC_ARRIVED);
    if (arrived >= Atomics.load(i32, Control.GC_THREADS)) return;
    Atomics.wait(i32, Control.GC_ARRIVED, arrived, 20);
  }
}

/** The leader: starts the next step (0: the round is over). */
function publish(phase: number): void {
  const i32 = heap.i32;
  Atomics.store(i32, Control.GC_ARRIVED, 0);
  Atomics.store(i32, Control.GC_PHASE, phase);
  Atomics.notify(i32, Control.GC_PHASE);
}

/** Waits until the step `phase` is over; returns the phase word that follows. */
function awaitNextStep(phase: number): number {
  const i32 = heap.i32;
  for (;;) {
    const now = Atomics.load(i32, Control.GC_PHASE);
    if (now !== phase) return now;
    Atomics.wait(i32, Control.GC_PHASE, phase, 50);
  }
}

/** Threads waiting on the words every wait of the VM sleeps on are woken to poll (WAKE is
 *  bumped: a thread about to sleep on the value it read before does not sleep). */
function wakeEveryone(): void {
  wakeWaiters();
  Atomics.notify(heap.i32, Control.GIL);
}
