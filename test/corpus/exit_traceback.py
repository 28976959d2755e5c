# Ends with an uncaught TypeError raised three calls deep (status 1, traceback on stderr).
def level_three(value):
    return value + 1

def level_two(value):
    doubled = value * 2
    return level_three(doubled)

def level_one(value):
    print("level_one got", repr(value))
    return level_two(value)

print("before the error")
print(level_one(20))
level_one("text")
print("never printed")
