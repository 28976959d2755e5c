// Heap layouts: the one place that says where each word of each kind of object lives.
// Everything else reads objects through accessors built on these offsets.
//
// The heap is an array of 32-bit words. A reference (Ref) is an int32:
//   0            NULL (no object; also "unset local", "empty cell")
//   odd          a small int, value = ref >> 1, in [-2**30, 2**30)
//   even, > 0    the word index of an object; objects are 2-word aligned so that float64
//                payloads at even word offsets can be read through a Float64Array.
// Every object starts with a two-word header: its type (a Ref to a type object) and an info
// word holding its size in words and the collector's bits.

export type Ref = number;
export const NULL = 0;

// ---- header ----
export const HDR_TYPE = 0;
export const HDR_INFO = 1;
export const HEADER_WORDS = 2;
const INFO_SIZE_SHIFT = 3;
export const INFO_MARK = 1;
/** A free block (gc/free.ts): its HDR_TYPE word links it to the next block of its list. */
export const INFO_FREE = 2;
/** The object's __del__ has been called (it runs once, even if the object is resurrected). */
export const INFO_FINALIZED = 4;
export const infoWord = (sizeWords: number): number => sizeWords << INFO_SIZE_SHIFT;
export const infoSize = (info: number): number => info >>> INFO_SIZE_SHIFT;
export const MAX_OBJECT_WORDS = (1 << (32 - INFO_SIZE_SHIFT)) - 2;

// ---- small ints ----
export const SMALL_MIN = -(2 ** 30);
export const SMALL_MAX = 2 ** 30 - 1;

// ---- the control block at the start of the heap ----
// Words 0..CONTROL_WORDS-1: heap-wide state shared by all threads, then the static objects.
export const Control = Object.freeze({
  TOP: 2,              // next free word for chunk allocation (Atomics)
  LIMIT_WORDS: 3,      // --max-heap in words
  TYPE_EPOCH: 4,       // bumped whenever any type's dict, bases or mro changes
  NEXT_SERIAL: 5,      // serial numbers for code objects (worker-local code caches index by it)
  // Roots: Refs to heap objects every thread needs.
  BUILTINS: 8,         // the builtins module
  SYS: 9,              // the sys module
  MODULES: 10,         // sys.modules dict
  INTERNED: 11,        // dict of interned strings
  TYPE_REGISTRY: 12,   // list of every built-in type by BuiltinType index (for other threads)
  NATIVE_COUNT: 13,    // number of native functions registered (consistency check across workers)
  RECURSION_LIMIT: 14,
  INT_MAX_STR_DIGITS: 15,
  MEMORY_ERROR: 16,    // a MemoryError made at boot: raising it must not need the exhausted heap
  BOOT_END: 17,        // first word after the boot region (objects below it are never freed)
  GC_DUE: 18,          // non-zero: a collection should run at the next safepoint (Atomics)
  ALLOCATED: 19,       // words handed out in chunks since the last collection (Atomics)
  FREE_LISTS: 20,      // FREE_BINS heads of the lists of free blocks, by size class (gc/free)
  GC_THRESHOLD: 52,    // a collection is due when ALLOCATED passes this
  FREE_LOCK: 53,       // lock of the free lists (taken on the allocation slow path only)
  DIRTY_END: 54,       // memory below it was used before: chunks taken from TOP under it are zeroed
  // Threads and transactions (stm/, src/threads/): words used with Atomics, outside transactions.
  SEQLOCK: 64,         // NOrec's sequence lock: odd while a transaction publishes or is inevitable
  WAKE: 65,            // bumped (and notified) after every commit that released a lock or started a thread
  THREADS_ALIVE: 66,   // Python threads started and not finished (the main thread included)
  NEXT_IDENT: 67,      // thread idents
  START_QUEUE: 68,     // list of threads waiting for a worker (a heap list, transactional)
  IDLE_WORKERS: 69,    // workers with nothing to run
  WORKERS: 70,         // workers started (the main thread not counted)
  NEXT_VERSION: 71,    // source of unique dict-keys versions and type epochs (see stm/versions.ts)
  GIL: 72,             // GIL build: ident of the holder, 0 when free
  GIL_DROP: 73,        // GIL build: set by a thread that waits for the GIL (forced switching)
  SWITCH_INTERVAL: 74, // sys.setswitchinterval, in microseconds
  WORKERS_READY: 75,   // workers that have joined the heap and run threads
  THREADS_RUNNING: 76, // threads alive and not waiting: one alone runs without logs
  // Stopping every thread for a collection (gc/stop.ts), with Atomics.
  GC_PHASE: 77,        // 0, or the round's number << 2 | its step while a collection runs
  GC_ROUND: 78,        // rounds started (numbers of GC_PHASE)
  GC_THREADS: 79,      // JavaScript threads that take part in collections (main thread and workers)
  GC_ARRIVED: 80,      // of those, how many have finished the running step
  GC_VETO: 81,         // set by a thread that cannot stop where it is: the round is given up
  WEAKREF_DUE: 82,     // chain (through WeakrefL.DUE) of cleared weak references whose callback is due
  // Collector figures for --stats and gc.get_stats() (written by the thread leading a collection).
  GC_COLLECTIONS: 83,
  GC_PAUSE_US: 84,     // total time of collections, in microseconds (unsigned)
  GC_MAX_PAUSE_US: 85,
  GC_LIVE_WORDS: 86,   // words live after the last collection
  GC_FREED: 87,        // unreachable objects found, in all collections (unsigned)
  GC_DISABLED: 88,     // gc.disable(): no automatic collections
  EMPTY_TUPLE: 89,     // the empty tuple, made at boot: one for every thread, never freed
});
/** Size classes of free blocks: bin k holds blocks of 2**k .. 2**(k+1)-1 words (k >= 1). */
export const FREE_BINS = 32;
export const CONTROL_WORDS = 96;

