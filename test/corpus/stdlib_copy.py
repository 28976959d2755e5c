# copy: shallow and deep copies of containers, instances, slots, recursion, hooks
import copy
from collections import namedtuple, OrderedDict, defaultdict, Counter, deque

a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], c[1] is a[1], c[2]['k'] is a[2]['k'], c == a)
d = {'x': [1], 'y': (2, [3])}
dc = copy.deepcopy(d)
print(dc, dc['y'] is d['y'], dc['y'][1] is d['y'][1], copy.copy(d)['x'] is d['x'])
s = {1, 2, frozenset({3})}
print(copy.copy(s) == s, copy.deepcopy(s) == s, copy.copy(s) is s)
t1 = (1, 2, [3])
t2 = (1, 'a', (2, 3))
print(copy.deepcopy(t1) is t1, copy.deepcopy(t1) == t1, copy.deepcopy(t2) is t2, copy.copy(t1) is t1)
ba = bytearray(b'xy')
print(copy.copy(ba), copy.copy(ba) is ba, copy.deepcopy(ba))


class P:
    def __init__(self):
        self.x = [1]
        self.y = {'a': 2}


p = P()
q = copy.copy(p)
r = copy.deepcopy(p)
print(type(q).__name__, q.x is p.x, r.x is p.x, r.__dict__)


class S:
    __slots__ = ('a', 'b')


sl = S()
sl.a = [1]
st = copy.deepcopy(sl)
print(st.a, st.a is sl.a, hasattr(st, 'b'), copy.copy(sl).a is sl.a)


class Base:
    __slots__ = ('__priv',)

    def __init__(self):
        self.__priv = 'p'

    def get(self):
        return self.__priv


class Child(Base):
    def __init__(self):
        super().__init__()
        self.more = [1]


ch = copy.deepcopy(Child())
print(ch.get(), ch.more)
Pt = namedtuple('Pt', 'x y')
print(copy.copy(Pt(1, [2])), copy.deepcopy(Pt(1, [2])), type(copy.deepcopy(Pt(1, 2))).__name__)
rec = [1]
rec.append(rec)
rc = copy.deepcopy(rec)
print(rc[1] is rc, rc is rec, rc[0])
shared = [0]
pair = [shared, shared]
cp = copy.deepcopy(pair)
print(cp[0] is cp[1], cp[0] is shared)
memo = {}
first = copy.deepcopy(shared, memo)
print(copy.deepcopy(shared, memo) is first, id(shared) in memo)
dd = defaultdict(list, {'a': [1]})
dd2 = copy.deepcopy(dd)
dd2['b'].append(2)
print(dd, dd2, dd2['a'] is dd['a'])
print(copy.deepcopy(OrderedDict(a=[1])), copy.deepcopy(Counter('aab')), copy.copy(Counter('ab')))
dq = deque([1, [2]], 3)
print(copy.copy(dq), copy.deepcopy(dq)[1] is dq[1], copy.copy(dq)[1] is dq[1])


class L(list):
    pass


l = L([1, [2]])
l.attr = 5
m = copy.deepcopy(l)
n = copy.copy(l)
print(type(m).__name__, m, m.attr, m[1] is l[1], n[1] is l[1], n.attr)


class DD(dict):
    pass


dd3 = DD(a=[1])
dd3.tag = 't'
print(type(copy.deepcopy(dd3)).__name__, copy.deepcopy(dd3), copy.deepcopy(dd3).tag)


class Hooks:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        return Hooks('shallow-' + self.v)

    def __deepcopy__(self, memo):
        return Hooks('deep-' + self.v)


print(copy.copy(Hooks('a')).v, copy.deepcopy(Hooks('a')).v, copy.deepcopy([Hooks('b')])[0].v)


class WithState:
    def __init__(self):
        self.a = 1

    def __getstate__(self):
        return {'a': self.a + 100}

    def __setstate__(self, state):
        self.a = state['a'] * 2


class Reduced:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Reduced, (self.v + 1,))


print(copy.copy(WithState()).a, copy.deepcopy(WithState()).a)
print(copy.deepcopy(Reduced(1)).v, copy.copy(Reduced(5)).v)


def gen():
    yield 1


try:
    copy.copy(gen())
except TypeError as e:
    print(e)
print(copy.copy(len) is len, copy.deepcopy(int) is int, copy.deepcopy(gen) is gen,
      copy.deepcopy(None), copy.deepcopy(3.5), copy.deepcopy('s'), copy.deepcopy(range(3)))
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
