# str methods, part 1: splitting, joining, stripping, searching, replacing, case.
s = "  Hello, World! Hello!  "
print("split:", "a b  c".split(), "a,b,,c".split(","), "a b c".split(" ", 1), "".split(), "".split(","), "  x  ".split(" "))
print("split maxsplit:", "a-b-c-d".split("-", 2), "a-b-c-d".split("-", 0), "a b c".split(maxsplit=1))
print("rsplit:", "a-b-c-d".rsplit("-", 2), "a b  c ".rsplit(None, 1), "x".rsplit("x"))
print("splitlines:", "a\nb\r\nc\rd\n".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "one".splitlines(), "x\x0by\x0cz\u2028w".splitlines())
try:
    "a".split("")
except ValueError as e:
    print("empty sep:", e)
print("join:", "-".join(["a", "b", "c"]), "".join("xyz"), ", ".join(str(i) for i in range(4)), "x".join([]))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("join error:", e)
print("strip:", repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), "xxhixx".strip("x"), "abcba".strip("ab"), "\t\n x \r".strip())
print("find:", s.find("Hello"), s.find("Hello", 5), s.find("zz"), s.rfind("Hello"), s.find(""), s.rfind(""), "abc".find("c", -1))
print("index:", s.index("World"), s.rindex("!"))
try:
    s.index("zz")
except ValueError as e:
    print("index error:", e)
try:
    s.rindex("zz")
except ValueError as e:
    print("rindex error:", e)
print("count:", s.count("l"), s.count("Hello"), "aaaa".count("aa"), "abc".count(""), s.count("l", 0, 10))
print("replace:", s.replace("Hello", "Bye"), "aaaa".replace("a", "b", 2), "abc".replace("", "-"), "x".replace("y", "z"))
print("startswith:", s.startswith("  H"), s.startswith(("x", "  ")), "abc".startswith("b", 1), "abc".startswith("c", 0, 2))
print("endswith:", s.endswith("!  "), "file.py".endswith((".js", ".py")), "abc".endswith("b", 0, 2), "abc".endswith(()))
try:
    "abc".startswith(["a"])
except TypeError as e:
    print("startswith list:", e)
print("case:", "hello WORLD".upper(), "Hello WORLD".lower(), "hello world-foo bar's".title(), "hELLO wORLD".capitalize(),
      "Hello World".swapcase(), "Straße".casefold(), "Straße".upper(), "ǅ".lower())
print("title edge:", "they're bill's friends".title(), "1st place".title(), "hello_world".title())
print("center/ljust/rjust:", "|" + "ab".center(7) + "|", "|" + "ab".center(7, "*") + "|", "|" + "abc".center(6) + "|",
      "|" + "ab".ljust(5, ".") + "|", "|" + "ab".rjust(5) + "|", "|" + "toolong".center(3) + "|")
print("zfill:", "42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
print("partition:", "a=b=c".partition("="), "abc".partition("="), "a=b=c".rpartition("="), "abc".rpartition("="))
print("expandtabs:", repr("a\tbc\td".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\n\tc".expandtabs(2)))
print("removeprefix:", "prefix_name".removeprefix("prefix_"), "name".removeprefix("x"), "name_suffix".removesuffix("_suffix"), "abc".removesuffix(""))
print("multiply:", "ab" * 3, 3 * "-", "x" * 0, "x" * -2)
print("in:", "ell" in "hello", "" in "abc", "z" not in "abc")
print("compare:", "apple" < "banana", "Z" < "a", "abc" < "abcd", "é" > "z")
print("len unicode:", len("héllo"), len("日本語"), len("😀"), len(""))
print("ord/chr:", ord("A"), ord("é"), ord("😀"), chr(97), chr(0x263A), chr(128512))
print("iteration:", list("héllo"), [c for c in "日本"])
print("unicode upper:", "éàü".upper(), "ΣΑΣ".lower(), "ﬁ".upper(), "İ".lower() == "i̇")
print("str():", str(123), str(1.5), str([1, "a"]), str(None), str(b"x"), str("x"))
print("repr:", repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\tnl\n"), repr("\x00\x7f"), repr("é😀"), repr("\\"))
print("escapes:", "a\x41\u0042\U00000043\N{LATIN SMALL LETTER E WITH ACUTE}", len("\n\t\\"), r"raw\n")
print("concat:", "a" "b" 'c', "x" + "y")
try:
    "a" + 1
except TypeError as e:
    print("concat error:", e)
try:
    "a" * 1.5
except TypeError as e:
    print("mul error:", e)
print("str is immutable hashable:", hash("abc") == hash("ab" + "c"))
print("min/max str:", min("hello"), max("hello"), sorted("banana"))
print("strip chars:", "www.example.com".strip("cmowz."), "  spaces  ".strip(" s"))
print("split whitespace kinds:", "a\tb\nc\x0bd\x0ce\rf g\u3000h".split())
print("casefold compare:", "MASSE".casefold() == "Maße".casefold())
