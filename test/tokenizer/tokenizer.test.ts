import { expect } from 'chai';
import { normalizeNewlines, tokenize, TokenType, type Token } from '../../src/tokenizer/tokenizer.js';

const NAMES: Record<number, string> = {
  [TokenType.NAME]: 'NAME', [TokenType.KEYWORD]: 'KEYWORD', [TokenType.NUMBER]: 'NUMBER', [TokenType.STRING]: 'STRING',
  [TokenType.OP]: 'OP', [TokenType.NEWLINE]: 'NEWLINE', [TokenType.INDENT]: 'INDENT', [TokenType.DEDENT]: 'DEDENT',
  [TokenType.ENDMARKER]: 'ENDMARKER', [TokenType.ERRORTOKEN]: 'ERRORTOKEN',
};

function toks(source: string): Token[] {
  return tokenize(normalizeNewlines(source), '<test>');
}

/** Tokens as "TYPE:value" strings. */
function kinds(source: string): string[] {
  return toks(source).map(t => t.value === '' ? NAMES[t.type] : `${NAMES[t.type]}:${t.value}`);
}

function error(source: string): { kind: string; msg: string; lineno: number; offset: number } {
  const last = toks(source).at(-1)!;
  expect(last.type).to.equal(TokenType.ERRORTOKEN);
  const e = last.error!;
  return { kind: e.kind, msg: e.msg, lineno: e.lineno, offset: e.offset };
}

