// An exception that escapes a thread started with _thread.start_new_thread is printed as
// CPython's sys.unraisablehook prints it; the program goes on (threading.Thread catches its
// own and calls threading.excepthook).

import { Ref } from '../../gc/layout.js';
import { repr } from '../runtime/abstract.js';
import { flushAll, writeStream } from '../runtime/output.js';
import { formatException } from '../runtime/traceback.js';

export function reportThreadException(func: Ref, exc: Ref): void {
  flushAll();
  writeStream(2, `Exception ignored in thread started by: ${repr(func)}\n${formatException(exc)}`);
}
