print("pkg_demo/__init__ executing as", __name__, "package", __package__)
PKG_CONST = "pkg-const"
from .sub import sub_func
from . import sub as sub_alias
