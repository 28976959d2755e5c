"""match statements: every pattern kind, guards, captures in functions and classes."""


def classify(x, Point, mod):
    match x:
        case 0 | 1 | -1 | 1.5 | 2j | -1 + 2j:
            return 'number'
        case 'a' | b'b' | None | True:
            return 'literal'
        case [] | [_] | [_, _, *_]:
            return 'short'
        case [a, *rest, b] if a == b:
            return rest
        case (first, *_, last):
            return first, last
        case {'k': v, mod.KEY: w, **others}:
            return v, w, others
        case {}:
            return {}
        case Point(x=0, y=yy) | Point(yy, 0):
            return yy
        case mod.Cls(p, q=[r, s] as t):
            return p, r, s, t
        case str() | bytes() as text:
            return text
        case mod.CONST:
            return 'const'
        case ((1 | 2) as small) if (n := small) > 1:
            return n
        case _:
            return None


def closure(subject):
    match subject:
        case [x, y]:
            def inner():
                return x + y
            return inner


class Body:
    match 1, 2:
        case (a, b):
            total = a + b
    match total:
        case 3:
            ok = True


match classify:
    case x:
        print(x)
