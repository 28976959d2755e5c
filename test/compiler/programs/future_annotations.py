from __future__ import annotations

class Node:
    next: Node | None = None
    value: dict[str,  int]

def link(a: Node, *rest: Node, b: "int" = 1, **kw: list[Node]) -> Node:
    local: Undefined = a
    return local

(1 + 2) * 3
