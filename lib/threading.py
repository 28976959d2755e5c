"""Thread-based parallelism, for pystm: the `threading` API of CPython 3.11.

Written for pystm from the documentation of the `threading` module. It is built on
the native `_thread` module only: the only calls that block are the `acquire` of a
lock and `time.sleep`. Condition variables give each waiter a lock of its own, which
the notifier releases; Event, Semaphore, Barrier and `Thread.join` are built on those.

Under pystm each Python thread runs in parallel with the others as a sequence of
transactions; every bytecode (and so every single `list.append`, `dict[k] = v`,
`deque.popleft`) is atomic, as under CPython's GIL, and this module relies on that
wherever CPython's own does.
"""

import sys as _sys
import _thread
from time import monotonic as _time
from collections import deque as _deque

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'get_native_id', 'getprofile', 'gettrace']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size

Lock = _allocate_lock
_CRLock = _thread.RLock


def _deprecated(old, new):
    import warnings
    warnings.warn('%s() is deprecated, use %s() instead' % (old, new),
                  DeprecationWarning, stacklevel=3)


# --- tracing and profiling: accepted, never called (pystm has no trace hooks) ---

_trace_hook = None
_profile_hook = None


def settrace(func):
    """Accepted for compatibility; pystm never calls the function."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def setprofile(func):
    """Accepted for compatibility; pystm never calls the function."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


# --- locks -----------------------------------------------------------------

def RLock(*args, **kwargs):
    """A re-entrant lock: the thread that holds it may acquire it again; it is free
    when that thread has released it as many times as it acquired it."""
    return _CRLock(*args, **kwargs)


class Condition:
    """A condition variable over a lock (a new RLock by default)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # Locks that know how to save and restore their state (RLock) are used
        # through those methods; for others the generic versions below apply.
        for name in ('_release_save', '_acquire_restore', '_is_owned'):
            method = getattr(lock, name, None)
            if method is not None:
                setattr(self, name, method)
        self._waiters = _deque()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock cannot tell who holds it: held by someone counts as owned.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, block until notified or until the timeout (seconds)
        has passed, take the lock again. Returns False on timeout, else True."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        notified = False
        try:
            if timeout is None:
                waiter.acquire()
                notified = True
            elif timeout > 0:
                notified = waiter.acquire(True, timeout)
            else:
                notified = waiter.acquire(False)
            return notified
        finally:
            self._acquire_restore(saved)
            if not notified:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true or the timeout has passed; returns the
        last value of predicate()."""
        deadline = None
        remaining = timeout
        result = predicate()
        while not result:
            if remaining is not None:
                if deadline is None:
                    deadline = _time() + remaining
                else:
                    remaining = deadline - _time()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up at most n threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters[0]
            try:
                waiter.release()
            except RuntimeError:
                pass  # its waiter already gave up (timed out): not counted
            else:
                n -= 1
            try:
                waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        """Wake up every thread waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        _deprecated('notifyAll', 'notify_all')
        self.notify_all()


class Semaphore:
    """A counter: acquire() takes one (blocking while it is zero), release() gives."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %#x: value=%d>" % (cls.__module__, cls.__qualname__, id(self),
                                            self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        taken = False
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if deadline is None:
                        deadline = _time() + timeout
                    else:
                        timeout = deadline - _time()
                    if timeout <= 0:
                        break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                taken = True
        return taken

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore whose value may never go above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %#x: value=%d/%d>" % (cls.__module__, cls.__qualname__, id(self),
                                               self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    """A flag that threads can wait for until another sets it."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %#x: %s>" % (cls.__module__, cls.__qualname__, id(self),
                                       "set" if self._flag else "unset")

    def is_set(self):
        return self._flag

    def isSet(self):
        _deprecated('isSet', 'is_set')
        return self.is_set()

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the flag is true or the timeout has passed; returns the flag."""
        with self._cond:
            flag = self._flag
            if not flag:
                flag = self._cond.wait(timeout)
            return flag


class BrokenBarrierError(RuntimeError):
    pass


_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    """A fixed number of threads wait() until all of them have arrived, then all
    go on together; the barrier can be used again for the next round."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return "<%s.%s at %#x: broken>" % (cls.__module__, cls.__qualname__, id(self))
        return "<%s.%s at %#x: waiters=%d/%d>" % (
            cls.__module__, cls.__qualname__, id(self), self.n_waiting, self.parties)

    def wait(self, timeout=None):
        """Wait for the other parties; returns this thread's arrival index
        (0 .. parties-1). Raises BrokenBarrierError if the barrier breaks."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            while self._state in (_DRAINING, _RESETTING):
                self._cond.wait()
            if self._state < 0:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    # The last to arrive runs the action and lets everyone go.
                    try:
                        if self._action:
                            self._action()
                        self._state = _DRAINING
                        self._cond.notify_all()
                    except BaseException:
                        self._break()
                        raise
                else:
                    if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
                        self._break()
                        raise BrokenBarrierError
                    if self._state < 0:
                        raise BrokenBarrierError
                return index
            finally:
                self._count -= 1
                if self._count == 0 and self._state in (_RESETTING, _DRAINING):
                    self._state = _FILLING
                    self._cond.notify_all()

    def reset(self):
        """Back to the empty state; threads waiting now get BrokenBarrierError."""
        with self._cond:
            if self._count > 0:
                if self._state == _FILLING or self._state == _BROKEN:
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Put the barrier in the broken state."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == _BROKEN


# --- the registry of threads -------------------------------------------------

_counter_value = 0


def _newname(template="Thread-%d"):
    global _counter_value
    _counter_value += 1  # under _active_limbo_lock or by one thread at a time
    return template % _counter_value


_active_limbo_lock = Lock()    # never taken twice by one thread
_active = {}    # ident -> Thread, for running threads
_limbo = {}     # Thread -> Thread, started but not yet running
_local_cleanups = {}   # ident -> list of threading.local per-thread maps to clean
_shutting_down = False
_threading_atexits = []


class ExceptHookArgs(tuple):
    """The argument of threading.excepthook: exc_type, exc_value, exc_traceback
    and thread, made from one sequence of those four values."""

    n_fields = n_sequence_fields = 4
    n_unnamed_fields = 0

    def __new__(cls, sequence):
        values = tuple(sequence)
        if len(values) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)"
                            % len(values))
        return tuple.__new__(cls, values)

    exc_type = property(lambda self: self[0], doc="Exception type")
    exc_value = property(lambda self: self[1], doc="Exception value")
    exc_traceback = property(lambda self: self[2], doc="Exception traceback")
    thread = property(lambda self: self[3], doc="Thread")

    def __repr__(self):
        return "_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)" % self

    def __reduce__(self):
        return (type(self), (tuple(self),))


