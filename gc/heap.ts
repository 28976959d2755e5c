// The shared heap: one growable SharedArrayBuffer and this worker's fixed-length views of it.
// Views are re-created whenever the buffer has grown (length-tracking views on a growable
// buffer cost 20-50x more per access), so code must read `heap.i32` etc. afresh after any
// call that can allocate, never keep a view in a local across one.

import { Control, CONTROL_WORDS } from './layout.js';

/** Just under 4 GiB: a byte view of the whole heap must stay within a typed array's length limit. */
export const DEFAULT_MAX_HEAP = 4 * 1024 ** 3 - 65536;
const INITIAL_BYTES = 64 * 1024 ** 2;

export class Heap {
  buffer!: SharedArrayBuffer;
  i32!: Int32Array;
  u32!: Uint32Array;
  u16!: Uint16Array;
  u8!: Uint8Array;
  f64!: Float64Array;
  /** Byte length the views cover. */
  viewBytes = 0;

  /** Creates a new heap (the main thread) or attaches to an existing one (a worker). */
  attach(buffer: SharedArrayBuffer): void {
    this.buffer = buffer;
    this.viewBytes = -1;
    this.refresh();
  }

  /** Re-creates the views if another thread (or this one) has grown the buffer. */
  refresh(): void {
    const bytes = this.buffer.byteLength;
    if (bytes === this.viewBytes) return;
    const b = this.buffer;
    this.i32 = new Int32Array(b, 0, Math.floor(bytes / 4));
    this.u32 = new Uint32Array(b, 0, Math.floor(bytes / 4));
    this.u16 = new Uint16Array(b, 0, Math.floor(bytes / 2));
    this.u8 = new Uint8Array(b, 0, bytes);
    this.f64 = new Float64Array(b, 0, Math.floor(bytes / 8));
    this.viewBytes = bytes;
  }

  /** Grows the buffer so that word index `words` is addressable; false past the limit. */
  growTo(words: number): boolean {
    const limitWords = Atomics.load(this.i32, Control.LIMIT_WORDS) >>> 0;
    if (words > limitWords) return false;
    const want = roundUp(Math.min(Math.max(words * 4, this.buffer.byteLength * 2), this.buffer.maxByteLength), 65536);
    try {
      if (want > this.buffer.byteLength) this.buffer.grow(want);
    } catch (e) {
      // Another thread grew the buffer past `want` in between: what it grew is enough.
      if (!(e instanceof RangeError) || this.buffer.byteLength < want) throw e;
    }
    this.refresh();
    return true;
  }
}

function roundUp(n: number, to: number): number {
  return Math.ceil(n / to) * to;
}

export const heap = new Heap();

/** Makes a fresh heap buffer able to grow to `maxBytes`, with its control block initialised. */
export function createHeapBuffer(maxBytes: number): SharedArrayBuffer {
  const max = Math.min(roundUp(Math.max(maxBytes, INITIAL_BYTES), 65536), DEFAULT_MAX_HEAP);
  const buffer = new SharedArrayBuffer(INITIAL_BYTES, { maxByteLength: max });
  const i32 = new Int32Array(buffer, 0, CONTROL_WORDS);
  i32[Control.TOP] = CONTROL_WORDS;
  i32[Control.LIMIT_WORDS] = Math.min(max / 4, 2 ** 31 - 2) | 0;
  return buffer;
}
