# Closures, nonlocal, global, lambdas, class body scope, UnboundLocalError, NameError.
def make_counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c1 = make_counter(); c2 = make_counter()
print("counter:", c1(), c1(), c1(10), c2())

def late_binding():
    fs = [lambda: i for i in range(3)]
    gs = [lambda i=i: i for i in range(3)]
    return [f() for f in fs], [g() for g in gs]
print("late binding:", late_binding())

def outer():
    x = "outer"
    def mid():
        def inner():
            return x
        return inner()
    x = "changed"
    return mid()
print("cell sees latest:", outer())

g = 1
def set_global():
    global g, newglobal
    g = 2
    newglobal = "created"
set_global()
print("global:", g, newglobal)

global module_level_global
module_level_global = "ok at module level"
print("module global stmt:", module_level_global)

def shadow():
    g = "local"
    return g
print("shadow:", shadow(), g)

x = "module x"
def unbound():
    print(x)
    x = 1
try:
    unbound()
except UnboundLocalError as e:
    print("unbound:", type(e).__name__, e)
    print("is NameError:", isinstance(e, NameError))

def undefined():
    return not_defined_anywhere
try:
    undefined()
except NameError as e:
    print("name:", type(e).__name__, e)

def del_then_use():
    y = 1
    del y
    return y
try:
    del_then_use()
except UnboundLocalError as e:
    print("after del:", e)

def nonlocal_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print("free var:", type(e).__name__, e)
    z = 5
    return inner()
print("then bound:", nonlocal_unbound())

class Scope:
    a = 1
    b = a + 1
    lst = [a * 10 for _ in range(2)] if False else None
    def method(self):
        try:
            return a
        except NameError as e:
            return "method can't see class var: " + str(e)
print("class scope:", Scope.a, Scope.b, Scope().method())

y = "global y"
class Shadow:
    y = "class y"
    def get(self):
        return y
    z = [y for _ in range(1)]
print("class body not enclosing:", Shadow().get(), Shadow.z)

def adders():
    return [(lambda n: lambda v: v + n)(k) for k in (1, 10, 100)]
print("adders:", [a(1) for a in adders()])

def nested_nonlocal():
    a = 0
    def l1():
        def l2():
            nonlocal a
            a += 5
        l2()
        l2()
    l1()
    return a
print("nested nonlocal:", nested_nonlocal())

def free_vars():
    p = 1; q = 2
    def inner():
        return p + q
    return inner
fv = free_vars()
print("freevars:", fv.__code__.co_freevars, [c.cell_contents for c in fv.__closure__])

fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print("recursive lambda:", fact(20))

compose = lambda *fs: lambda x: [x := fn(x) for fn in fs][-1]
print("compose:", compose(lambda v: v + 1, lambda v: v * 3)(4))

def gen_closure():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for i in range(5):
        add(i)
    return total
print("gen closure:", gen_closure())

print("globals has:", "make_counter" in globals(), "nope" in globals())
def loc(a, b=2):
    c = 3
    return sorted(locals().items())
print("locals:", loc(1))

i = "module i"
[i for i in range(3)]
print("comprehension var doesn't leak:", i)
for i in range(3):
    pass
print("for var leaks:", i)
