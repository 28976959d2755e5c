// Binding call arguments to a Python function's parameters, with CPython's error messages.

import { NULL, Ref } from '../../gc/layout.js';
import { CodeFlags } from '../compiler/code.js';
import { dictEntryKey, dictEntryValue, dictGetStr, dictNextEntry, dictSet, newDict } from '../objects/dict.js';
import { typeError } from '../objects/exception.js';
import { funcDefaults, funcKwDefaults } from '../objects/function.js';
import { newTuple, tupleItem, tupleLength } from '../objects/tuple.js';
import { intern } from '../runtime/intern.js';
import type { Kwargs } from '../runtime/native.js';
import type { Code } from './code.js';

/** Writes the arguments into the first slots of `f` (the frame's locals). */
export function bindArguments(func: Ref, code: Code, f: Int32Array, args: ArrayLike<Ref>, kw: Kwargs | null): void {
  const argcount = code.argcount;
  const nargs = args.length;
  const hasVarargs = (code.flags & CodeFlags.VARARGS) !== 0;
  const hasVarkw = (code.flags & CodeFlags.VARKEYWORDS) !== 0;
  const kwonly = code.kwonlyargcount;
  const n = Math.min(nargs, argcount);
  for (let i = 0; i < n; i++) f[i] = args[i];
  let slot = argcount + kwonly;
  if (hasVarargs) {
    const rest: Ref[] = [];
    for (let i = argcount; i < nargs; i++) rest.push(args[i]);
    f[slot++] = newTuple(rest);
  } else if (nargs > argcount) {
    tooManyPositional(func, code, nargs, kw);
  }
  let kwdict = NULL;
  if (hasVarkw) { kwdict = newDict(); f[slot] = kwdict; }
  if (kw !== null) bindKeywords(code, f, kw, kwdict);
  if (nargs < argcount) fillDefaults(func, code, f, nargs);
  if (kwonly > 0) fillKwDefaults(func, code, f);
}

function bindKeywords(code: Code, f: Int32Array, kw: Kwargs, kwdict: Ref): void {
  const first = code.posonlyargcount;
  const last = code.argcount + code.kwonlyargcount;
  const posonlyPassed: string[] = [];
  for (let i = 0; i < kw.names.length; i++) {
    const name = kw.names[i];
    let at = -1;
    for (let p = first; p < last; p++) if (code.varnames[p] === name) { at = p; break; }
    if (at < 0) {
      if (kwdict !== NULL) { dictSet(kwdict, intern(name), kw.values[i]); continue; }
      if (code.varnames.slice(0, first).includes(name)) { posonlyPassed.push(name); continue; }
      typeError(`${code.qualname}() got an unexpected keyword argument '${name}'`);
    }
    if (f[at] !== NULL) typeError(`${code.qualname}() got multiple values for argument '${name}'`);
    f[at] = kw.values[i];
  }
  if (posonlyPassed.length > 0) {
    typeError(`${code.qualname}() got some positional-only arguments passed as keyword arguments: '${posonlyPassed.join(', ')}'`);
  }
}

function fillDefaults(func: Ref, code: Code, f: Int32Array, nargs: number): void {
  const defaults = funcDefaults(func);
  const ndef = defaults === NULL ? 0 : tupleLength(defaults);
  const firstDefault = code.argcount - ndef;
  const missing: string[] = [];
  for (let i = nargs; i < code.argcount; i++) {
    if (f[i] !== NULL) continue;
    if (i >= firstDefault) f[i] = tupleItem(defaults, i - firstDefault);
    else missing.push(code.varnames[i]);
  }
  if (missing.length > 0) missingArguments(code, missing, 'positional');
}

function fillKwDefaults(func: Ref, code: Code, f: Int32Array): void {
  const kwdefaults = funcKwDefaults(func);
  const missing: string[] = [];
  for (let i = code.argcount; i < code.argcount + code.kwonlyargcount; i++) {
    if (f[i] !== NULL) continue;
    const d = kwdefaults === NULL ? NULL : dictGetStr(kwdefaults, intern(code.varnames[i]));
    if (d !== NULL) f[i] = d;
    else missing.push(code.varnames[i]);
  }
  if (missing.length > 0) missingArguments(code, missing, 'keyword-only');
}

function missingArguments(code: Code, names: string[], kind: string): never {
  const quoted = names.map((n) => `'${n}'`);
  let list: string;
  if (quoted.length === 1) list = quoted[0];
  else if (quoted.length === 2) list = `${quoted[0]} and ${quoted[1]}`;
  else list = `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
  const s = names.length === 1 ? '' : 's';
  return typeError(`${code.qualname}() missing ${names.length} required ${kind} argument${s}: ${list}`);
}

function tooManyPositional(func: Ref, code: Code, nargs: number, kw: Kwargs | null): never {
  const defaults = funcDefaults(func);
  const ndef = defaults === NULL ? 0 : tupleLength(defaults);
  const max = code.argcount;
  const min = max - ndef;
  const takes = ndef > 0 ? `from ${min} to ${max}` : `${max}`;
  let kwonlyGiven = 0;
  if (kw !== null) {
    for (const name of kw.names) {
      const at = code.varnames.indexOf(name);
      if (at >= code.argcount && at < code.argcount + code.kwonlyargcount) kwonlyGiven++;
    }
  }
  const plural = max === 1 && ndef === 0 ? '' : 's';
  const given = kwonlyGiven > 0
    ? `${nargs} positional argument${nargs === 1 ? '' : 's'} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven === 1 ? '' : 's'}) were given`
    : `${nargs} ${nargs === 1 ? 'was' : 'were'} given`;
  return typeError(`${code.qualname}() takes ${takes} positional argument${plural} but ${given}`);
}

/** Reads a **kwargs mapping (a dict) into a Kwargs record. */
export function kwargsFromDict(d: Ref, names: string[], values: Ref[], strName: (r: Ref) => string): void {
  for (let i = dictNextEntry(d, 0); i >= 0; i = dictNextEntry(d, i + 1)) {
    names.push(strName(dictEntryKey(d, i)));
    values.push(dictEntryValue(d, i));
  }
}
