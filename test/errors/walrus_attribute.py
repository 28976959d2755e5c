class A:
    pass
(A.x := 1)
