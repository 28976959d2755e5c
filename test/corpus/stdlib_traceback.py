import traceback, sys, io
def f():
    return 1 / 0
def g():
    f()
try:
    g()
except ZeroDivisionError as e:
    text = traceback.format_exc()
    print(text.replace(__file__, "FILE"))
    print(traceback.format_exception_only(e))
    print("".join(traceback.format_exception(e)).replace(__file__, "FILE"))
    print([(fs.lineno, fs.name, fs.line) for fs in traceback.extract_tb(e.__traceback__)])
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == text)
    print("".join(traceback.format_tb(e.__traceback__)).replace(__file__, "FILE"))
    out = io.StringIO()
    traceback.print_exception(type(e), e, e.__traceback__, file=out)
    print(out.getvalue().replace(__file__, "FILE"), end="")
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        raise ValueError("v") from e
except ValueError as e:
    print("".join(traceback.format_exception(e)).replace(__file__, "FILE"))
print(traceback.format_exc())
print(traceback.format_exception_only(ValueError, ValueError("x")))
