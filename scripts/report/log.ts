// Reading a `--stm-log` file: one JSON object per line, with "ev" naming the record:
//   run    {t, mode, argv, pid}                         once, first
//   abort  {t, thread, tname, cause, lost_ms, obj, here, other}
//   span   {thread, tname, t0, t1, commits, aborts, commit_ms, abort_ms, block_ms}
//   end    {t}                                           once, last
// Times are ms since the program started. Lines that are not such records are counted and
// skipped, so that a log cut short by a crash still gives a report.

export interface SourceLoc { file: string; line: number; func?: string; }
export interface OtherSide extends SourceLoc { thread?: number; tname?: string; }

/** What a conflict was on: an attribute of an instance, a dict key, a list index, or a whole object. */
export interface ConflictObject { type: string; attr?: string; key?: string; index?: number; }

export interface RunRecord { ev: 'run'; t: number; mode?: string; argv?: string[]; pid?: number; cwd?: string; }
export interface AbortRecord {
  ev: 'abort'; t: number; thread: number; tname?: string; cause: string; lost_ms: number;
  obj: ConflictObject | null; here: SourceLoc | null; other: OtherSide | null;
}
export interface SpanRecord {
  ev: 'span'; thread: number; tname?: string; t0: number; t1: number;
  commits: number; aborts: number; commit_ms: number; abort_ms: number; block_ms: number;
}
export interface EndRecord { ev: 'end'; t: number; }

export interface StmLog {
  run: RunRecord | null;
  end: EndRecord | null;
  aborts: AbortRecord[];
  spans: SpanRecord[];
  /** Lines that were not valid records (bad JSON, unknown "ev", missing fields). */
  skipped: number;
}

const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function loc(v: unknown): SourceLoc | null {
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  return typeof o.file === 'string' && num(o.line) ? (o as unknown as SourceLoc) : null;
}

/** Parses the text of a log; never throws on bad lines. */
export function parseLog(text: string): StmLog {
  const log: StmLog = { run: null, end: null, aborts: [], spans: [], skipped: 0 };
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let rec: Record<string, unknown>;
    try {
      rec = JSON.parse(line) as Record<string, unknown>;
    } catch {
      log.skipped++;
      continue;
    }
    if (!add(log, rec)) log.skipped++;
  }
  return log;
}

function add(log: StmLog, r: Record<string, unknown>): boolean {
  switch (r.ev) {
    case 'run':
      if (!num(r.t)) return false;
      log.run = r as unknown as RunRecord;
      return true;
    case 'end':
      if (!num(r.t)) return false;
      log.end = r as unknown as EndRecord;
      return true;
    case 'abort': {
      if (!num(r.t) || !num(r.thread)) return false;
      const obj = typeof r.obj === 'object' && r.obj !== null && typeof (r.obj as ConflictObject).type === 'string' ? (r.obj as ConflictObject) : null;
      log.aborts.push({
        ev: 'abort', t: r.t, thread: r.thread, tname: typeof r.tname === 'string' ? r.tname : undefined,
        cause: typeof r.cause === 'string' ? r.cause : 'other', lost_ms: num(r.lost_ms) ? r.lost_ms : 0,
        obj, here: loc(r.here), other: loc(r.other) as OtherSide | null,
      });
      return true;
    }
    case 'span': {
      if (!num(r.thread) || !num(r.t0) || !num(r.t1)) return false;
      const n = (k: string) => (num(r[k]) ? (r[k] as number) : 0);
      log.spans.push({
        ev: 'span', thread: r.thread, tname: typeof r.tname === 'string' ? r.tname : undefined, t0: r.t0, t1: r.t1,
        commits: n('commits'), aborts: n('aborts'), commit_ms: n('commit_ms'), abort_ms: n('abort_ms'), block_ms: n('block_ms'),
      });
      return true;
    }
    default:
      return false;
  }
}

/** How a conflict object is written in reports: Counter.value, dict['k'], list[3], Node. */
export function objectText(o: ConflictObject | null): string {
  if (o === null) return 'unknown object';
  if (o.attr !== undefined) return `${o.type}.${o.attr}`;
  if (o.key !== undefined) return `${o.type}[${o.key}]`;
  if (o.index !== undefined) return `${o.type}[${o.index}]`;
  return o.type;
}

export function locText(l: SourceLoc | null): string {
  return l === null ? 'unknown location' : `${l.file}:${l.line}`;
}