def _print_exception(exc_type, exc_value, exc_tb, file):
    import traceback
    traceback.print_exception(exc_type, exc_value, exc_tb, file=file)


def excepthook(args, /):
    """Handle an exception that escaped Thread.run(): print the thread's name and
    the traceback to stderr; SystemExit is ignored silently."""
    if isinstance(args.exc_type, type) and issubclass(args.exc_type, SystemExit):
        return
    stderr = _sys.stderr
    if stderr is None and args.thread is not None:
        stderr = args.thread._stderr
    if stderr is None:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    print("Exception in thread %s:" % name, file=stderr, flush=True)
    _print_exception(args.exc_type, args.exc_value, args.exc_traceback, stderr)
    stderr.flush()


__excepthook__ = excepthook


def _invoke_excepthook(thread):
    hook = excepthook
    exc_type, exc_value, exc_tb = _sys.exc_info()
    try:
        if hook is None:
            hook = __excepthook__
        hook(ExceptHookArgs((exc_type, exc_value, exc_tb, thread)))
    except Exception as exc:
        exc.__suppress_context__ = True
        stderr = _sys.stderr if _sys.stderr is not None else thread._stderr
        if stderr is not None:
            print("Exception in threading.excepthook:", file=stderr, flush=True)
            _print_exception(type(exc), exc, exc.__traceback__, stderr)
    finally:
        exc_type = exc_value = exc_tb = None


