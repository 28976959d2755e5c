# One thread works inside built-ins that call back into Python (a sort key, a generator
# consumed by sum(), map()), where the built-in keeps objects only it can see, while another
# thread allocates enough to make collections due: a collection must not run then (the thread
# vetoes it), and must run again once it is out.
import threading

results = {}


def slow_key(item):
    # Loops, so that the thread reaches (nested) boundaries while the sort runs.
    total = 0
    for i in range(30):
        total += i
    return [item[0] % 97, total, [item[1]] * 2]


def keyed_sort():
    # While it sorts, the list's items and every key made so far are held by the sort alone.
    items = [(v, 'item %d' % v) for v in range(3000, 0, -1)]
    ordered = sorted(items, key=slow_key)
    results['sort'] = (ordered[:3], ordered[-3:], len(ordered))


def generator_sum():
    def pieces():
        for i in range(20000):
            chunk = [i, str(i), (i, i + 1)]
            yield len(chunk[1]) + chunk[2][1]
    results['sum'] = sum(pieces())
    results['map'] = sum(map(lambda i: len([i] * (i % 7)), range(20000)))


def churn():
    keep = [None] * 100
    for i in range(20000):
        keep[i % 100] = [i] * 20
    results['churn'] = sum(len(k) for k in keep)


threads = [threading.Thread(target=f) for f in (keyed_sort, generator_sum, churn)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in ('sort', 'sum', 'map', 'churn'):
    print(name, results[name])
