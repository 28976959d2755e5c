# Helper module without __all__: `from mod_nostar import *` skips underscore names.
visible = "visible"
_hidden = "hidden"
def func():
    return "func"
