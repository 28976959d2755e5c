# list, tuple, range and the built-in iterators: behaviour and CPython's error messages.

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def setitem(o, k, v):
    o[k] = v

def delitem(o, k):
    del o[k]

def iadd(o, v):
    o += v
    return o

print("-- list basics")
a = [5, 3, 8, 1]
print(a, len(a), a[0], a[-1], bool(a), bool([]))
attempt("index out", lambda: a[4])
attempt("neg out", lambda: a[-5])
attempt("str index", lambda: a["x"])
attempt("float index", lambda: a[1.0])
attempt("big index", lambda: a[2**100])
attempt("bool index", lambda: a[True])
print("slices", a[1:3], a[::-1], a[::2], a[-1:-3:-1], a[5:], a[:-9], a[1:3:0] if False else "")
attempt("zero step", lambda: a[::0])
b = list(range(10))
b[2:5] = [20, 30]
print("assign shorter", b)
b[1:1] = (7, 8)
print("insert via slice", b)
b[8:2] = [99]
print("empty range assign", b)
b[::3] = [0] * len(b[::3])
print("extended", b)
attempt("extended size", lambda: setitem(b, slice(None, None, 2), [1, 2]))
attempt("non-iterable", lambda: setitem(b, slice(0, 1), 5))
attempt("non-iterable ext", lambda: setitem(b, slice(0, 4, 2), 5))
del b[::2]
print("del ::2", b)
del b[::-3]
print("del ::-3", b)
del b[1]
print("del 1", b)
attempt("del out", lambda: delitem(b, 40))
attempt("assign out", lambda: setitem(b, 40, 1))
c = [1, 2, 3]
c[:] = c
print("self assign", c)
c[1:2] = c
print("self splice", c)
c.extend(c)
print("self extend", c)
print("neg slice assign", [0, 1, 2, 3][-2:], end=" ")
d = [0, 1, 2, 3]
d[-2:] = "ab"
print(d)

print("-- list operators")
print([1, 2] + [3], [1] * 3, 3 * [0], [1, 2] * 0, [1] * -2)
attempt("concat tuple", lambda: [1] + (2,))
attempt("mul str", lambda: [1] * "a")
attempt("mul float", lambda: [1] * 2.0)
attempt("mul huge", lambda: [1] * 2**100)
e = [1]
f = e
e += (2, 3)
e += range(4, 6)
print("iadd", e, f is e)
e *= 2
print("imul", e, f is e)
e *= 0
print("imul 0", e)
attempt("iadd int", lambda: iadd([], 5))
print("compare", [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1] <= [1], [1] >= [2], [] == [], [1] != [1])
attempt("compare tuple", lambda: [1] < (1,))
print("eq tuple", [1] == (1,), [1] != (1,))
nan = float("nan")
print("nan identity", [nan] == [nan], nan in [nan])
print("contains", 3 in [1, 2, 3], 4 in [1, 2, 3], [1] in [[1]])
attempt("hash list", lambda: hash([]))

print("-- list methods")
g = [3, 1, 2]
g.append(4)
g.insert(0, 0)
g.insert(-1, 9)
g.insert(100, 10)
g.insert(-100, -1)
print("insert", g)
print("pop", g.pop(), g.pop(0), g.pop(-2), g)
attempt("pop empty", lambda: [].pop())
attempt("pop range", lambda: [1].pop(3))
attempt("pop str", lambda: [1].pop("a"))
g.remove(3)
print("remove", g)
attempt("remove missing", lambda: g.remove(42))
print("index", g.index(2), [1, 2, 1, 2].index(1, 1), [1, 2, 1, 2].index(2, -1), [1, 2, 3].index(3, 0, 100))
attempt("index missing", lambda: g.index(42))
attempt("index str missing", lambda: g.index("q"))
attempt("index range", lambda: [1, 2, 3].index(3, 0, 2))
print("count", [1, 2, 1, 1].count(1), [].count(0))
g.reverse()
print("reverse", g)
h = g.copy()
h.append(0)
print("copy", g, h)
h.clear()
print("clear", h)
attempt("append 2 args", lambda: [].append(1, 2))
attempt("insert 1 arg", lambda: [].insert(1))

