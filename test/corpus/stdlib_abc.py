# abc and collections.abc: abstract methods, register, __subclasshook__, built-in registrations
from abc import ABC, ABCMeta, abstractmethod, abstractproperty, abstractclassmethod, \
    abstractstaticmethod, get_cache_token, update_abstractmethods
import collections.abc as cabc


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name}: {self.area()}"


for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print("abstract", e)


class Half(Shape):
    def area(self):
        return 1


try:
    Half()
except TypeError as e:
    print("half", e)


class Square(Half):
    name = "square"

    def perimeter(self):
        return 4


print(Square().describe(), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
print(isinstance(Square(), Shape), issubclass(Square, Half), issubclass(int, Shape))


class Old(metaclass=ABCMeta):
    @abstractproperty
    def p(self):
        ...

    @abstractclassmethod
    def c(cls):
        ...

    @abstractstaticmethod
    def s():
        ...


print(sorted(Old.__abstractmethods__))


class Registry(ABC):
    pass


token = get_cache_token()
print(Registry.register(int) is int, isinstance(3, Registry), issubclass(bool, Registry),
      isinstance("x", Registry), get_cache_token() > token)
try:
    Registry.register(5)
except TypeError as e:
    print("register", e)


class Quacks(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Quacks:
            return any("quack" in B.__dict__ for B in C.__mro__)
        return NotImplemented


class Duck:
    def quack(self):
        return "quack"


class Robot:
    pass


print("hook", isinstance(Duck(), Quacks), isinstance(Robot(), Quacks), issubclass(Duck, Quacks))


class Later(ABC):
    @abstractmethod
    def m(self):
        ...


class Impl(Later):
    pass


Impl.m = lambda self: 1
update_abstractmethods(Impl)
print("update", Impl().m(), Impl.__abstractmethods__)

print("-- collections.abc")
for t in (list, tuple, dict, set, frozenset, str, bytes, bytearray, range, int, type(None),
          type(iter([]))):
    print(t.__name__, [n for n in cabc.__all__ if issubclass(t, getattr(cabc, n))])


def gen():
    yield 1


print(isinstance(gen(), cabc.Generator), isinstance(len, cabc.Callable),
      isinstance(lambda: 0, cabc.Callable), isinstance(1, cabc.Hashable),
      isinstance([], cabc.Hashable), isinstance({}.keys(), cabc.Set))


class MySeq(cabc.Sequence):
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


s = MySeq(3, 1, 4, 1)
print(list(s), 1 in s, s.index(4), s.count(1), list(reversed(s)), isinstance(s, cabc.Reversible))
try:
    s.index(9)
except ValueError:
    print("index ValueError")


class MyMap(cabc.MutableMapping):
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


m = MyMap()
m.update({'a': 1}, b=2)
m.setdefault('c', 3)
print(dict(m), m.get('z', 0), 'a' in m, m.pop('a'), m.popitem(), list(m.keys()), list(m.items()),
      list(m.values()), m == {'c': 3}, len(m))
try:
    cabc.Sequence()
except TypeError as e:
    print(e)


class MySet(cabc.Set):
    def __init__(self, it=()):
        self.s = list(dict.fromkeys(it))

    def __contains__(self, x):
        return x in self.s

    def __iter__(self):
        return iter(self.s)

    def __len__(self):
        return len(self.s)


a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= MySet([1, 2, 3, 5]),
      a == MySet([3, 2, 1]), a.isdisjoint([7]))
