# The sys module: argv, path, modules, streams, version_info, maxsize, recursion limit, exc_info, intern.
import sys
print("argv:", sys.argv[1:], len(sys.argv), sys.argv[0].endswith("sys_mod.py"))
print("argv types:", all(isinstance(a, str) for a in sys.argv))
print("path is list of str:", isinstance(sys.path, list), all(isinstance(p, str) for p in sys.path), len(sys.path) > 0)
print("modules:", "sys" in sys.modules, "__main__" in sys.modules, sys.modules["sys"] is sys, type(sys.modules).__name__)
n = sys.stdout.write("written via sys.stdout.write\n")
print("write returns:", n)
print("write unicode count:", sys.stdout.write("héllo😀\n"))
sys.stdout.flush()
print("flush returns:", sys.stdout.flush())
e = sys.stderr.write("to stderr (not compared)\n")
print("stderr write returns:", e)
print("print flush:", end=" ", flush=True)
print("ok")
print("print sep/end:", 1, 2, 3, sep="|", end="<END>\n")
print("print no args then:")
print()
print("print sep None:", "a", "b", sep=None)
print("print file None:", "x", file=None)
print("print to stderr returns:", print("e", file=sys.stderr))
try:
    print("x", sep=5)
except TypeError as ex:
    print("bad sep:", ex)
print("version_info:", sys.version_info[:2] == (3, 11), sys.version_info.major, sys.version_info.minor, sys.version_info[0])
print("version_info compare:", sys.version_info >= (3, 8), sys.version_info < (4,))
print("version is str:", isinstance(sys.version, str), sys.version.startswith("3.11"))
print("maxsize:", sys.maxsize == 2 ** 63 - 1, sys.maxsize)
print("byteorder:", sys.byteorder in ("little", "big"))
print("platform is str:", isinstance(sys.platform, str))
old = sys.getrecursionlimit()
print("recursionlimit int:", isinstance(old, int), old >= 100)
sys.setrecursionlimit(200)
print("set limit:", sys.getrecursionlimit())
depth = 0
def dive():
    global depth
    depth += 1
    dive()
try:
    dive()
except RecursionError as ex:
    print("RecursionError:", str(ex).startswith("maximum recursion depth exceeded"), 150 < depth <= 200)
sys.setrecursionlimit(old)
print("restored:", sys.getrecursionlimit() == old)
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print("deep but ok:", deep(500))
try:
    raise KeyError("exc_info")
except KeyError:
    t, v, tb = sys.exc_info()
    print("exc_info:", t.__name__, repr(v), type(tb).__name__)
print("exc_info outside:", sys.exc_info())
def inner():
    return sys.exc_info()[0]
try:
    1 / 0
except ZeroDivisionError:
    print("exc_info in callee:", inner().__name__)
a = sys.intern("hello world " * 2)
b = sys.intern("hello world hello world ")
print("intern:", a is b, a == b)
print("getsizeof-free; float_info max:", sys.float_info.max, sys.float_info.epsilon)
print("int_info bits:", sys.int_info.bits_per_digit in (15, 30))
print("stdout attrs:", sys.stdout.encoding.lower().replace("-", ""), sys.stdin is not None)
print("hash_info width:", sys.hash_info.width)
print("executable is str:", isinstance(sys.executable, str))
print("flags:", sys.flags.optimize, sys.dont_write_bytecode in (True, False))
print("displayhook/excepthook exist:", callable(sys.excepthook), callable(sys.displayhook))
print("getdefaultencoding:", sys.getdefaultencoding())
