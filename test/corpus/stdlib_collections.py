# collections: deque (native), defaultdict, Counter, namedtuple, OrderedDict, ChainMap, User*
from collections import (deque, defaultdict, Counter, namedtuple, OrderedDict, ChainMap,
                         UserDict, UserList, UserString)
import collections.abc as cabc


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print("-- deque")
d = deque([1, 2, 3])
t("index missing", lambda: d.index(5))
t("remove missing", lambda: d.remove(5))
t("getitem range", lambda: d[5])
t("getitem str", lambda: d['a'])
t("negative maxlen", lambda: deque(maxlen=-1))
t("insert full", lambda: deque([1, 2], 2).insert(0, 3))
t("concat list", lambda: d + [1])
t("concat bounded", lambda: deque([1, 2], maxlen=2) + deque([3]))
t("repeat", lambda: d * 2)
t("rrepeat", lambda: 2 * deque([1], 3))
t("not iterable", lambda: deque(1))
t("setitem range", lambda: d.__setitem__(9, 1))
t("delitem range", lambda: d.__delitem__(9))
t("slice", lambda: d[1:2])
t("rotate str", lambda: d.rotate('a'))
t("trimmed", lambda: deque([1, 2, 3], maxlen=2))
t("maxlen str", lambda: deque(maxlen='a'))
t("index bounded", lambda: d.index(2, 0, 1))
t("index start", lambda: deque([1, 2, 3]).index(3, -1))
t("count args", lambda: d.count())
t("bad keyword", lambda: deque(a=1))
t("maxlen none", lambda: deque([1]).maxlen)
t("eq maxlen ignored", lambda: deque([1, 2], 3) == deque([1, 2]))
t("lt", lambda: (deque([1, 2]) < deque([1, 3]), deque([1]) <= deque([1]), deque([2]) > deque([1, 5])))
t("empty pop", lambda: deque().pop())
t("empty popleft", lambda: deque().popleft())


class D(deque):
    pass


t("subclass repr", lambda: D([1]))
t("subclass copy", lambda: type(D([1, 2], 5).copy()).__name__)
x = deque([1])
x.append(x)
print("recursive", x)


def mutate():
    for a in d:
        d.append(1)


t("mutated", mutate)
w = deque()
for i in range(40):
    w.append(i)
    if i % 3 == 0:
        w.popleft()
    if i % 7 == 0:
        w.appendleft(-i)
