# An uncaught exception group is printed in CPython's boxed layout.
def fail(i):
    raise ValueError(f"bad value {i}")


def collect():
    errors = []
    for i in range(3):
        try:
            fail(i)
        except ValueError as e:
            errors.append(e)
    nested = ExceptionGroup("nested", [KeyError("k"), ExceptionGroup("deeper", [OSError(2, "no such thing")])])
    raise ExceptionGroup("collected", errors + [nested, TypeError("t")])


print("before")
collect()
