# The str type end to end: indexing and slicing by code point (astral too), operators,
# construction and decoding, every method's edge cases and CPython's error messages,
# and the slice type.


def err(f):
    try:
        r = f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
    return "no error: %r" % (r,)


print("-- indexing and slicing")
s = "abcdefghij"
print(s[0], s[-1], s[3:7], s[:3], s[7:], s[-3:], s[:-7], s[::3], s[1::4], s[::-1], s[::-3], s[8:2:-2])
print(repr(s[5:2]), repr(s[100:]), repr(s[-100:2]), s[-100:100], s[5::-1], s[:5:-1], s[-1:-6:-1])
print(s[slice(2, 5)], s[slice(None, None, -2)], s[True], s[False:True])
print(err(lambda: s[10]), "|", err(lambda: s[-11]), "|", err(lambda: s["x"]), "|", err(lambda: s[1.0]))
print(err(lambda: s[::0]), "|", err(lambda: s["a":]), "|", err(lambda: s[2 ** 100]))
print(s[2 ** 100:], s[-2 ** 100:3], s[:: 2 ** 100], s[:: -2 ** 100])
a = "a😀b€c𝄞"
print(len(a), a[1], a[-1], a[1:4], a[::-1], a[::2], a[-2::-2], a.find("b"), a.index("c"), a.rfind("😀"))
print(list(a), [ord(c) for c in a], a.count("😀"), "😀" in a, a[5:0:-1])
print(len("😀😀"), "😀😀"[1], "x😀y".split("😀"), "😀a😀".strip("😀"), "a😀".center(6, "😀"), "😀".ljust(3, "-"))
print(type(iter("abc")).__name__, type(iter("é")).__name__, type(iter("")).__name__)
it = iter("héllo")
next(it)
print(it.__length_hint__(), list(it), it.__length_hint__())

print("-- operators")
print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * -1 == "", "ab" * True, repr("ab" * False), "x" * 0 == "")
print(err(lambda: "a" + 1), "|", err(lambda: 1 + "a"), "|", err(lambda: "a" * "b"), "|", err(lambda: "a" * 1.5))
print(err(lambda: "a" * 2 ** 100), "|", err(lambda: "a" - "b"), "|", err(lambda: 5 % "a"))
t = "abc"
t += "def"
t *= 2
print(t, "abc" < "abd", "abc" < "ab", "Z" < "a", "é" > "z", "😀" > "\uffff", "a" == "a", "a" != "b", "a" <= "a")
print(err(lambda: "a" < 1), "|", "a" == 1, "a" != 1)
print(hash("abc") == hash("ab" + "c"), hash("") == hash(""), {"ab": 1}["a" + "b"])
print("ell" in "hello", "" in "abc", "z" not in "abc", err(lambda: 1 in "abc"))
print(bool(""), bool("x"), len(""), len("abc"), len("é日本"))

print("-- percent")
print("%s|%r|%a|%5s|%-5s|%.2s" % ("é", "é", "é", "ab", "ab", "abc"))
print("%d %i %u %x %X %o %#x %#o %+d % d %05d %-5d|" % (42, -3, 7, 255, 255, 8, 255, 8, 5, 5, 42, 42))
print("%e %E %f %F %g %G %.3f %10.2f %c %c %%" % (1234.5, 0.00012, 3.14159, 2.5, 1e20, 1e-5, 2.0, 3.14159, 65, "z"))
print("%(a)s-%(b)d" % {"a": "x", "b": 3}, "%s" % [1, 2], "%s" % (1,), "%s %s" % ("a", "b"), "%*d|%-*d|" % (5, 1, 4, 2))
print("%d" % 3.99, "%d" % True, "%x" % True, "%.1f" % 2, "%s" % None, "%r" % "it's", "%c" % 0x1F600)
print(err(lambda: "%d" % "a"), "|", err(lambda: "%d %d" % (1,)), "|", err(lambda: "%d" % (1, 2)))
print(err(lambda: "%z" % 1), "|", err(lambda: "%(a)s" % 1), "|", err(lambda: "%c" % "ab"), "|", err(lambda: "%x" % 1.5))
print(err(lambda: "%c" % -1), "|", err(lambda: "%d" % float("inf")), "|", err(lambda: "%" % ()))

