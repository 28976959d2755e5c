// The interpreter loop. Calls from Python to Python functions push a frame and continue in
// the same loop (no JavaScript recursion), so the thread's state at a bytecode boundary is
// just its frame chain; natives that call back into Python (sort keys, __eq__, __init__)
// enter `run` again for the callee only.

import { heap } from '../../gc/heap.js';
import { HeapExhausted } from '../../gc/alloc.js';
import { ArrayL, Control, FunctionL, ListL, MethodL, NULL, Ref, SMALL_MAX, SMALL_MIN, TupleL, TypeFlags, TypeL } from '../../gc/layout.js';
import {
  backoff, becomeInevitable, begin, beginInevitable, commit, countBytecodes, load, rollback, transactionLength, TxAbort,
} from '../../stm/barrier.js';
import { BinaryOp, INPLACE, Op } from '../compiler/opcodes.js';
import { CodeFlags } from '../compiler/code.js';
import { cellGet, cellSet, newCell } from '../objects/cell.js';
import { dictEntryCount, dictEntryKey, dictEntryValue, dictFindStr, dictKeysVersion, dictSet, dictSetEntryValue } from '../objects/dict.js';
import { Exc, raise, setExcTraceback, excTraceback } from '../objects/exception.js';
import { newFloat, floatValue } from '../objects/float.js';
import { funcClosure, funcCode } from '../objects/function.js';
import { listAppend, newList } from '../objects/list.js';
import { setAdd } from '../objects/set.js';
import { newSlice } from '../objects/slice.js';
import { FALSE, NONE, T_FLOAT, T_FUNCTION, T_INT, T_LIST, T_METHOD, T_TUPLE, TRUE } from '../objects/statics.js';
import { callBound, callObject } from '../runtime/call.js';
import { intAsSafe, newInt } from '../objects/int.js';
import { lookupType, typeEpoch } from '../objects/typeobject.js';
import { isDataDescriptor } from '../runtime/attributes.js';
import { slotsOf } from '../runtime/slots.js';
import { newTraceback } from '../objects/traceback.js';
import { newTuple, tupleItem, tupleLength } from '../objects/tuple.js';
import {
  binaryOp, bool, compareNumbers, contains, delItem, getItem, getIter, isTrue, iterNext, richCompare, setItem, unaryOp,
} from '../runtime/abstract.js';
import { getAttr, setAttr } from '../runtime/attributes.js';
import { PyRaise } from '../runtime/errors.js';
import type { Kwargs } from '../runtime/native.js';
import { bindArguments } from './arguments.js';
import { Code, codeOf } from './code.js';
import { Frame } from './frame.js';
import { makeGenerator } from './generator.js';
import * as match from './match.js';
import * as ops from './ops.js';
import { safepointInterval, shouldCollect } from '../../gc/collector.js';
import { canStopHere, collectionRunning, stopForCollection } from '../../gc/stop.js';
import { onCollectionDue } from '../../gc/free.js';
import { collectAndFinalize } from './safepoint.js';
import { PARK, restoreThreadState, saveThreadState, schedulerHooks, Stop, thread, transactionStartsHere } from './threadstate.js';

/** Back-edges and calls left before the next transaction boundary (the STM adapts the
 *  length of transactions to how often they abort). */
let budget = 4096;
/** Bytecodes run since the last boundary by interpreter activations that have returned. */
let pendingTicks = 0;
/** Boundaries skipped because the thread was in a nested activation or an atomic block. */
let skippedBoundaries = 0;
/** A transaction that has skipped this many boundaries becomes inevitable: it cannot keep
 *  logging forever, and it can no longer lose its work to an abort. */
const MAX_SKIPPED_BOUNDARIES = 16;

/** Calls a Python function object with positional args and keywords. */
export function callFunction(func: Ref, args: ArrayLike<Ref>, kw: Kwargs | null): Ref {
  const frame = newFrameFor(func, args, kw);
  if ((frame.code.flags & CodeFlags.GENERATOR) !== 0) return makeGenerator(frame);
  return runFrame(frame);
}

/** A frame for calling `callable` with these arguments when it is a Python function (or a method
 *  of one) that is not a generator, to run in the same loop; null otherwise. */
function pythonCallFrame(callable: Ref, positional: Ref[], kw: Kwargs | null): Frame | null {
  if ((callable & 1) === 1) return null;
  let func = callable;
  if (heap.i32[callable] === T_METHOD) {
    func = load(callable, MethodL.FUNC);
    if ((func & 1) === 1 || heap.i32[func] !== T_FUNCTION) return null;
    positional.unshift(load(callable, MethodL.SELF));
  } else if (heap.i32[callable] !== T_FUNCTION) {
    return null;
  }
  if ((codeOf(funcCode(func)).flags & CodeFlags.GENERATOR) !== 0) {
    if (func !== callable) positional.shift();
    return null;
  }
  return newFrameFor(func, positional, kw);
}

