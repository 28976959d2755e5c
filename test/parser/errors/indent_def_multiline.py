def f(
):
pass
