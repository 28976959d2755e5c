# threading.local: attributes per thread, a subclass whose __init__ runs again (with the
# constructor's arguments) in each thread, methods, properties, __dict__, deletion.
import threading

data = threading.local()
data.x = "main"
seen = []
lock = threading.Lock()


def worker(i):
    before = hasattr(data, "x")
    data.x = i
    data.__dict__["y"] = i * 10
    with lock:
        seen.append((i, before, data.x, data.y, sorted(vars(data))))


ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("workers:", sorted(seen))
print("main:", data.x, hasattr(data, "y"), data.__dict__)

try:
    data.missing
except AttributeError as e:
    print("missing: AttributeError", "'missing'" in str(e))
del data.x
print("deleted:", hasattr(data, "x"))
try:
    del data.x
except AttributeError:
    print("delete missing: AttributeError")
try:
    threading.local(1)
except TypeError as e:
    print("args to local:", e)


class Counter(threading.local):
    created = 0
    limit = 100

    def __init__(self, start, step=1):
        self.value = start
        self.step = step
        with lock:
            Counter.created += 1

    def bump(self):
        self.value += self.step
        return self.value

    @property
    def doubled(self):
        return self.value * 2

    @property
    def settable(self):
        return self._settable

    @settable.setter
    def settable(self, v):
        self._settable = v * 3


c = Counter(10, step=5)
c.bump()
c.settable = 1
results = []


def use_counter(n):
    vals = [c.bump() for _ in range(n)]
    c.settable = n
    with lock:
        results.append((n, vals, c.doubled, c.settable, c.limit, c.step))


ts = [threading.Thread(target=use_counter, args=(n,)) for n in (1, 2, 3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("subclass threads:", sorted(results))
print("subclass main:", c.value, c.doubled, c.settable, "init calls:", Counter.created)
print("isinstance:", isinstance(c, threading.local), type(c).__name__)

try:
    c.doubled = 1
except AttributeError:
    print("read-only property: AttributeError")


class Plain(threading.local):
    tag = "class attribute"


p = Plain()
out = []
t = threading.Thread(target=lambda: out.append((p.tag, hasattr(p, "own"))))
p.own = 1
t.start()
t.join()
print("plain subclass:", out, p.own, p.tag)
p.tag = "instance"
t = threading.Thread(target=lambda: out.append(p.tag))
t.start()
t.join()
print("shadowing:", out[-1], p.tag, Plain.tag)

# Many threads, each keeps its own values through a computation.
acc = threading.local()
totals = []


def summer(k):
    acc.total = 0
    for i in range(1000):
        acc.total += k
    with lock:
        totals.append(acc.total)


ts = [threading.Thread(target=summer, args=(k,)) for k in range(1, 9)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("isolated totals:", sorted(totals))
