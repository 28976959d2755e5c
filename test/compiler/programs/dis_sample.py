def add(a, b=1):
    """Adds."""
    return a + b

for i in range(3):
    if i < 2 and add(i) != 2:
        print(f"{i!r}", [x * 2 for x in "ab"])
