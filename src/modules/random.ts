// The _random module: the Mersenne Twister (MT19937) generator behind random.Random, seeded
// and stepped exactly as CPython's, so seeded sequences are the same. random.py (lib/) builds
// the Random class's methods on top of random(), getrandbits(), seed(), getstate/setstate.
//
// A generator object holds one word: STATE, an internal word array of 625 raw words (the 624
// state words, then the position of the next word to use). They change through the barrier
// API, so threads may share a generator.

import { createHash, randomFillSync } from 'node:crypto';
import { alloc } from '../../gc/alloc.js';
import { ArrayL, NULL, Ref, TypeFlags } from '../../gc/layout.js';
import { load, loadRange, store } from '../../stm/barrier.js';
import { floatHash } from '../format/float.js';
import { newArray } from '../objects/array.js';
import { bytesLikeValue, newBytes } from '../objects/bytes.js';
import { typeError, valueError, overflowError } from '../objects/exception.js';
import { floatValue, newFloat } from '../objects/float.js';
import { intOf, intValue, newInt, numberClass, NUM_FLOAT, NUM_INT, overridesDunders } from '../objects/int.js';
import { typeOf } from '../objects/object.js';
import { NONE } from '../objects/statics.js';
import { newTuple, tupleItems, tupleLength } from '../objects/tuple.js';
import { isSubtype, typeBasicSize } from '../objects/typeobject.js';
import { T_TUPLE } from '../objects/statics.js';
import {
  asIndex, binaryOp, getItem, hashOf, isTrue, length, richCompare, setItem, typeNameOf,
} from '../runtime/abstract.js';
import { getAttr } from '../runtime/attributes.js';
import { callObject } from '../runtime/call.js';
import { N } from '../runtime/names.js';
import { BinaryOp, CompareOp } from '../compiler/opcodes.js';
import {
  intAdd, intBitLength, intCompare, intFloorDiv, intMul, intSub, intToString, PyIntValue,
} from '../format/int.js';
import { Exc, raise } from '../objects/exception.js';
import { lookupType } from '../objects/typeobject.js';
import { defFunction, defMethod, defStaticMethod } from '../runtime/native.js';
import { newKind } from '../runtime/slots.js';
import { defineModuleFiller } from '../runtime/boot.js';
import { intern } from '../runtime/intern.js';
import { dictSet } from '../objects/dict.js';
import { moduleDict } from '../objects/module.js';
import { defineBuiltinType } from '../runtime/world.js';

const MT_N = 624;
const M = 397;
const POS = ArrayL.ITEMS + MT_N; // word of the array holding the next position
const STATE = 2; // word of the generator object: its state array

const kind = newKind();
export const T_RANDOM = defineBuiltinType('Random', kind, undefined, TypeFlags.BASETYPE, '_random', STATE + 1);

const stateOf = (self: Ref): Ref => {
  const s = load(self, STATE);
  if (s === NULL) typeError('Random generator is not initialised');
  return s;
};

// ---- the generator ----

const scratch = new Int32Array(MT_N);

/** Computes the next 624 state words (the "twist") and resets the position. */
function twist(s: Ref): void {
  const mt = scratch;
  loadRange(s, ArrayL.ITEMS, MT_N, mt, 0);
  for (let i = 0; i < MT_N; i++) {
    const y = (mt[i] & 0x80000000) | (mt[(i + 1) % MT_N] & 0x7fffffff);
    mt[i] = mt[(i + M) % MT_N] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
  }
  for (let i = 0; i < MT_N; i++) store(s, ArrayL.ITEMS + i, mt[i]);
  store(s, POS, 0);
}

/** The next 32-bit output, tempered, as an unsigned number. */
function nextWord(s: Ref): number {
  let i = load(s, POS);
  if (i >= MT_N) { twist(s); i = 0; }
  let y = load(s, ArrayL.ITEMS + i);
  store(s, POS, i + 1);
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >>> 18;
  return y >>> 0;
}

/** A float in [0, 1) with 53 random bits: 27 bits of one word, 26 of the next. */
export function randomFloat(s: Ref): number {
  const a = nextWord(s) >>> 5;
  const b = nextWord(s) >>> 6;
  return (a * 67108864 + b) / 9007199254740992;
}

// ---- seeding ----

