# bytes and bytearray: construction, slots, methods, codecs and error messages.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class WithBytes:
    def __bytes__(self):
        return b"from __bytes__"


class BadBytes:
    def __bytes__(self):
        return "not bytes"


def setitem(obj, key, value):
    obj[key] = value


def delitem(obj, key):
    del obj[key]


class MyBytes(bytes):
    pass


class MyArray(bytearray):
    pass


print("== construction")
show("empty", lambda: (bytes(), bytearray()))
show("count", lambda: (bytes(3), bytearray(2)))
show("ints", lambda: (bytes([65, 66, 67]), bytearray((1, 2)), bytes(range(4))))
show("generator", lambda: bytes(x * 2 for x in range(5)))
show("str", lambda: (bytes("h\u00e9", "utf-8"), bytearray("abc", "ascii"), bytes("\u00e9", encoding="latin-1")))
show("copy", lambda: (bytes(bytearray(b"xy")), bytearray(b"xy"), bytes(MyBytes(b"q"))))
show("__bytes__", lambda: bytes(WithBytes()))
show("bad __bytes__", lambda: bytes(BadBytes()))
show("bytearray ignores __bytes__", lambda: bytearray(WithBytes()))
show("no encoding", lambda: bytes("abc"))
show("errors only", lambda: bytes("abc", errors="strict"))
show("encoding no str", lambda: bytes(b"x", "utf-8"))
show("errors no str", lambda: bytearray(5, errors="strict"))
show("negative", lambda: bytes(-1))
show("float", lambda: bytes(1.5))
show("float ba", lambda: bytearray(1.5))
show("range", lambda: bytes([1, 256]))
show("range ba", lambda: bytearray([-1]))
show("item type", lambda: bytes(["a"]))
show("too many", lambda: bytes(1, 2, 3, 4))
show("bad kw", lambda: bytearray(foo=1))
show("enc type", lambda: bytes("x", None))
show("kw source", lambda: (bytes(source=b"k"), bytearray(source=[7])))
show("subclass", lambda: (MyBytes(b"ab"), MyArray(b"ab"), type(MyBytes(b"a")).__name__, type(MyArray()).__name__))
show("subclass ops", lambda: (type(MyBytes(b"ab") + b"c").__name__, type(MyArray(b"ab")[0:1]).__name__, MyBytes(b"x").upper()))
ma = MyArray(b"abc")
ma.tag = "t"
ma.extend(b"defghijklmnop")
print("subclass attribute", ma, ma.tag, len(ma))
mb = MyBytes(b"xyz")
mb.tag = "u"
print("bytes subclass attribute", mb, mb.tag, mb[0], mb.upper())
ba = bytearray(b"first")
ba.__init__(b"second")
print("reinit", ba)
ba.__init__()
print("reinit empty", ba)

