"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique."""

import sys

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
           'auto', 'unique', 'property', 'verify', 'member', 'nonmember', 'FlagBoundary',
           'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_enum', 'EnumCheck', 'CONTINUOUS',
           'NAMED_FLAGS', 'UNIQUE']

# Enum's property: name and value work on members, and a member may share a name with one.
property = property


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_private(cls_name, name):
    prefix = f'_{cls_name.lstrip("_")}__'
    return name.startswith(prefix) and not name.endswith('_')


class auto:
    """A member value to be chosen by _generate_next_value_."""
    def __init__(self, value=None):
        self.value = value

    def __repr__(self):
        return f'auto({self.value!r})'


class member:
    """Forces a value (such as a function) to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps a value from becoming a member."""

    def __init__(self, value):
        self.value = value


class _EnumDict(dict):
    """The class namespace of an enum: records member names in order, refuses reusing a
    name, and resolves auto() values."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key == '_ignore_':
                names = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
                self._ignore = names
                for name in names:
                    if name in self._member_names:
                        raise ValueError(f'_ignore_ cannot specify already set names: {name!r}')
            elif key == '_generate_next_value_':
                self._generate_next_value = getattr(value, '__func__', value)
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError(f'{key!r} already defined as {self[key]!r}')
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif isinstance(value, member) or not _is_descriptor(value):
            if isinstance(value, member):
                value = value.value
            if key in self:
                raise TypeError(f'{key!r} already defined as {self[key]!r}')
            if isinstance(value, auto):
                if value.value is None:
                    value.value = self._next_value(key)
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(v.value if not isinstance(v, auto) else self._next_value(key)
                              for v in value)
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)

    def _next_value(self, key):
        generate = self._generate_next_value or Enum._generate_next_value_
        return generate(key, 1, len(self._member_names), self._last_values[:])


def _find_data_type(bases):
    """The built-in or mixin type whose __new__ makes the members (object if none)."""
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    return base._member_type_
                continue
            if '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                return base
    return object


def _find_first_enum(bases):
    for base in reversed(bases):
        if isinstance(base, EnumType):
            return base
    return None


def _find_new_member(namespace, member_type, first_enum):
    """The __new__ used to make members: the class's own, else a base enum's saved one,
    else the data type's (None for plain object)."""
    new = namespace.get('__new__')
    if new is not None and Enum is not None:
        return getattr(new, '__func__', new), True
    if first_enum is not None:
        saved = getattr(first_enum, '_new_member_', None)
        if saved is not None:
            return saved, True
    if member_type is object:
        return None, False
    return member_type.__new__, True


