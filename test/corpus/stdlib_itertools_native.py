# itertools: laziness, consumption and edge cases of the native iterator types
import itertools as it

src = iter(range(10))
print(list(it.islice(src, 2, 5)), next(src))
src = iter(range(10))
print(list(it.islice(src, 1, 8, 3)), next(src))
src = iter(range(10))
print(list(it.islice(src, 0)), next(src))
src = iter(range(3))
print(list(it.islice(src, 5, 7)), next(src, 'end'))
print(list(it.islice(range(10), None)), list(it.islice(range(10), 3, None, 2)), list(it.islice(range(10), None, None, None)))
s = it.islice(it.count(), 2, 8, 2)
print(next(s), list(s), list(s))
c = it.chain.from_iterable(iter([[1, 2], [3]]))
print(next(c), list(c), list(c))
print(list(it.chain()), list(it.chain([], [], [1])))
print(list(it.permutations('abc', 4)), list(it.permutations('', 0)), list(it.permutations('ab', 0)), list(it.permutations([])))
print(list(it.combinations([], 0)), list(it.combinations('ab', 0)), list(it.combinations_with_replacement('ab', 3)))
print(list(it.product('ab', 'cd', repeat=2))[:5], list(it.product([], 'a')), list(it.product(repeat=3)))
print(list(it.starmap(lambda *a: sum(a), [(1, 2), [3, 4, 5], ()])), list(it.pairwise('ab')), list(it.pairwise('')))
cnt = it.count(1.5, 0.5)
print(next(cnt), next(cnt), repr(cnt), repr(it.count(-3)), repr(it.count(0, -1)), repr(it.count(True)))
r = it.repeat([1], 2)
print(r.__length_hint__(), list(r), r.__length_hint__(), repr(r))
print(type(it.count()).__name__, type(it.product()).__module__, isinstance(it.chain(), it.chain))
for f in [lambda: it.count(1, 'a'), lambda: it.repeat(), lambda: it.islice(range(3), 1, 'x'), lambda: it.islice(range(3), -1, 2),
          lambda: it.product([1], repeat=-2), lambda: it.permutations('a', 'b'), lambda: it.combinations('a', -2), lambda: it.starmap(pow),
          lambda: it.chain(1, 2, x=3), lambda: next(it.chain(1)), lambda: it.pairwise(), lambda: it.repeat(1).__length_hint__(), lambda: list(it.starmap(pow, [1]))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
