"""Module docstring."""
import sys
import os.path
import collections.abc as cabc
from functools import reduce, partial as part
from . import sibling
from ..pkg.mod import thing
x = 1
y = -2
z = -2.5
big = 123456789012345678901234567890
negbig = -123456789012345678901234567890
f = 1.5e300
c = 3j
b = b"bytes\x00"
e = ...
t = (1, 2, "three", None, True)
a = b2 = [1, 2, 3]
s = {1, 2, *t}
d = {"a": 1, **{"b": 2}, "c": 3}
first, *rest = t
*init, last = t
(p, q), r = (1, 2), 3
x += 1
a[0] -= 1
a[1:2] = [5]
sys.flags_copy = 1
sys.flags_copy *= 2
del sys.flags_copy
del a[0], a[0:1]
print(x, y, *t, sep="-", **{"end": "\n"})
print(f"{x!r:>{y}} and {z:.2f} {c!s} {e!a} plain {{}}")
print(a[::2], a[1:], a[:1], a[1:2:3])
print(x if y else z, x and y or z, not x, -x, +x, ~x)
print(1 < x <= 3 < 4, x is None, x is not None, x in a, x not in a, x == y != z)
print(x @ y if False else x ** 2 // 3 % 4 << 1 >> 1 & 7 | 8 ^ 9)
assert x, "message"
assert y
if (n := len(a)) > 1:
    print(n)
x: int = 5
sys.attr_ann: int
a[0]: str = "s"
lam = lambda u, *v, w=1, **k: (u, v, w, k)
print(lam(1, 2, w=3, z=4), lam(*t), lam(**d))
s2 = "a" "b"
