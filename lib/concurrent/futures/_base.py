"""Future, Executor, wait and as_completed (written for pystm from the documentation)."""

import sys
import threading
import time
from collections import namedtuple

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# The states of a Future.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'                    # cancelled; waiters not told yet
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)
_STATE_NAMES = {PENDING: 'pending', RUNNING: 'running', CANCELLED: 'cancelled',
                CANCELLED_AND_NOTIFIED: 'cancelled', FINISHED: 'finished'}


class Error(Exception):
    """Base class of this module's exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError   # the built-in one, as in Python 3.11


class InvalidStateError(Error):
    """The Future is not in a state that allows the operation."""


class BrokenExecutor(RuntimeError):
    """An executor can no longer be used (e.g. a worker's initializer failed)."""


def _log_exception(message):
    """Print message and the exception being handled to stderr (pystm has no
    logging module; this is what logging's last-resort handler prints)."""
    stderr = sys.stderr
    if stderr is None:
        return
    import traceback
    print(message, file=stderr)
    traceback.print_exc(file=stderr)


# --- waiters: how wait() and as_completed() hear of finished futures -----------

class _Waiter:
    def __init__(self):
        self.event = threading.Event()
        self.finished_futures = []

    def add_result(self, future):
        self.finished_futures.append(future)

    def add_exception(self, future):
        self.finished_futures.append(future)

    def add_cancelled(self, future):
        self.finished_futures.append(future)


class _AsCompletedWaiter(_Waiter):
    def __init__(self):
        super().__init__()
        self.lock = threading.Lock()

    def add_result(self, future):
        with self.lock:
            super().add_result(future)
            self.event.set()

    def add_exception(self, future):
        with self.lock:
            super().add_exception(future)
            self.event.set()

    def add_cancelled(self, future):
        with self.lock:
            super().add_cancelled(future)
            self.event.set()


class _FirstCompletedWaiter(_Waiter):
    def add_result(self, future):
        super().add_result(future)
        self.event.set()

    def add_exception(self, future):
        super().add_exception(future)
        self.event.set()

    def add_cancelled(self, future):
        super().add_cancelled(future)
        self.event.set()


class _AllCompletedWaiter(_Waiter):
    def __init__(self, pending, stop_on_exception):
        super().__init__()
        self.pending = pending
        self.stop_on_exception = stop_on_exception
        self.lock = threading.Lock()

    def _one_less(self):
        with self.lock:
            self.pending -= 1
            if not self.pending:
                self.event.set()

    def add_result(self, future):
        super().add_result(future)
        self._one_less()

    def add_exception(self, future):
        super().add_exception(future)
        if self.stop_on_exception:
            self.event.set()
        else:
            self._one_less()

    def add_cancelled(self, future):
        super().add_cancelled(future)
        self._one_less()


class _AllConditions:
    """Holds the condition of every future given (in a fixed order, so that two
    callers cannot deadlock each other)."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for f in self.futures:
            f._condition.acquire()

    def __exit__(self, *args):
        for f in self.futures:
            f._condition.release()


def _install_waiter(fs, return_when):
    if return_when == _AS_COMPLETED:
        waiter = _AsCompletedWaiter()
    elif return_when == FIRST_COMPLETED:
        waiter = _FirstCompletedWaiter()
    else:
        pending = sum(1 for f in fs if f._state not in (CANCELLED_AND_NOTIFIED, FINISHED))
        if return_when == FIRST_EXCEPTION:
            waiter = _AllCompletedWaiter(pending, stop_on_exception=True)
        elif return_when == ALL_COMPLETED:
            waiter = _AllCompletedWaiter(pending, stop_on_exception=False)
        else:
            raise ValueError("Invalid return condition: %r" % return_when)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _uninstall_waiter(fs, waiter):
    for f in fs:
        with f._condition:
            try:
                f._waiters.remove(waiter)
            except ValueError:
                pass


def as_completed(fs, timeout=None):
    """An iterator over the futures fs that yields each as it completes (finished
    or cancelled); raises TimeoutError if some are still not done after timeout
    seconds from the call."""
    if timeout is not None:
        deadline = time.monotonic() + timeout
    fs = set(fs)
    total = len(fs)
    with _AllConditions(fs):
        finished = [f for f in fs if f._state in (CANCELLED_AND_NOTIFIED, FINISHED)]
        pending = fs - set(finished)
        waiter = _install_waiter(fs, _AS_COMPLETED)
    try:
        for f in finished:
            yield f
        while pending:
            if timeout is None:
                remaining = None
            else:
                remaining = deadline - time.monotonic()
                if remaining < 0:
                    raise TimeoutError('%d (of %d) futures unfinished'
                                       % (len(pending), total))
            waiter.event.wait(remaining)
            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            for f in finished:   # in the order they finished
                if f in pending:
                    pending.remove(f)
                    yield f
    finally:
        _uninstall_waiter(fs, waiter)


DoneAndNotDoneFutures = namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures fs: until the first completes (FIRST_COMPLETED), one
    raises or all complete (FIRST_EXCEPTION), or all complete (ALL_COMPLETED), or
    timeout seconds pass. Returns the named tuple (done, not_done) of sets."""
    fs = set(fs)
    with _AllConditions(fs):
        done = set(f for f in fs if f._state in (CANCELLED_AND_NOTIFIED, FINISHED))
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and done:
            if any(not f.cancelled() and f.exception() is not None for f in done):
                return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _install_waiter(fs, return_when)
    waiter.event.wait(timeout)
    _uninstall_waiter(fs, waiter)
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


class Future:
    """The result of a call that runs asynchronously."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def __class_getitem__(cls, item):
        return cls

    def __repr__(self):
        with self._condition:
            state = _STATE_NAMES[self._state]
            where = '<%s at %#x state=%s' % (self.__class__.__name__, id(self), state)
            if self._state == FINISHED:
                if self._exception is not None:
                    return '%s raised %s>' % (where, self._exception.__class__.__name__)
                return '%s returned %s>' % (where, self._result.__class__.__name__)
            return where + '>'

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                _log_exception('exception calling callback for %r' % (self,))

    def cancel(self):
        """Cancel the call if it has not started; True if it is (now) cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        return self._state == RUNNING

    def done(self):
        return self._state in _DONE_STATES

    def _get_result(self):
        if self._exception is not None:
            try:
                raise self._exception
            finally:
                self = None    # no cycle through the traceback
        return self._result

    def add_done_callback(self, fn):
        """Call fn(future) when the future is done (now, if it already is)."""
        with self._condition:
            if self._state not in _DONE_STATES:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            _log_exception('exception calling callback for %r' % (self,))

    def result(self, timeout=None):
        """The call's return value, waiting at most timeout seconds (then
        TimeoutError); re-raises the call's exception; CancelledError if cancelled."""
        try:
            with self._condition:
                if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                    raise CancelledError()
                if self._state == FINISHED:
                    return self._get_result()
                self._condition.wait(timeout)
                if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                    raise CancelledError()
                if self._state == FINISHED:
                    return self._get_result()
                raise TimeoutError()
        finally:
            self = None

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting as result()."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            raise TimeoutError()

    # For executors (and tests).

    def set_running_or_notify_cancel(self):
        """Called by an executor before it runs the call: False if the future was
        cancelled (waiters are then told), True after marking it running."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            if sys.stderr is not None:
                print('Future %s in unexpected state: %s' % (id(self), self._state),
                      file=sys.stderr)
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()


def _result_or_cancel(future, timeout=None):
    try:
        try:
            return future.result(timeout)
        finally:
            future.cancel()
    finally:
        del future


class Executor:
    """The base class of executors."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs); returns its Future."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), with the calls made concurrently: the results
        come in the order of the arguments. All calls are submitted at once; a
        result not there timeout seconds after this call raises TimeoutError."""
        if timeout is not None:
            deadline = timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), deadline - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Free the executor's resources once the pending calls are done."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
