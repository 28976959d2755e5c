// Allocation: each thread bump-allocates inside a chunk it takes from the shared heap, so the
// fast path is a compare and an add, with no lock or atomic operation per object. A chunk is
// either a free block left by the collector (gc/free.ts) or fresh memory from the heap top.

import {
  Control, HDR_INFO, HDR_TYPE, INFO_FINALIZED, INFO_FREE, infoSize, infoWord, MAX_OBJECT_WORDS, Ref, TypeFlags, TypeL,
} from './layout.js';
import { heap } from './heap.js';
import { formatFree, noteAllocated, takeFreeBlock } from './free.js';

const CHUNK_WORDS = 1 << 16;

let cursor = 0;
let chunkEnd = 0;

/** Where this thread's next object goes, and the end of its chunk: the words in between are
 *  not referenced by anything yet, so the STM treats what it allocates there as private. */
export const allocCursor = (): number => cursor;
export const allocChunkEnd = (): number => chunkEnd;

/** Forgets this thread's chunk: a newly attached heap starts with none taken. */
export function resetAllocator(): void {
  cursor = 0;
  chunkEnd = 0;
}

/** Thrown when the heap cannot grow any more; the interpreter turns it into MemoryError. */
export class HeapExhausted extends Error {}

/** Allocates an object of `words` words (rounded up to even) with its header written.
 *  The rest of the object is zero. */
export function alloc(type: Ref, words: number): Ref {
  const size = (words + 1) & ~1;
  if (cursor + size > chunkEnd) takeChunk(size);
  const addr = cursor;
  cursor += size;
  const i32 = heap.i32;
  i32[addr + HDR_TYPE] = type;
  i32[addr + HDR_INFO] = infoWord(size);
  return addr;
}

function takeChunk(size: number): void {
  if (size > MAX_OBJECT_WORDS) throw new HeapExhausted('object too large');
  retireChunk();
  const free = takeFreeBlock(size, CHUNK_WORDS);
  if (free !== 0) {
    // Another thread may have grown the heap (and the last sweep filed blocks) beyond this
    // thread's views: writes past a view's end would be lost without a sound.
    heap.refresh();
    // Memory handed out again by the collector holds old words; bump memory is fresh zeros.
    const end = free + infoSize(heap.i32[free + HDR_INFO]);
    heap.i32.fill(0, free, end);
    cursor = free;
    chunkEnd = end;
    noteAllocated(end - free);
    chunkTaken(free, end);
    return;
  }
  const want = Math.max(CHUNK_WORDS, size);
  const start = Atomics.add(heap.i32, Control.TOP, want);
  const end = start + want;
  if (end * 4 > heap.viewBytes) {
    heap.refresh();
    if (end * 4 > heap.viewBytes && !heap.growTo(end)) {
      Atomics.sub(heap.i32, Control.TOP, want);
      throw new HeapExhausted('heap limit reached');
    }
  }
  // Below DIRTY_END the collector gave memory back to the top: it holds old words.
  const dirty = heap.i32[Control.DIRTY_END];
  if (start < dirty) heap.i32.fill(0, start, Math.min(end, dirty));
  cursor = start;
  chunkEnd = end;
  noteAllocated(want);
  chunkTaken(start, end);
}

/** Told of every chunk this thread takes (the STM: what a transaction allocates is private). */
let chunkTaken: (start: number, end: number) => void = () => {};
export function onChunkTaken(hook: (start: number, end: number) => void): void {
  chunkTaken = hook;
}

/** Gives the unused rest of this thread's chunk back as a free block (so that the heap can
 *  be walked object by object); the next allocation takes a new chunk. */
export function retireChunk(): void {
  if (chunkEnd > cursor) formatFree(cursor, chunkEnd - cursor);
  cursor = 0;
  chunkEnd = 0;
}

/** The objects an aborted transaction allocated from `start` (up to `end`, this thread's
 *  cursor or the free rest of a chunk it gave back, whichever comes first) never existed for
 *  the program: they are garbage, and their __del__ must never run. */
export function disownAllocations(start: number, end: number): void {
  const i32 = heap.i32;
  for (let a = start; a < end;) {
    if (a === cursor) return;
    const info = i32[a + HDR_INFO];
    if (info === 0 || (info & INFO_FREE) !== 0) return;
    const t = i32[a + HDR_TYPE];
    if ((i32[t + TypeL.FLAGS] & TypeFlags.HAS_DEL) !== 0) i32[a + HDR_INFO] = info | INFO_FINALIZED;
    a += infoSize(info);
  }
}

/** Words allocated so far in the whole heap (for statistics). */
export function heapTop(): number {
  return Atomics.load(heap.i32, Control.TOP);
}
