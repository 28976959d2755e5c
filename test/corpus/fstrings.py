# f-strings: conversions, = specifier, nested specs, width/precision/alignment.
name = "Ada"; n = 42; pi = 3.14159265; neg = -7
print(f"plain {name} {n}")
print(f"conversions {name!r} {name!s} {'héllo'!a} {'x'!r:>6}")
print(f"expr {n * 2} {n // 5} {[1, 2][1]} {'a' + 'b'} {len(name)}")
print(f"= spec {n=} {name=} {n * 2 = } {pi=:.2f} {name=!s}")
print(f"width |{n:5}|{n:<5}|{n:^5}|{n:>5}|{name:10}|{name:>10}|{name:^9}|")
print(f"fill |{n:*^9}|{n:0>6}|{name:-<8}|{neg:=+6}|{n:+}|{neg:+}|{n: }|")
print(f"precision {pi:.3f} {pi:.0f} {pi:10.4f} {pi:<10.2f}| {pi:e} {pi:.2e} {pi:g} {1e20:g}")
print(f"ints {n:b} {n:o} {n:x} {n:X} {n:#b} {n:#o} {n:#x} {n:08b} {n:c}")
print(f"grouping {1234567:,} {1234567:_} {1234567.891:,.2f} {0xdeadbeef:_x}")
print(f"percent {0.256:.1%} {1:%}")
w = 8; p = 3
print(f"nested |{pi:{w}.{p}f}|{name:{'>' if n else '<'}{w}}|{n:{'x'}}|")
print(f"braces {{literal}} {{{n}}}")
print(f"dict {({'k': 1})['k']} {dict(a=1)['a']}")
print(f'quotes {"double"!r} {"it" "s"}', f"{'single'}")
print(f"multi-part " f"{n} " "plain " f"{name}")
print(f"""triple {n}
second line {name!r}""")
print(f"str methods {name.upper()} {name.lower():>5}")
print(f"{'nested f':>{w + 4}}|")
print(f"{f'{n:x}':>6}|")
print(f"lambda {(lambda v: v * 2)(4)}")
print(f"conditional {'even' if n % 2 == 0 else 'odd'}")
print(f"none {None} {None!r} {True} {False:d} {True:>5}")
print(f"float special {float('inf')} {float('nan')} {-0.0} {1e16} {1e-5}")
print(f"datetime-like {3:02d}:{7:02d}:{9:02d}")
print(f"signs {3.5:+.1f} {-3.5: .1f} {3.5: .1f}")
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
print(f"custom {P()} {P():abc} {P()!r} {P()!s} {P()!r:>6}")
try:
    f"{n:q}"
except ValueError as e:
    print("bad spec:", e)
try:
    f"{name:d}"
except ValueError as e:
    print("bad spec str:", e)
try:
    f"{3.5:d}"
except ValueError as e:
    print("bad spec float:", e)
print(f"{'':=^20}")
items = [("apple", 1.5), ("kiwi", 12.25)]
for it, price in items:
    print(f"{it:<8}|{price:>8.2f}|")
print(f"{n!r:^7}|{[1, 2]!s:>8}|")
print(f"{'tab':>6}|{'tab':.2}|{'tab':5.1}|")
x = 5
print(f"{x = :>4}|{x=!r:>4}|")
print(f"{3+4j} {complex(1, -1):.1f}")
print(f"{12345678901234567890:,}")
print(f"{-12:08.2f} {12:+08d} {-12:x}")
