# Descriptors (data/non-data, __set_name__, precedence), __slots__, __init_subclass__, __class_getitem__.
class Typed:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
        self.key = "_" + name
    def __init__(self, kind):
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "descriptor %s on %s" % (self.name, objtype.__name__)
        return getattr(obj, self.key, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s" % (self.name, self.kind.__name__))
        setattr(obj, self.key, value)
    def __delete__(self, obj):
        print("  delete", self.name)
        delattr(obj, self.key)

class NonData:
    def __get__(self, obj, objtype=None):
        return "non-data value"

class Person:
    name = Typed(str)
    age = Typed(int)
    nd = NonData()
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person("Ann", 30)
print("data descriptor:", p.name, p.age, Person.name, p.__dict__)
print("set_name:", Person.__dict__["age"].name, Person.__dict__["age"].owner)
try:
    p.age = "old"
except TypeError as e:
    print("validation:", e)
del p.age
print("after delete:", p.age)
p.__dict__["name"] = "shadow attempt"
print("data descriptor beats instance dict:", p.name)
print("non-data:", p.nd)
p.nd = "instance value"
print("instance dict beats non-data:", p.nd, Person.nd)
del p.nd
print("after del instance attr:", p.nd)

class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __set_name__(self, owner, name):
        self.attr = name
    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.attr] = value
        return value
class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        print("  computing area")
        return 3 * self.r * self.r
c = Circle(2)
print("lazy:", c.area, c.area, "area" in c.__dict__)

class Method:
    def __get__(self, obj, cls):
        return lambda: ("bound-ish", obj is not None, cls.__name__)
class HasMethod:
    m = Method()
print("custom binding:", HasMethod().m(), HasMethod.m())

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
pt = Point(1, 2)
pt.x = 10
print("slots:", pt.x, pt.y, hasattr(pt, "__dict__"), Point.__slots__, type(Point.x).__name__)
try:
    pt.z = 3
except AttributeError as e:
    print("slots no new attr:", e)
del pt.y
try:
    pt.y
except AttributeError as e:
    print("slot deleted:", e)
class Point3(Point):
    __slots__ = ("z",)
p3 = Point3(1, 2); p3.z = 3
print("slots inherit:", p3.x, p3.z, hasattr(p3, "__dict__"))
class Loose(Point):
    pass
lo = Loose(1, 2); lo.anything = 5
print("subclass without slots has dict:", lo.anything, lo.__dict__)
class SlotDict:
    __slots__ = ("a", "__dict__")
sd = SlotDict(); sd.a = 1; sd.b = 2
print("slots with __dict__:", sd.a, sd.__dict__)

class PluginBase:
    registry = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        PluginBase.registry.append(cls.plugin_name)
class Alpha(PluginBase, name="the-alpha"):
    pass
class Beta(PluginBase):
    pass
class Gamma(Beta, name="g"):
    pass
print("init_subclass:", PluginBase.registry, Alpha.plugin_name, Gamma.plugin_name)
try:
    class Wrong(PluginBase, unknown=1):
        pass
except TypeError as e:
    print("unknown class kwarg:", e)

class Box:
    def __class_getitem__(cls, item):
        return "%s[%s]" % (cls.__name__, item.__name__ if isinstance(item, type) else item)
print("class_getitem:", Box[int], Box["x"])
print("generic aliases:", list[int], dict[str, int], tuple[int, ...], list[list[str]], type[int], set[float])
print("alias origin/args:", list[int].__origin__, dict[str, int].__args__)
print("alias is callable:", list[int]("ab"), isinstance([], list))
def annotated(a: list[int], b: dict[str, int] = None) -> tuple[int, str]:
    return a
print("annotations:", annotated.__annotations__)
x: int = 5
y: list[str]
print("module annotations:", __annotations__)
class Ann:
    a: int
    b: str = "default"
print("class annotations:", Ann.__annotations__, Ann.b, hasattr(Ann, "a"))
print("union types:", int | str, int | None)
print("isinstance union:", isinstance(1, int | str), isinstance(1.5, int | str))
