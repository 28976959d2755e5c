import math
class MyInt(int): pass
class MyFloat(float): pass
tests = ["math.floor(MyInt(5))", "type(math.floor(MyInt(5)))", "math.floor(MyFloat(2.5))", "math.ceil(False)", "math.isqrt(True)", "math.isqrt(2**200)", "math.isqrt(2**201 - 1)",
"math.comb(60, 30)", "math.perm(20, 19)", "math.factorial(0)", "math.factorial(25)", "math.gcd(2**80, 2**70 * 3)", "math.lcm(-4, 6)", "math.lcm(2**70, 3)", "math.prod([1, 2], start=0.5)", "math.prod(['a'], start=3)",
"math.fsum([10**400])", "math.fsum([1, 2**60, -2**60])", "math.fsum(x / 10 for x in range(1, 11))", "math.fsum([1e16, 1., 1e-16])", "math.fsum([-0.0])", "math.fsum([1.7976931348623157e308, -1e292, 1e292])",
"math.log(0.0, 2)", "math.log(MyInt(8), 2)", "math.log(True)", "math.log(10**400, 10**200)", "math.log1p(10**400)", "math.hypot(10**400)", "math.dist((x for x in [1, 2]), (3, 4))", "math.dist((1,), (1,))",
"math.sqrt(-0.0)", "math.fmod(-0.0, 1)", "math.remainder(-0.0, 1)", "math.remainder(3, 2)", "math.remainder(-3, 2)", "math.remainder(1e308, 1e-308)", "math.fmod(1e308, 1e-308)",
"math.copysign(float('nan'), -1)", "math.fabs(-0.0)", "math.trunc(MyFloat(-2.5))", "math.modf(5)", "math.frexp(1e-310)", "math.frexp(-1e308)", "math.ldexp(1e-310, 10)", "math.ldexp(0.5, -1074)", "math.ldexp(0.75, -1074)", "math.ldexp(1, 2**100)", "math.ldexp(1, -2**100)",
"math.ulp(5e-324)", "math.ulp(1.7976931348623157e308)", "math.nextafter(1.7976931348623157e308, math.inf)", "math.nextafter(5e-324, 0)", "math.nextafter(-5e-324, 0)", "math.nextafter(0.0, -0.0)",
"math.isclose(1e-10, 0)", "math.isclose(1, 1.0000000001)", "math.isclose(a=1, b=2, rel_tol=1)", "math.isclose(1, 2, 3)", "math.isclose(1, 2, foo=3)", "math.pow(2, -1074)", "math.pow(2, -1075)", "math.pow(-2, 3)", "math.pow(-0.0, -1)", "math.pow(float('inf'), -1)", "math.pow(-8, 1/3)",
"math.exp(-1000)", "math.exp(float('-inf'))", "math.exp(float('nan'))", "math.expm1(-1000)", "math.log1p(-2)", "math.atan2(0.0, -0.0)", "math.atan2(-0.0, -0.0)", "math.degrees(1e308)", "math.radians(-0.0)", "math.tanh(1000)", "math.asinh(-0.0)", "math.atanh(-0.0)",
"math.gamma(float('-inf'))", "math.gamma(float('inf'))", "math.gamma(-0.0)", "math.gamma(1e-320)", "math.lgamma(float('-inf'))", "math.lgamma(1e-320)",
"math.erf(float('inf'))", "math.erfc(float('-inf'))", "math.erfc(30)", "math.erfc(26)", "math.erfc(-0.0)", "math.erf(-0.0)", "math.erf(1e-300)", "math.hypot(1.5, 2.5, -3.5)", "math.hypot(-0.0)", "math.hypot(3, float('inf'), float('nan'))"]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
