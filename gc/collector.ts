// The collector: non-moving mark-sweep of the shared heap, run only at safepoints (never
// from alloc(): natives keep Refs in JavaScript locals that no one could find).
//
// A collection is split so that each thread marks from its own roots while all are stopped
// (gc/stop.ts stops them and runs the steps): `markMyRoots` (every thread: its frames and
// worker-local caches), then, on the thread leading the collection, `markSharedRoots`
// (control block, boot region) and `finishMarking` (objects whose __del__ is due), then
// `forgetTheDead` (every thread: the weak references it marked, its caches keyed by
// address), then `finishCollection` (the leader: sweep, figures); each step starts when
// every thread has finished the one before. Mark bits are the INFO_MARK
// bit of each object's header, set with Atomics.or so that several markers may race: the
// one that sets it traces the object. Objects below Control.BOOT_END (everything made while
// the world was created: types, builtins, interned names) are never freed and count as
// marked; the boot region is scanned as a root each time, since its objects may come to
// refer to new ones.

import {
  ArrayL, Control, HDR_INFO, ListL, HDR_TYPE, INFO_FINALIZED, INFO_FREE, INFO_MARK, infoSize, Ref, TypeFlags, TypeL, WeakrefL,
} from './layout.js';
import { writeSync } from 'node:fs';
import { heap } from './heap.js';
import { retireChunk } from './alloc.js';
import { addFreeBlock, clearFreeLists, setThreshold } from './free.js';
import { preparePointerMaps, scanObject, Visitor } from './pointers.js';
import { verifyHeap, verifyEnabled } from './verify.js';
import { NONE, T_ARRAY, T_OBJECT } from '../src/objects/statics.js';

// ---- what the rest of the VM registers ----

type MarkFn = (ref: Ref) => void;
const rootScanners: ((mark: MarkFn) => void)[] = [];
const collectionHooks: ((isLive: (ref: Ref) => boolean) => void)[] = [];

/** A worker-local holder of Refs (frames, caches of heap objects) reports them to `mark`. */
export function addRootScanner(scan: (mark: MarkFn) => void): void {
  rootScanners.push(scan);
}

/** Called after marking, before memory is freed: worker-local caches keyed by address must
 *  drop what is not live (a freed address will be reused by another object). */
export function onCollection(hook: (isLive: (ref: Ref) => boolean) => void): void {
  collectionHooks.push(hook);
}

/** What a collection found to run afterwards (Python code, so not during the collection):
 *  objects whose __del__ is due, and (callback, weakref) pairs of cleared weak references. */
export interface Pending { finalize: Ref[]; callbacks: Ref[]; }
const pending: Pending = { finalize: [], callbacks: [] };

export const hasPending = (): boolean => pending.finalize.length > 0 || pending.callbacks.length > 0;

/** Takes the finalizers and callbacks waiting to run (the caller runs them). */
export function takePending(): Pending {
  const p = { finalize: pending.finalize, callbacks: pending.callbacks };
  pending.finalize = [];
  pending.callbacks = [];
  return p;
}

// ---- state ----

const TRACE = typeof process !== 'undefined' && process.env.PYSTM_TRACE_GC === '1';
/** gc.enable() and gc.disable(), for every thread. */
export const setAutomatic = (on: boolean): void => { Atomics.store(heap.i32, Control.GC_DISABLED, on ? 0 : 1); };
export const automaticEnabled = (): boolean => heap.i32[Control.GC_DISABLED] === 0;

/** First word after the boot region. */
const bootEnd = (): number => heap.i32[Control.BOOT_END];

/** Ends the boot region: everything allocated so far is permanent. */
export function sealBootRegion(): void {
  retireChunk();
  heap.i32[Control.BOOT_END] = heap.i32[Control.TOP];
  setThreshold(0);
  heap.i32.fill(0, Control.GC_COLLECTIONS, Control.GC_DISABLED + 1);
  heap.i32[Control.GC_THREADS] = 1;
  pending.finalize = [];
  pending.callbacks = [];
}

/** GC_DUE when gc.collect() asked for a collection (it runs even if automatic ones are off). */
const REQUESTED = 2;

/** Tests stress the collector with PYSTM_GC_STRESS=1: a collection at every safepoint,
 *  one every STRESS_INTERVAL loop back-edges, so that short programs collect too. */
const STRESS = typeof process !== 'undefined' && (process.env.PYSTM_GC_STRESS ?? '') !== '';
const STRESS_INTERVAL = 64;

/** Back-edges between safepoints. */
export const safepointInterval = (normal: number): number => (STRESS ? STRESS_INTERVAL : normal);

/** Asks for a collection at the next safepoint. */
export function requestCollection(): void {
  Atomics.store(heap.i32, Control.GC_DUE, REQUESTED);
}

/** True at a safepoint when this thread should collect now. */
export const shouldCollect = (): boolean => {
  const due = STRESS ? REQUESTED : heap.i32[Control.GC_DUE];
  return (due === REQUESTED || (due !== 0 && automaticEnabled())) && heap.i32[Control.BOOT_END] !== 0;
};

