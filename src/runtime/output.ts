// The process's standard streams as seen from Python: writes of a program's only thread are
// buffered and flushed in order at every flush, before reading input, before writing to the other stream,
// and at exit, so that nothing printed is lost and stdout and stderr interleave as written.

import * as fs from 'node:fs';
import { isMainThread } from 'node:worker_threads';
import { heap } from '../../gc/heap.js';
import { Control } from '../../gc/layout.js';

const FLUSH_AT = 1 << 16;
const pending: string[][] = [[], [], []];
const pendingSize = [0, 0, 0];

export function writeStream(fd: 1 | 2, text: string): void {
  const other = fd === 1 ? 2 : 1;
  if (pendingSize[other] > 0) flushStream(other);
  pending[fd].push(text);
  pendingSize[fd] += text.length;
  if (fd === 2 || pendingSize[fd] >= FLUSH_AT || !alone()) flushStream(fd);
}

/** With other threads running, every write goes out at once, so that output from all
 *  threads appears in the order it was written. */
const alone = (): boolean => isMainThread && Atomics.load(heap.i32, Control.THREADS_ALIVE) <= 1;

export function flushStream(fd: 1 | 2): void {
  if (pendingSize[fd] === 0) return;
  const text = pending[fd].join('');
  pending[fd] = [];
  pendingSize[fd] = 0;
  writeAll(fd, Buffer.from(text, 'utf8'));
}

function writeAll(fd: number, data: Buffer): void {
  let off = 0;
  while (off < data.length) {
    try {
      off += fs.writeSync(fd, data, off, data.length - off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((e as NodeJS.ErrnoException).code === 'EPIPE') return;
      throw e;
    }
  }
}

export function flushAll(): void {
  flushStream(1);
  flushStream(2);
}
