import random
tot = 0
h = 0
for c in range(0, 240, 7):
    rng = random.Random(12345 + c)
    for _ in range(300):
        s = rng.randrange(100); d = rng.randrange(99); a = rng.randint(1, 500)
        h = (h * 31 + s * 1000 + d * 7 + a) % 1000000007
print(h)
r = random.Random(-5); print(r.random(), r.randrange(10**30), r.getrandbits(77))
for s in ["hello", b"bytes", bytearray(b"x"), 3.5, -2.25, 0, 2**200, -(2**100), "", "ü"]:
    r = random.Random(s); print(repr(s), r.random(), r.randint(0, 100))
r = random.Random(7)
print(r.choices(range(10), k=5), r.choices("abc", weights=[1, 2, 3], k=6), r.choices("abc", cum_weights=[1, 2, 3], k=4))
print(r.uniform(1, 2), r.triangular(), r.triangular(0, 10, 3), r.gauss(), r.gauss(1, 2), r.normalvariate(), r.lognormvariate(0, 1))
print(r.expovariate(2), r.vonmisesvariate(1, 2), r.vonmisesvariate(1, 0), r.gammavariate(0.5, 1), r.gammavariate(1, 2), r.gammavariate(3, 2))
print(r.betavariate(2, 3), round(r.paretovariate(2), 12), r.weibullvariate(1, 2), r.randbytes(5))
print(r.sample(range(100000), 10), r.sample(list("abcdefghij"), 10), r.sample(["a", "b"], k=4, counts=[2, 3]))
st = r.getstate(); print(st[0], len(st[1]), st[1][-1], st[2])
x = [r.random() for _ in range(700)]
r.setstate(st); y = [r.random() for _ in range(700)]
print(x == y, x[-1])
for bad in [lambda: r.randrange(0), lambda: r.randrange(5, 5), lambda: r.randrange(1, 10, 0), lambda: r.choice([]), lambda: r.sample({1, 2}, 1), lambda: r.sample([1], 2), lambda: r.seed([1]), lambda: r.getrandbits(-1), lambda: r.choices([1], [1, 2]), lambda: r.gammavariate(0, 1), lambda: r.setstate((9, (), None))]:
    try: bad(); print("no error")
    except Exception as e: print(type(e).__name__, e)
class R(random.Random):
    def random(self): return 0.5
print(R(1).randrange(10), R(1).choice("abc"))
print(random.Random(3).randrange(2**70, 2**71), random.Random(4).randint(-10**20, 10**20))
print("section big seeds")
for seed in [1, 2 ** 32, 2 ** 64 + 3, 10 ** 30, -17]:
    random.seed(seed)
    print("seed", seed, random.randint(0, 10 ** 6), repr(random.random()))

print("section simulation")
