"""Object-oriented file-system paths (POSIX flavour)."""

import os
import posixpath
import fnmatch

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]


class PurePath(os.PathLike):
    """A path without file-system access: parsing, joining and the parts of names."""

    __slots__ = ("_root", "_parts", "_str")

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_args(args)

    @classmethod
    def _from_args(cls, args):
        root = ""
        parts = []
        for a in args:
            if isinstance(a, PurePath):
                text = str(a)
            else:
                text = os.fspath(a)
                if not isinstance(text, str):
                    raise TypeError("argument should be a str or an os.PathLike object where "
                                    "__fspath__ returns a str, not %r" % type(text).__name__)
            if text.startswith("/"):
                root = "//" if text.startswith("//") and not text.startswith("///") else "/"
                parts = []
            parts.extend(p for p in text.split("/") if p and p != ".")
        return cls._make(root, parts)

    @classmethod
    def _make(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = parts
        self._str = (root + "/".join(parts)) or "."
        return self

    def _derive(self, root, parts):
        return self._make(root, parts)

    def __str__(self):
        return self._str

    def __fspath__(self):
        return self._str

    def as_posix(self):
        return self._str

    def __bytes__(self):
        return os.fsencode(self._str)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self._str)

    def __reduce__(self):
        return type(self), tuple(self.parts)

    def _key(self):
        return self._str

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._str == other._str

    def __hash__(self):
        return hash(self._str)

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts <= other.parts

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts > other.parts

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts >= other.parts

    def __truediv__(self, key):
        try:
            return self._from_args((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_args((key, self))
        except TypeError:
            return NotImplemented

    def joinpath(self, *args):
        return self._from_args((self,) + args)

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return ((self._root,) if self._root else ()) + tuple(self._parts)

    @property
    def name(self):
        return self._parts[-1] if self._parts else ""

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._derive(self._root, self._parts[:-1])

    @property
    def parents(self):
        out = []
        p = self
        while p._parts:
            p = p.parent
            out.append(p)
        return tuple(out)

    def with_name(self, name):
        if not self._parts:
            raise ValueError("%r has an empty name" % (self,))
        if not name or "/" in name or name == ".":
            raise ValueError("Invalid name %r" % (name,))
        return self._derive(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix or suffix and (not suffix.startswith(".") or suffix == "."):
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = (name[:-len(old)] if old else name) + suffix
        return self._derive(self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        base = self._from_args(other)
        n = len(base._parts)
        if base._root != self._root or self._parts[:n] != base._parts:
            raise ValueError("%r is not in the subpath of %r OR one path is relative and the "
                             "other is absolute." % (str(self), str(base)))
        return self._make("", self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        pat = self._from_args((path_pattern,))
        if not pat._parts:
            raise ValueError("empty pattern")
        if pat._root:
            if pat._root != self._root or len(pat._parts) != len(self._parts):
                return False
        elif len(pat._parts) > len(self._parts):
            return False
        for part, p in zip(reversed(self._parts), reversed(pat._parts)):
            if not fnmatch.fnmatchcase(part, p):
                return False
        return True


class PurePosixPath(PurePath):
    __slots__ = ()


class Path(PurePath):
    """A path with file-system operations."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_args(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(posixpath.expanduser("~"))

    def stat(self, *, follow_symlinks=True):
        return os.stat(self._str, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self._str)

    def exists(self):
        return posixpath.exists(self._str)

    def is_file(self):
        return posixpath.isfile(self._str)

    def is_dir(self):
        return posixpath.isdir(self._str)

    def is_symlink(self):
        return posixpath.islink(self._str)

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return open(self._str, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open("r", encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open("rb") as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % type(data).__name__)
        with self.open("w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        with self.open("wb") as f:
            return f.write(bytes(data))

    def iterdir(self):
        for name in os.listdir(self._str):
            yield self._derive(self._root, self._parts + [name])

    def _child(self, name):
        return self._derive(self._root, self._parts + [name])

    def glob(self, pattern):
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if not pat._parts:
            raise ValueError("Unacceptable pattern: %r" % (pattern,))
        return self._glob(pat._parts)

    def _glob(self, parts):
        first, rest = parts[0], parts[1:]
        if first == "**":
            for d in self._walk_dirs():
                if rest:
                    yield from d._glob(rest)
                else:
                    yield d
            return
        if not any(c in first for c in "*?["):
            child = self._child(first)
            if rest:
                if child.is_dir():
                    yield from child._glob(rest)
            elif child.exists():
                yield child
            return
        try:
            names = sorted(os.listdir(self._str))
        except OSError:
            return
        for name in names:
            if name.startswith(".") and not first.startswith("."):
                continue
            if fnmatch.fnmatchcase(name, first):
                child = self._child(name)
                if rest:
                    if child.is_dir():
                        yield from child._glob(rest)
                else:
                    yield child

    def _walk_dirs(self):
        yield self
        try:
            names = sorted(os.listdir(self._str))
        except OSError:
            return
        for name in names:
            child = self._child(name)
            if child.is_dir() and not child.is_symlink():
                yield from child._walk_dirs()

    def rglob(self, pattern):
        return self.glob("**/" + pattern)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self._str, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(self._str)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self._str)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, "File exists", self._str)
            return
        with open(self._str, "a"):
            pass

    def rename(self, target):
        os.rename(self._str, os.fspath(target))
        return self._from_args((target,))

    def replace(self, target):
        os.replace(self._str, os.fspath(target))
        return self._from_args((target,))

    def absolute(self):
        if self._root:
            return self
        return self._from_args((os.getcwd(), self))

    def resolve(self, strict=False):
        return self._from_args((posixpath.realpath(self._str, strict=strict),))

    def expanduser(self):
        return self._from_args((posixpath.expanduser(self._str),))

    def samefile(self, other):
        return posixpath.samefile(self._str, os.fspath(other))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        pass


class PosixPath(Path, PurePosixPath):
    __slots__ = ()
