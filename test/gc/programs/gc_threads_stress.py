# Four threads build and drop linked structures (cycles among them) while they share a dict;
# some objects have a finalizer or a weak reference with a callback. Run with collections
# stressed, the heap verified after each and, in the STM build, a fifth of all transactions
# aborted: nothing reachable may be lost, nothing unreachable kept, no finalizer run twice.
import gc
import threading
import weakref

THREADS, ROUNDS, LENGTH = 4, 40, 200


class Node:
    def __init__(self, value, nxt):
        self.value = value
        self.next = nxt


deleted = []
called = []
refs = []


class Tracked:
    def __init__(self, key):
        self.key = key

    def __del__(self):
        deleted.append(self.key)


def on_death(ref):
    called.append(1)


shared = {}
lock = threading.Lock()


def build(r):
    head = None
    for i in range(LENGTH):
        head = Node(i, head)
        if i % 40 == 0:
            head.extra = {'i': i, 'items': [i] * 3, 'name': 'n%d' % i}
    tail = head
    while tail.next is not None:
        tail = tail.next
    tail.next = head
    return head


def walk(head):
    total, node = 0, head
    for _ in range(LENGTH):
        total += node.value
        node = node.next
    return total


def worker(t):
    checksum = 0
    for r in range(ROUNDS):
        head = build(r)
        tracked = Tracked((t, r))
        refs.append(weakref.ref(tracked, on_death))
        head.tracked = tracked
        del tracked
        with lock:
            shared[(t, r % 5)] = head
            other = shared.get(((t + 1) % THREADS, r % 5))
        checksum += walk(head)
        if other is not None:
            checksum += walk(other) - walk(other)
    with lock:
        shared[t] = checksum


def sleeper():
    # What a waiting thread holds in its frames survives every collection while it waits.
    mine = build(-1)
    extra = [Node(i, None) for i in range(100)]
    everyone_done.wait()
    results['sleeper'] = (walk(mine), sum(n.value for n in extra))


everyone_done = threading.Event()
results = {}
waiting = threading.Thread(target=sleeper)
waiting.start()
threads = [threading.Thread(target=worker, args=(t,)) for t in range(THREADS)]
for th in threads:
    th.start()
for th in threads:
    th.join()
everyone_done.set()
waiting.join()
print('sleeper:', results['sleeper'])

print(sorted((k, v) for k, v in shared.items() if isinstance(k, int)))
alive = sum(1 for k in shared if isinstance(k, tuple))
print('structures still shared:', alive)
print('all alive still reachable:', all(walk(v) == LENGTH * (LENGTH - 1) // 2 for k, v in shared.items() if isinstance(k, tuple)))
shared.clear()
gc.collect()
gc.collect()
print('finalized:', len(deleted), 'of', THREADS * ROUNDS, 'each once:', len(set(deleted)) == len(deleted))
print('callbacks:', len(called), 'dead references:', sum(1 for r in refs if r() is None))
