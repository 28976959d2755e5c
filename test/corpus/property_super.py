# property, staticmethod, classmethod, super (with and without arguments, multiple inheritance).
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Temperature in Celsius."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("  deleting")
        self._c = None
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32, doc="F view")

t = Temp()
t.celsius = 100
print("property:", t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("setter validation:", e)
del t.celsius
print("after delete:", t.celsius)
print("docs:", Temp.celsius.__doc__, Temp.fahrenheit.__doc__)
print("property object:", type(Temp.celsius).__name__, Temp.celsius.fget.__name__)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("read-only:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("no deleter:", e)

class P2:
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v * 2
    x = property(getx, setx, None, "the x")
p = P2(); p.x = 5
print("property():", p.x, P2.x.__doc__)

class Util:
    count = 0
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def make(cls, *args):
        cls.count += 1
        return cls, args
class SubUtil(Util):
    pass
print("staticmethod:", Util.add(1, 2), Util().add(3, 4), type(Util.__dict__["add"]).__name__)
print("classmethod:", Util.make(1)[0].__name__, SubUtil.make()[0].__name__, Util().make()[0].__name__, Util.count, SubUtil.count)
print("static callable directly:", Util.__dict__["add"](5, 6))

class Base:
    def __init__(self):
        self.log = ["Base"]
    def hello(self):
        return "Base.hello"
    @classmethod
    def kind(cls):
        return "Base.kind(%s)" % cls.__name__
class Child(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Child")
    def hello(self):
        return "Child>" + super().hello()
    @classmethod
    def kind(cls):
        return "Child>" + super().kind()
c = Child()
print("super:", c.log, c.hello(), Child.kind())
print("explicit super:", super(Child, c).hello(), super(Base, c).__init__ is not None)

class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print("diamond:", D().who(), [k.__name__ for k in D.__mro__])
print("super skip:", super(B, D()).who())

class Init:
    def __init__(self, **kw):
        self.kw = kw
class Mixin1(Init):
    def __init__(self, a=0, **kw):
        super().__init__(**kw)
        self.a = a
class Mixin2(Init):
    def __init__(self, b=0, **kw):
        super().__init__(**kw)
        self.b = b
class Both(Mixin1, Mixin2):
    pass
o = Both(a=1, b=2, c=3)
print("cooperative init:", o.a, o.b, o.kw)

class WithProp(Base):
    @property
    def name(self):
        return "prop of " + type(self).__name__
class OverrideProp(WithProp):
    @property
    def name(self):
        return "override/" + super().name
print("super property:", OverrideProp().name)

def outside(self):
    return "outside"
class Late:
    pass
Late.method = outside
print("method added later:", Late().method())
try:
    class Bad:
        def m(self):
            return super().m()
    Bad().m()
except AttributeError as e:
    print("super attr error:", e)
print("super repr type:", type(super(Child, c)).__name__)
sm = staticmethod(lambda: "sm")
print("staticmethod object callable:", sm())
