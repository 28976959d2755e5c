// Creating the world: a new heap with its control block, the singletons, every built-in type,
// the descriptors of every native method, and the builtins and sys modules.

import { heap, createHeapBuffer, DEFAULT_MAX_HEAP } from '../../gc/heap.js';
import { alloc, resetAllocator } from '../../gc/alloc.js';
import { sealBootRegion } from '../../gc/collector.js';
import { joinCollections } from '../../gc/stop.js';
import { BuiltinL, ByteArrayL, Control, DescriptorL, ExceptionL, FloatL, FunctionL, HDR_INFO, HDR_TYPE, infoWord, IntL, Kind, ModuleL, NoneL, NULL, PropertyL, Ref, TypeL, ListL, DictL, SetL, ComplexL, WrapperL, CellL, RangeL, SliceL, SuperL, GeneratorL, TracebackL, CodeL, MethodL } from '../../gc/layout.js';
import { beginInevitable, load, resetTransactions, store } from '../../stm/barrier.js';
import { resetVersions } from '../../stm/versions.js';
import { dictGetStr, dictSet, newDict } from '../objects/dict.js';
import { newExceptionOfType } from '../objects/exception.js';
import { moduleDict, newModule } from '../objects/module.js';
import {
  ELLIPSIS, FALSE, NONE, NOT_IMPLEMENTED, T_BOOL, T_BUILTIN, T_CLASSMETHOD_DESCRIPTOR, T_ELLIPSIS, T_GETSET_DESCRIPTOR,
  T_METHOD_DESCRIPTOR, T_NONE, T_NOTIMPLEMENTED, T_TYPE, TRUE,
} from '../objects/statics.js';
import { newTuple } from '../objects/tuple.js';
import { newList } from '../objects/list.js';
import { c3Mro, setMro, typeModified, writeType } from '../objects/typeobject.js';
import { createInternTable, intern } from './intern.js';
import { declarations, NativeFunction } from './native.js';
import { internNames } from './names.js';
import { BuiltinTypeRecord, builtinType, dynamicTypeRecords, RESERVED_END, resetWorkerCaches, staticTypeRecords, typeAttributes } from './world.js';
import { registerNativeModule } from './import.js';

/** Instance size and __dict__ offset of each built-in Kind. */
function layoutOfKind(kind: number): { basicsize: number; dictoffset: number } {
  switch (kind) {
    case Kind.EXCEPTION: return { basicsize: ExceptionL.SIZE, dictoffset: ExceptionL.DICT };
    case Kind.FUNCTION: return { basicsize: FunctionL.SIZE, dictoffset: FunctionL.DICT };
    case Kind.MODULE: return { basicsize: ModuleL.SIZE, dictoffset: ModuleL.DICT };
    case Kind.CLASSMETHOD: case Kind.STATICMETHOD: return { basicsize: WrapperL.SIZE, dictoffset: WrapperL.DICT };
    case Kind.FLOAT: return { basicsize: FloatL.SIZE, dictoffset: 0 };
    case Kind.COMPLEX: return { basicsize: ComplexL.SIZE, dictoffset: 0 };
    case Kind.LIST: return { basicsize: ListL.SIZE_WORDS, dictoffset: 0 };
    case Kind.DICT: return { basicsize: DictL.SIZE_WORDS, dictoffset: 0 };
    case Kind.SET: case Kind.FROZENSET: return { basicsize: SetL.SIZE_WORDS, dictoffset: 0 };
    case Kind.PROPERTY: return { basicsize: PropertyL.SIZE, dictoffset: 0 };
    case Kind.BYTEARRAY: return { basicsize: ByteArrayL.SIZE, dictoffset: 0 };
    case Kind.CELL: return { basicsize: CellL.SIZE, dictoffset: 0 };
    case Kind.RANGE: return { basicsize: RangeL.SIZE, dictoffset: 0 };
    case Kind.SLICE: return { basicsize: SliceL.SIZE, dictoffset: 0 };
    case Kind.SUPER: return { basicsize: SuperL.SIZE, dictoffset: 0 };
    case Kind.GENERATOR: return { basicsize: GeneratorL.SIZE, dictoffset: 0 };
    case Kind.TRACEBACK: return { basicsize: TracebackL.SIZE, dictoffset: 0 };
    case Kind.CODE: return { basicsize: CodeL.SIZE, dictoffset: 0 };
    case Kind.METHOD: return { basicsize: MethodL.SIZE, dictoffset: 0 };
    case Kind.BUILTIN: return { basicsize: BuiltinL.SIZE, dictoffset: 0 };
    case Kind.INT: case Kind.BOOL: return { basicsize: IntL.SIZE_SAFE, dictoffset: 0 };
    default: return { basicsize: 2, dictoffset: 0 };
  }
}

