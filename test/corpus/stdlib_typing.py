# typing: reprs of special forms and aliases, TypeVar, Generic, NamedTuple, TypedDict, Protocol, helpers
import typing
from typing import *
T = TypeVar('T')
K = TypeVar('K', bound=int)
for x in [Optional[int], Union[int, str], Union[int, str, None], Union[int], List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Callable[[int, str], bool], Callable[..., int], Any, List, T, K, Set[T], FrozenSet[int], Optional[List[int]], Union[int, Optional[str]], Literal['a', 1], ClassVar[int], Type[int], Iterable[int], Mapping[str, int], Sequence, List[int] | None, Annotated[int, 'x'], Final[int], NoReturn, Deque[int], DefaultDict[str, int]]:
    print(repr(x))
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Optional[int]), get_origin(Optional[int]))
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int])
class P(NamedTuple):
    x: int
    y: str = 'a'
print(P(1), P._fields, P._field_defaults, P.__annotations__, isinstance(P(1), tuple))
Q = NamedTuple('Q', [('a', int)])
print(Q(2))
class S(Generic[T]):
    def __init__(self, v: T): self.v = v
print(S(1).v, S[int](2).v)
print(cast(int, 'x'), TYPE_CHECKING)
def f(a: int, b: 'str') -> None: pass
print(get_type_hints(f))
class TD(TypedDict):
    a: int
print(TD(a=1), type(TD(a=1)))
UserId = NewType('UserId', int)
print(UserId(5), UserId)
@runtime_checkable
class Closer(Protocol):
    def close(self): ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer))
try: List[int]()
except TypeError as e: print(e)
try: isinstance(1, List[int])
except TypeError as e: print(e)
print(isinstance([], List), issubclass(list, Sequence), isinstance({}, Mapping))
print(repr(Union[int, Union[str, float]]), repr(Union[int, int]), repr(Optional[Optional[int]]))
print(repr(List[int] | None), repr(Optional[int] | str), repr(Dict[str, T][int]) if False else '')
V = TypeVar('V', covariant=True)
W = TypeVar('W', contravariant=True)
print(V, W, K.__bound__, AnyStr.__constraints__, T.__name__)
try:
    TypeVar('X', int)
except TypeError as e:
    print(e)
try:
    Union[()]
except TypeError as e:
    print(e)
try:
    Any[int]
except TypeError as e:
    print(e)
try:
    Any()
except TypeError as e:
    print(e)
try:
    isinstance(1, Any)
except TypeError as e:
    print(e)
try:
    Dict[int]
except TypeError as e:
    print(e)
print(isinstance(3, Union[int, str]) if False else '', get_args(Callable[[int], str]), get_args(Callable[..., str]))
print(get_origin(Literal[1]), get_args(Annotated[int, 'm', 2]), get_origin(Annotated[int, 'm']) is Annotated)
print(get_args(int), get_origin(int), get_origin(Generic), get_args(Tuple[int, str]))


class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)


s = Stack()
s.push(1)
print(s.items, isinstance(s, Stack))


class Pt(NamedTuple):
    x: int
    y: int = 0

    def norm(self):
        return abs(self.x) + abs(self.y)


print(Pt(3, -4).norm(), Pt(1)._replace(y=5), Pt._field_defaults)
try:
    class BadNT(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print(e)


class Movie(TypedDict, total=False):
    title: str
    year: int


print(Movie(title='x'), Movie.__total__, sorted(Movie.__optional_keys__), is_typeddict(Movie))
Alt = TypedDict('Alt', {'a': int})
print(Alt(a=1), Alt.__annotations__)


class SupportsClose(Protocol):
    def close(self) -> None: ...


try:
    isinstance(F(), SupportsClose)
except TypeError as e:
    print(e)
try:
    SupportsClose()
except TypeError as e:
    print(e)
print(isinstance(3, SupportsInt), isinstance('x', SupportsInt), issubclass(float, SupportsIndex))


@overload
def over(x: int) -> int: ...


@overload
def over(x: str) -> str: ...


def over(x):
    return x * 2


print(over(2), over('a'), len(get_overloads(over)))


class Node:
    next: 'Node'
    value: int


print(get_type_hints(Node), get_type_hints(Pt))


@final
def fin():
    pass


print(fin.__final__, no_type_check(fin) is fin)
