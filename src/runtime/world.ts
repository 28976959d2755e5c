// The registry of built-in types. Types declared at module import (iterators, views,
// exceptions, ...) get their address here at once, from a reserved area after the static
// types, in declaration order; import order is the same in every worker, so are the
// addresses. Boot (runtime/boot.ts) writes the type objects at those addresses.
// This module imports nothing that could import it back: declarations may run early.

import { Kind, Ref, TypeFlags, TypeL } from '../../gc/layout.js';
import { STATIC_END, STATIC_TYPES } from '../objects/statics.js';

export interface BuiltinTypeRecord {
  name: string; address: Ref; kind: number; base: Ref; flags: number; module: string;
  /** Words of an instance, when its Kind's default (runtime/boot.ts) does not fit. */
  basicsize?: number;
}

const MAX_DYNAMIC_TYPES = 512;
/** First word after the reserved type area: where ordinary allocation starts. */
export const RESERVED_END = STATIC_END + MAX_DYNAMIC_TYPES * TypeL.SIZE;

export const staticTypeRecords: BuiltinTypeRecord[] = [];
export const dynamicTypeRecords: BuiltinTypeRecord[] = [];
const byName = new Map<string, BuiltinTypeRecord>();
const byAddress = new Map<Ref, BuiltinTypeRecord>();

function add(list: BuiltinTypeRecord[], rec: BuiltinTypeRecord): Ref {
  list.push(rec);
  if (!byName.has(rec.name)) byName.set(rec.name, rec);
  byAddress.set(rec.address, rec);
  return rec.address;
}

STATIC_TYPES.forEach(([name, kind, baseName, subclassable], i) => {
  const base = baseName === null ? 0 : byName.get(baseName)!.address;
  add(staticTypeRecords, {
    name, kind, base, flags: subclassable ? TypeFlags.BASETYPE : 0, module: 'builtins',
    address: STATIC_END - (STATIC_TYPES.length - i) * TypeL.SIZE,
  });
});

/** Declares a built-in type; returns its (fixed) address. `base` must be declared first. */
export function defineBuiltinType(
  name: string, kind: number, base: Ref = byName.get('object')!.address, flags = 0, module = 'builtins', basicsize?: number,
): Ref {
  if (dynamicTypeRecords.length >= MAX_DYNAMIC_TYPES) throw new Error('too many built-in types');
  return add(dynamicTypeRecords, {
    name, kind, base, flags, module, basicsize, address: STATIC_END + dynamicTypeRecords.length * TypeL.SIZE,
  });
}

/** Worker-local caches of heap data register here; a new heap (a test's fresh world) must
 *  start with all of them empty. */
const resetHooks: (() => void)[] = [];
export function onWorldReset(hook: () => void): void {
  resetHooks.push(hook);
}
export function resetWorkerCaches(): void {
  for (const hook of resetHooks) hook();
}

/** Every built-in type, static ones first, in declaration order. */
export function allBuiltinTypes(): BuiltinTypeRecord[] {
  return [...staticTypeRecords, ...dynamicTypeRecords];
}

/** Plain values put in built-in types' dicts at boot (list.__hash__ = None, ...). */
export const typeAttributes: { type: Ref; name: string; value: () => Ref }[] = [];
export function defTypeAttribute(type: Ref, name: string, value: () => Ref): void {
  typeAttributes.push({ type, name, value });
}

/** A built-in type by name (the first declared with that name). */
export function builtinType(name: string): Ref {
  const r = byName.get(name);
  if (r === undefined) throw new Error(`no built-in type ${name}`);
  return r.address;
}

export function builtinTypeName(t: Ref): string {
  return byAddress.get(t)?.name ?? '?';
}

export const isBuiltinKind = (k: number): boolean => k >= 0 && k <= Kind.WEAKREF;
