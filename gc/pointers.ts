// Pointer maps: which words of each kind of object hold Refs. The collector marks through
// them and the heap verifier checks them, so both read objects the same way.
//
// Most objects hold only Refs (small ints are tagged, so a word holding one is harmless);
// the exceptions are listed here: raw lengths, hashes, flags, counters, float and int payloads,
// str and bytes data, and the internal word arrays (T_ARRAY) whose meaning their owner knows
// (a dict's index table is raw, its entry table is (hash, key, value) triples, a set's table
// (hash, key) pairs, a bytearray's buffer and random's Mersenne Twister state raw, a code
// object's instruction arrays raw). An array reached from an object not listed here holds
// Refs (deque buffers, itertools index arrays of small ints).
//
// Every word is scanned the same way for the whole life of its object (for instance all of
// a list's item array, not just up to its size): a word beyond the used part still holds
// either zero or a Ref that was valid when written and has been kept alive since.

import {
  ArrayL, BuiltinL, ByteArrayL, CodeL, DescriptorL, DictL, DICT_ENTRY_WORDS, GeneratorL, HDR_INFO, HDR_TYPE,
  infoSize, Kind, ListL, Ref, SetL, TracebackL, TupleL, TypeFlags, TypeL, WeakrefL,
} from './layout.js';
import { heap } from './heap.js';
import { allBuiltinTypes } from '../src/runtime/world.js';

/** How the words of an object (after its type word) are read. */
export const enum Scan {
  ALL, RAW, TYPE, TUPLE, LIST, DICT, SET, BYTEARRAY, BUILTIN, CODE, GENERATOR, TRACEBACK, DESCRIPTOR,
  ARRAY, RANDOM, BYTE_ITER, WEAKREF,
}

/** What the scanner reports. `word` gets every word that may hold a Ref (the visitor
 *  filters out NULL, small ints and the like); `owned` gets each internal array the object
 *  owns and answers whether its words should be scanned now (a marker: only the first time). */
export interface Visitor {
  word(value: number): void;
  owned(array: Ref): boolean;
  /** A weak reference (its referent word is not reported). */
  weakref(obj: Ref): void;
}

const MAX_KINDS = 1024;
const mapOfKind = new Uint8Array(MAX_KINDS);
let mapsReady = false;

const BUILTIN_KIND_MAPS: [number, Scan][] = [
  [Kind.TYPE, Scan.TYPE], [Kind.INT, Scan.RAW], [Kind.BOOL, Scan.RAW], [Kind.FLOAT, Scan.RAW],
  [Kind.COMPLEX, Scan.RAW], [Kind.STR, Scan.RAW], [Kind.BYTES, Scan.RAW], [Kind.BYTEARRAY, Scan.BYTEARRAY],
  [Kind.TUPLE, Scan.TUPLE], [Kind.LIST, Scan.LIST], [Kind.DICT, Scan.DICT], [Kind.SET, Scan.SET],
  [Kind.FROZENSET, Scan.SET], [Kind.NONE, Scan.RAW], [Kind.NOTIMPLEMENTED, Scan.RAW], [Kind.ELLIPSIS, Scan.RAW],
  [Kind.BUILTIN, Scan.BUILTIN], [Kind.CODE, Scan.CODE], [Kind.GENERATOR, Scan.GENERATOR],
  [Kind.TRACEBACK, Scan.TRACEBACK], [Kind.ARRAY, Scan.ARRAY], [Kind.DESCRIPTOR, Scan.DESCRIPTOR],
  [Kind.WEAKREF, Scan.WEAKREF],
];

/** Built-in types declared by modules with a Kind of their own whose words are not all Refs. */
const MAPS_BY_TYPE_NAME: Record<string, Scan> = {
  lock: Scan.RAW, // the lock word
  RLock: Scan.RAW, // the owner's ident and the count
  Random: Scan.RANDOM,
  bytes_iterator: Scan.BYTE_ITER,
  bytearray_iterator: Scan.BYTE_ITER,
};

/** Fills the table of maps by Kind (the module-declared Kinds are known once all modules
 *  are imported: call before the first collection or verification). */
export function preparePointerMaps(): void {
  if (mapsReady) return;
  mapOfKind.fill(Scan.ALL);
  for (const [kind, map] of BUILTIN_KIND_MAPS) mapOfKind[kind] = map;
  for (const rec of allBuiltinTypes()) {
    const map = MAPS_BY_TYPE_NAME[rec.name];
    if (map !== undefined) mapOfKind[rec.kind] = map;
  }
  mapsReady = true;
}

