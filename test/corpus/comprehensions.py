# List/set/dict comprehensions and generator expressions.
print("list:", [x * x for x in range(6)])
print("cond:", [x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print("ifelse:", [x if x % 2 else -x for x in range(6)])
print("nested:", [(a, b) for a in range(3) for b in range(a)])
print("nested cond:", [a * b for a in range(4) if a for b in range(4) if b > a])
print("matrix:", [[r * 3 + c for c in range(3)] for r in range(3)])
m = [[1, 2, 3], [4, 5, 6]]
print("transpose:", [[row[i] for row in m] for i in range(3)])
print("flatten:", [v for row in m for v in row])
print("set:", sorted({x % 4 for x in range(20)}))
print("dict:", {k: k ** 2 for k in range(5)})
print("dict swap:", {v: k for k, v in {"a": 1, "b": 2}.items()})
print("dict dup keys:", {x % 3: x for x in range(10)})
g = (x * 2 for x in range(5))
print("genexp type:", type(g).__name__)
print("genexp:", list(g), list(g))
print("sum genexp:", sum(x for x in range(101)))
print("call genexp:", max(len(w) for w in ["a", "abc", "ab"]))

x = "outer x"
lst = [x for x in "abc"]
print("no leak:", x, lst)

# the first iterable is evaluated in the enclosing scope
class C:
    data = [1, 2, 3]
    doubled = [v * 2 for v in data]
    try:
        bad = [v * len(data) for v in data]
    except NameError as e:
        err = str(e)
print("class comp:", C.doubled, C.err)

# genexp first iterable evaluated immediately
def boom():
    raise ValueError("evaluated now")
try:
    gen = (v for v in boom())
except ValueError as e:
    print("eager first iter:", e)
gen = (1 / 0 for v in range(3))
print("lazy body: created")
try:
    next(gen)
except ZeroDivisionError as e:
    print("lazy body:", e)

# closures capturing comprehension variables
fs = [lambda: v for v in range(3)]
print("closure in comp:", [f() for f in fs])

# walrus in comprehension binds in enclosing scope
total = 0
vals = [total := total + v for v in range(5)]
print("walrus comp:", vals, total)
def find_first():
    if any((hit := v) > 3 for v in [1, 5, 2, 7]):
        return hit
print("walrus any:", find_first())

# nested comprehension scopes
print("nested scope:", [[y for y in range(x)] for x in range(4)])
print("dependent:", {(i, j) for i in range(3) for j in range(i, 3)} == {(0, 0), (0, 1), (0, 2), (1, 1), (1, 2), (2, 2)})

# unpacking in comprehension
pairs = [(1, "a"), (2, "b")]
print("unpack:", [f"{n}{s}" for n, s in pairs])
print("star unpack:", [rest for first, *rest in [(1, 2, 3), (4, 5)]])

# comprehension over a dict iterates keys
d = {"x": 1, "y": 2}
print("dict iter:", [k for k in d], [k + str(v) for k, v in d.items()])

# generator expression with condition and nested
print("gen nested:", list((i, j) for i in range(2) for j in "ab"))
print("sorted genexp:", sorted((v for v in [3, 1, 2]), reverse=True))

# comprehensions inside functions capture locals
def scale(factor):
    return [factor * v for v in range(3)]
print("captures local:", scale(7))

# iteration variable rebinding does not affect source
src = [1, 2, 3]
out = [src for src in range(2)]
print("source intact:", src, out)

# set comprehension with tuples
print("set tuples:", sorted({(a % 2, b % 2) for a in range(4) for b in range(4)}))

# comprehension modifying an outer list
acc = []
[acc.append(v) for v in range(3)]
print("side effects:", acc)

# dict comprehension ordering
print("dict order:", list({c: None for c in "hello"}))
