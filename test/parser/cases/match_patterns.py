# match statements: every pattern kind, guards, soft keywords used as names.
match = 1
case = match + 1
_ = case
match(x)
match[0] = 1
print(match, case, _)
match x:
    case 1:
        pass
    case -1 | 2.5 | -3j | 1 + 2j | -1 - 0.5j:
        pass
    case "a" "b" | b"c":
        pass
    case None | True | False:
        pass
    case name if name > 0:
        pass
    case _:
        pass
match x, *y:
    case a, b:
        pass
    case [a, *rest] | (a, *_):
        pass
    case (a,) | () | []:
        pass
    case ((a)) as b:
        pass
    case {"k": v, 1: w, C.D: z, **kw}:
        pass
    case {}:
        pass
    case {**kw,}:
        pass
    case Point(x=0, y=py) | Point(1, 2, z=3) | mod.Cls() | C(a, b,):
        pass
    case C.D.E:
        pass
match (x):
    case [1, 2] if (y := x):
        match y:
            case str() | bytes():
                pass
