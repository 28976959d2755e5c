# printf-style % formatting: every conversion and flag.
print("%s|%r|%a" % ("é", "é", "é"))
print("%d|%i|%u" % (42, -42, 7))
print("%5d|%-5d|%05d|%+d|% d|%+05d|%-+5d|" % (42, 42, 42, 42, 42, 42, 42))
print("%x|%X|%#x|%#X|%o|%#o|%08x|%-#8x|" % (255, 255, 255, 255, 8, 8, 255, 255))
print("%e|%E|%.2e|%10.3e|%-12e|" % (12345.678, 12345.678, 0.000123, 1.5, 1.5))
print("%f|%F|%.0f|%.1f|%10.4f|%-10.2f|%+.3f|%010.2f|" % (3.14159, 2.5, 2.5, 0.05, 3.14159, 2.0, 1.0, -3.5))
print("%g|%G|%g|%g|%.3g|%#g|%g|" % (0.0001, 1e-10, 123456, 1234567, 3.14159, 2.0, 100.0))
print("%c|%c|%c" % ("x", 65, 0x263A))
print("%%|%5s|%-5s|%.2s|%5.1s|" % ("ab", "ab", "abcdef", "xyz"))
print("%s %s" % (None, [1, 2]), "%s" % (1,), "%s" % ((1, 2),), "%r" % ((1, 2),))
print("%(name)s is %(age)d, %(name)r" % {"name": "Kim", "age": 30})
print("%*d|%-*d|%.*f|" % (5, 42, 5, 42, 2, 3.14159))
print("%d %d" % (3.9, True), "%x" % 2 ** 70, "%d" % -(2 ** 70))
print("%s" % "single", "%s" % [1], "%s" % {"a": 1})
print("%5.2f%%" % 99.5)
print("inf/nan: %f %e %g %5.1f" % (float("inf"), float("-inf"), float("nan"), float("inf")))
print("bytes %%: %s" % b"xy", b"%d-%s-%x" % (5, b"ab", 255), b"%c" % 65)
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(a)s", 5), ("%c", "ab"), ("%x", 1.5)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print("error", repr(fmt), type(e).__name__, e)
class R:
    def __repr__(self):
        return "R!"
    def __str__(self):
        return "S!"
print("%s %r" % (R(), R()))
print("%-6s|%6r|" % (R(), R()))
print("%.3s" % R())
print("%i" % 12.7, "%o" % -8, "%X" % -255)
print("%s" % 0.1, "%r" % 0.1, "%.15g" % 0.1, "%.17g" % 0.1)
print("% 5.1f|% -6d|" % (2.25, 3))
print("%#.0f|%#x|%#o|" % (3.0, 0, 0))