/** A frame for calling `func`, with its arguments bound and its cells made. */
export function newFrameFor(func: Ref, args: ArrayLike<Ref>, kw: Kwargs | null): Frame {
  const code = codeOf(funcCode(func));
  const frame = new Frame(code, load(func, FunctionL.GLOBALS), load(func, FunctionL.BUILTINS), NULL, func);
  bindArguments(func, code, frame.f, args, kw);
  if (!code.simple) setUpCells(frame, func);
  return frame;
}

/** Makes the cells of a frame's cellvars and copies its closure into the free slots. */
export function setUpCells(frame: Frame, func: Ref): void {
  const code = frame.code;
  const f = frame.f;
  const ncells = code.cellvars.length;
  for (let i = 0; i < ncells; i++) {
    const arg = code.cell2arg[i];
    f[code.nlocals + i] = newCell(arg >= 0 ? f[arg] : NULL);
  }
  const nfree = code.freevars.length;
  if (nfree > 0) {
    const closure = funcClosure(func);
    for (let i = 0; i < nfree; i++) f[code.nlocals + ncells + i] = tupleItem(closure, i);
  }
}

/** Counts one more Python frame on the thread: RecursionError past the limit. */
function enterDepth(): void {
  if (++thread.depth > thread.recursionLimit()) {
    thread.depth--;
    raise(Exc.RecursionError, 'maximum recursion depth exceeded');
  }
}

/** Makes `callee`, called from `caller` (whose pc and sp are saved), the running frame of
 *  this interpreter loop. */
function pushFrame(caller: Frame, callee: Frame): Frame {
  enterDepth();
  callee.back = caller;
  thread.frame = callee;
  return callee;
}

/** Runs a frame to completion (or to its next yield) on this thread. */
export function runFrame(frame: Frame): Ref {
  enterDepth();
  frame.back = thread.frame;
  if (thread.runLevel === 0) {
    let value: Ref;
    try {
      value = runOutermost(frame, frame);
    } catch (e) {
      thread.depth--;
      throw e;
    }
    // A parked or yielded thread keeps its frames (and depth) for the scheduler to resume.
    if (thread.stop === Stop.NONE) thread.depth--;
    return value;
  }
  thread.runLevel++;
  try {
    return run(frame, frame);
  } finally {
    thread.runLevel--;
    thread.depth--;
  }
}

/** Runs a thread's frame chain from `start` (its innermost frame) until `entry` (its outermost)
 *  returns, as a sequence of transactions: a transaction ends at each boundary and, when it
 *  conflicts, the chain is put back as it was at the transaction's start and runs again.
 *  Returns NULL with `thread.stop` set when a thread driven by the scheduler parks or yields
 *  (no transaction open then). Otherwise the caller goes on in a transaction that cannot
 *  abort (it has no state to go back to), which the next boundary ends. */
export function runOutermost(entry: Frame, start: Frame): Ref {
  thread.runLevel = 1;
  thread.stop = Stop.NONE;
  thread.frame = start;
  thread.entry = entry;
  try {
    commit();
    begin();
    thread.snapshot = saveThreadState(thread);
    for (;;) {
      let value: Ref = NULL;
      let error: unknown = null;
      try {
        value = run(entry, thread.frame!);
      } catch (e) {
        if (!(e instanceof PyRaise)) throw e;
        error = e;
      }
      if (thread.stop !== Stop.NONE) return NULL;
      try {
        commit();
      } catch (e) {
        if (!(e instanceof TxAbort)) throw e;
        restartTransaction();
        continue;
      }
      thread.snapshot = null;
      beginInevitable();
      if (error !== null) throw error;
      return value;
    }
  } finally {
    thread.runLevel = 0;
  }
}

/** After an abort: the thread's state as the transaction found it, then a new attempt. */
function restartTransaction(): void {
  rollback();
  restoreThreadState(thread, thread.snapshot!);
  skippedBoundaries = 0;
  backoff();
  begin();
  budget = transactionLength();
}

/** A bytecode boundary (the frame's pc, sp and lasti are saved): ends the transaction and
 *  begins the next. Returns true when the thread should stop here and let another run.
 *  A boundary before a call that may block only takes part in a collection already running:
 *  the call itself (a wait, or gc.collect()) is where this thread stops or collects. */
function transactionBoundary(ticks: number, mayCollect = true): boolean {
  budget = safepointInterval(transactionLength());
  if (thread.runLevel !== 1 || thread.atomicDepth !== 0) {
    // Not a safepoint: a collection waiting for this thread is given up.
    if (collectionRunning()) stopForCollection(false);
    if (++skippedBoundaries >= MAX_SKIPPED_BOUNDARIES) becomeInevitable();
    return false;
  }
  skippedBoundaries = 0;
  commit();
  // A safepoint: garbage is collected here, between transactions, where the thread's only
  // Refs are in its frames.
  if (collectionRunning()) stopForCollection();
  else if (mayCollect && shouldCollect() && canStopHere()) collectAndFinalize();
  countBytecodes(ticks + pendingTicks);
  pendingTicks = 0;
  if (thread.canSuspend && schedulerHooks.shouldYield()) {
    thread.snapshot = null;
    thread.stop = Stop.YIELDED;
    return true;
  }
  begin();
  thread.snapshot = saveThreadState(thread);
  return false;
}

