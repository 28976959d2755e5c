print("pkg_demo.deep executing as", __name__, "package", __package__)
from ..sub import sub_func as parent_func
from .. import PKG_CONST
from . import leaf
DEEP = "deep:" + PKG_CONST