function writeSingleton(addr: Ref, type: Ref, words: number): void {
  heap.i32[addr + HDR_TYPE] = type;
  heap.i32[addr + HDR_INFO] = infoWord(words);
}

function writeBuiltinTypes(records: BuiltinTypeRecord[]): void {
  for (const rec of records) {
    const t = rec.address;
    writeSingleton(t, T_TYPE, TypeL.SIZE);
    const layout = layoutOfKind(rec.kind);
    if (rec.basicsize !== undefined) layout.basicsize = rec.basicsize;
    writeType(t, {
      meta: T_TYPE, name: intern(rec.name), qualname: intern(rec.name), bases: newTuple(rec.base === NULL ? [] : [rec.base]),
      base: rec.base === NULL ? NULL : rec.base, kind: rec.kind, flags: rec.flags, dictoffset: layout.dictoffset,
      basicsize: layout.basicsize, dict: newDict(), slots: NULL, module: intern(rec.module),
    });
    const mro = rec.base === NULL ? { mro: [t] } : c3Mro(t, [rec.base]);
    if ('mro' in mro) setMro(t, mro.mro);
  }
}

function ownerAddress(owner: Ref | string): Ref {
  return typeof owner === 'string' ? builtinType(owner) : owner;
}

/** Descriptor objects for the native methods declared on types. */
function installTypeNatives(): void {
  for (const decl of declarations) {
    if (!('type' in decl.owner)) continue;
    const t = ownerAddress(decl.owner.type);
    dictSet(load(t, TypeL.DICT), intern(decl.native.name), descriptorFor(decl.native, t, decl.setter));
  }
  for (const a of typeAttributes) dictSet(load(a.type, TypeL.DICT), intern(a.name), a.value());
}

function descriptorFor(native: NativeFunction, owner: Ref, setter: NativeFunction | null): Ref {
  if (native.kind === 'staticmethod') return newBuiltin(native, NULL, owner);
  const type = native.kind === 'classmethod' ? T_CLASSMETHOD_DESCRIPTOR
    : native.kind === 'getter' ? T_GETSET_DESCRIPTOR : T_METHOD_DESCRIPTOR;
  const d = alloc(type, DescriptorL.SIZE);
  heap.i32[d + DescriptorL.INDEX] = native.index;
  heap.i32[d + DescriptorL.SETTER] = setter === null ? 0 : setter.index;
  store(d, DescriptorL.OWNER, owner);
  store(d, DescriptorL.NAME, intern(native.name));
  return d;
}

export function newBuiltin(native: NativeFunction, self: Ref, owner: Ref): Ref {
  const b = alloc(T_BUILTIN, BuiltinL.SIZE);
  heap.i32[b + BuiltinL.INDEX] = native.index;
  store(b, BuiltinL.SELF, self);
  store(b, BuiltinL.NAME, intern(native.name));
  store(b, BuiltinL.OWNER, owner);
  return b;
}

/** Puts the native functions declared for module `name` into the module's dict. */
export function installModuleFunctions(name: string, module: Ref): void {
  const d = moduleDict(module);
  for (const decl of declarations) {
    if ('module' in decl.owner && decl.owner.module === name) {
      dictSet(d, intern(decl.native.name), newBuiltin(decl.native, module, NULL));
    }
  }
}

/** Native modules: every module named in a declaration can be imported. */
function registerDeclaredModules(): void {
  const names = new Set<string>();
  for (const decl of declarations) if ('module' in decl.owner) names.add(decl.owner.module);
  for (const name of names) {
    if (name === 'builtins') continue;
    const fill = moduleFillers.get(name);
    registerNativeModule(name, (m) => {
      installModuleFunctions(name, m);
      fill?.(m);
    });
  }
  for (const [name, fill] of moduleFillers) {
    if (!names.has(name) && name !== 'builtins') registerNativeModule(name, fill);
  }
}

const moduleFillers = new Map<string, (module: Ref) => void>();
/** Extra set-up of a native module (constants, types) run when it is first imported. */
export function defineModuleFiller(name: string, fill: (module: Ref) => void): void {
  moduleFillers.set(name, fill);
}

/** Names of built-in types and values put in the builtins module. */
const builtinsExtras: [string, () => Ref][] = [];
export function addBuiltin(name: string, value: () => Ref): void {
  builtinsExtras.push([name, value]);
}

