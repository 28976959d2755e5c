// The `pystm` command: CPython's command-line habits (script, -c, -m, -h, --version, exit
// statuses, tracebacks on stderr) plus pystm's own options.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { heap } from '../../gc/heap.js';
import { setVerifyHeap } from '../../gc/verify.js';
import { Control, NULL, Ref } from '../../gc/layout.js';
import '../runtime/modules.js';
import { createWorld } from '../runtime/boot.js';
import { compileSource } from '../runtime/compile.js';
import { execModuleCode } from '../runtime/exec.js';
import { PyRaise } from '../runtime/errors.js';
import { flushAll, writeStream } from '../runtime/output.js';
import { formatException, rememberSource } from '../runtime/traceback.js';
import { intern } from '../runtime/intern.js';
import { dictGetStr, dictSet } from '../objects/dict.js';
import { Exc, excArgs } from '../objects/exception.js';
import { intValue } from '../objects/int.js';
import { listAppend, listItems, newList } from '../objects/list.js';
import { moduleDict, newModule } from '../objects/module.js';
import { typeOf } from '../objects/object.js';
import { NONE, T_INT } from '../objects/statics.js';
import { newStr } from '../objects/str.js';
import { tupleItem, tupleLength } from '../objects/tuple.js';
import { isSubtype } from '../objects/typeobject.js';
import { str } from '../runtime/abstract.js';
import { importAbsolute } from '../runtime/import.js';
import { disassembleFile } from './dis.js';
import { parseSize } from './size.js';

const USAGE = 'usage: pystm [option] ... [-c cmd | -m mod | file | -] [arg] ...';
const HELP = `${USAGE}
Runs a Python 3.11 program with its threads in parallel as software transactions.

Options (CPython's):
-c cmd         program passed in as string (terminates option list)
-m mod         run library module as a script (terminates option list)
-h, --help     print this help message and exit
-V, --version  print the version number and exit
-u, -B, -E, -s, -S, -I, -O
               accepted for compatibility; no effect
-X opt, -W arg accepted for compatibility; no effect
file           program read from script file
-              program read from stdin
arg ...        arguments passed to program in sys.argv[1:]

Options of pystm:
--dis          print the bytecode of the program instead of running it
--max-heap SIZE
               largest size of the shared heap, e.g. 512M or 4G (default 4G)
--verify-heap  check every reference in the heap after each garbage collection (tests)
`;

export const VERSION = 'pystm 0.1.0 (Python 3.11.7)';

interface Options { mode: 'file' | 'code' | 'module' | 'stdin'; target: string; args: string[]; dis: boolean; maxHeap?: number; }

class UsageError extends Error {}

function parseArgs(argv: string[]): Options | number {
  let dis = false;
  let maxHeap: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-c' || a === '-m') {
      if (i + 1 >= argv.length) throw new UsageError(`Argument expected for the ${a} option`);
      return { mode: a === '-c' ? 'code' : 'module', target: argv[i + 1], args: argv.slice(i + 2), dis, maxHeap };
    }
    if (a.startsWith('-c') && a.length > 2) return { mode: 'code', target: a.slice(2), args: argv.slice(i + 1), dis, maxHeap };
    if (a === '-h' || a === '--help' || a === '-?') { writeStream(1, HELP); return 0; }
    if (a === '-V' || a === '--version') { writeStream(1, `${VERSION}\n`); return 0; }
    if (a === '--dis') { dis = true; continue; }
    if (a === '--verify-heap') { setVerifyHeap(true); continue; }
    if (a === '--max-heap' || a.startsWith('--max-heap=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new UsageError('Argument expected for the --max-heap option');
      maxHeap = parseSize(v);
      continue;
    }
    if (['-u', '-B', '-E', '-s', '-S', '-I', '-O', '-OO', '-b', '-q', '-d', '-v'].includes(a)) continue;
    if (a === '-X' || a === '-W') { i++; continue; }
    if (a === '-') return { mode: 'stdin', target: '<stdin>', args: argv.slice(i + 1), dis, maxHeap };
    if (a.startsWith('-') && a.length > 1) throw new UsageError(`unknown option ${a}`);
    return { mode: 'file', target: a, args: argv.slice(i + 1), dis, maxHeap };
  }
  return { mode: 'stdin', target: '<stdin>', args: [], dis, maxHeap };
}

/** Runs the command line; returns the exit status. */
export function main(argv: string[]): number {
  let opts: Options | number;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    writeStream(2, `${e.message}\n${USAGE}\nTry \`pystm -h' for more information.\n`);
    return 2;
  }
  if (typeof opts === 'number') return opts;
  createWorld({ maxHeapBytes: opts.maxHeap });
  try {
    return runProgram(opts);
  } catch (e) {
    if (e instanceof PyRaise) return reportUncaught(e.exc);
    throw e;
  } finally {
    flushAll();
  }
}

