# textwrap: wrap/fill/shorten with CPython's exact line breaking, dedent, indent, TextWrapper options
import textwrap
samples = [
 "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. How vexingly quick daft zebras jump!",
 "Hello there--how are you? A well-known self-contained long-winded x-ray e-mail co-op a-b-c. supercalifragilisticexpialidocious-antidisestablishmentarianism word",
 "tabs\there and\nnewlines   multiple   spaces. End. Mr. Smith! ok 'quoted.' next",
 "--leading dashes and trailing-- and mid--dle and 123-456 numbers a--b",
 "",
 "   ",
 "x" * 50,
]
for s in samples:
    for w in (1, 5, 10, 12, 17, 30, 45):
        print(w, textwrap.wrap(s, width=w))
        print(w, textwrap.wrap(s, width=w, break_on_hyphens=False, fix_sentence_endings=True))
        print(w, textwrap.wrap(s, width=w, drop_whitespace=False, break_long_words=False))
        try:
            print(w, textwrap.wrap(s, width=w, max_lines=2))
        except ValueError as e:
            print(e)
        try:
            print(w, textwrap.shorten(s, width=w))
        except ValueError as e:
            print(e)
    print(textwrap.fill(s, 25, initial_indent='* ', subsequent_indent='    '))
print(repr(textwrap.dedent("  a\n    b\n \n  c  \n")), repr(textwrap.dedent("\ta\n  b\n")), repr(textwrap.dedent("  x\n  \t\n  y")))
print(repr(textwrap.indent("a\nb\n\n  \nc", "> ")), repr(textwrap.indent("a\nb", "+", lambda l: True)))
try: textwrap.wrap("a", 0)
except ValueError as e: print(e)
w = textwrap.TextWrapper(width=20, initial_indent='- ', subsequent_indent='  ', max_lines=3, placeholder='~')
print(w.wrap("one two three four five six seven eight nine ten eleven twelve"))
w2 = textwrap.TextWrapper(width=15, expand_tabs=False, replace_whitespace=False)
print(w2.wrap("a\tb  c\nd e f g h i j k"))
w3 = textwrap.TextWrapper(width=10, tabsize=4)
print(w3.wrap("\tx\ty z"), w3.fill("abc defghijklmnopq rs"))
try:
    textwrap.shorten("hello world", width=3)
except ValueError as e:
    print(e)
print(textwrap.shorten("Hello  world!  How are you?", width=12, placeholder="..."))
print(textwrap.wrap("Hi.  There! fix? yes. Mr. X \"quoted.\" 'end.' a", 80, fix_sentence_endings=True))
print(textwrap.dedent(""), repr(textwrap.dedent("\n\n   a\n\n   b\n")), repr(textwrap.dedent("  a\r\n  b")))