// ---- object layouts: word offsets from the object's address ----

/** A type object. Fixed size so the built-in types can sit at fixed addresses. */
export const TypeL = Object.freeze({
  DICT: 2,        // the type's __dict__ (a dict)
  NAME: 3,        // str
  QUALNAME: 4,    // str
  BASES: 5,       // tuple of types
  MRO: 6,         // tuple of types
  BASE: 7,        // the solid base: the type whose instance layout this one extends
  FLAGS: 8,       // TypeFlags
  VERSION: 9,     // changes when this type's attributes may have changed
  KIND: 10,       // Kind of its instances' layout
  DICTOFFSET: 11, // 0: instances have no __dict__; >0: word offset; -1: last word of the object
  BASICSIZE: 12,  // words of a fixed-size instance (header included)
  SLOTS: 13,      // tuple of __slots__ names declared by this class, or NULL
  MODULE: 14,     // str: __module__ of built-in types
  DOC: 15,
  SUBCLASSES: 16, // list of the classes made with this one as a base, or NULL
  SIZE: 18,
});

export const TypeFlags = Object.freeze({
  HEAPTYPE: 1 << 0,       // a class statement made it; attributes may be set
  BASETYPE: 1 << 1,       // may be subclassed
  HAS_GETATTR: 1 << 2,    // __getattr__ somewhere on the MRO
  HAS_GETATTRIBUTE: 1 << 3, // __getattribute__ overridden in Python
  HAS_SETATTR: 1 << 4,    // __setattr__ or __delattr__ overridden in Python
  EXCEPTION: 1 << 5,      // subclass of BaseException
  ABSTRACT: 1 << 6,       // has abstract methods (instantiation is an error)
  HAS_DEL: 1 << 7,        // __del__ defined
  OVERRIDES: 1 << 8,      // a Python class defines some dunder method: take the generic paths
  TYPE_SUBCLASS: 1 << 9,  // subclass of type (a metaclass)
});

