# bytes and bytearray.
b = b"hello world"
print("literal:", b, b'\x00\xff', rb"\n", b"a" b"b", len(b"\x00\n"), type(b).__name__)
print("index is int:", b[0], b[-1], type(b[0]).__name__, list(b"abc"), b[1:3])
print("methods:", b.upper(), b.split(), b.replace(b"l", b"L"), b.find(b"o"), b.rfind(b"o"), b.count(b"l"),
      b.startswith(b"he"), b.endswith((b"x", b"ld")), b.strip(b"hd"), b" x ".strip(), b.title(), b.capitalize())
print("more:", b"-".join([b"a", b"b"]), b"a,b".split(b","), b.partition(b" "), b.center(15, b"*"), b"42".zfill(5),
      b"abc".isalpha(), b"12".isdigit(), b"  ".isspace(), b.index(b"w"), b"AbC".swapcase(), b"AbC".lower())
print("decode:", b.decode(), b"caf\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"), "café".encode())
print("hex:", b"\x01\xab\xff".hex(), b"abc".hex("-"), bytes.fromhex("01 ab ff"), bytes.fromhex("deadBEEF"))
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("fromhex error:", e)
print("constructors:", bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(b"x"), bytes(range(3)), bytes())
try:
    bytes([256])
except ValueError as e:
    print("bytes range:", e)
try:
    bytes("abc")
except TypeError as e:
    print("bytes str:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("bytes + str:", e)
print("ops:", b"ab" + b"cd", b"ab" * 3, b"b" in b"abc", 98 in b"abc", b"abc" < b"abd", b"" == bytes())
print("repr:", repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\t\r\n\x7f\x80"), repr(bytearray(b"x")))
print("iter:", [c for c in b"AZ"], sum(b"\x01\x02\x03"))
print("hash equal:", hash(b"abc") == hash(b"abc"))
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
ba += b"!"
print("bytearray:", ba, len(ba), ba[0], bytes(ba))
ba.insert(0, 48)
print("insert/pop:", ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("c"))
print("remove:", ba)
ba.reverse()
print("reverse:", ba)
del ba[0]
ba[1:3] = b"XYZ"
print("slice ops:", ba)
try:
    ba[0] = 300
except ValueError as e:
    print("bytearray value:", e)
try:
    ba[0] = b"x"
except TypeError as e:
    print("bytearray type:", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("bytes immutable:", e)
try:
    hash(bytearray())
except TypeError as e:
    print("bytearray hash:", e)
print("bytearray methods:", bytearray(b"a b").split(), bytearray(b"xy").upper(), bytearray(3), bytearray([1, 2]).hex())
print("bytearray == bytes:", bytearray(b"ab") == b"ab", b"ab" + bytearray(b"c"), type(bytearray(b"a") + b"b").__name__)
ba2 = bytearray(b"hello")
ba2.clear()
print("clear:", ba2, bytearray(b"abc").copy(), bytearray(b"aXbXc").replace(b"X", b""))
print("fromhex bytearray:", bytearray.fromhex("4142"))
print("translate:", b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"abcabc".translate(None, b"b"))
print("count/find int:", b"abcb".count(ord("b")), b"abc".find(99))
print("splitlines:", b"a\nb\r\nc".splitlines())
print("percent:", b"%s=%d" % (b"k", 5))
print("str of bytes:", str(b"x"), str(b"\xff"))
print("int.from_bytes roundtrip:", int.from_bytes((12345).to_bytes(4, "little"), "little"))
print("decode errors arg:", b"a\x80".decode("ascii", errors="replace"))
print("isascii:", b"abc".isascii(), b"\x80".isascii())
print("bytes(int) and mult:", bytes(2) * 2, b"\x00" * 3 == bytes(3))
print("slicing step:", b"abcdef"[::2], bytearray(b"abcdef")[::-1])
print("memory free ops:", b"a".join([b"1", bytearray(b"2")]), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"))
