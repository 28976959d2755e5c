# Uncaught KeyError from a method called through a lambda, with a long expression line.
class Registry:
    def __init__(self):
        self.items = {"alpha": 1, "beta": 2}

    def get(self, name):
        return self.items[name] * 10

reg = Registry()
fetch = lambda name: reg.get(name)
print("alpha:", fetch("alpha"))
total = fetch("alpha") + fetch("beta") + fetch("gamma")
