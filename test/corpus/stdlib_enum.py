# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, aliases, functional API, errors
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class F(Flag):
    A = 1
    B = 4
    C = 2
    AB = 5
print(list(F), list(F.__members__), F(7), repr(F(7)), list(F(7)), F.AB, repr(F.AB), F(0), repr(F(0)), F(0).name, F(7).name, len(F(7)))
print(~F.A, repr(~F.A), F.A | F.B, F.AB in F(7))
t(lambda: F(8))
t(lambda: F(-1))
t(lambda: 1 in F)
t(lambda: F.A in F)
class M(IntFlag):
    R = 4
    W = 2
    X = 1
print(M(8|4), repr(M(12)), ~M.R, repr(~M.R), M.R | 8, repr(M.R | 8), M(0), repr(M(0)), format(M.R, ''), f"{M.R|M.W}", M.R + 1)
class Color(Enum):
    RED = 1
    GREEN = 2
t(lambda: 1 in Color)
t(lambda: Color.RED in Color)
t(lambda: Color('x'))
class Status(str, Enum):
    OK = 'ok'
print(Status.OK, f"{Status.OK}", format(Status.OK, '>5'), repr(Status.OK), f"{Color.RED}", format(Color.RED, '>12'), Color)
class P(IntEnum):
    A = 1
print(f"{P.A:>4}", str(P.A), repr(P.A), P.A.name, hash(P.A) == hash(1), F)
def mk():
    class D(Enum):
        A = 1
        A = 2
t(mk)
t(lambda: Color.__members__)
class S(StrEnum):
    X = auto()
    Y = 'why'
print(S.X, repr(S.X), S.Y + '!')
A = Enum('A', 'X Y Z')
print(list(A), A.Y.value, repr(A.Z))
B = Enum('B', [('P', 5), ('Q', 7)])
print(list(B))
class Au(Enum):
    a = auto()
    b = 10
    c = auto()
print(list(Au), [m.value for m in Au])
def d():
    del Color.RED
t(d)
print(Color.RED.value, Color['GREEN'])
print(repr(F.A), F.A.value, F.A.name, F.A & F.C, repr(F.A & F.C), bool(F.A & F.C))
class Color(Enum):
    RED = 1
try: Color.RED = 2
except AttributeError as e: print(e)
try:
    class X(Color): pass
except TypeError as e: print(e)
class E(Enum):
    _ignore_ = 'tmp'
    tmp = 5
    A = 1
    def m(self): return 1
    @classmethod
    def c(cls): return 2
print(list(E), E.A.m(), E.c())
class Z(Flag):
    A = 1
    B = 2
print(Z.A ^ Z.B, Z.A ^ Z.A, Z(3) & Z.A, Z.A.__class__.__mro__)
print(Color.RED.__class__, Color.__name__, Color.RED.__hash__() == hash('RED'))


class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name[::-1]
    NORTH = auto()
    SOUTH = auto()


print(list(Ordinal), Ordinal('HTRON'))


class Lenient(Enum):
    A = 1
    B = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Lenient('a'), Lenient('b'))
t(lambda: Lenient(3))


class Weekday(IntEnum):
    MON = 1
    TUE = 2
    WED = 3


print(Weekday.TUE < Weekday.WED, Weekday.MON + Weekday.TUE, Weekday(3), Weekday['MON'], list(reversed(Weekday)))
print({Weekday.MON: 'm'}[1], Weekday.MON in {1, 2}, max(Weekday), f"{Weekday.WED:03d}", hex(Weekday.WED))
Seasons = Enum('Seasons', ['SPRING', 'SUMMER'], start=10)
print(list(Seasons), Seasons.SUMMER.value)
Dir = IntEnum('Dir', {'UP': 1, 'DOWN': -1})
print(Dir.DOWN, repr(Dir.UP), Dir.UP + Dir.DOWN)


class Ordered(Enum):
    _order_ = 'A B'
    A = 1
    B = 2


print(list(Ordered))


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
    RWX = 7


print(repr(Perm.RWX), list(Perm), repr(Perm.R | Perm.W), repr(Perm(0)), Perm.R in Perm.RWX, repr(Perm(5) & 4))
print(repr(Perm.R ^ Perm.RWX), repr(~Perm.X), Perm.R | 2, isinstance(Perm.R | 2, Perm), Perm.W == 2)


class Color2(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(repr(Color2.WHITE), list(Color2.WHITE), len(Color2.WHITE), Color2.WHITE.name, repr(~Color2.RED))
print(repr(Color2(3)), str(Color2(3)), bool(Color2(0)), list(Color2), Color2.RED in Color2.WHITE)
t(lambda: Color2(9))
t(lambda: Color2.RED | 1)
t(lambda: Color2('x'))


class Mood(Enum):
    HAPPY = 'h'
    SAD = 's'

    def describe(self):
        return f'{self.name} is {self.value}'

    @classmethod
    def default(cls):
        return cls.HAPPY

    def __str__(self):
        return f'mood:{self.value}'


print(Mood.SAD.describe(), Mood.default(), str(Mood.SAD), f'{Mood.SAD}', repr(Mood.SAD))
print(sorted(Mood.__members__.items()), Mood.HAPPY in Mood, Mood['SAD'] is Mood('s'))
print(len({Mood.HAPPY, Mood.HAPPY, Mood.SAD}), Mood.HAPPY == Mood.HAPPY, Mood.HAPPY != Mood.SAD)
t(lambda: Mood.HAPPY < Mood.SAD)
t(lambda: setattr(Mood, 'SAD', 1))


def redefine():
    class Bad(Enum):
        A = 1

        def A(self):
            pass


t(redefine)
from enum import member, nonmember, verify, UNIQUE, CONTINUOUS, EnumCheck
class C(Enum):
    A = 1
    f = member(lambda x: 2)
    n = nonmember(5)
    def m(self): return 'm'
print(list(C)[0], C.f.name, C.n, C.A.m())
@verify(UNIQUE, CONTINUOUS)
class D(Enum):
    A = 1
    B = 2
print(list(D))
try:
    @verify(CONTINUOUS)
    class E(Enum):
        A = 1
        B = 3
except ValueError as e: print(e)
try:
    @verify(UNIQUE)
    class F(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
print(EnumCheck.UNIQUE, repr(CONTINUOUS))
