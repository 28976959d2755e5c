// The barrier API: the only way code outside stm/ and gc/ reads or writes a mutable heap word.
// Immutable words (a str's characters, a tuple's items, a float's value, any object's type)
// are read through gc/ accessors directly: once an object is published they never change.
//
// This is the single-thread implementation: plain loads and stores. The STM build replaces
// this file with one that logs reads, buffers writes and validates at commit; the GIL build
// keeps it as it is. Callers must therefore never cache a heap view across a barrier call and
// must treat `load` as possibly seeing a newer value after every boundary.

import { heap } from '../gc/heap.js';
import type { Ref } from '../gc/layout.js';

/** Reads mutable word `offset` of object `obj`. */
export function load(obj: Ref, offset: number): number {
  return heap.i32[obj + offset];
}

/** Writes mutable word `offset` of object `obj`. */
export function store(obj: Ref, offset: number, value: number): void {
  heap.i32[obj + offset] = value;
}

/** Reads `count` mutable words from `obj + offset` into `out` (from `outStart`). */
export function loadRange(obj: Ref, offset: number, count: number, out: Int32Array, outStart: number): void {
  const start = obj + offset;
  out.set(heap.i32.subarray(start, start + count), outStart);
}

/** Copies `count` mutable words inside the heap (overlapping ranges allowed). */
export function moveWords(dst: Ref, dstOffset: number, src: Ref, srcOffset: number, count: number): void {
  const i32 = heap.i32;
  i32.copyWithin(dst + dstOffset, src + srcOffset, src + srcOffset + count);
}

/** Fills `count` mutable words with `value`. */
export function fillWords(obj: Ref, offset: number, count: number, value: number): void {
  heap.i32.fill(value, obj + offset, obj + offset + count);
}

// ---- transaction boundaries ----
// The interpreter calls these at bytecode boundaries. A transaction begins after `begin` and
// ends at `commit`; in between the interpreter's state may be rolled back to the state saved
// at `begin` (see interpreter/threadstate.ts). Single-threaded, they only count.

export const stats = { transactions: 0 };

export function begin(): void {
  stats.transactions++;
}

/** Ends the running transaction; returns false if it must be re-run (never, single-threaded). */
export function commit(): boolean {
  return true;
}

/** Makes the running transaction unable to abort, before an irreversible action such as I/O. */
export function becomeInevitable(): void {}
