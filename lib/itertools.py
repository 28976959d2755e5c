"""Iterator building blocks, as CPython 3.11's itertools: each tool is a class whose
instances are their own iterators, with CPython's argument checks and messages. The hot
ones are native (_itertools); the others are written here."""

from _itertools import (
    chain, combinations, combinations_with_replacement, count, islice, pairwise,
    permutations, product, repeat, starmap,
)

__all__ = [
    "accumulate", "chain", "combinations", "combinations_with_replacement", "compress",
    "count", "cycle", "dropwhile", "filterfalse", "groupby", "islice", "pairwise",
    "permutations", "product", "repeat", "starmap", "takewhile", "tee", "zip_longest",
]

_MISSING = object()


def _positional(name, args, lo, hi):
    n = len(args)
    if n < lo:
        if lo == hi:
            raise TypeError(f"{name} expected {lo} argument{'' if lo == 1 else 's'}, got {n}")
        raise TypeError(f"{name} expected at least {lo} argument{'' if lo == 1 else 's'}, got {n}")
    if n > hi:
        if lo == hi:
            raise TypeError(f"{name} expected {hi} argument{'' if hi == 1 else 's'}, got {n}")
        raise TypeError(f"{name} expected at most {hi} argument{'' if hi == 1 else 's'}, got {n}")


def _no_keywords(name, kwargs):
    if kwargs:
        raise TypeError(f"{name}() takes no keyword arguments")


class _Base:
    __slots__ = ()

    def __iter__(self):
        return self

    def __reduce__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")


class cycle(_Base):
    __slots__ = ("_it", "_saved", "_i")

    def __new__(cls, iterable, *rest, **kwargs):
        _no_keywords("cycle", kwargs)
        _positional("cycle", (iterable,) + rest, 1, 1)
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._saved = []
        self._i = -1
        return self

    def __next__(self):
        if self._it is not None:
            for x in self._it:
                self._saved.append(x)
                return x
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        self._i = (self._i + 1) % len(saved)
        return saved[self._i]


class accumulate(_Base):
    __slots__ = ("_it", "_func", "_total", "_started")

    def __new__(cls, iterable, func=None, **kwargs):
        for k in kwargs:
            if k != "initial":
                raise TypeError(f"'{k}' is an invalid keyword argument for accumulate()")
        initial = kwargs.get("initial")
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._func = func
        self._total = initial
        self._started = initial is not None
        if self._started:
            self._total = initial
            self._started = "initial"
        return self

    def __next__(self):
        if self._started == "initial":
            self._started = True
            return self._total
        x = next(self._it)
        if not self._started:
            self._started = True
            self._total = x
            return x
        func = self._func
        self._total = self._total + x if func is None else func(self._total, x)
        return self._total


class compress(_Base):
    __slots__ = ("_data", "_sel")

    def __new__(cls, data, selectors):
        self = object.__new__(cls)
        self._data = iter(data)
        self._sel = iter(selectors)
        return self

    def __next__(self):
        data = self._data
        sel = self._sel
        while True:
            d = next(data)
            if next(sel):
                return d


class dropwhile(_Base):
    __slots__ = ("_pred", "_it", "_done")

    def __new__(cls, *args, **kwargs):
        _no_keywords("dropwhile", kwargs)
        _positional("dropwhile", args, 2, 2)
        self = object.__new__(cls)
        self._pred = args[0]
        self._it = iter(args[1])
        self._done = False
        return self

    def __next__(self):
        if self._done:
            return next(self._it)
        pred = self._pred
        for x in self._it:
            if not pred(x):
                self._done = True
                return x
        raise StopIteration


class takewhile(_Base):
    __slots__ = ("_pred", "_it")

    def __new__(cls, *args, **kwargs):
        _no_keywords("takewhile", kwargs)
        _positional("takewhile", args, 2, 2)
        self = object.__new__(cls)
        self._pred = args[0]
        self._it = iter(args[1])
        return self

    def __next__(self):
        if self._it is None:
            raise StopIteration
        x = next(self._it)
        if self._pred(x):
            return x
        self._it = None
        raise StopIteration


class filterfalse(_Base):
    __slots__ = ("_pred", "_it")

    def __new__(cls, *args, **kwargs):
        _no_keywords("filterfalse", kwargs)
        _positional("filterfalse", args, 2, 2)
        self = object.__new__(cls)
        self._pred = bool if args[0] is None else args[0]
        self._it = iter(args[1])
        return self

    def __next__(self):
        pred = self._pred
        for x in self._it:
            if not pred(x):
                return x
        raise StopIteration


class groupby(_Base):
    __slots__ = ("_it", "_keyfunc", "_tgtkey", "_currkey", "_currvalue", "_marker")

    def __new__(cls, iterable, key=None):
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = self._currkey = self._currvalue = _MISSING
        self._marker = None
        return self

    def _step(self):
        v = next(self._it)
        self._currvalue = v
        self._currkey = v if self._keyfunc is None else self._keyfunc(v)

    def __next__(self):
        self._marker = marker = object()
        # Skip what is left of the current group (the sentinels compare equal at first).
        while self._currkey is _MISSING or self._currkey == self._tgtkey:
            self._step()
        self._tgtkey = self._currkey
        return self._currkey, _grouper(self, self._tgtkey, marker)


class _grouper(_Base):
    __slots__ = ("_parent", "_tgtkey", "_marker", "_advance", "_done")

    def __init__(self, parent, tgtkey, marker):
        self._parent = parent
        self._tgtkey = tgtkey
        self._marker = marker
        self._advance = False
        self._done = False

    def __next__(self):
        if self._done:
            raise StopIteration
        p = self._parent
        if self._advance:
            self._advance = False
            try:
                p._step()
            except StopIteration:
                self._done = True
                raise
        if p._marker is not self._marker or not (p._currkey == self._tgtkey):
            self._done = True
            raise StopIteration
        self._advance = True
        return p._currvalue


class _tee(_Base):
    """One of tee()'s iterators: a position in a shared buffer of links."""
    __slots__ = ("_it", "_link")

    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __next__(self):
        link = self._link
        if link[1] is None:
            link[0] = next(self._it)
            link[1] = [None, None]
        self._link = link[1]
        return link[0]

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2):
    if not isinstance(n, int):
        n = n.__index__()
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    if isinstance(iterable, _tee):
        first = iterable.__copy__()
    else:
        first = _tee(iter(iterable), [None, None])
    return tuple([first] + [_tee(first._it, first._link) for _ in range(n - 1)])


class zip_longest(_Base):
    __slots__ = ("_its", "_active", "_fill")

    def __new__(cls, *iterables, fillvalue=None):
        self = object.__new__(cls)
        self._its = [iter(x) for x in iterables]
        self._active = len(self._its)
        self._fill = fillvalue
        return self

    def __next__(self):
        its = self._its
        if not self._active:
            raise StopIteration
        out = []
        for i, it in enumerate(its):
            if it is None:
                out.append(self._fill)
                continue
            try:
                out.append(next(it))
            except StopIteration:
                its[i] = None
                self._active -= 1
                if not self._active:
                    raise
                out.append(self._fill)
        return tuple(out)
