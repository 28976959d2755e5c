# Container and callable protocols: __len__, __bool__, __iter__, __next__, __contains__,
# __getitem__ iteration, __setitem__, __delitem__, __call__, __reversed__, __index__.
class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
s = Seq(4)
print("getitem iteration:", list(s), 9 in s, 10 in s, [x for x in s], sorted(s, reverse=True))
print("unpack via getitem:", *Seq(3))
it = iter(Seq(2))
print("iter type:", type(it).__name__, next(it), next(it), next(it, "end"))

class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIter(self.start)
    def __len__(self):
        return self.start
    def __contains__(self, v):
        print("  __contains__(%r)" % (v,))
        return 0 < v <= self.start
    def __reversed__(self):
        return iter(range(1, self.start + 1))
class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print("iter protocol:", list(c), list(c), len(c), 2 in c, 7 in c, list(reversed(c)))
a, b, cc = c
print("unpack:", a, b, cc, sum(c), max(c), "-".join(map(str, c)))

class Truth:
    def __init__(self, b=None, n=None):
        self.b, self.n = b, n
    def __bool__(self):
        print("  __bool__")
        return self.b
class Sized:
    def __init__(self, n): self.n = n
    def __len__(self):
        print("  __len__")
        return self.n
class BoolAndLen:
    def __bool__(self): return True
    def __len__(self): return 0
print("bool:", bool(Truth(True)), bool(Truth(False)), bool(Sized(0)), bool(Sized(2)), bool(BoolAndLen()))
print("if uses bool:", "yes" if Sized(1) else "no", not Sized(0))
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("bool must return bool:", e)
class NegLen:
    def __len__(self): return -1
try:
    len(NegLen())
except ValueError as e:
    print("negative len:", e)
print("default truthy:", bool(object()), bool(Seq(0)))

class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __len__(self):
        return len(self.cells)
g = Grid()
g[0, 0] = "X"; g[1, 2] = "O"
print("tuple keys:", g[0, 0], g[1, 2], g[5, 5], len(g))
del g[0, 0]
print("delitem:", g[0, 0], len(g))
try:
    del g[9, 9]
except KeyError as e:
    print("delitem missing:", repr(e))

class Adder:
    def __init__(self, base): self.base = base
    def __call__(self, x, *, times=1):
        return (self.base + x) * times
add5 = Adder(5)
print("call:", add5(1), add5(2, times=3), callable(add5), callable(Adder), list(map(add5, [0, 1])))

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
i2 = Idx(2)
L = list("abcdef")
print("__index__:", L[i2], L[i2:Idx(5)], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), list(range(Idx(3))), "ab" * Idx(2))
print("__index__ more:", [0] * Idx(3), range(10)[Idx(4)], (1, 2, 3)[Idx(-1)], int.__index__(7))

class Rev:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return "abc"[i]
print("reversed via len+getitem:", list(reversed(Rev())))
try:
    reversed(object())
except TypeError as e:
    print("not reversible:", e)

class Stepper:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print("iter with sentinel:", list(iter(Stepper(), 4)))
class OnlyNext:
    def __next__(self): return 1
try:
    iter(OnlyNext())
except TypeError as e:
    print("no __iter__:", e)
class IterReturnsNonIter:
    def __iter__(self): return 5
try:
    iter(IterReturnsNonIter())
except TypeError as e:
    print("bad __iter__:", e)
class NotContainer:
    def __iter__(self):
        return iter([1, 2, 3])
print("in falls back to iter:", 2 in NotContainer(), 5 in NotContainer())
try:
    1 in 5
except TypeError as e:
    print("in non-container:", e)
