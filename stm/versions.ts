// Version numbers for worker-local caches (dict keys versions, the type epoch). A number is
// never handed out twice, so a cache filled by a transaction that later aborted can never
// match a version that a committed transaction writes afterwards. Each worker takes blocks of
// numbers from one heap-wide counter (Atomics, outside transactions) and hands them out
// without synchronising.

import { heap } from '../gc/heap.js';
import { Control } from '../gc/layout.js';

const BLOCK = 1024;
let next = 0;
let end = 0;

export function nextVersion(): number {
  if (next === end) {
    next = Atomics.add(heap.i32, Control.NEXT_VERSION, BLOCK) + 1;
    end = next + BLOCK;
  }
  return next++ | 0;
}

/** A new heap starts numbering afresh. */
export function resetVersions(): void {
  next = end = 0;
}
