a or b and not c
x if y else z
lambda: 0
lambda x, y=1, *a, k, **kw: x + y
lambda *, k=1: k
lambda a, /, b: a
(x := 10)
f(y := 5)
[y := 1, y ** 2]
a < b <= c > d >= e == f != g in h not in i is j is not k
1 + 2 - 3 * 4 / 5 // 6 % 7 @ m ** -8 ** 2
a | b ^ c & d << e >> f
-x + +y - ~z
not not x
f(*a, *b, k=1, **d)
f(a, b, *c, d=e, *f, **g, h=i)
f(x for x in y)
f(x for x in y if x if not x for z in x)
[*a, *b]
{**a, 'k': 1, **b}
{1, 2, *s}
[x for x in range(10) if x % 2 for y in x]
{x for x in y}
{k: v for k, v in items}
(x for x in y)
a[1:2, ::3]
a[:]
a[::]
a[1:]
a[:2]
a[::2]
a[1:2:3]
a[b, c]
a[*b]
a[b:c, *d]
a[(1, 2)]
a.b.c(d)[e].f
x = (1,)
x = ()
x = (1, 2, *c)
x = [1, 2,]
x = {}
x = {1: 2, 3: 4,}
...
None, True, False
f(a)(b)(c)
yield_ = 1
def gen():
    x = yield 1
    y = yield from z
    await_ = (yield)
    print((yield x, y))
    return (yield)
a if b else c if d else e
(a, b) = c
x = *a, *b
print(*args, sep='')
f(**{'a': 1})
f(a=1)(b=2)
[[x, y] for x in a for y in b]
(
  a
  +
  b
)
x = 1 if y else 2
del x
f()
f(a,)
f(*a,)
f(**a,)
