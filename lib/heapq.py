"""Heap queue: a min-heap kept in a list, heap[k] <= heap[2*k+1] and heap[2*k+2]."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _sift_toward_root(heap, root, pos):
    """Moves heap[pos] up toward `root` while it is smaller than its parent."""
    item = heap[pos]
    while pos > root:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if item < above:
            heap[pos] = above
            pos = parent
            continue
        break
    heap[pos] = item


def _sift_to_leaf(heap, pos):
    """Fills the hole at pos by moving the smaller child up until a leaf is reached, then
    puts the displaced item there and sifts it back toward pos (fewer comparisons than
    comparing it at every level)."""
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)


def heappush(heap, item):
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _sift_to_leaf(heap, 0)
        return top
    return last


def heapreplace(heap, item):
    """Pops the smallest item, then pushes item (the heap must not be empty)."""
    if not heap:
        raise IndexError('index out of range')
    top = heap[0]
    heap[0] = item
    _sift_to_leaf(heap, 0)
    return top


def heappushpop(heap, item):
    """Pushes item, then pops the smallest; faster than the two calls."""
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_to_leaf(heap, 0)
    return item


def heapify(x):
    for i in reversed(range(len(x) // 2)):
        _sift_to_leaf(x, i)


# Max-heap variants, used by merge(reverse=True) and nsmallest.

def _sift_toward_root_max(heap, root, pos):
    item = heap[pos]
    while pos > root:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if above < item:
            heap[pos] = above
            pos = parent
            continue
        break
    heap[pos] = item


def _sift_to_leaf_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root_max(heap, start, pos)


def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _sift_to_leaf_max(x, i)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _sift_to_leaf_max(heap, 0)
        return top
    return last


def _heapreplace_max(heap, item):
    top = heap[0]
    heap[0] = item
    _sift_to_leaf_max(heap, 0)
    return top


def merge(*iterables, key=None, reverse=False):
    """Merges sorted inputs into one sorted iterator; equal items come in input order."""
    if reverse:
        order_heapify, order_pop, order_replace, direction = (
            _heapify_max, _heappop_max, _heapreplace_max, -1)
    else:
        order_heapify, order_pop, order_replace, direction = heapify, heappop, heapreplace, 1
    # Entries are [sort key, input order, value, next]: the order breaks ties stably.
    h = []
    for order, it in enumerate(map(iter, iterables)):
        nxt = it.__next__
        try:
            value = nxt()
        except StopIteration:
            continue
        h.append([value if key is None else key(value), order * direction, value, nxt])
    order_heapify(h)
    while len(h) > 1:
        try:
            while True:
                entry = h[0]
                yield entry[2]
                value = entry[3]()
                entry[2] = value
                entry[0] = value if key is None else key(value)
                order_replace(h, entry)
        except StopIteration:
            order_pop(h)
    if h:
        entry = h[0]
        yield entry[2]
        yield from _rest(entry[3])


def _rest(nxt):
    while True:
        try:
            yield nxt()
        except StopIteration:
            return


def nsmallest(n, iterable, key=None):
    """The n smallest items, as sorted(iterable, key=key)[:n]."""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if n <= 0:
        return []
    # A max-heap of the n best so far, as [key, order, value]: order keeps equal keys stable.
    it = iter(iterable)
    heap = []
    for order, value in zip(range(n), it):
        heap.append([value if key is None else key(value), order, value])
    if not heap:
        return []
    _heapify_max(heap)
    top = heap[0][0]
    order = n
    for value in it:
        k = value if key is None else key(value)
        if k < top:
            _heapreplace_max(heap, [k, order, value])
            top = heap[0][0]
            order += 1
    heap.sort()
    return [entry[2] for entry in heap]


def nlargest(n, iterable, key=None):
    """The n largest items, as sorted(iterable, key=key, reverse=True)[:n]."""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    # A min-heap of the n best so far; decreasing order numbers keep equal keys stable.
    it = iter(iterable)
    heap = []
    for order, value in zip(range(0, -n, -1), it):
        heap.append([value if key is None else key(value), order, value])
    if not heap:
        return []
    heapify(heap)
    top = heap[0][0]
    order = -n
    for value in it:
        k = value if key is None else key(value)
        if top < k:
            heapreplace(heap, [k, order, value])
            top = heap[0][0]
            order -= 1
    heap.sort(reverse=True)
    return [entry[2] for entry in heap]
