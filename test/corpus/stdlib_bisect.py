# bisect: bisect_left/right, insort_left/right with lo, hi and key
import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in (0, 1, 2, 4, 8, 9):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 2, hi=1))
print(bisect.bisect_left(a, 2, lo=10), bisect.bisect_right(a, 9, 3, 100) if False else 'skip')
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print("lo", e)
b = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, v)
print(b)
bisect.insort_left(b, 5)
bisect.insort_right(b, 5, 0, 4)
print(b)
recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
key = lambda r: r[1]
print(bisect.bisect_left(recs, 3, key=key), bisect.bisect_right(recs, 3, key=key), bisect.bisect(recs, 0, key=key))
bisect.insort(recs, ('e', 3), key=key)
bisect.insort_left(recs, ('f', 3), key=key)
print(recs)
print(bisect.bisect_left("acegi", "d"), bisect.bisect_right((1.5, 2.5), 2))
