# object, exceptions, functions, methods, descriptors, property/staticmethod/classmethod,
# super and generators as Python sees them: attributes, reprs (without addresses), errors.


def noaddr(s):
    out = ""
    while " at 0x" in s:
        i = s.index(" at 0x")
        out += s[:i] + " at ADDR"
        j = i + 6
        while j < len(s) and s[j] in "0123456789abcdef":
            j += 1
        s = s[j:]
    return out + s


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "raised", type(e).__name__, e)


print("section object")


class Plain:
    pass


class WithInit:
    def __init__(self, a):
        self.a = a


class WithNew:
    def __new__(cls, *args):
        return super().__new__(cls)


p = Plain()
attempt("Plain(1)", lambda: Plain(1))
attempt("WithInit(1).a", lambda: WithInit(1).a)
attempt("WithNew(1)", lambda: type(WithNew(1)).__name__)
attempt("object.__new__ with args", lambda: object.__new__(WithNew, 1))
attempt("object.__init__ with args", lambda: object.__init__(WithInit(1), 2))
attempt("object.__new__(int)", lambda: object.__new__(int))
attempt("object.__new__(5)", lambda: object.__new__(5))
attempt("object()", lambda: type(object()).__name__)
attempt("object(1)", lambda: object(1))
print("eq identity", p == p, p != p, p == Plain(), object.__eq__(p, 1), object.__lt__(p, p))
attempt("lt", lambda: p < p)
print("hash stable", hash(p) == hash(p), type(hash(p)).__name__)
print("repr", noaddr(repr(p)), noaddr(str(p)), noaddr(object.__repr__(p)))
print("format", format(p, "") == str(p))
attempt("format spec", lambda: format(p, "x"))
p.x = 1
p.y = 2
print("dict", p.__dict__, vars(p))
print("dir has", "x" in dir(p), "__init__" in dir(p), dir(p) == sorted(dir(p)))
object.__setattr__(p, "z", 3)
print("object.__setattr__", p.z, object.__getattribute__(p, "z"))
object.__delattr__(p, "z")
attempt("deleted", lambda: p.z)
attempt("getattribute missing", lambda: object.__getattribute__(p, "nope"))
attempt("no dict", lambda: object().__dict__)
attempt("set attr on object()", lambda: setattr(object(), "a", 1))


class Other:
    pass


class Slotted:
    __slots__ = ("a",)


q = Plain()
q.__class__ = Other
print("__class__ assigned", type(q).__name__, q.__class__.__name__)
attempt("__class__ = Slotted", lambda: setattr(q, "__class__", Slotted))
attempt("__class__ = int", lambda: setattr(q, "__class__", int))
attempt("__class__ = 5", lambda: setattr(q, "__class__", 5))
q.__dict__ = {"k": "v"}
print("__dict__ assigned", q.k)
attempt("__dict__ = 5", lambda: setattr(q, "__dict__", 5))


class NeEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, NeEq) and self.v == other.v


print("ne from eq", NeEq(1) != NeEq(1), NeEq(1) != NeEq(2), NeEq.__hash__)


class Sub:
    def __init_subclass__(cls, **kw):
        cls.kw = kw
        super().__init_subclass__()


class SubA(Sub, tag=1):
    pass


print("init_subclass", SubA.kw)
try:
    class Bad(Plain, tag=1):
        pass
except TypeError as e:
    print("init_subclass kw", e)


def abstract(f):
    f.__isabstractmethod__ = True
    return f


class Shape:
    @abstract
    def area(self):
        pass

    @abstract
    def perimeter(self):
        pass


Shape.__abstractmethods__ = frozenset({"perimeter", "area"})


class Half(Shape):
    def area(self):
        return 1


Half.__abstractmethods__ = frozenset({"perimeter"})

attempt("abstract 2", lambda: Shape())
attempt("abstract 1", lambda: Half())

print("section exceptions")
for args in [(), ("x",), (1, 2), ([1],)]:
    e = Exception(*args)
    print("Exception", args, repr(str(e)), repr(e), e.args)