/** Reports every Ref word of object `obj` (its type word included) to the visitor. */
export function scanObject(obj: Ref, v: Visitor): void {
  const i32 = heap.i32;
  const type = i32[obj + HDR_TYPE];
  v.word(type);
  const size = infoSize(i32[obj + HDR_INFO]);
  const map = mapOfKind[i32[type + TypeL.KIND]];
  switch (map) {
    case Scan.ALL: scanWords(obj, 2, size, v); return;
    case Scan.RAW: break;
    case Scan.TYPE:
      for (const w of TYPE_REF_WORDS) v.word(heap.i32[obj + w]);
      break;
    case Scan.TUPLE: scanWords(obj, TupleL.ITEMS, TupleL.ITEMS + i32[obj + TupleL.LENGTH], v); break;
    case Scan.LIST: ownedRefs(i32[obj + ListL.ITEMS], v); break;
    case Scan.DICT: {
      ownedRaw(i32[obj + DictL.INDICES], v);
      const entries = i32[obj + DictL.ENTRIES];
      if (entries !== 0 && v.owned(entries)) {
        const n = heap.i32[entries + ArrayL.LENGTH];
        for (let i = ArrayL.ITEMS + 1; i < ArrayL.ITEMS + n; i += DICT_ENTRY_WORDS) {
          v.word(heap.i32[entries + i]);
          v.word(heap.i32[entries + i + 1]);
        }
      }
      break;
    }
    case Scan.SET: {
      const table = i32[obj + SetL.TABLE];
      if (table !== 0 && v.owned(table)) {
        const n = heap.i32[table + ArrayL.LENGTH];
        for (let i = ArrayL.ITEMS + 1; i < ArrayL.ITEMS + n; i += 2) v.word(heap.i32[table + i]);
      }
      break;
    }
    case Scan.BYTEARRAY: ownedRaw(i32[obj + ByteArrayL.BUFFER], v); break;
    case Scan.BUILTIN:
      v.word(i32[obj + BuiltinL.SELF]); v.word(i32[obj + BuiltinL.NAME]); v.word(i32[obj + BuiltinL.OWNER]);
      break;
    case Scan.CODE:
      for (const w of CODE_REF_WORDS) v.word(heap.i32[obj + w]);
      for (const w of CODE_RAW_ARRAYS) ownedRaw(heap.i32[obj + w], v);
      break;
    case Scan.GENERATOR:
      for (const w of GENERATOR_REF_WORDS) v.word(heap.i32[obj + w]);
      ownedRefs(heap.i32[obj + GeneratorL.SLOTS], v);
      break;
    case Scan.TRACEBACK: v.word(i32[obj + TracebackL.NEXT]); v.word(i32[obj + TracebackL.CODE]); break;
    case Scan.DESCRIPTOR: v.word(i32[obj + DescriptorL.OWNER]); v.word(i32[obj + DescriptorL.NAME]); break;
    case Scan.ARRAY: scanWords(obj, ArrayL.ITEMS, ArrayL.ITEMS + i32[obj + ArrayL.LENGTH], v); return;
    case Scan.RANDOM: ownedRaw(i32[obj + RANDOM_STATE], v); scanWords(obj, RANDOM_STATE + 1, size, v); return;
    case Scan.BYTE_ITER: v.word(i32[obj + BYTE_ITER_SEQ]); break;
    case Scan.WEAKREF: v.weakref(obj); scanWords(obj, WeakrefL.CALLBACK, size, v); return;
  }
  // An instance of a Python subclass of a built-in type: its __dict__ word.
  if ((heap.i32[type + TypeL.FLAGS] & TypeFlags.HEAPTYPE) !== 0) {
    const off = heap.i32[type + TypeL.DICTOFFSET];
    if (off !== 0) v.word(heap.i32[obj + (off > 0 ? off : size - 1)]);
  }
}

const TYPE_REF_WORDS = [
  TypeL.DICT, TypeL.NAME, TypeL.QUALNAME, TypeL.BASES, TypeL.MRO, TypeL.BASE, TypeL.SLOTS, TypeL.MODULE, TypeL.DOC,
  TypeL.SUBCLASSES,
];
const CODE_REF_WORDS = [
  CodeL.NAME, CodeL.QUALNAME, CodeL.FILENAME, CodeL.CONSTS, CodeL.NAMES, CodeL.VARNAMES, CodeL.CELLVARS, CodeL.FREEVARS,
];
const CODE_RAW_ARRAYS = [CodeL.CODE, CodeL.EXCEPTIONS, CodeL.POSITIONS];
/** STATE, PC, SP and LOCALS (the saved instruction index) are raw. */
const GENERATOR_REF_WORDS = [
  GeneratorL.FUNC, GeneratorL.CODE, GeneratorL.GLOBALS, GeneratorL.NAME, GeneratorL.QUALNAME, GeneratorL.EXC,
];
/** random.Random: word 2 is its raw state array (src/modules/random.ts). */
const RANDOM_STATE = 2;
/** bytes/bytearray iterators: SEQ then a raw index (src/objects/bytes.ts). */
const BYTE_ITER_SEQ = 2;

function scanWords(obj: Ref, from: number, to: number, v: Visitor): void {
  for (let i = from; i < to; i++) v.word(heap.i32[obj + i]);
}

function ownedRefs(array: Ref, v: Visitor): void {
  if (array !== 0 && v.owned(array)) scanWords(array, ArrayL.ITEMS, ArrayL.ITEMS + heap.i32[array + ArrayL.LENGTH], v);
}

function ownedRaw(array: Ref, v: Visitor): void {
  if (array !== 0) v.owned(array);
}
