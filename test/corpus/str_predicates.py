# str methods, part 2: is* predicates, encode, maketrans/translate, format_map.
samples = ["", "abc", "ABC", "Abc", "abc123", "123", "½", "²", "٣", "12.5", " ", "\t\n", "a b", "Hello World",
           "hello World", "_id", "2x", "é", "日本", "X1", "\x00", "ǅ", "Ⅻ"]
preds = ["isdigit", "isalpha", "isalnum", "isspace", "isidentifier", "isupper", "islower", "istitle",
         "isnumeric", "isdecimal", "isprintable", "isascii"]
print("pred order:", " ".join(p[2:] for p in preds))
for s in samples:
    print("%-14r" % s, "".join("1" if getattr(s, p)() else "0" for p in preds))
print("keywords are identifiers:", "class".isidentifier(), "None".isidentifier())
print("encode:", "héllo".encode(), "héllo".encode("utf-8"), "abc".encode("ascii"), "é".encode("latin-1"), "日".encode("utf-8"))
print("encode errors:", "héllo".encode("ascii", "ignore"), "héllo".encode("ascii", "replace"), "h€".encode("latin-1", "replace"))
try:
    "héllo".encode("ascii")
except UnicodeEncodeError as e:
    print("encode error:", type(e).__name__, e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("decode error:", type(e).__name__, e)
print("decode replace:", b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"\xe9".decode("latin-1"))
print("roundtrip:", "😀 日本".encode("utf-8").decode("utf-8"), len("😀".encode()), len("😀".encode("utf-16-le")))
t = str.maketrans("abc", "xyz")
print("maketrans:", sorted(t.items()), "aabbcc".translate(t))
t2 = str.maketrans({"a": "1", "b": None, "c": "33"})
print("maketrans dict:", "abcabc".translate(t2))
t3 = str.maketrans("ab", "cd", "xyz")
print("maketrans delete:", "axbycz".translate(t3))
print("translate with dict:", "hello".translate({ord("l"): "L", ord("o"): None}))
try:
    str.maketrans("abc", "x")
except ValueError as e:
    print("maketrans error:", e)
print("format_map:", "{name} is {age}".format_map({"name": "Bo", "age": 3}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("format_map missing:", "{a} {b}".format_map(Default(a="A")))
try:
    "{x}".format_map({})
except KeyError as e:
    print("format_map KeyError:", repr(e))
print("str methods on subclasses:", type("abc".upper()).__name__)
print("isdigit vs int():", int("٣"), int("１２"), float("١.٥"))
print("ljust unicode:", "日本".ljust(4, "*"), "é".center(3, "-"))
print("swapcase unicode:", "ÀbÇ".swapcase())
print("count overlapping:", "ababab".count("aba"), "ababab".find("bab", 2))
print("upper/lower idempotent:", "MiXeD 123".upper().lower())
print("str.join with generator:", "|".join(c.upper() for c in "abc"))
print("zero-width find:", "abc".find("", 10), "abc".find("", 3), "abc".rfind("", 1))
print("split on tuple-like:", "a;b,c".replace(";", ",").split(","))
print("index with range:", "hello hello".index("hello", 1), "hello".find("l", 3, 4), "hello".find("l", -2))
print("str * bool:", "ab" * True, repr("ab" * False))
