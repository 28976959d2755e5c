# __repr__/__str__/__format__, __new__, __missing__, subclassing builtins, classmethod constructors.
class Both:
    def __repr__(self): return "Both(repr)"
    def __str__(self): return "Both(str)"
class ReprOnly:
    def __repr__(self): return "ReprOnly!"
class StrOnly:
    def __str__(self): return "StrOnly!"
b = Both()
print("repr/str:", repr(b), str(b), b, [b], (b,), {"k": b}, f"{b}", f"{b!r}", "%s %r" % (b, b))
print("repr fallback for str:", str(ReprOnly()), ReprOnly(), [ReprOnly()])
print("str only:", str(StrOnly()), repr(StrOnly()).startswith("<__main__.StrOnly object at 0x"))
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("bad repr:", e)

class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec == "":
            return "$%d" % self.v
        if spec == "words":
            return "%d dollars" % self.v
        return format(self.v, spec)
m = Money(12)
print("format:", format(m), f"{m:words}", f"{m:>6}", "{:04d}".format(m), str(m).startswith("<"))

class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
    def shout(self):
        return self + "!"
u = Upper("hey")
print("str subclass:", u, repr(u), u.shout(), type(u).__name__, isinstance(u, str), u + "x", type(u + "x").__name__, len(u))
class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
    def double(self):
        return Pos(self * 2)
p = Pos(21)
print("int subclass:", p, p.double(), type(p.double()).__name__, p + 1, type(p + 1).__name__, p == 21, hash(p) == hash(21))
try:
    Pos(-1)
except ValueError as e:
    print("validating __new__:", e)

class Stack(list):
    def push(self, v):
        self.append(v)
        return self
    def peek(self):
        return self[-1]
st = Stack([1, 2])
st.push(3).push(4)
st.label = "mine"
print("list subclass:", st, st.peek(), len(st), st.label, type(st).__name__, isinstance(st, list), st[1:], type(st[1:]).__name__)
print("list subclass ops:", st + [5], sorted(st, reverse=True), st == [1, 2, 3, 4])

class DefaultDict(dict):
    def __init__(self, factory, *a, **k):
        super().__init__(*a, **k)
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
dd = DefaultDict(list)
dd["a"].append(1); dd["a"].append(2); dd["b"].append(3)
print("__missing__:", dd, dd.get("zz"), "zz" in dd, len(dd))
class Counting(dict):
    def __missing__(self, key):
        return 0
cnt = Counting()
for ch in "banana":
    cnt[ch] += 1
print("counting:", sorted(cnt.items()), cnt["q"])
class NoMissing(dict):
    pass
try:
    NoMissing()["x"]
except KeyError as e:
    print("no __missing__:", repr(e))
class LoudDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
ld = LoudDict(a=1)
ld["b"] = 2
ld.update(c=3)
print("dict subclass setitem (init/update bypass):", ld)

class Singleton:
    _instance = None
    def __new__(cls, *a):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.inits = 0
        return cls._instance
    def __init__(self, *a):
        self.inits += 1
s1 = Singleton(); s2 = Singleton(1)
print("__new__ singleton:", s1 is s2, s1.inits)
class NotInstance:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print("__new__ returning other type:", NotInstance())

class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def parse(cls, text):
        return cls(*map(int, text.split("-")))
    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)
class MyDate(Date):
    pass
print("classmethod constructor:", Date.parse("2024-1-15"), MyDate.parse("1999-12-31"))

class Tup(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
t = Tup(1, 2)
print("tuple subclass:", t, t.first, len(t), t + (3,), isinstance(t, tuple))
class FloatSub(float):
    def __repr__(self):
        return "F<%s>" % float.__repr__(self)
print("float subclass:", FloatSub(1.5), FloatSub(1.5) + 1, [FloatSub(2)])
class SetSub(set):
    pass
print("set subclass:", sorted(SetSub([3, 1]) | {2}), type(SetSub([1]) | {2}).__name__)
class Ctx:
    def __enter__(self): return "entered"
    def __exit__(self, *a): return None
with Ctx() as v:
    print("context protocol:", v)
