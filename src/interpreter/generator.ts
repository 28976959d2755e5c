// Generators. While suspended, a generator's frame (pc, stack depth and every slot) is saved
// in its heap object, so that any thread may resume it; resuming rebuilds a worker frame
// from the heap and runs it until the next yield or return.

import { alloc } from '../../gc/alloc.js';
import { heap } from '../../gc/heap.js';
import { ArrayL, FunctionL, GeneratorL, GenState, NULL, Ref } from '../../gc/layout.js';
import { load, store } from '../../stm/barrier.js';
import { Op } from '../compiler/opcodes.js';
import { newArray } from '../objects/array.js';
import { Exc, newError, newExceptionOfType, raise, setExcCause } from '../objects/exception.js';
import { newTuple } from '../objects/tuple.js';
import { typeOf } from '../objects/object.js';
import { NONE, T_GENERATOR } from '../objects/statics.js';
import { isSubtype, lookupType } from '../objects/typeobject.js';
import { callBound } from '../runtime/call.js';
import { PyRaise } from '../runtime/errors.js';
import { N } from '../runtime/names.js';
import { codeOf } from './code.js';
import { runFrame } from './eval.js';
import { Frame } from './frame.js';

export function makeGenerator(frame: Frame): Ref {
  const g = alloc(T_GENERATOR, GeneratorL.SIZE);
  const code = frame.code;
  store(g, GeneratorL.FUNC, frame.func);
  store(g, GeneratorL.CODE, code.ref);
  store(g, GeneratorL.GLOBALS, frame.globals);
  store(g, GeneratorL.STATE, GenState.CREATED);
  store(g, GeneratorL.NAME, load(frame.func, FunctionL.NAME));
  store(g, GeneratorL.QUALNAME, load(frame.func, FunctionL.QUALNAME));
  store(g, GeneratorL.SLOTS, newArray(code.frameSize));
  saveFrame(g, frame);
  return g;
}

function saveFrame(g: Ref, frame: Frame): void {
  const slots = load(g, GeneratorL.SLOTS);
  const f = frame.f;
  for (let i = 0; i < frame.sp; i++) store(slots, ArrayL.ITEMS + i, f[i]);
  store(g, GeneratorL.PC, frame.pc);
  store(g, GeneratorL.SP, frame.sp);
  store(g, GeneratorL.LOCALS, frame.lasti);
}

function restoreFrame(g: Ref): Frame {
  const func = load(g, GeneratorL.FUNC);
  const code = codeOf(load(g, GeneratorL.CODE));
  const frame = new Frame(code, load(g, GeneratorL.GLOBALS), load(func, FunctionL.BUILTINS), NULL, func);
  const slots = load(g, GeneratorL.SLOTS);
  const sp = load(g, GeneratorL.SP);
  for (let i = 0; i < sp; i++) frame.f[i] = load(slots, ArrayL.ITEMS + i);
  frame.sp = sp;
  frame.pc = load(g, GeneratorL.PC);
  frame.lasti = load(g, GeneratorL.LOCALS);
  frame.generator = g;
  return frame;
}

export const genState = (g: Ref): number => load(g, GeneratorL.STATE);

export interface Step { done: boolean; value: Ref; }

/** Runs the generator one step: sends `value` in (or throws `exc` in when not NULL). */
function step(g: Ref, value: Ref, exc: Ref, out: Step, pushSent = true): Step {
  const state = load(g, GeneratorL.STATE);
  if (state === GenState.RUNNING) raise(Exc.ValueError, 'generator already executing');
  if (state === GenState.CLOSED) {
    if (exc !== NULL) throw new PyRaise(exc);
    out.done = true; out.value = NONE;
    return out;
  }
  if (state === GenState.CREATED && value !== NONE && exc === NULL) {
    raise(Exc.TypeError, "can't send non-None value to a just-started generator");
  }
  const frame = restoreFrame(g);
  if (state === GenState.SUSPENDED && exc === NULL && pushSent) frame.f[frame.sp++] = value;
  frame.pendingThrow = exc;
  store(g, GeneratorL.STATE, GenState.RUNNING);
  let result: Ref;
  try {
    result = runFrame(frame);
  } catch (e) {
    store(g, GeneratorL.STATE, GenState.CLOSED);
    if (e instanceof PyRaise && isSubtype(typeOf(e.exc), Exc.StopIteration)) {
      const err = newError(Exc.RuntimeError, 'generator raised StopIteration');
      setExcCause(err, e.exc);
      throw new PyRaise(err);
    }
    throw e;
  }
  if (frame.yielded) {
    saveFrame(g, frame);
    store(g, GeneratorL.STATE, GenState.SUSPENDED);
    out.done = false;
  } else {
    store(g, GeneratorL.STATE, GenState.CLOSED);
    out.done = true;
  }
  out.value = result;
  return out;
}