print("wraparound", list(w), len(w), w[0], w[-1], w[len(w) // 2])
w.rotate(100)
print("rotate 100", list(w)[:6])
w.rotate(-7)
print("rotate -7", list(w)[:6])
e = deque('abcdef')
e.insert(-2, 'X')
e.insert(100, 'Y')
e.insert(-100, 'Z')
e[1] = 'a!'
del e[2]
print("insert/set/del", e, 'X' in e, 'q' in e, list(reversed(e)))
e.extendleft('123')
print("extendleft", e)
e += 'mn'
print("iadd", e)
e *= 2
print("imul", len(e), e.count('m'))
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
z.extend(range(5))
print("maxlen 0", z, len(z))
s = deque([1, 2, 3])
s.extend(s)
print("extend self", s)
s.clear()
print("clear", s, bool(s), len(s))
it = iter(deque([1, 2, 3]))
print("iter hint", it.__length_hint__(), next(it), it.__length_hint__())
print("hash", deque.__hash__ is None, isinstance(deque(), cabc.MutableSequence))

print("-- defaultdict")
dd = defaultdict(list)
dd['a'].append(1)
dd['b']
print(dd, dd.default_factory)
t("bad factory", lambda: defaultdict(5))
print(defaultdict(None, {'x': 1}), defaultdict(int, a=2))
t("missing no factory", lambda: defaultdict()['k'])
c = dd.copy()
print(type(c).__name__, c == dd, c is dd, c.default_factory)
print(dd | {'z': 0}, {'q': 1} | dd)

print("-- Counter")
c = Counter('abracadabra')
print(c, c.most_common(2), c.most_common(0), c.total())
print(sorted(c.elements()))
c2 = Counter(a=1, b=10, z=3)
print(c + c2, c - c2, c2 - c, c | c2, c & c2)
c3 = Counter(a=2, b=-1, c=0)
print(+c3, -c3)
c3 += Counter(b=5)
print("iadd", c3)
c3 -= Counter(a=10)
print("isub", c3)
c3.update({'n': 2}, m=1)
print("update", c3)
c3.subtract(['n', 'n', 'n'])
print("subtract", c3)
print(Counter('aab') == Counter('aba'), Counter(a=1) <= Counter(a=2, b=1), Counter(a=3) < Counter(a=3))
print(Counter(a=0) == Counter(), Counter())
t("fromkeys", lambda: Counter.fromkeys('ab'))
del c['zz']
print(c['zz'], 'zz' in c)

print("-- namedtuple")
P = namedtuple('P', 'x, y')
p = P(1, y=2)
print(p, P._fields, P.__name__, p._asdict(), p._replace(x=5))
t("replace bad", lambda: p._replace(z=1))
t("make bad", lambda: P._make([1]))
t("missing", lambda: P(1))
t("too many", lambda: P(1, 2, 3))
t("set attr", lambda: setattr(p, 'x', 3))
t("bad name", lambda: namedtuple('P', '1a'))
t("keyword", lambda: namedtuple('P', 'def'))
t("underscore", lambda: namedtuple('P', '_a'))
t("duplicate", lambda: namedtuple('P', 'a a'))
t("too many defaults", lambda: namedtuple('P', 'a', defaults=(1, 2)))
R = namedtuple('R', ['a', 'def', '_x', 'a', 'class'], rename=True)
print(R._fields)
Q = namedtuple('Q', 'a b c', defaults=(2, 3), module='mymod')
print(Q(1), Q._field_defaults, Q.__module__, Q.__match_args__, Q.__doc__)
print(P.x.__doc__, Q.__new__.__doc__, isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)))
S = namedtuple('S', 'only')
print(S(5), S._make(iter([7])))

print("-- OrderedDict")
od = OrderedDict.fromkeys('abcde', 0)
od.move_to_end('b')
od.move_to_end('d', last=False)
print(od, od.popitem(), od.popitem(False))
t("popitem empty", lambda: OrderedDict().popitem())
t("move missing", lambda: OrderedDict().move_to_end('x'))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1})
print(OrderedDict(), repr(OrderedDict(x=[1])), OrderedDict(a=1) | {'b': 2}, list(reversed(OrderedDict(a=1, b=2))))

print("-- ChainMap")
base = {'a': 1, 'b': 2}
over = {'b': 3}
cm = ChainMap(over, base)
print(cm, cm['a'], cm['b'], len(cm), list(cm), cm.get('zz', 'dflt'), 'a' in cm)
cm['c'] = 4
del cm['b']
print(over, base)
t("del missing", lambda: cm.__delitem__('a'))
t("pop missing", lambda: cm.pop('a'))
t("getitem missing", lambda: cm['nope'])
child = cm.new_child()
child['a'] = 100
print(child, child.parents, child['a'], cm['a'], ChainMap())
print(dict(ChainMap({'x': 1}, {'y': 2}) | {'z': 3}))

print("-- UserDict/UserList/UserString")


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


ld = LowerDict({'A': 1}, B=2)
print(ld, ld['a'], 'b' in ld, len(ld), ld.get('q'), isinstance(ld, cabc.MutableMapping))
ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
print(ul, ul[1:], type(ul[1:]).__name__, ul + [9], [8] + ul, ul * 2, ul == [0, 1, 2, 3], len(ul))
us = UserString('hello')
print(us, us.upper(), us[1:3], us + '!', 'ell' in us, len(us), us.replace('l', 'L'), us == 'hello')
print("-- namedtuple field descriptors")
print(P.x, type(P.x).__name__, P.x.__get__(p), P.y.__get__(p, P))
t("get on non-tuple", lambda: P.x.__get__(5))
t("delete field", lambda: delattr(p, 'y'))
t("__set__", lambda: P.x.__set__(p, 1))
