// Counters of transactions, waits and the GIL, kept per worker in one shared Float64Array so
// that the main thread can sum every worker's row at exit for `--stats`. Each worker writes
// only its own row, so plain (non-atomic) writes are enough.

export const Stat = Object.freeze({
  COMMITS: 0,
  ABORTS: 1,
  ABORTS_CONFLICT: 2,
  ABORTS_FORCED: 3,
  ABORTS_OTHER: 4,
  COMMITTED_MS: 5,
  ABORTED_MS: 6,
  BLOCKED_MS: 7,
  INEVITABLE: 8,
  SERIAL: 9,
  BYTECODES: 10,
  GIL_HANDOVERS: 11,
  GIL_WAIT_MS: 12,
  PARKED: 13,
});
export const STAT_COUNT = 16;
/** Rows: the main thread is row 0, worker n is row n. */
export const MAX_STAT_ROWS = 1024;

export function createStatsBuffer(): SharedArrayBuffer {
  return new SharedArrayBuffer(MAX_STAT_ROWS * STAT_COUNT * 8);
}

/** This worker's row. */
export let stats: Float64Array = new Float64Array(STAT_COUNT);
let all: Float64Array | null = null;

export function attachStats(buffer: SharedArrayBuffer, row: number): void {
  all = new Float64Array(buffer);
  stats = all.subarray(row * STAT_COUNT, (row + 1) * STAT_COUNT);
}

/** Every worker's counters added up. */
export function totalStats(): Float64Array {
  const sum = new Float64Array(STAT_COUNT);
  if (all === null) {
    sum.set(stats);
    return sum;
  }
  for (let i = 0; i < all.length; i++) sum[i % STAT_COUNT] += all[i];
  return sum;
}

/** Counts bytecodes run by committed transactions (for the average length). */
export function countBytecodes(n: number): void {
  stats[Stat.BYTECODES] += n;
}