/** SEND on a generator receiver, and next()/send(). */
export function sendToGenerator(g: Ref, value: Ref, out: Step): Step {
  return step(g, value, NULL, out);
}

const scratch: Step = { done: false, value: NULL };

/** next(gen): the yielded value, or NULL when it finished. */
export function generatorNext(g: Ref): Ref {
  const r = step(g, NONE, NULL, scratch);
  return r.done ? NULL : r.value;
}

/** gen.send(value): raises StopIteration(result) when it finishes. */
export function generatorSend(g: Ref, value: Ref): Ref {
  const r = step(g, value, NULL, { done: false, value: NULL });
  if (r.done) raiseStop(r.value);
  return r.value;
}

function raiseStop(value: Ref): never {
  throw new PyRaise(newExceptionOfType(Exc.StopIteration, newTuple(value === NONE ? [] : [value])));
}

/** The receiver of the `yield from` the generator is suspended in, or NULL. */
function delegate(g: Ref): Ref {
  if (load(g, GeneratorL.STATE) !== GenState.SUSPENDED) return NULL;
  const code = codeOf(load(g, GeneratorL.CODE));
  const lasti = load(g, GeneratorL.LOCALS);
  if (code.instrs[lasti * 2] !== Op.YIELD_VALUE || code.instrs[lasti * 2 + 1] !== 1) return NULL;
  const sp = load(g, GeneratorL.SP);
  return load(load(g, GeneratorL.SLOTS), ArrayL.ITEMS + sp - 1);
}

/** gen.throw(exc): raises exc at the suspension point. */
export function generatorThrow(g: Ref, exc: Ref): Ref {
  const inner = delegate(g);
  if (inner !== NULL) {
    let r: Step;
    try {
      r = throwInto(inner, exc);
    } catch (e) {
      if (!(e instanceof PyRaise)) throw e;
      if (isSubtype(typeOf(e.exc), Exc.StopIteration)) return finishDelegation(g, stopValue(e.exc));
      return throwHere(g, e.exc);
    }
    if (r.done) return finishDelegation(g, r.value);
    return r.value;
  }
  return throwHere(g, exc);
}

function throwHere(g: Ref, exc: Ref): Ref {
  const r = step(g, NONE, exc, { done: false, value: NULL });
  if (r.done) raiseStop(r.value);
  return r.value;
}

/** Throws into a sub-iterator: a generator directly, anything else through its throw(). */
function throwInto(inner: Ref, exc: Ref): Step {
  if (typeOf(inner) === T_GENERATOR) {
    if (isSubtype(typeOf(exc), Exc.GeneratorExit)) {
      generatorClose(inner);
      throw new PyRaise(exc);
    }
    const v = generatorThrow(inner, exc);
    return { done: false, value: v };
  }
  const method = lookupType(typeOf(inner), N.throw);
  if (method === NULL) throw new PyRaise(exc);
  return { done: false, value: callBound(method, inner, [exc]) };
}

/** The sub-iterator returned `value`: resume the delegating frame after its SEND. */
function finishDelegation(g: Ref, value: Ref): Ref {
  const code = codeOf(load(g, GeneratorL.CODE));
  const lasti = load(g, GeneratorL.LOCALS);
  const sendTarget = code.instrs[(lasti - 1) * 2 + 1];
  const sp = load(g, GeneratorL.SP);
  store(load(g, GeneratorL.SLOTS), ArrayL.ITEMS + sp - 1, value);
  store(g, GeneratorL.PC, sendTarget);
  const r = step(g, NONE, NULL, { done: false, value: NULL }, false);
  if (r.done) raiseStop(r.value);
  return r.value;
}

function stopValue(exc: Ref): Ref {
  const args = load(exc, 3);
  return args !== NULL && heap.i32[args + 2] > 0 ? heap.i32[args + 3] : NONE;
}

/** gen.close(). */
export function generatorClose(g: Ref): Ref {
  const state = load(g, GeneratorL.STATE);
  if (state === GenState.CREATED || state === GenState.CLOSED) {
    store(g, GeneratorL.STATE, GenState.CLOSED);
    return NONE;
  }
  const inner = delegate(g);
  if (inner !== NULL) {
    if (typeOf(inner) === T_GENERATOR) generatorClose(inner);
    else {
      const close = lookupType(typeOf(inner), N.close);
      if (close !== NULL) callBound(close, inner, []);
    }
  }
  try {
    const r = step(g, NONE, newExceptionOfType(Exc.GeneratorExit, newTuple([])), { done: false, value: NULL });
    if (!r.done) raise(Exc.RuntimeError, 'generator ignored GeneratorExit');
  } catch (e) {
    if (e instanceof PyRaise && (isSubtype(typeOf(e.exc), Exc.GeneratorExit) || isSubtype(typeOf(e.exc), Exc.StopIteration))) return NONE;
    throw e;
  }
  return NONE;
}
