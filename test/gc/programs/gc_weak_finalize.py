import gc, weakref

class C:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return 'C(%s)' % self.name

# cycles
a = C('a'); b = C('b'); a.other = b; b.other = a
wa = weakref.ref(a)
seen = []
wb = weakref.ref(b, lambda r: seen.append('cb'))
print(wa() is a, wb() is b)
del a, b
n = gc.collect()
print(n > 0, wa(), wb(), seen)

# finalizers run once
log = []
class D:
    def __del__(self):
        log.append('del')
        global keep
        keep = self   # resurrect
d = D()
del d
gc.collect()
print(log, type(keep).__name__)
del keep
gc.collect()
print(log)

# WeakValueDictionary
wvd = weakref.WeakValueDictionary()
x = C('x'); y = C('y')
wvd['x'] = x; wvd['y'] = y
del x
gc.collect()
print(sorted(wvd.keys()), len(wvd))

wkd = weakref.WeakKeyDictionary()
k1 = C('k1'); k2 = C('k2')
wkd[k1] = 1; wkd[k2] = 2
del k1
gc.collect()
print([k.name for k in wkd.keys()], wkd[k2])

ws = weakref.WeakSet()
s1 = C('s1'); s2 = C('s2')
ws.add(s1); ws.add(s2)
del s2
gc.collect()
print(len(ws), s1 in ws)

f_log = []
o = C('o')
f = weakref.finalize(o, f_log.append, 'finalized')
print(f.alive)
del o
gc.collect()
print(f_log, f.alive)

p = weakref.proxy(s1)
print(p.name)
del s1
ws2 = None
gc.collect()
try:
    p.name
except ReferenceError as e:
    print('ReferenceError', e)

print(gc.isenabled()); gc.disable(); print(gc.isenabled()); gc.enable()
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))
r = weakref.ref(C('tmp'))
gc.collect()
try:
    weakref.ref(1)
except TypeError as e:
    print(e)
try:
    weakref.ref([])
except TypeError as e:
    print(e)
print(r() is None)

# A cycle through a dict, a list and a closure, with a weakref callback that resurrects
# nothing: all of it goes.
def make():
    box = {}
    def f():
        return box
    box['f'] = f
    box['l'] = [box, f]
    return weakref.ref(f)
wf = make()
gc.collect()
print('closure cycle collected:', wf() is None)

# __del__ runs once per object, even for a cycle of finalizable objects.
order = []
class E:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        order.append(self.n)
e1 = E(1); e2 = E(2); e1.peer = e2; e2.peer = e1
del e1, e2
gc.collect()
gc.collect()
print(sorted(order))

# An exception in __del__ is reported and ignored.
class Bad:
    def __del__(self):
        raise ValueError('boom')
Bad()
gc.collect()
print('after bad del')

# Subclassed weakrefs carry attributes; WeakMethod.
class KR(weakref.ref):
    pass
obj = C('kr')
kr = KR(obj)
kr.tag = 'tagged'
print(kr.tag, kr() is obj)
class M:
    def meth(self):
        return 'called'
m = M()
wm = weakref.WeakMethod(m.meth)
print(wm()())
del m
gc.collect()
print(wm())
print(gc.is_finalized(obj), gc.isenabled(), isinstance(gc.get_count(), tuple))
print(hash(kr) == hash(obj), kr == weakref.ref(obj))

# A weak reference to an object being finalized is cleared before its __del__ runs.
class F:
    def __del__(self):
        print('del F, weakref alive:', wr_f() is not None)
f = F()
wr_f = weakref.ref(f)
del f
gc.collect()
print(wr_f())

# Weak references that are garbage themselves do not call their callbacks.
calls = []
class G:
    pass
g = G()
holder = [weakref.ref(g, lambda r: calls.append('should not run'))]
del holder
gc.collect()
del g
gc.collect()
print(calls)
