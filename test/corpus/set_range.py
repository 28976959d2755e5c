# set, frozenset, range.
a = {1, 2, 3, 4}; b = {3, 4, 5}
print("ops:", sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print("methods:", sorted(a.union(b, [9])), sorted(a.intersection(b, {4})), sorted(a.difference(b, {1})), sorted(a.symmetric_difference(b)))
print("relations:", {1, 2} <= a, {1, 2} < a, a >= {1}, a > a, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}), {1} == {1.0})
s = set()
s.add(1); s.add(1); s.update([2, 3], (4,)); s.discard(99); s.discard(4); s.remove(3)
print("mutate:", sorted(s), len(s))
try:
    s.remove(42)
except KeyError as e:
    print("remove missing:", repr(e))
p = {7}.pop()
print("pop:", p)
try:
    set().pop()
except KeyError as e:
    print("pop empty:", e)
s2 = {1, 2, 3, 4, 5}
s2 &= {1, 2, 3}; s2 |= {10}; s2 -= {1}; s2 ^= {2, 20}
print("in-place ops:", sorted(s2))
s3 = {1, 2, 3}
s3.intersection_update([2, 3, 4]); print("intersection_update:", sorted(s3))
s3.difference_update([2]); print("difference_update:", sorted(s3))
s3.symmetric_difference_update([3, 5]); print("symmetric_difference_update:", sorted(s3))
print("copy/clear:", sorted(a.copy()), (lambda x: (x.clear(), x)[1])({1}))
print("repr:", {1}, set(), frozenset(), frozenset([2]), {(1, 2)})
print("small int sets:", {3, 1, 2}, set(range(5)))
f = frozenset([1, 2, 3])
print("frozenset:", sorted(f | {4}), type(f | {4}).__name__, type({4} | f).__name__, f == {1, 2, 3}, hash(f) == hash(frozenset([3, 2, 1])))
print("frozenset as key:", {f: "ok"}[frozenset({1, 2, 3})], {frozenset(): 1})
try:
    f.add(4)
except AttributeError as e:
    print("frozenset immutable:", e)
try:
    {[1]}
except TypeError as e:
    print("unhashable:", e)
try:
    {1} + {2}
except TypeError as e:
    print("set +:", e)
try:
    hash({1})
except TypeError as e:
    print("set hash:", e)
pts = {(0, 0), (1, 2), (0, 0)}
print("set of tuples:", sorted(pts), (1, 2) in pts)
print("set comprehension:", sorted({c for c in "mississippi"}))
print("set from str:", sorted(set("hello")))
print("len/bool:", len(a), bool(set()), 3 in a, 9 not in a)
print("operators need sets:", end=" ")
try:
    a | [1]
except TypeError as e:
    print(e)

r = range(10)
print("range:", r, range(1, 10, 2), range(10, 0, -3), range(0), repr(range(-5, 5)))
print("len:", len(r), len(range(1, 10, 2)), len(range(10, 0, -3)), len(range(5, 0)), len(range(0, 10 ** 6, 3)))
print("index:", r[3], r[-1], range(10, 0, -3)[2], range(0, 10 ** 20, 7)[10 ** 15])
try:
    r[10]
except IndexError as e:
    print("range index error:", e)
print("slice:", r[2:5], r[::-1], r[::2][1:], range(10, 0, -1)[::3], list(range(20)[5:15:4]))
print("contains:", 5 in r, 10 in r, -1 in r, 3 in range(1, 10, 2), 4 in range(1, 10, 2), 5.0 in r, 10 ** 18 in range(0, 10 ** 20, 2))
print("reversed:", list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))))
print("negative step:", list(range(5, -5, -2)), list(range(-1, -10, -4)))
print("equality:", range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 2) == range(1, 3), range(0, 10, 20) == range(0, 1))
print("methods:", r.count(3), r.index(7), r.start, r.stop, r.step, range(3).start)
try:
    r.index(42)
except ValueError as e:
    print("range index:", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("zero step:", e)
try:
    range(1.5)
except TypeError as e:
    print("float range:", e)
print("sum/min/max:", sum(range(101)), min(range(3, 9)), max(range(3, 9, 2)))
print("hash eq:", hash(range(3)) == hash(range(0, 3)))
print("bool:", bool(range(0)), bool(range(1)))
