"""String constants, capwords, Template ($-substitution) and Formatter (str.format's engine)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace", "Formatter",
           "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Splits s into words, capitalizes each and joins them with sep (a space by default)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


# ---- Template ----

_ID_START = ascii_letters + '_'
_ID_CHARS = _ID_START + digits
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'


class Template:
    """A string with $name / ${name} placeholders; $$ is a literal $."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yields (start, end, kind, name) for each delimiter use: kind is 'escaped',
        'named' (name set) or 'invalid'."""
        cls = type(self)
        if (cls.idpattern != _DEFAULT_IDPATTERN or cls.braceidpattern is not None
                or cls.flags is not None or 'pattern' in cls.__dict__):
            yield from self._scan_with_re()
            return
        text = self.template
        delim = cls.delimiter
        n = len(delim)
        i = text.find(delim)
        while i >= 0:
            j = i + n
            if text.startswith(delim, j):
                yield i, j + n, 'escaped', None
                i = text.find(delim, j + n)
                continue
            if j < len(text) and text[j] == '{':
                k = j + 1
                end = _identifier_end(text, k)
                if end > k and end < len(text) and text[end] == '}':
                    yield i, end + 1, 'named', text[k:end]
                    i = text.find(delim, end + 1)
                    continue
            else:
                end = _identifier_end(text, j)
                if end > j:
                    yield i, end, 'named', text[j:end]
                    i = text.find(delim, end)
                    continue
            yield i, j, 'invalid', None
            i = text.find(delim, j)

    def _scan_with_re(self):
        import re
        cls = type(self)
        pattern = cls.__dict__.get('pattern')
        if pattern is None:
            delim = re.escape(cls.delimiter)
            ident = cls.idpattern
            brace = cls.braceidpattern or ident
            pattern = (rf'{delim}(?:(?P<escaped>{delim})|(?P<named>{ident})|'
                       rf'{{(?P<braced>{brace})}}|(?P<invalid>))')
            flags = re.IGNORECASE if cls.flags is None else cls.flags
            pattern = re.compile(pattern, flags | re.VERBOSE)
        elif isinstance(pattern, str):
            pattern = re.compile(pattern, re.IGNORECASE if cls.flags is None else cls.flags)
        for m in pattern.finditer(self.template):
            if m.group('escaped') is not None:
                yield m.start(), m.end(), 'escaped', None
            elif m.group('named') is not None or m.group('braced') is not None:
                yield m.start(), m.end(), 'named', m.group('named') or m.group('braced')
            else:
                yield m.start('invalid'), m.end(), 'invalid', None

    def _invalid(self, i):
        before = self.template[:i].splitlines(keepends=True)
        if not before:
            lineno, colno = 1, 1
        else:
            lineno = len(before)
            colno = i - len(''.join(before[:-1])) + 1
        raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')

    def _substitute(self, args, kws, safe):
        if len(args) > 1:
            raise TypeError('Too many positional arguments')
        if not args:
            mapping = kws
        elif kws:
            mapping = _Overlay(kws, args[0])
        else:
            mapping = args[0]
        out = []
        last = 0
        for start, end, kind, name in self._scan():
            out.append(self.template[last:start])
            last = end
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'named':
                if safe:
                    try:
                        out.append(str(mapping[name]))
                    except KeyError:
                        out.append(self.template[start:end])
                else:
                    out.append(str(mapping[name]))
            elif safe:
                out.append(self.template[start:end])
            else:
                self._invalid(start)
        out.append(self.template[last:])
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        return self._substitute(() if mapping is None else (mapping,), kws, False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._substitute(() if mapping is None else (mapping,), kws, True)

    def is_valid(self):
        return all(kind != 'invalid' for _, _, kind, _ in self._scan())

    def get_identifiers(self):
        ids = []
        for start, _, kind, name in self._scan():
            if kind == 'named' and name not in ids:
                ids.append(name)
            elif kind == 'invalid':
                self._invalid(start)
        return ids


def _identifier_end(text, i):
    """The end of the ASCII identifier starting at text[i] (i itself if there is none)."""
    if i >= len(text) or text[i] not in _ID_START:
        return i
    i += 1
    while i < len(text) and text[i] in _ID_CHARS:
        i += 1
    return i


class _Overlay:
    """Keyword arguments looked up before the mapping argument."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


# ---- Formatter ----

def _parse_format(s):
    """Yields (literal_text, field_name, format_spec, conversion) like str.format's parser."""
    i = 0
    n = len(s)
    literal = []
    while i < n:
        c = s[i]
        if c == '{':
            if i + 1 < n and s[i + 1] == '{':
                literal.append('{')
                i += 2
                continue
            depth = 1
            j = i + 1
            while j < n and depth:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                j += 1
            if depth:
                if i + 1 >= n:
                    raise ValueError("Single '{' encountered in format string")
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j - 1]
            yield (''.join(literal),) + _split_field(field)
            literal = []
            i = j
        elif c == '}':
            if i + 1 < n and s[i + 1] == '}':
                literal.append('}')
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(c)
            i += 1
    if literal:
        yield ''.join(literal), None, None, None


def _split_field(field):
    """(field_name, format_spec, conversion) of the text between braces."""
    bracket = False
    for k, ch in enumerate(field):
        if ch == '[':
            bracket = True
        elif ch == ']':
            bracket = False
        elif not bracket and ch in '!:':
            break
    else:
        return field, '', None
    name = field[:k]
    rest = field[k:]
    conversion = None
    if rest[0] == '!':
        if len(rest) < 2:
            raise ValueError('end of string while looking for conversion specifier')
        conversion = rest[1]
        rest = rest[2:]
        if rest and rest[0] != ':':
            raise ValueError('expected \':\' after conversion specifier')
    spec = rest[1:] if rest else ''
    return name, spec, conversion


def _field_name_split(name):
    """(first, [(is_attribute, key), ...]) of a field name like 'a.b[0]'."""
    i = 0
    while i < len(name) and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < len(name):
        if name[i] == '.':
            j = i + 1
            while j < len(name) and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError('Empty attribute in format string')
            rest.append((True, attr))
            i = j
        elif name[i] == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError('Empty attribute in format string')
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
        else:
            raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
    return first, rest


class Formatter:
    """The machinery of str.format, with hooks to override."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError(f'Unknown conversion specifier {conversion!s}')

    def parse(self, format_string):
        return list(_parse_format(format_string))

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first
