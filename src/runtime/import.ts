// The import system: sys.modules, then modules written in TypeScript, then .py files and
// packages on sys.path (the script's folder first, pystm's own Python library last).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { heap } from '../../gc/heap.js';
import { Control, NULL, Ref } from '../../gc/layout.js';
import {
  dictDelete, dictEntryKey, dictEntryValue, dictGetStr, dictNextEntry, dictSet,
} from '../objects/dict.js';
import { Exc, newError, typeError } from '../objects/exception.js';
import { listItems, newList } from '../objects/list.js';
import { moduleDict, newModule } from '../objects/module.js';
import { typeOf } from '../objects/object.js';
import { NONE, T_STR, T_TUPLE } from '../objects/statics.js';
import { newStr, strValue } from '../objects/str.js';
import { tupleItems } from '../objects/tuple.js';
import { isSubtype } from '../objects/typeobject.js';
import { getAttr, getAttrOrNull, setAttr } from './attributes.js';
import { compileSource } from './compile.js';
import { PyRaise } from './errors.js';
import { intern } from './intern.js';
import { iterToArray } from './abstract.js';
import { N } from './names.js';
import { setItem } from './abstract.js';
import { execModuleCode } from './exec.js';

/** Modules written in TypeScript: name -> function that fills the new module. */
const nativeModules = new Map<string, (module: Ref) => void>();

export function registerNativeModule(name: string, init: (module: Ref) => void): void {
  nativeModules.set(name, init);
}

export const sysModules = (): Ref => heap.i32[Control.MODULES];

function importError(type: Ref, message: string, name: string): never {
  const e = newError(type, message);
  setAttr(e, N.name, newStr(name));
  throw new PyRaise(e);
}

/** __import__(name, globals, locals, fromlist, level). */
export function importModuleLevel(name: string, globals: Ref, fromlist: Ref, level: number): Ref {
  const absName = resolveName(name, globals, level);
  const mod = importAbsolute(absName);
  const names = fromlistNames(fromlist);
  if (names.length === 0) {
    if (level === 0) return dictGetStr(sysModules(), intern(absName.split('.')[0]));
    return mod;
  }
  if (dictGetStr(moduleDict(mod), N.__path__) !== NULL) {
    for (const n of names) {
      if (n === '*' || getAttrOrNull(mod, intern(n)) !== NULL) continue;
      try {
        importAbsolute(`${absName}.${n}`);
      } catch (e) {
        if (!(e instanceof PyRaise) || !isSubtype(typeOf(e.exc), Exc.ModuleNotFoundError)) throw e;
      }
    }
  }
  return mod;
}

function fromlistNames(fromlist: Ref): string[] {
  if (fromlist === NULL || fromlist === NONE) return [];
  const items = heap.i32[fromlist] === T_TUPLE ? tupleItems(fromlist) : iterToArray(fromlist);
  return items.map(strValue);
}

function resolveName(name: string, globals: Ref, level: number): string {
  if (level === 0) {
    if (name === '') throw new PyRaise(newError(Exc.ValueError, 'Empty module name'));
    return name;
  }
  const pkgRef = globals === NULL ? NULL : dictGetStr(globals, N.__package__);
  let pkg: string;
  if (pkgRef !== NULL && pkgRef !== NONE) {
    pkg = strValue(pkgRef);
  } else {
    const modName = globals === NULL ? NULL : dictGetStr(globals, N.__name__);
    const full = modName === NULL ? '' : strValue(modName);
    pkg = globals !== NULL && dictGetStr(globals, N.__path__) !== NULL ? full : full.slice(0, Math.max(0, full.lastIndexOf('.')));
  }
  if (pkg === '') importError(Exc.ImportError, 'attempted relative import with no known parent package', name);
  const parts = pkg.split('.');
  if (parts.length < level) importError(Exc.ImportError, 'attempted relative import beyond top-level package', name);
  const base = parts.slice(0, parts.length - level + 1).join('.');
  return name === '' ? base : `${base}.${name}`;
}

