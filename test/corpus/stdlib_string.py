# string: constants, capwords, Template (substitute, safe_substitute, errors, subclasses), Formatter
import string
from string import Template, Formatter
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: Template("$who likes ${what}s, costs $$5").substitute(who='tim', what='kung pao'))
t(lambda: Template("$who likes $what").substitute({'who': 1}))
t(lambda: Template("$who likes $what").safe_substitute({'who': 1}))
t(lambda: Template("abc $ x").substitute())
t(lambda: Template("$").substitute())
t(lambda: Template("a\nbc ${x y}").substitute(x=1))
t(lambda: Template("a\nbc ${x y} $1").safe_substitute(x=1))
t(lambda: Template("${x}$x$$y").substitute({'x': 1}, x=2))
t(lambda: Template("$a $b $a $$").get_identifiers())
t(lambda: Template("$a $").is_valid())
t(lambda: Template("x").substitute({}, {}))
class P(Template): delimiter = '%'
t(lambda: P("%a %% %{b}").substitute(a=1, b=2))
f = Formatter()
t(lambda: f.format("{0} {1!r:>5} {name.real} {x[1]} {{}}", 1, 'a', name=3, x=[4, 5]))
t(lambda: f.format("{} {}", 1, 2))
t(lambda: f.format("{:{}}", 'a', 5))
t(lambda: f.format("{0} {}", 1, 2))
t(lambda: f.format("}"))
t(lambda: f.format("{"))
t(lambda: f.format("{0"))
t(lambda: list(f.parse("a{0!r:x}b{}c")))
t(lambda: string.capwords(" hello   big  world "))
t(lambda: string.printable)
print(string.whitespace == ' \t\n\r\x0b\x0c', string.ascii_letters, string.hexdigits, string.octdigits)
print(string.capwords('hello-world foo-bar', '-'), string.capwords(''), string.capwords('ÉCOLE été'))


class Dotted(Template):
    idpattern = r'[a-z]+\.[a-z]+'


t(lambda: Dotted('$user.name and ${user.id}').substitute({'user.name': 'ann', 'user.id': 7}))


class Braced(Template):
    delimiter = '#'
    braceidpattern = r'[A-Z]+'


t(lambda: Braced('#{ABC} #abc ##').safe_substitute(ABC=1, abc=2))
t(lambda: Template('$x').substitute())
t(lambda: Template('${x').substitute(x=1))
t(lambda: Template('$x $y').safe_substitute(x=[1]))
t(lambda: Template('line1\n  $ bad').substitute())
t(lambda: (Template('ok $a').is_valid(), Template('$').is_valid(), Template('$a$b${c}$a').get_identifiers()))
t(lambda: Template.delimiter + Template('x').template)


class Upper(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f'<{key}>'
        return super().get_value(key, args, kwargs)


t(lambda: Upper().format('{greet}, {name}! {0:>6}', 'x', greet='hello'))
t(lambda: f.format('{0[0]}{0[1]}{a.imag:.1f}{b!s:>3}{c!a}', 'xy', a=2j, b=1, c='é'))
t(lambda: f.format('{!x}', 1))
t(lambda: f.vformat('{a} {b}', (), {'a': 1, 'b': 2}))
t(lambda: f.format('{0.__class__.__name__}', 3))