print("-- format")
print("{} {} {}".format(1, "a", [2]), "{0}{1}{0}".format("x", "y"), "{a}-{b}".format(a=1, b=2), "{{}} {{{}}}".format(3))
print("{0!r} {0!s} {0!a}".format("é"), "{:>6}|{:<6}|{:^6}|{:*^7}".format("ab", "ab", "ab", "ab"), "{:.2}".format("abc"))
print("{0[1]} {0[k]} {1.real}".format({1: "one", "k": "kay"}, 3), "{:{w}.{p}f}".format(3.14159, w=8, p=2))
print("{:d} {:5d} {:x} {:,} {:_} {:08.3f} {:e} {:%} {:g}".format(5, 5, 255, 1234567, 1234567, 3.14159, 12345.678, 0.25, 1e-7))
print(format("ab", "^6"), format("ab", ""), "ab".__format__(">4"), format(12, "04"), format(1.5, ".3e"))
print("{name} is {age}".format_map({"name": "Bo", "age": 3}))
print(err(lambda: "{0}".format()), "|", err(lambda: "{x}".format()), "|", err(lambda: "{".format()), "|", err(lambda: "}".format()))
print(err(lambda: "{0}{}".format(1, 2)), "|", err(lambda: "{:d}".format("a")), "|", err(lambda: "{!x}".format(1)))
print(err(lambda: "{}".format_map({})), "|", err(lambda: "a".__format__(1)), "|", err(lambda: format("a", "=5")))
print(err(lambda: format("a", "+")), "|", err(lambda: format("a", "d")), "|", err(lambda: "{0.nope}".format(1)))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __format__(self, spec):
        return "P(%s,%s)%s" % (self.x, self.y, spec)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


p = Point(1, 2)
print("{0} {0:xy} {0!r} {0.x}{0.y}".format(p), "%s %r" % (p, p))

print("-- construction")
print(repr(str()), str(12), str(-1.5), str(None), str(True), str([1, "a"]), str(b"x"), str("x"), str(object="y"))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", "latin-1"), str(b"abc", encoding="ascii"), str(b"a\xffb", errors="replace"))
print(str(bytearray(b"xyz"), "utf-8"), repr(str(encoding="utf-8")), str(b"\xe9t\xe9", "latin1"), str(b"\xff", "utf-8", "ignore"))
print(err(lambda: str(1, "utf-8")), "|", err(lambda: str("a", "utf-8")), "|", err(lambda: str(b"a", 1)))
print(err(lambda: str(b"a", "utf-8", 1)), "|", err(lambda: str(1, 2, 3, 4)), "|", err(lambda: str(foo=1)))
print(err(lambda: str(b"\xff", "utf-8")), "|", err(lambda: str(b"\xe2\x82x", "utf-8")), "|", err(lambda: str(b"\xe2\x82", "utf-8")))
print(err(lambda: str(b"a\x80", "ascii")), "|", err(lambda: str(b"a", "nope")), "|", err(lambda: str(b"\xed\xa0\x80", "utf-8")))
x = "same"
print(str(x) is x, type(str(x)).__name__)


class S(str):
    pass


class Up(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())


u = S("hello")
print(type(u).__name__, u, u.upper(), type(u.upper()).__name__, type(u + "x").__name__, type(u[1:]).__name__, len(u))
print(u == "hello", hash(u) == hash("hello"), u * 2, type(str(u)).__name__, repr(u), u.split("l"), isinstance(u, str))
u.extra = 5
print(u.extra, Up("abc"), type(Up("abc")).__name__, Up("x") + "y")

