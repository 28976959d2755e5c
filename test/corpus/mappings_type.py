# dict, set, frozenset, dict views and iterators, mappingproxy: behaviour and messages of
# CPython 3.11, including the iteration order of int sets (which follows the hash table).


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print("== dict slots")
d = {"a": 1, "b": [2, 3]}
print(d, repr({}), str({1: "x"}), len(d), bool({}), bool(d))
r = {}
r["self"] = r
print(r, [r])
print({1: 2} == {1: 2}, {1: 2} != {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2}, {} == [], {1: 1} == {1: 1.0})
show("lt", lambda: {} < {})
show("missing", lambda: d["zz"])
show("tuple key", lambda: {}[(1, 2)])
show("unhashable get", lambda: d[{}])
def set_list_key():
    d[[]] = 1


def del_missing():
    del d["zz"]


show("unhashable set", set_list_key)
show("hash dict", lambda: hash({}))
show("del missing", del_missing)
del d["a"]
print("after del", d, "a" in d, "b" in d)

print("== __missing__ and subclasses")


class Counter(dict):
    def __missing__(self, key):
        return 0


class Default(dict):
    def __init__(self, factory, *args, **kw):
        super().__init__(*args, **kw)
        self.factory = factory

    def __missing__(self, key):
        v = self[key] = self.factory()
        return v


c = Counter(a=5)
print(c["a"], c["zz"], "zz" in c, c, type(c).__name__, c.get("zz"))
g = Default(list, x=[1])
g["y"].append(2)
g["x"].append(3)
print(g, g.factory is list, isinstance(g, dict), type(g.copy()).__name__)


class Attr(dict):
    pass


a = Attr({1: 2})
a.note = "hi"
print(a, a.note, a.__dict__, Attr.fromkeys("ab", 0), type(Attr.fromkeys("ab")).__name__)
print(type(a | {3: 4}).__name__, a | {3: 4}, {0: 0} | a)

print("== dict methods")
e = dict([("x", 1)], y=2)
print(e, e.get("x"), e.get("q"), e.get("q", 7), e.setdefault("y", 9), e.setdefault("z"), e)
print(e.pop("z"), e.pop("q", "dflt"), e)
show("pop missing", lambda: e.pop("q"))
show("popitem empty", lambda: {}.popitem())
p = {i: i * i for i in range(5)}
print(p.popitem(), p.popitem(), p)
p[10] = 100
print(p, list(reversed(p)), list(reversed(p.items())), list(reversed(p.values())))
u = {}
u.update({"a": 1})
u.update([("b", 2), ["c", 3], "de"])
u.update(f=6)
u.update(zip("gh", [7, 8]), i=9)
print(u)
show("update two", lambda: u.update({}, {}))
show("update bad len", lambda: u.update([(1, 2, 3)]))
show("update not seq", lambda: u.update([1]))
show("update not iterable", lambda: u.update(5))
show("dict two", lambda: dict({}, {}))


class KeysOnly:
    def keys(self):
        return ["k1", "k2"]

    def __getitem__(self, k):
        return k.upper()


print(dict(KeysOnly()), dict(KeysOnly(), k3=3))
print(dict.fromkeys(range(3)), dict.fromkeys("ab", []), {}.fromkeys([1]))
cp = u.copy()
cp["new"] = 1
print("new" in u, "new" in cp)
cp.clear()
print(cp, len(cp))
m = {"a": 1}
m |= {"b": 2}
m |= [("c", 3)]
print(m, {"a": 1} | {"a": 2, "b": 3})
show("or list", lambda: {} | [])
try:
    m |= 1
except TypeError as ex:
    print("ior int", ex)
print(dict[str, int], dict.__class_getitem__(int))

print("== iteration errors")
it = {1: 1, 2: 2}
try:
    for k in it:
        it[k + 10] = 0
except RuntimeError as ex:
    print("RuntimeError", ex)
it = {1: 1, 2: 2}
try:
    for k in it:
        del it[k]
        it[k + 10] = 0
except RuntimeError as ex:
    print("RuntimeError", ex)
