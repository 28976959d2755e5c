# Helper module (not a program: no .expected file) imported by imports_main.py.
print("mod_helper executing, __name__ =", __name__)
VALUE = 42
_private = "private"

def greet(who):
    return "hello " + who

class Helper:
    def name(self):
        return type(self).__module__ + "." + type(self).__qualname__

if __name__ == "__main__":
    print("mod_helper run as main")
else:
    print("mod_helper imported, not main")
