"""Type hints: the names programs import to annotate (Any, Optional, Union, List, TypeVar,
Generic, Protocol, NamedTuple, ...), with CPython's reprs, plus cast, overload and
get_type_hints. Nothing here is checked at run time."""

import collections
import collections.abc
import sys

TYPE_CHECKING = False

_NoneType = type(None)


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, _GenericAlias):
        if obj is _NoneType:
            return 'NoneType'
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if type(obj) is type(_type_repr):
        return obj.__name__
    return repr(obj)


def _type_check(arg):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class ForwardRef:
    """A type written as a string, evaluated later by get_type_hints."""

    def __init__(self, arg):
        if not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        self.__forward_arg__ = arg

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def _evaluate(self, globalns, localns):
        return _type_check(eval(self.__forward_arg__, globalns, localns))


class _Final:
    """Typing objects that can't be subclassed."""
    __slots__ = ()


class _SpecialForm(_Final):
    """Any, Union, Optional, ClassVar, ...: named objects, most of them subscriptable."""
    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f'{self} cannot be used with isinstance()')

    def __subclasscheck__(self, cls):
        raise TypeError(f'{self} cannot be used with issubclass()')

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass {self!r}')


def _not_subscriptable(self, parameters):
    raise TypeError(f'{self} is not subscriptable')


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError('typing.Any cannot be used with isinstance()')
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return 'typing.Any'
        return super().__repr__()

    def __getitem__(self, item):
        raise TypeError(f"type '{self.__name__}' is not subscriptable")