/** Layout families: the Kind of an instance decides which native code handles it. */
export const Kind = Object.freeze({
  OBJECT: 0, TYPE: 1, INT: 2, BOOL: 3, FLOAT: 4, COMPLEX: 5, STR: 6, BYTES: 7, BYTEARRAY: 8,
  TUPLE: 9, LIST: 10, DICT: 11, SET: 12, FROZENSET: 13, NONE: 14, NOTIMPLEMENTED: 15, ELLIPSIS: 16,
  FUNCTION: 17, BUILTIN: 18, METHOD: 19, CODE: 20, CELL: 21, MODULE: 22, RANGE: 23, SLICE: 24,
  PROPERTY: 25, STATICMETHOD: 26, CLASSMETHOD: 27, SUPER: 28, GENERATOR: 29, EXCEPTION: 30,
  TRACEBACK: 31, ITERATOR: 32, ARRAY: 33, DESCRIPTOR: 34, FRAME: 35, NATIVE: 36, MAPPINGPROXY: 37,
  DICTVIEW: 38, WEAKREF: 39,
});

/** Internal variable-length word arrays (list items, dict tables, generator stacks). */
export const ArrayL = Object.freeze({ LENGTH: 2, ITEMS: 3 });

/** float: the value as a float64 at words 2-3. */
export const FloatL = Object.freeze({ VALUE: 2, SIZE: 4 });
/** complex: real and imaginary float64 parts. */
export const ComplexL = Object.freeze({ REAL: 2, IMAG: 4, SIZE: 6 });

/** int outside the small range. DIGITS = 0: a safe integer as float64 at VALUE;
 *  otherwise |DIGITS| 32-bit limbs (least significant first) from LIMBS, sign of DIGITS. */
export const IntL = Object.freeze({ DIGITS: 2, VALUE: 4, LIMBS: 4, SIZE_SAFE: 6 });

/** str: UTF-16 code units, two per word. HASH 0 means not yet computed. */
export const StrL = Object.freeze({ HASH: 2, LENGTH: 3, UNITS: 4, FLAGS: 5, DATA: 6 });
export const StrFlags = Object.freeze({ ASCII: 1, ASTRAL: 2, INTERNED: 4 });

/** bytes: LENGTH bytes from DATA. bytearray: a mutable buffer in an ARRAY of bytes. */
export const BytesL = Object.freeze({ HASH: 2, LENGTH: 3, DATA: 4 });
export const ByteArrayL = Object.freeze({ LENGTH: 2, BUFFER: 3, SIZE: 4 });

/** tuple: immutable items inline. */
export const TupleL = Object.freeze({ LENGTH: 2, ITEMS: 3 });
/** list: SIZE items used of the ITEMS array. */
export const ListL = Object.freeze({ SIZE: 2, ITEMS: 3, SIZE_WORDS: 4 });

/** dict: insertion-ordered entries (hash, key, value) plus an index table, as CPython's.
 *  KEYS_VERSION changes when keys are added or removed (not when a value is replaced), so a
 *  cache of an entry's position stays valid while it is unchanged. */
export const DictL = Object.freeze({ USED: 2, NENTRIES: 3, INDICES: 4, ENTRIES: 5, KEYS_VERSION: 6, SIZE_WORDS: 8 });
export const DICT_ENTRY_WORDS = 3;

/** set and frozenset: an open-addressed table of (hash, key) with CPython's probing. */
export const SetL = Object.freeze({ USED: 2, FILL: 3, TABLE: 4, HASH: 5, SIZE_WORDS: 6 });

export const NoneL = Object.freeze({ SIZE: 2 });
export const CellL = Object.freeze({ CONTENTS: 2, SIZE: 4 });
/** _thread.lock: STATE 0 free, 1 held. _thread.RLock: OWNER the holder's ident (0 free), COUNT its depth. */
export const LockL = Object.freeze({ STATE: 2, SIZE: 4 });
export const RLockL = Object.freeze({ OWNER: 2, COUNT: 3, SIZE: 4 });
export const ModuleL = Object.freeze({ DICT: 2, SIZE: 4 });

/** A plain instance of a Python class: its __dict__ (or NULL) then __slots__ values. */
export const InstanceL = Object.freeze({ DICT: 2, SLOTS: 3 });

