# dataclasses: generated methods, field options, frozen, order, hashing, InitVar, KW_ONLY,
# helpers (fields, asdict, astuple, replace, make_dataclass) and their errors
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, make_dataclass,
                         is_dataclass, InitVar, KW_ONLY, FrozenInstanceError, MISSING)
from collections import namedtuple
from typing import ClassVar, List


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


@dataclass
class Point:
    x: int
    y: int = 0


print(Point(1), Point(1, 2) == Point(1, 2), Point(1) != Point(2), Point.__match_args__)
t("missing", lambda: Point())
t("too many", lambda: Point(1, 2, 3))
t("unknown kw", lambda: Point(1, z=3))
t("eq other type", lambda: Point(1, 0) == (1, 0))
t("lt", lambda: Point(1) < Point(2))
t("hash none", lambda: Point.__hash__)
print([(f.name, f.type, f.default is MISSING) for f in fields(Point)], is_dataclass(Point), is_dataclass(Point(1)), is_dataclass(1))


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tag: str = field(default='', compare=False, repr=False)


v = Version(1, 2, 'x')
print(v, sorted([Version(2), Version(1, 5), Version(1, 2, 'z')]), hash(v) == hash(Version(1, 2)))
t("frozen set", lambda: setattr(v, 'major', 3))
t("frozen del", lambda: delattr(v, 'minor'))
t("frozen new attr", lambda: setattr(v, 'other', 3))
print(isinstance(FrozenInstanceError(), AttributeError))


@dataclass(unsafe_hash=True)
class Hashy:
    a: int
    b: list = field(default_factory=list, hash=False)


print(hash(Hashy(1)) == hash(Hashy(1, [2])), Hashy(1))


@dataclass
class Explicit:
    a: int

    def __hash__(self):
        return 7


print(hash(Explicit(1)))


@dataclass(eq=False)
class NoEq:
    a: int


print(NoEq(1) == NoEq(1), hash(NoEq(1)) != 0)


@dataclass
class Fields:
    a: int
    b: List[int] = field(default_factory=list)
    c: int = field(default=5, init=False)
    d: int = field(default=1, repr=False)
    e: ClassVar[int] = 10
    f: int = field(default=0, metadata={'unit': 'm'})


fo = Fields(1)
print(fo, fo.c, Fields.e, [x.name for x in fields(fo)], fields(Fields)[-1].metadata)
t("init=False arg", lambda: Fields(1, [], 3))
t("replace init=False", lambda: replace(fo, c=1))
print(replace(fo, a=9, d=2), fo.b is replace(fo).b)


@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    total: int = field(init=False)

    def __post_init__(self, scale):
        self.total = self.a * scale


print(WithInit(3), WithInit(3, 10), [f.name for f in fields(WithInit)])
t("initvar replace", lambda: replace(WithInit(1), a=2))


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int


print(KW(1, c=3), KW(1, b=2, c=3))
t("kw positional", lambda: KW(1, 2, 3))


@dataclass(kw_only=True)
class AllKW:
    x: int
    y: int = 2


print(AllKW(x=1), AllKW.__match_args__)
t("kw_only positional", lambda: AllKW(1))


def bad_order():
    @dataclass
    class Bad:
        a: int = 1
        b: int


def mutable_default():
    @dataclass
    class Bad:
        a: list = []


def no_annotation():
    @dataclass
    class Bad:
        a = field(default=1)


def order_no_eq():
    @dataclass(order=True, eq=False)
    class Bad:
        a: int


def both_defaults():
    return field(default=1, default_factory=list)


def frozen_from_mutable():
    @dataclass(frozen=True)
    class Bad(Point):
        z: int = 0


def overwrite_lt():
    @dataclass(order=True)
    class Bad:
        a: int

        def __lt__(self, other):
            return True


def hash_overwrite():
    @dataclass(unsafe_hash=True)
    class Bad:
        a: int

        def __hash__(self):
            return 1


for fn in (bad_order, mutable_default, no_annotation, order_no_eq, both_defaults,
           frozen_from_mutable, overwrite_lt, hash_overwrite):
    t(fn.__name__, fn)


@dataclass
class Point3(Point):
    z: int = 0


print(Point3(1, 2, 3), [f.name for f in fields(Point3)], Point3(1) == Point(1))


@dataclass
class Tree:
    name: str
    children: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)


Pair = namedtuple('Pair', 'a b')
tree = Tree('root', [Tree('leaf', meta={'k': Pair(1, [2])})], {'x': (1, 2)})
print(tree)
print(asdict(tree))
print(astuple(tree))
print(asdict(Point(1), dict_factory=lambda items: sorted(items)))
t("asdict class", lambda: asdict(Point))
t("astuple non", lambda: astuple(5))
t("fields non", lambda: fields(5))
t("replace non", lambda: replace(5))
node = Tree('self')
node.children.append(node)
print(node)
Dyn = make_dataclass('Dyn', ['a', ('b', int), ('c', int, field(default=3))], namespace={'double': lambda self: self.b * 2})
print(Dyn(1, 2), Dyn(1, 2).double(), [f.name for f in fields(Dyn)])
t("make dup", lambda: make_dataclass('X', ['a', 'a']))


@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
t("slots new attr", lambda: setattr(s, 'c', 1))
print(MISSING is not None, repr(field().default is MISSING))
