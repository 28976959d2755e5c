# float: repr, parsing, special values, methods, arithmetic corner cases.
vals = [0.1 + 0.2, 1e16, 1e-5, 1 / 3, 2 / 3, 1e22, 1e-7, 123456789.123, 0.1, 100.0, 1.5e300 * 1e10,
        -0.0, 5e-324, 1.7976931348623157e308, 2.5, 1e15, 123456789012345678.0, 0.000123, 1.0e-4]
for v in vals:
    print("repr", repr(v), str(v))
inf = float("inf"); nan = float("nan")
print("specials:", inf, -inf, nan, repr(-inf), inf + 1, inf - inf, inf * 0, -inf < 0 < inf)
print("nan compare:", nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, [nan] == [nan])
print("float():", float("3.5"), float("  -2.25 "), float("1e3"), float("inf"), float("-Infinity"),
      float("nan"), float("1_000.5"), float(7), float("-0"), float(".5"), float("5."))
for bad in ["abc", "", "1.2.3", "1e"]:
    try:
        float(bad)
    except ValueError as e:
        print("float error:", e)
try:
    float([1])
except TypeError as e:
    print("float type error:", e)
print("is_integer:", (3.0).is_integer(), (3.5).is_integer(), (-0.0).is_integer(), inf.is_integer())
print("as_integer_ratio:", (0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.75).as_integer_ratio(), (3.0).as_integer_ratio())
try:
    inf.as_integer_ratio()
except OverflowError as e:
    print("ratio inf:", e)
print("hex:", (1.0).hex(), (0.1).hex(), (-2.5).hex(), (0.0).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"))
print("floordiv/mod:", 7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(-7.5, 2), -0.0 % 5)
print("pow:", 2.0 ** 10, 2 ** 0.5, 4 ** -0.5, (-8) ** (1 / 3) if False else 9 ** 0.5, 0.0 ** 0)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("float div zero:", e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print("float floordiv zero:", e)
try:
    5.0 % 0
except ZeroDivisionError as e:
    print("float mod zero:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("float zero pow:", e)
try:
    10.0 ** 400
except OverflowError as e:
    print("overflow:", type(e).__name__)
print("int/float mix:", 1 + 1.0, 3 * 0.5, 10 / 4, 2 ** 0.0, True + 0.5)
print("compare:", 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 1.0 == 1, -0.0 == 0.0, 1e308 * 10 == inf)
print("round:", round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(1.005, 2),
      round(3.14159, 3), round(1234.5678, -2), round(-0.5), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print("int conversion:", int(2.9), int(-2.9), int(1e10), float(2 ** 60), float(10 ** 20))
print("trunc via int:", int(-0.5), int(0.99999))
print("hash:", hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(inf), hash(-inf))
print("str format:", "%.3f" % 2.0005, "%e" % 12345.678, "%g" % 0.00001234, "%g" % 123456789.0)
print("format:", format(1.5, ".3f"), format(1e-10, "g"), format(12.0, "g"), format(1234.5, "e"), format(0.5, "%"))
print("repr precision:", 1.1 * 3, 0.3 - 0.1, 1.23456789012345678, 9007199254740993.0)
print("small:", 1e-300 * 1e-300, -1e-300 * 1e-300)
print("sum floats:", sum([0.1] * 10), sum([1e100, 1.0, -1e100]))
print("float methods:", (2.5).real, (2.5).imag, (2.5).conjugate(), float.__name__)
print("min/max nan:", max(1.0, 2.0), min(-0.0, 0.0), max(0.0, -0.0))
print("mixed big int:", 2 ** 1000 > 1e300, float(2 ** 1000) > 1e300)
try:
    float(2 ** 1024)
except OverflowError as e:
    print("big int to float:", e)
try:
    2 ** 1024 / 1.0
except OverflowError as e:
    print("big int true div:", e)
print("int true div exact:", (10 ** 30) / (10 ** 15), 1 / 3 * 3)