/** Whether a native runs where the thread could stop for a collection: called by the
 *  outermost activation at a transaction's first instruction (the interpreter ends the
 *  transaction before calls that may block), so that its Refs are all in the frames. */
export const atCleanCall = (): boolean =>
  thread.runLevel === 1 && thread.atomicDepth === 0 && transactionStartsHere() && canStopHere();

/** Makes the next back-edge or call end the running transaction (pypystm.hint_commit_soon,
 *  and after a wait or I/O that made it inevitable). */
export function endTransactionSoon(): void {
  budget = 0;
}
onCollectionDue(endTransactionSoon);

/** Records `frame` at its current instruction in the exception's traceback. */
function addTraceback(exc: Ref, frame: Frame): void {
  try {
    setExcTraceback(exc, newTraceback(excTraceback(exc), frame.code.ref, frame.lasti, frame.line));
  } catch (e) {
    // Out of heap: the exception (a MemoryError) travels without this entry.
    if (!(e instanceof HeapExhausted)) throw e;
  }
}

/** Finds the innermost handler of instruction `instr`: index into the table, or -1. */
function findHandler(code: Code, instr: number): number {
  const t = code.exceptionTable;
  for (let i = 0; i < t.length; i += 4) if (instr >= t[i] && instr < t[i + 1]) return i;
  return -1;
}

/** Converts a JavaScript error escaping a native into a Python exception where it has a
 *  Python meaning (stack overflow, heap exhaustion); anything else is a VM bug. */
function toPython(e: unknown): PyRaise {
  if (e instanceof PyRaise) return e;
  if (e instanceof RangeError && /call stack/.test(e.message)) {
    return new PyRaise(ops.newErrorRef(Exc.RecursionError, 'maximum recursion depth exceeded'));
  }
  if (e instanceof HeapExhausted) return new PyRaise(load(NULL, Control.MEMORY_ERROR));
  throw e;
}

