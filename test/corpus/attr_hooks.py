# __getattr__, __getattribute__, __setattr__, __delattr__, class vs instance attributes.
class Fallback:
    real = "real attr"
    def __getattr__(self, name):
        if name.startswith("magic_"):
            return name[6:].upper()
        raise AttributeError("no %s here" % name)
f = Fallback()
print("getattr fallback:", f.real, f.magic_word)
try:
    f.other
except AttributeError as e:
    print("custom AttributeError:", e)
print("hasattr uses getattr:", hasattr(f, "magic_x"), hasattr(f, "nope"), getattr(f, "nope", "default"))

class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append("get " + name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append("set %s=%r" % (name, value))
        object.__setattr__(self, name, value.upper() if isinstance(value, str) else value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
    def method(self):
        return "m"
g = Logged()
g.x = "hello"
print("setattr transformed:", g.x)
g.method()
del g.x
print("log:", g.log)
try:
    g.x
except AttributeError as e:
    print("after delattr:", e)

class Both:
    def __getattribute__(self, name):
        if name == "special":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "getattr rescued " + name
print("getattribute then getattr:", Both().special, Both().missing)

class ReadOnly:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError("read-only: " + name)
    def __delattr__(self, name):
        raise AttributeError("cannot delete " + name)
r = ReadOnly(3)
for action in (lambda: setattr(r, "v", 4), lambda: delattr(r, "v")):
    try:
        action()
    except AttributeError as e:
        print("readonly:", e)
print("value intact:", r.v)

class Counter:
    total = 0
    items = []
    def __init__(self):
        self.own = 1
    def add(self):
        Counter.total += 1
        self.items.append(self.own)
a, b = Counter(), Counter()
a.add(); b.add()
print("shared class attrs:", Counter.total, a.items is b.items, a.items)
a.total = 100
print("instance shadows class:", a.total, b.total, Counter.total)
del a.total
print("after del shadow:", a.total)
Counter.new_attr = "added"
print("class attr added later:", a.new_attr)
print("vars:", vars(a), sorted(k for k in vars(Counter) if not k.startswith("__")))
print("dir filtered:", [n for n in dir(a) if not n.startswith("__")])
a.__dict__["direct"] = 1
print("__dict__ write:", a.direct)

class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
pr = Proxy([3, 1, 2])
pr.sort()
print("proxy:", pr._target, pr.count(1))

class Dyn:
    pass
d = Dyn()
setattr(d, "dynamic", 42)
setattr(d, "with space", "ok")
print("setattr/getattr:", d.dynamic, getattr(d, "with space"), getattr(d, "nope", None))
delattr(d, "dynamic")
print("delattr:", hasattr(d, "dynamic"))
try:
    getattr(d, "nope")
except AttributeError as e:
    print("getattr no default:", e)
print("type attrs:", getattr(int, "__name__"), hasattr(str, "upper"), callable(getattr("x", "upper")))

class Recursive:
    def __getattr__(self, name):
        if name == "loop":
            return self.other
        raise AttributeError(name)
try:
    Recursive().loop
except AttributeError as e:
    print("nested missing:", e)

class ClassLevel:
    x = 1
    def __getattr__(self, name):
        return "instance fallback"
print("getattr not for class:", ClassLevel().y)
try:
    ClassLevel.y
except AttributeError as e:
    print("class lookup:", e)
obj = object()
try:
    obj.attr = 1
except AttributeError as e:
    print("object() no dict:", e)
print("__class__:", a.__class__.__name__, (5).__class__, type(a) is a.__class__)
class Other:
    pass
a2 = Dyn()
a2.__class__ = Other
print("assign __class__:", type(a2).__name__)