function runProgram(opts: Options): number {
  const sysDict = moduleDict(heap.i32[Control.SYS]);
  const argv = newList([]);
  const sysPath = dictGetStr(sysDict, intern('path'));
  let filename: string;
  let source: string;
  if (opts.mode === 'file') {
    filename = path.resolve(opts.target);
    try {
      source = fs.readFileSync(filename, 'utf8');
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      const reason = err.code === 'ENOENT' ? '[Errno 2] No such file or directory' : err.code === 'EISDIR' ? '[Errno 21] Is a directory' : String(err.message);
      writeStream(2, `pystm: can't open file '${filename}': ${reason}\n`);
      return 2;
    }
    listAppend(argv, newStr(opts.target));
    listAppend(sysPath, newStr(path.dirname(filename)));
  } else if (opts.mode === 'code') {
    filename = '<string>';
    source = opts.target;
    listAppend(argv, newStr('-c'));
    listAppend(sysPath, newStr(''));
  } else if (opts.mode === 'module') {
    listAppend(argv, newStr(opts.target));
    listAppend(sysPath, newStr(process.cwd()));
    addLibraryPath(sysPath);
    for (const a of opts.args) listAppend(argv, newStr(a));
    dictSet(sysDict, intern('argv'), argv);
    return runModule(opts.target);
  } else {
    filename = '<stdin>';
    source = fs.readFileSync(0, 'utf8');
    listAppend(argv, newStr(''));
    listAppend(sysPath, newStr(''));
  }
  addLibraryPath(sysPath);
  for (const a of opts.args) listAppend(argv, newStr(a));
  dictSet(sysDict, intern('argv'), argv);
  rememberSource(filename, source);
  if (opts.dis) {
    writeStream(1, disassembleFile(source, filename));
    return 0;
  }
  const code = compileSource(source, filename, 'exec');
  const main = newModule('__main__');
  const d = moduleDict(main);
  if (opts.mode === 'file') dictSet(d, intern('__file__'), newStr(filename));
  dictSet(heap.i32[Control.MODULES], intern('__main__'), main);
  execModuleCode(code, d);
  return 0;
}

/** pystm's own Python library, searched after everything else. */
function addLibraryPath(sysPath: Ref): void {
  const lib = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../lib');
  if (fs.existsSync(lib)) listAppend(sysPath, newStr(lib));
}

function runModule(name: string): number {
  importAbsoluteAsMain(name);
  return 0;
}

/** -m: imports the module's parents, then runs the module itself as __main__. */
function importAbsoluteAsMain(name: string): void {
  const dot = name.lastIndexOf('.');
  if (dot >= 0) importAbsolute(name.slice(0, dot));
  const found = findModuleFile(name);
  if (found === null) {
    writeStream(2, `pystm: No module named ${name}\n`);
    throw new ExitStatus(1);
  }
  const source = fs.readFileSync(found, 'utf8');
  const code = compileSource(source, found, 'exec');
  const main = newModule('__main__');
  const d = moduleDict(main);
  dictSet(d, intern('__file__'), newStr(found));
  dictSet(heap.i32[Control.MODULES], intern('__main__'), main);
  execModuleCode(code, d);
}

class ExitStatus extends Error { constructor(readonly status: number) { super(`exit ${status}`); } }

function findModuleFile(name: string): string | null {
  const sysPath = dictGetStr(moduleDict(heap.i32[Control.SYS]), intern('path'));
  const parts = name.split('.');
  for (const dirRef of iterList(sysPath)) {
    const base = path.join(dirRef === '' ? '.' : dirRef, ...parts);
    if (fs.existsSync(`${base}.py`)) return path.resolve(`${base}.py`);
    if (fs.existsSync(path.join(base, '__main__.py'))) return path.resolve(path.join(base, '__main__.py'));
  }
  return null;
}

function iterList(list: Ref): string[] {
  return listItems(list).map((r) => str(r));
}

/** SystemExit gives the status; anything else prints a traceback and gives 1. */
function reportUncaught(exc: Ref): number {
  if (isSubtype(typeOf(exc), Exc.SystemExit)) return exitStatus(exc);
  flushAll();
  writeStream(2, formatException(exc));
  return 1;
}

function exitStatus(exc: Ref): number {
  const args = excArgs(exc);
  const code = args === NULL || tupleLength(args) === 0 ? NONE : tupleLength(args) === 1 ? tupleItem(args, 0) : args;
  if (code === NONE) return 0;
  if (isSubtype(typeOf(code), T_INT)) return Number(BigInt.asUintN(8, BigInt(intValue(code))));
  flushAll();
  writeStream(2, `${str(code)}\n`);
  return 1;
}

export function runMain(): void {
  let status: number;
  try {
    status = main(process.argv.slice(2));
  } catch (e) {
    flushAll();
    if (e instanceof ExitStatus) status = e.status;
    else {
      process.stderr.write(`pystm: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
      status = 70;
    }
  }
  process.exitCode = status;
}