function run(entry: Frame, start: Frame): Ref {
  let frame = start;
  thread.frame = frame;
  let code = frame.code;
  let instrs = code.instrs;
  let f = frame.f;
  let sp = frame.sp;
  let pc = frame.pc;
  let lasti = frame.lasti;
  let ticks = 0;
  for (;;) {
    try {
      if (frame.pendingThrow !== NULL) {
        const exc = frame.pendingThrow;
        frame.pendingThrow = NULL;
        throw new PyRaise(exc);
      }
      for (;;) {
        lasti = pc;
        ticks++;
        const op = instrs[pc * 2];
        const arg = instrs[pc * 2 + 1];
        pc++;
        switch (op) {
          case Op.NOP: break;
          case Op.POP_TOP: sp--; break;
          case Op.PUSH_NULL: f[sp++] = NULL; break;
          case Op.COPY: f[sp] = f[sp - arg]; sp++; break;
          case Op.SWAP: { const t = f[sp - 1]; f[sp - 1] = f[sp - arg]; f[sp - arg] = t; break; }

          case Op.LOAD_CONST: f[sp++] = code.consts[arg]; break;
          case Op.LOAD_FAST: {
            const v = f[arg];
            if (v === NULL) ops.unboundLocal(code, arg);
            f[sp++] = v;
            break;
          }
          case Op.STORE_FAST: f[arg] = f[--sp]; break;
          case Op.DELETE_FAST:
            if (f[arg] === NULL) ops.unboundLocal(code, arg);
            f[arg] = NULL;
            break;
          case Op.LOAD_NAME: f[sp++] = ops.loadName(frame, code.names[arg]); break;
          case Op.STORE_NAME: ops.storeName(frame, code.names[arg], f[--sp]); break;
          case Op.DELETE_NAME: ops.deleteName(frame, code.names[arg]); break;
          case Op.LOAD_GLOBAL: f[sp++] = loadGlobal(frame, code, pc - 1, code.names[arg]); break;
          case Op.STORE_GLOBAL: dictSet(frame.globals, code.names[arg], f[--sp]); break;
          case Op.DELETE_GLOBAL: ops.deleteGlobal(frame, code.names[arg]); break;
          case Op.LOAD_DEREF: {
            const v = cellGet(f[code.nlocals + arg]);
            if (v === NULL) ops.unboundDeref(code, arg);
            f[sp++] = v;
            break;
          }
          case Op.LOAD_CLASSDEREF: f[sp++] = ops.loadClassDeref(frame, arg); break;
          case Op.STORE_DEREF: cellSet(f[code.nlocals + arg], f[--sp]); break;
          case Op.DELETE_DEREF: {
            const c = f[code.nlocals + arg];
            if (cellGet(c) === NULL) ops.unboundDeref(code, arg);
            cellSet(c, NULL);
            break;
          }
          case Op.LOAD_CLOSURE: f[sp++] = f[code.nlocals + arg]; break;

          case Op.LOAD_ATTR: f[sp - 1] = loadAttr(f[sp - 1], code.names[arg], code, pc - 1); break;
          case Op.LOAD_METHOD: {
            const obj = f[sp - 1];
            const m = ops.findMethod(obj, code.names[arg]);
            if (m !== NULL) { f[sp - 1] = m; f[sp++] = obj; } else { f[sp - 1] = getAttr(obj, code.names[arg]); f[sp++] = NULL; }
            break;
          }
          case Op.STORE_ATTR: storeAttr(f[sp - 1], code.names[arg], f[sp - 2], code, pc - 1); sp -= 2; break;
          case Op.DELETE_ATTR: setAttr(f[sp - 1], code.names[arg], NULL); sp--; break;
          case Op.BINARY_SUBSCR: {
            const key = f[sp - 1];
            const o = f[sp - 2];
            sp--;
            f[sp - 1] = (key & 1) === 1 ? subscriptFast(o, key) : getItem(o, key);
            break;
          }
          case Op.STORE_SUBSCR: setItem(f[sp - 2], f[sp - 1], f[sp - 3]); sp -= 3; break;
          case Op.DELETE_SUBSCR: delItem(f[sp - 2], f[sp - 1]); sp -= 2; break;
          case Op.BUILD_SLICE: {
            const step = arg === 3 ? f[--sp] : NONE;
            const stop = f[--sp];
            f[sp - 1] = newSlice(f[sp - 1], stop, step);
            break;
          }

          case Op.BINARY_OP: {
            const b = f[--sp];
            const a = f[sp - 1];
            f[sp - 1] = (a & b & 1) === 1 ? smallIntOp(a, b, arg) : numberOp(a, b, arg);
            break;
          }
          case Op.UNARY_NEGATIVE: {
            const v = f[sp - 1];
            f[sp - 1] = (v & 1) === 1 && v !== 1 && v !== ((SMALL_MIN << 1) | 1) ? ((-(v >> 1)) << 1) | 1 : unaryOp(v, '-');
            break;
          }
          case Op.UNARY_POSITIVE: f[sp - 1] = unaryOp(f[sp - 1], '+'); break;
          case Op.UNARY_INVERT: f[sp - 1] = unaryOp(f[sp - 1], '~'); break;
          case Op.UNARY_NOT: f[sp - 1] = isTrue(f[sp - 1]) ? FALSE : TRUE; break;
          case Op.COMPARE_OP: {
            const b = f[--sp];
            const a = f[sp - 1];
            // Tagged small ints order as their values do.
            f[sp - 1] = (a & b & 1) === 1 ? bool(compareNumbers(a, b, arg)) : richCompare(a, b, arg);
            break;
          }
          case Op.IS_OP: { const b = f[--sp]; f[sp - 1] = bool((f[sp - 1] === b) !== (arg === 1)); break; }
          case Op.CONTAINS_OP: { const c = f[--sp]; f[sp - 1] = bool(contains(c, f[sp - 1]) !== (arg === 1)); break; }

          case Op.JUMP_FORWARD: pc = arg; break;
          case Op.JUMP_BACKWARD:
            pc = arg;
            if (--budget <= 0) {
              frame.pc = pc; frame.sp = sp; frame.lasti = lasti;
              const stop = transactionBoundary(ticks);
              ticks = 0;
              if (stop) return NULL;
            }
            break;
          case Op.POP_JUMP_IF_FALSE: { const v = f[--sp]; if (v === FALSE || (v !== TRUE && !isTrue(v))) pc = arg; break; }
          case Op.POP_JUMP_IF_TRUE: { const v = f[--sp]; if (v === TRUE || (v !== FALSE && isTrue(v))) pc = arg; break; }
          case Op.POP_JUMP_IF_NONE: if (f[--sp] === NONE) pc = arg; break;
          case Op.POP_JUMP_IF_NOT_NONE: if (f[--sp] !== NONE) pc = arg; break;
          case Op.JUMP_IF_FALSE_OR_POP: if (isTrue(f[sp - 1])) sp--; else pc = arg; break;
          case Op.JUMP_IF_TRUE_OR_POP: if (isTrue(f[sp - 1])) pc = arg; else sp--; break;
          case Op.GET_ITER: f[sp - 1] = getIter(f[sp - 1]); break;
          case Op.FOR_ITER: {
            const v = iterNext(f[sp - 1]);
            if (v === NULL) { sp--; pc = arg; } else f[sp++] = v;
            break;
          }
          case Op.RETURN_VALUE: {
            const v = f[--sp];
            if (frame === entry) {
              frame.sp = sp;
              thread.frame = frame.back;
              pendingTicks += ticks;
              return v;
            }
            thread.depth--;
            const done = frame;
            frame = frame.back!;
            done.release();
            thread.frame = frame;
            code = frame.code; instrs = code.instrs; f = frame.f; sp = frame.sp; pc = frame.pc;
            f[sp++] = v;
            break;
          }

          case Op.YIELD_VALUE: {
            const v = f[--sp];
            frame.sp = sp; frame.pc = pc; frame.lasti = lasti; frame.yielded = true;
            thread.frame = frame.back;
            pendingTicks += ticks;
            return v;
          }
          case Op.GET_YIELD_FROM_ITER: f[sp - 1] = ops.yieldFromIter(f[sp - 1]); break;
          case Op.SEND: {
            const r = ops.send(f[sp - 2], f[sp - 1]);
            if (r.done) { sp--; f[sp - 1] = r.value; pc = arg; } else f[sp - 1] = r.value;
            break;
          }

          case Op.RAISE_VARARGS: {
            const cause = arg === 2 ? f[--sp] : NULL;
            const exc = arg >= 1 ? f[--sp] : NULL;
            ops.raiseVarargs(exc, cause, arg);
            break;
          }
          case Op.PUSH_EXC_INFO: {
            const exc = f[sp - 1];
            f[sp - 1] = thread.handled === NULL ? NONE : thread.handled;
            f[sp++] = exc;
            thread.handled = exc;
            break;
          }
          case Op.POP_EXCEPT: { const prev = f[--sp]; thread.handled = prev === NONE ? NULL : prev; break; }
          case Op.CHECK_EXC_MATCH: f[sp - 1] = bool(ops.exceptionMatches(f[sp - 2], f[sp - 1])); break;
          case Op.RERAISE: throw new PyRaise(f[--sp]);
          case Op.LOAD_ASSERTION_ERROR: f[sp++] = Exc.AssertionError; break;
          case Op.BEFORE_WITH: {
            if (thread.runLevel === 1 && thread.atomicDepth === 0 && ops.enterMayBlock(f[sp - 1])) {
              frame.pc = lasti; frame.sp = sp; frame.lasti = lasti;
              const stop = transactionBoundary(ticks, false);
              ticks = 0;
              if (stop) return NULL;
            }
            const mgr = f[sp - 1];
            const enter = ops.prepareWith(f, sp - 1);
            const callee = (enter & 1) === 0 && heap.i32[enter] === T_FUNCTION ? pythonCallFrame(enter, [mgr], null) : null;
            if (callee === null) {
              f[sp++] = callBound(enter, mgr, []);
              break;
            }
            // A Python __enter__ (Condition, RLock wrappers...) runs in this loop like a call,
            // so that a lock it takes is taken at the outermost level, where a thread can park.
            frame.sp = sp; frame.pc = pc; frame.lasti = lasti;
            frame = pushFrame(frame, callee);
            code = frame.code; instrs = code.instrs; f = frame.f; sp = frame.sp; pc = 0;
            break;
          }
          case Op.WITH_EXCEPT_START: { const r = ops.withExceptStart(f[sp - 3], f[sp - 1]); f[sp++] = r; break; }

          case Op.BUILD_TUPLE: { sp -= arg; const t = newTuple(f.subarray(sp, sp + arg)); f[sp++] = t; break; }
          case Op.BUILD_LIST: { sp -= arg; const l = newList(f.subarray(sp, sp + arg)); f[sp++] = l; break; }
          case Op.BUILD_SET: { sp -= arg; const s = ops.buildSet(f.subarray(sp, sp + arg)); f[sp++] = s; break; }
          case Op.BUILD_MAP: { sp -= 2 * arg; const d = ops.buildMap(f, sp, arg); f[sp++] = d; break; }
          case Op.BUILD_CONST_KEY_MAP: { sp -= arg + 1; const d = ops.buildConstKeyMap(f, sp, arg); f[sp++] = d; break; }
          case Op.BUILD_STRING: { sp -= arg; const s = ops.buildString(f, sp, arg); f[sp++] = s; break; }
          case Op.LIST_APPEND: { const v = f[--sp]; listAppend(f[sp - arg], v); break; }
          case Op.SET_ADD: { const v = f[--sp]; setAdd(f[sp - arg], v); break; }
          case Op.MAP_ADD: { const v = f[--sp]; const k = f[--sp]; setItem(f[sp - arg], k, v); break; }
          case Op.LIST_EXTEND: { const v = f[--sp]; ops.listExtend(f[sp - arg], v); break; }
          case Op.SET_UPDATE: { const v = f[--sp]; ops.setUpdate(f[sp - arg], v); break; }
          case Op.DICT_UPDATE: { const v = f[--sp]; ops.dictUpdate(f[sp - arg], v); break; }
          case Op.DICT_MERGE: { const v = f[--sp]; ops.dictMerge(f[sp - arg], v, f[sp - arg - 3]); break; }
          case Op.LIST_TO_TUPLE: f[sp - 1] = ops.listToTuple(f[sp - 1]); break;
          case Op.UNPACK_SEQUENCE: { const v = f[--sp]; sp = ops.unpackSequence(v, arg, f, sp); break; }
          case Op.UNPACK_EX: { const v = f[--sp]; sp = ops.unpackEx(v, arg & 0xff, arg >> 8, f, sp); break; }
          case Op.FORMAT_VALUE: {
            const spec = (arg & 4) !== 0 ? f[--sp] : NULL;
            f[sp - 1] = ops.formatValue(f[sp - 1], arg & 3, spec);
            break;
          }

          case Op.MAKE_FUNCTION: {
            const codeRef = f[--sp];
            const closure = (arg & 8) !== 0 ? f[--sp] : NULL;
            const annotations = (arg & 4) !== 0 ? f[--sp] : NULL;
            const kwdefaults = (arg & 2) !== 0 ? f[--sp] : NULL;
            const defaults = (arg & 1) !== 0 ? f[--sp] : NULL;
            f[sp++] = ops.makeFunction(frame, codeRef, defaults, kwdefaults, annotations, closure);
            break;
          }
          case Op.CALL:
          case Op.CALL_KW: {
            const sp0 = sp;
            const kwnames = op === Op.CALL_KW ? f[--sp] : NULL;
            const base = sp - arg - 2;
            const callable = f[base];
            // [callable, NULL, args] or [method, self, args]: self is then the first argument.
            const hasSelf = f[base + 1] !== NULL;
            const nargs = hasSelf ? arg + 1 : arg;
            const argStart = hasSelf ? base + 1 : base + 2;
            sp = base;
            if ((callable & 1) === 0 && heap.i32[callable] === T_FUNCTION) {
              const fcode = codeOf(load(callable, FunctionL.CODE));
              if ((fcode.flags & CodeFlags.GENERATOR) === 0) {
                // Python to Python: a new frame in this loop (so that the collector may run
                // in the callee's loops too, and transactions end there: no native sits
                // between the two frames).
                let callee: Frame;
                if (kwnames === NULL && fcode.simple && fcode.argcount === nargs) {
                  callee = Frame.forCall(fcode, load(callable, FunctionL.GLOBALS), load(callable, FunctionL.BUILTINS), callable);
                  callee.f.set(f.subarray(argStart, argStart + nargs));
                } else if (kwnames === NULL) {
                  callee = newFrameFor(callable, f.subarray(argStart, argStart + nargs), null);
                } else {
                  callee = newFrameFor(callable, f.subarray(argStart, argStart + nargs - tupleLength(kwnames)), ops.keywordsFromStack(f, argStart, nargs, kwnames));
                }
                frame.sp = sp; frame.pc = pc; frame.lasti = lasti;
                frame = pushFrame(frame, callee);
                code = fcode; instrs = code.instrs; f = frame.f; sp = frame.sp; pc = 0;
                if (--budget <= 0) {
                  const stop = transactionBoundary(ticks);
                  ticks = 0;
                  if (stop) return NULL;
                }
                break;
              }
            }
            if (thread.runLevel === 1 && thread.atomicDepth === 0 && ops.mayBlock(callable)) {
              // End the transaction before a call that may wait, so that parking there
              // discards nothing: the next one starts at this instruction.
              frame.pc = lasti; frame.sp = sp0; frame.lasti = lasti;
              const stop = transactionBoundary(ticks, false);
              ticks = 0;
              if (stop) return NULL;
            }
            frame.sp = sp; frame.pc = pc; frame.lasti = lasti;
            f[sp++] = ops.callFromStack(callable, f, argStart, nargs, kwnames);
            break;
          }
          case Op.CALL_FUNCTION_EX: {
            const kwargs = (arg & 1) !== 0 ? f[--sp] : NULL;
            const args = f[--sp];
            const callable = f[sp - 2];
            const self = f[sp - 1];
            sp -= 2;
            frame.sp = sp; frame.pc = pc; frame.lasti = lasti;
            const call = ops.callExArguments(callable, self, args, kwargs);
            const callee = pythonCallFrame(callable, call.positional, call.kw);
            if (callee === null) {
              f[sp++] = callObject(callable, call.positional, call.kw);
              break;
            }
            // A Python function: a new frame in this loop, as for CALL (threads' targets are
            // called this way, and their transactions end only at this level).
            frame = pushFrame(frame, callee);
            code = frame.code; instrs = code.instrs; f = frame.f; sp = frame.sp; pc = 0;
            break;
          }
          case Op.LOAD_BUILD_CLASS: f[sp++] = ops.loadBuildClass(frame); break;
          case Op.SETUP_ANNOTATIONS: ops.setupAnnotations(frame); break;

          case Op.IMPORT_NAME: {
            const fromlist = f[--sp];
            f[sp - 1] = ops.importName(frame, code.names[arg], fromlist, f[sp - 1]);
            break;
          }
          case Op.IMPORT_FROM: f[sp] = ops.importFrom(f[sp - 1], code.names[arg]); sp++; break;
          case Op.IMPORT_STAR: ops.importStar(frame, f[--sp]); break;
          case Op.GET_LEN: f[sp] = match.getLen(f[sp - 1]); sp++; break;
          case Op.MATCH_MAPPING: f[sp] = match.matchMapping(f[sp - 1]); sp++; break;
          case Op.MATCH_SEQUENCE: f[sp] = match.matchSequence(f[sp - 1]); sp++; break;
          case Op.MATCH_KEYS: f[sp] = match.matchKeys(f[sp - 2], f[sp - 1]); sp++; break;
          case Op.COPY_DICT_WITHOUT_KEYS: f[sp - 1] = match.copyDictWithoutKeys(f[sp - 2], f[sp - 1]); break;
          case Op.MATCH_CLASS: sp -= 2; f[sp - 1] = match.matchClass(f[sp - 1], f[sp], arg, f[sp + 1]); break;
          case Op.CHECK_EG_MATCH: match.checkEgMatch(f, sp); break;
          case Op.PREP_RERAISE_STAR: sp--; f[sp - 1] = match.prepReraiseStar(f[sp - 1], f[sp]); break;
          default:
            throw new Error(`bad opcode ${op} at ${code.qualname}:${pc - 1}`);
        }
      }
    } catch (e) {
      if (e instanceof TxAbort || e === PARK) {
        // Only the outermost activation can go back to the transaction's start.
        if (thread.runLevel !== 1 || thread.snapshot === null) throw e;
        ticks = 0;
        if (e === PARK) {
          rollback(true);
          restoreThreadState(thread, thread.snapshot);
          thread.snapshot = null;
          thread.stop = Stop.PARKED;
          return NULL;
        }
        restartTransaction();
        frame = thread.frame!;
        code = frame.code; instrs = code.instrs; f = frame.f; sp = frame.sp; pc = frame.pc; lasti = frame.lasti;
        continue;
      }
      const err = toPython(e);
      frame.lasti = lasti;
      // A re-raise (RERAISE, bare `raise`) continues the exception's journey: the frame it
      // leaves is already in its traceback and its context is already set.
      const raisingOp = instrs[lasti * 2];
      let reraised = raisingOp === Op.RERAISE || (raisingOp === Op.RAISE_VARARGS && instrs[lasti * 2 + 1] === 0);
      if (!reraised) ops.chainContext(err.exc);
      // Unwind to the innermost handler, leaving frames that have none.
      for (;;) {
        if (!reraised) addTraceback(err.exc, frame);
        reraised = false;
        const h = findHandler(code, frame.lasti);
        if (h >= 0) {
          const t = code.exceptionTable;
          sp = code.nlocalsplus + t[h + 3];
          f[sp++] = err.exc;
          pc = t[h + 2];
          break;
        }
        if (frame === entry) {
          thread.frame = frame.back;
          frame.yielded = false;
          pendingTicks += ticks;
          throw err;
        }
        thread.depth--;
        const done = frame;
        frame = frame.back!;
        done.release();
        thread.frame = frame;
        code = frame.code; instrs = code.instrs; f = frame.f; sp = frame.sp; pc = frame.pc;
      }
    }
  }
}

