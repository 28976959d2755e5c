# try/except* with ExceptionGroup and BaseExceptionGroup (PEP 654).
import sys


def show(label, e):
    if isinstance(e, BaseExceptionGroup):
        print(label, type(e).__name__, repr(e.message), [show_leaf(x) for x in e.exceptions])
    else:
        print(label, show_leaf(e))


def show_leaf(e):
    if isinstance(e, BaseExceptionGroup):
        return f"{type(e).__name__}({e.message!r}, {[show_leaf(x) for x in e.exceptions]})"
    return repr(e)


# The group type itself.
eg = ExceptionGroup("many", [ValueError(1), TypeError("t"), ValueError(2)])
print(str(eg), repr(eg))
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), ExceptionGroup.__mro__)
print(type(BaseExceptionGroup("b", [ValueError()])).__name__, type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
match_, rest = eg.split(ValueError)
show("split match", match_)
show("split rest", rest)
show("subgroup", eg.subgroup(lambda e: isinstance(e, TypeError)))
print(eg.subgroup(OSError))
for args in [("m", []), ("m", ValueError()), (1, [ValueError()]), ("m", [1])]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)

# Handlers run in order; each takes the part of the group it matches.
try:
    raise ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])
except* ValueError as e:
    show("values", e)
except* (TypeError, KeyError) as e:
    show("type or key", e)

# Unhandled parts propagate as a group with the original message and nesting.
try:
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), OSError(4)])
    except* ValueError as e:
        show("handled", e)
except ExceptionGroup as e:
    show("propagated", e)

# A plain exception is wrapped in a group for the handler, and re-raised plain when unhandled.
try:
    raise ValueError("plain")
except* ValueError as e:
    show("wrapped", e)
try:
    try:
        raise KeyError("plain key")
    except* ValueError:
        print("not reached")
except KeyError as e:
    show("plain passes through", e)

# A bare raise re-raises the matched part, restored into the original structure.
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3)])])
    except* ValueError:
        raise
    except* TypeError:
        pass
except ExceptionGroup as e:
    show("reraised", e)

# A new exception raised in a handler joins what propagates, chained to the matched group.
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise RuntimeError("from handler")
    except* TypeError:
        raise
except ExceptionGroup as e:
    show("raised and reraised", e)
    show("  context of the new one", e.exceptions[0].__context__)

try:
    try:
        raise ExceptionGroup("eg", [OSError(1)])
    except* OSError as e:
        raise KeyError("k") from e
except KeyError as e:
    show("single new exception", e)
    show("  cause", e.__cause__)

# sys.exception() is the matched part inside the handler; the name is unbound after it.
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print("handled is e:", sys.exception() is e, sys.exc_info()[1] is e)
except* TypeError:
    show("sys.exception()", sys.exception())
try:
    e
except NameError as err:
    print("NameError:", err)

# else and finally.
def run(fail):
    try:
        if fail:
            raise ExceptionGroup("f", [ValueError()])
    except* ValueError:
        print("handler")
    else:
        print("else")
    finally:
        print("finally")


run(True)
run(False)

# BaseExceptionGroup with non-Exception members.
try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(1)])
except* KeyboardInterrupt as e:
    show("keyboard", e)
except* ValueError as e:
    show("value", e)

# Errors in except* clauses themselves.
for bad in [ExceptionGroup, (ValueError, BaseExceptionGroup), 42]:
    try:
        try:
            raise ValueError("x")
        except* bad:
            pass
    except TypeError as e:
        print("TypeError:", e)

# except* inside a loop and a function; break/continue/return inside the handler are errors.
def collect(n):
    seen = []
    for i in range(n):
        try:
            raise ExceptionGroup("loop", [ValueError(i)] * (i + 1))
        except* ValueError as e:
            seen.append(len(e.exceptions))
    return seen


print(collect(4))
for source in ["def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
               "while True:\n    try:\n        pass\n    except* ValueError:\n        break\n",
               "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
               "try:\n    pass\nexcept*:\n    pass\n"]:
    try:
        compile(source, "<case>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)

# Nested try/except* statements.
try:
    try:
        try:
            raise ExceptionGroup("deep", [ValueError(1), TypeError(2), KeyError(3)])
        except* ValueError:
            print("inner handled ValueError")
    except* TypeError as e:
        show("middle", e)
except* KeyError as e:
    show("outer", e)