it = {1: 1}
i1 = iter(it)
it[2] = 2
show("sticky 1", lambda: next(i1))
del it[2]
show("sticky 2", lambda: next(i1))
i2 = iter({1: 1})
print(next(i2), list(i2), list(i2))
print(type(iter({})).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__)
print(type(reversed({})).__name__, type(reversed({}.values())).__name__, type(reversed({}.items())).__name__)
i3 = iter({1: 1, 2: 2, 3: 3})
next(i3)
print(i3.__length_hint__(), list(i3))

print("== views")
v = {"apple": 3, "pear": 0, "kiwi": 7}
ks, vs, its = v.keys(), v.values(), v.items()
print(ks, vs, its, len(ks), len(vs), len(its))
print("kiwi" in ks, 7 in vs, ("kiwi", 7) in its, ("kiwi", 8) in its, "kiwi" in its, (1, 2, 3) in its)
show("unhashable in keys", lambda: [] in ks)
show("unhashable in items", lambda: ([], 1) in its)
print(ks == {"apple", "pear", "kiwi"}, ks == ["apple"], its == {("pear", 0), ("apple", 3), ("kiwi", 7)})
print(ks < {"apple", "pear", "kiwi", "x"}, ks <= ks, ks > {"pear"}, ks >= {"z"}, ks != {"pear"})
print(sorted(ks & {"kiwi", "fig"}), sorted({"kiwi", "fig"} & ks), sorted(ks | ["fig"]), sorted(["fig"] | ks))
print(sorted(ks - {"pear"}), sorted({"pear", "x"} - ks), sorted(ks ^ {"pear", "x"}), sorted(its & {("kiwi", 7)}))
print(type(ks & ks).__name__, type(ks | ks).__name__, ks.isdisjoint({"x"}), ks.isdisjoint(["kiwi"]), its.isdisjoint(its))
print(sorted({1: 2, 3: 4}.items() ^ {3: 4, 5: 6}.items()), sorted({1: 2}.items() ^ {1: 3}.items()))
print(list(reversed(ks)), list(reversed(vs)), list(reversed(its)))
show("keys and int", lambda: ks & 1)
show("keys or int", lambda: ks | 1)
show("hash keys", lambda: hash(ks))
show("hash items", lambda: hash(its))
print(hash(vs) == hash(vs), vs == vs, vs == v.values())
n = {i: i for i in range(12)}
print(n.keys() | set(), n.keys() - {3}, n.keys() & {5, 1, 100}, n.keys() ^ {4, 40})
w = {}
w[1] = w.keys()
print(w)

print("== mappingproxy")


class K:
    x = 1

    def f(self):
        pass


mp = K.__dict__
print(type(mp).__name__, mp["x"], "f" in mp, "zz" in mp, mp.get("x"), mp.get("zz", 5))
print(sorted(k for k in mp if not k.startswith("__")), len(mp) > 2)
try:
    mp["y"] = 2
except TypeError as ex:
    print("proxy setitem", ex)
show("proxy missing", lambda: mp["nope"])
MappingProxy = type(mp)
px = MappingProxy({"a": 1, "b": 2})
print(px, px.keys(), px.values(), px.items(), px.copy(), px == {"a": 1, "b": 2}, list(reversed(px)))
print(px | {"c": 3}, {"c": 3} | px, str(px))
try:
    px |= {}
except TypeError as ex:
    print("proxy ior", ex)
show("proxy of list", lambda: MappingProxy([]))
show("hash proxy", lambda: hash(px))

print("== set slots")
print(set(), frozenset(), {1, 2, 3}, frozenset({3, 1}), set("aaa"), repr(frozenset()))


class S(set):
    pass


class F(frozenset):
    pass


print(S(), S([1, 2]), F(), F([3]), type(S([1]) | {2}).__name__, type(F([1]) | {2}).__name__)
print({1, 2} == {2, 1}, {1, 2} == frozenset({1, 2}), frozenset({1}) == {1}, {1} != {1.0}, {1} == [1])
print({1} < {1, 2}, {1, 2} < {1, 2}, {1, 2} <= {1, 2}, {1, 2, 3} > {3}, {3} >= {3, 4}, frozenset({1}) < {1, 5})
show("lt list", lambda: {1} < [1])
show("hash set", lambda: hash(set()))
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({(1, 2), 3.5, -1})))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(frozenset([frozenset([1])])))
print({frozenset({1, 2}): "v"}[frozenset({2, 1})], {1, 2} in {frozenset({1, 2})}, set() in {frozenset()})
show("unhashable elem", lambda: {[1]})
one = {1}
show("set subscript", lambda: one[0])
s = {1}
show("set plus", lambda: s + s)
show("set or list", lambda: s | [2])
try:
    s |= [2]
