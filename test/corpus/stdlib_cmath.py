import cmath, math
for z in [4, -4, 1+2j, -1-1j, 0j, complex(-0.0, -0.0), -1+0j, complex(-1, -0.0), 1e308+1e308j, 2.5]:
    print(z, cmath.sqrt(z), cmath.exp(z) if abs(z) < 100 else '', cmath.log(z) if z != 0 else '', cmath.phase(z), cmath.polar(z))
print(cmath.log(100, 10), cmath.log(8, 2), cmath.rect(2, math.pi / 2), cmath.rect(1, 0), cmath.pi, cmath.e, cmath.inf, cmath.isclose(1+1j, 1+1.0000000001j))
print(cmath.log10(100), cmath.isnan(complex(0, float('nan'))), cmath.isinf(complex(float('inf'), 0)), cmath.isfinite(1j), cmath.exp(1j * cmath.pi))
for f in [lambda: cmath.log(0), lambda: cmath.sqrt('a'), lambda: cmath.exp(1000), lambda: cmath.isclose(1, 1, rel_tol=-1)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