class Any(metaclass=_AnyMeta):
    """Special type compatible with every type (a class, so it can be subclassed)."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        return super().__new__(cls)


@_SpecialForm
def NoReturn(self, parameters):
    """The type of functions that never return."""
    return _not_subscriptable(self, parameters)


@_SpecialForm
def Never(self, parameters):
    """The bottom type."""
    return _not_subscriptable(self, parameters)


@_SpecialForm
def Self(self, parameters):
    """The type of the current enclosed class."""
    return _not_subscriptable(self, parameters)


@_SpecialForm
def LiteralString(self, parameters):
    """Any literal string."""
    return _not_subscriptable(self, parameters)


@_SpecialForm
def TypeAlias(self, parameters):
    """Marks an explicit type alias."""
    return _not_subscriptable(self, parameters)


def _single(self, parameters):
    if isinstance(parameters, tuple):
        if len(parameters) != 1:
            raise TypeError(f'{self} accepts only single type.')
        parameters = parameters[0]
    return _GenericAlias(self, (_type_check(parameters),))


@_SpecialForm
def ClassVar(self, parameters):
    """Marks a class variable."""
    return _single(self, parameters)


@_SpecialForm
def Final(self, parameters):
    """Marks a name that cannot be re-assigned."""
    return _single(self, parameters)


@_SpecialForm
def TypeGuard(self, parameters):
    """Marks a function narrowing the type of its argument."""
    return _single(self, parameters)


@_SpecialForm
def Required(self, parameters):
    return _single(self, parameters)


@_SpecialForm
def NotRequired(self, parameters):
    return _single(self, parameters)


@_SpecialForm
def Unpack(self, parameters):
    return _single(self, parameters)


def _flatten_union(parameters):
    args = []
    for p in parameters:
        if isinstance(p, _GenericAlias) and p.__origin__ is Union:
            candidates = p.__args__
        else:
            candidates = (p,)
        for c in candidates:
            if c not in args:
                args.append(c)
    return tuple(args)


@_SpecialForm
def Union(self, parameters):
    """Union[X, Y]: either X or Y."""
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    args = _flatten_union(tuple(_type_check(p) for p in parameters))
    if len(args) == 1:
        return args[0]
    return _UnionAlias(self, args)


@_SpecialForm
def Optional(self, parameters):
    """Optional[X] is Union[X, None]."""
    return Union[_single(self, parameters).__args__[0], None]


@_SpecialForm
def Literal(self, parameters):
    """Literal['a', 1]: one of the given values."""
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _LiteralAlias(self, parameters)


@_SpecialForm
def Concatenate(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters)


@_SpecialForm
def Annotated(self, parameters):
    """Annotated[T, x]: type T with metadata x."""
    if not isinstance(parameters, tuple) or len(parameters) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments '
                        '(a type and an annotation).')
    return _AnnotatedAlias(parameters[0], parameters[1:])


class _GenericAlias(_Final):
    """A subscripted generic (List[int]) or a bare alias of a class (List)."""

    def __init__(self, origin, args, *, name=None, inst=True, nparams=-1):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._inst = inst
        self._nparams = nparams
        self.__parameters__ = tuple(a for a in args or () if isinstance(a, TypeVar))

    def __repr__(self):
        if isinstance(self.__origin__, _SpecialForm):
            head = repr(self.__origin__)
        elif self._name:
            head = 'typing.' + self._name
        else:
            head = _type_repr(self.__origin__)
        if self.__args__ is None:
            return head
        if not self.__args__:
            return f'{head}[()]'
        return f'{head}[{", ".join(_type_repr(a) for a in self.__args__)}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getitem__(self, params):
        if self.__args__ is None:
            return self._subscript(params)
        if not self.__parameters__:
            raise TypeError(f'{self!r} is not a generic class')
        if not isinstance(params, tuple):
            params = (params,)
        mapping = dict(zip(self.__parameters__, params))
        args = tuple(mapping.get(a, a) for a in self.__args__)
        return _GenericAlias(self.__origin__, args, name=self._name, inst=self._inst)

    def _subscript(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p) for p in params)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f'Too {"many" if len(params) > self._nparams else "few"} '
                            f'arguments for {self!r}; actual {len(params)}, '
                            f'expected {self._nparams}')
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; '
                            f'use {self.__origin__.__name__}() instead')
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __instancecheck__(self, obj):
        if self.__args__ is not None:
            raise TypeError('Subscripted generics cannot be used with class and instance checks')
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if self.__args__ is not None:
            raise TypeError('Subscripted generics cannot be used with class and instance checks')
        return issubclass(cls, self.__origin__)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _UnionAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _NoneType in args:
            other = args[0] if args[1] is _NoneType else args[1]
            return f'typing.Optional[{_type_repr(other)}]'
        return super().__repr__()

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return any(isinstance(obj, a) for a in self.__args__ if isinstance(a, type))

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, a) for a in self.__args__ if isinstance(a, type))


class _LiteralAlias(_GenericAlias):
    def __repr__(self):
        return f'typing.Literal[{", ".join(repr(a) for a in self.__args__)}]'


class _CallableAlias(_GenericAlias):
    def _subscript(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if args is ...:
            flat = (..., _type_check(result))
        else:
            if not isinstance(args, list):
                raise TypeError(f'Callable[args, result]: args must be a list. Got {args!r}')
            flat = tuple(_type_check(a) for a in args) + (_type_check(result),)
        return _CallableAlias(self.__origin__, flat, name=self._name, inst=self._inst)

    def __repr__(self):
        if self.__args__ is None:
            return super().__repr__()
        *args, result = self.__args__
        if args == [...]:
            inner = '...'
        else:
            inner = '[' + ', '.join(_type_repr(a) for a in args) + ']'
        return f'typing.Callable[{inner}, {_type_repr(result)}]'


class _TupleAlias(_GenericAlias):
    def _subscript(self, params):
        if params == ():
            return _TupleAlias(tuple, (), name='Tuple', inst=False)
        if not isinstance(params, tuple):
            params = (params,)
        return _TupleAlias(tuple, tuple(p if p is ... else _type_check(p) for p in params),
                           name='Tuple', inst=False)


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        meta = ', '.join(repr(m) for m in self.__metadata__)
        return f'typing.Annotated[{_type_repr(self.__origin__)}, {meta}]'


def _alias(origin, nparams, name, inst=True):
    return _GenericAlias(origin, None, name=name, inst=inst, nparams=nparams)


List = _alias(list, 1, 'List', inst=False)
Dict = _alias(dict, 2, 'Dict', inst=False)
Set = _alias(set, 1, 'Set', inst=False)
FrozenSet = _alias(frozenset, 1, 'FrozenSet', inst=False)
Tuple = _TupleAlias(tuple, None, name='Tuple', inst=False)
Type = _alias(type, 1, 'Type', inst=False)
Callable = _CallableAlias(collections.abc.Callable, None, name='Callable')
DefaultDict = _alias(collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _alias(collections.OrderedDict, 2, 'OrderedDict')
Counter = _alias(collections.Counter, 1, 'Counter')
ChainMap = _alias(collections.ChainMap, 2, 'ChainMap')
Deque = _alias(collections.deque, 1, 'Deque')
Text = str

_ABC = collections.abc
Hashable = _alias(_ABC.Hashable, 0, 'Hashable')
Awaitable = _alias(_ABC.Awaitable, 1, 'Awaitable')
Coroutine = _alias(_ABC.Coroutine, 3, 'Coroutine')
AsyncIterable = _alias(_ABC.AsyncIterable, 1, 'AsyncIterable')
AsyncIterator = _alias(_ABC.AsyncIterator, 1, 'AsyncIterator')
AsyncGenerator = _alias(_ABC.AsyncGenerator, 2, 'AsyncGenerator')
Iterable = _alias(_ABC.Iterable, 1, 'Iterable')
Iterator = _alias(_ABC.Iterator, 1, 'Iterator')
Reversible = _alias(_ABC.Reversible, 1, 'Reversible')
Sized = _alias(_ABC.Sized, 0, 'Sized')
Container = _alias(_ABC.Container, 1, 'Container')
Collection = _alias(_ABC.Collection, 1, 'Collection')
AbstractSet = _alias(_ABC.Set, 1, 'AbstractSet')
MutableSet = _alias(_ABC.MutableSet, 1, 'MutableSet')
Mapping = _alias(_ABC.Mapping, 2, 'Mapping')
MutableMapping = _alias(_ABC.MutableMapping, 2, 'MutableMapping')
Sequence = _alias(_ABC.Sequence, 1, 'Sequence')
MutableSequence = _alias(_ABC.MutableSequence, 1, 'MutableSequence')
ByteString = _alias(_ABC.ByteString, 0, 'ByteString')
MappingView = _alias(_ABC.MappingView, 1, 'MappingView')
KeysView = _alias(_ABC.KeysView, 1, 'KeysView')
ItemsView = _alias(_ABC.ItemsView, 2, 'ItemsView')
ValuesView = _alias(_ABC.ValuesView, 1, 'ValuesView')
Generator = _alias(_ABC.Generator, 3, 'Generator')


class TypeVar(_Final):
    """A type variable: T = TypeVar('T'); repr ~T (+T covariant, -T contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__constraints__ = tuple(_type_check(c) for c in constraints)
        self.__bound__ = _type_check(bound) if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        try:
            self.__module__ = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            self.__module__ = '__main__'

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec(_Final):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound

    def __repr__(self):
        return '~' + self.__name__


class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)


