# The match statement (PEP 634): every pattern kind, guards, binding rules, errors.


def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small int"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j | -1 + 2j:
            return "complex"
        case "hello" | b"bytes":
            return "greeting or bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case []:
            return "empty sequence"
        case [single]:
            return f"one item: {single!r}"
        case [a, b]:
            return f"pair {a!r}, {b!r}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long sequence {first}..{last} ({len(middle)} in the middle)"
        case [first, *_, last]:
            return f"sequence {first}..{last}"
        case {"type": "point", "x": px, "y": py}:
            return f"point mapping ({px}, {py})"
        case {"type": kind, **rest} if rest:
            return f"typed mapping {kind} with {sorted(rest)}"
        case {"type": kind}:
            return f"bare typed mapping {kind}"
        case {}:
            return "some other mapping"
        case str() as s:
            return f"string {s!r}"
        case int(n) if n > 100:
            return f"big int {n}"
        case int(n) | float(n):
            return f"number {n}"
        case _:
            return f"something else: {type(x).__name__}"


values = [0, 2, -1, 1.5, 2j, -1 + 2j, "hello", b"bytes", None, True, False, [], (), [7], ("x",),
          [1, 2], (3, 4), [1, 2, 3], [1, 2, 3, 4, 5, 6], range(3), {"type": "point", "x": 1, "y": 2},
          {"type": "circle", "r": 3}, {"type": "empty"}, {"other": 1}, {}, "text", bytearray(b"ba"),
          500, 42, 2.25, {1, 2}, object()]
for v in values:
    print(describe(v))

# 1 == 1.0 == True, but True/False/None compare by identity.
for v in [1, 1.0, True]:
    match v:
        case True:
            print(repr(v), "is True")
        case 1:
            print(repr(v), "== 1")


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"3d on plane at {x},{y}"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"on the diagonal at {x}"
        case Point(x=x) if x < 0:
            return "left half"
        case Point():
            return "somewhere else"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(-1, 3), Point(1, 2), Point3(1, 2, 0),
          Point3(1, 2, 3), "point"]:
    print(where(p))

# Attributes missing on the subject make the pattern fail.
match Point(1, 2):
    case Point(z=z):
        print("has z", z)
    case Point(x=x, y=y):
        print("no z", x, y)

# Errors from class patterns.
class NoArgs:
    pass


class BadArgs:
    __match_args__ = ["a"]


def try_match(subject, which):
    try:
        match subject:
            case Point(1, 2, 3) if which == 1:
                pass
            case NoArgs(1) if which == 2:
                pass
            case BadArgs(1) if which == 3:
                pass
            case Point(x, x=1) if which == 4:
                pass
            case int(1, 2) if which == 5:
                pass
    except TypeError as e:
        print("TypeError:", e)


try_match(Point(1, 2), 1)
try_match(NoArgs(), 2)
try_match(BadArgs(), 3)
try_match(Point(1, 2), 4)
try_match(5, 5)
try:
    match 1:
        case len():
            pass
except TypeError as e:
    print("TypeError:", e)

# Built-in types match themselves with one positional pattern; subclasses too.
class MyInt(int):
    pass


for v in [True, MyInt(7), 3.0, "s", b"b", bytearray(b"x"), [1], (1,), {1: 2}, {1}, frozenset({2})]:
    match v:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i, type(i).__name__)
        case float(f) | str(f) | bytes(f) | bytearray(f):
            print("float/str/bytes/bytearray", repr(f))
        case list(l) | tuple(l):
            print("list/tuple", l)
        case dict(d):
            print("dict", d)
        case set(s) | frozenset(s):
            print("set/frozenset", sorted(s))

# Nesting, or-patterns with captures, as-patterns.
match [1, [2, 3, 4], {"a": (5, 6)}, Point(7, 8)]:
    case [x, [y, *zs], {"a": (p, q) as pair}, Point(x=px) as pt]:
        print(x, y, zs, p, q, pair, px, type(pt).__name__)

for subject in [(1, "one"), ("two", 2), (3, 3), [4, 5]]:
    match subject:
        case (1, name) | (name, 2):
            print("or binding", name)
        case (a, b) | [b, a] if a == b:
            print("equal pair", a)
        case [a, b] | (b, a):
            print("swapped binding", a, b)

# Mapping patterns: extra keys are allowed, **rest collects them, get() is used.
from_mapping = {"a": 1, "b": 2, "c": 3}
match from_mapping:
    case {"a": 1, **rest}:
        print("rest", rest)
match from_mapping:
    case {"b": b, "a": a}:
        print("order does not matter", a, b)


class Mapping2(dict):
    def get(self, key, default=None):
        print("get", key)
        return super().get(key, default)


match Mapping2(x=1):
    case {"x": x, "y": y}:
        print("both", x, y)
    case {"x": x}:
        print("only x", x)

# Dotted names are value patterns; bare names capture.
class Color:
    RED = "red"
    GREEN = "green"


for c in ["red", "green", "blue"]:
    match c:
        case Color.RED:
            print("stop")
        case Color.GREEN:
            print("go")
        case other:
            print("unknown colour", other)

# Strings are not sequences here; iterators are neither.
for v in ["ab", iter([1, 2]), b"ab"]:
    match v:
        case [a, b]:
            print("sequence of two", a, b)
        case _:
            print("not matched as a sequence:", type(v).__name__)

# Names bound before a failing guard stay bound; the subject is evaluated once.
def subject():
    print("evaluating subject")
    return [1, 2]


match subject():
    case [a, b] if a > b:
        print("unreachable")
    case [c, d]:
        print("second case", a, b, c, d)

# match and case remain ordinary names.
match = {"case": 1}
case = match["case"]
print(match, case)
_ = 5
print(_)

# Compile-time errors.
for source in [
    "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case [a] | [b]:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case {'k': 1, 'k': 2}:\n        pass\n",
    "match x:\n    case Point(x=1, x=2):\n        pass\n",
    "match x:\n    case 1 + 2:\n        pass\n",
    "match x:\n    case 1 as _:\n        pass\n",
    "match x:\n    case Point(x=1, 2):\n        pass\n",
]:
    try:
        compile(source, "<case>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)
