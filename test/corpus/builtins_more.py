# Built-in functions beyond the basics: numbers, min/max/sum/sorted, namespaces, exec/eval/compile.
import io
import sys


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print("all/any:", all(x for x in [1, 2]), any(iter([])), all("abc"), any([[], ()]))
attempt("all non-iterable:", lambda: all(1))
print("ascii:", ascii("\x00é\u1234\U0001F600"), ascii(b"\xff"), ascii({"k": "ñ"}))
print("bin/oct/hex:", bin(True), oct(2 ** 70), hex(-(2 ** 65)), hex(255))


class Idx:
    def __index__(self):
        return 10


print("via __index__:", bin(Idx()), oct(Idx()), hex(Idx()), repr(chr(Idx())))
attempt("hex float:", lambda: hex(1.5))
attempt("chr big:", lambda: chr(2 ** 40))
attempt("chr neg:", lambda: chr(-1))
attempt("chr top:", lambda: chr(0x110000))
print("ord:", ord("a"), ord("😀"), ord(b"A"), ord(bytearray(b"z")))
attempt("ord 2:", lambda: ord("ab"))
attempt("ord bytes 2:", lambda: ord(b"ab"))
attempt("ord int:", lambda: ord(5))
print("divmod:", divmod(7, 2), divmod(-7, 2), divmod(7, -2.0), divmod(-7.5, 2), divmod(True, 2), divmod(10 ** 30, 7))
attempt("divmod zero:", lambda: divmod(1, 0))
attempt("divmod float zero:", lambda: divmod(1.0, 0.0))
attempt("divmod str:", lambda: divmod("a", 1))


class DM:
    def __divmod__(self, other):
        return ("dm", other)

    def __rdivmod__(self, other):
        return ("rdm", other)


print("divmod dunders:", divmod(DM(), 3), divmod(3, DM()))
print("pow:", pow(2, 100), pow(2, -2), pow(-2, 3, 5), pow(5, -1, 7), pow(2.5, 2), pow(base=3, exp=2), pow(3, 2, mod=4))
attempt("pow float mod:", lambda: pow(2.0, 3, 5))
attempt("pow str:", lambda: pow("a", 3, 5))
attempt("pow zero mod:", lambda: pow(2, 1, 0))
attempt("pow not invertible:", lambda: pow(2, -1, 4))


class P3:
    def __pow__(self, exp, mod=None):
        return ("pow", exp, mod)


print("pow dunder:", pow(P3(), 2), pow(P3(), 2, 9))
print("round:", round(3.5), round(-2.5), round(1234, -2), round(2.345, 1), round(True), round(5, None), type(round(2.0)).__name__)
attempt("round str:", lambda: round("x"))
attempt("round inf:", lambda: round(float("inf")))
attempt("round nan:", lambda: round(float("nan")))


class R:
    def __round__(self, n=None):
        return ("round", n)


print("round dunder:", round(R()), round(R(), 2))
print("format:", format(12), format(12, "05d"), format("ab", "^6"), format(1.5, "e"), format(True), format(None))
attempt("format spec type:", lambda: format(1, 2))
attempt("format bad spec:", lambda: format(object(), "x"))
print("min/max:", min(3, 1, 2), max([1, 5, 2]), min("hello"), max((1, 2), (1, 3)), max([], default="d"), min([2, 1], default=0))
print("min/max key:", min(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len), max([1, 2], key=None))
print("max first of equals:", max([1, 1.0, True]), min([1, 1.0, True]), max(1.0, 1), min(True, 1))
attempt("max empty:", lambda: max([]))
attempt("max none:", lambda: max())
attempt("max bad kw:", lambda: max([1], foo=2))
attempt("max default many:", lambda: max(1, 2, default=3))
attempt("max mixed:", lambda: max([1, "a"]))
print("sum:", sum([]), sum([1, 2.5]), sum([0.1] * 10), sum([2 ** 62, 2 ** 62]), sum([[1], [2, 3]], []), sum((True, True, 1)))
print("sum start:", sum([1, 2], 0.5), sum(range(4), start=10), sum([(1,), (2,)], ()), sum([1.5, 2 ** 64]))
attempt("sum strings:", lambda: sum(["a"], ""))
attempt("sum bytes:", lambda: sum([b"a"], b""))
attempt("sum mixed:", lambda: sum([1, "a"]))
print("sorted:", sorted([3, 1, 2]), sorted("bca", reverse=True), sorted({3: 1, 1: 2}), sorted([-3, 2, -1], key=abs))
print("sorted stable:", sorted([(1, "b"), (0, "z"), (1, "a")], key=lambda t: t[0]))
attempt("sorted none:", lambda: sorted())
attempt("sorted two:", lambda: sorted([1], [2]))
attempt("sorted kw:", lambda: sorted([1], foo=1))
attempt("sorted mixed:", lambda: sorted([1, "a"]))
print("builtin types:", [t.__name__ for t in (enumerate, zip, map, filter, reversed, range)])