/** The state from one 32-bit seed (the generator's basic initialisation). */
function initWords(seed: number): Int32Array {
  const mt = new Int32Array(MT_N);
  mt[0] = seed;
  for (let i = 1; i < MT_N; i++) {
    const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = Math.imul(1812433253, p) + i;
  }
  return mt;
}

/** The state from a key of 32-bit words (initialisation by array). */
function initByKey(key: number[]): Int32Array {
  const mt = initWords(19650218);
  let i = 1;
  let j = 0;
  for (let k = Math.max(MT_N, key.length); k > 0; k--) {
    const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = (mt[i] ^ Math.imul(p, 1664525)) + key[j] + j;
    i++; j++;
    if (i >= MT_N) { mt[0] = mt[MT_N - 1]; i = 1; }
    if (j >= key.length) j = 0;
  }
  for (let k = MT_N - 1; k > 0; k--) {
    const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = (mt[i] ^ Math.imul(p, 1566083941)) - i;
    i++;
    if (i >= MT_N) { mt[0] = mt[MT_N - 1]; i = 1; }
  }
  mt[0] = 0x80000000 | 0;
  return mt;
}

/** The key of a non-negative integer: its 32-bit words, least significant first ([0] for 0). */
function keyOf(n: bigint): number[] {
  const key: number[] = [];
  do {
    key.push(Number(n & 0xffffffffn) | 0);
    n >>= 32n;
  } while (n > 0n);
  return key;
}

function writeState(self: Ref, mt: Int32Array, pos: number): void {
  let s = load(self, STATE);
  if (s === NULL) {
    s = newArray(MT_N + 1);
    store(self, STATE, s);
  }
  for (let i = 0; i < MT_N; i++) store(s, ArrayL.ITEMS + i, mt[i]);
  store(s, POS, pos);
}

/** seed(n): None draws the key from the system's entropy; an int seeds with |n|; any other
 *  object with its hash taken as an unsigned 64-bit number, as CPython does. */
function seed(self: Ref, arg: Ref): void {
  let key: number[];
  if (arg === NULL || arg === NONE) {
    const words = new Int32Array(MT_N);
    randomFillSync(words);
    key = Array.from(words);
  } else {
    let n: bigint;
    const c = numberClass(arg);
    if (c === NUM_INT) {
      const v = intValue(arg);
      n = BigInt(v);
      if (n < 0n) n = -n;
    } else {
      const h = c === NUM_FLOAT ? floatHash(floatValue(arg)) : hashOf(arg);
      n = BigInt.asUintN(64, BigInt(h));
    }
    key = keyOf(n);
  }
  writeState(self, initByKey(key), MT_N);
}

// ---- the type ----

defStaticMethod(T_RANDOM, {
  name: '__new__',
  varfn: (_self, args, kw) => {
    const cls = args[0];
    if (cls === T_RANDOM && kw !== null && kw.names.length > 0) typeError('Random() takes no keyword arguments');
    if (cls === T_RANDOM && args.length > 2) typeError(`Random expected at most 1 argument, got ${args.length - 1}`);
    const r = alloc(cls, Math.max(STATE + 1, typeBasicSize(cls)));
    // random.Random's __init__ seeds again with the argument; only the exact type seeds here.
    seed(r, cls === T_RANDOM && args.length > 1 ? args[1] : NULL);
    return r;
  },
});

defMethod(T_RANDOM, { name: 'seed', params: ['n'], required: 0, fn: (self, n) => { seed(self, n); return NONE; } });

defMethod(T_RANDOM, { name: 'random', fn: (self) => newFloat(randomFloat(stateOf(self))) });

/** k random bits as a non-negative int: 32-bit words from the least significant, the last
 *  one keeping its top bits when k is not a multiple of 32. */
export function randomBits(s: Ref, k: number): Ref {
  if (k <= 32) return newInt(k === 0 ? 0 : nextWord(s) >>> (32 - k));
  if (k <= 53) {
    const lo = nextWord(s);
    const hi = nextWord(s) >>> (64 - k);
    return newInt(hi * 4294967296 + lo);
  }
  let v = 0n;
  let shift = 0n;
  for (let left = k; left > 0; left -= 32) {
    const w = left < 32 ? nextWord(s) >>> (32 - left) : nextWord(s);
    v |= BigInt(w) << shift;
    shift += 32n;
  }
  return newInt(v);
}

