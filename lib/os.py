"""Operating-system interfaces (POSIX), on pystm's _os core."""

import abc
import sys
import _os

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

error = OSError


class PathLike(abc.ABC):
    """An object with a file-system path: any class with __fspath__ counts as a subclass."""

    @abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, "__fspath__") or NotImplemented
        return NotImplemented


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    kind = type(path)
    try:
        method = kind.__fspath__
    except AttributeError:
        raise TypeError("expected str, bytes or os.PathLike object, not " + kind.__name__) from None
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                    % (kind.__name__, type(result).__name__))


def _str(path):
    path = fspath(path)
    if isinstance(path, bytes):
        return path.decode("utf-8", "surrogateescape")
    return path


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode("utf-8", "surrogateescape") if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode("utf-8", "surrogateescape") if isinstance(filename, bytes) else filename


class _Environ:
    """os.environ: a mapping kept in step with the process environment."""

    def __init__(self):
        self._data = dict(_os.environ_items())

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        _os.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        value = self._data.pop(key)
        _os.unsetenv(key)

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def pop(self, key, *default):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def update(self, other=(), **kw):
        items = other.items() if hasattr(other, "items") else other
        for key, value in items:
            self[key] = value
        for key, value in kw.items():
            self[key] = value

    def clear(self):
        for key in list(self._data):
            del self[key]

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    def __repr__(self):
        return "environ({%s})" % ", ".join("%r: %r" % item for item in self._data.items())

    def __or__(self, other):
        result = dict(self._data)
        result.update(other)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ()


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    _os.putenv(key, value)


def unsetenv(key):
    _os.unsetenv(key)


def getcwd():
    return _os.getcwd()


def getcwdb():
    return _os.getcwd().encode()


def chdir(path):
    _os.chdir(_str(path))


def listdir(path="."):
    path = fspath(path)
    if isinstance(path, bytes):
        return [n.encode() for n in _os.listdir(path.decode())]
    return _os.listdir(path)


def mkdir(path, mode=0o777, *, dir_fd=None):
    _os.mkdir(_str(path), mode)


def makedirs(name, mode=0o777, exist_ok=False):
    name = _str(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def rmdir(path, *, dir_fd=None):
    _os.rmdir(_str(path))


def removedirs(name):
    rmdir(name)
    head, tail = path.split(_str(name))
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def remove(path, *, dir_fd=None):
    _os.remove(_str(path))


unlink = remove


def rename(src, dst):
    _os.rename(_str(src), _str(dst))


replace = rename


def renames(old, new):
    head, tail = path.split(_str(new))
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)


def readlink(path):
    return _os.readlink(_str(path))


def symlink(src, dst, target_is_directory=False):
    _os.symlink(_str(src), _str(dst))


def access(path, mode):
    return bool(_os.access(_str(path), mode))


def _real(path):
    return _os.realpath(path)


def _home():
    return _os.homedir()


def getpid():
    return _os.getpid()


def getppid():
    return _os.getppid()


def cpu_count():
    return _os.cpu_count()


def urandom(size):
    if size < 0:
        raise ValueError("negative argument not allowed")
    return _os.urandom(size)


def umask(mask):
    return _os.umask(mask)


def strerror(code):
    messages = {1: "Operation not permitted", 2: "No such file or directory", 13: "Permission denied",
                17: "File exists", 20: "Not a directory", 21: "Is a directory",
                22: "Invalid argument", 39: "Directory not empty"}
    return messages.get(code, "Unknown error %d" % code)


_STAT_FIELDS = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                "st_atime", "st_mtime", "st_ctime")


class stat_result(tuple):
    """The result of os.stat: a 10-tuple with named fields (times as int in the tuple)."""

    n_sequence_fields = 10

    def __new__(cls, values):
        values = tuple(values)
        obj = tuple.__new__(cls, values[:7] + tuple(int(t) for t in values[7:10]))
        obj._times = values[7:10]
        return obj

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._times[0])
    st_mtime = property(lambda self: self._times[1])
    st_ctime = property(lambda self: self._times[2])
    st_atime_ns = property(lambda self: int(self._times[0] * 1e9))
    st_mtime_ns = property(lambda self: int(self._times[1] * 1e9))
    st_ctime_ns = property(lambda self: int(self._times[2] * 1e9))

    def __repr__(self):
        return "os.stat_result(%s)" % ", ".join(
            "%s=%r" % (field, self[i]) for i, field in enumerate(_STAT_FIELDS))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(_os.stat(_str(path), follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat_result(_os.stat(_str(path), False))


class DirEntry:
    """An entry of os.scandir()."""

    __slots__ = ("name", "path", "_kind", "_stat")

    def __init__(self, directory, name, kind):
        self.name = name
        self.path = path.join(directory, name)
        self._kind = kind
        self._stat = None

    def is_dir(self, *, follow_symlinks=True):
        if self._kind == 2 and follow_symlinks:
            return path.isdir(self.path)
        return self._kind == 1

    def is_file(self, *, follow_symlinks=True):
        if self._kind == 2 and follow_symlinks:
            return path.isfile(self.path)
        return self._kind == 0

    def is_symlink(self):
        return self._kind == 2

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % self.name


class _ScandirIterator:
    def __init__(self, entries):
        self._it = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self._it = iter(())


def scandir(path="."):
    directory = _str(path)
    return _ScandirIterator([DirEntry(directory, n, k) for n, k in _os.scandir(directory)])


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as e:
        if onerror is not None:
            onerror(e)
        return
    dirs = []
    files = []
    for entry in entries:
        (dirs if entry.is_dir() else files).append(entry.name)
    if topdown:
        yield top, dirs, files
        for d in dirs:
            new = path.join(top, d)
            if followlinks or not path.islink(new):
                yield from walk(new, topdown, onerror, followlinks)
    else:
        for d in dirs:
            new = path.join(top, d)
            if followlinks or not path.islink(new):
                yield from walk(new, topdown, onerror, followlinks)
        yield top, dirs, files


for _name, _value in _os.open_flags():
    globals()[_name] = _value
del _name, _value

_builtin_open = open


def open(path, flags, mode=0o777, *, dir_fd=None):
    return _os.open(_str(path), flags, mode)


def close(fd):
    _os.close(fd)


def read(fd, n):
    return _os.read(fd, n)


def write(fd, data):
    return _os.write(fd, data)


def fdopen(fd, *args, **kwargs):
    return _builtin_open(fd, *args, **kwargs)


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    _os.chmod(_str(path), mode)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    if ns is not None:
        times = (ns[0] / 1e9, ns[1] / 1e9)
    if times is None:
        _os.utime(_str(path), None, None)
    else:
        _os.utime(_str(path), times[0], times[1])


def system(command):
    return _os.system(command)


def getuid():
    return _os.getuid()


def getgid():
    return _os.getgid()


def get_terminal_size(fd=1):
    columns = int(environ.get("COLUMNS", 80))
    lines = int(environ.get("LINES", 24))
    return terminal_size((columns, lines))


class terminal_size(tuple):
    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return "os.terminal_size(columns=%d, lines=%d)" % self


import posixpath as path
sys.modules["os.path"] = path
