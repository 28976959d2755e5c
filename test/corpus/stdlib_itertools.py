import itertools as it
tests = ["it.count(5)", "it.count(5, 2)", "it.count(0.5, 0.25)", "it.count(1, 1.0)", "it.count('a')", "it.repeat(1, 3)", "it.repeat(1)", "it.repeat(1, -2)", "it.islice([], -1)", "it.islice([], 1, -1)", "it.islice([], 1, 2, 0)", "it.islice([], 'a')", "it.islice([])", "it.islice([], 1,2,3,4)", "it.combinations('abc', -1)", "it.permutations('abc', -1)", "it.tee([], -1)", "it.product('a', repeat=-1)", "list(it.product('ab', repeat=0))", "list(it.chain(1))", "it.cycle(1)", "it.accumulate([1], initial=2, x=3)", "it.zip_longest(1)", "it.starmap(1)", "it.groupby(1)", "it.pairwise(1)", "it.compress(1, 2)", "it.takewhile(1)", "type(it.count)", "type(it.chain.from_iterable([]))", "it.count(10)", "list(it.permutations('abc', 5))", "it.combinations('abc')", "list(it.combinations_with_replacement('', 2))", "list(it.combinations_with_replacement('', 0))", "len(it.tee([1,2]))", "it.repeat(1, 3).__length_hint__()", "it.count(2**70, -1)", "it.count(step=3)", "next(it.count(1j))"]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
r = it.repeat('a', 3); next(r); print(repr(r))
c = it.count(3); next(c); print(repr(c))
