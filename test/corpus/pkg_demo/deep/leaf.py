print("pkg_demo.deep.leaf executing as", __name__)
from .. import sub
LEAF = "leaf uses " + sub.SUB_VALUE