// ---- marking ----

let stack = new Int32Array(1 << 16);
let sp = 0;
let weakrefs: Ref[] = [];
let markFloor = 0;

function push(r: Ref): void {
  if (sp === stack.length) {
    const bigger = new Int32Array(stack.length * 2);
    bigger.set(stack);
    stack = bigger;
  }
  stack[sp++] = r;
}

/** Sets r's mark bit; true if this call set it. */
function setMark(r: Ref): boolean {
  const i32 = heap.i32;
  if ((i32[r + HDR_INFO] & INFO_MARK) !== 0) return false;
  return (Atomics.or(i32, r + HDR_INFO, INFO_MARK) & INFO_MARK) === 0;
}

function markRef(r: Ref): void {
  if (r >= markFloor && (r & 1) === 0 && setMark(r)) push(r);
}

const marker: Visitor = {
  word: markRef,
  owned: (a) => a < markFloor || setMark(a),
  weakref: (w) => { weakrefs.push(w); },
};

function drain(): void {
  while (sp > 0) scanObject(stack[--sp], marker);
}

/** Every thread, at its safepoint: gives back its chunk and marks from its own roots. */
export function markMyRoots(): void {
  preparePointerMaps();
  markFloor = bootEnd();
  sp = 0;
  weakrefs = [];
  retireChunk();
  for (const scan of rootScanners) scan(markRef);
  for (const r of pending.finalize) markRef(r);
  for (const r of pending.callbacks) markRef(r);
  drain();
}

const CONTROL_REFS = [
  Control.BUILTINS, Control.SYS, Control.MODULES, Control.INTERNED, Control.TYPE_REGISTRY, Control.MEMORY_ERROR,
  Control.START_QUEUE, Control.EMPTY_TUPLE,
];

/** The leader: the control block's Refs and every object of the boot region. */
export function markSharedRoots(): void {
  for (const w of CONTROL_REFS) markRef(heap.i32[w]);
  const end = bootEnd();
  // From the first singleton (right after the control block) to the end of the boot region.
  for (let a = NONE; a < end;) {
    const info = heap.i32[a + HDR_INFO];
    if (info === 0) { a += 2; continue; } // unused space in the reserved type area
    // Internal arrays are scanned through their owners, which know what their words mean.
    if ((info & INFO_FREE) === 0 && heap.i32[a + HDR_TYPE] !== T_ARRAY) scanObject(a, marker);
    a += infoSize(info);
  }
  drain();
}

/** The leader, once every thread has marked: resurrects the objects whose __del__ is due
 *  (they and what they reach live until it has run, with their weak references, as when
 *  CPython finalizes an object whose count drops to zero). */
export function finishMarking(): void {
  if (!finalizerTypesExist()) return;
  for (const r of unreachableFinalizable()) {
    heap.i32[r + HDR_INFO] |= INFO_FINALIZED;
    pending.finalize.push(r);
    markRef(r);
  }
  drain();
}

/** Clears the weak references this thread marked whose referent is unmarked; those with a
 *  callback join the chain Control.WEAKREF_DUE, for the leader to run their callbacks. */
function clearDeadReferents(): void {
  const floor = markFloor;
  const i32 = heap.i32;
  for (const w of weakrefs) {
    const r = i32[w + WeakrefL.REFERENT];
    if (r < floor || (r & 1) !== 0 || (i32[r + HDR_INFO] & INFO_MARK) !== 0) continue;
    i32[w + WeakrefL.REFERENT] = 0;
    if (i32[w + WeakrefL.CALLBACK] === 0) continue;
    for (;;) {
      const head = Atomics.load(i32, Control.WEAKREF_DUE);
      i32[w + WeakrefL.DUE] = head;
      if (Atomics.compareExchange(i32, Control.WEAKREF_DUE, head, w) === head) break;
    }
  }
  weakrefs = [];
}

/** The leader: queues the callbacks of the weak references every thread cleared. */
function takeDueCallbacks(): void {
  const i32 = heap.i32;
  for (let w = i32[Control.WEAKREF_DUE]; w !== 0;) {
    const next = i32[w + WeakrefL.DUE];
    i32[w + WeakrefL.DUE] = 0;
    pending.callbacks.push(i32[w + WeakrefL.CALLBACK], w);
    w = next;
  }
  i32[Control.WEAKREF_DUE] = 0;
}

/** Every thread, once marking is finished and before the sweep: clears the weak references
 *  it found to the dead, and its caches forget the addresses of the dead. */
export function forgetTheDead(): void {
  clearDeadReferents();
  for (const hook of collectionHooks) hook(isLive);
}

export function isLive(r: Ref): boolean {
  return r < markFloor || (r & 1) !== 0 || (heap.i32[r + HDR_INFO] & (INFO_MARK | INFO_FREE)) === INFO_MARK;
}

