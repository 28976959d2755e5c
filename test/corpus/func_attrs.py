# Function, method and module attributes.
import sys

def documented(a, b=2, *, c=3):
    "This is the docstring."
    return a
print("name:", documented.__name__, documented.__qualname__, documented.__doc__)
print("defaults:", documented.__defaults__, documented.__kwdefaults__, documented.__module__)
def nodoc():
    pass
print("no doc:", nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__)
documented.custom = "attr"
print("func dict:", documented.custom, documented.__dict__)
documented.__defaults__ = (20,)
print("changed defaults:", documented.__defaults__)
def outer():
    def inner():
        pass
    class Local:
        def meth(self):
            pass
    return inner, Local
inner, Local = outer()
print("qualname nested:", inner.__qualname__, Local.__qualname__, Local.meth.__qualname__)
class K:
    def method(self, x):
        "method doc"
        return x
    class Nested:
        def deep(self):
            pass
print("qualname class:", K.method.__qualname__, K.Nested.deep.__qualname__, K.Nested.__qualname__)
lam = lambda: 0
print("lambda name:", lam.__name__, lam.__qualname__)
k = K()
bm = k.method
print("bound:", bm.__self__ is k, bm.__func__ is K.method, bm.__name__, bm.__doc__, bm(7))
print("bound eq:", k.method == k.method, k.method == K().method, k.method is k.method)
print("unbound is function:", type(K.method).__name__, type(k.method).__name__)
print("call via class:", K.method(k, 5))
m2 = bm.__func__.__get__(k, K)
print("manual binding:", m2(9), m2 == bm)
print("builtin method:", [].append.__name__, type(len).__name__, len.__name__, type([].append).__name__)
print("builtin self:", (5).__add__(3), "x".upper.__self__)
print("module:", __name__, sys.__name__, type(sys).__name__)
print("main module:", sys.modules["__main__"].__name__, sys.modules[__name__] is sys.modules["__main__"])
print("function type:", type(documented).__name__, callable(documented), callable(5))
print("code object:", documented.__code__.co_name, documented.__code__.co_argcount, documented.__code__.co_kwonlyargcount)
def annotated(x: int, y: "str" = "d") -> list:
    pass
print("annotations:", annotated.__annotations__)
def gen():
    yield 1
print("generator function:", type(gen).__name__, type(gen()).__name__)
print("func globals:", documented.__globals__ is globals())
try:
    documented.nope
except AttributeError as e:
    print("missing func attr:", e)
try:
    bm.custom = 1
except AttributeError as e:
    print("bound method setattr:", e)
print("classmethod binding:", type(classmethod(lambda c: c).__get__(None, K)).__name__)
print("repr prefix:", repr(documented).startswith("<function documented at "), repr(K.method).startswith("<function K.method at "),
      repr(bm).startswith("<bound method K.method of <__main__.K object at "), repr(sys).startswith("<module 'sys'"))
print("class repr:", repr(K), repr(K.Nested), repr(int), repr(type))
print("class attrs:", K.__name__, K.__qualname__, K.__module__, K.__doc__, K.__bases__)
class Doc:
    "Class docstring."
print("class doc:", Doc.__doc__)
def recursive(n):
    return 0 if n == 0 else 1 + recursive(n - 1)
print("recursion:", recursive(50))
def counter_attr():
    counter_attr.calls = getattr(counter_attr, "calls", 0) + 1
    return counter_attr.calls
counter_attr(); counter_attr()
print("attribute as state:", counter_attr())
