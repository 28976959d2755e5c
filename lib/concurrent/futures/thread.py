"""ThreadPoolExecutor (written for pystm from the documentation).

Work items go through one SimpleQueue per executor to its worker threads. A worker
that has finished an item counts itself idle (a semaphore), and submit() reuses an
idle worker before it starts a new thread, up to max_workers. A None in the queue
tells a worker to leave once the executor is shut down; it puts the None back for
the next worker. At interpreter exit (threading._shutdown) every pool is told to
stop, and the queued work is still done first.
"""

import os
import queue
import threading
import itertools
from concurrent.futures import _base

__all__ = ['ThreadPoolExecutor', 'BrokenThreadPool']

_threads_queues = {}    # worker Thread -> its executor's work queue
_shutdown = False
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


threading._register_atexit(_python_exit)


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker's initializer failed: the pool cannot be used any more."""


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None   # no cycle through the exception's traceback
        else:
            self.future.set_result(result)

    def __class_getitem__(cls, item):
        return cls


def _worker(executor, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base._log_exception('Exception in initializer:')
            executor._initializer_failed()
            _threads_queues.pop(threading.current_thread(), None)
            return
    try:
        while True:
            item = work_queue.get(block=True)
            if item is not None:
                item.run()
                del item
                executor._idle_semaphore.release()
                continue
            if _shutdown or executor._shutdown:
                executor._shutdown = True
                work_queue.put(None)   # for the next worker
                return
    except BaseException:
        _base._log_exception('Exception in worker')
    finally:
        _threads_queues.pop(threading.current_thread(), None)


class ThreadPoolExecutor(_base.Executor):
    """An executor that runs calls on a pool of at most max_workers threads."""

    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None,
                 initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            future = _base.Future()
            self._work_queue.put(_WorkItem(future, fn, args, kwargs))
            self._adjust_thread_count()
            return future
    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        if self._idle_semaphore.acquire(timeout=0):
            return   # an idle worker will take it
        count = len(self._threads)
        if count < self._max_workers:
            name = '%s_%d' % (self._thread_name_prefix or self, count)
            t = threading.Thread(name=name, target=_worker,
                                 args=(self, self._work_queue, self._initializer,
                                       self._initargs))
            t.start()
            self._threads.add(t)
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            while True:
                try:
                    item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if item is not None:
                    item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if item is not None:
                        item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
