# list: all methods, sorting stability, comparisons, repetition, in-place operators.
L = [3, 1, 2]
L.append(4); L.extend([5, 6]); L.extend(range(2)); L.insert(0, 9); L.insert(100, 7); L.insert(-1, 8)
print("build:", L)
print("pop:", L.pop(), L.pop(0), L.pop(-2), L)
L.remove(1)
print("remove:", L)
try:
    L.remove(42)
except ValueError as e:
    print("remove error:", e)
print("index/count:", L.index(2), L.index(5, 2), [1, 2, 1, 1].count(1), L.count(99))
try:
    L.index(99)
except ValueError as e:
    print("index error:", e)
try:
    [].pop()
except IndexError as e:
    print("pop empty:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("pop range:", e)
L.reverse()
print("reverse:", L)
L.sort()
print("sort:", L)
L.sort(reverse=True)
print("sort reverse:", L)
c = L.copy(); c.append("x")
print("copy:", L, c)
c.clear()
print("clear:", c)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print("sorted key:", sorted(words, key=str.lower))
print("sorted key reverse:", sorted(words, key=str.lower, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (2, "c"), (1, "c")]
print("stable:", sorted(pairs, key=lambda p: p[0]))
print("stable reverse:", sorted(pairs, key=lambda p: p[0], reverse=True))
print("by len:", sorted(["ccc", "a", "bb", "d", "ee"], key=len))
try:
    [1, "a"].sort()
except TypeError as e:
    print("sort error:", e)
print("compare:", [1, 2] < [1, 2, 3], [2] > [1, 9], [1, 2] == [1, 2], [] < [0], [1, "a"] == [1, "a"], [[1]] < [[2]])
print("repeat:", [0] * 3, [1, 2] * 2, 2 * [3], [] * 5, [1] * -1)
nested = [[]] * 3
nested[0].append(1)
print("repeat shares:", nested)
a = [1]; b = a
a += [2]; a *= 2
print("in-place:", a, b is a)
print("concat:", [1] + [2], type([] + []).__name__)
try:
    [1] + (2,)
except TypeError as e:
    print("concat error:", e)
print("membership:", 2 in [1, 2], 3 not in [1, 2], [1] in [[1]], float("nan") in [float("nan")])
print("len/min/max/sum:", len(L), min(L), max(L), sum(L))
print("list():", list("abc"), list((1, 2)), list({"a": 1}), list(range(3)), list())
print("repr nested:", [1, [2, [3, []]], "s", None, 1.0])
r = [1, 2]; r.append(r)
print("recursive repr:", r)
print("index assign:", (lambda x: (x.__setitem__(0, "z"), x)[1])([1, 2]))
e = list(range(5))
e[-1] = "last"
print("negative index assign:", e)
try:
    e[10] = 1
except IndexError as err:
    print("assign out of range:", err)
print("enumerate:", list(enumerate(["a", "b"], 1)))
print("sort in place returns:", [3, 1].sort())
m = [5, 3, 8]
print("sorted copy:", sorted(m), m)
print("reversed:", list(reversed(m)), m[::-1])
print("del:", (lambda x: (x.__delitem__(1), x)[1])([1, 2, 3]))
print("eq with tuple:", [1, 2] == (1, 2))
big = list(range(100))
print("slice big:", big[95:], big[-3:], len(big[::7]))
print("list of lists sort:", sorted([[2, 1], [1, 2], [1, 1]]))
print("sort key none mix:", sorted([3, 1, 2], key=None))
print("extend self:", (lambda x: (x.extend(x), x)[1])([1, 2]))
print("mul assign:", (lambda x: (x.__imul__(0), x)[1])([1, 2]))
print("insert negative:", (lambda x: (x.insert(-10, "s"), x)[1])([1, 2]))
print("count objects:", [[1], [1], 1].count([1]))
print("list hash:", list.__hash__ is None)
print("bool lists:", bool([]), bool([[]]))
print("unpack sort:", sorted([(2, "b"), (1, "z"), (2, "a")]))
print("max key:", max(words, key=len), min(words, key=lambda w: w[-1]))
