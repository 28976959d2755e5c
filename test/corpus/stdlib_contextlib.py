# contextlib: contextmanager (also as decorator), suppress, ExitStack, redirect_stdout/stderr, nullcontext, closing
import sys, io
from contextlib import *
@contextmanager
def tag(name):
    print('<' + name + '>')
    try:
        yield name.upper()
    finally:
        print('</' + name + '>')
with tag('a') as t:
    print('in', t)
try:
    with tag('b'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))
with swallow():
    {}['x']
print('after swallow')
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice(): pass
except RuntimeError as e: print(e)
@tag('deco')
def f(): print('body'); return 5
print(f(), f())
with suppress(KeyError, IndexError):
    [][1]
print('suppressed')
try:
    with suppress(KeyError):
        1/0
except ZeroDivisionError as e: print('not suppressed', e)
buf = io.StringIO()
with redirect_stdout(buf):
    print('hidden')
print('got', repr(buf.getvalue()))
with nullcontext(5) as v: print('null', v)
class R:
    def close(self): print('closed')
with closing(R()) as r: print('using')
with ExitStack() as stack:
    for n in ('x', 'y'):
        stack.enter_context(tag(n))
    stack.callback(print, 'callback', 1)
    stack.push(lambda *a: print('push', a[0]))
    print('inside stack')
def raiser(msg):
    def cb(*a): raise ValueError(msg)
    return cb
try:
    with ExitStack() as s:
        s.push(raiser('first'))
        s.push(raiser('second'))
        raise KeyError('orig')
except ValueError as e:
    print('final', e, repr(e.__context__), repr(e.__context__.__context__))
with ExitStack() as s:
    s.push(lambda *a: True)
    raise KeyError('suppressed by stack')
print('ok')
try:
    ExitStack().enter_context(5)
except TypeError as e: print(e)
s2 = ExitStack()
s2.callback(print, 'moved')
s3 = s2.pop_all()
s2.close(); print('s2 closed'); s3.close()
err = io.StringIO()
with redirect_stderr(err):
    print('to stderr', file=sys.stderr)
print('stderr got', repr(err.getvalue()))
outer, inner = io.StringIO(), io.StringIO()
with redirect_stdout(outer):
    print('o1')
    with redirect_stdout(inner):
        print('i1')
    print('o2')
print(repr(outer.getvalue()), repr(inner.getvalue()))


@contextmanager
def reraise_other():
    try:
        yield
    except ValueError:
        raise KeyError('converted')


try:
    with reraise_other():
        raise ValueError('orig')
except KeyError as e:
    print('converted', repr(e), repr(e.__context__))


@contextmanager
def stop_inside():
    yield


try:
    with stop_inside():
        raise StopIteration('body')
except StopIteration as e:
    print('stopiteration passes', e)


class Tracked:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress

    def __enter__(self):
        print('enter', self.name)
        return self.name

    def __exit__(self, typ, val, tb):
        print('exit', self.name, typ.__name__ if typ else None)
        return self.suppress


with ExitStack() as stack:
    names = [stack.enter_context(Tracked(n)) for n in 'abc']
    stack.enter_context(Tracked('s', suppress=True))
    print('names', names)
    raise ValueError('inside')
print('stack suppressed')
try:
    with ExitStack() as stack:
        stack.enter_context(Tracked('x'))
        stack.callback(lambda: 1 / 0)
except ZeroDivisionError as e:
    print('callback error', e, e.__context__)
print(isinstance(nullcontext(), AbstractContextManager), issubclass(Tracked, AbstractContextManager), issubclass(int, AbstractContextManager))
with suppress():
    pass
print('done')
