from fractions import Fraction as F
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
show("make", lambda: [F(3, 4), F(6, -8), F("3/4"), F(" -1.25e1 "), F(0.5), F(1.1), F(5), F("7"), F(F(1, 2), F(1, 3))])
show("bad", lambda: F("1/x"))
show("zero", lambda: F(1, 0))
show("str", lambda: [str(F(3, 4)), str(F(4, 2)), format(F(1, 3), ".3f")])
show("arith", lambda: [F(1, 2) + F(1, 3), F(1, 2) - 1, 1 - F(1, 2), F(2, 3) * F(3, 4), F(1, 2) / F(1, 4), F(7, 2) // 2, F(7, 2) % 2, divmod(F(7, 2), F(1, 3)), F(2, 3) ** 2, F(2, 3) ** -2, F(-2, 3) ** -3, 2 ** F(1, 2), F(1, 2) + 0.5])
show("div0", lambda: F(1, 2) / 0)
show("cmp", lambda: [F(1, 2) < F(2, 3), F(1, 2) == 0.5, F(1, 1) == 1, F(1, 3) > 0.3, sorted([F(1, 2), F(1, 3), 0.4])])
show("conv", lambda: [float(F(1, 3)), int(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(1, 3), 2), F(-7, 2).__floor__(), F(-7, 2).__ceil__()])
show("hash", lambda: [hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)), hash(F(-1, 3))])
show("limit", lambda: [F(3.141592653589793).limit_denominator(1000), F(1, 3).limit_denominator(2)])
show("attrs", lambda: (F(3, 4).numerator, F(3, 4).denominator, F(3, 4).as_integer_ratio(), bool(F(0)), -F(1, 2), abs(F(-1, 2))))
show("from_float", lambda: F.from_float(0.1))