defMethod(T_RANDOM, {
  name: 'getrandbits', params: ['k'],
  fn: (self, k) => {
    if (numberClass(k) !== NUM_INT) typeError(`'${typeNameOf(k)}' object cannot be interpreted as an integer`);
    const n = intValue(k);
    if (n < 0) valueError('number of bits must be non-negative');
    if (typeof n === 'bigint' || n > 2 ** 31 - 1) overflowError('Python int too large to convert to C int');
    return randomBits(stateOf(self), n);
  },
});

defMethod(T_RANDOM, {
  name: 'getstate',
  fn: (self) => {
    const s = stateOf(self);
    const items: Ref[] = [];
    for (let i = 0; i < MT_N; i++) items.push(newInt(load(s, ArrayL.ITEMS + i) >>> 0));
    items.push(newInt(load(s, POS)));
    return newTuple(items);
  },
});

defMethod(T_RANDOM, {
  name: 'setstate', params: ['state'],
  fn: (self, state) => {
    if (!isSubtype(typeOf(state), T_TUPLE)) typeError('state vector must be a tuple');
    if (tupleLength(state) !== MT_N + 1) valueError('state vector is the wrong size');
    const items = tupleItems(state);
    const mt = new Int32Array(MT_N);
    for (let i = 0; i < MT_N; i++) mt[i] = Number(BigInt.asUintN(32, BigInt(unsignedItem(items[i])))) | 0;
    const pos = unsignedItem(items[MT_N]);
    if (pos > MT_N) valueError('invalid state');
    writeState(self, mt, Number(pos));
    return NONE;
  },
});

/** A state item as CPython's unsigned long conversion reads it. */
function unsignedItem(r: Ref): number | bigint {
  if (numberClass(r) !== NUM_INT) typeError(`'${typeNameOf(r)}' object cannot be interpreted as an integer`);
  const v = intValue(r);
  if (v < 0) overflowError("can't convert negative value to unsigned int");
  if (v >= 2n ** 64n) overflowError('Python int too large to convert to C unsigned long');
  return v;
}

// ---- helpers for random.py ----

/** SHA-512 digest of bytes, for seeding with str and bytes (random's version 2 seeding). */
defFunction('_random', {
  name: '_sha512', params: ['data'],
  fn: (_m, data) => {
    const b = bytesLikeValue(data);
    if (b === null) typeError(`a bytes-like object is required, not '${typeNameOf(data)}'`);
    return newBytes(createHash('sha512').update(b).digest());
  },
});

/** n bytes from the system's entropy source (os.urandom), for SystemRandom. */
defFunction('_random', {
  name: '_urandom', params: ['n'],
  fn: (_m, n) => {
    const count = Number(intValue(n));
    if (count < 0) valueError('negative argument not allowed');
    const out = new Uint8Array(count);
    randomFillSync(out);
    return newBytes(out);
  },
});

defineModuleFiller('_random', (m) => {
  dictSet(moduleDict(m), intern('Random'), T_RANDOM);
});

// ---- integer draws, natively ----
// random.Random's randrange, randint, choice, shuffle and _randbelow, as CPython 3.11's
// random.py defines them, written here for speed. _randbelow draws k = n.bit_length() bits
// until the value is below n. A subclass that overrides getrandbits() or random() gets a
// Python _randbelow from random.py's __init_subclass__; these methods then call it.

const ONE = newInt(1);
let NAME_RANDBELOW: Ref = NULL;
let NAME_RANDRANGE: Ref = NULL;

/** bitLength bits as a number (k <= 53) or a bigint. */
function bitsValue(s: Ref, k: number): PyIntValue {
  if (k <= 32) return k === 0 ? 0 : nextWord(s) >>> (32 - k);
  if (k <= 53) {
    const lo = nextWord(s);
    return (nextWord(s) >>> (64 - k)) * 4294967296 + lo;
  }
  let v = 0n;
  let shift = 0n;
  for (let left = k; left > 0; left -= 32) {
    const w = left < 32 ? nextWord(s) >>> (32 - left) : nextWord(s);
    v |= BigInt(w) << shift;
    shift += 32n;
  }
  return normBig(v);
}

const normBig = (v: bigint): PyIntValue => (v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v);

function nativeBelow(s: Ref, n: PyIntValue): PyIntValue {
  const k = intBitLength(n);
  let r = bitsValue(s, k);
  while (intCompare(r, n) >= 0) r = bitsValue(s, k);
  return r;
}

