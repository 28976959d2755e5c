# __eq__/__hash__ rules, rich comparison fallbacks and NotImplemented.
class OnlyEq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, OnlyEq) and self.v == o.v
print("eq sets hash None:", OnlyEq.__hash__ is None)
try:
    hash(OnlyEq(1))
except TypeError as e:
    print("unhashable:", e)
try:
    {OnlyEq(1)}
except TypeError as e:
    print("not in set:", e)
print("ne derived from eq:", OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2))
class EqAndHash(OnlyEq):
    def __hash__(self): return hash(self.v)
print("subclass restores hash:", hash(EqAndHash(5)) == hash(5), len({EqAndHash(1), EqAndHash(1)}))
class KeepHash:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
print("explicit keep hash:", isinstance(hash(KeepHash()), int))
class Plain:
    pass
p, q = Plain(), Plain()
print("identity eq:", p == p, p == q, p != q, hash(p) == hash(p))
class Inherit(OnlyEq):
    pass
print("inherits None hash:", Inherit.__hash__ is None)

print("hash equalities:", hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False), hash(-1) == hash(-1.0))
print("dict key merging:", {1: "int", 1.0: "float", True: "bool"})
print("set merging:", {1, 1.0, True}, {0, 0.0, False, -0.0})
print("str/bytes hash differ types:", "a" == b"a")
print("tuple hash equal:", hash((1, 2.0)) == hash((1.0, 2)))

class A:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("  A.__lt__")
        return NotImplemented
class B:
    def __init__(self, v): self.v = v
    def __gt__(self, o):
        print("  B.__gt__")
        return self.v > o.v
print("reflected gt for lt:", A(1) < B(2))
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
print("reflected lt for gt:", C(5) > C(3), C(1) > C(3))
try:
    C(1) <= C(2)
except TypeError as e:
    print("no le:", e)
try:
    A(1) < A(2)
except TypeError as e:
    print("both NotImplemented:", e)
try:
    A(1) > B(2)
except TypeError as e:
    print("mixed:", e)

class EqNI:
    def __eq__(self, o):
        print("  EqNI.__eq__")
        return NotImplemented
print("eq NotImplemented falls back to identity:", EqNI() == EqNI(), (lambda x: x == x)(EqNI()))
print("ne NotImplemented:", EqNI() != 5)

class Loud:
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        print("  Loud%d.__eq__(Loud%d)" % (self.n, o.n))
        return NotImplemented
print("eq both try:", Loud(1) == Loud(2))
class SubLoud(Loud):
    def __eq__(self, o):
        print("  SubLoud.__eq__")
        return True
print("subclass eq first:", Loud(1) == SubLoud(2))

class Weird:
    def __eq__(self, o): return "truthy string"
    __hash__ = object.__hash__
print("eq returns non-bool:", Weird() == 1, [Weird()] == [1], Weird() in [1])
class NeverEq:
    def __eq__(self, o): return False
    __hash__ = object.__hash__
n = NeverEq()
print("identity shortcut in containers:", n in [n], [n] == [n], n == n, [n].count(n), {n: 1}[n])
nan = float("nan")
print("nan in list:", nan in [nan], [nan] == [nan], nan == nan)

class Ordered:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return "O%d" % self.v
print("sort with lt:", sorted([Ordered(3), Ordered(1), Ordered(2)]), max(Ordered(1), Ordered(9)))
print("list compare uses eq then lt:", [Ordered(1), Ordered(2)] < [Ordered(1), Ordered(3)])
print("in uses eq:", Ordered(2) in [Ordered(1), Ordered(2)], [Ordered(1)].index(Ordered(1)))
print("dict lookup uses hash+eq:", {Ordered(1): "one"}[Ordered(1)])
try:
    Ordered(1) >= Ordered(2)
except TypeError as e:
    print("missing ge:", e)
print("object default ne:", object() != object())
print("None comparisons:", None == None, None != 0, (None,) == (None,))
