class Empty:
    pass

class Base:
    """Base docstring."""
    count: int = 0
    label: str
    __private = 1

    def __init__(self, value):
        self.__value = value
        Base.count += 1

    def get(self):
        return self.__value + self.__private

    @property
    def value(self):
        return self.__value

    @staticmethod
    def static():
        return __class__

class Derived(Base, metaclass=type):
    def __init__(self, value):
        super().__init__(value)

    def method(self):
        def inner():
            return super(Derived, self).get()
        return inner

    class Nested:
        def f(self):
            return [super() for _ in range(1)]

def factory(v):
    class Local:
        attr = v
        def get(self):
            return v
        def shadow(self):
            return attr
    attr = 2
    return Local

def class_free():
    x = 1
    class C:
        x = 2
        def m(self):
            return x
        y = x
    return C

@decorator_that_is_global
class Decorated(*bases, **kw):
    pass
