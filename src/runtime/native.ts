// Native (TypeScript) functions: how built-in methods, functions and attribute getters are
// declared. Declarations run when a module is imported, in the same order in every worker,
// so a native's index is the same everywhere; the heap objects that name them (descriptors
// in type dicts, functions in module dicts) are made once, by the thread that creates the
// world (installNatives).
//
// Two calling conventions:
//   fixed:   fn(self, a1, ..., an) with n = params.length; a missing optional argument is
//            NULL (0). Keyword arguments are matched to params by name unless `posonly`.
//   varargs: fn(self, args: Ref[], kw: Kwargs | null).
// `self` is the receiver for methods, the class for class methods, the module for module
// functions, and NULL for static methods.

import type { Ref } from '../../gc/layout.js';
import { builtinTypeName } from './world.js';

export interface Kwargs { names: string[]; values: Ref[]; }
export type FixedFn = (self: Ref, ...args: Ref[]) => Ref;
export type VarFn = (self: Ref, args: Ref[], kw: Kwargs | null) => Ref;

export type NativeKind = 'method' | 'classmethod' | 'staticmethod' | 'function' | 'getter' | 'setter';

export interface NativeFunction {
  readonly index: number;
  readonly name: string;
  /** Name used in messages, e.g. 'str.split' or 'len'. */
  readonly qualname: string;
  readonly kind: NativeKind;
  readonly params: readonly string[];
  readonly required: number;
  readonly posonly: boolean;
  readonly varargs: boolean;
  readonly fixed: FixedFn | null;
  readonly var: VarFn | null;
  readonly doc: string | null;
  /** May wait for another thread (a lock, a sleep): the interpreter ends the transaction
   *  before calling it, so that a thread that parks there loses no work. */
  readonly blocking: boolean;
}

/** Where a native goes in the heap: a type (by address, or by name for types made at boot)
 *  or a module (by name). */
export type Owner = { type: Ref | string } | { module: string };

export interface Declaration { owner: Owner; native: NativeFunction; setter: NativeFunction | null; }

export const natives: NativeFunction[] = [];
export const declarations: Declaration[] = [];

export interface NativeSpec {
  name: string;
  /** Parameter names after self; all positional unless posonly is false (default true for
   *  methods and functions, as most of CPython's built-ins). */
  params?: readonly string[];
  /** How many params are required (default: all). */
  required?: number;
  /** Accept keywords matched to params by name. */
  keywords?: boolean;
  fn?: FixedFn;
  varfn?: VarFn;
  doc?: string;
  blocking?: boolean;
}

function register(kind: NativeKind, qualname: string, spec: NativeSpec): NativeFunction {
  const params = spec.params ?? [];
  const native: NativeFunction = {
    index: natives.length, name: spec.name, qualname, kind, params,
    required: spec.required ?? params.length, posonly: !spec.keywords,
    varargs: spec.varfn !== undefined, fixed: spec.fn ?? null, var: spec.varfn ?? null,
    doc: spec.doc ?? null, blocking: spec.blocking ?? false,
  };
  if ((native.fixed === null) === (native.var === null)) throw new Error(`native ${qualname}: give fn or varfn`);
  natives.push(native);
  return native;
}

function ownerName(owner: Owner): string {
  if ('module' in owner) return owner.module;
  return typeof owner.type === 'string' ? owner.type : builtinTypeName(owner.type);
}

function declare(owner: Owner, kind: NativeKind, spec: NativeSpec, setter: NativeSpec | null = null): NativeFunction {
  const prefix = ownerName(owner);
  const qual = kind === 'function' && 'module' in owner && owner.module === 'builtins' ? spec.name : `${prefix}.${spec.name}`;
  const native = register(kind, qual, spec);
  const set = setter ? register('setter', qual, setter) : null;
  declarations.push({ owner, native, setter: set });
  return native;
}

/** A method of a built-in type, found on its instances. */
export function defMethod(type: Ref | string, spec: NativeSpec): NativeFunction {
  return declare({ type }, 'method', spec);
}
export function defClassMethod(type: Ref | string, spec: NativeSpec): NativeFunction {
  return declare({ type }, 'classmethod', spec);
}
export function defStaticMethod(type: Ref | string, spec: NativeSpec): NativeFunction {
  return declare({ type }, 'staticmethod', spec);
}
/** A computed attribute (getset descriptor): getter fn(self), optional setter fn(self, value)
 *  where a NULL value means `del`. */
export function defGetSet(type: Ref | string, name: string, get: FixedFn, set?: FixedFn, doc?: string): NativeFunction {
  return declare({ type }, 'getter', { name, fn: get, doc }, set ? { name, params: ['value'], fn: set } : null);
}
/** A function of a module written in TypeScript (module 'builtins' for the built-ins). */
export function defFunction(module: string, spec: NativeSpec): NativeFunction {
  return declare({ module }, 'function', spec);
}
