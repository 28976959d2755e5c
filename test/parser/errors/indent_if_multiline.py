if (
x):
pass
