# tuple and dict.
t = (1, "a", [2], None)
print("tuple:", t, (), (1,), tuple("ab"), tuple([1, 2]), tuple(range(3)), type(()).__name__)
print("methods:", (1, 2, 1).count(1), (1, 2, 3).index(3), (1, 2, 1).index(1, 1))
try:
    (1, 2).index(5)
except ValueError as e:
    print("tuple index error:", e)
print("ops:", (1, 2) + (3,), (0,) * 3, (1, 2) < (1, 3), (1,) == (1,), 2 in (1, 2), len(t), t[-1], t[1:])
print("hash:", hash((1, 2)) == hash((1, 2)), hash(()) == hash(tuple()))
try:
    hash(([1],))
except TypeError as e:
    print("unhashable tuple:", e)
try:
    (1,) + [2]
except TypeError as e:
    print("tuple concat:", e)
t[2].append(3)
print("mutable element:", t)
print("nested repr:", ((1, 2), (3,), ()))
print("min/max tuples:", max([(1, "b"), (1, "c"), (0, "z")]), min((3, 1), (2, 9)))

d = {"b": 1, "a": 2}
d["c"] = 3
print("dict:", d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
del d["b"]
d["b"] = 4
print("order after reinsert:", d)
d["a"] = 99
print("update keeps position:", d)
print("get:", d.get("a"), d.get("zz"), d.get("zz", "dflt"))
print("setdefault:", d.setdefault("a", 0), d.setdefault("new", []), d)
print("pop:", d.pop("new"), d.pop("zz", "missing"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("pop error:", repr(e))
print("popitem:", d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print("popitem empty:", e)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print("update:", d)
print("fromkeys:", dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
c = d.copy(); c["only"] = 1
print("copy:", "only" in d, "only" in c)
c.clear()
print("clear:", c)
print("constructors:", dict(a=1, b=2), dict([("k", "v")]), dict({"m": 1}, n=2), dict(zip("ab", range(2))))
print("merge:", {"a": 1, "b": 2} | {"b": 3, "c": 4}, {1: 1} | {})
m = {"a": 1}; m |= {"a": 2, "z": 0}
print("merge in place:", m)
try:
    {}["nope"]
except KeyError as e:
    print("KeyError:", repr(e), str(e), e.args)
try:
    {}[("t", 1)]
except KeyError as e:
    print("KeyError tuple:", e)
try:
    {}[""]
except KeyError as e:
    print("KeyError empty str:", e)
try:
    d[[1]] = 2
except TypeError as e:
    print("unhashable key:", e)
k = {"a": 1, "b": 2, "c": 3}
print("views:", k.keys(), k.values(), k.items())
print("view set ops:", sorted(k.keys() & {"a", "c", "z"}), sorted(k.keys() | {"q"}), sorted(k.keys() - {"a"}), sorted(k.keys() ^ {"a", "w"}))
print("items set ops:", sorted(k.items() & {("a", 1), ("b", 3)}))
print("view contains:", "a" in k.keys(), 1 in k.values(), ("b", 2) in k.items())
kv = k.keys()
k["d"] = 4
print("live view:", list(kv), len(kv))
print("view eq:", {"a": 1}.keys() == {"a"}, {"a": 1}.items() == {("a", 1)})
try:
    for key in k:
        k["new" + key] = 0
except RuntimeError as e:
    print("mutation during iteration:", e)
print("dict eq:", {"a": 1, "b": 2} == {"b": 2, "a": 1}, {1: 1} == {1.0: 1}, {True: "t", 1: "one"})
print("int/float keys:", {1: "a", 1.0: "b"}, {0: "z"}[False])
print("comprehension:", {x: x * x for x in range(4) if x})
print("reversed:", list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
nested = {"l": [1, {"x": (1, 2)}], "d": {}}
print("nested repr:", nested)
r = {}; r["self"] = r
print("recursive repr:", r)
print("in/not in:", "l" in nested, "x" not in nested)
print("len/bool:", len({}), bool({}), bool({0: 0}))
print("sorted by value:", sorted(k.items(), key=lambda kv: -kv[1]))
print("dict from pairs error:", end=" ")
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)
print("iteration order after delete:", end=" ")
o = {i: i for i in range(6)}
for i in (1, 3):
    del o[i]
o[1] = "back"
print(list(o))
print("get with None value:", {"a": None}.get("a", "x"))
print("keys type:", type(k.keys()).__name__, type(k.values()).__name__, type(k.items()).__name__)
