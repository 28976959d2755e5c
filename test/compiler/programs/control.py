def loops(items):
    total = 0
    for i in items:
        if i < 0:
            continue
        if i > 100:
            break
        total += i
    else:
        total = -1
    n = 0
    while n < 10:
        n += 1
        if n == 5:
            break
    else:
        n = 0
    while True:
        n -= 1
        if n < 0:
            break
    for a, b in [(1, 2)]:
        for c in range(a):
            if c:
                break
        else:
            continue
    return total, n

def tries(x):
    try:
        y = 1 / x
    except ZeroDivisionError as e:
        print("zero", e)
        y = 0
    except (TypeError, ValueError):
        y = -1
    except Exception:
        raise
    except:
        raise RuntimeError("other") from None
    else:
        y += 1
    finally:
        print("finally")
    try:
        pass
    finally:
        x = 2
    try:
        return y
    finally:
        print("leaving")

def loop_finally(items):
    for i in items:
        try:
            if i:
                continue
            if i is None:
                break
            return i
        finally:
            print("fin", i)
    while items:
        try:
            items.pop()
        except IndexError:
            break
        else:
            continue

def withs(path):
    with open(path) as f:
        data = f.read()
    with open(path) as f, open(path) as g:
        return f.read() + g.read()
    with open(path):
        for line in data:
            if line:
                break
            continue
    try:
        with open(path) as (a, b):
            raise ValueError
    except ValueError as err:
        return err

def return_in_finally():
    try:
        raise KeyError
    finally:
        return 5

def nested_handlers():
    try:
        try:
            raise ValueError
        except ValueError as inner:
            try:
                raise TypeError
            except TypeError:
                return inner
    except Exception as outer:
        del outer