/** Imports a module by its full dotted name, importing its parents first. */
export function importAbsolute(absName: string): Ref {
  const key = intern(absName);
  const cached = dictGetStr(sysModules(), key);
  if (cached !== NULL) return cached;
  const dot = absName.lastIndexOf('.');
  let searchPath: string[];
  let parent = NULL;
  if (dot >= 0) {
    parent = importAbsolute(absName.slice(0, dot));
    const again = dictGetStr(sysModules(), key);
    if (again !== NULL) return again;
    const p = dictGetStr(moduleDict(parent), N.__path__);
    if (p === NULL) {
      importError(Exc.ModuleNotFoundError, `No module named '${absName}'; '${absName.slice(0, dot)}' is not a package`, absName);
    }
    searchPath = listItems(p).map(strValue);
  } else {
    if (nativeModules.has(absName)) return loadNative(absName);
    searchPath = sysPath();
  }
  const found = findSource(absName.slice(dot + 1), searchPath);
  if (found === null) importError(Exc.ModuleNotFoundError, `No module named '${absName}'`, absName);
  const mod = loadSource(absName, found.file, found.packageDir);
  if (parent !== NULL) setAttr(parent, intern(absName.slice(dot + 1)), mod);
  return mod;
}

function sysPath(): string[] {
  const sys = heap.i32[Control.SYS];
  const p = dictGetStr(moduleDict(sys), intern('path'));
  if (p === NULL) return [];
  return listItems(p).filter((r) => isSubtype(typeOf(r), T_STR)).map(strValue);
}

function findSource(name: string, dirs: string[]): { file: string; packageDir: string | null } | null {
  for (const dir of dirs) {
    const base = path.join(dir === '' ? '.' : dir, name);
    const init = path.join(base, '__init__.py');
    if (isFile(init)) return { file: init, packageDir: base };
    if (isFile(`${base}.py`)) return { file: `${base}.py`, packageDir: null };
  }
  return null;
}

function isFile(p: string): boolean {
  try { return fs.statSync(p).isFile(); } catch { return false; }
}

function loadNative(name: string): Ref {
  const mod = newModule(name);
  dictSet(sysModules(), intern(name), mod);
  nativeModules.get(name)!(mod);
  return mod;
}

function loadSource(name: string, file: string, packageDir: string | null): Ref {
  const source = fs.readFileSync(file, 'utf8');
  const code = compileSource(source, file, 'exec');
  const mod = newModule(name);
  const d = moduleDict(mod);
  dictSet(d, N.__file__, newStr(file));
  dictSet(d, N.__package__, newStr(packageDir !== null ? name : name.slice(0, Math.max(0, name.lastIndexOf('.')))));
  if (packageDir !== null) dictSet(d, N.__path__, newList([newStr(packageDir)]));
  const key = intern(name);
  dictSet(sysModules(), key, mod);
  try {
    execModuleCode(code, d);
  } catch (e) {
    dictDelete(sysModules(), key);
    throw e;
  }
  const final = dictGetStr(sysModules(), key);
  return final === NULL ? mod : final;
}

/** IMPORT_FROM: module.name, or the submodule module.name. */
export function importFromModule(module: Ref, name: Ref): Ref {
  const v = getAttrOrNull(module, name);
  if (v !== NULL) return v;
  const modName = getAttrOrNull(module, N.__name__);
  if (modName !== NULL && isSubtype(typeOf(modName), T_STR)) {
    const sub = dictGetStr(sysModules(), intern(`${strValue(modName)}.${strValue(name)}`));
    if (sub !== NULL) return sub;
    const file = getAttrOrNull(module, N.__file__);
    const where = file !== NULL && isSubtype(typeOf(file), T_STR) ? strValue(file) : 'unknown location';
    importError(Exc.ImportError, `cannot import name '${strValue(name)}' from '${strValue(modName)}' (${where})`, strValue(modName));
  }
  return importError(Exc.ImportError, `cannot import name '${strValue(name)}'`, '?');
}

/** from module import *: __all__ if present, else the public names. */
export function importStarInto(module: Ref, target: Ref): void {
  const all = getAttrOrNull(module, N.__all__);
  if (all !== NULL) {
    for (const n of iterToArray(all)) {
      if (!isSubtype(typeOf(n), T_STR)) typeError(`Item in ${'__all__'} must be str, not ${'int'}`);
      setItem(target, n, getAttr(module, intern(strValue(n))));
    }
    return;
  }
  const d = moduleDict(module);
  for (let i = dictNextEntry(d, 0); i >= 0; i = dictNextEntry(d, i + 1)) {
    const k = dictEntryKey(d, i);
    if (!strValue(k).startsWith('_')) setItem(target, k, dictEntryValue(d, i));
  }
}
