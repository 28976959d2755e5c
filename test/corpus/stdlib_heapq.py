# heapq: push/pop/heapify/replace/pushpop/nlargest/nsmallest/merge with CPython's tie orders
import heapq
import random

rng = random.Random(1234)
data = [rng.randrange(100) for _ in range(40)]
h = []
for v in data:
    heapq.heappush(h, v)
print("pushed", h)
h2 = data[:]
heapq.heapify(h2)
print("heapified", h2)
print("popped", [heapq.heappop(h2) for _ in range(10)], h2[:5])
print("replace", heapq.heapreplace(h2, 50), h2[:5])
print("pushpop small", heapq.heappushpop(h2, -1), "big", heapq.heappushpop(h2, 1000), h2[:5])
print("pushpop empty", heapq.heappushpop([], 5))
try:
    heapq.heappop([])
except IndexError as e:
    print("empty pop", e)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print("empty replace", e)


class Task:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name

    def __lt__(self, other):
        return self.pri < other.pri

    def __repr__(self):
        return f"{self.name}{self.pri}"


tasks = [Task(p, n) for p, n in [(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (3, 'e'), (2, 'f'), (1, 'g')]]
th = []
for task in tasks:
    heapq.heappush(th, task)
print("stable-ish order", [heapq.heappop(th) for _ in range(len(tasks))])
tt = tasks[:]
heapq.heapify(tt)
print("heapify objects", tt)
for n in (0, 1, 3, 7, 10, -1):
    print("n", n, heapq.nsmallest(n, data), heapq.nlargest(n, data))
print("key ties", heapq.nsmallest(4, tasks, key=lambda t: t.pri), heapq.nlargest(4, tasks, key=lambda t: t.pri))
print("iter input", heapq.nsmallest(3, iter(data)), heapq.nlargest(3, iter(data)), heapq.nlargest(2, iter([])))
words = "the quick brown fox jumps over the lazy dog again and again".split()
print("by len", heapq.nlargest(3, words, key=len), heapq.nsmallest(3, words, key=len))
print("merge", list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 5, 6])))
print("merge key", list(heapq.merge(['a', 'ccc'], ['bb', 'dddd'], key=len)))
print("merge reverse", list(heapq.merge([9, 5, 1], [8, 6, 2], reverse=True)))
print("merge ties", list(heapq.merge([(1, 'a'), (2, 'a')], [(1, 'b'), (2, 'b')], key=lambda p: p[0])))
print("merge empty", list(heapq.merge()), list(heapq.merge([], [1])))
