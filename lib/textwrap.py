"""Wrapping and filling text: wrap, fill, shorten, dedent, indent and TextWrapper."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# The whitespace that wrapping knows (ASCII only, as in CPython).
_WHITESPACE = '\t\n\x0b\x0c\r '
_TO_SPACES = {ord(c): ' ' for c in _WHITESPACE}
_WORD_PUNCT = '!"\'&.,?'


def _is_word_char(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return _is_word_char(c) and not c.isdecimal()


def _is_word_punct(c):
    return _is_word_char(c) or c in _WORD_PUNCT


def _dash_run_then_word(text, i):
    """Whether text[i:] is two or more hyphens followed by a word character; returns the
    end of the hyphens, or -1."""
    j = i
    while j < len(text) and text[j] == '-':
        j += 1
    if j - i >= 2 and j < len(text) and _is_word_char(text[j]):
        return j
    return -1


def _split_on_hyphens(text):
    """Chunks of text: runs of whitespace, em-dashes between words, and words, where a
    hyphenated word is split after each hyphen that joins two letters."""
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        if text[i] in _WHITESPACE:
            j = i
            while j < n and text[j] in _WHITESPACE:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if i > 0 and _is_word_punct(text[i - 1]):
            end = _dash_run_then_word(text, i)
            if end >= 0:
                chunks.append(text[i:end])
                i = end
                continue
        end = _word_end(text, i)
        chunks.append(text[i:end])
        i = end
    return chunks


def _word_end(text, start):
    """The end of the shortest word chunk from start (see _split_on_hyphens)."""
    n = len(text)
    e = start + 1
    while True:
        # A hyphen right after the word so far, joining letters, ends the chunk after it.
        if e < n and text[e] == '-' and _hyphen_breaks(text, e + 1):
            return e + 1
        if e >= n or text[e] in _WHITESPACE:
            return e
        if _is_word_punct(text[e - 1]) and _dash_run_then_word(text, e) >= 0:
            return e
        e += 1


def _hyphen_breaks(text, after):
    """Whether a break may follow the hyphen at text[after - 1]: two letters before it (or
    letter-hyphen-letter), and a letter, optional hyphen, letter after it."""
    before = (after >= 3 and _is_letter(text[after - 3]) and _is_letter(text[after - 2])) or (
        after >= 4 and _is_letter(text[after - 4]) and text[after - 3] == '-'
        and _is_letter(text[after - 2]))
    if not before:
        return False
    n = len(text)
    if after >= n or not _is_letter(text[after]):
        return False
    k = after + 1
    if k < n and text[k] == '-':
        k += 1
    return k < n and _is_letter(text[k])


def _split_on_whitespace(text):
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        space = text[i] in _WHITESPACE
        j = i
        while j < n and (text[j] in _WHITESPACE) == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    """Whether a chunk ends like a sentence: a lowercase letter, then . ! or ?, then an
    optional quote."""
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """Wraps paragraphs into lines of at most `width` characters."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(_TO_SPACES)
        return text

    def _split(self, text):
        if self.break_on_hyphens:
            return _split_on_hyphens(text)
        return _split_on_whitespace(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and _ends_sentence(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Puts part of a word too long for any line on the current line."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError(f"invalid width {self.width!r} (must be > 0)")
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks = chunks[::-1]
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # Whitespace at the start of a line (but the first) goes.
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += size
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            if self._line_fits(lines, chunks, cur_len, width):
                lines.append(indent + ''.join(cur_line))
                continue
            self._add_placeholder(lines, cur_line, cur_len, indent, width)
            break
        return lines

    def _line_fits(self, lines, chunks, cur_len, width):
        """Whether the current line goes out as it is: no line limit, or it is not the
        last allowed line, or nothing but whitespace follows it and it fits."""
        if self.max_lines is None or len(lines) + 1 < self.max_lines:
            return True
        rest_is_blank = not chunks or (
            self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
        return rest_is_blank and cur_len <= width

    def _add_placeholder(self, lines, cur_line, cur_len, indent, width):
        """Ends the text on the last allowed line with the placeholder."""
        while cur_line:
            if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                cur_line.append(self.placeholder)
                lines.append(indent + ''.join(cur_line))
                return
            cur_len -= len(cur_line[-1])
            del cur_line[-1]
        if lines:
            prev_line = lines[-1].rstrip()
            if len(prev_line) + len(self.placeholder) <= self.width:
                lines[-1] = prev_line + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapses whitespace, then truncates to width with a placeholder if needed."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _leading_blanks(line):
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    """Removes the whitespace (spaces and tabs) common to the start of every non-blank
    line; lines holding only spaces and tabs become empty."""
    lines = text.split('\n')
    margin = None
    for k, line in enumerate(lines):
        lead = _leading_blanks(line)
        if len(lead) == len(line):
            lines[k] = ''
            continue
        if margin is None or lead.startswith(margin):
            margin = lead if margin is None else margin
        elif margin.startswith(lead):
            margin = lead
        else:
            i = 0
            while i < len(margin) and i < len(lead) and margin[i] == lead[i]:
                i += 1
            margin = margin[:i]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds prefix to the lines of text for which predicate holds (default: lines that are
    not only whitespace)."""
    out = []
    for line in text.splitlines(True):
        keep = predicate(line) if predicate is not None else line.strip()
        out.append(prefix + line if keep else line)
    return ''.join(out)