print("KeyError", str(KeyError("a")), repr(KeyError("a")), str(KeyError("a", "b")), repr(str(KeyError())))
e = ValueError("v")
print("unset", e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError("k")
print("cause set", repr(e.__cause__), e.__suppress_context__)
e.__cause__ = None
e.__context__ = TypeError("t")
print("context set", repr(e.__context__), e.__cause__)
attempt("bad cause", lambda: setattr(e, "__cause__", 5))
attempt("bad context", lambda: setattr(e, "__context__", "x"))
attempt("bad traceback", lambda: setattr(e, "__traceback__", 1))
attempt("del args", lambda: delattr(e, "args"))
e.args = [1, 2]
print("args list -> tuple", e.args, str(e))
print("with_traceback", e.with_traceback(None) is e)
attempt("notes missing", lambda: e.__notes__)
e.add_note("first")
e.add_note("second")
print("notes", e.__notes__, e.__dict__)
attempt("bad note", lambda: e.add_note(1))
attempt("kw to ValueError", lambda: ValueError(x=1))
try:
    try:
        raise KeyError("inner")
    except KeyError as inner:
        raise ValueError("outer") from inner
except ValueError as outer:
    print("from", repr(outer.__cause__), repr(outer.__context__), outer.__suppress_context__)
    print("traceback type", type(outer.__traceback__).__name__)
print("StopIteration", StopIteration().value, StopIteration(1).value, StopIteration(1, 2).value)
s = StopIteration(3)
s.value = 4
print("StopIteration set", s.value, s.args)
print("SystemExit", SystemExit().code, SystemExit(2).code, SystemExit("m").code, SystemExit(1, 2).code)
ie = ImportError("msg", name="mod", path="/p")
print("ImportError", ie.name, ie.path, ie.msg, ie.args, str(ie), repr(ie))
print("ImportError empty", ImportError().name, repr(str(ImportError())), ModuleNotFoundError("m").name)
attempt("ImportError bad kw", lambda: ImportError(x=1))
for args in [(), ("plain",), (2, "No such file"), (2, "No such file", "f.txt"), (2, "x", "a", None, "b"), (13, "denied"),
             (17, "exists"), (99999, "other"), (1, 2, 3, 4, 5, 6)]:
    oe = OSError(*args)
    print("OSError", type(oe).__name__, oe.args, repr(str(oe)), oe.errno, oe.strerror, oe.filename, oe.filename2)
print("FileNotFoundError direct", type(FileNotFoundError(2, "x")).__name__, str(FileNotFoundError("m")))


class MyOSError(OSError):
    pass


print("OSError subclass keeps class", type(MyOSError(2, "x")).__name__)
se = SyntaxError("invalid syntax", ("/a/f.py", 3, 4, "x y", 3, 5))
print("SyntaxError", str(se), se.msg, se.filename, se.lineno, se.offset, se.text, se.end_lineno, se.end_offset)
print("SyntaxError forms", str(SyntaxError("m")), repr(SyntaxError("m")), str(SyntaxError("m", ("f.py", None, None, None))),
      str(SyntaxError("m", (None, 7, None, None))), SyntaxError().msg)
attempt("SyntaxError short details", lambda: SyntaxError("m", (1, 2)))
ude = UnicodeDecodeError("utf-8", b"ab\xff", 2, 3, "invalid start byte")
print("UnicodeDecodeError", str(ude), ude.encoding, ude.object, ude.start, ude.end, ude.reason)
print("UnicodeDecodeError range", str(UnicodeDecodeError("utf-8", b"ab\xff\xfe", 2, 4, "bad")))
print("UnicodeEncodeError", str(UnicodeEncodeError("ascii", "h\xe9\u1234", 1, 2, "ordinal not in range(128)")),
      str(UnicodeEncodeError("ascii", "h\xe9\u1234", 2, 3, "r")), str(UnicodeEncodeError("ascii", "h\xe9\u1234", 1, 3, "r")))
print("UnicodeTranslateError", str(UnicodeTranslateError("h\xe9", 1, 2, "r")))
attempt("UnicodeDecodeError args", lambda: UnicodeDecodeError("utf-8"))
attempt("UnicodeDecodeError types", lambda: UnicodeDecodeError(1, b"", 1, 2, "r"))
ae = AttributeError("m", name="n", obj=5)
print("AttributeError kw", ae.name, ae.obj, NameError("x", name="q").name)


class Custom(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b

    def __str__(self):
        return "custom " + super().__str__()


c = Custom("a", "b")
print("custom", str(c), repr(c), c.args, c.b, c.__dict__)


class CustomKey(KeyError):
    pass


print("custom key", str(CustomKey("k")), repr(CustomKey("k")))
print("exception eq/hash", ValueError(1) == ValueError(1), hash(c) == hash(c))

print("section exception groups")
eg = ExceptionGroup("batch", [ValueError("v1"), TypeError("t1")])
print("group", repr(eg), str(eg), eg.args, eg.exceptions, eg.message)
print("auto class", type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
print("mro", [c.__name__ for c in ExceptionGroup.__mro__])
attempt("bad message", lambda: ExceptionGroup(1, [ValueError()]))
attempt("not a sequence", lambda: ExceptionGroup("m", 5))
attempt("empty", lambda: ExceptionGroup("m", []))
attempt("not exceptions", lambda: ExceptionGroup("m", [1]))
attempt("nest base", lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
attempt("one arg", lambda: ExceptionGroup("m"))
attempt("bad matcher", lambda: eg.split(5))
m, r = eg.split(ValueError)
print("split", repr(m), repr(r))
print("split all", eg.split(lambda e: True)[0] is eg, eg.subgroup(KeyError), eg.subgroup((TypeError, KeyError)))
print("one", str(ExceptionGroup("one", [ValueError()])))


class MyEG(ExceptionGroup):
    pass


attempt("subclass nest base", lambda: MyEG("m", [KeyboardInterrupt()]))
print("derive", repr(eg.derive([KeyError(1)])))
eg.add_note("n")
eg.__cause__ = KeyError(2)
m, r = eg.split(ValueError)
print("split keeps", m.__notes__, repr(m.__cause__))
grp = ExceptionGroup("outer", [KeyError("k"), ExceptionGroup("inner", [ZeroDivisionError("z")])])
match_, rest = grp.split(KeyError)
print("nested", [type(x).__name__ for x in match_.exceptions], [type(x).__name__ for x in rest.exceptions])
print("subgroup", grp.subgroup(ZeroDivisionError).exceptions[0].exceptions)
try:
    raise grp
except Exception as e:
    print("caught as Exception", type(e).__name__)

print("section functions")


def documented(a, b=2, *, c=3):
    "Doc."
    return a


def plain():
    pass


print("attrs", documented.__name__, documented.__qualname__, documented.__doc__, documented.__module__)
print("defaults", documented.__defaults__, documented.__kwdefaults__, plain.__defaults__, plain.__kwdefaults__, plain.__doc__)
print("repr", noaddr(repr(documented)))
documented.__name__ = "renamed"
documented.__qualname__ = "Q.renamed"
print("renamed", documented.__name__, noaddr(repr(documented)))
attempt("bad name", lambda: setattr(documented, "__name__", 1))
attempt("bad qualname", lambda: setattr(documented, "__qualname__", None))
attempt("bad defaults", lambda: setattr(documented, "__defaults__", 1))
attempt("bad kwdefaults", lambda: setattr(documented, "__kwdefaults__", 1))
documented.__defaults__ = None
print("defaults none", documented.__defaults__)
documented.__defaults__ = (2,)
documented.tag = "t"
print("func dict", documented.__dict__, documented.tag)
attempt("func missing", lambda: documented.missing)


def annotated(x: int, y: str = "d") -> list:
    pass


print("annotations", annotated.__annotations__, plain.__annotations__)


def outer():
    v = 1

    def inner():
        return v
    return inner


inner = outer()
print("closure", type(inner.__closure__).__name__, len(inner.__closure__), inner.__closure__[0].cell_contents, plain.__closure__)
print("cell repr", noaddr(repr(inner.__closure__[0])))
print("globals", documented.__globals__ is globals())
code = documented.__code__
print("code", code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_varnames, code.co_filename.endswith("objects_type.py"))
print("code repr", noaddr(repr(code)).split(", file")[0])
bound = documented.__get__(5)
print("__get__", type(bound).__name__, bound(), documented.__get__(None, int) is documented)
print("__call__", documented.__call__(7))


def wrapper():
    pass


wrapper.__wrapped__ = plain
print("__wrapped__", wrapper.__wrapped__ is plain)

print("section methods")


class K:
    def method(self, x):
        "method doc"
        return x

    def __repr__(self):
        return "K()"


k = K()
bm = k.method
print("bound", bm.__self__ is k, bm.__func__ is K.method, bm.__name__, bm.__qualname__, bm.__doc__, bm(3))
print("bound repr", repr(bm))
print("bound eq", k.method == k.method, k.method == K().method, k.method != k.method, hash(k.method) == hash(k.method))
K.method.tag = "on function"
print("attribute passthrough", bm.tag, bm.__module__)
attempt("bound setattr", lambda: setattr(bm, "tag", 1))
print("method __get__", bm.__get__(None, K) is bm)

print("section builtins and descriptors")
print("builtin", repr(len), len.__name__, len.__qualname__, noaddr(repr([].append)), [].append.__qualname__)
print("builtin self", [1].append.__self__, "x".upper.__self__, len.__self__.__name__, len.__module__)
print("method_descriptor", repr(list.append), list.append.__name__, list.append.__qualname__, list.append.__objclass__)
print("classmethod_descriptor", repr(dict.__dict__["fromkeys"]), type(dict.__dict__["fromkeys"]).__name__)
print("getset_descriptor", repr(type(plain).__dict__["__name__"]), type(type(plain).__dict__["__name__"]).__name__)
print("member_descriptor", repr(Slotted.a), type(Slotted.a).__name__)
print("descriptor __get__", list.append.__get__([1, 2])(3), type(plain).__dict__["__name__"].__get__(plain))
sl = Slotted()
Slotted.a.__set__(sl, 9)
print("member __set__", sl.a)
print("eq builtins", [].append == [].append, len == len)

print("section property")


class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        "Celsius."
        return self._c

    @celsius.setter
    def celsius(self, v):
        self._c = v

    @celsius.deleter
    def celsius(self):
        self._c = None

    ro = property(lambda self: 1)
    documented = property(lambda self: 2, doc="given doc")


t = Temp()
t.celsius = 5
print("property", t.celsius, Temp.celsius.__doc__, Temp.ro.__doc__, Temp.documented.__doc__)
del t.celsius
print("deleted", t.celsius)
attempt("read-only", lambda: setattr(t, "ro", 1))
attempt("no deleter", lambda: delattr(t, "ro"))
pr = property()
attempt("no getter", lambda: pr.__get__(t))
print("fields", Temp.celsius.fget.__name__, Temp.celsius.fset.__name__, Temp.celsius.fdel.__name__, pr.fget, pr.__doc__)
print("getter keeps doc", Temp.celsius.getter(lambda s: 0).__doc__, Temp.celsius.setter(None).__doc__)
print("property __get__", Temp.celsius.__get__(None, Temp) is Temp.celsius, Temp.ro.__get__(t, Temp))
Temp.celsius.__set__(t, 7)
print("property __set__", t._c)
attempt("property args", lambda: property(1, 2, 3, 4, 5))
attempt("property kw", lambda: property(fx=1))
print("property kwargs", property(fget=len, doc="d").__doc__)


class Abstractish:
    @property
    @abstract
    def x(self):
        pass


print("abstract property", Abstractish.__dict__["x"].__isabstractmethod__, Temp.ro.__isabstractmethod__)


class LoudProperty(property):
    pass


class UsesLoud:
    @LoudProperty
    def v(self):
        return "loud"

    @v.setter
    def v(self, val):
        pass


print("property subclass", UsesLoud().v, type(UsesLoud.__dict__["v"]).__name__)

print("section staticmethod classmethod")


def f(*a):
    "f doc"
    return a


sm = staticmethod(f)
cm = classmethod(f)
print("wrappers", sm.__func__ is f, sm.__wrapped__ is f, cm.__func__ is f, sm.__name__, sm.__doc__, cm.__qualname__)
print("repr", noaddr(repr(sm)), noaddr(repr(cm)))
print("callable", sm(1, 2), callable(sm), callable(cm))
attempt("classmethod call", lambda: cm(1))
print("get", sm.__get__(None, int) is f, cm.__get__(None, int)(), cm.__get__(5)())
attempt("staticmethod()", lambda: staticmethod())
attempt("staticmethod(1, 2)", lambda: staticmethod(1, 2))
attempt("classmethod(f=1)", lambda: classmethod(f=1))
print("abstract", sm.__isabstractmethod__, staticmethod(abstract(lambda: 0)).__isabstractmethod__)


class Util:
    @staticmethod
    def add(a, b):
        return a + b

    @classmethod
    def make(cls):
        return cls.__name__


class SubUtil(Util):
    pass


print("use", Util.add(1, 2), Util().add(3, 4), SubUtil.make(), SubUtil().make(), Util.__dict__["add"](5, 6))

print("section super")


class A:
    def who(self):
        return ["A"]

    @classmethod
    def kind(cls):
        return "A.kind/" + cls.__name__

    @property
    def prop(self):
        return "A.prop"


class B(A):
    def who(self):
        return ["B"] + super().who()

    @classmethod
    def kind(cls):
        return "B>" + super().kind()

    @property
    def prop(self):
        return "B>" + super().prop


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


d = D()
print("diamond", d.who(), D.kind(), d.prop)
print("explicit", super(B, d).who(), super(D, D).kind(), super(C, d).who())
s = super(B, d)
print("super attrs", s.__thisclass__.__name__, s.__self__ is d, s.__self_class__.__name__, type(s).__name__)
print("super repr", repr(s), repr(super(B)), repr(super(B, D)))
print("unbound function", super(B, D).who(d))
attempt("super missing", lambda: super(B, d).missing)
attempt("super bad obj", lambda: super(B, 1))
attempt("super bad type", lambda: super(1, d))


def no_args():
    return super()


class E:
    def m(self):
        return super().__repr__ is not None

    def via_cell(self):
        def inner():
            return self
        return super().__class__.__name__, inner() is self


print("super in method", E().m(), E().via_cell())
attempt("no args", lambda: no_args())


def no_class(x):
    return super()


attempt("no class cell", lambda: no_class(1))


class F:
    def __init__(self):
        super().__init__()
        self.ok = True

    def __new__(cls, *a):
        inst = super().__new__(cls)
        return inst


print("super new/init", F().ok)

print("section generators")


def gen():
    received = yield 1
    print("received", received)
    try:
        yield 2
    except ValueError as e:
        print("caught", repr(e))
        yield 3
    return "done"


g = gen()
print("gen", noaddr(repr(g)), g.__name__, g.__qualname__, g.gi_running, g.gi_code.co_name)
print("iter", iter(g) is g, next(g), g.send("hello"), g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value, e.args)
attempt("next after end", lambda: next(g))
g2 = gen()
next(g2)
print("close", g2.close(), g2.close())
attempt("throw type", lambda: gen().throw(1))
g3 = gen()
next(g3)
attempt("throw instance with value", lambda: g3.throw(ValueError("x"), 1))
g4 = gen()
next(g4)
next(g4)
print("throw class+tuple", g4.throw(ValueError, (1, 2)))
attempt("send to new", lambda: gen().send(5))
print("list of gen", list(x * 2 for x in range(3)), [v for v in gen() if v != 2])
g5 = gen()
g5.__name__ = "renamed"
print("renamed gen", g5.__name__)
attempt("bad gen name", lambda: setattr(g5, "__name__", 1))
print("done")
