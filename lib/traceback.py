"""Formatting and printing of exceptions and tracebacks, with the VM's own formatter."""

import sys
import _traceback

__all__ = ["extract_tb", "format_exc", "format_exception", "format_exception_only",
           "format_list", "format_tb", "print_exc", "print_exception", "print_tb",
           "FrameSummary", "StackSummary", "print_last", "format_stack", "extract_stack",
           "print_stack", "TracebackException", "walk_tb"]

_sentinel = object()


def _lines(text):
    return text.splitlines(keepends=True)


def _value_of(exc, value):
    """The exception instance, from the (exc) or (type, value, tb) calling forms."""
    if value is not _sentinel:
        return value
    return exc


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value = _value_of(exc, value)
    if value is None:
        return ["NoneType: None\n"]
    if not chain:
        return format_tb(value.__traceback__, limit) and (
            ["Traceback (most recent call last):\n"] + format_tb(value.__traceback__, limit)
            + format_exception_only(value)) or format_exception_only(value)
    return _lines(_traceback.format(value))


def format_exception_only(exc, /, value=_sentinel):
    value = _value_of(exc, value)
    if value is None:
        return ["NoneType: None\n"]
    return _lines(_traceback.format_only(value))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


class FrameSummary:
    """One frame of a traceback: filename, lineno, name and the source line."""

    __slots__ = ("filename", "lineno", "name", "_line", "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals

    @property
    def line(self):
        return self._line

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename, self.lineno, self.name, self.line) == \
                (other.filename, other.lineno, other.name, other.line)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def from_list(cls, a_list):
        result = cls()
        for item in a_list:
            if isinstance(item, FrameSummary):
                result.append(item)
            else:
                filename, lineno, name, line = item
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        out = []
        for frame in self:
            text = '  File "%s", line %d, in %s\n' % (frame.filename, frame.lineno, frame.name)
            if frame.line:
                text += "    %s\n" % frame.line.strip()
            out.append(text)
        return out


def extract_tb(tb, limit=None):
    frames = [FrameSummary(f, n, name, line=line) for f, n, name, line in _traceback.extract(tb)]
    if limit is not None:
        frames = frames[:limit] if limit >= 0 else frames[limit:]
    return StackSummary(frames)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    if limit is not None or tb is None:
        return extract_tb(tb, limit).format()
    # The VM's formatter draws the position carets: format a bare exception carrying tb and
    # keep the entries between the header and the final line.
    lines = _lines(_traceback.format(_Carrier().with_traceback(tb)))[1:-1]
    entries = []
    for line in lines:
        if line.startswith("  File ") or not entries:
            entries.append(line)
        else:
            entries[-1] += line
    return entries


class _Carrier(Exception):
    pass


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for line in format_tb(tb, limit):
        print(line, file=file, end="")


def extract_stack(f=None, limit=None):
    """The frames calling extract_stack (or the caller of format_stack/print_stack), outermost
    first. Frame objects are not available: f must be None."""
    return _stack(2, limit)


def _stack(skip, limit):
    frames = []
    depth = skip
    while True:
        where = _traceback.caller(depth)
        if where is None:
            break
        filename, lineno, _, name = where
        line = _source_line(filename, lineno)
        frames.append(FrameSummary(filename, lineno, name, line=line))
        depth += 1
    frames.reverse()
    if limit is not None:
        frames = frames[-limit:] if limit >= 0 else frames[:-limit]
    return StackSummary(frames)


def _source_line(filename, lineno):
    try:
        with open(filename, encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line.strip()
    except (OSError, UnicodeDecodeError):
        pass
    return None


def format_stack(f=None, limit=None):
    return _stack(2, limit).format()


def print_stack(f=None, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for line in _stack(2, limit).format():
        print(line, file=file, end="")


class TracebackException:
    """An exception captured for later formatting."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10):
        self.exc_type = exc_type
        self._value = exc_value
        self._str = str(exc_value) if exc_value is not None else ""
        self.stack = extract_tb(exc_traceback, limit)
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = getattr(exc_value, "__suppress_context__", False)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        yield from format_exception_only(self._value)

    def format(self, *, chain=True):
        yield from format_exception(self._value, chain=chain)

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


def walk_tb(tb):
    for f, n, name, line in _traceback.extract(tb):
        yield None, n
