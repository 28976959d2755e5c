"""Shell-style wildcard matching (*, ?, [seq], [!seq])."""

import re
import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def translate(pat):
    """The regular expression (a str) that matches what the wildcard pattern matches."""
    out = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not out or out[-1] != ".*":
                out.append(".*")
        elif c == "?":
            out.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                out.append("\\[")
                continue
            body = pat[i:j]
            i = j + 1
            if not body:
                out.append("(?!)")
                continue
            if body == "!":
                out.append(".")
                continue
            body = body.replace("\\", "\\\\")
            if body[0] == "!":
                body = "^" + body[1:]
            elif body[0] == "^":
                body = "\\" + body
            out.append("[" + body + "]")
        else:
            out.append(re.escape(c))
    return "(?s:" + "".join(out) + ")\\Z"


_cache = {}


def _compiled(pat):
    rx = _cache.get(pat)
    if rx is None:
        source = translate(pat) if isinstance(pat, str) else \
            translate(pat.decode("latin-1")).encode("latin-1")
        rx = re.compile(source)
        if len(_cache) > 256:
            _cache.clear()
        _cache[pat] = rx
    return rx


def fnmatchcase(name, pat):
    return _compiled(pat).match(name) is not None


def fnmatch(name, pat):
    return fnmatchcase(posixpath.normcase(name), posixpath.normcase(pat))


def filter(names, pat):
    rx = _compiled(pat)
    return [n for n in names if rx.match(n)]
