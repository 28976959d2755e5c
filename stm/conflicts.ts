// The conflict log (`--stm-log FILE`): one JSON object per line, written by every worker to
// one file descriptor opened by the main thread. Records: "run" (first line), "abort" (every
// aborted transaction, with both sides of a conflict where known), "span" (each thread's
// time in committed, aborted and blocked transactions, in slices of about 10 ms, for
// timelines) and "end". The format is documented in the README.
//
// To name the other side of a conflict, every commit that writes records its thread, its
// Python location and the first words it wrote in a ring shared by all workers; an aborting
// thread looks there for the commit that changed the word it had read.

import * as fs from 'node:fs';

export interface Location { file: string; line: number; func: string; }
export interface ConflictHooks {
  /** Where the running thread is in Python: a code object and a line. */
  here(): { code: number; line: number };
  /** The file, line and function of a code object at a line. */
  describeLocation(code: number, line: number): Location;
  /** The Python object a heap word belongs to, for the log: {type, attr|key|index}. */
  describeWord(obj: number, offset: number): object | null;
  /** The running thread's ident and name. */
  threadInfo(): { ident: number; name: string };
}

const RING = 256;
const ENTRY = 16;
const ADDRS = ENTRY - 5;

let fd = -1;
let ring: Int32Array | null = null;
let t0 = 0;
let hooks: ConflictHooks | null = null;

/** Shared state a worker needs to write the log: the file descriptor, the ring and the
 *  program's start time (performance.timeOrigin-based epoch milliseconds). */
export interface LogShare { fd: number; ring: SharedArrayBuffer; start: number; }

export function createLogShare(file: string): LogShare {
  return { fd: fs.openSync(file, 'w'), ring: new SharedArrayBuffer(RING * ENTRY * 4), start: Date.now() };
}

export function attachLog(share: LogShare | null): void {
  if (share === null) return;
  fd = share.fd;
  ring = new Int32Array(share.ring);
  t0 = share.start;
}

export function setConflictHooks(h: ConflictHooks): void {
  hooks = h;
}

export const logging = (): boolean => fd >= 0;

/** Milliseconds since the program started, as the log counts time. */
export const logTime = (): number => Date.now() - t0 + (performance.now() % 1);

export function writeRecord(record: object): void {
  if (fd < 0) return;
  const line = `${JSON.stringify(record)}\n`;
  fs.writeSync(fd, line);
}

/** Called by a committing transaction with its sequence number and written addresses. */
export function recordCommit(seq: number, addrs: Int32Array, count: number): void {
  if (ring === null || hooks === null) return;
  const e = ((seq >>> 1) % RING) * ENTRY;
  const where = hooks.here();
  ring[e + 1] = hooks.threadInfo().ident;
  ring[e + 2] = where.code;
  ring[e + 3] = where.line;
  const n = Math.min(count, ADDRS);
  ring[e + 4] = n;
  for (let i = 0; i < n; i++) ring[e + 5 + i] = addrs[i];
  Atomics.store(ring, e, seq);
}

/** The most recent commit after `since` that wrote `addr`, as log fields, or null. */
function findWriter(addr: number, since: number): object | null {
  if (ring === null || hooks === null) return null;
  let best: object | null = null;
  let bestSeq = since;
  for (let e = 0; e < RING * ENTRY; e += ENTRY) {
    const seq = Atomics.load(ring, e);
    if (seq <= bestSeq) continue;
    const n = ring[e + 4];
    for (let i = 0; i < n; i++) {
      if (ring[e + 5 + i] !== addr) continue;
      bestSeq = seq;
      best = { thread: ring[e + 1], ...hooks.describeLocation(ring[e + 2], ring[e + 3]) };
      break;
    }
  }
  return best;
}

export function logAbort(cause: string, lostMs: number, obj: number, offset: number, snapshot: number): void {
  if (fd < 0 || hooks === null) return;
  const me = hooks.threadInfo();
  const where = hooks.here();
  writeRecord({
    ev: 'abort', t: round(logTime()), thread: me.ident, tname: me.name, cause, lost_ms: round(lostMs),
    obj: obj === 0 && offset === 0 ? null : hooks.describeWord(obj, offset),
    here: hooks.describeLocation(where.code, where.line),
    other: obj === 0 && offset === 0 ? null : findWriter(obj + offset, snapshot),
  });
}

// ---- spans: per-thread summaries for timelines ----
const SPAN_MS = 10;
const span = { start: -1, commits: 0, aborts: 0, commitMs: 0, abortMs: 0, blockMs: 0 };

export function noteSpan(kind: 'commit' | 'abort' | 'block', ms: number): void {
  if (fd < 0) return;
  const now = logTime();
  if (span.start < 0) span.start = now - ms;
  if (kind === 'commit') { span.commits++; span.commitMs += ms; }
  else if (kind === 'abort') { span.aborts++; span.abortMs += ms; }
  else span.blockMs += ms;
  if (now - span.start >= SPAN_MS) flushSpan(now);
}

export function flushSpan(now = logTime()): void {
  if (fd < 0 || hooks === null || span.start < 0) return;
  const me = hooks.threadInfo();
  writeRecord({
    ev: 'span', thread: me.ident, tname: me.name, t0: round(span.start), t1: round(now), commits: span.commits,
    aborts: span.aborts, commit_ms: round(span.commitMs), abort_ms: round(span.abortMs), block_ms: round(span.blockMs),
  });
  span.start = -1;
  span.commits = span.aborts = span.commitMs = span.abortMs = span.blockMs = 0;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
