# Garbage of every kind made in loops (the collector runs at loop back-edges), checked after.
import gc, collections, random, itertools

class Node:
    __slots__ = ('value', 'next')
    def __init__(self, value, nxt):
        self.value = value
        self.next = nxt

class Rich(list):
    pass

def work(n):
    head = None
    d = {}
    s = set()
    dq = collections.deque(maxlen=50)
    rng = random.Random(5)
    acc = 0
    for i in range(n):
        head = Node(i, head if i % 100 else None)
        d[str(i % 300)] = (i, float(i) / 3, [i, str(i)])
        s.add(i % 250)
        if i % 7 == 0:
            s.discard((i + 3) % 250)
        dq.append({'i': i, 'big': 2 ** 80 + i})
        r = Rich([i, i + 1])
        r.extra = str(i)
        acc += len(r.extra) + rng.randrange(10)
        g = (x * 2 for x in range(3))
        acc += sum(g)
        b = bytearray(b'abc') * 3
        acc += len(b)
        if i % 1000 == 0:
            gc.collect()
    total = 0
    while head is not None:
        total += head.value
        head = head.next
    return acc, total, len(d), len(s), len(dq), dq[-1]['big'], sorted(d)[:3]

print(work(20000))
it = itertools.count()
pairs = [next(it) for _ in range(5)]
print(pairs, gc.collect() >= 0)
