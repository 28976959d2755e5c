# The exception hierarchy, args, str/repr.
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (ArithmeticError, Exception),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (UnboundLocalError, NameError), (NameError, Exception), (ModuleNotFoundError, ImportError),
    (FileNotFoundError, OSError), (NotImplementedError, RuntimeError), (RecursionError, RuntimeError),
    (UnicodeDecodeError, UnicodeError), (UnicodeError, ValueError), (IndentationError, SyntaxError),
    (TabError, IndentationError), (StopIteration, Exception), (GeneratorExit, BaseException),
    (GeneratorExit, Exception), (KeyboardInterrupt, Exception), (SystemExit, Exception),
    (SystemExit, BaseException), (Exception, BaseException), (AssertionError, Exception),
    (AttributeError, Exception), (TypeError, ValueError), (BrokenPipeError, ConnectionError),
    (ConnectionError, OSError), (PermissionError, OSError), (StopAsyncIteration, Exception),
    (UserWarning, Warning), (DeprecationWarning, Warning), (Warning, Exception), (EOFError, Exception),
    (BufferError, Exception), (MemoryError, Exception), (ReferenceError, Exception), (TimeoutError, OSError),
]
for sub, sup in pairs:
    print("issubclass(%s, %s) = %s" % (sub.__name__, sup.__name__, issubclass(sub, sup)))
print("aliases:", IOError is OSError, EnvironmentError is OSError)
print("mro ZeroDivisionError:", [c.__name__ for c in ZeroDivisionError.__mro__])
print("mro KeyError:", [c.__name__ for c in KeyError.__mro__])
print("mro UnboundLocalError:", [c.__name__ for c in UnboundLocalError.__mro__])
print("bases:", BaseException.__bases__, [b.__name__ for b in UnicodeDecodeError.__mro__])

for args in [(), ("one",), ("one", 2), (None,), (5,), ([1],)]:
    e = ValueError(*args)
    print("ValueError%r: str=%r repr=%r args=%r" % (args, str(e), repr(e), e.args))
for cls in [KeyError, IndexError, Exception, StopIteration, AttributeError, SystemExit]:
    print(cls.__name__, "0:", repr(str(cls())), repr(cls()), "1:", repr(str(cls("m"))), repr(cls("m")), "2:", str(cls("a", 1)))
print("KeyError str quotes:", str(KeyError("k")), str(KeyError("k", "v")), str(KeyError(1)))
print("StopIteration value:", StopIteration().value, StopIteration(1).value, StopIteration(1, 2).value)
print("SystemExit code:", SystemExit().code, SystemExit(3).code, SystemExit("msg").code, SystemExit(1, 2).code)
e = OSError(2, "No such file")
print("OSError:", e.errno, e.strerror, str(e), type(e).__name__)
print("OSError subclass by errno:", type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__)
print("OSError 1 arg:", OSError("just message").errno, str(OSError("just message")))
print("UnicodeDecodeError attrs:", end=" ")
try:
    b"ab\xff".decode("utf-8")
except UnicodeDecodeError as ue:
    print(ue.encoding, ue.start, ue.end, ue.reason, ue.object)
print("ImportError attrs:", ImportError("m", name="n").name, ModuleNotFoundError("x").name)
print("SyntaxError attrs:", end=" ")
try:
    compile("1 +", "<src>", "exec")
except SyntaxError as se:
    print(se.msg, se.lineno, se.filename, type(se).__name__)

class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table):
        super().__init__("db failure in " + table)
        self.table = table
    def __str__(self):
        return "DbError<%s>" % self.table
try:
    raise DbError("users")
except AppError as e:
    print("custom:", str(e), repr(e), e.args, e.table, isinstance(e, Exception))
class Quiet(Exception):
    def __init__(self):
        pass
print("no super init:", repr(Quiet()), Quiet().args, str(Quiet()))
class WithRepr(Exception):
    def __repr__(self):
        return "WR!"
print("custom repr:", repr(WithRepr("x")), str(WithRepr("x")))
handled = []
for exc in [ZeroDivisionError(), KeyError(), IndexError(), TypeError(), FileNotFoundError(), RecursionError()]:
    try:
        raise exc
    except ArithmeticError:
        handled.append("arith")
    except LookupError:
        handled.append("lookup")
    except OSError:
        handled.append("os")
    except RuntimeError:
        handled.append("runtime")
    except Exception:
        handled.append("other")
print("dispatch:", handled)
try:
    raise SystemExit(5)
except BaseException as e:
    print("caught SystemExit:", type(e).__name__, e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print("wrong")
except BaseException as e:
    print("KeyboardInterrupt not Exception:", type(e).__name__)
print("exception equality:", ValueError("a") == ValueError("a"))
print("exception is instance of type:", type(ValueError), isinstance(ValueError("x"), BaseException))
print("BaseException str with tuple arg:", str(Exception((1, 2))), str(Exception("a", (1,))))
