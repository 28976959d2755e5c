"""Weak references: ref is built in (module _weakref); the containers, finalize and proxy
are written here over it. A weak reference is cleared by the collector, so an object with no
strong references left disappears from these containers at the next collection."""

from _weakref import ref, ReferenceType

__all__ = ['ref', 'ReferenceType', 'proxy', 'ProxyType', 'WeakMethod', 'WeakValueDictionary',
           'WeakKeyDictionary', 'WeakSet', 'finalize']


class WeakMethod(ref):
    """A weak reference to a bound method: it lives as long as the object and the function."""

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        self = ref.__new__(cls, obj, callback)
        self._func_ref = ref(func)
        return self

    def __call__(self):
        obj = ref.__call__(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return func.__get__(obj, type(obj))


class ProxyType:
    """weakref.proxy: forwards attribute access and common operators to the referent."""

    __slots__ = ('_ref',)

    def __init__(self, obj, callback=None):
        object.__setattr__(self, '_ref', ref(obj) if callback is None else ref(obj, lambda r: callback(self)))

    def _target(self):
        obj = object.__getattribute__(self, '_ref')()
        if obj is None:
            raise ReferenceError('weakly-referenced object no longer exists')
        return obj

    def __getattr__(self, name):
        return getattr(ProxyType._target(self), name)

    def __setattr__(self, name, value):
        setattr(ProxyType._target(self), name, value)

    def __delattr__(self, name):
        delattr(ProxyType._target(self), name)

    def __repr__(self):
        obj = object.__getattribute__(self, '_ref')()
        return '<weakproxy at 0x%x; %s>' % (id(self), 'dead' if obj is None else 'to %r at 0x%x' % (type(obj).__name__, id(obj)))

    def __str__(self):
        return str(ProxyType._target(self))

    def __bool__(self):
        return bool(ProxyType._target(self))

    def __len__(self):
        return len(ProxyType._target(self))

    def __iter__(self):
        return iter(ProxyType._target(self))

    def __contains__(self, item):
        return item in ProxyType._target(self)

    def __getitem__(self, key):
        return ProxyType._target(self)[key]

    def __setitem__(self, key, value):
        ProxyType._target(self)[key] = value

    def __delitem__(self, key):
        del ProxyType._target(self)[key]

    def __call__(self, *args, **kwargs):
        return ProxyType._target(self)(*args, **kwargs)

    def __eq__(self, other):
        return ProxyType._target(self) == other

    def __ne__(self, other):
        return ProxyType._target(self) != other

    def __lt__(self, other):
        return ProxyType._target(self) < other

    def __le__(self, other):
        return ProxyType._target(self) <= other

    def __gt__(self, other):
        return ProxyType._target(self) > other

    def __ge__(self, other):
        return ProxyType._target(self) >= other

    def __add__(self, other):
        return ProxyType._target(self) + other

    def __sub__(self, other):
        return ProxyType._target(self) - other

    def __mul__(self, other):
        return ProxyType._target(self) * other

    __hash__ = None


CallableProxyType = ProxyType


def proxy(obj, callback=None):
    return ProxyType(obj, callback)


class WeakValueDictionary:
    """A mapping whose values are held weakly: an entry goes when its value dies."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        selfref = ref(self)

        def remove(wr, selfref=selfref):
            self = selfref()
            if self is not None and self.data.get(wr.key) is wr:
                del self.data[wr.key]
        self._remove = remove
        self.update(other, **kw)

    def _ref(self, key, value):
        wr = _KeyedRef(value, self._remove)
        wr.key = key
        return wr

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = self._ref(key, value)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        wr = self.data.get(key)
        return wr is not None and wr() is not None

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __iter__(self):
        for key, wr in list(self.data.items()):
            if wr() is not None:
                yield key

    def __repr__(self):
        return '<WeakValueDictionary at 0x%x>' % id(self)

    def get(self, key, default=None):
        wr = self.data.get(key)
        if wr is None:
            return default
        o = wr()
        return default if o is None else o

    def keys(self):
        return list(iter(self))

    def items(self):
        out = []
        for key, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                out.append((key, o))
        return out

    def values(self):
        return [o for _, o in self.items()]

    def valuerefs(self):
        return list(self.data.values())

    def itervaluerefs(self):
        return iter(list(self.data.values()))

    def pop(self, key, *default):
        try:
            o = self.data.pop(key)()
        except KeyError:
            if default:
                return default[0]
            raise
        if o is None:
            if default:
                return default[0]
            raise KeyError(key)
        return o

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=(), /, **kw):
        if hasattr(other, 'items'):
            other = other.items()
        for key, value in other:
            self[key] = value
        for key, value in kw.items():
            self[key] = value

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakValueDictionary(self.items())

    __copy__ = copy


class _KeyedRef(ref):
    """A weak reference that remembers the key of its WeakValueDictionary entry."""

    def __init__(self, ob, callback):
        pass


class WeakKeyDictionary:
    """A mapping whose keys are held weakly: an entry goes when its key dies."""

    def __init__(self, dict=None):
        self.data = {}
        selfref = ref(self)

        def remove(k, selfref=selfref):
            self = selfref()
            if self is not None:
                self.data.pop(k, None)
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __repr__(self):
        return '<WeakKeyDictionary at 0x%x>' % id(self)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def keys(self):
        return list(iter(self))

    def items(self):
        out = []
        for wr, value in list(self.data.items()):
            o = wr()
            if o is not None:
                out.append((o, value))
        return out

    def values(self):
        return [v for _, v in self.items()]

    def keyrefs(self):
        return list(self.data)

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            o = wr()
            if o is not None:
                return o, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kw):
        if dict is not None:
            if hasattr(dict, 'items'):
                dict = dict.items()
            for key, value in dict:
                self[key] = value
        for key, value in kw.items():
            self[key] = value

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakKeyDictionary(self.items())

    __copy__ = copy


class WeakSet:
    """A set whose members are held weakly: a member goes when it dies."""

    def __init__(self, data=None):
        self.data = set()
        selfref = ref(self)

        def remove(item, selfref=selfref):
            self = selfref()
            if self is not None:
                self.data.discard(item)
        self._remove = remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return '<WeakSet at 0x%x>' % id(self)

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        while True:
            o = self.data.pop()()
            if o is not None:
                return o

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakSet(self)

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def __eq__(self, other):
        if not isinstance(other, WeakSet):
            return NotImplemented
        return set(self) == set(other)

    def issubset(self, other):
        return set(self) <= set(other)

    def issuperset(self, other):
        return set(self) >= set(other)

    def union(self, other):
        return WeakSet(list(self) + list(other))

    __or__ = union

    def intersection(self, other):
        return WeakSet(item for item in other if item in self)

    __and__ = intersection

    def difference(self, other):
        return WeakSet(item for item in self if item not in other)

    __sub__ = difference


class finalize:
    """finalize(obj, func, *args, **kwargs): calls func(*args, **kwargs) once, when obj dies
    or when the finalize object is called, whichever comes first."""

    _registry = {}
    atexit = True

    def __init__(self, obj, func, /, *args, **kwargs):
        self._info = (func, args, kwargs or {})
        self._ref = ref(obj, self)
        finalize._registry[self] = True

    def __call__(self, _=None):
        if finalize._registry.pop(self, None) is not None:
            func, args, kwargs = self._info
            return func(*args, **kwargs)

    def detach(self):
        obj = self._ref()
        if obj is not None and finalize._registry.pop(self, None) is not None:
            func, args, kwargs = self._info
            return (obj, func, args, kwargs)

    def peek(self):
        obj = self._ref()
        if obj is not None and self in finalize._registry:
            func, args, kwargs = self._info
            return (obj, func, args, kwargs)

    @property
    def alive(self):
        return self in finalize._registry

    def __repr__(self):
        obj = self._ref()
        if obj is None:
            return '<finalize object at 0x%x; dead>' % id(self)
        return '<finalize object at 0x%x; for %r at 0x%x>' % (id(self), type(obj).__name__, id(obj))