function smallIntOp(a: Ref, b: Ref, op: number): Ref {
  const x = a >> 1;
  const y = b >> 1;
  let r: number;
  switch (op & ~INPLACE) {
    case BinaryOp.ADD: r = x + y; break;
    case BinaryOp.SUB: r = x - y; break;
    case BinaryOp.MUL: r = x * y; if (!Number.isSafeInteger(r)) return binaryOp(a, b, op); break;
    case BinaryOp.FLOORDIV: if (y === 0) return binaryOp(a, b, op); r = Math.floor(x / y); break;
    case BinaryOp.MOD: if (y === 0) return binaryOp(a, b, op); r = x % y; if (r !== 0 && (r < 0) !== (y < 0)) r += y; break;
    case BinaryOp.AND: return ((x & y) << 1) | 1;
    case BinaryOp.OR: return ((x | y) << 1) | 1;
    case BinaryOp.XOR: return ((x ^ y) << 1) | 1;
    default: return binaryOp(a, b, op);
  }
  if (r >= SMALL_MIN && r <= SMALL_MAX) return (r << 1) | 1;
  return ops.intRef(r);
}

/** + - * / on floats and boxed ints that stay safe integers; everything else generic. */
function numberOp(a: Ref, b: Ref, op: number): Ref {
  const i32 = heap.i32;
  const ta = (a & 1) === 1 ? T_INT : i32[a];
  const tb = (b & 1) === 1 ? T_INT : i32[b];
  if (ta === T_FLOAT || tb === T_FLOAT) {
    if ((ta !== T_FLOAT && ta !== T_INT) || (tb !== T_FLOAT && tb !== T_INT)) return binaryOp(a, b, op);
    const x = ta === T_FLOAT ? floatValue(a) : intAsSafe(a);
    const y = tb === T_FLOAT ? floatValue(b) : intAsSafe(b);
    if (x !== x || y !== y) return binaryOp(a, b, op);
    switch (op & ~INPLACE) {
      case BinaryOp.ADD: return newFloat(x + y);
      case BinaryOp.SUB: return newFloat(x - y);
      case BinaryOp.MUL: return newFloat(x * y);
      case BinaryOp.TRUEDIV: if (y !== 0) return newFloat(x / y); break;
    }
  } else if (ta === T_INT && tb === T_INT) {
    const x = intAsSafe(a);
    const y = intAsSafe(b);
    let r = NaN;
    switch (op & ~INPLACE) {
      case BinaryOp.ADD: r = x + y; break;
      case BinaryOp.SUB: r = x - y; break;
      case BinaryOp.MUL: r = x * y; break;
      case BinaryOp.MOD: if (y > 0 && x >= 0) r = x % y; break;
      case BinaryOp.FLOORDIV: if (y > 0 && x >= 0) r = Math.floor(x / y); break;
    }
    if (Number.isSafeInteger(r)) return newInt(r);
  }
  return binaryOp(a, b, op);
}

