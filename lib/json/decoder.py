"""The JSON decoder: a recursive-descent parser with CPython's error messages."""

import _json

__all__ = ["JSONDecoder", "JSONDecodeError"]


class JSONDecodeError(ValueError):
    """A JSON document that cannot be parsed: msg, doc, pos, lineno and colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_SPACE = " \t\n\r"


def _skip(s, i):
    n = len(s)
    while i < n and s[i] in _SPACE:
        i += 1
    return i


def scanstring(s, end, strict=True):
    """Decodes the JSON string whose body starts at s[end]: (value, index after the quote)."""
    result = _json.scanstring(s, end, strict)
    if result[0] is None:
        raise JSONDecodeError(result[1], s, result[2])
    return result


class JSONDecoder:
    """Decodes JSON text; the hooks replace how objects, numbers and constants are built."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        # None hooks mean the built-in conversions (done natively).
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, _skip(s, 0))
        end = _skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        if idx < 0:
            raise JSONDecodeError("Expecting value", s, idx)
        result = _json.decode(s, idx, self.strict, self.object_hook, self.object_pairs_hook,
                              self.parse_float, self.parse_int, self.parse_constant)
        if len(result) == 3:
            raise JSONDecodeError(result[1], s, result[2])
        return result
