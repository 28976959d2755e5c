# Lock, RLock, Condition, Semaphore, BoundedSemaphore, Event and Barrier semantics,
# with timeouts. Only order-independent facts are printed.
import threading
import time


def start(fn, *args, n=1):
    ts = [threading.Thread(target=fn, args=args) for _ in range(n)]
    for t in ts:
        t.start()
    return ts


def join(ts):
    for t in ts:
        t.join()


# --- Lock -----------------------------------------------------------------
lock = threading.Lock()
print("lock:", lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("nonblocking with timeout:", e)
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("release unlocked:", e)
with lock:
    print("with lock:", lock.locked())
print("after with:", lock.locked())
# released by another thread than the one that acquired it
lock.acquire()
join(start(lock.release))
print("released elsewhere:", lock.locked())

# --- RLock ----------------------------------------------------------------
r = threading.RLock()
print("rlock:", r.acquire(), r.acquire(), r.acquire(blocking=False))
got = []
join(start(lambda: got.append(r.acquire(timeout=0.01))))
print("other thread times out:", got)
r.release(); r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("release un-acquired:", e)
join(start(lambda: got.append(r.acquire(False) and (r.release() or True))))
print("free again:", got)

# --- Condition ------------------------------------------------------------
cond = threading.Condition()
try:
    cond.wait(0)
except RuntimeError as e:
    print("wait un-acquired:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("notify un-acquired:", e)
with cond:
    t0 = time.monotonic()
    print("wait timeout:", cond.wait(0.05), time.monotonic() - t0 >= 0.04)
    print("wait_for false:", cond.wait_for(lambda: False, 0.03))
    print("wait_for true:", cond.wait_for(lambda: 5))

state = {"ready": 0, "go": 0, "woken": 0}


def waiter():
    with cond:
        state["ready"] += 1
        cond.notify_all()
        cond.wait_for(lambda: state["go"] > 0)
        state["go"] -= 1
        state["woken"] += 1


ws = start(waiter, n=6)
with cond:
    cond.wait_for(lambda: state["ready"] == 6)
    state["go"] = 2
    cond.notify(2)
with cond:
    cond.wait_for(lambda: state["woken"] == 2, 5)
    print("notify(2) woke:", state["woken"])
    state["go"] = 4
    cond.notify_all()
join(ws)
print("notify_all woke all:", state["woken"])

# A Condition on a plain Lock.
plain = threading.Condition(threading.Lock())
box = []


def consumer():
    with plain:
        plain.wait_for(lambda: box)
        box.append("taken")


cs = start(consumer)
with plain:
    box.append("item")
    plain.notify()
join(cs)
print("plain-lock condition:", box)

# --- Semaphore ------------------------------------------------------------
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("negative semaphore:", e)
sem = threading.Semaphore(2)
print("sem:", sem.acquire(), sem.acquire(), sem.acquire(False), sem.acquire(timeout=0.02))
try:
    sem.acquire(False, 1)
except ValueError as e:
    print("sem nonblocking timeout:", e)
sem.release(2)
print("after release(2):", sem.acquire(False), sem.acquire(False), sem.acquire(False))
try:
    sem.release(0)
except ValueError as e:
    print("release(0):", e)

inside = [0, 0]
gate = threading.Semaphore(3)
counter_lock = threading.Lock()


def limited():
    with gate:
        with counter_lock:
            inside[0] += 1
            inside[1] = max(inside[1], inside[0])
        time.sleep(0.005)
        with counter_lock:
            inside[0] -= 1


join(start(limited, n=10))
print("max inside <= 3:", 1 <= inside[1] <= 3, "now:", inside[0])

signal = threading.Semaphore(0)
order = []


def signaller():
    order.append("set")
    signal.release()


join(start(signaller))
signal.acquire()
print("semaphore(0) signal:", order)

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("bounded:", e)

# --- Event ----------------------------------------------------------------
ev = threading.Event()
print("event:", ev.is_set(), ev.wait(0.02), ev.wait(0))
results = []
ws = start(lambda: results.append(ev.wait(5)), n=5)
ev.set()
join(ws)
print("event waiters:", results, ev.wait(), ev.is_set())
ev.clear()
print("cleared:", ev.is_set(), ev.wait(0.01))

# --- Barrier --------------------------------------------------------------
actions = []
bar = threading.Barrier(4, action=lambda: actions.append("action"))
print("barrier:", bar.parties, bar.n_waiting, bar.broken)
indexes = []
idx_lock = threading.Lock()


def at_barrier():
    for _ in range(3):
        i = bar.wait()
        with idx_lock:
            indexes.append(i)


join(start(at_barrier, n=4))
print("indexes:", sorted(indexes), "actions:", len(actions))

tb = threading.Barrier(3, timeout=0.05)
outcomes = []


def lonely():
    try:
        tb.wait()
        outcomes.append("passed")
    except threading.BrokenBarrierError:
        outcomes.append("broken")


join(start(lonely, n=2))
print("timeout:", outcomes, tb.broken)
try:
    tb.wait()
except threading.BrokenBarrierError:
    print("wait on broken: BrokenBarrierError")
tb.reset()
print("after reset:", tb.broken, tb.n_waiting)

ab = threading.Barrier(3)
outcomes = []


def try_wait(barrier):
    try:
        barrier.wait()
        return "passed"
    except threading.BrokenBarrierError:
        return "broken"


ws = [threading.Thread(target=lambda: outcomes.append(try_wait(ab))) for _ in range(2)]
for t in ws:
    t.start()
while ab.n_waiting < 2:
    time.sleep(0.001)
print("n_waiting:", ab.n_waiting)
ab.abort()
join(ws)
print("abort:", outcomes, ab.broken)

rb = threading.Barrier(2)
outcomes = []
ws = [threading.Thread(target=lambda: outcomes.append(try_wait(rb)))]
ws[0].start()
while rb.n_waiting < 1:
    time.sleep(0.001)
rb.reset()
join(ws)
print("reset while waiting:", outcomes, rb.broken)
ws = [threading.Thread(target=lambda: outcomes.append(try_wait(rb))) for _ in range(2)]
for t in ws:
    t.start()
join(ws)
print("reusable after reset:", outcomes)


def bad_action():
    raise KeyError("in action")


eb = threading.Barrier(2, action=bad_action)
outcomes = []


def try_wait2():
    try:
        eb.wait()
        outcomes.append("passed")
    except threading.BrokenBarrierError:
        outcomes.append("broken")
    except KeyError:
        outcomes.append("KeyError")


join(start(try_wait2, n=2))
print("failing action:", sorted(outcomes), eb.broken)
print("BrokenBarrierError is RuntimeError:", issubclass(threading.BrokenBarrierError, RuntimeError))