function createBuiltinsModule(): Ref {
  const m = newModule('builtins');
  installModuleFunctions('builtins', m);
  const d = moduleDict(m);
  for (const rec of [...staticTypeRecords, ...dynamicTypeRecords]) {
    if (rec.module === 'builtins' && !HIDDEN_TYPES.has(rec.name) && dictGetStr(d, intern(rec.name)) === NULL) {
      if (PUBLIC_TYPES.has(rec.name) || rec.kind === Kind.EXCEPTION) dictSet(d, intern(rec.name), rec.address);
    }
  }
  dictSet(d, intern('None'), NONE);
  dictSet(d, intern('True'), TRUE);
  dictSet(d, intern('False'), FALSE);
  dictSet(d, intern('Ellipsis'), ELLIPSIS);
  dictSet(d, intern('NotImplemented'), NOT_IMPLEMENTED);
  dictSet(d, intern('__debug__'), TRUE);
  dictSet(d, intern('EnvironmentError'), builtinType('OSError'));
  dictSet(d, intern('IOError'), builtinType('OSError'));
  for (const [name, value] of builtinsExtras) dictSet(d, intern(name), value());
  return m;
}

const PUBLIC_TYPES = new Set([
  'object', 'type', 'int', 'bool', 'float', 'complex', 'str', 'bytes', 'bytearray', 'tuple', 'list', 'dict', 'set',
  'frozenset', 'range', 'slice', 'property', 'staticmethod', 'classmethod', 'super', 'enumerate', 'zip', 'map',
  'filter', 'reversed', 'memoryview',
]);
const HIDDEN_TYPES = new Set(['array']);

export interface WorldOptions { maxHeapBytes?: number; }

/** Creates a fresh heap and everything in it; this thread is then ready to run Python. */
export function createWorld(options: WorldOptions = {}): void {
  attachWorld(createHeapBuffer(options.maxHeapBytes ?? DEFAULT_MAX_HEAP));
  heap.i32[Control.TOP] = RESERVED_END;
  heap.i32[Control.RECURSION_LIMIT] = 1000;
  heap.i32[Control.INT_MAX_STR_DIGITS] = 4300;
  heap.i32[Control.THREADS_ALIVE] = 1;
  heap.i32[Control.THREADS_RUNNING] = 1;
  heap.i32[Control.NEXT_IDENT] = 1;
  heap.i32[Control.SWITCH_INTERVAL] = 5000;
  writeSingleton(NONE, T_NONE, NoneL.SIZE);
  writeSingleton(NOT_IMPLEMENTED, T_NOTIMPLEMENTED, NoneL.SIZE);
  writeSingleton(ELLIPSIS, T_ELLIPSIS, NoneL.SIZE);
  writeSingleton(FALSE, T_BOOL, IntL.SIZE_SAFE);
  writeSingleton(TRUE, T_BOOL, IntL.SIZE_SAFE);
  heap.f64[(TRUE + IntL.VALUE) >> 1] = 1;
  createInternTable();
  internNames();
  writeBuiltinTypes(staticTypeRecords);
  writeBuiltinTypes(dynamicTypeRecords);
  installTypeNatives();
  typeModified();
  heap.i32[Control.MODULES] = newDict();
  registerDeclaredModules();
  const builtins = createBuiltinsModule();
  heap.i32[Control.BUILTINS] = builtins;
  dictSet(heap.i32[Control.MODULES], intern('builtins'), builtins);
  heap.i32[Control.MEMORY_ERROR] = newExceptionOfType(builtinType('MemoryError'), newTuple([]));
  heap.i32[Control.START_QUEUE] = newList([]);
  for (const init of afterBoot) init();
  sealBootRegion();
  // The main thread runs in a transaction from here on; alone, it holds the lock and needs no logs.
  beginInevitable();
}

/** Makes this thread's views of a heap and empties its caches. */
function attachWorld(buffer: SharedArrayBuffer): void {
  resetWorkerCaches();
  resetTransactions();
  heap.attach(buffer);
  resetAllocator();
  resetVersions();
}

/** Joins a worker to the heap the main thread made. Types and natives were declared at import
 *  in the same order everywhere, so they are at the same addresses and indices; the worker
 *  only looks up the interned names it keeps at hand and learns its native modules. It takes
 *  part in collections before it allocates anything (looking a name up does). */
export function joinWorld(buffer: SharedArrayBuffer): void {
  attachWorld(buffer);
  joinCollections();
  internNames();
  registerDeclaredModules();
}

const afterBoot: (() => void)[] = [];
/** Work that needs the world (the sys module, for instance), run at the end of createWorld. */
export function onBoot(f: () => void): void {
  afterBoot.push(f);
}

