// The wake-up word both builds share: threads waiting on heap words (a lock, a parked
// thread's condition) sleep on Control.WAKE, which every commit that released a lock or
// started a thread bumps.

import { heap } from '../gc/heap.js';
import { Control } from '../gc/layout.js';

/** Wakes every thread waiting on heap words, to look again. */
export function wakeWaiters(): void {
  const i32 = heap.i32;
  Atomics.add(i32, Control.WAKE, 1);
  Atomics.notify(i32, Control.WAKE);
}