print("-- split")
print("a b  c".split(), "  a  b  ".split(), "a,b,,c".split(","), "a b c".split(" ", 1), "".split(), "".split(","), "  ".split(" "))
print("a-b-c-d".split("-", 2), "a-b-c-d".split("-", 0), "a b c".split(maxsplit=1), "  a b  c  ".split(None, 1), "a b".split(sep=None))
print("a-b-c-d".rsplit("-", 2), "a b  c ".rsplit(None, 1), "  a b  c  ".rsplit(maxsplit=1), "x".rsplit("x"), "aaa".rsplit("aa"), "aaa".split("aa"))
print("a\x1cb\x1dc\x1ed\x1fe\x85f\xa0g\u2000h\u3000i".split(), "a\tb\nc\x0bd\x0ce\rf".split())
print(err(lambda: "a".split("")), "|", err(lambda: "a".rsplit("")), "|", err(lambda: "a".split(1)), "|", err(lambda: "a".split("a", "b")))
print("a\nb\r\nc\rd\n".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "one".splitlines(), "\n".splitlines(True))
print("x\x0by\x0cz\x1cw\x1dv\x1eu\x85t\u2028s\u2029r".splitlines(), "a\r\n\r\nb".splitlines(keepends=True), "\r\r\n".splitlines())
print("a=b=c".partition("="), "abc".partition("="), "a=b=c".rpartition("="), "abc".rpartition("="), "=".partition("="))
print(err(lambda: "a".partition("")), "|", err(lambda: "a".rpartition(1)))

print("-- join")
print("-".join(["a", "b", "c"]), "".join("xyz"), ", ".join(str(i) for i in range(4)), repr("x".join([])), "-".join(("a",)))
print("-".join({"k": 1, "j": 2}), "".join(reversed("abc")), "/".join(map(str, [1, 2])))
print(err(lambda: ",".join(["a", 1])), "|", err(lambda: ",".join(1)), "|", err(lambda: ",".join([b"a"])))