function unreachableFinalizable(): Ref[] {
  const out: Ref[] = [];
  const top = heap.i32[Control.TOP];
  for (let a = bootEnd(); a < top;) {
    const info = heap.i32[a + HDR_INFO];
    if ((info & (INFO_MARK | INFO_FREE | INFO_FINALIZED)) === 0) {
      const t = heap.i32[a + HDR_TYPE];
      if ((heap.i32[t + TypeL.FLAGS] & TypeFlags.HAS_DEL) !== 0) out.push(a);
    }
    a += infoSize(info);
  }
  return out;
}

/** Whether some class defines __del__ (every class is in the subclass lists from object). */
function finalizerTypesExist(): boolean {
  const seen = new Set<Ref>();
  const todo: Ref[] = [T_OBJECT];
  while (todo.length > 0) {
    const t = todo.pop()!;
    if (seen.has(t)) continue;
    seen.add(t);
    if ((heap.i32[t + TypeL.FLAGS] & TypeFlags.HAS_DEL) !== 0) return true;
    const subs = heap.i32[t + TypeL.SUBCLASSES];
    if (subs === 0) continue;
    const n = heap.i32[subs + ListL.SIZE];
    const items = heap.i32[subs + ListL.ITEMS];
    for (let i = 0; i < n; i++) todo.push(heap.i32[items + ArrayL.ITEMS + i]);
  }
  return false;
}

// ---- sweeping ----

/** The leader: frees every unmarked object, merging neighbours into free blocks that are
 *  filed for reuse, and clears the marks of the live. Returns the unreachable objects found
 *  (internal arrays included: each list, dict or set counts 2 or 3). */
export function sweep(): number {
  clearFreeLists();
  const i32 = heap.i32;
  const top = i32[Control.TOP];
  let live = 0;
  let found = 0;
  let runStart = -1;
  let a = bootEnd();
  while (a < top) {
    const info = i32[a + HDR_INFO];
    const size = infoSize(info);
    if (size === 0) throw new Error(`heap corrupt: zero-sized block at ${a}`);
    if ((info & INFO_MARK) !== 0) {
      if (runStart >= 0) { addFreeBlock(runStart, a - runStart); runStart = -1; }
      i32[a + HDR_INFO] = info & ~INFO_MARK;
      live += size;
    } else {
      if ((info & INFO_FREE) === 0) found++;
      if (runStart < 0) runStart = a;
    }
    a += size;
  }
  // A free run at the top goes back to the heap top for fresh chunks.
  if (runStart >= 0) {
    if (top > i32[Control.DIRTY_END]) i32[Control.DIRTY_END] = top;
    Atomics.store(i32, Control.TOP, runStart);
  }
  i32[Control.GC_LIVE_WORDS] = live;
  i32[Control.GC_FREED] += found;
  setThreshold(live);
  return found;
}

// ---- the end of a collection ----

/** The leader, once every thread has forgotten the dead: frees them, checks the heap when
 *  asked to, and counts the collection (begun at `startMs`, marked by `markedMs`). Returns
 *  the unreachable objects found. */
export function finishCollection(startMs: number, markedMs: number): number {
  takeDueCallbacks();
  const found = sweep();
  if (verifyEnabled()) verifyHeap();
  const us = Math.round((performance.now() - startMs) * 1000);
  const i32 = heap.i32;
  i32[Control.GC_COLLECTIONS]++;
  i32[Control.GC_PAUSE_US] += us;
  if (us > i32[Control.GC_MAX_PAUSE_US]) i32[Control.GC_MAX_PAUSE_US] = us;
  // Written at once: a worker's process.stderr reaches the terminal only through the main thread.
  if (TRACE) writeSync(2, `gc #${i32[Control.GC_COLLECTIONS]}: ${(us / 1000).toFixed(1)} ms (stopping and marking ${(markedMs - startMs).toFixed(1)}), live ${i32[Control.GC_LIVE_WORDS] * 4} bytes, ${found} unreachable, top ${i32[Control.TOP] * 4}\n`);
  return found;
}

/** Collector figures for --stats and gc.get_stats(). */
export interface GcStats {
  collections: number;
  totalPauseMs: number;
  maxPauseMs: number;
  /** The heap buffer's size, and how much of it objects and free blocks span. */
  heapBytes: number;
  heapUsedBytes: number;
  /** Bytes of the objects that survived the last collection (boot region excluded). */
  liveBytes: number;
  /** Unreachable objects found, in all collections. */
  freedObjects: number;
}

/** Collector figures for --stats. */
export function gcStats(): GcStats {
  const i32 = heap.i32;
  return {
    collections: i32[Control.GC_COLLECTIONS], totalPauseMs: (i32[Control.GC_PAUSE_US] >>> 0) / 1000,
    maxPauseMs: i32[Control.GC_MAX_PAUSE_US] / 1000, heapBytes: heap.buffer.byteLength,
    heapUsedBytes: i32[Control.TOP] * 4, liveBytes: i32[Control.GC_LIVE_WORDS] * 4, freedObjects: i32[Control.GC_FREED] >>> 0,
  };
}
