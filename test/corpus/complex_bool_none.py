# complex, bool, None.
z = 3 + 4j
print("complex:", z, repr(z), z.real, z.imag, abs(z), z.conjugate(), type(z).__name__)
print("ops:", z + 1, z * 1j, z * z, z / 2, (1 + 2j) / (3 - 4j), -z, z - z, z ** 2)
print("reprs:", 1j, -1j, 0j, complex(1, 0), complex(0, 1), complex(-0.0, -1), complex(1.5, -2.25), 1e20j)
print("constructors:", complex(2), complex("1+2j"), complex(" 3-4j "), complex("j"), complex(1, 2) == 1 + 2j)
print("equality:", 1 + 0j == 1, complex(2, 0) == 2.0, 1j == 1)
try:
    z < 1j
except TypeError as e:
    print("complex compare:", e)
try:
    1j / 0
except ZeroDivisionError as e:
    print("complex div zero:", e)
try:
    complex("abc")
except ValueError as e:
    print("complex parse:", e)
try:
    int(1j)
except TypeError as e:
    print("complex to int:", e)
print("hash:", hash(1 + 0j) == hash(1), hash(complex(0, 0)))
print("pow:", (1j) ** 2, 2 ** (0 + 0j), (1 + 1j) ** 3)
print("format:", format(1 + 2j, ".2f"), f"{z:>12}|")

print("bool:", True, False, repr(True), str(False), type(True).__name__, bool.__mro__[1].__name__)
print("arith:", True + True, True * 10, False - 1, True / 2, True // 1, -True, ~True, True ** 2)
print("bitwise:", True & False, True | False, True ^ True, type(True & False).__name__, type(True + 0).__name__)
print("bool():", bool(0), bool(1), bool(-1), bool(""), bool("0"), bool([]), bool([0]), bool({}), bool(None),
      bool(0.0), bool(-0.0), bool(0j), bool(range(0)), bool(set()), bool(()), bool((0,)))
print("compare:", True == 1, False == 0, True > False, True is True, [True, False] == [1, 0])
print("int from bool:", int(True), float(False), str(True + 1))
print("sum of bools:", sum([True, True, False, True]))
print("bool is singleton:", bool(1) is True, (1 == 1) is True)
print("isinstance:", isinstance(True, int), isinstance(1, bool), issubclass(bool, int))
print("bool as index:", ["no", "yes"][True], {True: "t"}[1], {1: "one"}[True])
try:
    class B(bool):
        pass
except TypeError as e:
    print("subclass bool:", e)
print("hash bools:", hash(True), hash(False))
print("bool format:", f"{True:d}", f"{True}", format(False, ">6"), "%d" % True, "%s" % True)

print("None:", None, repr(None), type(None).__name__, None is None, None == None, None != 0)
print("None falsy:", not None, bool(None), None or "default")
def noret():
    pass
print("implicit return:", noret(), noret() is None)
try:
    nothing = None
    nothing()
except TypeError as e:
    print("call None:", e)
try:
    nothing[0]
except TypeError as e:
    print("subscript None:", e)
try:
    for _ in None:
        pass
except TypeError as e:
    print("iterate None:", e)
try:
    None.foo
except AttributeError as e:
    print("attr None:", e)
try:
    None + 1
except TypeError as e:
    print("add None:", e)
try:
    len(None)
except TypeError as e:
    print("len None:", e)
print("NoneType call:", type(None)() is None)
print("None in containers:", [None, None].count(None), None in [0, None], {None: 1}[None])
print("NotImplemented:", NotImplemented, type(NotImplemented).__name__)
print("Ellipsis:", Ellipsis, ... is Ellipsis)
