if x:
    a
   b