# ---- namespaces ----
def f_locals(a, b=2):
    c = a + b
    def inner():
        return c
    return sorted(locals().items(), key=lambda kv: kv[0])[:3]


print("locals in function:", f_locals(1))


def closure_locals():
    x = 1
    def g():
        y = x
        return sorted(locals())
    return g()


print("locals with free var:", closure_locals())


class C:
    attr = 1

    def meth(self):
        pass


print("vars class keys:", sorted(k for k in vars(C) if not k.startswith("__")))
o = C()
o.z = 3
print("vars instance:", vars(o), vars(o) is o.__dict__)
attempt("vars int:", lambda: vars(5))
print("dir no arg (module):", "C" in dir(), "f_locals" in dir())


def dir_in_function(p):
    q = 1
    return dir()


print("dir in function:", dir_in_function(0))
print("dir instance:", [n for n in dir(o) if not n.startswith("__")])
print("globals:", globals()["C"] is C, "__name__" in globals())

# ---- exec / eval / compile ----
print("eval:", eval("1 + 1"), eval("x + 1", {"x": 41}), eval("\t  2 * 3"), eval(b"7"))
ns = {}
exec("a = 1\nb = a + 1", ns)
print("exec ns:", ns["a"], ns["b"], "__builtins__" in ns)
exec("import sys as s2\nresult = s2.maxsize > 0", ns)
print("exec import:", ns["result"])
code = compile("y * 2", "<calc>", "eval")
print("compile eval:", eval(code, {"y": 21}), code.co_filename)
code2 = compile("for i in range(3):\n    acc.append(i)\n", "<loop>", "exec")
acc = []
exec(code2)
print("exec compiled uses module globals:", acc)
print("eval compiled exec code:", eval(compile("q = 1", "<s>", "exec"), {}))
attempt("eval int:", lambda: eval(5))
attempt("exec int:", lambda: exec(5))
attempt("eval globals list:", lambda: eval("1", []))
attempt("exec globals list:", lambda: exec("1", []))
attempt("exec locals int:", lambda: exec("1", {}, 1))
attempt("compile mode:", lambda: compile("1", "f", "nope"))
attempt("syntax error:", lambda: eval("1 +"))
attempt("exec raises:", lambda: exec("raise KeyError('k')"))
attempt("eval name error:", lambda: eval("nope_name", {}))


def exec_in_function():
    v = 10
    exec("w = v + 1")
    return eval("v * 3")


print("exec/eval in function:", exec_in_function())
print("__import__:", __import__("io").StringIO.__name__, __import__("sys", fromlist=["path"]) is sys)
attempt("__import__ int:", lambda: __import__(1))
attempt("__import__ missing:", lambda: __import__("no_such_module_q"))
print("callable builtins:", callable(open), callable(input), callable(compile))
buf = io.StringIO()
print("to", "stringio", sep="-", end="!\n", file=buf)
print("print to StringIO:", repr(buf.getvalue()))
print("print flush:", end=" ", flush=True)
print("done")
