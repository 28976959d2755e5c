# threading.Timer: fires after its interval with args and kwargs, cancel() before it
# fires, cancel() after, the Timer is a Thread.
import threading
import time

fired = []
lock = threading.Lock()


def note(tag, extra=None):
    with lock:
        fired.append((tag, extra))


t0 = time.monotonic()
t = threading.Timer(0.05, note, args=("a",), kwargs={"extra": 1})
print("is Thread:", isinstance(t, threading.Thread), t.name.startswith("Thread-"), t.interval)
t.start()
t.join()
print("fired:", fired, "waited:", time.monotonic() - t0 >= 0.04, "alive:", t.is_alive())

c = threading.Timer(10, note, args=("never",))
c.start()
c.cancel()
c.join()
print("cancelled:", fired, c.finished.is_set())

late = threading.Timer(0, note, ["zero"])
late.start()
late.join()
late.cancel()
print("zero interval then cancel:", fired[-1])

# Nine short timers fire; the tenth, long one is cancelled before it can.
timers = [threading.Timer(0.01 * (i % 3), note, args=("t%d" % i,)) for i in range(9)]
timers.append(threading.Timer(10, note, args=("t9",)))
for x in timers:
    x.start()
timers[9].cancel()
for x in timers:
    x.join()
print("many:", len(fired), ("t0", None) in fired, ("t9", None) in fired)

d = threading.Timer(30, note, args=("daemon",))
d.daemon = True
d.start()
print("daemon timer left running at exit:", d.is_alive())
