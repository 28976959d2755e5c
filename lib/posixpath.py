"""Operations on POSIX path names (os.path)."""

import os

__all__ = ["join", "split", "splitext", "basename", "dirname", "exists", "lexists", "isfile",
           "isdir", "islink", "isabs", "abspath", "normpath", "realpath", "relpath",
           "expanduser", "expandvars", "getsize", "getmtime", "getatime", "getctime",
           "commonprefix", "commonpath", "splitdrive", "normcase", "samefile", "sep",
           "curdir", "pardir", "extsep", "altsep", "pathsep", "defpath", "devnull"]

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
altsep = None
pathsep = ":"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
supports_unicode_filenames = False


def _seps(p):
    if isinstance(p, bytes):
        return b"/", b".", b""
    return "/", ".", ""


def normcase(s):
    return os.fspath(s)


def isabs(s):
    s = os.fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    a = os.fspath(a)
    slash = _seps(a)[0]
    path = a
    for b in p:
        b = os.fspath(b)
        if type(b) is not type(a):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith(slash):
            path = b
        elif not path or path.endswith(slash):
            path += b
        else:
            path += slash + b
    return path


def split(p):
    p = os.fspath(p)
    slash = _seps(p)[0]
    i = p.rfind(slash) + 1
    head, tail = p[:i], p[i:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def splitext(p):
    p = os.fspath(p)
    slash, dot, empty = _seps(p)
    name_start = p.rfind(slash) + 1
    dot_index = p.rfind(dot)
    if dot_index > name_start:
        # A name made of dots before its last dot (".bashrc", "..a") has no extension.
        i = name_start
        while i < dot_index:
            if p[i:i + 1] != dot:
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    p = os.fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    return split(p)[0]


def normpath(path):
    path = os.fspath(path)
    slash, dot, empty = _seps(path)
    dotdot = dot + dot
    if not path:
        return dot
    initial = 0
    if path.startswith(slash):
        initial = 2 if path.startswith(slash * 2) and not path.startswith(slash * 3) else 1
    parts = []
    for comp in path.split(slash):
        if comp == empty or comp == dot:
            continue
        if comp != dotdot or (not initial and not parts) or (parts and parts[-1] == dotdot):
            parts.append(comp)
        elif parts:
            parts.pop()
    result = slash * initial + slash.join(parts)
    return result or dot


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwd() if isinstance(path, str) else os.getcwdb()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    filename = os.fspath(filename)
    path = abspath(filename)
    try:
        return os._real(path)
    except OSError:
        if strict:
            raise
        # Resolve the longest existing prefix, then append the rest.
        head, tail = split(path)
        if head == path:
            return path
        return join(realpath(head), tail)


def relpath(path, start=None):
    path = os.fspath(path)
    if not path:
        raise ValueError("no path specified")
    slash, dot, empty = _seps(path)
    if start is None:
        start = dot
    start = os.fspath(start)
    start_parts = [x for x in abspath(start).split(slash) if x]
    path_parts = [x for x in abspath(path).split(slash) if x]
    common = 0
    for a, b in zip(start_parts, path_parts):
        if a != b:
            break
        common += 1
    rel = [dot + dot] * (len(start_parts) - common) + path_parts[common:]
    if not rel:
        return dot
    return join(*rel)


def expanduser(path):
    path = os.fspath(path)
    tilde = "~" if isinstance(path, str) else b"~"
    slash = _seps(path)[0]
    if not path.startswith(tilde):
        return path
    i = path.find(slash, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    home = os.environ.get("HOME") or os._home()
    if isinstance(path, bytes):
        home = home.encode()
    home = home.rstrip(slash)
    return (home + path[i:]) or slash


def expandvars(path):
    path = os.fspath(path)
    if isinstance(path, bytes) or "$" not in path:
        return path
    import re
    def repl(m):
        name = m.group(1) or m.group(2)
        value = os.environ.get(name)
        return m.group(0) if value is None else value
    return re.sub(r"\$(\w+)|\$\{([^}]*)\}", repl, path)


def exists(path):
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _mode(path, follow=True):
    try:
        return os.stat(path, follow_symlinks=follow).st_mode
    except (OSError, ValueError):
        return None


def isfile(path):
    mode = _mode(path)
    return mode is not None and mode & 0o170000 == 0o100000


def isdir(s):
    mode = _mode(s)
    return mode is not None and mode & 0o170000 == 0o040000


def islink(path):
    mode = _mode(path, False)
    return mode is not None and mode & 0o170000 == 0o120000


def ismount(path):
    return normpath(abspath(path)) == "/"


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def samefile(f1, f2):
    a = os.stat(f1)
    b = os.stat(f2)
    return a.st_ino == b.st_ino and a.st_dev == b.st_dev


def commonprefix(m):
    if not m:
        return ""
    m = [os.fspath(x) for x in m]
    lo = min(m)
    hi = max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def commonpath(paths):
    paths = [os.fspath(p) for p in paths]
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    slash, dot, empty = _seps(paths[0])
    absolute = {p.startswith(slash) for p in paths}
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split(slash) if c and c != dot] for p in paths]
    lo = min(split_paths)
    hi = max(split_paths)
    common = lo
    for i, c in enumerate(lo):
        if c != hi[i]:
            common = lo[:i]
            break
    prefix = slash if paths[0].startswith(slash) else empty
    return prefix + slash.join(common)