class EnumType(type):
    """The metaclass of enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        first_enum = _find_first_enum(bases)
        namespace = _EnumDict()
        namespace._cls_name = cls
        if first_enum is not None:
            gen = getattr(first_enum, '_generate_next_value_', None)
            namespace._generate_next_value = getattr(gen, '__func__', gen)
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None, **kwds):
        first_enum = _find_first_enum(bases)
        if first_enum is not None and first_enum._member_names_:
            raise TypeError(f'<enum {cls!r}> cannot extend {first_enum!r}')
        member_type = _find_data_type(bases)
        member_names = list(getattr(classdict, '_member_names', {}))
        ignore = getattr(classdict, '_ignore', [])
        namespace = {k: v for k, v in dict.items(classdict)
                     if k not in member_names and k not in ignore and k != '_ignore_'}
        values = {name: dict.__getitem__(classdict, name) for name in member_names}
        new_member, use_args = _find_new_member(namespace, member_type, first_enum)
        namespace['_new_member_'] = new_member
        namespace['_use_args_'] = use_args
        namespace['_member_names_'] = []
        namespace['_member_map_'] = {}
        namespace['_value2member_map_'] = {}
        namespace['_unhashable_values_'] = []
        namespace['_member_type_'] = member_type
        if boundary is not None:
            namespace['_boundary_'] = boundary
        order = namespace.pop('_order_', None)
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)
        for name in member_names:
            enum_class._add_member(name, values[name])
        if first_enum is not None:
            enum_class._keep_enum_methods(first_enum, member_type, namespace)
        if Flag is not None and issubclass(enum_class, Flag):
            enum_class._init_flag_masks()
        # After the members exist, calling the class looks values up instead.
        if Enum is not None:
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])
        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if order != enum_class._member_names_:
                raise TypeError(f'member order does not match _order_:\n  '
                                f'{enum_class._member_names_!r}\n  {order!r}')
        return enum_class

    def _keep_enum_methods(cls, first_enum, member_type, namespace):
        """A data type mixed in before Enum would shadow the enum's repr, str, format and
        (for flags) operators: put the enum's back on the class."""
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name in namespace:
                continue
            owner = next((k for k in cls.__mro__ if name in k.__dict__), object)
            if not isinstance(owner, EnumType) and hasattr(first_enum, name):
                type.__setattr__(cls, name, getattr(first_enum, name))
        if Flag is not None and issubclass(cls, Flag):
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                         '__invert__'):
                if name not in namespace:
                    type.__setattr__(cls, name, Flag.__dict__[name])

    def _add_member(cls, name, value):
        args = value if isinstance(value, tuple) else (value,)
        if cls._member_type_ is tuple:
            args = (args,)
        new = cls._new_member_
        if new is None:
            member = object.__new__(cls)
        elif cls._use_args_:
            member = new(cls, *args)
        else:
            member = new(cls)
        if not hasattr(member, '_value_'):
            if cls._member_type_ is object:
                member._value_ = value
            else:
                try:
                    member._value_ = cls._member_type_(*args)
                except Exception:
                    member._value_ = value
        value = member._value_
        member._name_ = name
        member.__objclass__ = cls
        member.__init__(*args)
        canonical = cls._find_canonical(value)
        if canonical is not None:
            member = canonical
        else:
            cls._member_names_.append(name)
        cls._member_map_[name] = member
        try:
            cls._value2member_map_.setdefault(value, member)
        except TypeError:
            cls._unhashable_values_.append(value)
        type.__setattr__(cls, name, member)

    def _find_canonical(cls, value):
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        return None

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """The functional API: Enum('Name', 'A B C') and friends."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last_values = names, [], []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        items = names.items() if hasattr(names, 'items') else names
        for item in items:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                module = '__main__'
        classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                f"unsupported operand type(s) for 'in': '{type(member).__qualname__}' "
                f"and '{type(cls).__qualname__}'")
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f'{cls.__name__!r} cannot delete member {attr!r}.')
        super().__delattr__(attr)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return _mappingproxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f'<flag {cls.__name__!r}>'
        return f'<enum {cls.__name__!r}>'

    def __dir__(cls):
        return ['__class__', '__doc__', '__members__', '__module__'] + cls._member_names_


EnumMeta = EnumType
_mappingproxy = type(type.__dict__)
Enum = None
Flag = None


class Enum(metaclass=EnumType):
    """A set of named, unique constant members."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT and isinstance(result, int):
            return result
        if result is None:
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        raise TypeError(f'error in {cls.__name__}._missing_: returned {result!r} instead of '
                        f'None or a valid member')

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        value_repr = self._member_type_.__repr__ if self._member_type_ is not object else repr
        return f'<{self.__class__.__name__}.{self._name_}: {value_repr(self._value_)}>'

    def __str__(self):
        return f'{self.__class__.__name__}.{self._name_}'

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        names = ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']
        names += [n for n in type(self).__dict__
                  if not n.startswith('_') and n not in self._member_map_]
        return sorted(set(names))

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its data type (repr stays the enum's)."""


class IntEnum(int, ReprEnum):
    """An enum whose members are ints."""
    __str__ = int.__repr__
    __format__ = int.__format__


class StrEnum(str, ReprEnum):
    """An enum whose members are strs; auto() gives the lowercased member name."""
    __str__ = str.__str__
    __format__ = str.__format__

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f'too many arguments for str(): {values!r}')
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f'{values[0]!r} is not a string')
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _popcount(n):
    return bin(n).count('1')


def _is_single_bit(n):
    return n > 0 and n & (n - 1) == 0


