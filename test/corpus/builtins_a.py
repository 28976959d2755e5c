# Built-in functions, part 1.
print("abs:", abs(-3), abs(2.5), abs(-0.0), abs(3 + 4j), abs(True))
print("all/any:", all([]), any([]), all([1, 2]), all([1, 0]), any([0, "", None, 3]), any(x > 2 for x in [1, 5]))
print("ascii:", ascii("abc"), ascii("é"), ascii("日本"), ascii(["ü", 1]), ascii("😀"))
print("bin/oct/hex:", bin(0), bin(5), bin(-5), oct(64), oct(-8), hex(0), hex(-1), hex(3735928559))
print("bool:", bool(), bool(3), bool([]))
print("callable:", callable(len), callable(print), callable(int), callable("x"), callable(lambda: 0), callable(None))
print("chr/ord:", chr(65), chr(8364), ord("€"), ord("\n"), chr(0x1F600) == "😀")
class Simple:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
    def meth(self):
        pass
print("dir:", [n for n in dir(Simple()) if not n.startswith("__")], "__init__" in dir(Simple))
print("divmod:", divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 70, 3 ** 20))
print("enumerate:", list(enumerate("abc")), list(enumerate("ab", start=10)), list(enumerate([], 5)))
e = enumerate(["x", "y"])
print("enumerate iterator:", next(e), next(e), next(e, None))
print("filter:", list(filter(None, [0, 1, "", "a", None, []])), list(filter(lambda v: v % 2, range(8))))
print("float:", float(), float(2), float("  1.25\n"))
print("format:", format(3.14159, ".2f"), format(255, "#x"), format("s", ">4"), format(0.5, ".0%"))
obj = Simple()
print("getattr:", getattr(obj, "inst"), getattr(obj, "missing", "dflt"), getattr(Simple, "cls_attr"))
print("hasattr:", hasattr(obj, "meth"), hasattr(obj, "zzz"))
print("hash:", hash(1) == hash(1.0) == hash(True), hash("a") == hash("a"), hash(None) == hash(None), hash((1, "a")) == hash((1, "a")))
a, b = [], []
print("id:", id(a) == id(a), id(a) != id(b), isinstance(id(a), int))
print("int:", int(), int("0b11", 2) if False else int("11", 2), int(" -42 "), int(3.7), int("z", 36))
print("isinstance:", isinstance(1, int), isinstance(1, (str, float)), isinstance(1, (str, (list, int))), isinstance(True, int), isinstance(Simple(), object))
print("issubclass:", issubclass(bool, int), issubclass(int, (str, object)), issubclass(Simple, Simple), issubclass(KeyError, (ValueError, LookupError)))
print("iter sentinel:", list(iter([3, 2, 1, 0, 5].pop, 0)))
print("len:", len("abc"), len([1]), len({}), len(range(5)), len(b"xy"), len({1, 2}), len((1,)))
print("list:", list(), list("ab"), list({"k": 1}.items()))
print("map:", list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(pow, [2, 3], [3, 2], [5, 5])))
print("max/min:", max(3, 1, 2), min([4, 2, 8]), max("abc"), max([1, 2], [1, 3]), min([], default="empty"),
      max([], default=None), max([1, -5, 3], key=abs), min("bB", "a", key=str.lower), max({"a": 3, "b": 1}, key=lambda k: k))
print("max ties first:", max([(1, "a"), (1, "b")], key=lambda t: t[0]), min([(1, "a"), (1, "b")], key=lambda t: t[0]))
for bad in [lambda: max(), lambda: max(1), lambda: min([], key=len), lambda: max(1, 2, default=0)]:
    try:
        bad()
    except (TypeError, ValueError) as ex:
        print("max/min error:", type(ex).__name__, ex)
it = iter([1, 2])
print("next:", next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as ex:
    print("next exhausted:", repr(ex))
print("object:", type(object()).__name__, object.__name__, object.__bases__)
print("pow:", pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7), pow(38, -1, 97), pow(2, 0, 1), pow(2.0, 3))
print("range:", list(range(3)), list(range(1, 4)), list(range(10, 0, -4)))
print("repr:", repr("x"), repr(1.0), repr([None]), repr(repr))
print("reversed:", list(reversed([1, 2, 3])), "".join(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))))
print("round:", round(0.5), round(1.5), round(2.5), round(-1.5), round(2.675, 2), round(0.125, 2), round(0.375, 2),
      round(15, -1), round(25, -1), round(1.23456, 3), round(-0.4), round(12345.6789, -2), round(7))
s = Simple()
setattr(s, "new", 5)
delattr(s, "inst")
print("setattr/delattr:", vars(s))
print("sorted:", sorted([3, 1, 2]), sorted("cab"), sorted([3, 1, 2], reverse=True), sorted({"b": 1, "a": 2}),
      sorted(["aa", "b", "ccc"], key=len, reverse=True), sorted([(1, "z"), (0, "y"), (1, "a")], key=lambda p: p[0]))
print("sum:", sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum([0.5, 0.25]), sum(range(5), start=100), sum([]))
try:
    sum(["a", "b"], "")
except TypeError as ex:
    print("sum str:", ex)
print("type:", type(1), type("s").__name__, type(type), type(None), type(Simple()).__name__)
print("vars:", vars(Simple()), sorted(k for k in vars(Simple) if not k.startswith("__")))
try:
    vars(1)
except TypeError as ex:
    print("vars error:", ex)
print("zip:", list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])), dict(zip("xy", (1, 2))))
print("zip strict ok:", list(zip([1, 2], [3, 4], strict=True)))
for args in [([1, 2, 3], [1]), ([1], [1, 2]), ([1, 2], [1, 2], [1])]:
    try:
        list(zip(*args, strict=True))
    except ValueError as ex:
        print("zip strict:", ex)
print("unzip:", list(zip(*[(1, "a"), (2, "b")])))
print("__import__:", __import__("sys").__name__, __import__("sys") is __import__("sys"))
print("tuple/set/dict:", tuple("ab"), set(), dict(), frozenset("aa"))
print("str:", str(), str(5), str(b"ab", "ascii"), str(b"\xc3\xa9", encoding="utf-8"))
print("bytes/bytearray:", bytes(2), bytearray(b"q"))
print("complex:", complex(), complex(1), complex("2j"))
print("slice:", slice(3), slice(1, 2, 3).indices(10))
print("memory-free builtins:", callable(globals), callable(locals))
