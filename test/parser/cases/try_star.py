# try statements with except* clauses.
try:
    f()
except* ValueError:
    pass
except* (TypeError, KeyError) as eg:
    print(eg)
else:
    pass
finally:
    pass
try:
    g()
except *OSError as e:
    raise
