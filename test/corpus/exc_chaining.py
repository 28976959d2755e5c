# Exception chaining: raise from, __context__, __cause__, __suppress_context__, __traceback__.
def info(e):
    return "%s(%s) cause=%r context=%r suppress=%s" % (
        type(e).__name__, e, e.__cause__, e.__context__, e.__suppress_context__)

try:
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("implicit")
except ValueError as e:
    print("implicit:", info(e))

try:
    try:
        raise KeyError("k")
    except KeyError as k:
        raise ValueError("explicit") from k
except ValueError as e:
    print("explicit:", info(e))

try:
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("none") from None
except ValueError as e:
    print("from None:", info(e))

try:
    raise ValueError("outside") from TypeError("cause")
except ValueError as e:
    print("from new:", info(e))

try:
    raise ValueError("cls") from TypeError
except ValueError as e:
    print("from class:", info(e))

try:
    raise ValueError from 5
except TypeError as e:
    print("bad cause:", e)

e = ValueError("manual")
print("fresh:", info(e), e.__traceback__)
e.__cause__ = KeyError("set")
print("set cause:", e.__suppress_context__)

def three_levels():
    try:
        try:
            raise OSError("one")
        except OSError:
            raise KeyError("two")
    except KeyError:
        raise RuntimeError("three")
try:
    three_levels()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print("context chain:", chain)

try:
    try:
        raise ValueError("same")
    except ValueError as v:
        raise v
except ValueError as e:
    print("reraise same:", e.__context__)

try:
    raise TypeError("tb")
except TypeError as e:
    print("has traceback:", e.__traceback__ is not None, type(e.__traceback__).__name__)

def handler_context():
    try:
        raise ValueError("handled")
    except ValueError:
        pass
    try:
        raise KeyError("later")
    except KeyError as e:
        return e.__context__
print("context cleared after handler:", handler_context())

try:
    try:
        1 / 0
    finally:
        raise AttributeError("in finally")
except AttributeError as e:
    print("finally context:", repr(e.__context__))

e1 = ValueError("a", "b")
print("args:", e1.args, str(e1), repr(e1))
e1.args = ("x",)
print("set args:", str(e1))
print("with_traceback:", ValueError("w").with_traceback(None).args)

ex = Exception()
ex.note_attr = 1
print("attr on exception:", ex.note_attr)
try:
    err = ValueError("noted")
    err.add_note("note 1")
    err.add_note("note 2")
    raise err
except ValueError as e:
    print("notes:", e.__notes__)

import sys
def show_exc_info():
    try:
        raise LookupError("info")
    except LookupError:
        t, v, tb = sys.exc_info()
        return t.__name__, str(v), tb is not None
print("exc_info:", show_exc_info(), sys.exc_info())

try:
    try:
        raise ValueError("inner")
    except ValueError as ve:
        try:
            raise TypeError("nested")
        except TypeError as te:
            print("nested context:", repr(te.__context__))
        print("outer still:", repr(sys.exc_info()[1]))
except Exception:
    pass
