# Chained comparisons (operands evaluated once) and star-unpacking everywhere.
calls = []
def v(x):
    calls.append(x)
    return x

print("chain:", 1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 >= 1 == 1 != 2)
print("chain once:", v(1) < v(2) < v(3), calls)
calls.clear()
print("short circuit:", v(3) < v(1) < v(2), calls)
calls.clear()
print("mixed ops:", 1 < v(5) > 2, calls)
print("in chain:", 1 in [1] in [[1]], "a" < "b" in "xbx")
one = 1
print("is chain:", None is None is not one)
x = 5
print("range check:", 0 <= x < 10, 0 <= x < 5)
print("compare seqs:", [1, 2] < [1, 3], (1, 2) < (1, 2, 0), "abc" < "abd", [1, [2]] == [1, [2]])
print("compare types:", 1 == 1.0, 1 == True, 0 == False, "1" == 1, None == 0)
try:
    1 < "a"
except TypeError as e:
    print("bad compare:", e)
try:
    [1] < (1,)
except TypeError as e:
    print("bad compare 2:", e)
try:
    None > None
except TypeError as e:
    print("bad compare 3:", e)

# star unpacking in assignment
a, *b = [1, 2, 3]
print("a,*b:", a, b)
*a, b = "xyz"
print("*a,b:", a, b)
a, *b, c = range(5)
print("a,*b,c:", a, b, c)
a, *b, c = (1, 2)
print("empty star:", a, b, c)
(a, b), c = "xy", 3
print("nested:", a, b, c)
[a, (b, *c)], d = [1, (2, 3, 4)], 5
print("nested star:", a, b, c, d)
first, *_ = "hello"
print("underscore:", first, _)
a = b = c = 7
print("chained assign:", a, b, c)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print("assign order:", i, lst)
x, y = 1, 2
x, y = y, x
print("swap:", x, y)

try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("too many:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("not enough:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("star not enough:", e)
try:
    a, b = 5
except TypeError as e:
    print("non-iterable:", e)
try:
    a, b = "xyz"
except ValueError as e:
    print("str too many:", e)

# star in calls
def f(*args, **kw):
    return args, kw
print("call star:", f(*[1, 2], 3, *"ab"))
print("call dstar:", f(**{"a": 1}, b=2, **{"c": 3}))
print("call mixed:", f(1, *(2,), x=1, **{"y": 2}))
try:
    f(*5)
except TypeError as e:
    print("bad star:", e)
try:
    f(**[1])
except TypeError as e:
    print("bad dstar:", e)

# star in displays
print("list display:", [*range(3), *"ab", 9])
print("tuple display:", (*[1, 2], 3))
print("set display:", sorted({*[3, 1], *(2, 1)}))
print("dict display:", {**{"a": 1, "b": 2}, "b": 3, **{"c": 4}})
print("single star tuple:", *[1, 2, 3])
t = *"ab",
print("star tuple expr:", t)

# for-loop targets
for i, (k, *rest) in enumerate([("a", 1, 2), ("b",)]):
    print("for target:", i, k, rest)
d = {}
for d["key"] in [1, 2]:
    pass
print("for subscript target:", d)

class O:
    pass
o = O()
o.a, o.b = "pq"
print("attr targets:", o.a, o.b)
