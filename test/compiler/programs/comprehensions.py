data = [1, 2, 3]
squares = [x * x for x in data]
evens = {x for x in data if x % 2 == 0 if x > 0}
mapping = {x: str(x) for x in data}
pairs = [(x, y) for x in data for y in range(x) if y]
gen = (x + 1 for x in data)
nested = [[y for y in range(x)] for x in data]

def in_function(items, offset):
    result = [i + offset for i in items]
    total = sum(i for i in items)
    if any((found := i) > 1 for i in items):
        print(found)
    [last := i for i in items]
    return result, total, last

class InClass:
    values = [1, 2]
    doubled = [v * 2 for v in values]

def comp_walrus_global():
    global G
    return [G := i for i in range(3)]

module_walrus = [mw := i for i in range(3)]