class Flag(Enum, boundary=STRICT):
    """An enum whose members combine with | & ^ ~ into flag values."""

    _boundary_ = STRICT

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        if not isinstance(last, int):
            raise TypeError(f'invalid flag value {last!r}') from None
        return 2 ** last.bit_length()

    @classmethod
    def _init_flag_masks(cls):
        mask = 0
        singles = 0
        names = []
        for name in cls._member_names_:
            value = cls._member_map_[name]._value_
            mask |= value
            if _is_single_bit(value):
                singles |= value
                names.append(name)
        # Multi-bit members are aliases of combinations: they are not iterated.
        cls._member_names_[:] = names
        cls._flag_mask_ = mask
        cls._singles_mask_ = singles
        cls._all_bits_ = 2 ** mask.bit_length() - 1

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        if value < 0:
            value = max(all_bits + 1, 2 ** value.bit_length()) + value
        unknown = value & ~flag_mask
        boundary = cls._boundary_
        if unknown:
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(f'{cls!r} invalid value {value!r}\n'
                                 f'    given {_bin(value, width)}\n'
                                 f'  allowed {_bin(flag_mask, width)}')
            if boundary is CONFORM:
                value &= flag_mask
                unknown = 0
            elif boundary is EJECT:
                return value
        known = value & flag_mask
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        if value == 0 and not known:
            pseudo._name_ = None
        else:
            names = [m._name_ for m in cls._members_in(known)]
            if unknown:
                names.append(str(unknown))
            pseudo._name_ = '|'.join(names) if names else None
        return cls._value2member_map_.setdefault(value, pseudo)

    @classmethod
    def _members_in(cls, value):
        """The single-bit members whose bit is set in value, in definition order."""
        return [cls._member_map_[n] for n in cls._member_names_
                if cls._member_map_[n]._value_ & value]

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                f"unsupported operand type(s) for 'in': '{type(other).__qualname__}' "
                f"and '{self.__class__.__qualname__}'")
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(self._members_in(self._value_))

    def __len__(self):
        return _popcount(self._value_ & self._singles_mask_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        value_repr = self._member_type_.__repr__ if self._member_type_ is not object else repr
        if self._name_ is None:
            return f'<{cls_name}: {value_repr(self._value_)}>'
        return f'<{cls_name}.{self._name_}: {value_repr(self._value_)}>'

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f'{cls_name}({self._value_!r})'
        return f'{cls_name}.{self._name_}'

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ value)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if self._boundary_ is KEEP or self._boundary_ is EJECT:
            return self.__class__(~self._value_ & self._flag_mask_)
        return self.__class__(self._flag_mask_ ^ self._value_)


def _bin(value, width):
    digits = format(value, 'b').rjust(width, '0')
    return f'0b0 {digits}'


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are ints and combine with ints."""
    __str__ = int.__repr__
    __format__ = int.__format__
    _boundary_ = KEEP


def unique(enumeration):
    """A class decorator refusing enums with aliases (two names for one value)."""
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items()
                  if name != member.name]
    if duplicates:
        details = ', '.join(f'{alias} -> {name}' for alias, name in duplicates)
        raise ValueError(f'duplicate values found in {enumeration!r}: {details}')
    return enumeration


class EnumCheck(StrEnum):
    """What verify() checks."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """A class decorator checking an enumeration against EnumCheck constraints."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        name = enumeration.__name__
        for check in self.checks:
            if check is UNIQUE:
                aliases = [f'{alias} -> {m.name}' for alias, m in enumeration.__members__.items()
                           if alias != m.name]
                if aliases:
                    raise ValueError(f'aliases found in {enumeration!r}: {", ".join(aliases)}')
            elif check is CONTINUOUS:
                values = sorted({m.value for m in enumeration})
                if len(values) < 2:
                    continue
                low, high = values[0], values[-1]
                if issubclass(enumeration, Flag):
                    expected = [1 << i for i in range(low.bit_length() - 1, high.bit_length())]
                else:
                    expected = list(range(low, high + 1))
                missing = [v for v in expected if v not in values]
                if missing:
                    kind = 'flag' if issubclass(enumeration, Flag) else 'enum'
                    raise ValueError(f'invalid {kind} {name!r}: missing values '
                                     f'{", ".join(map(str, missing))}')
            elif check is NAMED_FLAGS:
                named = 0
                for m in enumeration:
                    named |= m.value
                bad = [alias for alias, m in enumeration.__members__.items()
                       if m.value & ~named]
                if bad:
                    raise ValueError(f'invalid Flag {name!r}: aliases {", ".join(bad)} '
                                     'are missing combined values')
        return enumeration


def global_enum(cls):
    """Puts the members into their module's namespace."""
    module = sys.modules.get(cls.__module__)
    if module is not None:
        module.__dict__.update(cls.__members__)
    return cls
