# Imports: modules beside the program, packages, relative imports, caching, star imports, errors.
import sys
print("main __name__:", __name__)
import mod_helper
import mod_helper
import mod_helper as mh2
from mod_helper import VALUE, greet as hello
print("cached once:", mh2 is mod_helper, VALUE, hello("world"), mod_helper._private)
print("module name:", mod_helper.__name__, mod_helper.Helper().name(), type(mod_helper).__name__)
print("in sys.modules:", "mod_helper" in sys.modules, sys.modules["mod_helper"] is mod_helper)
mod_helper.VALUE = 99
import mod_helper as again
print("module state shared:", again.VALUE)

import pkg_demo
print("package attrs:", pkg_demo.PKG_CONST, pkg_demo.sub_func(), pkg_demo.sub_alias.SUB_VALUE, pkg_demo.__name__)
print("submodule bound on package:", pkg_demo.sub is pkg_demo.sub_alias, "pkg_demo.sub" in sys.modules)
import pkg_demo.deep.leaf as lf
print("import a.b.c as x:", lf.LEAF, lf.__name__)
import pkg_demo.deep
print("deep package:", pkg_demo.deep.DEEP, pkg_demo.deep.parent_func(), pkg_demo.deep.leaf is lf)
from pkg_demo.deep import leaf, DEEP
print("from package import submodule:", leaf is lf, DEEP)
from pkg_demo import sub
print("from pkg import module:", sub.SUB_VALUE)
from pkg_demo.star import *
print("star with __all__:", public_a, _listed_private, "public_b" in dir(), "_hidden" in dir())
from mod_nostar import *
print("star without __all__:", visible, func(), "_hidden" in globals())
print("package __path__ is list:", isinstance(pkg_demo.__path__, list), hasattr(mod_helper, "__path__"))

import mod_circ_a
print("circular:", mod_circ_a.a_func(), mod_circ_a.mod_circ_b.b_func(), sys.modules["mod_circ_b"].A_EARLY)

for stmt in ["import nope", "import pkg_demo.nope", "from nope import x", "import mod_helper.sub"]:
    try:
        exec(stmt)
    except ModuleNotFoundError as e:
        print("ModuleNotFoundError:", e, "| name:", e.name, isinstance(e, ImportError))
try:
    from mod_helper import does_not_exist
except ImportError as e:
    print("ImportError:", type(e).__name__, str(e).split(" (")[0], "| name:", e.name)
try:
    from pkg_demo import missing_sub
except ImportError as e:
    print("ImportError pkg:", type(e).__name__, str(e).split(" (")[0])
try:
    import pkg_demo.bad_relative
except ImportError as e:
    print("beyond top level:", type(e).__name__, e)
try:
    exec("from . import something")
except ImportError as e:
    print("relative in main:", type(e).__name__, e)
print("failed import not cached:", "nope" not in sys.modules, "pkg_demo.bad_relative" in sys.modules)

def lazy():
    import mod_nostar as m
    return m.visible
print("import inside function:", lazy())
print("__import__ returns top:", __import__("pkg_demo.deep").__name__)
print("module attributes:", sorted(k for k in vars(mod_nostar if False else sys.modules["mod_nostar"]) if not k.startswith("__")))
print("module dict has __name__:", sys.modules["mod_nostar"].__dict__["__name__"])
print("module repr startswith:", repr(sys.modules["mod_nostar"]).startswith("<module 'mod_nostar' from "))
