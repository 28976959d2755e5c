// The running thread's interpreter state: the frame chain, the exception being handled
// (sys.exc_info) and the recursion depth. Worker-local: a thread's frames are its own.

import { Control, NULL, Ref } from '../../gc/layout.js';
import { heap } from '../../gc/heap.js';
import type { Frame } from './frame.js';

export class ThreadState {
  /** The innermost running frame. */
  frame: Frame | null = null;
  /** Python frames active (for RecursionError). */
  depth = 0;
  /** The exception being handled, as sys.exc_info() sees it, or NULL. */
  handled: Ref = NULL;

  recursionLimit(): number {
    return heap.i32[Control.RECURSION_LIMIT];
  }
}

export const thread = new ThreadState();

/** A copy of a thread's interpreter state at a bytecode boundary: each frame of the chain
 *  with its position and slots. Restoring it puts every frame back as it was, which is what
 *  an aborted transaction needs (its heap writes are discarded by stm/). */
export interface ThreadSnapshot {
  frames: { frame: Frame; pc: number; lasti: number; sp: number; slots: Int32Array }[];
  depth: number;
  handled: Ref;
}

export function saveThreadState(t: ThreadState): ThreadSnapshot {
  const frames: ThreadSnapshot['frames'] = [];
  for (let f = t.frame; f !== null; f = f.back) {
    frames.push({ frame: f, pc: f.pc, lasti: f.lasti, sp: f.sp, slots: f.f.slice(0, f.sp) });
  }
  return { frames, depth: t.depth, handled: t.handled };
}

export function restoreThreadState(t: ThreadState, s: ThreadSnapshot): void {
  for (const saved of s.frames) {
    const f = saved.frame;
    f.pc = saved.pc;
    f.lasti = saved.lasti;
    f.sp = saved.sp;
    f.f.set(saved.slots);
    f.f.fill(0, saved.sp);
  }
  t.frame = s.frames.length > 0 ? s.frames[0].frame : null;
  t.depth = s.depth;
  t.handled = s.handled;
}