print("-- sort")
s = [5, 2, 9, 1, 5, 6, -3, 0]
s.sort()
print(s)
s.sort(reverse=True)
print(s)
words = ["pear", "Fig", "apple", "fig", "Kiwi", "date", "banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
big = [(i * 7919) % 101 for i in range(200)]
sb = sorted(big)
print("big sorted", sb[:10], sb[-5:], all(sb[i] <= sb[i + 1] for i in range(len(sb) - 1)))
stab = sorted(range(100), key=lambda v: v % 3)
print("stable", stab[:8], stab[33:38])
calls = []
def key(v):
    calls.append(v)
    return -v
t = [3, 1, 2]
t.sort(key=key)
print("key once", t, calls)
attempt("mixed", lambda: sorted([3, "a", 1]))
attempt("positional", lambda: [].sort(None))
attempt("bad kw", lambda: [].sort(cmp=None))
m = [3, 2, 1]
def evil(v):
    m.append(v)
    return v
attempt("modified", lambda: m.sort(key=evil))
print("after modified", m)
class Bad:
    def __lt__(self, other):
        raise RuntimeError("no order")
attempt("lt raises", lambda: sorted([Bad(), Bad()]))
print("floats", sorted([2.5, -1.0, 3, 0.5]))

print("-- list construction")
print(list(), list((1, 2)), list(range(3)), list({"a": 1}), list([]))
attempt("list int", lambda: list(5))
attempt("list 2 args", lambda: list([1], [2]))
attempt("list kw", lambda: list(x=1))
class MyList(list):
    pass
ml = MyList([1, 2])
ml.extra = "x"
print("subclass", ml, type(ml).__name__, len(ml), ml.extra, ml + [3], type(ml + [3]).__name__)
print("generic", list[int], dict[str, list[int]], tuple[int, ...], list[int].__origin__, list[int].__args__)
rec = [1]
rec.append(rec)
print("recursive", rec, [rec, (rec,)])

print("-- tuple")
tp = (1, 2, 3)
print(tp, (1,), (), tp[1], tp[-1], tp[::-1], tp[1:], tp[::2], len(tp))
attempt("tuple index", lambda: tp[3])
attempt("tuple str index", lambda: tp["a"])
print(tp + (4,), tp * 2, 2 * (0,), (1, 2) < (1, 2, 3), (2,) > (1, 5), (1, 2) == (1, 2), () < (0,))
attempt("concat list", lambda: (1,) + [2])
print("index count", tp.index(2), tp.count(3), (1, 1, 2).count(1))
attempt("index missing", lambda: tp.index(9))
print("contains", 2 in tp, 9 in tp)
print("hash eq", hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))), hash(()) == hash(()))
print("hash num eq", hash((1, 2.0)) == hash((1.0, 2)), hash((True,)) == hash((1,)))
attempt("hash unhashable", lambda: hash((1, [2])))
print("tuple()", tuple(), tuple([1, 2]), tuple(range(3)), tuple((5,)) )
attempt("tuple int", lambda: tuple(5))
attempt("tuple 2 args", lambda: tuple([1], [2]))
class Point(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
pt = Point(3, 4)
print("subclass", pt, type(pt).__name__, pt.x, pt[1], len(pt), pt == (3, 4), isinstance(pt, tuple))
print("set of tuples", sorted({(1, 2), (2, 1), (1, 2)}), {(0, 0): "origin"}[(0, 0)])
print("unpack", *tp, [*tp, *[4]])
x, *y = tp
print("star", x, y)

print("-- range")
r = range(10)
print(r, range(1, 10, 2), range(5, 0, -1), range(0), len(range(0, 10, 3)), len(range(10, 0)))
print(list(range(5, 0, -2)), list(range(-3)), r[3], r[-1], r[2:8:2], r[::-1], r[:], range(1, 10, 3)[::2])
attempt("range index", lambda: r[10])
attempt("range str", lambda: r["a"])
attempt("range zero", lambda: range(1, 2, 0))
attempt("range float", lambda: range(1.5))
attempt("range none", lambda: range())
attempt("range many", lambda: range(1, 2, 3, 4))
attempt("range kw", lambda: range(stop=3))
print("eq", range(0) == range(2, 2), range(0, 3) == range(0, 3, 1), range(0, 10, 2) == range(0, 9, 2), range(1) == range(1, 2, 5), range(3) != range(4))
attempt("range lt", lambda: range(1) < range(2))
print("hash eq", hash(range(0)) == hash(range(5, 5)), hash(range(1, 2)) == hash(range(1, 3, 7)))
print("contains", 4 in range(0, 10, 2), 5 in range(0, 10, 2), -1 in range(0, -10, -1), 3.0 in range(5), "a" in range(3))
print("index count", range(0, 20, 5).index(15), range(5).count(3), range(5).count(3.0), range(5).count(7))
attempt("index missing", lambda: range(3).index(7))
attempt("index str", lambda: range(3).index("a"))
print("attrs", r.start, r.stop, r.step, range(1, 5, 2).step)
bigr = range(0, 2**70, 3)
print("big", bigr[-1], bigr[2**60], 2**60 in bigr, 2**60 + 1 in bigr, bigr[::-2], range(2**64, 2**64 + 3)[1])
attempt("big len", lambda: len(bigr))
print("big iter", list(range(2**62, 2**62 + 3)), list(reversed(range(2**62, 2**62 + 3))))
print("reversed", list(reversed(range(1, 10, 3))), list(reversed(range(0))), list(reversed(range(5, 0, -2))))
print("bool", bool(range(0)), bool(range(1)))
print("iter twice", list(r) == list(r))
print("neg step len", len(range(10, -10, -3)), list(range(10, -10, -7)))

print("-- iterators")
it = iter([1, 2, 3])
print(type(it).__name__, next(it), it.__length_hint__(), list(it), list(it))
lst = [1, 2]
it = iter(lst)
print(next(it), next(it), next(it, "end"))
lst.append(3)
print("stays exhausted", list(it))
print(type(iter(())).__name__, type(iter(range(3))).__name__, type(reversed([])).__name__, iter(range(5)).__length_hint__())
ri = reversed([1, 2, 3])
print("reversed list", next(ri), ri.__length_hint__(), list(ri))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print("seq iter", list(Seq()), type(iter(Seq())).__name__, 9 in Seq())
attempt("seq reversed", lambda: reversed(Seq()))
class SeqLen(Seq):
    def __len__(self):
        return 4
rs = reversed(SeqLen())
print("seq reversed len", type(rs).__name__, rs.__length_hint__(), list(rs))
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 0
    def __getitem__(self, i):
        raise IndexError
attempt("not reversible", lambda: reversed(NoRev()))
attempt("int reversed", lambda: reversed(5))
attempt("set reversed", lambda: reversed({1}))
class OwnRev:
    def __reversed__(self):
        return iter("own")
print("own reversed", list(reversed(OwnRev())))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print("callable iter", list(iter(tick, 4)), type(iter(tick, 0)).__name__)
attempt("iter not callable", lambda: iter(5, 1))

print("-- enumerate zip map filter")
print(list(enumerate([5, 6])), list(enumerate([5, 6], 10)), list(enumerate([5], start=-1)), list(enumerate([7], 2**70)))
attempt("enumerate none", lambda: enumerate())
attempt("enumerate float", lambda: enumerate([], 1.5))
attempt("enumerate 3", lambda: enumerate([], 1, 2))
attempt("enumerate kw", lambda: enumerate([], x=1))
attempt("enumerate int", lambda: enumerate(5))
print(list(zip()), list(zip([1, 2, 3], [4, 5])), list(zip([1], [2], [3])), list(zip(range(2), range(2), strict=True)))
attempt("zip short 2", lambda: list(zip([1, 2], [3], strict=True)))
attempt("zip short 3", lambda: list(zip([1], [2], [], strict=True)))
attempt("zip long 2", lambda: list(zip([], [1], strict=True)))
attempt("zip long 3", lambda: list(zip([1], [2], [3, 4], strict=True)))
attempt("zip kw", lambda: zip(x=1))
attempt("zip int", lambda: zip([1], 5))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2, 1])), list(map(lambda *a: a, [1, 2], [3])))
attempt("map one", lambda: map(abs))
attempt("map kw", lambda: map(abs, [], x=1))
attempt("map int", lambda: map(abs, 5))
print(list(filter(None, [0, 1, 2, None, "", "a"])), list(filter(lambda v: v % 2, range(7))), list(filter(bool, [0, 3])))
attempt("filter 0", lambda: filter())
attempt("filter kw", lambda: filter(None, x=1))
print("types", type(enumerate([])).__name__, type(zip()).__name__, type(map(abs, [])).__name__, type(filter(None, [])).__name__, type(reversed("ab")).__name__)
print("isinstance", isinstance(zip(), zip), isinstance(map(abs, []), map), type(enumerate) is type, iter(zip()) is not None)
class Numbered(enumerate):
    pass
print("subclass", list(Numbered([7, 8], 1)), type(Numbered([])).__name__)
z = zip([1, 2], [3, 4])
print("zip iter self", iter(z) is z, next(z), list(z))
print("lazy map", list(map(lambda v: 10 // v, [5, 2, 1])))
mm = map(lambda v: 10 // v, [5, 0])
print(next(mm))
attempt("lazy error", lambda: next(mm))
print("done")