class Generic:
    """Base of generic classes: class Stack(Generic[T]). Subscripting a generic class
    gives the class itself, since the VM has no __mro_entries__ for alias bases."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic and not all(isinstance(p, (TypeVar, ParamSpec, TypeVarTuple))
                                      for p in params):
            raise TypeError('Parameters to Generic[...] must all be type variables '
                            'or parameter specification variables.')
        return cls

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '__orig_bases__' not in cls.__dict__:
            cls.__orig_bases__ = cls.__bases__
        cls.__parameters__ = ()


from abc import ABCMeta as _ABCMeta


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        for attr in base.__dict__:
            if not attr.startswith('_abc_') and attr not in (
                    '__abstractmethods__', '__annotations__', '__weakref__', '_is_protocol',
                    '_is_runtime_protocol', '__dict__', '__args__', '__slots__',
                    '__next_in_mro__', '__parameters__', '__origin__', '__orig_bases__',
                    '__extra__', '__tree_hash__', '__doc__', '__subclasshook__', '__init__',
                    '__new__', '__module__', '_MutableMapping__marker', '__qualname__',
                    '__match_args__', '__class_getitem__', '__init_subclass__',
                    '_abc_registry', '_abc_cache', '_abc_negative_cache',
                    '_abc_negative_cache_version'):
                attrs.add(attr)
    return attrs


class _ProtocolMeta(_ABCMeta):
    def __instancecheck__(cls, instance):
        if cls.__dict__.get('_is_protocol', False):
            if not cls.__dict__.get('_is_runtime_protocol', False):
                raise TypeError('Instance and class checks can only be used with '
                                '@runtime_checkable protocols')
            if all(hasattr(instance, attr) and
                   (not callable(getattr(cls, attr, None)) or getattr(instance, attr) is not None)
                   for attr in _protocol_attrs(cls)):
                return True
        return super().__instancecheck__(instance)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base of structural types: classes whose instances just need the same methods."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init

    @classmethod
    def __subclasshook__(cls, other):
        if not cls.__dict__.get('_is_protocol', False):
            return NotImplemented
        if not cls.__dict__.get('_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with '
                            '@runtime_checkable protocols')
        for attr in _protocol_attrs(cls):
            for base in other.__mro__:
                if attr in base.__dict__:
                    if base.__dict__[attr] is None:
                        return NotImplemented
                    break
            else:
                return NotImplemented
        return True


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


def runtime_checkable(cls):
    """Allows isinstance() and issubclass() against a protocol class."""
    if not isinstance(cls, _ProtocolMeta) or not cls._is_protocol:
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        f' got {cls!r}')
    cls._is_runtime_protocol = True
    return cls


def _make_protocol(name, method):
    ns = {method: lambda self: None, '__slots__': ()}
    proto = _ProtocolMeta(name, (Protocol,), ns)
    proto._is_runtime_protocol = True
    return proto


SupportsInt = _make_protocol('SupportsInt', '__int__')
SupportsFloat = _make_protocol('SupportsFloat', '__float__')
SupportsComplex = _make_protocol('SupportsComplex', '__complex__')
SupportsBytes = _make_protocol('SupportsBytes', '__bytes__')
SupportsIndex = _make_protocol('SupportsIndex', '__index__')
SupportsAbs = _make_protocol('SupportsAbs', '__abs__')
SupportsRound = _make_protocol('SupportsRound', '__round__')


# ---- NamedTuple and TypedDict ----

class _NamedTupleMeta(type):
    """Class syntax for NamedTuple: the class body's annotations become the fields."""

    def __new__(mcls, typename, bases, ns):
        if ns.get('_root', False):
            return super().__new__(mcls, typename, bases, ns)
        types = ns.get('__annotations__', {})
        defaults = [ns[name] for name in types if name in ns]
        for name in list(types)[len(types) - len(defaults):]:
            if name not in ns:
                raise TypeError(f'Non-default namedtuple field {name} cannot follow default '
                                f'field{"s" if len(defaults) > 1 else ""} '
                                f'{", ".join(d for d in types if d in ns)}')
        nm_tpl = collections.namedtuple(typename, list(types), defaults=defaults,
                                        module=ns.get('__module__', '__main__'))
        nm_tpl.__annotations__ = dict(types)
        for key, value in ns.items():
            if key in _PROHIBITED_NT:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key not in _SPECIAL_NT and key not in nm_tpl._fields:
                setattr(nm_tpl, key, value)
        return nm_tpl

    def __call__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        fields = list(fields)
        nm_tpl = collections.namedtuple(typename, [n for n, _ in fields])
        nm_tpl.__annotations__ = {n: _type_check(t) for n, t in fields}
        try:
            nm_tpl.__module__ = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
        return nm_tpl


