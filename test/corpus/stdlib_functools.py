# functools: reduce, partial, partialmethod, lru_cache, cache, wraps, total_ordering,
# cmp_to_key, singledispatch, singledispatchmethod, cached_property
import functools
from functools import (reduce, partial, partialmethod, lru_cache, cache, wraps, update_wrapper,
                       total_ordering, cmp_to_key, singledispatch, singledispatchmethod,
                       cached_property)


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print("-- reduce")
t("sum", lambda: reduce(lambda a, b: a + b, [1, 2, 3, 4]))
t("initial", lambda: reduce(lambda a, b: a + b, [], 'init'))
t("one item", lambda: reduce(lambda a, b: a + b, [7]))
t("empty", lambda: reduce(lambda a, b: a + b, []))
t("not iterable", lambda: reduce(lambda a, b: a + b, 5))
t("generator", lambda: reduce(lambda a, b: a * b, (i for i in range(1, 6))))

print("-- partial")


def f(a, b, c=3, *, d=4):
    return (a, b, c, d)


p = partial(f, 1, d=40)
print(p(2), p(2, 30, d=400), p.args, p.keywords, p.func is f)
pp = partial(p, 2, c=33)
print(pp(), pp.args, pp.keywords, pp.func is f, type(pp).__name__)
t("not callable", lambda: partial(5))
print(repr(partial(max, 1, key=abs)))


class MyPartial(partial):
    pass


mp = MyPartial(f, 9)
print(type(mp).__name__, mp(8), repr(MyPartial(max, 2)))


class Cell:
    def __init__(self):
        self.state = None

    def set_state(self, value):
        self.state = value
        return self

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)

    @classmethod
    def make(cls, a, b):
        return (cls.__name__, a, b)

    make_one = partialmethod(make, 1)


c = Cell()
print(c.set_alive().state, c.set_dead().state, Cell.make_one(2), c.make_one(3))

print("-- lru_cache")
calls = []


@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


for v in [1, 2, 1, 3, 2, 1, 1]:
    sq(v)
print(calls, sq.cache_info(), sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info(), sq.__wrapped__(4), sq.__name__)


@lru_cache
def plain(x, y=1):
    return x + y


print(plain(1), plain(1, y=1), plain(1, 1), plain(x=1), plain.cache_info())


@lru_cache(maxsize=None, typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(True), typed(1), typed.cache_info())


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print(nocache.cache_info())
t("unhashable", lambda: plain([1]))
t("bad maxsize", lambda: lru_cache('x'))


@cache
def fact(n):
    return n * fact(n - 1) if n else 1


print(fact(30), fact.cache_info())


class Holder:
    @lru_cache(maxsize=None)
    def method(self, x):
        return x * 10


h = Holder()
print(h.method(2), h.method(2), Holder.method.cache_info().hits)

print("-- wraps")


def deco(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return fn(*args, **kwargs)
    return wrapper


@deco
def documented(a: int) -> int:
    """The doc."""
    return a


print(documented.__name__, documented.__doc__, documented.__annotations__, documented.__wrapped__(5),
      documented.__qualname__)


def other():
    pass


other.extra = 1


def target():
    pass


update_wrapper(target, other, assigned=('__name__',), updated=('__dict__',))
print(target.__name__, target.extra, target.__wrapped__ is other)

print("-- total_ordering")


@total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __gt__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v > o.v


print(V(1) < V(2), V(2) <= V(2), V(3) >= V(4), V(1) > V(0))
t("not implemented", lambda: V(1) < 5)


@total_ordering
class W:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __le__(self, o):
        return self.v <= o.v


print(W(1) < W(2), W(2) > W(2), W(3) >= W(4), sorted([W(3), W(1)], key=lambda w: w)[0].v)
t("no ordering", lambda: total_ordering(type('Z', (), {})))

print("-- cmp_to_key")
print(sorted([5, 2, 8, 1], key=cmp_to_key(lambda a, b: b - a)))
K = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))

print("-- singledispatch")


@singledispatch
def show(x):
    return f"object:{x!r}"


@show.register
def _(x: int):
    return f"int:{x}"


@show.register(float)
@show.register(complex)
def _(x):
    return f"number:{x}"


@show.register(list)
def _(x):
    return "list:" + ",".join(show(i) for i in x)


class MyInt(int):
    pass


print(show(1), show(2.5), show(1j), show([1, 'a']), show(True), show(MyInt(4)), show(None))
print(show.dispatch(bool).__name__ if hasattr(show.dispatch(bool), '__name__') else '?',
      sorted(k.__name__ for k in show.registry))
t("no args", lambda: show())
try:
    show.register(lambda x: x)
except TypeError as e:
    print("bad register", str(e).startswith("Invalid first argument to `register()`: <function"))


class Fmt:
    @singledispatchmethod
    def fmt(self, x):
        return "generic"

    @fmt.register
    def _(self, x: int):
        return "int"

    @fmt.register(str)
    def _(self, x):
        return "str"


print(Fmt().fmt(1), Fmt().fmt("a"), Fmt().fmt(2.0))

print("-- cached_property")


class Data:
    def __init__(self):
        self.count = 0

    @cached_property
    def value(self):
        """Expensive."""
        self.count += 1
        return 42


dt = Data()
print(dt.value, dt.value, dt.count, 'value' in dt.__dict__, Data.value.__doc__)
del dt.value
print(dt.value, dt.count)
dt.value = 7
print(dt.value)


class Slotted:
    __slots__ = ()

    @cached_property
    def v(self):
        return 1


t("no dict", lambda: Slotted().v)

print("-- singledispatch on ABCs: the most specific registered ABC wins")
import collections.abc as c


@singledispatch
def fabc(x):
    return 'obj'


@fabc.register(c.Iterable)
def _(x):
    return 'iterable'


@fabc.register(c.Sequence)
def _(x):
    return 'sequence'


@fabc.register(c.Mapping)
def _(x):
    return 'mapping'


print(fabc([1]), fabc({}), fabc({1}), fabc(1), fabc("s"), fabc(iter([])))
