counter = 0

def increment():
    global counter
    counter += 1

def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get

def shadow(a):
    def inner():
        return a
    a = 2
    return inner

def deep():
    v = 1
    def level1():
        def level2():
            def level3():
                return v
            return level3
        return level2
    return level1

def unbound_local():
    print(value)
    value = 1

def del_cell():
    c = 1
    def f():
        return c
    del c
    return f

def only_imports():
    import os
    from sys import path as p
    return os, p

def exception_names():
    try:
        pass
    except Exception as exc:
        pass
    with open("x") as (h, i):
        pass
    for k in range(3):
        pass
    return k
