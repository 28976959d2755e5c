print("pkg_demo.sub executing as", __name__, "package", __package__)
SUB_VALUE = "sub-value"

def sub_func():
    return "sub_func in " + __name__
