# threading API basics: names, reprs, idents, daemon flags, errors, registry functions,
# a Thread subclass, dummy threads from _thread.start_new_thread.
import re
import sys
import threading
import _thread
import warnings

warnings.simplefilter("ignore", DeprecationWarning)


def show(r):
    """A repr with the thread ident (a large number) replaced by IDENT."""
    return re.sub(r" \d+\)>$", " IDENT)>", r)


def worker(out, x, y=0):
    out.append(x + y)


main = threading.main_thread()
print("main:", main.name, threading.current_thread() is main, main.daemon, main.is_alive())
print("main repr:", show(repr(main)))
print("main ident ok:", main.ident == threading.get_ident() == _thread.get_ident())
print("native id int:", type(threading.get_native_id()).__name__,
      main.native_id == threading.get_native_id())
print("active:", threading.active_count(), [t.name for t in threading.enumerate()])

out = []
t = threading.Thread(target=worker, args=(out, 1), kwargs={"y": 10})
print("initial:", show(repr(t)), t.ident, t.native_id, t.is_alive())
print("name:", t.name)
t.start()
t.join()
print("stopped:", show(repr(t)), t.is_alive(), type(t.ident).__name__, out)
t2 = threading.Thread(target=worker, args=(out, 2))
t3 = threading.Thread(target=len)
t4 = threading.Thread()
t5 = threading.Thread(target=worker, name="custom", args=(out, 3))
t6 = threading.Thread(target=worker, name=42, args=(out, 4))
print("default names:", t2.name, "|", t3.name, "|", t4.name, "|", t5.name, "|", t6.name)


class Callable:
    def __call__(self):
        pass


print("no __name__:", threading.Thread(target=Callable()).name)
for th in (t2, t5, t6):
    th.start()
for th in (t2, t5, t6):
    th.join()
print("out:", sorted(out))

# A thread still running: its repr, is_alive, enumerate, active_count.
gate = threading.Event()
running = threading.Thread(target=gate.wait, name="blocked", daemon=True)
running.start()
print("running:", show(repr(running)), running.is_alive(), running in threading.enumerate())
print("active while running:", threading.active_count())
gate.set()
running.join()
print("after join:", show(repr(running)), running.is_alive(), threading.active_count())

# Errors.
try:
    running.start()
except RuntimeError as e:
    print("start twice:", e)
try:
    threading.Thread(target=len).join()
except RuntimeError as e:
    print("join before start:", e)
try:
    main.join()
except RuntimeError as e:
    print("join current:", e)
try:
    running.daemon = True
except RuntimeError as e:
    print("daemon after start:", e)
try:
    threading.Thread(group=1)
except AssertionError as e:
    print("group:", e)

res = []


def joins_itself():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        res.append(str(e))


j = threading.Thread(target=joins_itself)
j.start()
j.join()
print("self join in thread:", res)

# join with a timeout on a thread that is still blocked.
gate2 = threading.Event()
slow = threading.Thread(target=gate2.wait)
slow.start()
slow.join(0.05)
print("join timeout: alive", slow.is_alive())
slow.join(0)
gate2.set()
slow.join(5)
print("join after set: alive", slow.is_alive())

# Daemon flag and the deprecated accessors.
d = threading.Thread(target=len, args=((),), daemon=True)
print("daemon:", d.daemon, d.isDaemon(), show(repr(d)))
d.setDaemon(False)
d.setName("renamed")
print("after set:", d.daemon, d.getName(), d.name)
d.name = "again"
print("name property:", d.name)
print("currentThread:", threading.currentThread() is main, "activeCount:", threading.activeCount())


# A subclass overriding run.
class Squares(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None

    def run(self):
        self.result = sum(i * i for i in range(self.n))
        self.me = threading.current_thread()


s = Squares(10)
print("subclass initial:", show(repr(s)))
s.start()
s.join()
print("subclass:", s.result, s.me is s, show(repr(s)))


class NoInit(threading.Thread):
    def __init__(self):
        pass


try:
    NoInit().start()
except RuntimeError as e:
    print("no init:", e)

# Threads started with _thread directly are dummy threads.
done = _thread.allocate_lock()
done.acquire()
seen = []


def raw():
    me = threading.current_thread()
    seen.append((me.name.startswith("Dummy-"), me.daemon, me.is_alive(),
                 type(me).__name__, me is threading.current_thread(),
                 me in threading.enumerate(), me.ident == threading.get_ident()))
    try:
        me.join()
    except AssertionError as e:
        seen.append(str(e))
    done.release()


_thread.start_new_thread(raw, ())
done.acquire()
print("dummy:", seen)

print("TIMEOUT_MAX > 0:", threading.TIMEOUT_MAX > 0)
print("ThreadError is RuntimeError:", threading.ThreadError is RuntimeError)
print("excepthook is __excepthook__:", threading.excepthook is threading.__excepthook__)
threading.settrace(lambda *a: None)
threading.setprofile(lambda *a: None)
threading.settrace(None)
threading.setprofile(None)
print("trace/profile accepted; stack_size:", threading.stack_size())
print("lock types:", type(threading.Lock()).__name__, threading.Lock().locked())
print("exported:", all(hasattr(threading, n) for n in threading.__all__))


def addr(r):
    return re.sub(r" at 0x[0-9a-f]+", " at ADDR", r)


b = threading.Barrier(3)
print("reprs:", addr(repr(b)), addr(repr(threading.Semaphore(2))),
      addr(repr(threading.BoundedSemaphore(4))))
b.abort()
e = threading.Event()
print("reprs:", addr(repr(b)), addr(repr(e)), end=" ")
e.set()
print(addr(repr(e)), show(repr(threading.Timer(1, len))))
