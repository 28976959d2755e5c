"""Regular expressions, as CPython's re module, matched by V8's RegExp engine via _re."""

import _re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile",
    "purge", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE",
    "NOFLAG", "RegexFlag",
]


class RegexFlag(int):
    """The re flags: ints whose repr names them (re.IGNORECASE|re.MULTILINE)."""

    _names = {}

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        parts = []
        for bit, name in sorted(RegexFlag._names.items()):
            if value & bit:
                parts.append("re." + name)
                value &= ~bit
        if value:
            parts.append(hex(value))
        return "|".join(parts)

    __str__ = __repr__

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 0x1FF)


def _flag(name, value):
    RegexFlag._names[value] = name
    return RegexFlag(value)


NOFLAG = RegexFlag(0)
TEMPLATE = T = _flag("TEMPLATE", 1)
IGNORECASE = I = _flag("IGNORECASE", 2)
LOCALE = L = _flag("LOCALE", 4)
MULTILINE = M = _flag("MULTILINE", 8)
DOTALL = S = _flag("DOTALL", 16)
UNICODE = U = _flag("UNICODE", 32)
VERBOSE = X = _flag("VERBOSE", 64)
DEBUG = _flag("DEBUG", 128)
ASCII = A = _flag("ASCII", 256)


class error(Exception):
    """A bad regular expression (or replacement template)."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = self.colno = None
        if pattern is not None and pos is not None:
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s at position %d (line %d, column %d)" % (msg, pos, self.lineno, self.colno)
            else:
                msg = "%s at position %d" % (msg, pos)
        super().__init__(msg)


PatternError = error

_MUST_ADVANCE = 4
_mappingproxy = type(type.__dict__)


def _text(value, is_bytes, what="string"):
    """The str that the engine matches: bytes-like values are seen as latin-1 text."""
    if isinstance(value, str):
        if is_bytes:
            raise TypeError("cannot use a bytes pattern on a string-like object")
        return value
    if isinstance(value, (bytes, bytearray)):
        if not is_bytes:
            raise TypeError("cannot use a string pattern on a bytes-like object")
        return bytes(value).decode("latin-1")
    raise TypeError("expected string or bytes-like object, got '%s'" % type(value).__name__)


class Pattern:
    """A compiled regular expression."""

    __slots__ = ("pattern", "flags", "groups", "groupindex", "_js", "_jsflags", "_ranks", "_bytes",
                 "__weakref__")

    def __init__(self, pattern, flags):
        if isinstance(flags, RegexFlag):
            flags = int(flags)
        self._bytes = not isinstance(pattern, str)
        source = pattern.decode("latin-1") if self._bytes else pattern
        if self._bytes:
            if flags & UNICODE:
                raise ValueError("cannot use UNICODE flag with a bytes pattern")
            tflags = flags | ASCII
        else:
            if flags & LOCALE:
                raise ValueError("cannot use LOCALE flag with a str pattern")
            if flags & ASCII and flags & UNICODE:
                raise ValueError("ASCII and UNICODE flags are incompatible")
            tflags = flags
        result = _re.translate(source, int(tflags))
        if result[0] is None:
            if result[2] < 0:
                raise error(result[1])
            raise error(result[1], pattern, result[2])
        self._js, self._jsflags, final, self.groups, names, self._ranks = result
        if self._bytes:
            final = int(final & ~(ASCII | UNICODE)) | int(flags & ASCII)
        self.pattern = pattern
        self.flags = final
        self.groupindex = _mappingproxy(names)

    def _exec(self, string, pos, endpos, mode):
        text = _text(string, self._bytes)
        regs = _re.exec(self._js, self._jsflags, self.groups, text, pos, endpos, mode)
        if regs is None:
            return None
        return Match(self, string, text, regs, pos, endpos)

    def match(self, string, pos=0, endpos=None):
        return self._exec(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._exec(string, pos, endpos, 2)

    def search(self, string, pos=0, endpos=None):
        return self._exec(string, pos, endpos, 0)

    def _spans(self, string, pos=0, endpos=None, limit=0):
        """(text, registers of each successive match), empty matches as CPython 3.7+."""
        text = _text(string, self._bytes)
        return text, _re.scan(self._js, self._jsflags, self.groups, text, pos, endpos, limit)

    def finditer(self, string, pos=0, endpos=None):
        text, matches = self._spans(string, pos, endpos)
        for regs in matches:
            yield Match(self, string, text, regs, pos, endpos)

    def findall(self, string, pos=0, endpos=None):
        text = _text(string, self._bytes)
        out = _re.findall(self._js, self._jsflags, self.groups, text, pos, endpos)
        if self._bytes:
            if self.groups > 1:
                return [tuple(_to_bytes(x) for x in item) for item in out]
            return [_to_bytes(item) for item in out]
        return out

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string]
        text, matches = self._spans(string, limit=maxsplit)
        out = []
        last = 0
        groups = self.groups
        for regs in matches:
            out.append(text[last:regs[0]])
            for g in range(1, groups + 1):
                a = regs[2 * g]
                out.append(text[a:regs[2 * g + 1]] if a >= 0 else None)
            last = regs[1]
        out.append(text[last:])
        if self._bytes:
            out = [None if x is None else _to_bytes(x) for x in out]
        return out

    def subn(self, repl, string, count=0):
        is_bytes = self._bytes
        text = _text(string, is_bytes)
        if count < 0:
            return string, 0
        if not callable(repl):
            template = _template(self, repl)
            result, n = _re.sub(self._js, self._jsflags, self.groups, text, tuple(template),
                                count)
            return (_to_bytes(result) if is_bytes else result), n
        _, matches = self._spans(string, limit=count)
        pieces = []
        last = 0
        for regs in matches:
            pieces.append(text[last:regs[0]])
            value = repl(Match(self, string, text, regs, 0, None))
            if value is not None:
                if is_bytes:
                    pieces.append(_text(value, True))
                elif isinstance(value, str):
                    pieces.append(value)
                else:
                    raise TypeError("expected str instance, %s found" % type(value).__name__)
            last = regs[1]
        pieces.append(text[last:])
        result = "".join(pieces)
        return (_to_bytes(result) if is_bytes else result), len(matches)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def __repr__(self):
        flags = int(self.flags)
        if not self._bytes:
            flags &= ~UNICODE
        if flags:
            return "re.compile(%r, %r)" % (self.pattern, RegexFlag(flags))
        return "re.compile(%r)" % (self.pattern,)

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, int(self.flags)))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


def _to_bytes(text):
    return text.encode("latin-1")


class Match:
    """The result of a successful match."""

    __slots__ = ("re", "string", "_text", "_regs", "pos", "endpos")

    def __init__(self, pattern, string, text, regs, pos, endpos):
        self.re = pattern
        self.string = string
        self._text = text
        self._regs = regs   # flat: start0, end0, start1, end1, ...
        n = len(text)
        self.pos = 0 if pos < 0 else n if pos > n else pos
        self.endpos = n if endpos is None or endpos > n else 0 if endpos < 0 else endpos

    @property
    def regs(self):
        r = self._regs
        return tuple((r[i], r[i + 1]) for i in range(0, len(r), 2))

    def _index(self, g):
        if g == 0 and type(g) is int:
            return 0
        if isinstance(g, int) and not isinstance(g, bool) or hasattr(g, "__index__") and not isinstance(g, str):
            try:
                g = g.__index__()
            except Exception:
                raise IndexError("no such group")
            if 0 <= g <= self.re.groups:
                return g
            raise IndexError("no such group")
        n = self.re.groupindex.get(g) if isinstance(g, (str, bytes)) else None
        if n is None:
            raise IndexError("no such group")
        return n

    def _get(self, g, default=None):
        a = self._regs[2 * g]
        if a < 0:
            return default
        value = self._text[a:self._regs[2 * g + 1]]
        return _to_bytes(value) if self.re._bytes else value

    def group(self, *groups):
        if not groups:
            value = self._text[self._regs[0]:self._regs[1]]
            return _to_bytes(value) if self.re._bytes else value
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        if self.re._bytes:
            return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))
        return _re.groups(self._text, self._regs, default)

    def groupdict(self, default=None):
        values = self.groups(default)
        return {name: values[n - 1] for name, n in self.re.groupindex.items()}

    def span(self, group=0):
        g = self._index(group)
        return self._regs[2 * g], self._regs[2 * g + 1]

    def start(self, group=0):
        return self._regs[2 * self._index(group)]

    def end(self, group=0):
        return self._regs[2 * self._index(group) + 1]

    @property
    def lastindex(self):
        best = None
        best_key = None
        ranks = self.re._ranks
        regs = self._regs
        for g in range(1, self.re.groups + 1):
            if regs[2 * g] < 0:
                continue
            key = (regs[2 * g + 1], ranks[g])
            if best_key is None or key > best_key:
                best, best_key = g, key
        return best

    @property
    def lastgroup(self):
        last = self.lastindex
        if last is None:
            return None
        for name, n in self.re.groupindex.items():
            if n == last:
                return name
        return None

    def expand(self, template):
        items = _template(self.re, template)
        result = _expand(items, self._text, self._regs)
        return _to_bytes(result) if self.re._bytes else result

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self.span(), self.group())

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
_template_cache = {}


def _template(pattern, template):
    """Parses a replacement template into a list of literal strs and group numbers."""
    key = (pattern, template)
    cached = _template_cache.get(key)
    if cached is not None:
        return cached
    text = _text(template, pattern._bytes)
    items = []
    literal = []
    i = 0
    n = len(text)
    groups = pattern.groups
    while i < n:
        c = text[i]
        if c != "\\":
            literal.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise error("bad escape (end of pattern)", template, start)
        c = text[i]
        i += 1
        group = None
        if c == "g":
            if i >= n or text[i] != "<":
                raise error("missing <", template, i)
            close = text.find(">", i + 1)
            if close < 0:
                raise error("missing >, unterminated name", template, i + 1)
            name = text[i + 1:close]
            if not name:
                raise error("missing group name", template, i + 1)
            if name.isdigit() and name.isascii():
                group = int(name)
                if group > groups:
                    raise error("invalid group reference %d" % group, template, i + 1)
            elif name.isidentifier():
                group = pattern.groupindex.get(name)
                if group is None:
                    raise IndexError("unknown group name '%s'" % name)
            else:
                raise error("bad character in group name '%s'" % name, template, i + 1)
            i = close + 1
        elif c == "0":
            digits = c
            while i < n and len(digits) < 3 and text[i] in "01234567":
                digits += text[i]
                i += 1
            literal.append(chr(int(digits, 8)))
        elif c in "123456789":
            digits = c
            if i < n and text[i] in "0123456789":
                if (c in "01234567" and text[i] in "01234567" and i + 1 < n
                        and text[i + 1] in "01234567"):
                    value = int(text[i - 1:i + 2], 8)
                    if value > 0o377:
                        raise error("octal escape value \\%s outside of range 0-0o377"
                                    % text[i - 1:i + 2], template, start)
                    literal.append(chr(value))
                    i += 2
                    continue
                digits += text[i]
                i += 1
            group = int(digits)
            if group > groups:
                raise error("invalid group reference %d" % group, template, start + 1)
        elif c in _ESCAPES:
            literal.append(_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            raise error("bad escape \\%s" % c, template, start)
        else:
            literal.append("\\" + c)
        if group is not None:
            if literal:
                items.append("".join(literal))
                literal = []
            items.append(group)
    if literal or not items:
        items.append("".join(literal))
    if len(_template_cache) > 512:
        _template_cache.clear()
    _template_cache[key] = items
    return items


def _expand(items, text, regs):
    """The replacement for one match: literal strs and the text of groups (by number)."""
    out = []
    for item in items:
        if isinstance(item, str):
            out.append(item)
        else:
            a = regs[2 * item]
            if a >= 0:
                out.append(text[a:regs[2 * item + 1]])
    return "".join(out)


# Compiled patterns by flags, then pattern (a str and a bytes pattern are never equal keys).
_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if type(flags) is not int:
        flags = int(flags)
    by_pattern = _cache.get(flags)
    if by_pattern is None:
        by_pattern = _cache[flags] = {}
    else:
        p = by_pattern.get(pattern)
        if p is not None:
            return p
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = Pattern(pattern, flags)
    if len(by_pattern) >= _MAXCACHE:
        by_pattern.clear()
    by_pattern[pattern] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | TEMPLATE)


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    text = bytes(pattern).decode("latin-1")
    return "".join("\\" + c if c in _SPECIAL else c for c in text).encode("latin-1")
