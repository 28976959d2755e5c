// The numbers of a report, computed from a parsed log: run time, commits and aborts, time in
// committed, aborted and blocked transactions (from the "span" records), causes and time
// lost (from the "abort" records), and the conflicts ranked by time lost.
//
// A conflict is an object (type and attribute, key or index) and the two source locations
// that met on it; A at line 10 against B at line 14 is the same conflict as B against A,
// so the pair is unordered, and `abortedAt` says on which side the aborts happened.

import { AbortRecord, objectText, SourceLoc, StmLog } from './log.js';

export interface ThreadSummary {
  thread: number; name: string;
  commits: number; aborts: number; commitMs: number; abortMs: number; blockMs: number;
}

export interface Conflict {
  object: string;
  /** The two locations, most-aborted side first; the second is null when the log does not know it. */
  sides: [SourceLoc | null, SourceLoc | null];
  count: number;
  lostMs: number;
  /** Aborts counted at each location ("file:line" -> count). */
  abortedAt: Map<string, number>;
}

export interface LineCost { loc: SourceLoc; count: number; lostMs: number; }

export interface Summary {
  mode: string | null;
  argv: string[];
  runMs: number;
  commits: number;
  aborts: number;
  commitMs: number;
  abortMs: number;
  blockMs: number;
  /** Sum of lost_ms over the abort records. */
  lostMs: number;
  /** Abort records by cause. */
  causes: Map<string, { count: number; lostMs: number }>;
  threads: ThreadSummary[];
  conflicts: Conflict[];
  /** Time lost by the line where transactions aborted, largest first. */
  lines: LineCost[];
  abortRecords: number;
  skipped: number;
}

export function runTime(log: StmLog): number {
  const start = log.run?.t ?? 0;
  if (log.end !== null) return log.end.t - start;
  const last = Math.max(0, ...log.spans.map((s) => s.t1), ...log.aborts.map((a) => a.t));
  return last - start;
}

function threadSummaries(log: StmLog): ThreadSummary[] {
  const byId = new Map<number, ThreadSummary>();
  const unnamed = (id: number): string => `thread ${id}`;
  const get = (id: number, name?: string) => {
    let t = byId.get(id);
    if (t === undefined) byId.set(id, (t = { thread: id, name: name ?? unnamed(id), commits: 0, aborts: 0, commitMs: 0, abortMs: 0, blockMs: 0 }));
    // A thread's first records may come before its name is known to the VM.
    else if (name !== undefined && t.name === unnamed(id)) t.name = name;
    return t;
  };
  for (const s of log.spans) {
    const t = get(s.thread, s.tname);
    t.commits += s.commits;
    t.aborts += s.aborts;
    t.commitMs += s.commit_ms;
    t.abortMs += s.abort_ms;
    t.blockMs += s.block_ms;
  }
  // Without spans the abort records still give each thread's aborts.
  if (log.spans.length === 0) for (const a of log.aborts) { const t = get(a.thread, a.tname); t.aborts++; t.abortMs += a.lost_ms; }
  return [...byId.values()].sort((a, b) => a.thread - b.thread);
}

const locKey = (l: SourceLoc | null) => (l === null ? '?' : `${l.file}:${l.line}`);

function conflicts(aborts: AbortRecord[]): Conflict[] {
  const groups = new Map<string, Conflict>();
  for (const a of aborts) {
    if (a.cause !== 'conflict') continue;
    const object = objectText(a.obj);
    const pair = [locKey(a.here), locKey(a.other)].sort();
    const key = `${object}\u0000${pair[0]}\u0000${pair[1]}`;
    let c = groups.get(key);
    if (c === undefined) groups.set(key, (c = { object, sides: [a.here, a.other], count: 0, lostMs: 0, abortedAt: new Map() }));
    if (c.sides[1] === null && a.other !== null) c.sides = [a.here, a.other];
    c.count++;
    c.lostMs += a.lost_ms;
    const at = locKey(a.here);
    c.abortedAt.set(at, (c.abortedAt.get(at) ?? 0) + 1);
  }
  for (const c of groups.values()) {
    // Most-aborted side first.
    const [x, y] = c.sides;
    if ((c.abortedAt.get(locKey(y)) ?? 0) > (c.abortedAt.get(locKey(x)) ?? 0)) c.sides = [y, x];
  }
  return [...groups.values()].sort((a, b) => b.lostMs - a.lostMs || b.count - a.count);
}

function lineCosts(aborts: AbortRecord[]): LineCost[] {
  const byLine = new Map<string, LineCost>();
  for (const a of aborts) {
    if (a.cause !== 'conflict' || a.here === null) continue;
    const k = locKey(a.here);
    let l = byLine.get(k);
    if (l === undefined) byLine.set(k, (l = { loc: a.here, count: 0, lostMs: 0 }));
    l.count++;
    l.lostMs += a.lost_ms;
  }
  return [...byLine.values()].sort((a, b) => b.lostMs - a.lostMs || b.count - a.count);
}

export function summarize(log: StmLog): Summary {
  const threads = threadSummaries(log);
  const sum = (f: (t: ThreadSummary) => number) => threads.reduce((s, t) => s + f(t), 0);
  const causes = new Map<string, { count: number; lostMs: number }>();
  for (const a of log.aborts) {
    const c = causes.get(a.cause) ?? { count: 0, lostMs: 0 };
    c.count++;
    c.lostMs += a.lost_ms;
    causes.set(a.cause, c);
  }
  return {
    mode: log.run?.mode ?? null,
    argv: log.run?.argv ?? [],
    runMs: runTime(log),
    commits: sum((t) => t.commits),
    aborts: log.spans.length > 0 ? sum((t) => t.aborts) : log.aborts.length,
    commitMs: sum((t) => t.commitMs),
    abortMs: sum((t) => t.abortMs),
    blockMs: sum((t) => t.blockMs),
    lostMs: log.aborts.reduce((s, a) => s + a.lost_ms, 0),
    causes,
    threads,
    conflicts: conflicts(log.aborts),
    lines: lineCosts(log.aborts),
    abortRecords: log.aborts.length,
    skipped: log.skipped,
  };
}

