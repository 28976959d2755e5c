# The numeric types int, bool, float, complex and the singletons None/NotImplemented/Ellipsis:
# operators with mixed operands, exact comparisons, hashes, constructors, methods, subclasses.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print("== arithmetic")
show("int ops", lambda: (7 + 3, 7 - 10, 6 * 7, 7 / 2, 7 // 2, 7 % 3, 2 ** 10, 1 << 40, 2 ** 70 >> 60))
show("neg floor", lambda: (-7 // 2, -7 % 2, 7 // -2, 7 % -2, -(2 ** 70) // 3, -(2 ** 70) % 3))
show("big", lambda: (2 ** 100 + 1, 2 ** 100 - 2 ** 99, (2 ** 70) * -3, 10 ** 30 // 7, (3 ** 50) % 1000))
show("bits", lambda: (12 & 10, 12 | 10, 12 ^ 10, ~12, -12 & 0xFF, (2 ** 80) | 1, (2 ** 90 + 7) ^ 3, ~(2 ** 75)))
show("true div", lambda: (1 / 3, 2 ** 64 / 2, (10 ** 40) / (10 ** 20), -7 / 2, 6 / 3))
show("neg pow", lambda: (2 ** -1, 10 ** -3, (-2) ** -2, (-2) ** 3, 0 ** 0))
show("float ops", lambda: (0.1 + 0.2, 1.5 * 4, 7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, 2.0 ** 0.5))
show("mixed", lambda: (1 + 1.5, 1.5 + 1, 3 * 0.5, 2 ** 0.5, 10 / 4.0, True + 0.5, 2 ** 70 + 0.5))
show("float pow neg base", lambda: ((-8.0) ** 2, (-8) ** (1 / 3), (-2.0) ** 0.5, 0.0 ** 0))
show("complex ops", lambda: ((1 + 2j) + 1, (1 + 2j) * 1j, (1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j), 1 / 2j, 3 - 1j))
show("complex pow", lambda: ((1 + 1j) ** 3, 1j ** 2, 2 ** (1 + 0j), (1 + 2j) ** 0.5, 0j ** 0, (1 + 1j) ** -2))
show("inplace", lambda: [x := 5, x := x + 2.5, x := x * 2j, x := x - 1])
for label, f in [("int / 0", lambda: 1 / 0), ("int // 0", lambda: 1 // 0), ("int % 0", lambda: 1 % 0),
                 ("divmod 0", lambda: divmod(1, 0)), ("float / 0", lambda: 1.0 / 0),
                 ("float // 0", lambda: 1.0 // 0), ("float % 0", lambda: 1.0 % 0.0),
                 ("float divmod 0", lambda: divmod(1.5, 0)), ("0 ** -1", lambda: 0 ** -1),
                 ("0.0 ** -1", lambda: 0.0 ** -1), ("complex / 0", lambda: 1j / 0),
                 ("0j ** -1", lambda: 0j ** -1), ("shift", lambda: 1 << -1),
                 ("float overflow", lambda: 10.0 ** 400), ("big / float", lambda: 2 ** 1024 / 1.0),
                 ("float & int", lambda: 1.5 & 1), ("complex //", lambda: 1j // 2),
                 ("~float", lambda: ~1.5), ("complex < complex", lambda: 1j < 2j)]:
    show(label, f)

print("== unary and bool")
show("unary", lambda: (-(2 ** 70), +5, ~5, -1.5, +1.5, -(1 + 2j), +(1 - 2j), -0.0))
show("bool ops", lambda: (True & True, True | False, True ^ True, True & 1, True + True, True * 10, True / 2))
show("bool unary", lambda: (-True, ~True, +True, -False, ~False))
show("bool types", lambda: (type(True & False).__name__, type(True + 0).__name__, type(True | 2).__name__))
show("truth", lambda: (bool(0), bool(-1), bool(2 ** 100), bool(0.0), bool(-0.0), bool(float("nan")), bool(0j), bool(1j)))

print("== comparisons")
show("int float", lambda: (1 == 1.0, 1 < 1.5, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 10 ** 20 == 1e20))
show("huge", lambda: (10 ** 400 > 1e308, 10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"), 2 ** 1000 > 1e300))
show("nan", lambda: (float("nan") == 1, float("nan") != 1, float("nan") < 2 ** 100, 1 > float("nan")))
show("complex eq", lambda: (1 + 0j == 1, 1j == 1j, 1j != 1, (2 ** 53 + 1) + 0j == 2 ** 53 + 1, 2.5 + 0j == 2.5))
show("bool cmp", lambda: (True == 1, False < True, True > 0.5, True == 1.0 + 0j))

print("== hashes")
show("equal hash", lambda: (hash(1) == hash(1.0) == hash(True) == hash(1 + 0j), hash(2 ** 70) == hash(2.0 ** 70)))
show("small hashes", lambda: (hash(0), hash(-1), hash(-1.0), hash(False), hash(5), hash(-2)))
show("dict keys", lambda: {1: "a", 1.0: "b", True: "c", 2 ** 64: "d", float(2 ** 64): "e", 0.5: "f"})

print("== reprs")
show("complex repr", lambda: (1j, -1j, 0j, -0j, complex(-0.0, -1), complex(1, float("nan")), complex(float("inf"), 1)))
show("complex repr 2", lambda: (1e20j, 1.5 + 2.25j, complex(1e16, 1e20), complex(0.0, -0.0), complex(-0.0, 0.0)))
show("str", lambda: (str(2 ** 70), str(-0.0), str(1 + 2j), str(True), str(None), str(NotImplemented), str(...)))

print("== constructors")
show("int()", lambda: (int(), int(3.9), int(-3.9), int("  -12 "), int("ff", 16), int("0x10", 0), int(b"42"), int(True)))
show("int() more", lambda: (int("11", base=2), int(bytearray(b"17"), 8), int("1_000"), int(2 ** 70), int(1e20)))
for label, f in [("int(5, 16)", lambda: int(5, 16)), ("int(None)", lambda: int(None)),
                 ("int('1.5')", lambda: int("1.5")), ("int(b'1.5')", lambda: int(b"1.5")),
                 ("int(x=5)", lambda: int(x=5)), ("int(1, 2, 3)", lambda: int(1, 2, 3)),
                 ("int base 1", lambda: int("1", 1)), ("int inf", lambda: int(float("inf"))),
                 ("int nan", lambda: int(float("nan"))), ("int complex", lambda: int(1j)),
                 ("int base float", lambda: int("1", 2.0)), ("int no string", lambda: int(base=10))]:
    show(label, f)
show("float()", lambda: (float(), float("1.5"), float(" inf "), float("-nan"), float(2 ** 60), float(True), float(b"2.5")))
for label, f in [("float([])", lambda: float([])), ("float(big)", lambda: float(2 ** 1024)),
                 ("float('x')", lambda: float("x")), ("float(b'x')", lambda: float(b"x")),
                 ("float(x=1)", lambda: float(x=1)), ("float(1, 2)", lambda: float(1, 2)),
                 ("float(1j)", lambda: float(1j))]:
    show(label, f)
show("complex()", lambda: (complex(), complex(1), complex(1, 2), complex("1+2j"), complex("-j"), complex("2.5")))
show("complex() more", lambda: (complex(1j, 1j), complex(real=3, imag=4), complex(" (1-2.5j) "), complex("1e3j"), complex(1.5, -0.0)))
for label, f in [("complex('1 + 2j')", lambda: complex("1 + 2j")), ("complex([])", lambda: complex([])),
                 ("complex('1', 2)", lambda: complex("1", 2)), ("complex(1, '2')", lambda: complex(1, "2")),
                 ("complex(1, [])", lambda: complex(1, [])), ("complex(b'1')", lambda: complex(b"1"))]:
    show(label, f)
show("bool()", lambda: (bool(), bool(0), bool(3), bool([]), bool("a"), bool(None)))
show("bool(x=1)", lambda: bool(x=1))
show("singletons", lambda: (type(None)(), type(NotImplemented)(), type(...)(), type(None)() is None))
show("NoneType(1)", lambda: type(None)(1))
show("ellipsis(1)", lambda: type(...)(1))

print("== methods")
show("int methods", lambda: ((255).bit_length(), (-7).bit_count(), (10).as_integer_ratio(), (5).conjugate()))
show("int attrs", lambda: ((5).real, (5).imag, (5).numerator, (5).denominator, True.real, True.numerator))
show("to_bytes", lambda: ((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True), (5).to_bytes()))
show("from_bytes", lambda: (int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"),
                            int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\x01")))
for label, f in [("to_bytes overflow", lambda: (256).to_bytes(1, "big")),
                 ("to_bytes negative", lambda: (-1).to_bytes(1, "big")),
                 ("to_bytes order", lambda: (1).to_bytes(1, "middle")),
                 ("to_bytes length", lambda: (1).to_bytes(-1, "big"))]:
    show(label, f)
show("float methods", lambda: ((3.0).is_integer(), (3.5).is_integer(), (0.5).as_integer_ratio(), (-2.75).as_integer_ratio()))
show("float hex", lambda: ((1.0).hex(), (0.1).hex(), (-2.5).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2")))
show("float attrs", lambda: ((2.5).conjugate(), (2.5).real, (2.5).imag))
show("ratio inf", lambda: float("inf").as_integer_ratio())
show("complex methods", lambda: ((3 + 4j).real, (3 + 4j).imag, (3 + 4j).conjugate(), abs(3 + 4j), abs(-2.5), abs(-(2 ** 70))))

print("== rounding and conversions")
show("round float", lambda: (round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(5.5, None), round(1234.5678, -2)))
show("round int", lambda: (round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7, 2), round(7, None)))
show("round types", lambda: (type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__))
show("round inf", lambda: round(float("inf")))
show("round nan", lambda: round(float("nan")))
show("round float ndigits", lambda: round(25, 1.0))
show("dunders", lambda: ((3.7).__trunc__(), (3.7).__floor__(), (-3.7).__ceil__(), (5).__index__(), (2).__float__(), (2.9).__int__()))
show("divmod", lambda: (divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2 ** 70, 3), divmod(7, 2.5)))
show("pow 3 args", lambda: (pow(3, 200, 1000007), pow(38, -1, 97), pow(2, 10, -7), pow(-3, 5, 7)))
show("pow float mod", lambda: pow(2.0, 3, 5))
show("pow no inverse", lambda: pow(2, -1, 4))
show("pow mod zero", lambda: pow(2, 3, 0))

print("== format")
show("format int", lambda: (format(255, "x"), format(255, "#X"), format(-42, "+08d"), format(10 ** 6, ","), format(True, "d")))
show("format float", lambda: (format(1.5, ".3f"), format(1e-10, "g"), format(0.25, "%"), format(2.0, ""), f"{3.14159:8.2f}|"))
show("format complex", lambda: (format(1 + 2j, ".2f"), format(1 + 2j, ">12"), format(2j, ""), format(1 + 2j, "^20,.2f"), format(1 + 2j, "g")))
show("format complex err", lambda: format(1 + 2j, "010"))

print("== subclasses")


class MyInt(int):
    pass


class MyFloat(float):
    pass


class MyComplex(complex):
    pass


class Color(int):
    def __repr__(self):
        return "Color(%d)" % int(self)


m = MyInt(7)
m.tag = "seven"
b = MyInt(2 ** 100)
b.tag = "big"
print("my int", m, m.tag, b, b.tag, m + 1, type(m + 1).__name__, type(m).__name__, MyInt("12", 8), -m, +m, type(+m).__name__)
print("my float", MyFloat(2.5), type(MyFloat(2.5)).__name__, MyFloat(2.5) * 2, MyFloat.fromhex("0x1p1"), type(MyFloat.fromhex("0x1p1")).__name__)
print("my complex", MyComplex(1, 2), type(MyComplex(1, 2)).__name__, MyComplex(1, 2) + 1)
print("from_bytes subclass", MyInt.from_bytes(b"\x01\x02", "big"), type(MyInt.from_bytes(b"\x01", "big")).__name__)
red = Color(3)
print("color", repr(red), red + 1, red == 3, hash(red) == hash(3), [10, 20, 30, 40][red], {3: "three"}[red])
show("int.__new__(bool)", lambda: int.__new__(bool, 1))
show("int.__new__(list)", lambda: int.__new__(list))


class WithInt:
    def __int__(self):
        return 42

    def __float__(self):
        return 1.5


class WithIndex:
    def __index__(self):
        return 7


class BadInt:
    def __int__(self):
        return "x"


show("protocols", lambda: (int(WithInt()), float(WithInt()), int(WithIndex()), float(WithIndex()), complex(WithInt())))
show("bad __int__", lambda: int(BadInt()))
print("NotImplemented", NotImplemented, repr(NotImplemented), type(NotImplemented).__name__, ... is Ellipsis, repr(...))
