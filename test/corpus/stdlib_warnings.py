import warnings, sys
import os
class Out:
    def write(self, s):
        sys.stdout.write(s.replace(os.path.dirname(os.path.abspath(__file__)) + "/", ""))
sys.stderr = Out()
def f():
    warnings.warn("from f")
for i in range(3):
    warnings.warn("loop warning")
    f()
warnings.warn("dep", DeprecationWarning)
warnings.warn("runtime", RuntimeWarning)
warnings.warn(UserWarning("instance"))
def g():
    warnings.warn("level2", stacklevel=2)
g()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("a")
    warnings.warn("a")
    warnings.warn("d", DeprecationWarning)
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w], w[0].lineno)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", type(e).__name__, e)
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="ign")
    warnings.warn("ignored one")
    warnings.warn("shown one")
warnings.simplefilter("ignore", UserWarning)
warnings.warn("not shown")
warnings.warn("shown runtime", RuntimeWarning)
print(warnings.formatwarning("m", UserWarning, "file.py", 3, "line here"))
try:
    warnings.warn("x", int)
except TypeError as e:
    print(e)
print("done")
