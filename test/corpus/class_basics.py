# Classes: attributes, methods, inheritance, overriding, isinstance/issubclass, __dict__, nesting.
class Animal:
    kingdom = "animalia"
    count = 0
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count += 1
    def speak(self):
        return "%s says %s" % (self.name, self.sound)
    def describe(self):
        return "%s (%s)" % (self.speak(), type(self).__name__)
class Dog(Animal):
    def __init__(self, name):
        super().__init__(name, "woof")
        self.tricks = []
    def add_trick(self, t):
        self.tricks.append(t)
        return self
    def speak(self):
        return super().speak() + "!"
class Puppy(Dog):
    kingdom = "cute"
a = Animal("generic")
d = Dog("rex").add_trick("sit").add_trick("roll")
p = Puppy("bit")
print("instances:", a.speak(), d.speak(), p.describe())
print("attrs:", d.tricks, d.name, Animal.count, p.kingdom, d.kingdom)
print("isinstance:", isinstance(p, Dog), isinstance(p, Animal), isinstance(d, Puppy), isinstance(a, object))
print("issubclass:", issubclass(Puppy, Animal), issubclass(Animal, Dog), issubclass(Dog, (int, Animal)))
print("type:", type(p) is Puppy, type(p) == Dog, type(p).__name__, type(p).__bases__[0].__name__)
print("instance __dict__:", d.__dict__)
print("class __dict__ keys:", [k for k in Dog.__dict__ if not k.startswith("__")])
print("method resolution:", Puppy.speak is Dog.speak, Puppy.__mro__[1].__name__)
print("unbound call:", Animal.speak(d), Dog.speak(p))
class Empty:
    pass
e1 = Empty(); e1.x = 1
e2 = Empty()
print("empty class:", e1.x, hasattr(e2, "x"), Empty.__name__, Empty.__bases__)
class Outer:
    class Inner:
        value = "inner"
        def get(self):
            return self.value
    def make(self):
        return self.Inner()
print("nested class:", Outer().make().get(), Outer.Inner.__qualname__)
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")
    def __repr__(self):
        return "%s(area=%s)" % (type(self).__name__, self.area())
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
print("polymorphism:", [Sq(2), Rect(2, 3)], sum(s.area() for s in [Sq(1), Rect(1, 2)]))
try:
    Shape().area()
except NotImplementedError as ex:
    print("abstract-ish:", ex)
class Chain:
    def __init__(self): self.ops = []
    def add(self, v):
        self.ops.append(v)
        return self
print("method chaining:", Chain().add(1).add(2).ops)
class Stat:
    instances = []
    def __init__(self):
        Stat.instances.append(self)
    @classmethod
    def how_many(cls):
        return len(cls.instances)
Stat(); Stat()
print("class-level registry:", Stat.how_many())
class Mutable:
    shared = []
m1, m2 = Mutable(), Mutable()
m1.shared.append("x")
print("shared mutable class attr:", m2.shared)
m1.shared = ["own"]
print("rebinding on instance:", m1.shared, m2.shared, Mutable.shared)
class WithDefault:
    def __init__(self, items=None):
        self.items = items if items is not None else []
w1, w2 = WithDefault(), WithDefault()
w1.items.append(1)
print("None default idiom:", w1.items, w2.items)
class Point:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def moved(self, dx=0, dy=0):
        return Point(self.x + dx, self.y + dy)
print("value object:", Point(1, 2).moved(dy=3), Point() == Point(0, 0), Point(1) != Point(2))
print("object identity:", Point() is Point(), (lambda q: q is q)(Point()))
class Temperature:
    scale = "C"
    def __init__(self, deg):
        self.deg = deg
    def convert(self):
        return self.deg * 9 / 5 + 32 if self.scale == "C" else self.deg
t = Temperature(100)
t.scale = "F"
print("instance overrides class const:", t.convert(), Temperature(100).convert())
print("class attribute via instance type:", type(t).scale)
print("callable class:", callable(Point), Point.__init__.__qualname__, Point.moved.__name__)
print("dunder name on instance fails:", hasattr(t, "__name__"), hasattr(Temperature, "__name__"))