export const FunctionL = Object.freeze({
  DICT: 2, CODE: 3, GLOBALS: 4, NAME: 5, QUALNAME: 6, DEFAULTS: 7, KWDEFAULTS: 8, CLOSURE: 9,
  DOC: 10, MODULE: 11, ANNOTATIONS: 12, BUILTINS: 13, SIZE: 14,
});

/** A native (TypeScript) function: INDEX into the worker's native table; SELF is bound to
 *  the receiver for methods of instances, the module for module functions. */
export const BuiltinL = Object.freeze({ INDEX: 2, SELF: 3, NAME: 4, OWNER: 5, SIZE: 6 });

export const MethodL = Object.freeze({ FUNC: 2, SELF: 3, SIZE: 4 });
export const DescriptorL = Object.freeze({ INDEX: 2, OWNER: 3, NAME: 4, SETTER: 5, SIZE: 6 });

/** code: immutable; the worker decodes it once into a JS structure cached by SERIAL. */
export const CodeL = Object.freeze({
  SERIAL: 2, NAME: 3, QUALNAME: 4, FILENAME: 5, FIRSTLINENO: 6, ARGCOUNT: 7, POSONLYARGCOUNT: 8,
  KWONLYARGCOUNT: 9, FLAGS: 10, STACKSIZE: 11, CODE: 12, CONSTS: 13, NAMES: 14, VARNAMES: 15,
  CELLVARS: 16, FREEVARS: 17, EXCEPTIONS: 18, POSITIONS: 19, SIZE: 20,
});

export const RangeL = Object.freeze({ START: 2, STOP: 3, STEP: 4, LENGTH: 5, SIZE: 6 });
export const SliceL = Object.freeze({ START: 2, STOP: 3, STEP: 4, SIZE: 6 });
export const PropertyL = Object.freeze({ FGET: 2, FSET: 3, FDEL: 4, DOC: 5, NAME: 6, SIZE: 8 });
export const WrapperL = Object.freeze({ FUNC: 2, DICT: 3, SIZE: 4 }); // staticmethod, classmethod
export const SuperL = Object.freeze({ TYPE: 2, OBJ: 3, OBJTYPE: 4, SIZE: 6 });

/** BaseException and subclasses. Extra attributes of subclasses live in DICT. */
export const ExceptionL = Object.freeze({
  DICT: 2, ARGS: 3, TRACEBACK: 4, CAUSE: 5, CONTEXT: 6, SUPPRESS_CONTEXT: 7, NOTES: 8, SIZE: 10,
});
/** One traceback entry: a code object and the instruction that was running. */
export const TracebackL = Object.freeze({ NEXT: 2, CODE: 3, INSTR: 4, LINE: 5, SIZE: 6 });

/** A generator: its frame is saved here while it is suspended (see interpreter/generator). */
export const GeneratorL = Object.freeze({
  FUNC: 2, CODE: 3, GLOBALS: 4, STATE: 5, PC: 6, SP: 7, SLOTS: 8, NAME: 9, QUALNAME: 10,
  LOCALS: 11, EXC: 12, SIZE: 14,
});
export const GenState = Object.freeze({ CREATED: 0, SUSPENDED: 1, RUNNING: 2, CLOSED: 3 });

/** Iterators over built-in sequences: the object, a position and a kind-specific extra word. */
export const IterL = Object.freeze({ SEQ: 2, INDEX: 3, EXTRA: 4, EXTRA2: 5, SIZE: 6 });

/** weakref.ref: REFERENT is not traced by the collector (it is cleared when its object
 *  dies); CALLBACK is called with the weakref then. HASH: the referent's hash (an int), once asked.
 *  DUE: the next weak reference of the chain Control.WEAKREF_DUE (0 outside a collection). */
export const WeakrefL = Object.freeze({ REFERENT: 2, CALLBACK: 3, HASH: 4, DUE: 5, SIZE: 6 });

/** A native-state object for built-in iterators like map/zip/enumerate: a tuple of Refs. */
export const NativeL = Object.freeze({ A: 2, B: 3, C: 4, D: 5, SIZE: 6 });