print("-- strip pad")
print(repr(" \t\n x y \r\x0b\x0c".strip()), repr("  xx  ".lstrip()), repr("  xx  ".rstrip()), "xxhixx".strip("x"), "abcba".strip("ab"))
print("www.example.com".strip("cmowz."), repr("\u3000x\u2028".strip()), "aaa".strip("a") == "", "abc".strip(""), "abc".strip(None))
print(err(lambda: "a".strip(1)), "|", err(lambda: "a".lstrip(1)), "|", err(lambda: "a".rstrip([])))
print("|" + "ab".center(7) + "|" + "ab".center(6, "*") + "|" + "abc".center(6) + "|" + "abc".center(2) + "|" + "a".center(4, "é") + "|")
print("|" + "ab".ljust(5, ".") + "|" + "ab".rjust(5) + "|" + "ab".ljust(1) + "|" + "ab".rjust(-3) + "|")
print(err(lambda: "a".center(5, "ab")), "|", err(lambda: "a".center(5, 1)), "|", err(lambda: "a".center("x")), "|", err(lambda: "a".ljust()))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3), "-".zfill(3), "é".zfill(3))
print(repr("a\tbc\td".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\n\tc\r\td".expandtabs(2)), repr("\t".expandtabs(0)), repr("a\tb".expandtabs(tabsize=3)))

print("-- search")
h = "hello world, hello"
print(h.find("hello"), h.find("hello", 1), h.find("zz"), h.rfind("hello"), h.find(""), h.rfind(""), h.find("o", -5), h.find("o", 5, 7))
print(h.index("world"), h.rindex("o"), h.rindex("hello", 0, 17), h.find("l", None, None), h.find("", 30), h.find("", 18), h.rfind("", 3))
print(h.count("l"), h.count("hello"), "aaaa".count("aa"), "abc".count(""), h.count("l", 0, 10), "abc".count("", 10), "abc".count("", -1))
print(err(lambda: h.index("zz")), "|", err(lambda: h.rindex("zz")), "|", err(lambda: h.find(1)), "|", err(lambda: h.find("a", "b")))
print(err(lambda: h.find()), "|", err(lambda: h.count("a", 1, 2, 3)), "|", err(lambda: h.count(None)))
print(h.startswith("hell"), h.startswith(("x", "he")), h.startswith("world", 6), h.startswith("o", 4, 5), h.startswith("", 18), h.startswith("", 19))
print(h.endswith("llo"), h.endswith(("x", "o")), h.endswith("hello", 0, 5), h.endswith(()), h.endswith("l", -3, -2), h.startswith("hello", -5))
print(err(lambda: h.startswith(["a"])), "|", err(lambda: h.startswith(("a", 1))), "|", err(lambda: h.endswith(1)))

print("-- replace translate")
print("aaaa".replace("a", "b", 2), "abcabc".replace("bc", "X"), "abc".replace("", "-"), "abc".replace("", "-", 2), "x".replace("y", "z"))
print("aaa".replace("a", "", -1), "abab".replace("ab", "ba", 0), "😀😀".replace("", "|"), "aaaa".replace("aa", "a"))
print(err(lambda: "a".replace(1, "b")), "|", err(lambda: "a".replace("a", 1)), "|", err(lambda: "a".replace("a", "b", "c")))
print("prefix_name".removeprefix("prefix_"), "name".removeprefix("x"), "name_suffix".removesuffix("_suffix"), "abc".removesuffix(""), "abc".removeprefix("abc") == "")
print(err(lambda: "a".removeprefix(1)), "|", err(lambda: "a".removesuffix(None)))
print(err(lambda: "a".replace(None, "x")), "|", err(lambda: "a".find(None)), "|", err(lambda: "a".encode(None)), "|", err(lambda: str(b"", None)))
print(err(lambda: str.maketrans("a", None)), "|", err(lambda: "a".__format__(None)), "|", err(lambda: "a".center(3, None)), "|", err(lambda: "a".zfill(None)))
tab = str.maketrans("abc", "xyz", "d")
print(sorted(tab.items()), "abcdabcd".translate(tab), "hello".translate({ord("l"): "L", ord("o"): None, ord("h"): 0x1F600}))
print(sorted(str.maketrans({"a": "1", 98: None}).items()), "abc".translate({}), "abc".translate([]), "abc".translate(["x"] * 100)[:3])
print(err(lambda: str.maketrans(1)), "|", err(lambda: str.maketrans({"ab": 1})), "|", err(lambda: str.maketrans({1.5: 1})))
print(err(lambda: str.maketrans("a", "bc")), "|", err(lambda: str.maketrans(1, "a")), "|", err(lambda: str.maketrans("a", 1)), "|", err(lambda: str.maketrans("a", "b", 1)))
print(err(lambda: "a".translate({97: 1.5})), "|", err(lambda: "a".translate({97: 0x110000})), "|", err(lambda: "a".translate({97: -1})))

print("-- case")
words = ["hello world", "HELLO", "MiXeD cAsE", "o'neil's cafe", "ß straße", "123abc", "title Case-words", "ǆemal ǈ", "ΣΑΣ ΟΔΟΣ", "ﬁne ﬂow", "ᾳ ᾀ", "ŉ", "İstanbul"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print("ΑΣ.Σ ΑΣ'Σ".lower(), "Σ".lower(), "AΣ b".lower(), "ꭰ".casefold(), "ᏸ".casefold(), "ẞ".casefold(), "ı".casefold(), "ǅ".casefold())
print("they're bill's friends".title(), "1st place".title(), "hello_world".title(), "ǉ".title(), "ǉ".capitalize(), "ß".capitalize())

print("-- predicates")
samples = ["", "abc", "ABC", "Abc", "abc123", "123", "½", "²", "٣", "12.5", " ", "\t\n", "a b", "Hello World",
           "hello World", "_id", "2x", "é", "日本", "X1", "\x00", "ǅ", "Ⅻ", "一二三", "①", "\u2028", "a\u0300", "x\u200d",
           "ǅa", "ᾈ", "ʕ", "\x1f", "\U0001F600", "𝟘", "\u00a0", "\u0345"]
preds = ["isdigit", "isalpha", "isalnum", "isspace", "isidentifier", "isupper", "islower", "istitle",
         "isnumeric", "isdecimal", "isprintable", "isascii"]
for x in samples:
    print("%-16r" % x, "".join("1" if getattr(x, p)() else "0" for p in preds))
print("class".isidentifier(), "None".isidentifier(), "a1_".isidentifier(), "ℕ".isidentifier(), "·a".isidentifier(), "a·".isidentifier())
print(err(lambda: "a".isalpha(1)), "|", err(lambda: "a".upper(1)))

print("-- encode")
print("héllo".encode(), "héllo".encode("utf-8"), "abc".encode("ascii"), "é".encode("latin-1"), "日😀".encode("utf-8"))
print("héllo".encode("ascii", "ignore"), "héllo".encode("ascii", "replace"), "h€".encode("latin-1", "replace"), "hé€".encode("ascii", "backslashreplace"))
print("h€😀".encode("ascii", "xmlcharrefreplace"), "hi".encode("utf-16-le"), "hi".encode("utf-16-be"), "hi".encode("utf-16"), "a😀".encode("utf-32-le"))
print("é".encode("UTF8"), "é".encode("Latin_1"), "é".encode(encoding="iso-8859-1"), "x".encode(errors="strict"), "é".encode("utf-8-sig"))
print("\udcff".encode("utf-8", "surrogateescape"), "\ud800".encode("utf-8", "surrogatepass"), "a\ud800b".encode("utf-8", "replace"))
print(err(lambda: "héllo".encode("ascii")), "|", err(lambda: "héé!".encode("ascii")), "|", err(lambda: "x€".encode("latin-1")))
print(err(lambda: "\ud800\ud801".encode()), "|", err(lambda: "a".encode("nope")), "|", err(lambda: "é".encode("ascii", "nope")))
print(err(lambda: "a".encode(1)), "|", err(lambda: "a".encode("utf-8", 1)), "|", err(lambda: "a".encode(encodng="x")))
print(b"\xff\xfeh\x00i\x00".decode("utf-16"), b"\x00h\x00i".decode("utf-16-be"), b"a\xffb".decode("utf-8", "backslashreplace"))
print(b"\xef\xbb\xbfhi".decode("utf-8-sig"), repr(b"\xef\xbb\xbfhi".decode("utf-8")), b"a\xe9\xff".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
for bad in [b"\xc0\x80", b"\xe0\x80\x80", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xf0\x9f\x98", b"ab\x80cd", b"\xf5"]:
    print(repr(bad.decode("utf-8", "replace")), err(lambda: bad.decode("utf-8")))
print(err(lambda: b"a".decode("utf-16-le")), "|", err(lambda: b"\x00\xd8a\x00".decode("utf-16-le")), "|", err(lambda: b"\xff".decode("ascii")))

print("-- slice objects")
sl = slice(1, 10, 2)
print(sl, slice(5), slice(None), slice(1, None), sl.start, sl.stop, sl.step, slice(3).start, slice("a", "b").stop)
print(sl.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(100, -100, -3).indices(7), slice(2, 2 ** 70).indices(5))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), slice(1) != slice(1), slice(0) == 0)
print([0, 1, 2, 3, 4][slice(1, 4)], (0, 1, 2, 3)[::slice(None, None, 2).step], "abcdef"[slice(-2, None)])
print(err(lambda: hash(slice(1))), "|", err(lambda: slice()), "|", err(lambda: slice(1, 2, 3, 4)), "|", err(lambda: slice(a=1)))
print(err(lambda: slice(1).indices(-1)), "|", err(lambda: slice(1, 2, 0).indices(3)), "|", err(lambda: slice("a").indices(3)), "|", err(lambda: slice(1) < 1))
print(type(sl).__name__, isinstance(sl, slice))
