import operator as op
print(op.itemgetter(1)([1,2]), op.itemgetter(0, 2)("abc"), repr(op.itemgetter(1, 'a')), repr(op.attrgetter('a.b', 'c')), repr(op.methodcaller('f', 1, k=2)))
class A: pass
a = A(); a.b = A(); a.b.c = 5; a.x = 1
print(op.attrgetter('b.c')(a), op.attrgetter('x', 'b.c')(a), op.methodcaller('upper')('abc'), op.methodcaller('split', ',', maxsplit=1)('a,b,c'))
print(op.index(5), op.length_hint([1,2]), op.length_hint(iter([1,2,3])), op.length_hint(object(), 7), op.add(1, 2), op.concat([1], [2]), op.countOf([1,2,1], 1), op.indexOf("abc", "c"))
l = [1]; print(op.iadd(l, [2]), l, op.iadd(1, 2), op.__add__(3, 4), op.not_(0), op.truth([]), op.neg(3), op.invert(5), op.call(max, 1, 2))
for f in [lambda: op.index(1.5), lambda: op.attrgetter(1), lambda: op.methodcaller(), lambda: op.methodcaller(1), lambda: op.concat(1, 2), lambda: op.indexOf([1], 2), lambda: op.itemgetter()]:
    try: f(); print("no error")
    except Exception as e: print(type(e).__name__, e)
print(sorted([(1, 'b'), (0, 'a')], key=op.itemgetter(1)))
