// Reading the block that `pystm --stats` prints to stderr at exit:
//
//   --- pystm stats (stm, 3 threads) ---
//   run time                  1.234 s
//   transactions aborted      12 (0.10%)
//   ...
//
// Every line after the header is a name, two or more spaces, and a value whose first
// number is taken (with the percentage in parentheses, when there is one).

export interface StatsBlock {
  mode: string;
  threads: number;
  /** name -> first number of the value (seconds for times, counts otherwise). */
  values: Record<string, number>;
  /** name -> the percentage in parentheses, where the line has one. */
  percents: Record<string, number>;
}

const HEADER = /^--- pystm stats \(([^,)]+)(?:,\s*(\d+) threads?)?\) ---$/;
const LINE = /^\s*(\S.*?)\s{2,}(-?[\d.]+(?:e[-+]?\d+)?)\b[^(]*(?:\((-?[\d.]+)%\))?/;

/** The last stats block in `stderr`, or null if there is none. */
export function parseStatsBlock(stderr: string): StatsBlock | null {
  const lines = stderr.split('\n');
  let start = -1;
  for (let i = lines.length - 1; i >= 0; i--) if (HEADER.test(lines[i].trim())) { start = i; break; }
  if (start < 0) return null;
  const h = HEADER.exec(lines[start].trim())!;
  const block: StatsBlock = { mode: h[1], threads: h[2] ? Number(h[2]) : 1, values: {}, percents: {} };
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '' || line.startsWith('---')) break;
    const m = LINE.exec(line);
    if (m === null) break;
    block.values[m[1]] = Number(m[2]);
    if (m[3] !== undefined) block.percents[m[1]] = Number(m[3]);
  }
  return block;
}

/** The share of transactions that aborted, as a fraction, if the block says. */
export function abortRate(block: StatsBlock | null): number | undefined {
  if (block === null) return undefined;
  const pct = block.percents['transactions aborted'];
  if (pct !== undefined) return pct / 100;
  const aborted = block.values['transactions aborted'];
  const committed = block.values['transactions committed'];
  if (aborted === undefined || committed === undefined || aborted + committed === 0) return undefined;
  return aborted / (aborted + committed);
}
