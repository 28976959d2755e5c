"""Run many small pieces of work in parallel, each one atomically (PyPy-STM's
`transaction` module, for pystm).

    import transaction

    tq = transaction.TransactionQueue()
    for item in items:
        tq.add(process, item)         # process(item) will run as one transaction
    tq.run()                          # returns when every added call has run

TransactionQueue.add(f, *args, **kwds)
    Queue the call f(*args, **kwds). It may be called before run(), or from inside
    a call that run() is running: calls added that way are run by the same run().

TransactionQueue.run(nb_segments=0)
    Run every queued call, each inside `with pypystm.atomic:`, on nb_segments
    threads (0, the default, means pypystm.getsegmentlimit()). Each call is one
    transaction: it sees no partial effect of any other call, and the others see
    none of its own until it is done, so the result is that of running the calls
    one after the other in some order. Which order, and on which thread each call
    runs, is not defined. run() returns when the queue is empty and no call is
    running. If a call raises an exception, the calls not yet started are dropped,
    the ones already running finish, and run() raises that exception (the first
    one, if several calls raised). The queue can be used again afterwards.

TransactionQueue.add_generator(generator)
    Queue a generator: each step (one next()) runs as its own transaction, and the
    generator is re-queued after each step until it is exhausted.

TransactionQueue.number_of_transactions_in_last_run()
    How many calls the last run() ran (each call, each generator step, counts one).

A call must not block waiting for another call (it holds its transaction open);
calls that need to be ordered should add their successor with add() instead.

Also here: `atomic`, `getsegmentlimit`, `hint_commit_soon` and `is_atomic` from pypystm.
"""

import threading
from collections import deque

import pypystm
from pypystm import atomic, getsegmentlimit, hint_commit_soon, is_atomic

__all__ = ['TransactionQueue', 'atomic', 'getsegmentlimit', 'hint_commit_soon', 'is_atomic']


class TransactionQueue:
    """A queue of calls that run() runs in parallel, each as one transaction."""

    def __init__(self):
        self._pending = deque()    # (f, args, kwds); append/popleft are atomic
        self._cond = threading.Condition(threading.Lock())
        self._running = 0          # calls in progress; under _cond
        self._error = None         # (exception,) of the first call that raised
        self._done = 0             # calls run by the current or last run(); under _cond

    def add(self, f, *args, **kwds):
        """Queue the call f(*args, **kwds)."""
        # A single append: safe inside a transaction and with no lock, which a
        # call running inside `atomic` must not wait for.
        self._pending.append((f, args, kwds))

    def add_generator(self, generator):
        """Queue a generator: each next() is one transaction, until exhausted."""
        self.add(self._step, generator)

    def _step(self, generator):
        try:
            next(generator)
        except StopIteration:
            return
        self.add(self._step, generator)

    def run(self, nb_segments=0):
        """Run every queued call (and those they add), each atomically, on
        nb_segments threads; re-raise the first exception that a call raised."""
        if nb_segments <= 0:
            nb_segments = getsegmentlimit()
        if not self._pending:
            self._done = 0
            return
        self._error = None
        self._running = 0
        self._done = 0
        workers = [threading.Thread(target=self._work, name="transaction-%d" % i,
                                    daemon=True)
                   for i in range(nb_segments)]
        for t in workers:
            t.start()
        for t in workers:
            t.join()
        error = self._error
        self._error = None
        if error is not None:
            try:
                raise error[0]
            finally:
                error = None

    def number_of_transactions_in_last_run(self):
        """How many calls the last run() ran."""
        return self._done

    def _work(self):
        cond = self._cond
        pending = self._pending
        while True:
            with cond:
                # Wait while there is nothing to take but running calls may add more.
                while not pending and self._running and self._error is None:
                    cond.wait()
                if self._error is not None or not pending:
                    cond.notify_all()   # the others leave too
                    return
                f, args, kwds = pending.popleft()
                self._running += 1
            try:
                with atomic:
                    f(*args, **kwds)
            except BaseException as exc:
                with cond:
                    if self._error is None:
                        self._error = (exc,)
                        pending.clear()
                    exc = None
            finally:
                with cond:
                    self._running -= 1
                    self._done += 1
                    if pending or not self._running or self._error is not None:
                        cond.notify_all()