_PROHIBITED_NT = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                            '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_SPECIAL_NT = frozenset({'__module__', '__name__', '__annotations__', '__qualname__',
                         '__doc__', '_root'})


class NamedTuple(metaclass=_NamedTupleMeta):
    """Typed version of namedtuple: class Point(NamedTuple): x: int; y: int = 0."""
    _root = True


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        if ns.get('_root', False):
            return super().__new__(mcls, name, bases, ns)
        annotations = {}
        for base in bases:
            annotations.update(getattr(base, '__annotations__', {}))
        annotations.update(ns.get('__annotations__', {}))
        td = type.__new__(mcls, name, (dict,), {k: v for k, v in ns.items() if k != '_root'})
        td.__annotations__ = annotations
        td.__total__ = total
        keys = frozenset(annotations)
        td.__required_keys__ = keys if total else frozenset()
        td.__optional_keys__ = frozenset() if total else keys
        return td

    def __call__(cls, *args, **kwargs):
        if cls is TypedDict:
            typename, fields = args[0], (args[1] if len(args) > 1 else kwargs)
            return _TypedDictMeta(typename, (), {'__annotations__': dict(fields)})
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError('TypedDict does not support instance and class checks')

    __subclasscheck__ = __instancecheck__


class TypedDict(metaclass=_TypedDictMeta):
    """A dict with a fixed set of typed keys; instances are plain dicts."""
    _root = True


