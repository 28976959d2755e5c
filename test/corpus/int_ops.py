# int: arbitrary precision, floor division/modulo signs, bit operations, parsing, bytes.
print("big pow:", 2 ** 100, 3 ** 50, (-2) ** 63, 10 ** 30)
print("big mul:", 123456789012345678901234567890 * 987654321098765432109876543210)
print("factorial 30:", eval("*".join(str(i) for i in range(1, 31))))
big = 2 ** 200 + 12345
print("big ops:", big // 3, big % 1000, -big // 7, -big % 7, big >> 190, big & 0xFFFF)
print("big neg:", -(2 ** 70), abs(-(2 ** 70)), -(2 ** 70) // 3, -(2 ** 70) % 3)
print("big compare:", 2 ** 64 > 2 ** 63, 2 ** 64 == 18446744073709551616, 2 ** 64 - 1 < 2 ** 64)
print("big str roundtrip:", int(str(7 ** 77)) == 7 ** 77, len(str(7 ** 77)))
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, -3)]:
    print("divmod", a, b, a // b, a % b, divmod(a, b))
print("true div:", 7 / 2, -7 / 2, 6 / 3, type(6 / 3).__name__, 2 ** 64 / 2)
print("neg pow:", 2 ** -1, 10 ** -2, (-2) ** -2)
print("pow zero:", 0 ** 0, 5 ** 0, (-1) ** 1001)
print("bit ops:", 12 & 10, 12 | 10, 12 ^ 10, ~12, ~-1, 1 << 70, -16 >> 2, -1 >> 100)
print("neg bits:", -12 & 10, -12 | 10, -12 ^ 10, -5 & -3, -5 | 3, (-1) & 0xFF, -256 & 0xFFFF)
try:
    1 << -1
except ValueError as e:
    print("negative shift:", e)
print("bit_length:", (0).bit_length(), (1).bit_length(), (255).bit_length(), (-256).bit_length(), (2 ** 100).bit_length())
print("bit_count:", (255).bit_count(), (-7).bit_count())
print("int() bases:", int("42"), int("-17"), int("  12  "), int("1_000"), int("ff", 16), int("0xff", 16),
      int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36), int("777", 8), int("-0b11", 0))
print("int() floats:", int(3.99), int(-3.99), int(1e20), int(True), int("+5"))
for bad in ["x", "1.5", "", "12a", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print("int error:", e)
try:
    int("2", 2)
except ValueError as e:
    print("int base error:", e)
try:
    int("5", 1)
except ValueError as e:
    print("int bad base:", e)
try:
    int(None)
except TypeError as e:
    print("int None:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("int inf:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("int nan:", e)
print("to_bytes:", (1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print("from_bytes:", int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"),
      int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 2, 3], "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("to_bytes overflow:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("to_bytes negative:", e)
print("big to_bytes:", (2 ** 80).to_bytes(11, "big").hex())
print("abs/neg/pos:", abs(-5), -(-5), +5, abs(-2 ** 90))
print("hex/oct/bin:", hex(255), hex(-255), oct(8), bin(10), bin(-10), hex(2 ** 70))
print("int methods:", (10).real, (10).imag, (10).numerator, (10).denominator, (7).conjugate())
print("as_integer_ratio:", (7).as_integer_ratio())
print("round int:", round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 0))
print("int is int:", isinstance(True, int), int.__name__, type(2 ** 100).__name__)
try:
    1 // 0
except ZeroDivisionError as e:
    print("floordiv zero:", e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("mod zero:", e)
try:
    1 / 0
except ZeroDivisionError as e:
    print("div zero:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("divmod zero:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("zero neg pow:", e)
print("large mod pow:", pow(3, 1000, 10 ** 9 + 7), pow(2, 10 ** 5, 97))
print("hash small:", hash(5), hash(-1), hash(0), hash(2 ** 61 - 1), hash(2 ** 61))
print("int str limit ok:", len(str(10 ** 1000)))
print("underscore literal:", 1_000_000, 0x_FF, 0b_1010, 0o_17)
print("compare mixed:", 1 < 1.5 < 2, 2 ** 53 + 1 == float(2 ** 53 + 1), 10 ** 20 == 1e20)
print("min/max big:", max(2 ** 70, 3 ** 40), min(-(2 ** 70), -(3 ** 40)))
print("sum big:", sum(range(10 ** 6 // 1000)) * 10 ** 20)
print("gcd-like loop:", (lambda a, b: [a := a % b or a for _ in range(1)])(48, 18))
