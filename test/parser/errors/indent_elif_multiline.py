if y:
  pass
elif (
x):
pass
