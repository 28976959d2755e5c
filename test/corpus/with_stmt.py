# The with statement: __enter__/__exit__, several items, suppression, exception info.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("  enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("  exit", self.name, et.__name__ if et else None, repr(ev), tb is not None)
        return self.suppress

with CM("a") as v:
    print("body", v)

with CM("x") as x, CM("y") as y:
    print("body two", x, y)

with (CM("p") as p,
      CM("q") as q):
    print("parenthesised", p, q)

try:
    with CM("r"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)

with CM("s", suppress=True):
    raise KeyError("hidden")
print("suppressed, continuing")

try:
    with CM("outer"), CM("inner", suppress=True):
        raise TypeError("inner only")
    print("after inner suppressed")
except TypeError:
    print("not reached")

try:
    with CM("outer2", suppress=False), CM("inner2", suppress=False):
        raise IndexError("both see it")
except IndexError as e:
    print("both saw:", e)

def early():
    with CM("ret"):
        return "returned"
print(early())

for i in range(3):
    with CM("loop%d" % i):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done", i)

class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return "non-empty string is true"
with Truthy():
    1 / 0
print("truthy exit suppresses")

class NoEnter:
    pass
try:
    with NoEnter():
        pass
except (TypeError, AttributeError) as e:
    print("no enter:", type(e).__name__, e)

class EnterOnly:
    def __enter__(self):
        return self
try:
    with EnterOnly():
        pass
except (TypeError, AttributeError) as e:
    print("no exit:", type(e).__name__, e)

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print("exit raises:", e, "context:", repr(e.__context__))

class Resource:
    log = []
    def __enter__(self):
        Resource.log.append("open")
        return self
    def __exit__(self, *exc):
        Resource.log.append("close")
        return False
def use():
    with Resource() as r:
        Resource.log.append("use")
        raise ValueError
try:
    use()
except ValueError:
    pass
print("resource log:", Resource.log)

class EnterFails:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("  never called")
try:
    with CM("first"), EnterFails():
        print("never")
except OSError as e:
    print("enter fails:", e)

with CM("ab") as (a, b):
    pass
print("unpacked target:", a, b)

d = {}
with CM("item") as d["k"]:
    pass
print("subscript target:", d)
