import random
class G(random.Random):
    def getrandbits(self, k):
        return super().getrandbits(k) ^ 1 if k else 0
g = G(3); print([g.randrange(10) for _ in range(10)], g.randint(1, 100), g.choice("abcdef"))
x = list(range(10)); g.shuffle(x); print(x)
s = random.SystemRandom(); v = s.randrange(10); print(0 <= v < 10, 0 <= s.random() < 1, len(s.randbytes(4)), s.getrandbits(0))
r = random.Random(9)
print(r.randrange(start=3, stop=30, step=3), r.randint(a=1, b=2), r.randrange(10, 0, -2), r.randrange(True, 5), r.randrange(2.0, 9))
for f in [lambda: r.randrange(5, None, 2), lambda: r.randrange(0, 10, 1.5), lambda: r.randrange('a'), lambda: r.randint(1, 'b'), lambda: r.choice({}), lambda: r.shuffle((1, 2))]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(random.randrange(3) in (0, 1, 2))
