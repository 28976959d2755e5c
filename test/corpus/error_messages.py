# CPython's built-in error messages, caught and printed.
import sys

def show(label, fn):
    try:
        fn()
        print(label, "no error")
    except BaseException as e:
        print(label, type(e).__name__, e)

class Foo:
    pass
class Slotted:
    __slots__ = ("a",)

nothing = None
five = 5
one_list = [1]
show("zdiv int:", lambda: 1 / 0)
show("zdiv floor:", lambda: 1 // 0)
show("zdiv mod:", lambda: 5 % 0)
show("zdiv float:", lambda: 1.0 / 0.0)
show("zdiv float floor:", lambda: 2.0 // 0)
show("zdiv float mod:", lambda: 2.0 % 0)
show("zdiv divmod:", lambda: divmod(3, 0))
show("zdiv pow:", lambda: 0 ** -2)
show("list index:", lambda: [1][3])
show("tuple index:", lambda: (1,)[-2])
show("str index:", lambda: "ab"[9])
show("range index:", lambda: range(2)[5])
show("KeyError:", lambda: {"a": 1}["b"])
try:
    {}[42]
except KeyError as e:
    print("KeyError repr:", repr(e), e.args)
show("add int str:", lambda: 1 + "a")
show("add str int:", lambda: "a" + 1)
show("sub str:", lambda: "a" - "b")
show("mul list list:", lambda: [1] * [2])
show("div str:", lambda: "a" / 2)
show("pow str:", lambda: "a" ** 2)
show("neg str:", lambda: -"a")
show("invert float:", lambda: ~1.5)
show("matmul:", lambda: 1 @ 2)
show("lshift float:", lambda: 1 << 1.0)
show("and float:", lambda: 1.0 & 1)
show("list concat:", lambda: [1] + "a")
show("None call:", lambda: nothing())
show("None subscript:", lambda: nothing[0])
show("None iter:", lambda: iter(nothing))
show("None attr:", lambda: nothing.x)
show("int call:", lambda: five())
show("int iter:", lambda: list(5))
show("int len:", lambda: len(5))
show("int subscript:", lambda: five[0])
show("instance attr:", lambda: Foo().bar)
show("class attr:", lambda: Foo.x)
show("module attr:", lambda: sys.x)
show("str attr:", lambda: "s".nope)
show("int attr:", lambda: (1).nope)
show("set attr on int:", lambda: setattr(1, "x", 2))
show("set attr on object():", lambda: setattr(object(), "x", 2))
show("slots attr:", lambda: setattr(Slotted(), "b", 1))
show("slots unset:", lambda: Slotted().a)
show("int('x'):", lambda: int("x"))
show("float('x'):", lambda: float("x"))
show("list.remove:", lambda: [1].remove(2))
show("list.index:", lambda: [1].index(2))
show("str.index:", lambda: "a".index("b"))
def unpack2():
    a, b = [1, 2, 3]
show("unpack many:", unpack2)
def unpack3():
    a, b, c = [1, 2]
show("unpack few:", unpack3)
def unbound():
    x += 1
show("unbound:", unbound)
show("name:", lambda: undefined_thing)
def recurse(n):
    return recurse(n + 1)
try:
    recurse(0)
except RecursionError as e:
    print("recursion:", type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))
show("next exhausted:", lambda: next(iter([])))
show("hash list:", lambda: hash([]))
show("hash dict:", lambda: hash({}))
show("hash set:", lambda: {{1}})
show("dict key list:", lambda: {[]: 1})
show("sorted mixed:", lambda: sorted([1, "a", 2]))
show("compare:", lambda: Foo() < Foo())
show("compare list int:", lambda: [] <= 0)
show("abs str:", lambda: abs("x"))
show("chr range:", lambda: chr(-1))
show("ord long:", lambda: ord("ab"))
show("int base:", lambda: int("12", 99))
show("not iterable zip:", lambda: zip(1, 2))
show("str join int:", lambda: "".join([1]))
show("tuple assign:", lambda: (1, 2).__setitem__(0, 1))
show("str mul str:", lambda: "a" * "b")
show("dict update:", lambda: {}.update(1))
show("getattr non-str:", lambda: getattr(Foo(), 1))
show("instantiate with args:", lambda: Foo(1))
show("object with args:", lambda: object(1))
show("isinstance bad:", lambda: isinstance(1, 1))
show("issubclass bad:", lambda: issubclass(1, int))
show("max empty:", lambda: max([]))
show("min empty:", lambda: min(()))
show("pow 3 args float:", lambda: pow(2.0, 2, 3))
show("pow neg no inverse:", lambda: pow(2, -1, 4))
show("round str:", lambda: round("x"))
show("len of generator:", lambda: len(x for x in []))
show("unsupported format:", lambda: format(1, "invalid"))
show("list index type:", lambda: one_list["a"])
show("dict() arg:", lambda: dict(1))
show("bytes of str no enc:", lambda: bytes("x"))
show("float of None:", lambda: float(None))
show("int too many args:", lambda: int(1, 2, 3))
show("len no args:", lambda: len())
show("len two args:", lambda: len(1, 2))
show("setattr on type:", lambda: setattr(int, "x", 1))
show("del missing attr:", lambda: delattr(Foo(), "zz"))
show("iter non-callable sentinel:", lambda: iter(1, 2))
show("next non-iterator:", lambda: next([1]))
show("super outside:", lambda: super())
