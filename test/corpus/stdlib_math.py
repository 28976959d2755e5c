# math: exact results, special values and CPython's error messages
import math
tests = ["math.sqrt('a')", "math.sqrt(-1)", "math.exp(1000)", "math.log(0)", "math.log(-1)", "math.log(1,1)", "math.log(10, 0)",
"math.factorial(-1)", "math.factorial(1.5)", "math.factorial(30)", "math.isqrt(-1)", "math.isqrt(1.0)", "math.comb(5,-1)", "math.comb(-5,1)", "math.perm(5,-1)",
"math.gcd(1.5)", "math.lcm(2, 1.5)", "math.fsum([float('inf'), float('-inf')])", "math.fsum([1e308, 1e308])", "math.fsum([float('nan')])",
"math.isclose(1,1,rel_tol=-1)", "math.isclose(1)", "math.dist([1],[1,2])", "math.dist(1,2)", "math.hypot('a')", "math.ldexp(1.0, 1.5)", "math.ldexp(1.0, 10000)", "math.ldexp(1.0, -10000)",
"math.ldexp(3.0, -1074)", "math.ldexp(0.75, -1073)", "math.ldexp(1.5, 1023)",
"math.fmod(1, 0)", "math.fmod(float('inf'), 1)", "math.fmod(-7, 3)", "math.fmod(7, float('inf'))", "math.remainder(1, 0)", "math.remainder(float('inf'),1)", "math.remainder(5, 2)", "math.remainder(7, 2)", "math.remainder(-7.5, 2)",
"math.pow(0, -1)", "math.pow(-2, 0.5)", "math.pow(10, 400)", "math.pow(1, float('nan'))", "math.pow(-1, float('inf'))", "math.pow(2, 10)", "math.pow(-8, 1/3) if False else 0",
"math.gamma(0)", "math.gamma(-1)", "math.gamma(200)", "math.gamma(5)", "math.gamma(1)", "math.lgamma(0)", "math.lgamma(-2)", "math.lgamma(1e308)", "math.lgamma(1)", "math.lgamma(2)",
"math.floor(float('inf'))", "math.floor(float('nan'))", "math.ceil('a')", "math.trunc('a')", "math.floor('a')", "math.acos(2)", "math.atanh(1)", "math.cosh(1000)", "math.sinh(1000)", "math.expm1(1000)",
"math.log1p(-1)", "math.log2(0)", "math.log10(-1)", "math.log(2**10000)", "math.log(2**10000, 2)", "math.log10(10**500)", "math.log2(2**5000)", "math.log(-2**10000)", "math.log2(1024)", "math.log10(1000)",
"math.prod([1,2], 3)", "math.prod([2, 3], start=4)", "math.prod([])", "math.prod(range(1, 21))", "math.prod([1.5, 2])", "math.nextafter(1, 2, 3)", "math.ulp('a')",
"math.factorial(10**20)", "math.sqrt(10**400)", "math.copysign(1, 'a')", "math.copysign(3, -0.0)", "math.copysign(-3, 0.0)", "math.perm(5)", "math.perm(5, 10)", "math.perm(10, 3)", "math.comb(5, 10)", "math.comb(10, 3)", "math.comb(100, 50)", "math.gcd()", "math.lcm()",
"math.gcd(12, 18, -30)", "math.gcd(2**100, 6**50)", "math.lcm(4, 6, 10)", "math.lcm(0, 5)", "math.isqrt(10**50)", "math.isqrt(99)",
"math.sin(float('inf'))", "math.tan(float('inf'))", "math.atan2('a', 1)", "math.frexp(float('inf'))", "math.frexp(8.0)", "math.frexp(-0.1)", "math.frexp(5e-324)", "math.modf(float('inf'))", "math.modf(float('nan'))", "math.modf(-3.75)", "math.modf(-0.0)", "math.frexp(0.0)",
"math.hypot()", "math.hypot(3, 4)", "math.hypot(1, 1, 1)", "math.hypot(float('inf'), float('nan'))", "math.hypot(1e300, 1e300)", "math.hypot(5e-324, 5e-324)", "math.dist((1, 2), (4, 6))",
"math.ulp(0.0)", "math.ulp(float('inf'))", "math.ulp(1.0)", "math.ulp(1e300)", "math.nextafter(0.0, 1.0)", "math.nextafter(1.0, 0.0)", "math.nextafter(-0.0, -1.0)",
"math.factorial(True)", "math.sqrt(True)", "math.floor(True)", "math.floor(2.5)", "math.ceil(-2.5)", "math.trunc(2**70+0.0)", "math.trunc(-2.7)", "math.ceil(10**30)", "math.degrees(math.pi)", "math.radians(180)",
"math.fsum([0.1] * 10)", "math.fsum([1e100, 1.0, -1e100, 1e-100])", "math.fsum([1, 1e-16, 1e-16])", "math.fsum(iter([0.5, 0.25]))", "math.fsum([])", "math.fsum([float('inf'), 1, float('nan')])",
"math.isclose(0.1 + 0.2, 0.3)", "math.isclose(1.0, 1.01, rel_tol=0.05)", "math.isclose(0, 1e-10, abs_tol=1e-9)", "math.isclose(float('inf'), float('inf'))",
"math.isinf(float('-inf'))", "math.isfinite(1e308)", "math.isnan(float('nan'))", "math.isnan(5)",
"math.pi", "math.e", "math.tau", "math.inf", "math.nan", "math.sqrt(2)", "math.exp(0)", "math.exp(1)", "math.log(math.e)", "math.erf(0)", "math.erfc(0)", "math.sin(0)", "math.cos(0)", "math.atan(1) * 4", "math.asin(1)", "math.acos(0)", "math.exp2(10)", "math.cbrt(-8)"]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)


class F:
    def __float__(self):
        return 2.25


class I:
    def __index__(self):
        return 7


class R:
    def __floor__(self):
        return "floor!"

    def __ceil__(self):
        return "ceil!"

    def __trunc__(self):
        return "trunc!"


print(math.sqrt(F()), math.sqrt(I()), math.factorial(I()), math.floor(R()), math.ceil(R()), math.trunc(R()), math.floor(F()))
print(round(math.sin(math.pi / 6), 12), round(math.gamma(0.5) ** 2, 12), round(math.erf(1), 12), round(math.lgamma(10.5), 10))
