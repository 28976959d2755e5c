# transaction.TransactionQueue (PyPy-STM's module): calls run in parallel, each
# atomically; calls add further calls; an exception drops the calls not yet started and
# is re-raised by run(). On CPython, which has no `transaction` module, a sequential
# stand-in with the same meaning gives the reference output.
import threading

try:
    import transaction
except ImportError as e:
    if e.name != "transaction":
        raise  # the module is there but cannot be imported: a real failure
    import collections

    class _Queue:
        def __init__(self):
            self._pending = collections.deque()

        def add(self, f, *args, **kwds):
            self._pending.append((f, args, kwds))

        def run(self, nb_segments=0):
            try:
                while self._pending:
                    f, args, kwds = self._pending.popleft()
                    f(*args, **kwds)
            finally:
                self._pending.clear()

    class transaction:
        TransactionQueue = _Queue

# 1. Many small calls updating shared state: each is atomic, so nothing is lost.
accounts = {i: 100 for i in range(10)}
log = []


def transfer(src, dst, amount):
    if accounts[src] >= amount:
        accounts[src] -= amount
        accounts[dst] += amount
        log.append((src, dst, amount))


tq = transaction.TransactionQueue()
for k in range(300):
    tq.add(transfer, k % 10, (k * 7 + 3) % 10, amount=k % 13)
tq.run()
print("total conserved:", sum(accounts.values()), "transfers:", len(log) > 0,
      "non-negative:", min(accounts.values()) >= 0)

# 2. Calls that add calls: a tree of work, all of it done by one run().
visited = []


def visit(node, depth):
    visited.append(node)
    if depth < 6:
        tq.add(visit, node * 2, depth + 1)
        tq.add(visit, node * 2 + 1, depth + 1)


tq = transaction.TransactionQueue()
tq.add(visit, 1, 0)
tq.run(4)
print("tree nodes:", len(visited), sorted(visited) == list(range(1, 128)))

# 3. A compound invariant kept by every call.
pair = {"a": 0, "b": 0}


def bump(n):
    pair["a"] += n
    x = pair["a"]
    pair["b"] = x


tq = transaction.TransactionQueue()
for n in range(1, 201):
    tq.add(bump, n)
tq.run(nb_segments=3)
print("pair:", pair, pair["a"] == pair["b"] == sum(range(1, 201)))

# 4. An exception: run() re-raises it, the queue is usable again afterwards.
done = []


def ok(i):
    done.append(i)


def fail():
    raise ValueError("failed in a transaction")


tq = transaction.TransactionQueue()
tq.add(ok, 0)
tq.add(fail)
try:
    tq.run()
    print("no exception?")
except ValueError as e:
    print("re-raised:", e, "ok before it ran:", 0 in done)
tq.add(ok, 99)
tq.run()
print("reused:", 99 in done)
tq.add(fail)
for i in range(100, 110):
    tq.add(ok, i)
try:
    tq.run(1)
except ValueError:
    print("one segment: later calls dropped:", not any(i in done for i in range(100, 110)))
tq.add(ok, 200)
tq.run(1)
print("dropped calls stay dropped:", not any(i in done for i in range(100, 110)), 200 in done)

# 5. Empty queue; results gathered from calls; nb_segments=1.
tq = transaction.TransactionQueue()
tq.run()
squares = []
for i in range(50):
    tq.add(lambda i=i: squares.append(i * i))
tq.run(1)
print("empty run fine; squares:", sum(squares), len(squares))
print("caller thread only:", threading.active_count())
