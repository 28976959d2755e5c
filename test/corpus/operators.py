# Operator overloading through every dunder: arithmetic, reflected, in-place, unary, matmul.
class V:
    def __init__(self, *c):
        self.c = list(c)
    def __repr__(self):
        return "V%r" % (tuple(self.c),)
    def _op(self, other, f):
        if isinstance(other, V):
            return V(*[f(a, b) for a, b in zip(self.c, other.c)])
        if isinstance(other, (int, float)):
            return V(*[f(a, other) for a in self.c])
        return NotImplemented
    def __add__(self, o): return self._op(o, lambda a, b: a + b)
    def __sub__(self, o): return self._op(o, lambda a, b: a - b)
    def __mul__(self, o): return self._op(o, lambda a, b: a * b)
    def __truediv__(self, o): return self._op(o, lambda a, b: a / b)
    def __floordiv__(self, o): return self._op(o, lambda a, b: a // b)
    def __mod__(self, o): return self._op(o, lambda a, b: a % b)
    def __pow__(self, o, mod=None):
        if mod is not None:
            return V(*[pow(a, o, mod) for a in self.c])
        return self._op(o, lambda a, b: a ** b)
    def __divmod__(self, o): return (self // o, self % o)
    def __lshift__(self, o): return self._op(o, lambda a, b: a << b)
    def __rshift__(self, o): return self._op(o, lambda a, b: a >> b)
    def __and__(self, o): return self._op(o, lambda a, b: a & b)
    def __or__(self, o): return self._op(o, lambda a, b: a | b)
    def __xor__(self, o): return self._op(o, lambda a, b: a ^ b)
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __radd__(self, o): return V(*[o + a for a in self.c]) if isinstance(o, (int, float)) else NotImplemented
    def __rsub__(self, o): return V(*[o - a for a in self.c])
    def __rmul__(self, o): return self * o
    def __rtruediv__(self, o): return V(*[o / a for a in self.c])
    def __rfloordiv__(self, o): return V(*[o // a for a in self.c])
    def __rmod__(self, o): return V(*[o % a for a in self.c])
    def __rpow__(self, o): return V(*[o ** a for a in self.c])
    def __rlshift__(self, o): return V(*[o << a for a in self.c])
    def __rrshift__(self, o): return V(*[o >> a for a in self.c])
    def __rand__(self, o): return V(*[o & a for a in self.c])
    def __ror__(self, o): return V(*[o | a for a in self.c])
    def __rxor__(self, o): return V(*[o ^ a for a in self.c])
    def __rmatmul__(self, o): return "rmatmul with %r" % (o,)
    def __rdivmod__(self, o): return "rdivmod with %r" % (o,)
    def __neg__(self): return V(*[-a for a in self.c])
    def __pos__(self): return V(*[+a for a in self.c])
    def __abs__(self): return V(*[abs(a) for a in self.c])
    def __invert__(self): return V(*[~a for a in self.c])
    def __iadd__(self, o):
        print("  __iadd__")
        self.c = [a + o for a in self.c]
        return self
    def __imatmul__(self, o):
        return "imatmul result"
    def __round__(self, n=None): return V(*[round(a, n) for a in self.c])
    def __int__(self): return int(sum(self.c))
    def __float__(self): return float(sum(self.c))
    def __complex__(self): return complex(sum(self.c), 1)
    def __trunc__(self): return 0
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"

a, b = V(6, 7), V(2, 3)
print("binary:", a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print("scalar:", a + 1, a * 2, a ** 2, pow(a, 2, 5), divmod(a, b))
print("bits:", a << 1, a >> 1, a & 3, a | 8, a ^ 1)
print("matmul:", a @ b, 5 @ a)
print("reflected:", 10 + a, 10 - a, 3 * a, 42 / b, 20 // b, 20 % b, 2 ** b, 1 << b, 256 >> b, 7 & b, 8 | b, 1 ^ b, divmod(9, a))
print("unary:", -a, +a, abs(V(-1, 2)), ~a)
c = a
c += 5
print("iadd:", c, c is a)
c -= 1
print("isub fallback:", c, c is a)
d = V(1)
d @= V(2)
print("imatmul:", d)
print("conversions:", int(a), float(a), complex(a), round(V(1.26, 2.5), 1), round(V(2.5)))
try:
    a + "s"
except TypeError as e:
    print("NotImplemented both:", e)
try:
    "s" + a
except TypeError as e:
    print("reflected NotImplemented:", e)

class Base:
    def __add__(self, o): return "Base.add"
    def __radd__(self, o): return "Base.radd"
class Derived(Base):
    def __radd__(self, o): return "Derived.radd"
print("subclass reflected first:", Base() + Derived(), Derived() + Base())

class OnlyRadd:
    def __radd__(self, o): return "radd(%r)" % (o,)
print("radd on right:", 1 + OnlyRadd(), [1] + OnlyRadd() if False else "skip", "s" + OnlyRadd())
print("sum uses radd:", sum([OnlyRadd()]))

class Str:
    def __init__(self, s): self.s = s
    def __mul__(self, n): return Str(self.s * n)
    def __rmul__(self, n): return Str(self.s * n + "!")
    def __repr__(self): return "Str(%r)" % self.s
print("mul/rmul:", Str("ab") * 2, 2 * Str("ab"))

class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __gt__(self, o): return self.v > o.v
    def __ge__(self, o): return self.v >= o.v
    def __eq__(self, o): return isinstance(o, Cmp) and self.v == o.v
    def __ne__(self, o): return not self == o
    __hash__ = None
x, y = Cmp(1), Cmp(2)
print("comparisons:", x < y, x <= y, x > y, x >= y, x == y, x != y, x == Cmp(1))
print("sorted by __lt__:", [c.v for c in sorted([Cmp(3), Cmp(1), Cmp(2)])])
print("max/min:", max(x, y).v, min([y, x]).v)

class Hashy:
    def __init__(self, k): self.k = k
    def __hash__(self): return hash(self.k)
    def __eq__(self, o): return isinstance(o, Hashy) and self.k == o.k
print("custom hash in set:", len({Hashy(1), Hashy(1), Hashy(2)}), Hashy(3) in {Hashy(3)})
print("numeric tower:", 3 + True, 2 * 1.5, 1 + 2j, (2 ** 64) * 1.0, True + 1.5)
