// Shared runner for the Python-level test suites (corpus, errors, shared conformance).
//
// runPython() runs pystm (`node bin/pystm.js FILE ARGS...`) on one program and
// collects stdout, stderr and the exit status.  Setting the environment variable
// PYSTM_CMD replaces `node bin/pystm.js` by another command (split on spaces),
// e.g. PYSTM_CMD=/root/.pyenv/versions/3.11.7/bin/python3 checks a corpus
// against CPython itself.  PYSTM_REPO_ROOT overrides the repository root that
// is otherwise computed from this file's location (build/test/run_python.js).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT: string =
  process.env.PYSTM_REPO_ROOT ?? resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Per-process limit; a test waiting for a queued run may need up to 2x this. */
export const RUN_TIMEOUT_MS = 30_000;

export interface RunResult {
  stdout: string;
  stderr: string;
  /** Exit status; -1 when killed by a signal or the time limit. */
  status: number;
  timedOut: boolean;
}

export interface RunOptions {
  cwd: string;
  /** pystm's own options, before the program (e.g. --mode gil). */
  vmArgs?: string[];
  args?: string[];
  stdin?: Buffer | string;
  /** Extra environment variables (e.g. PYSTM_GC_STRESS). */
  env?: Record<string, string>;
}

function command(): string[] {
  const override = process.env.PYSTM_CMD;
  if (override && override.trim() !== '') return override.trim().split(/\s+/);
  return [process.execPath, join(REPO_ROOT, 'bin', 'pystm.js')];
}

/** Runs one program (path relative to opts.cwd, or absolute). */
export function runPython(file: string, opts: RunOptions): Promise<RunResult> {
  const [cmd, ...pre] = command();
  return new Promise((resolvePromise) => {
    const child = spawn(cmd!, [...pre, ...(opts.vmArgs ?? []), file, ...(opts.args ?? [])], {
      cwd: opts.cwd,
      env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', PYTHONIOENCODING: 'utf-8', ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, RUN_TIMEOUT_MS);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.stdin.on('error', () => { /* the program may exit without reading */ });
    child.on('error', (e) => err.push(Buffer.from(`spawn error: ${e.message}\n`)));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        status: code ?? -1,
        timedOut,
      });
    });
    child.stdin.end(opts.stdin ?? '');
  });
}

/** A small pool: run(key) starts at most `concurrency` jobs at a time, in call order. */
export class Pool<T> {
  private running = 0;
  private queue: Array<() => void> = [];
  private results = new Map<string, Promise<T>>();
  constructor(private readonly concurrency: number) {}

  run(key: string, job: () => Promise<T>): Promise<T> {
    let p = this.results.get(key);
    if (p) return p;
    p = new Promise<T>((res, rej) => {
      const start = () => {
        this.running++;
        job().then(res, rej).finally(() => {
          this.running--;
          const next = this.queue.shift();
          if (next) next();
        });
      };
      if (this.running < this.concurrency) start();
      else this.queue.push(start);
    });
    this.results.set(key, p);
    return p;
  }
}

/** Reads a known-failing list: one file name per line; blank lines and '#' comments ignored. */
export function readKnownFailing(listFile: string): Set<string> {
  if (!existsSync(listFile)) return new Set();
  return new Set(
    readFileSync(listFile, 'utf8')
      .split('\n')
      .map((l) => l.replace(/#.*/, '').trim())
      .filter((l) => l !== ''),
  );
}

/** The *.py files of a folder (sorted) that have a `.expected` file, or all of them. */
export function listPrograms(dir: string, requireExpected: boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.py') && (!requireExpected || existsSync(join(dir, f + '.expected'))))
    .sort();
}

export function readIfExists(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** Arguments from NAME.py.args (one per line, trailing newline ignored). */
export function readArgs(file: string): string[] {
  const text = readIfExists(file);
  if (text === undefined) return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** CPython prints the absolute script path in tracebacks; expected files hold `<DIR>` instead. */
export function normalizeDir(text: string, dir: string): string {
  return text.split(resolve(dir) + '/').join('<DIR>/');
}

const JS_FRAME = /^\s+at .*(\.[cm]?js|\.ts|node:[\w/]+):\d+(:\d+)?\)?\s*$/m;

/** Throws when stderr looks like a JavaScript crash (a JS stack trace) rather than Python output. */
export function assertNoJsCrash(stderr: string): void {
  const m = JS_FRAME.exec(stderr);
  if (m) throw new Error(`VM crash: JavaScript stack frame in stderr: ${m[0].trim()}\n--- stderr ---\n${stderr}`);
}

/**
 * Known-failing logic shared by the suites: `check` throws on a mismatch.  A listed
 * program that fails is marked pending; a listed program that passes fails the test,
 * asking for its removal from the list (so lists only shrink).
 */
export async function checkWithKnownFailing(
  ctx: Mocha.Context,
  name: string,
  knownFailing: Set<string>,
  listName: string,
  check: () => Promise<void> | void,
): Promise<void> {
  if (!knownFailing.has(name)) {
    await check();
    return;
  }
  let passed = false;
  try {
    await check();
    passed = true;
  } catch {
    ctx.skip();
  }
  if (passed) throw new Error(`${name} passes now: remove it from ${listName}`);
}
