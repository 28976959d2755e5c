# Walrus, conditional expressions, assert, del, pass, boolean operators, loops with else.
if (n := len("hello")) > 3:
    print("walrus if:", n)
data = [1, 2, 3, 4]
while (item := data.pop()) != 2:
    print("walrus while:", item)
print("after while:", data, item)
print("walrus expr value:", (y := 10) + y)
def fw(v):
    return [m for v2 in range(v) if (m := v2 * v2) % 2]
print("walrus in comp:", fw(6))

print("cond:", "yes" if 1 else "no", "yes" if 0 else "no", 1 if False else 2 if True else 3)
calls = []
def t(x):
    calls.append(x)
    return x
r = t("a") if t(0) else t("b")
print("cond lazy:", r, calls)

print("and/or values:", 0 or "x", "" and "y", None or 0 or [], 1 and 2 and 3, [] or {} or "last")
calls.clear()
print("short circuit:", t(0) and t(1), t(2) or t(3), calls)
print("not:", not 0, not [1], not None)

try:
    assert 1 == 2
except AssertionError as e:
    print("assert no msg:", repr(e), e.args)
try:
    assert False, "custom message"
except AssertionError as e:
    print("assert msg:", e)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("assert obj msg:", e.args)
assert True, "never"
msg_evaluated = []
assert 1, msg_evaluated.append("evaluated")
print("msg lazily evaluated:", msg_evaluated)

x = 1
del x
try:
    x
except NameError as e:
    print("del name:", e)
d = {"a": 1, "b": 2, "c": 3}
del d["a"]
print("del item:", d)
try:
    del d["zz"]
except KeyError as e:
    print("del missing key:", repr(e))
L = list(range(8))
del L[0], L[-1]
print("del two items:", L)
del L[1:3]
print("del slice:", L)
class A:
    pass
a = A()
a.attr = 5
a.other = 6
del a.attr
print("del attr:", hasattr(a, "attr"), a.other)
try:
    del a.attr
except AttributeError as e:
    print("del missing attr:", e)
p, q = 1, 2
del (p, q)
print("del tuple:", "p" in dir(), "q" in dir())
try:
    del undefined_name
except NameError as e:
    print("del undefined:", e)

for i in range(3):
    pass
else:
    print("for else runs", i)
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
print("for broke at", i)
for i in []:
    pass
else:
    print("for else on empty")
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
while True:
    break
else:
    print("not printed")
out = []
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    out.append(i)
print("continue/break:", out)
found = None
for a_ in range(2, 20):
    for b_ in range(2, a_):
        if a_ % b_ == 0:
            break
    else:
        found = (found or []) + [a_]
print("primes via for-else:", found)
def nested_break():
    res = []
    for i in range(3):
        for j in range(3):
            if j > i:
                break
            res.append((i, j))
    return res
print("nested break:", nested_break())
if True:
    pass
elif False:
    print("no")
print("elif chain:", ["neg" if v < 0 else "zero" if v == 0 else "pos" for v in (-1, 0, 1)])
def grade(s):
    if s >= 90:
        return "A"
    elif s >= 80:
        return "B"
    elif s >= 70:
        return "C"
    else:
        return "F"
print("if/elif/else:", [grade(s) for s in (95, 85, 75, 10)])
print("ellipsis:", ..., type(...).__name__, Ellipsis is ...)
