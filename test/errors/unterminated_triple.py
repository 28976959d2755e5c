x = 1
s = """first line
second line

print(s)
