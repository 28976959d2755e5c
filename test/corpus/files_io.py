# Files and in-memory streams: open() modes, newline handling, seek/tell, errors, io.StringIO,
# io.BytesIO, sys.std* streams. Files are _pystm_tmp_* in the cwd (the runner deletes them).
import io
import sys

NAME = "_pystm_tmp_files_io.txt"
BIN = "_pystm_tmp_files_io.bin"


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# ---- text files ----
with open(NAME, "w") as f:
    print("repr:", repr(f))
    print("attrs:", f.name, f.mode, f.encoding, f.closed, f.readable(), f.writable(), f.seekable())
    print("write counts:", f.write("héllo\n"), f.write("😀 wide\n"), f.write(""))
    f.writelines(["a\n", "b\r\n", "c\rd"])
    print("tell after writes:", f.tell())
print("closed:", f.closed, repr(f))

with open(NAME) as f:
    print("universal newlines:", repr(f.read()))
with open(NAME, newline="") as f:
    print("newline='' lines:", f.readlines())
with open(NAME, newline="\n") as f:
    print("newline='\\n' lines:", f.readlines())
with open(NAME, "rb") as f:
    print("raw bytes:", f.read())
with open(NAME, encoding="utf-8") as f:
    print("read(n) counts characters:", repr(f.read(3)), repr(f.read(1)), repr(f.read(6)))
    print("readline(size):", repr(f.readline(2)), repr(f.readline(100)))
    print("readlines:", f.readlines())
    print("at EOF:", repr(f.read()), repr(f.readline()), f.readlines())
with open(NAME) as f:
    print("iteration:", [line for line in f])
with open(NAME) as f:
    first = f.readline()
    here = f.tell()
    second = f.readline()
    f.seek(here)
    print("seek to tell:", repr(first), second == f.readline())
    print("seek end:", f.seek(0, 2) > 0, repr(f.read()))
    print("seek start:", f.seek(0), repr(f.read(5)))
    print("next():", repr(next(f)))
    attempt("cur-relative seek:", lambda: f.seek(2, 1))
    attempt("end-relative seek:", lambda: f.seek(-1, 2))
    attempt("negative seek:", lambda: f.seek(-1))
    attempt("bad whence:", lambda: f.seek(0, 5))
    attempt("write to reader:", lambda: f.write("x"))
    attempt("truncate reader:", lambda: f.truncate())

with open(NAME, "w", newline="\r\n") as f:
    f.write("one\ntwo\n")
with open(NAME, "rb") as f:
    print("newline='\\r\\n' writes:", f.read())
with open(NAME, "w", encoding="latin-1") as f:
    f.write("café")
with open(NAME, "rb") as f:
    print("latin-1 bytes:", f.read())
with open(NAME, encoding="latin-1") as f:
    print("latin-1 text:", f.read())

# ---- append, read-write, exclusive ----
with open(NAME, "w") as f:
    f.write("12345")
with open(NAME, "a") as f:
    print("append starts at end:", f.tell())
    f.write("678")
with open(NAME, "a+") as f:
    f.seek(0)
    print("a+ reads:", f.read())
with open(NAME, "r+") as f:
    print("r+ read:", f.read(2))
    f.seek(2)
    f.write("AB")
with open(NAME) as f:
    print("r+ overwrote:", f.read())
with open(NAME, "w+") as f:
    f.write("fresh")
    f.seek(0)
    print("w+:", f.read())
    print("truncate:", f.truncate(2), f.tell())
with open(NAME) as f:
    print("after truncate:", repr(f.read()))
attempt("exclusive on existing:", lambda: open(NAME, "x"))

# ---- binary files ----
with open(BIN, "wb") as f:
    print("binary repr:", repr(f), f.mode)
    print("write bytes:", f.write(b"\x00\x01line1\nline2\n"), f.write(bytearray(b"tail")))
    attempt("write str:", lambda: f.write("text"))
    attempt("read writer:", lambda: f.read())
with open(BIN, "rb") as f:
    print("binary reader:", repr(f), f.mode)
    print("read(3):", f.read(3), f.tell())
    print("readline:", f.readline(), f.readline())
    print("seek relative:", f.seek(-4, 1), f.read(2), f.seek(-2, 2), f.read(), f.read())
    f.seek(0)
    print("binary lines:", list(f))
    attempt("negative offset:", lambda: f.seek(-100, 1))
with open(BIN, "r+b") as f:
    print("random:", type(f).__name__, f.mode)
    f.seek(2)
    f.write(b"LINE")
    f.seek(0)
    print("random content:", f.read())

