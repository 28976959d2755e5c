// What the conflict log (stm/conflicts.ts) needs to know about Python: where the running
// thread is, and which Python object a heap word belongs to. Read without transactions: by
// the time a conflict is logged the words involved have been published.

import { heap } from '../../gc/heap.js';
import {
  ArrayL, CodeL, Control, DICT_ENTRY_WORDS, DictL, HDR_INFO, HDR_TYPE, infoSize, Kind, ListL, ModuleL, Ref, TypeL,
} from '../../gc/layout.js';
import { setConflictHooks } from '../../stm/conflicts.js';
import { strValue } from '../objects/str.js';
import { T_STR } from '../objects/statics.js';
import { typeKind } from '../objects/typeobject.js';
import { thread } from '../interpreter/threadstate.js';

function here(): { code: number; line: number } {
  const f = thread.frame;
  return f === null ? { code: 0, line: 0 } : { code: f.code.ref, line: f.line };
}

function describeLocation(code: Ref, line: number): { file: string; line: number; func: string } {
  if (code === 0) return { file: '?', line: 0, func: '?' };
  const i32 = heap.i32;
  return { file: strValue(i32[code + CodeL.FILENAME]), line, func: strValue(i32[code + CodeL.QUALNAME]) };
}

/** A word of a dict's entry table names its key (and, for the __dict__ of an object the
 *  thread's frames hold, that object's type: `Counter.value`); a word of a list's items names
 *  its index; any other word names its object's type. */
function describeWord(obj: Ref, offset: number): object | null {
  const i32 = heap.i32;
  const type = i32[obj];
  if (typeKind(type) === Kind.ARRAY) {
    const entry = Math.floor((offset - ArrayL.ITEMS) / DICT_ENTRY_WORDS);
    const key = i32[obj + ArrayL.ITEMS + entry * DICT_ENTRY_WORDS + 1];
    if (key !== 0 && (key & 1) === 0 && i32[key] === T_STR) {
      const name = strValue(key);
      const isName = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);
      const owner = isName ? dictOwnerType(obj) : null;
      return isName ? { type: owner ?? 'dict', key: `'${name}'`, attr: name } : { type: 'dict', key: `'${name}'` };
    }
    return { type: 'array' };
  }
  const name = strValue(i32[type + TypeL.NAME]);
  if (typeKind(type) === Kind.LIST && offset === ListL.SIZE) return { type: name, field: 'size' };
  return { type: name };
}

/** The type of the object, among those the running thread's frames hold, whose __dict__ has
 *  `entries` as its entry table ('module' for a frame's globals), or null. */
function dictOwnerType(entries: Ref): string | null {
  const i32 = heap.i32;
  const owns = (d: Ref): boolean => d !== 0 && (d & 1) === 0 && i32[d + DictL.ENTRIES] === entries;
  for (let fr = thread.frame; fr !== null; fr = fr.back) {
    if (owns(fr.globals)) return 'module';
    for (let i = 0; i < fr.sp; i++) {
      const x = fr.f[i];
      if (x === 0 || (x & 1) !== 0) continue;
      const t = i32[x + HDR_TYPE];
      if (owns(instanceDict(x, t))) return strValue(i32[t + TypeL.NAME]);
    }
  }
  return null;
}

/** The __dict__ of `x` (of type `t`): a type's own, or the word its type's dict offset names. */
function instanceDict(x: Ref, t: Ref): Ref {
  const i32 = heap.i32;
  if (typeKind(t) === Kind.TYPE) return i32[x + TypeL.DICT];
  const off = i32[t + TypeL.DICTOFFSET];
  if (off === 0) return 0;
  return i32[x + (off > 0 ? off : infoSize(i32[x + HDR_INFO]) - 1)];
}

// ---- thread names ----

/** Names found so far, by ident (a thread's name is looked up once it is in threading). */
const names = new Map<number, string>();

function threadName(ident: number): string {
  const known = names.get(ident);
  if (known !== undefined) return known;
  const found = lookUpThreadName(ident);
  if (found === null) return ident === 1 ? 'MainThread' : `thread ${ident}`;
  names.set(ident, found);
  return found;
}

/** threading._active[ident]._name, read word by word (no transaction: the log is written
 *  inside one), or null where anything on the way is missing or not what it should be. */
function lookUpThreadName(ident: number): string | null {
  const i32 = heap.i32;
  const threading = dictValue(i32[Control.MODULES], (k) => isStr(k) && strValue(k) === 'threading');
  if (threading === 0) return null;
  const active = dictValue(i32[threading + ModuleL.DICT], (k) => isStr(k) && strValue(k) === '_active');
  if (active === 0) return null;
  const t = dictValue(active, (k) => k === ((ident << 1) | 1));
  if (t === 0 || (t & 1) !== 0) return null;
  const name = dictValue(instanceDict(t, i32[t + HDR_TYPE]), (k) => isStr(k) && strValue(k) === '_name');
  return isStr(name) ? strValue(name) : null;
}

const isStr = (r: Ref): boolean => r !== 0 && (r & 1) === 0 && heap.i32[r + HDR_TYPE] === T_STR;

/** The value of the first key of dict `d` that `match` accepts, or 0. */
function dictValue(d: Ref, match: (key: Ref) => boolean): Ref {
  const i32 = heap.i32;
  if (d === 0 || (d & 1) !== 0 || typeKind(i32[d + HDR_TYPE]) !== Kind.DICT) return 0;
  const entries = i32[d + DictL.ENTRIES];
  if (entries === 0) return 0;
  // Another thread may be resizing the dict: never read past the table in hand.
  const n = Math.min(i32[d + DictL.NENTRIES], Math.floor(i32[entries + ArrayL.LENGTH] / DICT_ENTRY_WORDS));
  for (let i = 0; i < n; i++) {
    const at = entries + ArrayL.ITEMS + i * DICT_ENTRY_WORDS;
    const key = i32[at + 1];
    if (key !== 0 && match(key)) return i32[at + 2];
  }
  return 0;
}

export function installConflictHooks(): void {
  setConflictHooks({
    here, describeLocation, describeWord,
    threadInfo: () => ({ ident: thread.ident, name: threadName(thread.ident) }),
  });
}