describe('tokenizer', () => {
  it('simple statement', () => {
    expect(kinds('x = 1\n')).to.deep.equal(['NAME:x', 'OP:=', 'NUMBER:1', 'NEWLINE', 'ENDMARKER']);
  });

  it('positions are 0-based code point columns', () => {
    const [a, eq, s] = toks('é = "😀"\n');
    expect([a.lineno, a.col, a.end_col]).to.deep.equal([1, 0, 1]);
    expect([eq.col, eq.end_col]).to.deep.equal([2, 3]);
    expect([s.col, s.end_col]).to.deep.equal([4, 7]);
  });

  it('INDENT and DEDENT', () => {
    expect(kinds('if x:\n    y\n    z\nw\n')).to.deep.equal([
      'KEYWORD:if', 'NAME:x', 'OP::', 'NEWLINE', 'INDENT', 'NAME:y', 'NEWLINE', 'NAME:z', 'NEWLINE', 'DEDENT',
      'NAME:w', 'NEWLINE', 'ENDMARKER']);
  });

  it('dedents at end of file', () => {
    expect(kinds('if x:\n  if y:\n    z')).to.deep.equal([
      'KEYWORD:if', 'NAME:x', 'OP::', 'NEWLINE', 'INDENT', 'KEYWORD:if', 'NAME:y', 'OP::', 'NEWLINE', 'INDENT',
      'NAME:z', 'NEWLINE', 'DEDENT', 'DEDENT', 'ENDMARKER']);
  });

  it('tabs count to the next multiple of 8', () => {
    // A tab and eight spaces are the same width, but mixing them is refused (TabError), as in CPython.
    expect(kinds('if x:\n\ty\n\tz\n')).to.not.include('ERRORTOKEN');
    expect(kinds('if x:\n  \ty\n\tz\n')).to.include('ERRORTOKEN');
  });

  it('blank lines and comments produce no NEWLINE', () => {
    expect(kinds('x\n\n   # c\n  \ny # d\n')).to.deep.equal(['NAME:x', 'NEWLINE', 'NAME:y', 'NEWLINE', 'ENDMARKER']);
  });

  it('brackets join lines; backslash continues them', () => {
    expect(kinds('(a,\n   b)\nc = 1 + \\\n  2\n')).to.deep.equal([
      'OP:(', 'NAME:a', 'OP:,', 'NAME:b', 'OP:)', 'NEWLINE', 'NAME:c', 'OP:=', 'NUMBER:1', 'OP:+', 'NUMBER:2',
      'NEWLINE', 'ENDMARKER']);
  });

  it('operators', () => {
    const ops = ':= -> **= //= @= ... != == <= >= << >> <<= >>= ** // += -= *= /= %= &= |= ^= ~ @ . , ; :';
    expect(kinds(ops + '\n').slice(0, -2)).to.deep.equal(ops.split(' ').map(o => `OP:${o}`));
  });

  it('keywords and soft keywords', () => {
    expect(kinds('if match case _ None\n').slice(0, 5)).to.deep.equal(['KEYWORD:if', 'NAME:match', 'NAME:case', 'NAME:_', 'KEYWORD:None']);
  });

  it('names are NFKC-normalised', () => {
    expect(toks('ﬁ ｘ\n').slice(0, 2).map(t => t.value)).to.deep.equal(['fi', 'x']);
  });

  it('numbers', () => {
    const nums = ['0', '1_000', '0x_fF', '0o17', '0b1_0', '1.5', '1.', '.5', '1e10', '1E-5', '3j', '1.5e+3J', '00', '0_0', '0.0'];
    expect(kinds(nums.join(' ') + '\n').slice(0, -2)).to.deep.equal(nums.map(n => `NUMBER:${n}`));
  });

  it('a number may touch a keyword', () => {
    expect(kinds('1if x else 2\n').slice(0, 2)).to.deep.equal(['NUMBER:1', 'KEYWORD:if']);
  });

  it('strings with every prefix', () => {
    const strs = ["'a'", '"b"', "'''c'''", '"""d"""', "r'e'", "b'f'", "rb'g'", "Br'h'", "f'i'", "RF'j'", "fR'k'", "u'l'", "U'm'"];
    expect(kinds(strs.join(' ') + '\n').slice(0, -2)).to.deep.equal(strs.map(s => `STRING:${s}`));
  });

  it('multi-line strings keep their start position', () => {
    const [s, nl] = toks('"""a\nb""" \n');
    expect([s.lineno, s.col, s.end_lineno, s.end_col]).to.deep.equal([1, 0, 2, 4]);
    expect(nl.type).to.equal(TokenType.NEWLINE);
  });

  it('escaped quotes and line continuation inside strings', () => {
    expect(kinds("'a\\'b' 'c\\\nd'\n").slice(0, 2)).to.deep.equal(["STRING:'a\\'b'", "STRING:'c\\\nd'"]);
  });

  describe('errors', () => {
    const cases: [string, string, string, number, number][] = [
      ['x = "abc\n', 'SyntaxError', 'unterminated string literal (detected at line 1)', 1, 5],
      ['x = """abc\n\n', 'SyntaxError', 'unterminated triple-quoted string literal (detected at line 2)', 1, 5],
      ['x = (1,\n', 'SyntaxError', "'(' was never closed", 1, 5],
      ['x = 1)\n', 'SyntaxError', "unmatched ')'", 1, 6],
      ['(1]\n', 'SyntaxError', "closing parenthesis ']' does not match opening parenthesis '('", 1, 3],
      ['(1,\n2]\n', 'SyntaxError', "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 2],
      ['x = 1 \\ y\n', 'SyntaxError', 'unexpected character after line continuation character', 1, 8],
      ['x = €\n', 'SyntaxError', "invalid character '€' (U+20AC)", 1, 5],
      ['x = \u00a0\n', 'SyntaxError', 'invalid non-printable character U+00A0', 1, 5],
      ['x = 1abc\n', 'SyntaxError', 'invalid decimal literal', 1, 5],
      ['x = 0777\n', 'SyntaxError', 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', 1, 5],
      ['x = 0x\n', 'SyntaxError', 'invalid hexadecimal literal', 1, 6],
      ['x = 0o8\n', 'SyntaxError', "invalid digit '8' in octal literal", 1, 7],
      ['x = 0b12\n', 'SyntaxError', "invalid digit '2' in binary literal", 1, 8],
      ['x = 1_\n', 'SyntaxError', 'invalid decimal literal', 1, 6],
      ['x = 1jx\n', 'SyntaxError', 'invalid imaginary literal', 1, 6],
      ['if x:\n    a\n  b\n', 'IndentationError', 'unindent does not match any outer indentation level', 3, 4],
      ['if x:\n\tif y:\n        z\n', 'TabError', 'inconsistent use of tabs and spaces in indentation', 3, 1],
      ['x = 1 \\\n', 'SyntaxError', 'unexpected EOF while parsing', 1, 8],
    ];
    for (const [source, kind, msg, lineno, offset] of cases) {
      it(msg, () => {
        expect(error(source)).to.deep.equal({ kind, msg, lineno, offset });
      });
    }
  });
});