/** LOAD_ATTR with its per-instruction cache of the attribute's place in instance dicts. */
function loadAttr(obj: Ref, name: Ref, code: Code, instr: number): Ref {
  const c = code.attrCache;
  const at = instr * 3;
  if ((obj & 1) === 0) {
    const t = heap.i32[obj];
    if (c[at] === t && c[at + 1] === typeEpoch()) {
      const d = load(obj, heap.i32[t + TypeL.DICTOFFSET]);
      const i = c[at + 2] - 1;
      if (d !== NULL && i < dictEntryCount(d) && dictEntryKey(d, i) === name) return dictEntryValue(d, i);
    }
  }
  const v = getAttr(obj, name);
  if ((obj & 1) === 0) cacheAttr(obj, name, c, at);
  return v;
}

/** STORE_ATTR with the same cache as LOAD_ATTR: replacing the value of an attribute already
 *  in the instance dict, where the instruction last found it. */
function storeAttr(obj: Ref, name: Ref, value: Ref, code: Code, instr: number): void {
  const c = code.attrCache;
  const at = instr * 3;
  if ((obj & 1) === 0) {
    const t = heap.i32[obj];
    if (c[at] === t && c[at + 1] === typeEpoch() && (heap.i32[t + TypeL.FLAGS] & TypeFlags.HAS_SETATTR) === 0) {
      const d = load(obj, heap.i32[t + TypeL.DICTOFFSET]);
      const i = c[at + 2] - 1;
      if (d !== NULL && i < dictEntryCount(d) && dictEntryKey(d, i) === name) {
        dictSetEntryValue(d, i, value);
        return;
      }
    }
  }
  setAttr(obj, name, value);
  if ((obj & 1) === 0 && (heap.i32[heap.i32[obj] + TypeL.FLAGS] & TypeFlags.HAS_SETATTR) === 0) cacheAttr(obj, name, c, at);
}