# ---- errors ----
attempt("missing:", lambda: open("_pystm_tmp_missing_dir/none.txt"))
attempt("directory:", lambda: open("."))
attempt("mode q:", lambda: open(NAME, "q"))
attempt("mode rw:", lambda: open(NAME, "rw"))
attempt("mode bt:", lambda: open(NAME, "bt"))
attempt("mode rr:", lambda: open(NAME, "rr"))
attempt("binary encoding:", lambda: open(NAME, "rb", encoding="utf-8"))
attempt("binary newline:", lambda: open(NAME, "rb", newline=""))
attempt("bad newline:", lambda: open(NAME, newline="x"))
attempt("unbuffered text:", lambda: open(NAME, "w", buffering=0))
attempt("bad file type:", lambda: open(2.5))
attempt("unknown encoding:", lambda: open(NAME, encoding="no-such-codec"))
try:
    open("_pystm_tmp_missing_dir/none.txt")
except OSError as e:
    print("errno fields:", e.errno, e.strerror, e.filename, isinstance(e, FileNotFoundError))
g = open(NAME, "w")
g.close()
g.close()
attempt("write closed:", lambda: g.write("x"))
attempt("read closed:", lambda: g.read())
attempt("flush closed:", lambda: g.flush())
attempt("enter closed:", lambda: g.__enter__())
attempt("iter closed:", lambda: iter(g))
print("closed name still there:", g.name, g.closed)

# ---- io.StringIO ----
s = io.StringIO("line one\nline two\nlast")
print("StringIO:", type(s).__name__, s.read(4), s.tell(), repr(s.readline()), s.readlines())
print("StringIO seek/read:", s.seek(0), repr(s.read()), repr(s.read()))
s.seek(5)
print("overwrite:", s.write("ONE"), repr(s.getvalue()), s.tell())
s.seek(0, 2)
s.write("!")
print("append:", repr(s.getvalue()))
s.seek(30)
s.write("far")
print("past end pads:", repr(s.getvalue()))
print("truncate:", s.truncate(4), repr(s.getvalue()), s.tell())
attempt("cur seek:", lambda: s.seek(1, 1))
attempt("end seek:", lambda: s.seek(1, 2))
attempt("negative:", lambda: s.seek(-1))
attempt("write bytes:", lambda: s.write(b"x"))
w = io.StringIO()
for i in range(1000):
    w.write("x")
print("many writes:", len(w.getvalue()), w.tell())
u = io.StringIO("日本😀語")
print("code points:", u.read(3), u.tell(), u.read(), u.tell(), u.seek(2), u.read(1))
print("iterate:", list(io.StringIO("a\nb\n\nc")))
print("newline=None:", repr(io.StringIO("a\r\nb\rc", newline=None).read()))
print("newline='':", io.StringIO("a\r\nb\rc", newline="").readlines())
print("default keeps \\r:", io.StringIO("a\r\nb").readlines())
with io.StringIO("ctx") as c:
    print("with:", c.read())
print("closed after with:", c.closed)
attempt("read closed:", lambda: c.read())
attempt("getvalue closed:", lambda: c.getvalue())
print("capabilities:", io.StringIO().readable(), io.StringIO().writable(), io.StringIO().seekable(), io.StringIO().isatty())
attempt("fileno:", lambda: io.StringIO().fileno())


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


up = Upper()
print("subclass", "print", file=up)
up.tag = "has dict"
print("StringIO subclass:", repr(up.getvalue()), up.tag, isinstance(up, io.StringIO))

# ---- io.BytesIO ----
b = io.BytesIO(b"abc\ndef\nghi")
print("BytesIO:", b.read(2), b.readline(), b.readlines(), b.read())
print("BytesIO seek:", b.seek(-3, 2), b.read(), b.seek(100), b.read(), b.tell())
b.write(b"Z")
print("write past end:", b.getvalue()[-5:], len(b.getvalue()))
b.seek(0)
b.write(bytearray(b"AB"))
print("overwrite:", b.getvalue()[:5], b.tell())
print("truncate:", b.truncate(3), b.getvalue())
attempt("negative seek:", lambda: b.seek(-1))
attempt("write str:", lambda: b.write("s"))
print("lines:", list(io.BytesIO(b"1\n2\n3")))
b.close()
attempt("closed:", lambda: b.read())

# ---- the std streams ----
print("std repr:", repr(sys.stdout), repr(sys.stderr), repr(sys.stdin))
print("std attrs:", sys.stdout.name, sys.stdout.mode, sys.stdout.encoding, sys.stdin.readable(), sys.stdout.writable())
print("write returns:", sys.stdout.write("direct write\n"))
sys.stdout.flush()
print("types:", type(sys.stdout) is io.TextIOWrapper, isinstance(sys.stdout, io.TextIOBase), isinstance(s, io.IOBase))
print("io classes:", io.StringIO, io.BytesIO, io.TextIOWrapper, io.BufferedReader, io.BufferedWriter)
print("UnsupportedOperation:", [k.__name__ for k in io.UnsupportedOperation.__mro__])
print("constants:", io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.open is not None)
saved = sys.stdout
sys.stdout = io.StringIO()
print("captured")
captured = sys.stdout.getvalue()
sys.stdout = saved
print("redirected print:", repr(captured))
print("print file=stderr goes elsewhere", file=sys.stderr)
with open(NAME, "w") as f:
    print("x", 1, None, sep=",", end=";", file=f)
with open(NAME) as f:
    print("print to file:", f.read())
