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
import { leaveCollections } from '../../gc/stop.js';
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
import { formatStats } from './stats.js';
import { BUILD, setForcedAbortRate } from '../../stm/barrier.js';
import { attachLog, createLogShare, flushSpan, logging, logTime, writeRecord } from '../../stm/conflicts.js';
import { attachStats, createStatsBuffer } from '../../stm/stats.js';
import { callObject } from '../runtime/call.js';
import { installConflictHooks } from '../threads/conflict_hooks.js';
import { setWorkerConfig } from '../threads/scheduler.js';

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
--mode stm|gil run threads as transactions (stm, the default) or under a global lock
--stats        print transaction (or GIL) statistics to stderr at exit
--stm-log FILE write one JSON line per aborted transaction (see the README)
--stm-abort-rate P
               testing: abort each transaction at commit with probability P
--verify-heap  check every reference in the heap after each garbage collection (tests)
`;

export const VERSION = 'pystm 0.1.0 (Python 3.11.7)';

interface VmOptions { dis: boolean; maxHeap?: number; stats: boolean; stmLog?: string; abortRate: number; }
interface Options extends VmOptions { mode: 'file' | 'code' | 'module' | 'stdin'; target: string; args: string[]; }

class UsageError extends Error {}

/** The value of option `name` at argv[i] (`--name=v` or `--name v`); advances i. */
function optionValue(argv: string[], at: { i: number }, name: string): string {
  const a = argv[at.i];
  const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++at.i];
  if (v === undefined) throw new UsageError(`Argument expected for the ${name} option`);
  return v;
}

const isOption = (a: string, name: string): boolean => a === name || a.startsWith(`${name}=`);

function parseArgs(argv: string[]): Options | number {
  const vm: VmOptions = { dis: false, stats: false, abortRate: 0 };
  const at = { i: 0 };
  for (; at.i < argv.length; at.i++) {
    const i = at.i;
    const a = argv[i];
    if (a === '-c' || a === '-m') {
      if (i + 1 >= argv.length) throw new UsageError(`Argument expected for the ${a} option`);
      return { ...vm, mode: a === '-c' ? 'code' : 'module', target: argv[i + 1], args: argv.slice(i + 2) };
    }
    if (a.startsWith('-c') && a.length > 2) return { ...vm, mode: 'code', target: a.slice(2), args: argv.slice(i + 1) };
    if (a === '-h' || a === '--help' || a === '-?') { writeStream(1, HELP); return 0; }
    if (a === '-V' || a === '--version') { writeStream(1, `${VERSION}\n`); return 0; }
    if (a === '--dis') { vm.dis = true; continue; }
    if (a === '--stats') { vm.stats = true; continue; }
    if (a === '--verify-heap') { setVerifyHeap(true); continue; }
    if (isOption(a, '--max-heap')) { vm.maxHeap = parseSize(optionValue(argv, at, '--max-heap')); continue; }
    if (isOption(a, '--stm-log')) { vm.stmLog = optionValue(argv, at, '--stm-log'); continue; }
    if (isOption(a, '--stm-abort-rate')) {
      const p = Number(optionValue(argv, at, '--stm-abort-rate'));
      if (!(p >= 0 && p < 1)) throw new UsageError('--stm-abort-rate takes a probability in [0, 1)');
      vm.abortRate = p;
      continue;
    }
    if (isOption(a, '--mode')) {
      const m = optionValue(argv, at, '--mode');
      if (m !== 'stm' && m !== 'gil') throw new UsageError(`--mode must be stm or gil, not ${m}`);
      // bin/pystm.js has already chosen the build of this mode.
      continue;
    }
    if (['-u', '-B', '-E', '-s', '-S', '-I', '-O', '-OO', '-b', '-q', '-d', '-v'].includes(a)) continue;
    if (a === '-X' || a === '-W') { at.i++; continue; }
    if (a === '-') return { ...vm, mode: 'stdin', target: '<stdin>', args: argv.slice(i + 1) };
    if (a.startsWith('-') && a.length > 1) throw new UsageError(`unknown option ${a}`);
    return { ...vm, mode: 'file', target: a, args: argv.slice(i + 1) };
  }
  return { ...vm, mode: 'stdin', target: '<stdin>', args: [] };
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
  const start = performance.now();
  prepareThreads(opts);
  let status: number;
  try {
    status = runProgram(opts);
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    status = reportUncaught(e.exc);
  }
  try {
    waitForThreads();
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    status = reportUncaught(e.exc);
  } finally {
    flushAll();
    finishLog();
  }
  if (opts.stats) writeStream(2, formatStats(performance.now() - start));
  flushAll();
  // Daemon threads may go on collecting until the process ends, without this thread.
  leaveCollections();
  return status;
}

/** What the workers need: the heap, the statistics rows, the log, the worker script. */
function prepareThreads(opts: VmOptions): void {
  const statsBuffer = createStatsBuffer();
  attachStats(statsBuffer, 0);
  const log = opts.stmLog === undefined ? null : createLogShare(opts.stmLog);
  attachLog(log);
  if (log !== null) writeRecord({ ev: 'run', t: 0, mode: BUILD, argv: process.argv.slice(2), pid: process.pid });
  setForcedAbortRate(opts.abortRate);
  installConflictHooks();
  setWorkerConfig({
    heap: heap.buffer, stats: statsBuffer, log, abortRate: opts.abortRate,
    script: new URL('../threads/worker.js', import.meta.url).href,
  });
}

/** As CPython at exit: threading._shutdown() waits for every non-daemon thread. */
function waitForThreads(): void {
  const threading = dictGetStr(heap.i32[Control.MODULES], intern('threading'));
  if (threading === NULL) return;
  const shutdown = dictGetStr(moduleDict(threading), intern('_shutdown'));
  if (shutdown !== NULL) callObject(shutdown, [], null);
}

function finishLog(): void {
  if (!logging()) return;
  flushSpan();
  writeRecord({ ev: 'end', t: logTime() });
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
