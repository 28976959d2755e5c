# Generators: send/throw/close, yield from, return values, finally blocks.
def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i = got
        else:
            i += 1
    return "done at %d" % i

g = counter(5)
print("first:", next(g))
print("send 3:", g.send(3))
print("next:", next(g))
try:
    next(g)
except StopIteration as e:
    print("stop value:", e.value, e.args)

g = counter(2)
try:
    g.send(1)
except TypeError as e:
    print("send non-None first:", e)
print("send None ok:", g.send(None))

def echo():
    try:
        while True:
            try:
                v = yield
                print("  got", v)
            except ValueError as e:
                print("  caught", e)
                yield "recovered"
    finally:
        print("  echo finally")

e = echo()
next(e)
e.send(1)
print("throw returns:", e.throw(ValueError("bad")))
next(e)
e.close()
print("closed; close again:", e.close())

def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("  GeneratorExit seen")
        raise
c = catcher(); next(c); c.close()

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn(); next(s)
try:
    s.close()
except RuntimeError as e:
    print("ignored exit:", e)

def thrower():
    yield 1
t = thrower()
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("throw unstarted:", repr(e))
print("after throw exhausted:", list(t))

def inner():
    x = yield "i1"
    print("  inner got", x)
    y = yield "i2"
    print("  inner got", y)
    return "inner result"

def outer():
    r = yield from inner()
    print("  yield from returned:", r)
    yield "o1"
    return "outer result"

o = outer()
print("yf:", next(o))
print("yf:", o.send("A"))
print("yf:", o.send("B"))
try:
    next(o)
except StopIteration as e:
    print("yf stop:", e.value)

def yf_iter():
    yield from [1, 2]
    yield from "ab"
    yield from range(3, 5)
    yield from (v * 10 for v in range(2))
print("yield from iterables:", list(yf_iter()))

def sub():
    try:
        yield 1
        yield 2
    except ValueError:
        yield "sub handled"
    finally:
        print("  sub finally")
def delegator():
    try:
        yield from sub()
    except KeyError:
        yield "delegator handled"
d = delegator()
print("deleg:", next(d))
print("deleg throw:", d.throw(ValueError))
print("deleg rest:", list(d))
d = delegator(); next(d)
print("deleg throw up:", d.throw(KeyError))
d = delegator(); next(d)
d.close()
print("deleg closed")

def fin():
    try:
        yield 1
        yield 2
    finally:
        print("  fin finally runs")
fg = fin()
for v in fg:
    print("  loop", v)
    break
print("after break, before close")
fg.close()
print("after close")

def ret_only():
    return 5
    yield
try:
    next(ret_only())
except StopIteration as e:
    print("return in gen:", e.value)

def raises_stop():
    yield 1
    raise StopIteration("x")
try:
    list(raises_stop())
except RuntimeError as e:
    print("PEP479:", e, type(e.__cause__).__name__)

def running():
    yield gen_self.send(None)
gen_self = running()
try:
    next(gen_self)
except ValueError as e:
    print("running:", e)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print("fib:", [next(f) for _ in range(12)])

gen = (x for x in range(3))
print("genexp iter is self:", iter(gen) is gen)
print("next default:", next(iter([]), "empty"))

def gen_state():
    yield 1
gs = gen_state()
print("gi_running:", gs.gi_running, "name:", gs.__name__)

def accumulate():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
acc = accumulate(); next(acc)
for v in (5, 10, 20):
    acc.send(v)
try:
    acc.send(None)
except StopIteration as e:
    print("accumulate:", e.value)
