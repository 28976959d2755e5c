# Laziness and exhaustion of built-in iterators: map, filter, zip, enumerate, reversed, iter.
log = []
def note(x):
    log.append(x)
    return x * 10
m = map(note, [1, 2, 3])
print("map is lazy:", log, type(m).__name__)
print("first:", next(m), log)
print("rest:", list(m), log, list(m))
f = filter(lambda v: log.append(("f", v)) or v % 2, range(5))
print("filter lazy:", type(f).__name__, next(f), list(f))
z = zip(range(3), "abcdef")
print("zip:", type(z).__name__, next(z), list(z), list(z))
src = iter([1, 2, 3, 4, 5])
print("zip consumes shortest-first order:", list(zip(src, "ab")), list(src))
e = enumerate("xyz", 1)
print("enumerate:", type(e).__name__, next(e), list(e))
r = reversed([1, 2, 3])
print("reversed:", type(r).__name__, next(r), list(r))
print("reversed types:", type(reversed(range(3))).__name__, type(reversed("ab")).__name__, type(reversed({"a": 1})).__name__)
print("iter types:", type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__,
      type(iter(set())).__name__, type(iter(range(0))).__name__, type(iter(b"")).__name__)
it = iter([1, 2, 3])
print("iter(iterator) is same:", iter(it) is it)
for v in it:
    if v == 2:
        break
print("resume after break:", list(it))
lst = [1, 2, 3]
out = []
for v in lst:
    out.append(v)
    if len(lst) < 6:
        lst.append(v * 10)
print("list grows while iterating:", out)
d = {"a": 1}
di = iter(d)
d["b"] = 2
try:
    next(di)
except RuntimeError as ex:
    print("dict changed:", ex)
s = {1}
si = iter(s)
s.add(2)
try:
    next(si)
except RuntimeError as ex:
    print("set changed:", ex)
gen = (v for v in range(3))
print("generator exhausted once:", sum(gen), sum(gen))
print("sorted consumes:", sorted(iter([3, 1, 2])))
print("any stops early:", any(note(v) > 10 for v in [1, 2, 3, 4]), log[-2:])
print("all stops early:", all(v < 2 for v in [1, 5, 0]))
print("max of map:", max(map(len, ["a", "abc", "ab"])))
print("dict from zip/enumerate:", dict(enumerate("ab")), dict(zip("ab", map(str.upper, "ab"))))
print("star of iterator:", [*map(abs, [-1, -2])], {*filter(None, [0, 1, 1])})
a, b, *c = map(int, "12345")
print("unpack map:", a, b, c)
print("in on iterator consumes:", (lambda i: (3 in i, list(i)))(iter([1, 2, 3, 4, 5])))
print("range iter independent:", (lambda r: (list(r), list(r)))(range(3)))
class Squares:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i * i
sq = Squares(4)
print("__iter__ generator:", list(sq), list(sq), sum(sq), 9 in sq)
print("map with None-safe stop:", list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print("next default on generator:", next((v for v in []), "none"))
print("iter callable sentinel:", list(iter(iter([1, 2, 0, 3]).__next__, 0)))
print("chained pipeline:", sum(x * x for x in filter(lambda v: v % 3 == 0, range(20))))
