# open(): text and binary modes, reading styles, seek/tell, with. Files are written in the cwd
# (the runner uses the corpus folder as cwd and deletes _pystm_tmp_* files after the run,
# since without os this program cannot delete them itself; it truncates them at the end).
NAME = "_pystm_tmp_file_io.txt"
BIN = "_pystm_tmp_file_io.bin"

with open(NAME, "w", encoding="utf-8") as f:
    n = f.write("first line\n")
    f.write("second: héllo\n")
    f.writelines(["third\n", "fourth"])
print("write returns count:", n)
print("closed after with:", f.closed)

with open(NAME, encoding="utf-8") as f:
    print("read all:", repr(f.read()))
with open(NAME, "r", encoding="utf-8") as f:
    print("readline:", repr(f.readline()), repr(f.readline()))
    print("rest readlines:", f.readlines())
    print("readline at EOF:", repr(f.readline()), repr(f.read()))
with open(NAME, encoding="utf-8") as f:
    print("iterate:", [line.rstrip("\n") for line in f])
with open(NAME, encoding="utf-8") as f:
    print("read(n):", repr(f.read(5)), repr(f.read(6)))
    pos = f.tell()
    print("tell is int:", isinstance(pos, int))
    f.seek(0)
    print("after seek(0):", repr(f.read(5)))
    f.seek(pos)
    print("seek back:", repr(f.readline()))

with open(NAME, "a", encoding="utf-8") as f:
    f.write("\nappended")
with open(NAME, encoding="utf-8") as f:
    lines = f.read().split("\n")
print("append mode:", lines[-2:], len(lines))

f = open(NAME, "w", encoding="utf-8")
print("print to file:", print("via print", 1, 2, sep="-", file=f))
f.close()
print("closed:", f.closed)
with open(NAME, encoding="utf-8") as f:
    print("print output:", repr(f.read()))
try:
    f.read()
except ValueError as e:
    print("read closed:", e)

data = bytes(range(250, 256)) + b"\x00abc\n"
with open(BIN, "wb") as fb:
    print("binary write count:", fb.write(data))
with open(BIN, "rb") as fb:
    raw = fb.read()
    print("binary read:", raw, type(raw).__name__, raw == data)
    fb.seek(2)
    print("binary seek/read:", fb.read(3), fb.tell())
    fb.seek(0)
    print("binary readline:", fb.readline())
with open(BIN, "wb") as fb:
    fb.write("é€".encode("utf-8"))
with open(BIN, "rb") as fb:
    b = fb.read()
with open(BIN, encoding="utf-8") as ft:
    t = ft.read()
print("encoding roundtrip:", b, t, len(b), len(t))

try:
    open("_pystm_definitely_missing_file.txt")
except FileNotFoundError as e:
    print("missing file:", type(e).__name__, e.errno, e.strerror, e.filename)
except OSError as e:
    print("missing file (OSError):", type(e).__name__)
try:
    with open(NAME, "w", encoding="utf-8") as f:
        f.read()
except Exception as e:
    print("read write-only:", type(e).__name__, e)
try:
    open(NAME, "q")
except ValueError as e:
    print("bad mode:", e)
with open(NAME, "w", encoding="utf-8") as f:
    f.write("x")
    print("write text needs str:", end=" ")
    try:
        f.write(b"bytes")
    except TypeError as e:
        print(e)
with open(BIN, "wb") as fb:
    try:
        fb.write("text")
    except TypeError as e:
        print("write binary needs bytes:", e)
with open(NAME, "w", encoding="utf-8") as f:
    pass
with open(BIN, "wb") as fb:
    pass
with open(NAME, encoding="utf-8") as f:
    print("truncated by w:", repr(f.read()))
print("file name attr:", open(NAME, encoding="utf-8").name == NAME)
