# Slicing with steps on lists, tuples, strings; slice assignment and deletion.
L = list(range(10))
print("basic:", L[2:5], L[:3], L[7:], L[:], L[-3:], L[:-7])
print("steps:", L[::2], L[1::3], L[::-1], L[8:2:-2], L[-1:-4:-1], L[2:8:-1])
print("out of range:", L[5:100], L[100:], L[-100:2], L[::100])
t = tuple(range(6))
print("tuple:", t[1:4], t[::-2], t[5:0:-1], type(t[1:2]).__name__)
s = "abcdefgh"
print("str:", s[2:5], s[::-1], s[::3], s[-2:], s[1:-1:2], s[10:], repr(s[5:2]))
print("unicode str:", "héllo wörld"[::-1], "日本語テキスト"[1:4])
print("slice obj:", L[slice(1, 8, 3)], s[slice(None, None, -2)])
try:
    L[::0]
except ValueError as e:
    print("zero step:", e)

M = list(range(10))
M[2:5] = ["a", "b"]
print("assign shrink:", M)
M[1:1] = [100, 200, 300]
print("insert:", M)
M[:] = [1, 2, 3]
print("replace all:", M)
M[len(M):] = [4, 5]
print("append via slice:", M)
M[::2] = ["x", "y", "z"]
print("extended assign:", M)
try:
    M[::2] = [1, 2]
except ValueError as e:
    print("extended size:", e)
M[1:3] = "QR"
print("assign iterable:", M)
M[3:1] = [9]
print("assign empty range:", M)

N = list(range(10))
del N[1:3]
print("del slice:", N)
del N[::2]
print("del step:", N)
del N[::-1]
print("del all reversed:", N)
N = list(range(10))
del N[-2:]
print("del tail:", N)
del N[100:]
print("del nothing:", N)

B = bytearray(b"abcdef")
B[1:3] = b"XYZ"
print("bytearray slice:", B)
del B[::2]
print("bytearray del:", B)
print("bytes slice:", b"hello"[1:4], b"hello"[::-1], b"hello"[1])

try:
    t[1:2] = (5,)
except TypeError as e:
    print("tuple assign:", e)
try:
    s[0] = "z"
except TypeError as e:
    print("str assign:", e)
try:
    "abc"[5]
except IndexError as e:
    print("str index:", e)
try:
    (1, 2)[5]
except IndexError as e:
    print("tuple index:", e)
try:
    [1, 2][-3]
except IndexError as e:
    print("list index:", e)
try:
    L["a"]
except TypeError as e:
    print("bad index:", e)
try:
    L[1.0]
except TypeError as e:
    print("float index:", e)
try:
    L[1.5:2]
except TypeError as e:
    print("float slice:", e)

class Show:
    def __getitem__(self, k):
        return k
sh = Show()
print("getitem keys:", sh[1], sh[1:2], sh[::3], sh[1, 2], sh[1:2, ::-1], sh[...])
print("slice repr:", slice(1, 2), slice(None), slice(1, None, -1))
print("slice attrs:", slice(1, 10, 2).start, slice(5).stop, slice(5).step)
print("indices:", slice(None, None, -1).indices(5), slice(-3, None).indices(10), slice(0, 100, 3).indices(10))
print("slice eq:", slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
print("range slice:", range(10)[2:8:2], range(10)[::-1], list(range(10)[::-3]))
r = L[:]
print("copy is new:", r == L, r is L)