class Thread:
    """A thread of control: give a target callable, or override run()."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None,
                 *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            with _active_limbo_lock:
                name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._is_stopped = False
        self._done_lock = None
        self._initialized = True
        self._stderr = _sys.stderr

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread's activity; at most once per Thread object."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        done = _allocate_lock()
        done.acquire()      # released by the thread itself when it has finished
        self._done_lock = done
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            self._done_lock = None
            raise
        self._started.wait()

    def run(self):
        """What the thread does: by default, call the target with args and kwargs."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # No references to the arguments stay behind once the thread is done.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        self._bootstrap_inner()

    def _bootstrap_inner(self):
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            self._started.set()
            try:
                self.run()
            except:
                _invoke_excepthook(self)
        finally:
            self._finish()

    def _finish(self):
        ident = self._ident
        for maps in _local_cleanups.pop(ident, ()):
            maps.pop(ident, None)
        with _active_limbo_lock:
            if _active.get(ident) is self:
                del _active[ident]
            self._is_stopped = True
        self._done_lock.release()

    def join(self, timeout=None):
        """Wait until the thread ends, or until timeout seconds have passed; check
        is_alive() afterwards to know which."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._is_stopped:
            return
        done = self._done_lock
        if timeout is None:
            got = done.acquire()
        elif timeout > 0:
            got = done.acquire(True, timeout)
        else:
            got = done.acquire(False)
        if got:
            done.release()   # leave it free for every other joiner

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        """True from just before run() starts until just after it ends."""
        assert self._initialized, "Thread.__init__() not called"
        return self._started.is_set() and not self._is_stopped

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        _deprecated('isDaemon', 'daemon attribute')
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated('setDaemon', 'daemon attribute')
        self.daemon = daemonic

    def getName(self):
        _deprecated('getName', 'name attribute')
        return self.name

    def setName(self, name):
        _deprecated('setName', 'name attribute')
        self.name = name


class Timer(Thread):
    """Call a function after a number of seconds, unless cancel() comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """A thread not started by this module (by _thread.start_new_thread), as
    current_thread() sees it: always alive, daemonic, cannot be joined."""

    def __init__(self):
        with _active_limbo_lock:
            name = _newname("Dummy-%d")
        Thread.__init__(self, name=name, daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    @property
    def daemon(self):
        return True

    @daemon.setter
    def daemon(self, daemonic):
        raise RuntimeError("cannot set daemon status of active thread")

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise AssertionError("cannot join a dummy thread")


def current_thread():
    """The Thread object of the calling thread (a dummy one for threads that this
    module did not start)."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    _deprecated('currentThread', 'current_thread')
    return current_thread()


def active_count():
    """The number of Thread objects currently alive."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    _deprecated('activeCount', 'active_count')
    return active_count()


def enumerate():
    """A list of all Thread objects currently alive."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def main_thread():
    """The main thread's Thread object."""
    return _main_thread


def _register_atexit(func, *args, **kwargs):
    """Call func(*args, **kwargs) in _shutdown(), before the non-daemon threads are
    joined (used by concurrent.futures to stop its idle workers)."""
    if _shutting_down:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append((func, args, kwargs))


def _shutdown():
    """Called by the VM when the main module has finished: wait for every
    non-daemon thread to end."""
    global _shutting_down
    if _main_thread._is_stopped:
        return      # already done
    _shutting_down = True
    for func, args, kwargs in reversed(_threading_atexits):
        func(*args, **kwargs)
    _main_thread._is_stopped = True
    me = current_thread()
    while True:
        with _active_limbo_lock:
            pending = [t for t in list(_active.values()) + list(_limbo.values())
                       if not t._daemonic and t is not me and t is not _main_thread
                       and not isinstance(t, _DummyThread)]
        if not pending:
            break
        for t in pending:
            t.join()


# --- thread-local data ---------------------------------------------------------

def _find_class_attr(cls, name):
    for klass in cls.__mro__:
        namespace = klass.__dict__
        if name in namespace:
            return namespace[name]
    return _missing


_missing = object()


def _is_data_descriptor(attr):
    t = type(attr)
    return hasattr(t, '__set__') or hasattr(t, '__delete__')


class _LocalState:
    __slots__ = ('maps', 'args', 'kwargs')

    def __init__(self, args, kwargs):
        self.maps = {}          # thread ident -> that thread's attribute dict
        self.args = args
        self.kwargs = kwargs


def _local_dict(self):
    """The calling thread's attribute dict of local object self, made on first use
    (and then the class's __init__ runs again, with the constructor's arguments)."""
    state = object.__getattribute__(self, '_local__state')
    key = get_ident()
    d = state.maps.get(key)
    if d is None:
        d = {}
        state.maps[key] = d
        if key != _main_ident:
            _local_cleanups.setdefault(key, []).append(state.maps)
        init = type(self).__init__
        if init is not object.__init__:
            init(self, *state.args, **state.kwargs)
    return d


class local:
    """Thread-local data: each thread sees its own set of attributes of the same
    object. A subclass's __init__ runs again in each thread that first uses the
    object, with the arguments given when it was created."""

    def __new__(cls, /, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        state = _LocalState(args, kwargs)
        object.__setattr__(self, '_local__state', state)
        key = get_ident()
        state.maps[key] = {}     # the creating thread: __init__ runs as usual
        if key != _main_ident:
            _local_cleanups.setdefault(key, []).append(state.maps)
        return self

    def __getattribute__(self, name):
        d = _local_dict(self)
        if name == '__dict__':
            return d
        if name in d and not _is_data_descriptor(_find_class_attr(type(self), name)):
            return d[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only" % type(self).__name__)
        d = _local_dict(self)
        attr = _find_class_attr(type(self), name)
        if attr is not _missing and hasattr(type(attr), '__set__'):
            type(attr).__set__(attr, self, value)
        else:
            d[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only" % type(self).__name__)
        d = _local_dict(self)
        attr = _find_class_attr(type(self), name)
        if attr is not _missing and hasattr(type(attr), '__delete__'):
            type(attr).__delete__(attr, self)
        elif name in d:
            del d[name]
        else:
            raise AttributeError("%r object has no attribute %r"
                                 % (type(self).__name__, name))


_main_thread = _MainThread()
_main_ident = _main_thread._ident
