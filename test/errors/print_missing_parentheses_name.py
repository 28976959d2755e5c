msg = 'hi'
print msg
