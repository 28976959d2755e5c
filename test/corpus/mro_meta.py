# C3 MRO, inconsistent MRO errors, metaclasses (__new__/__init__/__call__/__prepare__).
def names(cls):
    return [c.__name__ for c in cls.__mro__]

class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print("Z:", names(Z))
print("bases:", [b.__name__ for b in Z.__bases__], Z.__base__.__name__)
print("mro():", [c.__name__ for c in K1.mro()])

class X: pass
class Y(X): pass
try:
    class Bad(X, Y):
        pass
except TypeError as e:
    print("inconsistent:", e)
class P1: pass
class P2: pass
class Q1(P1, P2): pass
class Q2(P2, P1): pass
try:
    class R(Q1, Q2):
        pass
except TypeError as e:
    print("inconsistent 2:", e)
try:
    class Dup(X, X):
        pass
except TypeError as e:
    print("duplicate base:", e)
try:
    class FromInt(5):
        pass
except TypeError as e:
    print("bad base:", type(e).__name__)

class Meta(type):
    log = []
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        Meta.log.append("prepare %s %s" % (name, sorted(kw)))
        ns = {"injected": "from prepare"}
        return ns
    def __new__(mcls, name, bases, ns, **kw):
        Meta.log.append("new %s keys=%s" % (name, sorted(k for k in ns if not k.startswith("__"))))
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        Meta.log.append("init %s" % name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        Meta.log.append("call %s%r" % (cls.__name__, args))
        inst = super().__call__(*args, **kwargs)
        inst.made_by_meta = True
        return inst

class Model(metaclass=Meta, tag="T"):
    field = 1
    def __init__(self, v):
        self.v = v
m = Model(5)
print("meta log:", Meta.log)
print("meta results:", Model.tag, Model.injected, m.v, m.made_by_meta, type(Model).__name__, isinstance(Model, Meta))
class SubModel(Model):
    pass
print("inherited metaclass:", type(SubModel).__name__, SubModel.tag, Meta.log[-2:])

class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            Registry.classes.append(name)
        return cls
class Plugin(metaclass=Registry): pass
class PA(Plugin): pass
class PB(Plugin): pass
print("registry:", Registry.classes)

class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print("  Config init once")
print("singleton:", Config() is Config())

Dyn = type("Dyn", (object,), {"x": 1, "hello": lambda self: "hi " + str(self.x)})
print("type() 3 args:", Dyn.__name__, Dyn().hello(), names(Dyn))
Dyn2 = type("Dyn2", (Dyn,), {})
print("type() subclass:", Dyn2().x, names(Dyn2))
print("type of type:", type(type), type(int), type(Meta), isinstance(type, object), isinstance(object, type))

class M1(type): pass
class M2(type): pass
class C1(metaclass=M1): pass
class C2(metaclass=M2): pass
try:
    class C3(C1, C2): pass
except TypeError as e:
    print("metaclass conflict:", e)

class AttrMeta(type):
    def __getattr__(cls, name):
        return "meta-provided " + name
    def describe(cls):
        return "I am " + cls.__name__
class UsesAttrMeta(metaclass=AttrMeta):
    pass
print("meta getattr:", UsesAttrMeta.anything, UsesAttrMeta.describe())
try:
    UsesAttrMeta().describe()
except AttributeError as e:
    print("meta method not on instance:", e)

class OrderedMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.order = [k for k in ns if not k.startswith("__")]
        return cls
class Ordered(metaclass=OrderedMeta):
    zeta = 1
    alpha = 2
    def mid(self): pass
print("namespace order:", Ordered.order)
print("class dict keys:", [k for k in Ordered.__dict__ if not k.startswith("__")])
print("class repr meta:", repr(Model))