/** Remembers where `name` sits in obj's __dict__ when nothing else can decide the lookup. */
function cacheAttr(obj: Ref, name: Ref, c: Int32Array, at: number): void {
  const t = heap.i32[obj];
  if ((heap.i32[t + TypeL.FLAGS] & (TypeFlags.HAS_GETATTRIBUTE | TypeFlags.HAS_GETATTR)) !== 0) return;
  if (heap.i32[t + TypeL.DICTOFFSET] <= 0 || slotsOf(heap.i32[t + TypeL.KIND]).getattr !== undefined) return;
  const descr = lookupType(t, name);
  if (descr !== NULL && isDataDescriptor(descr)) return;
  const d = load(obj, heap.i32[t + TypeL.DICTOFFSET]);
  if (d === NULL) return;
  const i = dictFindStr(d, name);
  if (i < 0) return;
  c[at] = t;
  c[at + 1] = typeEpoch();
  c[at + 2] = i + 1;
}


function subscriptFast(o: Ref, key: Ref): Ref {
  if ((o & 1) === 0) {
    const t = heap.i32[o];
    let i = key >> 1;
    if (t === T_LIST) {
      const n = load(o, ListL.SIZE);
      if (i < 0) i += n;
      if (i >= 0 && i < n) return load(load(o, ListL.ITEMS), ArrayL.ITEMS + i);
    } else if (t === T_TUPLE) {
      const n = tupleLength(o);
      if (i < 0) i += n;
      if (i >= 0 && i < n) return heap.i32[o + TupleL.ITEMS + i];
    }
  }
  return getItem(o, key);
}

/** LOAD_GLOBAL with its per-instruction cache of the entry position. */
function loadGlobal(frame: Frame, code: Code, instr: number, name: Ref): Ref {
  const c = code.globalCache;
  const at = instr * 4;
  const globals = frame.globals;
  const builtins = frame.builtins;
  if (c[at] === globals && c[at + 1] === dictKeysVersion(globals) + 1) {
    if (c[at + 2] === -1) return dictEntryValue(globals, c[at + 3]);
    if (c[at + 2] === dictKeysVersion(builtins)) return dictEntryValue(builtins, c[at + 3]);
  }
  let i = dictFindStr(globals, name);
  if (i >= 0) {
    c[at] = globals; c[at + 1] = dictKeysVersion(globals) + 1; c[at + 2] = -1; c[at + 3] = i;
    return dictEntryValue(globals, i);
  }
  i = dictFindStr(builtins, name);
  if (i >= 0) {
    c[at] = globals; c[at + 1] = dictKeysVersion(globals) + 1; c[at + 2] = dictKeysVersion(builtins); c[at + 3] = i;
    return dictEntryValue(builtins, i);
  }
  return ops.nameError(name);
}

