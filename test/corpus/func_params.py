# Parameters: defaults, *args, **kwargs, keyword-only, positional-only, errors.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(1, f(1, c=3))
print(2, f(1, 5, 6, 7, c=8, z=9, y=10))
print(3, f(*[1, 2, 3], **{"c": 0, "d": 1, "e": 2}))

def pos(a, b, /, c, *, d):
    return a, b, c, d
print(4, pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
try:
    pos(1, b=2, c=3, d=4)
except TypeError as e:
    print(5, type(e).__name__, e)
try:
    pos(1, 2, 3, 4)
except TypeError as e:
    print(6, type(e).__name__, e)

def pk(a, /, **kw):
    return a, kw
print(7, pk(1, a=2))

def two(a, b):
    return a + b
for args, kwargs in [((1, 2, 3), {}), ((1,), {}), ((), {}), ((1, 2), {"z": 1}),
                     ((1,), {"a": 2}), ((), {"a": 1, "b": 2, "c": 3})]:
    try:
        two(*args, **kwargs)
    except TypeError as e:
        print(8, type(e).__name__, e)

def kwo(*, x, y):
    return x, y
try:
    kwo(x=1)
except TypeError as e:
    print(9, e)
try:
    kwo(1, 2)
except TypeError as e:
    print(10, e)
try:
    kwo()
except TypeError as e:
    print(11, e)

def three(a, b, c):
    pass
try:
    three()
except TypeError as e:
    print(12, e)
try:
    three(1)
except TypeError as e:
    print(13, e)

def opt(a, b=1):
    pass
try:
    opt(1, 2, 3)
except TypeError as e:
    print(14, e)
try:
    opt()
except TypeError as e:
    print(15, e)

def noargs():
    pass
try:
    noargs(1)
except TypeError as e:
    print(16, e)

# defaults evaluated once
def append_to(x, lst=[]):
    lst.append(x)
    return lst
print(17, append_to(1), append_to(2), append_to(3, []), append_to(4))

counter = [0]
def make_default():
    counter[0] += 1
    return counter[0]
def g(x=make_default()):
    return x
print(18, g(), g(), counter[0])

# defaults bound at definition time
val = 10
def h(x=val):
    return x
val = 20
print(19, h())

# kwargs ordering preserved
def kw_order(**kw):
    return list(kw)
print(20, kw_order(z=1, a=2, m=3))

# star args is a tuple
def star(*a):
    return type(a).__name__, a
print(21, star(), star(1, *[2, 3], *(4,)))

# ** with a non-str key
try:
    two(**{1: 2})
except TypeError as e:
    print(22, e)

# duplicate via ** merge
try:
    two(1, **{"a": 5, "b": 6})
except TypeError as e:
    print(23, e)
try:
    f(1, **{"c": 1}, **{"c": 2})
except TypeError as e:
    print(24, e)

# method argument errors mention qualified name
class C:
    def m(self, x):
        return x
try:
    C().m()
except TypeError as e:
    print(25, e)
try:
    C().m(1, 2)
except TypeError as e:
    print(26, e)

# lambda parameters
lam = lambda a, *r, k=3, **kw: (a, r, k, kw)
print(27, lam(1, 2, k=4, q=5))

def missing2(a, b, c):
    pass
try:
    missing2(1)
except TypeError as e:
    print(28, e)
def kwmissing(*, a, b, c):
    pass
try:
    kwmissing(b=1)
except TypeError as e:
    print(29, e)
