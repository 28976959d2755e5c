// Source lines for the report, read from the files the log names. A relative name is looked
// up in the program's working directory when the log records it, then beside the log, then
// in the current directory (and in --src DIR first, when given). Unreadable files give ''.

import * as fs from 'node:fs';
import * as path from 'node:path';

export class SourceLines {
  private readonly files = new Map<string, string[] | null>();
  constructor(private readonly dirs: string[]) {}

  /** The stripped text of line `line` (1-based) of `file`, or '' when it cannot be read. */
  line(file: string, line: number): string {
    const lines = this.read(file);
    return lines !== null && line >= 1 && line <= lines.length ? lines[line - 1].trim() : '';
  }

  private read(file: string): string[] | null {
    if (!this.files.has(file)) {
      const candidates = path.isAbsolute(file) ? [file] : this.dirs.map((d) => path.resolve(d, file));
      const found = candidates.find((f) => { try { return fs.statSync(f).isFile(); } catch { return false; } });
      this.files.set(file, found === undefined ? null : fs.readFileSync(found, 'utf8').split(/\r?\n/));
    }
    return this.files.get(file)!;
  }
}