/** self._randbelow(n): native unless a subclass replaced it. */
function below(self: Ref, n: PyIntValue): PyIntValue {
  if (NAME_RANDBELOW === NULL) { NAME_RANDBELOW = intern('_randbelow'); NAME_RANDRANGE = intern('randrange'); }
  const t = typeOf(self);
  if (t === T_RANDOM || lookupType(t, NAME_RANDBELOW) === lookupType(T_RANDOM, NAME_RANDBELOW)) {
    return nativeBelow(stateOf(self), n);
  }
  return intValue(asIndex(callObject(getAttr(self, NAME_RANDBELOW), [newInt(n)])));
}

/** An argument of randrange: an int through __index__, or an integral float (3.11 still
 *  accepts those, with a deprecation warning); `what` names it in the message. */
function rangeArg(v: Ref, what: string): PyIntValue {
  if (numberClass(v) === NUM_INT && !overridesDunders(v)) return intValue(v);
  if (callDunderExists(v, N.__index__)) return intValue(asIndex(v));
  const i = intOf(v);
  if (!isTrue(richCompare(newInt(i), v, CompareOp.EQ))) valueError(`non-integer ${what} for randrange()`);
  return i;
}

const callDunderExists = (v: Ref, name: Ref): boolean => lookupType(typeOf(v), name) !== NULL;

function randrange(self: Ref, start: Ref, stop: Ref, step: Ref): PyIntValue {
  const istart = rangeArg(start, 'arg 1');
  if (stop === NULL || stop === NONE) {
    if (step !== NULL && step !== ONE) typeError('Missing a non-None stop argument');
    if (istart > 0) return below(self, istart);
    return valueError('empty range for randrange()');
  }
  const istop = rangeArg(stop, 'stop');
  const width = intSub(istop, istart);
  const istep = step === NULL ? 1 : rangeArg(step, 'step');
  if (istep == 1) {
    if (width > 0) return intAdd(istart, below(self, width));
    return valueError(`empty range for randrange() (${intToString(istart)}, ${intToString(istop)}, ${intToString(width)})`);
  }
  let n: PyIntValue;
  if (istep > 0) n = intFloorDiv(intAdd(width, intSub(istep, 1)), istep);
  else if (istep < 0) n = intFloorDiv(intAdd(width, intAdd(istep, 1)), istep);
  else return valueError('zero step for randrange()');
  if (n <= 0) valueError('empty range for randrange()');
  return intAdd(istart, intMul(istep, below(self, n)));
}

defMethod(T_RANDOM, {
  name: 'randrange', params: ['start', 'stop', 'step'], required: 1, keywords: true,
  fn: (self, start, stop, step) => newInt(randrange(self, start, stop, step)),
});

defMethod(T_RANDOM, {
  name: 'randint', params: ['a', 'b'], keywords: true,
  fn: (self, a, b) => {
    if (NAME_RANDRANGE === NULL) { NAME_RANDBELOW = intern('_randbelow'); NAME_RANDRANGE = intern('randrange'); }
    const stop = binaryOp(b, ONE, BinaryOp.ADD);
    const t = typeOf(self);
    if (t !== T_RANDOM && lookupType(t, NAME_RANDRANGE) !== lookupType(T_RANDOM, NAME_RANDRANGE)) {
      return callObject(getAttr(self, NAME_RANDRANGE), [a, stop]);
    }
    return newInt(randrange(self, a, stop, NULL));
  },
});

defMethod(T_RANDOM, {
  name: '_randbelow', params: ['n'],
  fn: (self, n) => newInt(nativeBelow(stateOf(self), intValue(asIndex(n)))),
});

defMethod(T_RANDOM, {
  name: 'choice', params: ['seq'],
  fn: (self, seq) => {
    const n = length(seq);
    if (n === 0) raise(Exc.IndexError, 'Cannot choose from an empty sequence');
    return getItem(seq, newInt(below(self, n)));
  },
});

defMethod(T_RANDOM, {
  name: 'shuffle', params: ['x'],
  fn: (self, x) => {
    for (let i = length(x) - 1; i >= 1; i--) {
      const j = newInt(below(self, i + 1));
      const ri = newInt(i);
      const vj = getItem(x, j);
      const vi = getItem(x, ri);
      setItem(x, ri, vj);
      setItem(x, j, vi);
    }
    return NONE;
  },
});
