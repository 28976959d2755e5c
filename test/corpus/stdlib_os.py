import os, os.path, sys
from os import path as p2
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
base = "_pystm_tmp_stdlib_os_dir"
show("name", lambda: (os.name, os.sep, os.linesep, os.curdir, os.pardir, os.pathsep, p2 is os.path))
show("mkdir", lambda: os.mkdir(base))
show("mkdir again", lambda: os.mkdir(base))
show("makedirs", lambda: os.makedirs(os.path.join(base, "a", "b")))
show("makedirs again", lambda: os.makedirs(os.path.join(base, "a", "b")))
show("makedirs ok", lambda: os.makedirs(os.path.join(base, "a", "b"), exist_ok=True))
with open(os.path.join(base, "f.txt"), "w") as f:
    f.write("hello")
show("listdir", lambda: sorted(os.listdir(base)))
show("isfile", lambda: (os.path.isfile(base + "/f.txt"), os.path.isdir(base + "/f.txt"), os.path.isdir(base), os.path.exists(base + "/nope")))
show("getsize", lambda: os.path.getsize(base + "/f.txt"))
show("stat", lambda: os.stat(base + "/f.txt").st_size)
show("walk", lambda: [(d, sorted(ds), sorted(fs)) for d, ds, fs in os.walk(base)])
show("walk bottom", lambda: [d for d, ds, fs in os.walk(base, topdown=False)])
show("scandir", lambda: sorted((e.name, e.is_dir(), e.is_file()) for e in os.scandir(base)))
show("rename", lambda: os.rename(base + "/f.txt", base + "/g.txt"))
show("rename missing", lambda: os.rename(base + "/zz", base + "/yy"))
show("remove", lambda: os.remove(base + "/g.txt"))
show("remove missing", lambda: os.remove(base + "/g.txt"))
show("unlink dir", lambda: os.unlink(base + "/a"))
show("rmdir nonempty", lambda: os.rmdir(base + "/a"))
show("rmdir", lambda: (os.rmdir(base + "/a/b"), os.rmdir(base + "/a"), os.rmdir(base)))
show("listdir missing", lambda: os.listdir("nope_dir"))
show("stat missing", lambda: os.stat("nope_file"))
show("err attrs", lambda: (lambda e: (e.errno, e.strerror, e.filename))(FileNotFoundError(2, "No such file or directory", "x")))
show("join", lambda: [os.path.join("a", "b"), os.path.join("a/", "b"), os.path.join("a", "/b"), os.path.join("", "x"), os.path.join("a", "")])
show("split", lambda: [os.path.split(x) for x in ["a/b", "/a", "a", "a/b/", "//x", "/"]])
show("splitext", lambda: [os.path.splitext(x) for x in ["a.txt", "a/b.tar.gz", ".bashrc", "a/.b", "..a", "a.", "a.b/c", ""]])
show("basename dirname", lambda: [(os.path.basename(x), os.path.dirname(x)) for x in ["/a/b", "a/b/", "a", "/"]])
show("normpath", lambda: [os.path.normpath(x) for x in ["a//b", "a/./b", "a/../b", "../a", "/../a", "//a", "///a", "", ".", "a/..", "a/b/../../..", "./"]])
show("relpath", lambda: [os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"), os.path.relpath("/a", "/a")])
show("abspath", lambda: os.path.abspath("x") == os.path.join(os.getcwd(), "x"))
show("isabs", lambda: (os.path.isabs("/a"), os.path.isabs("a")))
show("expanduser", lambda: os.path.expanduser("~/x") == os.environ["HOME"] + "/x")
show("expanduser other", lambda: os.path.expanduser("~other/x"))
show("commonprefix", lambda: os.path.commonprefix(["/usr/lib", "/usr/local"]))
show("commonpath", lambda: os.path.commonpath(["/usr/lib", "/usr/local"]))
show("environ", lambda: ("HOME" in os.environ, os.environ.get("NOPE_XYZ"), os.getenv("NOPE_XYZ", "d")))
os.environ["PYSTM_T"] = "1"
show("environ set", lambda: (os.environ["PYSTM_T"], os.getenv("PYSTM_T")))
del os.environ["PYSTM_T"]
show("environ missing", lambda: os.environ["PYSTM_T"])
show("fspath", lambda: os.fspath("a"))
show("fspath bad", lambda: os.fspath(1))
class P:
    def __fspath__(self): return "pp"
show("fspath obj", lambda: (os.fspath(P()), os.path.join(P(), "x")))
show("urandom", lambda: len(os.urandom(8)))
show("pid", lambda: isinstance(os.getpid(), int) and os.cpu_count() >= 1)
show("error", lambda: os.error is OSError)