print("== slots")
b = b"hello world"
print("len/bool", len(b), len(b""), bool(b), bool(b""), bool(bytearray()), bool(bytearray(1)))
print("index", b[0], b[-1], b[4], bytearray(b"xyz")[-2], type(b[0]).__name__)
print("slices", b[1:4], b[::2], b[::-1], b[-3:], b[:100], b[5:2], bytearray(b"abcdef")[1::2], bytearray(b"abc")[::-1])
show("index error", lambda: b[11])
show("index error ba", lambda: bytearray(b"ab")[-3])
show("index type", lambda: b["x"])
show("index type ba", lambda: bytearray(b"x")[1.5])
show("step zero", lambda: b[::0])
show("big index", lambda: b[2 ** 100])
print("compare", b"a" < b"b", b"ab" < b"a", b"abc" == bytearray(b"abc"), bytearray(b"a") <= b"a", b"x" != b"x", b"b" > b"abc")
print("compare other", b"a" == "a", b"a" != 97, bytearray(b"") == b"")
show("order str", lambda: b"a" < "b")
print("hash", hash(b"abc") == hash(b"abc"), hash(b"abc") == hash(MyBytes(b"abc")), {b"k": 1}[b"k"], b"x" in {b"x", b"y"})
show("unhashable", lambda: hash(bytearray(b"x")))
print("contains", 98 in b"abc", b"bc" in b"abc", b"" in b"abc", bytearray(b"c") in b"abc", 120 in bytearray(b"abc"), b"ac" in b"abc")
show("contains range", lambda: 256 in b"abc")
show("contains str", lambda: "a" in b"abc")
print("iter", list(b"AZ"), [c for c in bytearray(b"\x00\xff")], sum(b"\x01\x02"), list(reversed(b"abc")))
it = iter(b"ab")
print("iter types", type(it).__name__, type(iter(bytearray())).__name__, next(it), it.__length_hint__())
print("concat", b"ab" + b"cd", b"ab" + bytearray(b"c"), bytearray(b"a") + b"b", bytearray(b"a") + bytearray(b"b"))
print("repeat", b"ab" * 3, 2 * b"x", b"ab" * 0, b"ab" * -1, bytearray(b"ab") * 2, 3 * bytearray(b"-"))
show("concat int", lambda: b"a" + 1)
show("concat str", lambda: bytearray(b"a") + "b")
show("concat subclass", lambda: MyBytes(b"a") + 1)
show("radd", lambda: 1 + b"a")
show("mul str", lambda: b"a" * "b")
show("mul float", lambda: b"a" * 1.5)
show("mul huge", lambda: b"a" * 2 ** 100)
print("repr", repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\t\r\n\x00\x7f\x80\xff\\"), repr(bytearray(b"q'")), repr(MyArray(b"z")))
print("str", str(b"x"), str(bytearray(b"y")), f"{b'z'}")

print("== bytearray mutation")
ba = bytearray(b"abc")
ba[0] = 65
ba[-1] = 0x43
print("setitem", ba)
ba.append(100)
ba.extend(b"ef")
ba.extend([103, 104])
ba.extend(x for x in (105,))
ba.extend(bytearray(b"j"))
print("append/extend", ba, len(ba))
ba += b"!"
alias = ba
ba += bytearray(b"?")
print("iadd", ba, alias is ba)
ba *= 2
print("imul", ba, alias is ba)
ba = bytearray(b"0123456789")
ba[2:5] = b"XY"
print("slice assign", ba)
ba[0:0] = [1, 2]
print("slice insert", ba)
ba[::3] = b"abcd"
print("extended assign", ba)
del ba[0]
print("del index", ba)
del ba[1:3]
print("del slice", ba)
del ba[::2]
print("del extended", ba)
ba[len(ba):] = ba
print("self assign", ba)
ba = bytearray(b"hello")
ba[1:4] = bytearray(b"ipp")
print("bytearray assign", ba)
ba[:] = b""
print("clear by slice", ba)
show("set range", lambda: setitem(bytearray(b"a"), 0, 256))
show("set type", lambda: setitem(bytearray(b"a"), 0, b"x"))
show("set index", lambda: setitem(bytearray(b"a"), 5, 1))
show("set key", lambda: setitem(bytearray(b"a"), "k", 1))
show("set slice int", lambda: setitem(bytearray(b"a"), slice(0, 1), 5))
show("set slice str", lambda: setitem(bytearray(b"a"), slice(0, 1), "x"))
show("set extended size", lambda: setitem(bytearray(b"abcd"), slice(None, None, 2), b"xyz"))
show("del index error", lambda: delitem(bytearray(b"a"), 3))
show("value checked first", lambda: setitem(bytearray(b"a"), 5, 256))
show("pop None", lambda: bytearray().pop(None))
ba = bytearray(b"abcdef")
ba[1:6:2] = b""
print("empty extended assign deletes", ba)


def assign_bytes():
    data = b"abc"
    data[0] = 1


show("bytes immutable", assign_bytes)
ba = bytearray(b"abc")
ba.insert(0, 48)
ba.insert(100, 49)
ba.insert(-1, 50)
print("insert", ba)
print("pop", ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord("b"))
print("remove", ba)
ba.reverse()
print("reverse", ba)
c = ba.copy()
c.append(33)
print("copy", ba, c)
c.clear()
print("clear", c, len(c))
show("pop empty", lambda: bytearray().pop())
show("pop range", lambda: bytearray(b"a").pop(5))
show("remove missing", lambda: bytearray(b"a").remove(98))
show("remove range", lambda: bytearray(b"a").remove(300))
show("append range", lambda: bytearray().append(256))
show("append type", lambda: bytearray().append("a"))
show("insert range", lambda: bytearray().insert(0, -1))
show("extend int", lambda: bytearray().extend(5))
show("extend str", lambda: bytearray().extend("ab"))
show("extend range", lambda: bytearray().extend([1, 999]))
ba = bytearray(b"abc")
out = []
for x in ba:
    out.append(x)
    if len(ba) < 5:
        ba.append(x + 10)
print("iterate while growing", out, ba)

print("== methods")
def methods(t):
    s = t(b"  Hello, World  ")
    print(t.__name__, s.strip(), s.lstrip(), s.rstrip(), s.strip(b" Hd"), s.upper(), s.lower(), s.swapcase())
    print(t.__name__, s.split(), s.split(b","), s.split(b"l", 1), s.rsplit(None, 1), s.rsplit(b"l", 2), s.split(maxsplit=1))
    print(t.__name__, s.find(b"o"), s.rfind(b"o"), s.find(b"o", 7), s.find(b"z"), s.count(b"l"), s.count(b"l", 0, 6))
    print(t.__name__, s.index(b"W"), s.rindex(b"l"), s.find(111), s.count(32), s.startswith(b"  H"), s.endswith((b"x", b"  ")))
    print(t.__name__, s.replace(b"l", b"L"), s.replace(b"l", b"", 2), s.partition(b","), s.rpartition(b"o"), s.partition(b"#"))
    print(t.__name__, t(b"ab").center(7, b"*"), t(b"ab").ljust(5), t(b"ab").rjust(5, b"0"), t(b"-7").zfill(5), t(b"7").zfill(3))
    print(t.__name__, t(b"hello world").title(), t(b"hELLO").capitalize(), t(b"a\tbc\td").expandtabs(), t(b"a\tb").expandtabs(2))
    print(t.__name__, t(b",").join([b"a", bytearray(b"b"), t(b"c")]), t(b"").join([]), t(b"x\ny\r\nz\r").splitlines(), t(b"x\ny\n").splitlines(True))
    print(t.__name__, t(b"abc").isalpha(), t(b"a1").isalnum(), t(b"12").isdigit(), t(b" \t").isspace(), t(b"ab").islower(), t(b"AB1").isupper())
    print(t.__name__, t(b"Ab Cd").istitle(), t(b"").isalpha(), t(b"\x80").isascii(), t(b"").isascii(), t(b"aB").islower())
    print(t.__name__, t(b"prefix-x").removeprefix(b"prefix-"), t(b"x.py").removesuffix(b".py"), t(b"x").removesuffix(b""))
    print(t.__name__, t(b"\x01\xab").hex(), t(b"\x01\x02\x03").hex("-"), t(b"\x01\x02\x03").hex(":", 2), t(b"\x01\x02\x03").hex(b" ", -2))
    print(t.__name__, t.fromhex("41 42\n43"), t.fromhex(""), t(b"abc").translate(bytes.maketrans(b"ab", b"AB")), t(b"abc").translate(None, b"b"))


methods(bytes)
methods(bytearray)
print("classmethod subclass", MyBytes.fromhex("41"), MyArray.fromhex("42"), type(MyBytes.fromhex("")).__name__)
sep = bytearray(b",")
print("partition keeps sep", b"a,b".partition(sep), b"a,b".rpartition(sep)[1] is sep, bytearray(b"a,b").partition(b","))
print("empty find", b"abc".find(b""), b"abc".rfind(b""), b"abc".find(b"", 4), b"abc".count(b""), b"abc".find(b"c", -1), b"abc".find(b"a", None, None))
print("whitespace", b"a\x0bb\x1cc".split(), b" a  b ".split(None, 0), b"  ".split(), b"".split(b","), b"a,,b".split(b","))
print("replace empty", b"abc".replace(b"", b"-"), b"abc".replace(b"", b"-", 2), b"aaa".replace(b"a", b"b", 0))
print("title quote", b"they're bill's".title(), b"hello World".capitalize(), b"x".center(4, b"."), b"ab".center(5, b"*"))
print("zfill sign", b"+5".zfill(4), b"-".zfill(3), b"abc".zfill(2))
show("find type", lambda: b"abc".find("a"))
show("find range", lambda: b"abc".count(300))
show("index missing", lambda: b"abc".index(b"z"))
show("rindex missing", lambda: bytearray(b"abc").rindex(b"z"))
show("startswith type", lambda: b"abc".startswith("a"))
show("endswith list", lambda: b"abc".endswith([b"c"]))
show("join item", lambda: b"".join([b"a", "b"]))
show("join int", lambda: b"".join(5))
show("split empty", lambda: b"abc".split(b""))
show("split str", lambda: b"abc".split("b"))
show("strip str", lambda: b"abc".strip("a"))
show("center fill", lambda: b"abc".center(9, b"ab"))
show("ljust fill str", lambda: b"abc".ljust(9, "a"))
show("partition empty", lambda: b"abc".partition(b""))
show("partition str", lambda: bytearray(b"abc").rpartition("b"))
show("translate table", lambda: b"abc".translate(b"ab"))
show("maketrans lengths", lambda: bytes.maketrans(b"ab", b"a"))
show("fromhex bad", lambda: bytes.fromhex("zz"))
show("fromhex odd", lambda: bytes.fromhex("abc"))
show("fromhex split", lambda: bytes.fromhex("1 2"))
show("fromhex type", lambda: bytes.fromhex(b"12"))
show("hex sep", lambda: b"ab".hex("--"))
show("hex sep ascii", lambda: b"ab".hex("\u00e9"))
show("hex sep int", lambda: b"ab".hex(1))
show("no args", lambda: b"abc".upper(1))

print("== codecs")
print("utf-8", b"caf\xc3\xa9".decode(), b"\xf0\x9f\x98\x80".decode("utf-8"), bytearray(b"\xe2\x82\xac").decode(), b"\xef\xbb\xbfx".decode())
print("latin-1", b"\xe9\xff".decode("latin-1"), b"\xe9".decode("iso-8859-1"), b"\xe9".decode("Latin1"), b"abc".decode("ASCII"))
print("encode", bytes("caf\u00e9", "utf-8"), bytes("\u20ac\U0001f600", "utf8"), bytes("\u00ff", "latin-1"))
for data in (b"\xff", b"a\xe2\x82", b"a\xe2\x28b", b"\xed\xa0\x80", b"\xc0\x80", b"\xf4\x90\x80\x80", b"ok\x80"):
    show("decode " + repr(data), lambda: data.decode())
    for errors in ("replace", "ignore", "backslashreplace", "surrogateescape"):
        show("  " + errors, lambda: data.decode("utf-8", errors))
show("ascii strict", lambda: b"ab\x80".decode("ascii"))
show("ascii replace", lambda: b"ab\x80c".decode("ascii", "replace"))
show("ascii kw", lambda: b"\x80a".decode(encoding="ascii", errors="ignore"))
show("unknown encoding", lambda: b"a".decode("no-such-codec"))
show("unknown handler", lambda: b"\x80".decode("ascii", "no-such-handler"))
show("unknown handler unused", lambda: b"a".decode("ascii", "no-such-handler"))
show("encoding type", lambda: b"a".decode(1))
try:
    b"x\xffy".decode()
except UnicodeDecodeError as e:
    print("decode error attrs", e.encoding, e.object, e.start, e.end, e.reason)
show("encode ascii", lambda: bytes("a\u00e9", "ascii"))
show("encode ascii run", lambda: bytes("a\u00e9\u00e8b", "ascii"))
show("encode latin-1", lambda: bytes("\u20ac", "latin-1"))
show("encode surrogate", lambda: bytes("\ud800", "utf-8"))
for errors in ("replace", "ignore", "backslashreplace", "xmlcharrefreplace"):
    show("encode " + errors, lambda: bytes("a\u00e9\u20ac\U0001f600", "ascii", errors))
show("surrogateescape roundtrip", lambda: bytes(b"a\xff".decode("utf-8", "surrogateescape"), "utf-8", "surrogateescape"))

print("== formatting")
print(b"%s=%d" % (b"k", 5), b"%5s|%-4s|" % (b"ab", bytearray(b"c")), b"%x %X %o %5.2f" % (255, 255, 8, 2.5))
print(b"%c%c" % (65, b"B"), b"%r %a" % (b"x", "\u00e9"), b"%(k)s" % {b"k": b"v"}, b"%b" % WithBytes(), b"100%%" % ())
print(bytearray(b"<%s>") % b"x", b"%s" % bytearray(b"y"))
show("%s str", lambda: b"%s" % "text")
show("%s int", lambda: b"%s" % 5)
show("%c str", lambda: b"%c" % "x")
show("%c range", lambda: b"%c" % 256)
show("too few", lambda: b"%s %s" % (b"a",))
show("too many", lambda: b"%s" % (b"a", b"b"))
show("not all", lambda: b"abc" % 5)
show("%d str", lambda: b"%d" % "1")
