"""Shallow and deep copies: copy(x) and deepcopy(x, memo)."""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error


def _function():
    pass


# Values that copy and deepcopy return unchanged.
_ATOMIC = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex, str,
           bytes, type, range, type(_function), type(len), property, slice}

# Built-in immutable bases whose subclasses are rebuilt as cls.__new__(cls, base(x)).
_VALUE_BASES = (tuple, int, float, str, bytes, frozenset, complex)


def _overrides_reduce(cls):
    """Whether a class (not object) defines __reduce_ex__ or __reduce__ itself."""
    for klass in cls.__mro__:
        if klass is object:
            return False
        if '__reduce_ex__' in klass.__dict__ or '__reduce__' in klass.__dict__:
            return True
    return False


def _state_of(x):
    """The instance state: what its own __getstate__ returns, else its __dict__ (if any)
    and the values of its __slots__."""
    if any('__getstate__' in k.__dict__ for k in type(x).__mro__ if k is not object):
        state = x.__getstate__()
        if isinstance(state, tuple) and len(state) == 2:
            return state[0], state[1] or {}
        return state, {}
    state = getattr(x, '__dict__', None)
    slots = {}
    for klass in type(x).__mro__:
        names = klass.__dict__.get('__slots__', ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = f'_{klass.__name__.lstrip("_")}{name}'
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    return state, slots


def _new_empty(x, cls):
    """A new instance of cls with no state, made without calling __init__."""
    getnewargs = getattr(x, '__getnewargs__', None)
    if getnewargs is not None:
        return cls.__new__(cls, *getnewargs())
    for base in _VALUE_BASES:
        if isinstance(x, base):
            return cls.__new__(cls, base(x))
    return cls.__new__(cls)


def _uncopyable(x):
    raise TypeError(f"cannot pickle '{type(x).__name__}' object")


def _check_copyable(x):
    name = type(x).__name__
    if name in ('generator', 'coroutine', 'module', 'frame', 'code', 'traceback'):
        _uncopyable(x)


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if cls is tuple or cls is frozenset:
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if _overrides_reduce(cls):
        return _reconstruct(x, None, *_reduce(x))
    _check_copyable(x)
    y = _new_empty(x, cls)
    _fill(y, x, None)
    return y


def _fill(y, x, memo):
    """Copies x's container items and instance state into the new y (deeply if memo)."""
    deep = memo is not None
    if isinstance(x, list) and not isinstance(x, tuple):
        for item in list.__iter__(x):
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for key, value in dict.items(x):
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    elif isinstance(x, set):
        for item in set.__iter__(x):
            y.add(deepcopy(item, memo) if deep else item)
    state, slots = _state_of(x)
    if state:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None and _defines_setstate(type(y)):
            setstate(state)
            return
        y.__dict__.update(state)
    for name, value in slots.items():
        setattr(y, name, deepcopy(value, memo) if deep else value)


def _defines_setstate(cls):
    return any('__setstate__' in k.__dict__ for k in cls.__mro__ if k is not object)


def _reduce(x):
    reductor = getattr(x, '__reduce_ex__', None)
    rv = reductor(4) if reductor is not None else x.__reduce__()
    if isinstance(rv, str):
        return None
    return rv


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *rest):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__') and _defines_setstate(type(y)):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y


def _keep_alive(x, memo):
    """Keeps x alive while memo lives, so that its id is not reused for another object."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo maps id(original) to its copy, so shared and recursive
    structure is copied once."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A tuple that holds itself through a list was copied while copying its items.
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = {deepcopy(item, memo) for item in x}
    elif cls is frozenset:
        y = frozenset(deepcopy(item, memo) for item in x)
    elif cls is bytearray:
        y = bytearray(x)
    elif _is_deque(cls):
        y = cls(maxlen=x.maxlen)
        memo[d] = y
        y.extend(deepcopy(item, memo) for item in x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        elif _overrides_reduce(cls):
            rv = _reduce(x)
            y = x if rv is None else _reconstruct(x, memo, *rv)
        else:
            _check_copyable(x)
            y = _new_deep(x, cls, memo)
            memo[d] = y
            _fill(y, x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _new_deep(x, cls, memo):
    """Like _new_empty, with deep copies of the constructor arguments."""
    getnewargs = getattr(x, '__getnewargs__', None)
    if getnewargs is not None:
        return cls.__new__(cls, *deepcopy(getnewargs(), memo))
    if isinstance(x, (tuple, frozenset)):
        base = tuple if isinstance(x, tuple) else frozenset
        return cls.__new__(cls, base(deepcopy(item, memo) for item in x))
    return _new_empty(x, cls)


def _is_deque(cls):
    from _collections import deque
    return issubclass(cls, deque)
