import traceback, sys, os
def strip(s):
    return s.replace(os.path.dirname(os.path.abspath(__file__)) + "/", "")
def inner():
    return traceback.extract_stack()
def outer():
    return inner()
st = outer()
print([(os.path.basename(f.filename), f.lineno, f.name, f.line) for f in st])
def fs():
    return traceback.format_stack()
print(strip("".join(fs())))
try:
    {}["k"]
except KeyError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), list(te.format_exception_only()))
    print(strip("".join(te.format())))
    print([(f.name, f.lineno) for f in te.stack])
