# concurrent.futures: ThreadPoolExecutor map (order, timeout, exceptions), submit,
# as_completed, wait with each return_when, cancel, shutdown, initializer, Future.
import threading
import time
import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor, Future


def square(x):
    return x * x


def slow_square(x):
    time.sleep(0.001 * (x % 5))
    return x * x


def divide(a, b):
    return a / b


print("exports:", cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print("TimeoutError is builtin:", cf.TimeoutError is TimeoutError)
print("CancelledError:", issubclass(cf.CancelledError, Exception), cf.CancelledError.__name__)
print("BrokenExecutor:", issubclass(cf.BrokenExecutor, RuntimeError))

with ThreadPoolExecutor(max_workers=4) as ex:
    print("map order:", list(ex.map(slow_square, range(12))))
    print("map two iterables:", list(ex.map(pow, [2, 3, 4], [5, 6, 7, 8])))
    print("map chunksize:", sum(ex.map(square, range(100), chunksize=7)))
    it = ex.map(divide, [1, 2, 3], [1, 0, 1])
    print("first:", next(it))
    try:
        next(it)
    except ZeroDivisionError as e:
        print("map raises:", type(e).__name__)
    fs = [ex.submit(slow_square, i) for i in range(20)]
    print("as_completed:", sorted(f.result() for f in cf.as_completed(fs)))
    print("as_completed done ones:", sorted(f.result() for f in cf.as_completed(fs, timeout=5)))
    f = ex.submit(divide, 1, 0)
    print("exception:", type(f.exception()).__name__, f.done(), f.cancelled(), f.running())
    try:
        f.result()
    except ZeroDivisionError:
        print("result re-raises ZeroDivisionError")
    g = ex.submit(divide, a=6, b=3)
    print("kwargs:", g.result(timeout=5))

# Cancelling: one worker, held busy by an Event.
gate = threading.Event()
ex = ThreadPoolExecutor(max_workers=1, thread_name_prefix="single")
blocker = ex.submit(gate.wait, 5)
queued = [ex.submit(square, i) for i in range(3)]
time.sleep(0.02)
print("running:", blocker.running(), "blocker cancel:", blocker.cancel())
print("cancel queued:", queued[1].cancel(), queued[1].cancelled(), queued[1].done())
try:
    queued[1].result()
except cf.CancelledError:
    print("cancelled result: CancelledError")
try:
    queued[0].result(timeout=0.02)
except cf.TimeoutError:
    print("result timeout: TimeoutError")
try:
    queued[0].exception(timeout=0.01)
except TimeoutError:
    print("exception timeout: TimeoutError")
done, not_done = cf.wait(queued, timeout=0.02)
print("wait timeout:", len(done), len(not_done))
done, not_done = cf.wait([queued[1], queued[0]], timeout=0.02, return_when=cf.FIRST_COMPLETED)
print("cancelled but not yet notified is not done for wait:", len(done), len(not_done))
try:
    for f in cf.as_completed([queued[0], queued[2]], timeout=0.02):
        print("unexpected", f)
except TimeoutError as e:
    print("as_completed timeout:", e)
gate.set()
print("results:", blocker.result(), queued[0].result(), queued[2].result())
done, not_done = cf.wait(queued, return_when=cf.FIRST_COMPLETED)
print("after the worker saw the cancel:", len(done), len(not_done))
ex.shutdown()
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("after shutdown:", e)

# wait with FIRST_EXCEPTION and FIRST_COMPLETED.
with ThreadPoolExecutor(3) as ex:
    hold = threading.Event()
    bad = ex.submit(divide, 1, 0)
    waiting = ex.submit(hold.wait, 5)
    done, not_done = cf.wait([bad, waiting], return_when=cf.FIRST_EXCEPTION)
    print("first exception:", bad in done, waiting in not_done)
    quick = ex.submit(square, 7)
    done, not_done = cf.wait([quick, waiting], return_when=cf.FIRST_COMPLETED)
    print("first completed:", quick in done, waiting in not_done)
    hold.set()
    done, not_done = cf.wait([bad, waiting, quick])
    print("all completed:", len(done), len(not_done))

# shutdown(cancel_futures=True) and wait=False.
gate = threading.Event()
ex = ThreadPoolExecutor(1)
first = ex.submit(gate.wait, 5)
rest = [ex.submit(square, i) for i in range(5)]
time.sleep(0.02)
ex.shutdown(wait=False, cancel_futures=True)
gate.set()
ex.shutdown(wait=True)
print("cancel_futures:", first.result(), [f.cancelled() for f in rest])

# initializer, names, default max_workers.
names = set()
init_calls = []


def init(tag):
    init_calls.append(tag)


def whoami(_):
    names.add(threading.current_thread().name)
    time.sleep(0.002)


with ThreadPoolExecutor(max_workers=3, thread_name_prefix="pool", initializer=init,
                        initargs=("x",)) as ex:
    list(ex.map(whoami, range(30)))
print("names:", sorted(names) == sorted("pool_%d" % i for i in range(len(names))),
      "inits:", len(init_calls) == len(names), init_calls[:1])
import os
print("default max_workers:", ThreadPoolExecutor()._max_workers == min(32, (os.cpu_count() or 1) + 4))
try:
    ThreadPoolExecutor(0)
except ValueError as e:
    print("max_workers=0:", e)


def bad_init():
    raise OSError("init failed")


import sys, io
err = sys.stderr
sys.stderr = io.StringIO()
try:
    ex = ThreadPoolExecutor(2, initializer=bad_init)
    f = ex.submit(square, 3)
    try:
        f.result(timeout=5)
    except cf.BrokenExecutor as e:
        print("broken pool:", type(e).__name__)
    try:
        ex.submit(square, 4)
    except cf.BrokenExecutor as e:
        print("submit to broken:", type(e).__name__)
    ex.shutdown()
finally:
    sys.stderr = err

# Future used directly.
f = Future()
print("new future:", f.done(), f.running(), f.cancelled())
calls = []
f.add_done_callback(lambda fut: calls.append(("early", fut.result())))
print("set_running:", f.set_running_or_notify_cancel(), f.running(), f.cancel())
f.set_result(42)
f.add_done_callback(lambda fut: calls.append(("late", fut.result())))
print("callbacks:", calls)
try:
    f.set_result(1)
except cf.InvalidStateError:
    print("set twice: InvalidStateError")
e = Future()
e.set_exception(KeyError("k"))
print("set_exception:", repr(e.exception()), e.done())
c = Future()
print("cancel pending:", c.cancel(), c.set_running_or_notify_cancel())
try:
    c.set_result(1)
except cf.InvalidStateError:
    print("set on cancelled: InvalidStateError")
r = Future()
r.set_running_or_notify_cancel()
try:
    r.set_running_or_notify_cancel()
except RuntimeError as err_:
    print("set_running twice:", err_)
print("repr:", repr(Future()).split(" state=")[1], repr(f).split(" state=")[1],
      repr(e).split(" state=")[1])
