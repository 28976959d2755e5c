foo(cas b)
