# str.format and format specs.
print("{} {} {}".format(1, "a", [2]))
print("{0} {1} {0}".format("x", "y"))
print("{name} {0} {name!r}".format(5, name="n"))
class Pt:
    def __init__(self):
        self.x = 3
        self.y = [10, 20]
p = Pt()
print("attrs {0.x} {0.y[1]} {p.x}".format(p, p=p))
print("items {0[key]} {0[0]} {1[2]}".format({"key": "v", 0: "zero"}, "abc"))
print("conversions {0!r} {0!s} {0!a}".format("é"))
print("align |{:<6}|{:>6}|{:^6}|{:*^7}|{:=+7}|".format("ab", "ab", "ab", "ab", 5))
print("numbers {:d} {:5d} {:05d} {:+d} {: d} {:,} {:_} {:x} {:#X} {:#o} {:#b} {:c}".format(1, 2, 3, 4, 5, 10 ** 6, 10 ** 6, 255, 255, 8, 5, 97))
print("floats {:f} {:.2f} {:10.3f}| {:e} {:.1E} {:g} {:G} {:%} {:.1%} {:,.2f}".format(3.14159, 3.14159, 3.14159, 1234.5, 1234.5, 1e-7, 1e20, 0.25, 0.125, 1234567.891))
print("general {:g} {:g} {:g} {:g} {:.3g} {:.10g}".format(100000, 1000000, 0.0001, 0.00001, 1234.5, 1 / 3))
print("no type {} {:} {:.3} {:10} {:<10}|".format(1.0, 1e16, 3.14159, 1.5, 2.5))
print("int as float {:.2f} {:e} {:%}".format(3, 3, 1))
print("str precision {:.3} {:>8.3}|".format("abcdef", "abcdef"))
w, pr = 10, 3
print("nested {:{}.{}f}| {:{w}}| {:>{w}}|".format(3.14159, w, pr, "x", "y", w=w))
print("braces {{}} {{{}}}".format(7))
print("dict unpack {a}-{b}".format(**{"a": 1, "b": 2}))
print("format():", format(42), format(42, "x"), format(3.5, "08.3f"), format("s", "^5"), format(1234, ","), repr(format(None)))
print("zero pad neg {:06d} {:06.1f} {:=6d}".format(-42, -4.25, -42))
print("sign space {: } {: }".format(3, -3))
print("bool/None {} {} {:d} {!r}".format(True, None, False, None))
print("big {:,} {:x} {:e}".format(2 ** 64, 2 ** 64, 2 ** 64))
print("complex {:.1f} {}".format(1.25 + 2.5j, 1 - 1j))
for fmt, args in [("{", ()), ("{0} {}", (1, 2)), ("{1}", (1,)), ("{x}", ()), ("{:d}", ("s",)), ("{!z}", (1,)),
                  ("{:,d}", (1.5,)), ("{0.nope}", (1,)), ("}", ())]:
    try:
        print(fmt.format(*args))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print("error", repr(fmt), type(e).__name__, e)
class F:
    def __format__(self, spec):
        return "F[%s]" % spec
print("custom {} {:xyz} {:>{}}".format(F(), F(), F(), 4))
print("format builtin uses __format__:", format(F(), "q"))
class Plain:
    pass
try:
    format(Plain(), "d")
except TypeError as e:
    print("object format:", e)
print("object format empty ok:", format(Plain(), "")[:8])
print("thousands on float e: {:,.3e}".format(12345.6789))
print("padding unicode |{:^7}|{:→<5}|".format("日本", "x"))
print("percent of int {:.0%}".format(2))
print("hex float {:.3}".format(0.000012345), "{:.3}".format(123456.0), "{:.3}".format(1.0))
print("repr in format {!r:>10}|".format("x"))
print("index then attr {0[0].real} {0[1]!r}".format([3 + 4j, "s"]))
print("format positional many:", "{3}{2}{1}{0}".format(*"abcd"))
