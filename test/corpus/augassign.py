# Augmented assignment: attributes, subscripts, evaluation order, __getitem__/__setitem__ counts.
log = []

class Rec:
    def __init__(self):
        self.__dict__["data"] = {"k": 1}
    def __getattr__(self, name):
        log.append("getattr " + name)
        return self.data[name]
    def __setattr__(self, name, value):
        log.append("setattr %s=%r" % (name, value))
        self.data[name] = value

class Box:
    def __init__(self):
        self.items = [10, 20, 30]
    def __getitem__(self, i):
        log.append("getitem %r" % (i,))
        return self.items[i]
    def __setitem__(self, i, v):
        log.append("setitem %r=%r" % (i, v))
        self.items[i] = v

def key(k):
    log.append("key %r" % (k,))
    return k
def obj(o):
    log.append("obj")
    return o

r = Rec()
r.k += 5
print("attr aug:", r.data, log)
log.clear()
b = Box()
obj(b)[key(1)] += 7
print("sub aug:", b.items, log)
log.clear()
obj(b)[key(slice(0, 2))] *= 2
print("slice aug:", b.items, log)
log.clear()

class Num:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        log.append("iadd")
        self.v += other
        return self
    def __add__(self, other):
        log.append("add")
        return Num(self.v + other)
    def __repr__(self):
        return "Num(%d)" % self.v
class NoIadd:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        log.append("add fallback")
        return NoIadd(self.v + other)
a = Num(1); a_id = a
a += 5
print("iadd in place:", a, a is a_id, log)
log.clear()
c = NoIadd(1); c_id = c
c += 5
print("fallback to add:", c.v, c is c_id, log)
log.clear()

lst = [1, 2]
alias = lst
lst += [3]
print("list += is in place:", alias, lst is alias)
lst += "ab"
print("list += iterable:", lst)
tup = (1, 2)
talias = tup
tup += (3,)
print("tuple += rebinds:", tup, talias)
s = "ab"
s *= 3
print("str *=:", s)
st = {1, 2}
st |= {3}
st &= {2, 3, 4}
st -= {3}
st ^= {9}
print("set ops:", sorted(st))
d = {"a": 1}
d |= {"b": 2}
print("dict |=:", d)

n = 10
n -= 3; n *= 4; n //= 3; n %= 5; n **= 3; n <<= 2; n >>= 1; n |= 1; n &= 0xFF; n ^= 0b101
print("int ops:", n)
f = 7.5
f /= 2; f -= 0.25; f **= 2
print("float ops:", f)
m = [[1, 2], [3, 4]]
m[1][0] += 100
print("nested subscript:", m)

t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("tuple item += error:", e, "but list changed:", t)

class Counter:
    count = 0
c1 = Counter()
c1.count += 1
print("class attr shadowed by instance:", Counter.count, c1.count)
Counter.count += 5
print("class attr updated:", Counter.count, c1.count)

dd = {}
try:
    dd["missing"] += 1
except KeyError as e:
    print("missing key aug:", repr(e))
try:
    undefined_var += 1
except NameError as e:
    print("undefined aug:", e)

def order():
    seq = []
    def L():
        seq.append("L")
        return box
    def I():
        seq.append("I")
        return 0
    def R():
        seq.append("R")
        return 1
    box = [5]
    L()[I()] += R()
    return seq, box
print("eval order:", order())
x = [1, 2, 3]
x[1:] += [9]
print("slice += list:", x)
