import a.b.c as d, e
from . import x
from ..a import (b as c, d)
from x import *
from .... import y
from .m.n import (p,)
global_var = 1
def f(a, b=1, *args, c, d=2, **kw) -> int:
    global g1, g2
    def inner():
        nonlocal a
        a = 2
    return a
def g(a, /, b, *, c): pass
def h(a=1, /, b=2, *c, d: int = 3, **e): ...
def k(*, a): return
def posonly(a, b, /): pass
@decorator
@decorator.with_args(1, x=2)
class C(Base, metaclass=Meta, **extra):
    x: int = 3
    y: list[int]
    (z): int = 4
    self.attr: str
    a[0]: int = 1
    def method(self): yield 1; yield from g(); x = yield
class D: pass
class E(): pass
if x: pass
elif y: pass
else: pass
if a:
    b = 1
elif c:
    d = 2
elif e:
    pass
while x:
    break
else:
    continue
for i, (j, *k) in enumerate(z):
    pass
else:
    pass
for x in 1, 2, 3: pass
try:
    pass
except ValueError as e:
    pass
except (TypeError, KeyError):
    raise
except:
    raise X from Y
else:
    pass
finally:
    pass
try:
    pass
finally:
    del a, b[1], c.d, (e, f), [g]
with a as b, c as d:
    pass
with (a as b, c):
    pass
with (a, b):
    pass
with (yield):
    pass
with open(f) as (a, b): pass
assert x, "msg"
assert y
x = y = z = 1
a, *b = c
[a, b] = *c, d
x += 1; y -= 2; z *= 3; w @= 4; v /= 5; u //= 6; t %= 7; s **= 8; r <<= 9; q >>= 1; p &= 2; o |= 3; n ^= 4;
a.b += 1
a[1] -= 2
x: int
match = 3
case = match + 1
_ = case
print(match, case)
raise
del (a), [b, c]
return_value = lambda: (yield)
if x:
  \
    y = 1
z = 1 # comment
