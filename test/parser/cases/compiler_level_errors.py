nonlocal x
return 1
x = ()()
break
continue
yield x
await_ = 1
def f(a, a): pass
*a = 1
*a, *b = c
