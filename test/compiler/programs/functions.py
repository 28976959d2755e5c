def simple(a, b=2, *args, c, d=4, **kw):
    """Docstring of simple."""
    return a + b

def annotated(a: int, /, b: "str" = "x", *, c: float = 1.0) -> list:
    return [a, b, c]

def deco(fn):
    return fn

@deco
@deco
def decorated():
    pass

def outer():
    x = 1
    y = 2
    def inner(z=x):
        nonlocal y
        y += z
        return x + y
    def uses_global():
        global GLOBAL_ONE
        GLOBAL_ONE = 1
        return GLOBAL_ONE
    return inner, uses_global

def param_cell(a):
    return lambda: a

def gen(n):
    for i in range(n):
        received = yield i
        if received:
            yield from range(received)
    return "done"

def gen_lambda():
    return lambda: (yield)

def calls(f, obj, args, kw):
    f()
    f(1, 2)
    f(1, k=2)
    f(*args)
    f(1, *args, 2)
    f(**kw)
    f(1, k=2, **kw, m=3)
    obj.method()
    obj.method(1, k=2)
    obj.method(*args)
    obj.attr.method(**kw)
    f(a for a in args)
    return f(*args, *args, x=1, **kw)

def many_args(f):
    return f(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32)

def big_displays():
    return [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32], {
        1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 10: 10, 11: 11, 12: 12, 13: 13, 14: 14, 15: 15, 16: 16, 17: 17, 18: 18}

def local_ops():
    a = 1
    del a
    a = [1]
    a[0] += 1
    b = c = a
    return b, c
