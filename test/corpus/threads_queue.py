# queue: Queue, LifoQueue, PriorityQueue, SimpleQueue; blocking and timeouts; Empty and
# Full; task_done/join; producers and consumers.
import queue
import threading
import time

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    for x in (5, 1, 4, 2, 3):
        q.put(x)
    print(cls.__name__, q.qsize(), q.empty(), q.full(), q.maxsize,
          [q.get() for _ in range(5)], q.empty())

sq = queue.SimpleQueue()
for x in "abc":
    sq.put(x)
sq.put_nowait("d")
print("SimpleQueue", sq.qsize(), sq.empty(), [sq.get(), sq.get_nowait(), sq.get(False), sq.get(timeout=1)],
      sq.empty())
for how in ({"block": False}, {"timeout": 0.02}):
    try:
        sq.get(**how)
    except queue.Empty:
        print("SimpleQueue empty:", how)
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("negative timeout:", e)

# Bounded queue: Full and Empty, blocking with timeouts.
q = queue.Queue(maxsize=2)
q.put(1)
q.put_nowait(2)
print("bounded:", q.qsize(), q.full(), q.maxsize)
try:
    q.put_nowait(3)
except queue.Full:
    print("put_nowait: Full")
t0 = time.monotonic()
try:
    q.put(3, timeout=0.05)
except queue.Full:
    print("put timeout: Full", time.monotonic() - t0 >= 0.04)
try:
    q.put(3, block=False)
except queue.Full:
    print("put block=False: Full")
try:
    q.put(3, timeout=-0.5)
except ValueError as e:
    print("put negative timeout:", e)
print("got:", q.get(), q.get_nowait())
try:
    q.get_nowait()
except queue.Empty:
    print("get_nowait: Empty")
t0 = time.monotonic()
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("get timeout: Empty", time.monotonic() - t0 >= 0.04)
try:
    q.get(timeout=-1)
except ValueError as e:
    print("get negative timeout:", e)
print("Empty/Full are Exceptions:", issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))

# A blocked put is released by a get in another thread.
q = queue.Queue(1)
q.put("first")
done = []
t = threading.Thread(target=lambda: (q.put("second"), done.append(True)))
t.start()
print("get unblocks put:", q.get(), q.get(timeout=5))
t.join()
print("put done:", done)

# task_done and join.
q = queue.Queue()
try:
    q.task_done()
except ValueError as e:
    print("task_done:", e)
results = []
res_lock = threading.Lock()


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with res_lock:
            results.append(item * item)
        q.task_done()


consumers = [threading.Thread(target=consumer) for _ in range(4)]
for c in consumers:
    c.start()
for i in range(200):
    q.put(i)
q.join()
print("join: all processed", len(results), sum(results), q.unfinished_tasks)
for _ in consumers:
    q.put(None)
for c in consumers:
    c.join()
print("consumers stopped:", q.empty(), q.unfinished_tasks)

# Many producers and consumers through a small bounded queue.
q = queue.Queue(maxsize=3)
taken = []


def producer(base):
    for i in range(100):
        q.put(base + i)


def taker(n):
    got = [q.get() for _ in range(n)]
    with res_lock:
        taken.extend(got)


ts = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(4)]
ts += [threading.Thread(target=taker, args=(200,)) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("bounded transfer:", len(taken), len(set(taken)), sum(taken), q.qsize())

# Priority and LIFO order with tuples; FIFO order kept per producer.
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "A")]:
    pq.put(item)
print("priority:", [pq.get() for _ in range(4)])
lq = queue.LifoQueue(maxsize=3)
for i in range(3):
    lq.put(i)
print("lifo full:", lq.full(), [lq.get() for _ in range(3)])

fq = queue.Queue()
def ordered(tag):
    for i in range(50):
        fq.put((tag, i))
ts = [threading.Thread(target=ordered, args=(tag,)) for tag in "xyz"]
for t in ts:
    t.start()
for t in ts:
    t.join()
seqs = {}
while not fq.empty():
    tag, i = fq.get()
    seqs.setdefault(tag, []).append(i)
print("per-producer FIFO:", all(v == list(range(50)) for v in seqs.values()), sorted(seqs))

# SimpleQueue across threads: a blocked get woken by put.
sq = queue.SimpleQueue()
out = []
t = threading.Thread(target=lambda: out.append(sq.get(timeout=5)))
t.start()
sq.put("hello")
t.join()
print("SimpleQueue wake:", out)
print("generic alias:", queue.Queue[int] is not None)
