// A worker thread: joins the heap and runs Python threads from the start queue until the
// process ends (workers never keep it alive).

import { workerData } from 'node:worker_threads';
import '../runtime/modules.js';
import { setForcedAbortRate } from '../../stm/barrier.js';
import { attachLog } from '../../stm/conflicts.js';
import { attachStats } from '../../stm/stats.js';
import { joinWorld } from '../runtime/boot.js';
import { installConflictHooks } from './conflict_hooks.js';
import { setWorkerConfig, workerLoop, WorkerConfig } from './scheduler.js';
import { writeStream } from '../runtime/output.js';

const config = workerData as WorkerConfig & { row: number };
joinWorld(config.heap);
attachStats(config.stats, config.row);
attachLog(config.log);
setForcedAbortRate(config.abortRate);
setWorkerConfig(config);
installConflictHooks();
try {
  workerLoop();
} catch (e) {
  writeStream(2, `pystm: internal error in a thread: ${e instanceof Error ? e.stack : String(e)}\n`);
  // The program cannot go on without this thread (others may wait for it): end the process
  // (a worker's process.exit() would end only the worker; SIGKILL leaves no core file and
  // cannot be caught, and the message above is already written).
  process.kill(process.pid, 'SIGKILL');
}
