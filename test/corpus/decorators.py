# Decorators: plain, stacked, with arguments, class decorators, decorators on methods.
calls = []

def trace(fn):
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        return fn(*args, **kwargs)
    wrapper.__name__ = "traced_" + fn.__name__
    return wrapper

@trace
def add(a, b):
    return a + b

print("plain:", add(2, 3), add.__name__, calls)

def tag(label):
    def deco(fn):
        def inner(*a):
            return "<%s>%s</%s>" % (label, fn(*a), label)
        return inner
    return deco

@tag("b")
@tag("i")
def word(w):
    return w

print("stacked:", word("hi"))

order = []
def mark(n):
    order.append("factory %d" % n)
    def deco(fn):
        order.append("apply %d" % n)
        return fn
    return deco

@mark(1)
@mark(2)
@mark(3)
def f():
    pass
print("order:", order)

def register(cls):
    cls.registered = True
    return cls

def add_method(cls):
    def greet(self):
        return "hello from " + type(self).__name__
    cls.greet = greet
    return cls

@register
@add_method
class Thing:
    pass

print("class deco:", Thing.registered, Thing().greet())

def replace_with_value(fn):
    return 42

@replace_with_value
def gone():
    pass
print("replaced:", gone)

class Counter:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0
    def __call__(self, *a):
        self.count += 1
        return self.fn(*a)

@Counter
def square(x):
    return x * x
print("class as deco:", square(3), square(4), square.count)

class K:
    @staticmethod
    @trace
    def s(x):
        return x * 2
    @classmethod
    def c(cls):
        return cls.__name__
    @property
    def p(self):
        return "prop"
print("method decos:", K.s(5), K().s(6), K.c(), K().p)

# decorator expression (3.9 relaxed grammar)
decos = {"double": lambda fn: (lambda x: fn(x) * 2)}
@decos["double"]
def ident(x):
    return x
print("subscript deco:", ident(21))

@(lambda fn: fn)
def passthrough():
    return "ok"
print("lambda deco:", passthrough())

# decorator sees the function before the name is bound
seen = []
def peek(fn):
    seen.append("peek" in globals() and "later" in globals())
    return fn
@peek
def later():
    pass
print("bound after:", seen)

def memo(fn):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    w.cache = cache
    return w

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print("memo fib:", fib(60), len(fib.cache))
