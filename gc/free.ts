// Free memory and the collection trigger. The sweep (gc/collector.ts) turns every run of dead
// objects into one free block and files it in a list by size class; a thread whose chunk is
// full takes a free block as its next chunk and bump-allocates inside it (gc/alloc.ts), so
// freed memory is reused without a per-object free list on the fast path. Blocks too small
// for the object at hand stay for smaller ones; the rest of a block a thread gives up is
// formatted as a free block again and merged with its neighbours by the next sweep.
//
// A free block: HDR_TYPE = next block of its list (0 ends it), HDR_INFO = size | INFO_FREE.

import { Control, FREE_BINS, HDR_INFO, HDR_TYPE, INFO_FREE, infoSize, infoWord, Ref } from './layout.js';
import { heap } from './heap.js';

/** Writes a free block header over `words` words at `addr` (not put in any list). */
export function formatFree(addr: Ref, words: number): void {
  heap.i32[addr + HDR_TYPE] = 0;
  heap.i32[addr + HDR_INFO] = infoWord(words) | INFO_FREE;
}

/** Size class of a block of `words` words: floor(log2(words)). */
const binOf = (words: number): number => 31 - Math.clz32(words);

/** Free blocks smaller than this are not filed: taking them would cost more than they give.
 *  They stay formatted as free and merge with their neighbours when those die. */
export const MIN_FILED_WORDS = 32;

/** Formats a free block and files it if it is big enough (the collector, while every thread
 *  is stopped, or a thread holding the lock). */
export function addFreeBlock(addr: Ref, words: number): void {
  if (words < MIN_FILED_WORDS) {
    formatFree(addr, words);
    return;
  }
  const head = Control.FREE_LISTS + binOf(words);
  heap.i32[addr + HDR_TYPE] = heap.i32[head];
  heap.i32[addr + HDR_INFO] = infoWord(words) | INFO_FREE;
  heap.i32[head] = addr;
}

/** Empties every list (before a sweep files the blocks it finds). */
export function clearFreeLists(): void {
  heap.i32.fill(0, Control.FREE_LISTS, Control.FREE_LISTS + FREE_BINS);
}

/** How many blocks of the class just below the guaranteed fit are tried. */
const FIT_PROBES = 8;

/** Takes a free block of at least `words` words out of the lists, or returns 0. A block
 *  bigger than `chunk` words (and than `words`) is split: the rest goes back to its list. */
export function takeFreeBlock(words: number, chunk: number): Ref {
  lock();
  try {
    const block = findBlock(words);
    if (block === 0) return 0;
    const size = infoSize(heap.i32[block + HDR_INFO]);
    const keep = Math.max(words, chunk);
    if (size - keep >= chunk) {
      addFreeBlock(block + keep, size - keep);
      heap.i32[block + HDR_INFO] = infoWord(keep) | INFO_FREE;
    }
    return block;
  } finally {
    unlock();
  }
}

function findBlock(words: number): Ref {
  const i32 = heap.i32;
  {
    // Every block of class `sure` and above is big enough.
    const sure = binOf(words - 1) + 1;
    for (let b = sure; b < FREE_BINS; b++) {
      const head = Control.FREE_LISTS + b;
      const block = i32[head];
      if (block !== 0) {
        i32[head] = i32[block + HDR_TYPE];
        return block;
      }
    }
    // Blocks of the class of `words` itself may or may not fit: try a few.
    let prev = Control.FREE_LISTS + sure - 1;
    let block = i32[prev];
    for (let n = 0; block !== 0 && n < FIT_PROBES; n++) {
      if (infoSize(i32[block + HDR_INFO]) >= words) {
        // `prev` is the list head or a block whose link is its word HDR_TYPE (0): i32[prev] either way.
        i32[prev] = i32[block + HDR_TYPE];
        return block;
      }
      prev = block;
      block = i32[block + HDR_TYPE];
    }
    return 0;
  }
}

// The lock word: 0 free, 1 held, 2 held with threads waiting (only then does unlock wake one).
function lock(): void {
  const i32 = heap.i32;
  if (Atomics.compareExchange(i32, Control.FREE_LOCK, 0, 1) === 0) return;
  while (Atomics.exchange(i32, Control.FREE_LOCK, 2) !== 0) Atomics.wait(i32, Control.FREE_LOCK, 2);
}

function unlock(): void {
  if (Atomics.exchange(heap.i32, Control.FREE_LOCK, 0) === 2) Atomics.notify(heap.i32, Control.FREE_LOCK, 1);
}

/** Words this thread took as chunks and has not yet added to Control.ALLOCATED. */
let unreported = 0;
const REPORT_WORDS = 1 << 16;

/** Counts words a thread took as a chunk; past the threshold a collection becomes due. */
export function noteAllocated(words: number): void {
  unreported += words;
  if (unreported < REPORT_WORDS) return;
  const i32 = heap.i32;
  const total = Atomics.add(i32, Control.ALLOCATED, unreported) + unreported;
  unreported = 0;
  if (total >= i32[Control.GC_THRESHOLD] && i32[Control.GC_THRESHOLD] > 0) Atomics.store(i32, Control.GC_DUE, 1);
  // A thread that allocates while a collection is due (or waits for it) must come to a
  // safepoint soon, or the heap fills before the collection can run.
  if (i32[Control.GC_DUE] !== 0 || i32[Control.GC_PHASE] !== 0) collectionDue();
}

let collectionDue: () => void = () => {};
/** Told (on the allocation slow path) when this thread should reach a safepoint soon. */
export function onCollectionDue(hook: () => void): void {
  collectionDue = hook;
}

/** Heap words allocated between collections at the least (64 MB), or an eighth of the limit. */
const MIN_THRESHOLD_WORDS = 16 * 1024 * 1024;
/** Words allocated between collections per live word (the heap grows to about twice its
 *  live data before the next collection, as PyPy's major collections do at 1.82). */
const GROWTH = 1;

/** Sets when the next collection is due, from the live words the last one left. */
export function setThreshold(liveWords: number): void {
  const limit = heap.i32[Control.LIMIT_WORDS] >>> 0;
  const floor = Math.min(MIN_THRESHOLD_WORDS, Math.floor(limit / 8));
  // Never let the next collection wait past the limit when the live data would still fit.
  const room = Math.max(floor, Math.floor((limit - liveWords) / 2));
  const threshold = Math.min(Math.max(floor, Math.floor(liveWords * GROWTH)), room, 2 ** 30);
  heap.i32[Control.GC_THRESHOLD] = threshold;
  unreported = 0;
  Atomics.store(heap.i32, Control.ALLOCATED, 0);
  Atomics.store(heap.i32, Control.GC_DUE, 0);
}
