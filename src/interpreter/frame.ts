// A frame: one activation of a code object on this worker. Its fast locals, cells, free
// variables and value stack share one Int32Array of Refs (the frame is private to its thread;
// the collector scans it as a root). A suspended generator keeps its frame in the heap
// instead (see generator.ts), so that any thread can resume it.

import { NULL, Ref } from '../../gc/layout.js';
import type { Code } from './code.js';

export class Frame {
  /** locals, cells, free variables, then the value stack. */
  readonly f: Int32Array;
  /** Index of the first free stack slot in `f`. */
  sp: number;
  /** Next instruction index. */
  pc = 0;
  /** Index of the instruction being executed (for tracebacks and line numbers). */
  lasti = 0;
  back: Frame | null = null;
  /** The generator object running this frame, or NULL. */
  generator: Ref = NULL;
  /** Set when the frame stopped at YIELD_VALUE rather than returning. */
  yielded = false;
  /** An exception to raise at the frame's current instruction when it resumes
   *  (generator.throw), or NULL. */
  pendingThrow: Ref = NULL;

  constructor(
    readonly code: Code,
    public globals: Ref,
    public builtins: Ref,
    /** The locals mapping of module and class bodies; NULL for functions. */
    public locals: Ref,
    public func: Ref,
  ) {
    this.f = new Int32Array(code.frameSize);
    this.sp = code.nlocalsplus;
  }

  /** A frame for a call of `func` (a plain function): a returned frame of the same code
   *  when one is free, else a new one. */
  static forCall(code: Code, globals: Ref, builtins: Ref, func: Ref): Frame {
    const frame = code.framePool.pop();
    if (frame === undefined) return new Frame(code, globals, builtins, NULL, func);
    frame.globals = globals;
    frame.builtins = builtins;
    frame.func = func;
    return frame;
  }

  /** Gives a finished frame back to its code's pool (not generator frames). */
  release(): void {
    const pool = this.code.framePool;
    if (pool.length >= 8 || this.generator !== NULL || this.locals !== NULL) return;
    this.f.fill(0);
    this.sp = this.code.nlocalsplus;
    this.pc = 0;
    this.lasti = 0;
    this.back = null;
    this.yielded = false;
    this.pendingThrow = NULL;
    pool.push(this);
  }

  get line(): number {
    return this.code.lineOf(this.lasti);
  }
}