except TypeError as ex:
    print("ior list", ex)

print("== set methods")
s = set()
s.add(3)
s.add(3)
s.update([1], (2,), {9: 0}, "")
print(s, len(s))
s.discard(100)
s.discard(9)
s.remove(3)
print(s)
show("remove missing", lambda: s.remove(42))
show("remove set", lambda: {frozenset({1})}.remove({1}))
show("discard list", lambda: s.discard([]))
q = {frozenset({1})}
q.discard({1})
print(q)
print(s.pop(), s.pop(), s)
show("pop empty", lambda: s.pop())
a, b = {1, 2, 3, 4, 5}, {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(), a.union(b, [10], range(3)), a.intersection(b, {5}), a.intersection(), a.difference(b, {1}))
print(a.symmetric_difference([5, 6]), a.issubset(range(10)), a.issuperset([1, 2]), a.issuperset(b))
print(a.isdisjoint([8]), a.isdisjoint(b), {1}.issubset([1]), set().issubset(set()))
show("union kw", lambda: a.union(x=1))
show("sym two", lambda: a.symmetric_difference(b, b))
c = set(a)
c |= {10}
c &= {1, 2, 10, 11}
c ^= {2, 3}
c -= {3}
print(c)
f = frozenset([1, 2])
g = f
g |= {3}
print(f, g, f is g, frozenset(f) is f, f.copy() is f, frozenset() is frozenset(), set(f) is f)
d2 = set(range(10))
d2.intersection_update(range(0, 30, 2), [0, 2, 4, 40])
d2.difference_update({0}, [4])
d2.symmetric_difference_update({2, 5})
print(d2)
show("set kw", lambda: set(a=1))
show("set two", lambda: set([], []))
show("frozenset kw", lambda: frozenset(a=1))
print(set[int], frozenset[str])
it = iter({1, 2})
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
try:
    ss = {1, 2}
    for x in ss:
        ss.add(x + 10)
except RuntimeError as ex:
    print("RuntimeError", ex)
rs = set()
rs.__init__([1, 2])
rs.__init__([3])
print(rs)

print("== int set order")
print({5, 3, 17, 9, 33, 1, -1, -8, 1000, 64})
print(set(range(20, 0, -3)), {x * 7 % 31 for x in range(30)})
z = set(range(40))
for k in range(0, 40, 3):
    z.discard(k)
z.update(range(100, 140, 7))
print(z)
print([z.pop() for _ in range(5)], z)
print({1, 2, 3} | {100, 200, 9}, {9, 200, 100} | {1, 2, 3}, set(range(30)) - set(range(0, 30, 2)))
print(set(range(50)) & set(range(25, 200)), frozenset(range(5)) ^ {3, 4, 5, 6}, {1: 1, 33: 2, 65: 3}.keys() | {2})
big = set(range(1000))
big -= set(range(3, 1000))
print(big)
many = set()
for k in [8, 16, 24, 32, 40, 0, 48, 56, 64]:
    many.add(k)
many.discard(8)
many.add(72)
print(many, many.pop(), many.pop(), many)

print("== int set order stress")
seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n


for trial in range(40):
    s = set()
    popped = []
    for step in range(rnd(80) + 1):
        r = rnd(100)
        if r < 55:
            s.add(rnd(2000) - 300)
        elif r < 70:
            s.discard(rnd(2000) - 300)
        elif r < 82:
            if s:
                popped.append(s.pop())
        elif r < 88:
            s |= {rnd(500) for _ in range(rnd(10))}
        elif r < 92:
            s -= set(range(rnd(100), rnd(100) + 50))
        elif r < 96:
            s ^= set(range(rnd(60), rnd(60) + 20, 3))
        else:
            s &= set(range(-300, rnd(1700)))
    print(s, popped)