class NewType:
    """NewType('UserId', int): a callable returning its argument, for type checkers."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        try:
            self.__module__ = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            self.__module__ = '__main__'

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---- functions ----

def cast(typ, val):
    """Returns val unchanged: tells a type checker that val has type typ."""
    return val


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f'Expected code to be unreachable, but got: {value}')


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. A series of @overload-decorated '
        'functions outside a stub module should always be followed by an implementation '
        'that is not @overload-ed.')


def overload(func):
    """Marks one signature of an overloaded function; the last, undecorated definition is
    the implementation."""
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    return list(_overload_registry.get(key, []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(**kwargs):
    return lambda cls: cls


def _eval_hint(value, globalns, localns):
    if value is None:
        return _NoneType
    if isinstance(value, str):
        value = ForwardRef(value)
    if isinstance(value, ForwardRef):
        return value._evaluate(globalns, localns)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, method, module or class (with its bases), with
    strings evaluated and None replaced by NoneType."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                module = sys.modules.get(base.__module__)
                base_globals = getattr(module, '__dict__', {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            for name, value in base.__dict__.get('__annotations__', {}).items():
                hints[name] = _eval_hint(value, base_globals, base_locals)
        return hints
    if globalns is None:
        wrapped = obj
        while hasattr(wrapped, '__wrapped__'):
            wrapped = wrapped.__wrapped__
        globalns = getattr(wrapped, '__globals__', None)
        if globalns is None:
            globalns = getattr(obj, '__dict__', {}) if type(obj).__name__ == 'module' else {}
    hints = dict(getattr(obj, '__annotations__', None) or {})
    return {name: _eval_hint(value, globalns, localns) for name, value in hints.items()}


def get_origin(tp):
    """List[int] -> list, Union[int, str] -> Union, Annotated[...] -> Annotated."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, _GenericAlias):
        return tp.__origin__
    if tp is Generic:
        return Generic
    origin = getattr(tp, '__origin__', None)
    return origin if type(tp).__name__ == 'GenericAlias' else None


def get_args(tp):
    """The arguments of a subscripted type: Dict[str, int] -> (str, int)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableAlias) and tp.__args__:
        *args, result = tp.__args__
        if args != [...]:
            return (list(args), result)
        return (..., result)
    if isinstance(tp, _GenericAlias):
        return tp.__args__ or ()
    if type(tp).__name__ == 'GenericAlias':
        return tp.__args__
    return ()


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


class IO(Generic):
    pass


class TextIO(IO):
    pass


class BinaryIO(IO):
    pass


