# An exception escaping a with block and a finally clause: __exit__ and finally run, status 1.
class Guard:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit sees", exc[0].__name__)
        return False

def work():
    with Guard():
        try:
            [1, 2, 3][10]
        finally:
            print("finally")

work()
