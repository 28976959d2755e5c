// Unit tests of the parser's API and of behaviour the differential corpus cannot show.

import { expect } from 'chai';
import { parseExpression, parseModule } from '../../src/parser/parser.js';
import { PySyntaxError } from '../../src/parser/errors.js';
import type * as A from '../../src/parser/ast.js';
import { dump } from './dump.js';

function syntaxError(source: string): PySyntaxError {
  try {
    parseModule(source, '<test>');
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  throw new Error('expected a SyntaxError');
}

function firstExpr(source: string): A.Expr {
  const stmt = parseModule(source, '<test>').body[0];
  if (stmt._type !== 'Expr') throw new Error('not an expression statement');
  return stmt.value;
}

describe('parser: API', () => {
  it('parseExpression returns an Expression', () => {
    const tree = parseExpression('1 + x', '<eval>');
    expect(tree._type).to.equal('Expression');
    expect(tree.body._type).to.equal('BinOp');
  });

  it('parseExpression accepts a tuple and trailing newlines', () => {
    expect(parseExpression('1, 2\n\n', '<eval>').body._type).to.equal('Tuple');
  });

  it('parseExpression rejects statements', () => {
    expect(() => parseExpression('x = 1', '<eval>')).to.throw(PySyntaxError);
  });

  it('empty module', () => {
    expect(parseModule('', 'f.py').body).to.deep.equal([]);
    expect(parseModule('\n\n# comment\n', 'f.py').body).to.deep.equal([]);
  });

  it('errors carry filename, kind, position and the source line', () => {
    const e = syntaxError('x = 1\nif x\n    pass\n');
    expect(e.filename).to.equal('<test>');
    expect(e.kind).to.equal('SyntaxError');
    expect(e.msg).to.equal("expected ':'");
    expect([e.lineno, e.offset]).to.deep.equal([2, 5]);
    expect(e.text).to.equal('if x\n');
    expect(e).to.be.instanceOf(Error);
  });

  it('accepts CRLF and CR line endings', () => {
    const a = dump(parseModule('if x:\r\n    y = 1\r\n', 'f'));
    const b = dump(parseModule('if x:\r    y = 1\r', 'f'));
    expect(a).to.equal(dump(parseModule('if x:\n    y = 1\n', 'f')));
    expect(b).to.equal(a);
  });

  it('accepts a last line without newline', () => {
    expect(parseModule('x = 1', 'f').body).to.have.length(1);
  });
});

describe('parser: constants', () => {
  it('ints, big ints, floats, complex', () => {
    expect((firstExpr('12') as A.Constant).value).to.equal(12);
    expect((firstExpr('12345678901234567890') as A.Constant).value).to.equal(12345678901234567890n);
    expect((firstExpr('0xff') as A.Constant).value).to.equal(255);
    expect((firstExpr('1.0') as A.Constant).value).to.deep.equal({ float: 1 });
    expect((firstExpr('2j') as A.Constant).value).to.deep.equal({ imag: 2 });
    expect((firstExpr('...') as A.Constant).value).to.deep.equal({ ellipsis: true });
  });

  it('bytes', () => {
    const v = (firstExpr("b'a\\x00' b'\\xff'") as A.Constant).value as A.PyBytes;
    expect(Array.from(v.bytes)).to.deep.equal([97, 0, 255]);
  });

  it('u-prefixed strings are plain strings', () => {
    expect((firstExpr("u'x' 'y'") as A.Constant).value).to.equal('xy');
    expect((firstExpr("U'x'") as A.Constant).value).to.equal('x');
  });

  it('\\N{...} escapes', () => {
    expect((firstExpr("'\\N{BULLET}\\N{EM DASH}\\N{SNOWMAN}\\N{GREEK SMALL LETTER ALPHA}\\N{NO-BREAK SPACE}'") as A.Constant).value)
      .to.equal('\u2022\u2014\u2603\u03b1\u00a0');
  });

  it('unknown \\N{...} names are an error', () => {
    const e = syntaxError("'\\N{NOT A REAL NAME}'\n");
    expect(e.msg).to.equal("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-18: unknown Unicode character name");
  });
});

describe('parser: unsupported constructs are syntax errors', () => {
  for (const source of ['async def f(): pass\n', 'def f():\n    await x\n', 'async with a: pass\n', 'async for x in y: pass\n']) {
    it(JSON.stringify(source), () => {
      expect(syntaxError(source).msg).to.equal('invalid syntax');
    });
  }

  it('match and case stay usable as names', () => {
    expect(parseModule('match = 1\ncase = match\nmatch(x)\n', 'f').body).to.have.length(3);
  });
});

describe('parser: match and except*', () => {
  it('parses a match statement', () => {
    const s = parseModule('match x:\n    case 1: pass\n', 'f').body[0]!;
    expect(s._type).to.equal('Match');
  });

  it('parses except* into TryStar', () => {
    expect(parseModule('try:\n    pass\nexcept* E:\n    pass\n', 'f').body[0]!._type).to.equal('TryStar');
  });
});

describe('parser: robustness', () => {
  const pieces = ['(', ')', '[', ']', '{', '}', 'x', '1', "'s'", 'f"{', '}"', ':', '=', ',', '*', '**', 'if', 'else',
    'for', 'in', 'lambda', 'def', 'class', '\n', '    ', '\t', '\\', '.', 'yield', 'not', '@', ';', '#', 'é', '"""',
    '0x', '1e', ':=', '->', 'import', 'from', 'as', 'try', 'except', 'with', 'return', 'del', 'global', '!', '$'];

  it('throws only PySyntaxError on random token soup', () => {
    let seed = 12345;
    const random = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
    for (let n = 0; n < 3000; n++) {
      const parts: string[] = [];
      const len = 1 + Math.floor(random() * 12);
      for (let i = 0; i < len; i++) parts.push(pieces[Math.floor(random() * pieces.length)], random() < 0.5 ? ' ' : '');
      const source = parts.join('');
      try {
        parseModule(source, 'fuzz');
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw new Error(`non-syntax error for ${JSON.stringify(source)}: ${String(e)}`);
      }
    }
  });

  it('parses a 10,000-line file quickly', () => {
    const block = [
      'def f{n}(a, b=1, *args, **kw):',
      '    x = [i * 2 for i in range(a) if i % 3]',
      '    y = {"k": x, **kw}',
      '    if a > b and not x:',
      '        return f"{a!r} {b:>10}"',
      '    for i, j in zip(x, y):',
      '        a += i * j - (b // 2) ** 3',
      '    try:',
      '        z = obj.attr[1:2, ::3](*args)',
      '    except (KeyError, ValueError) as e:',
      '        raise RuntimeError("bad") from e',
      '    return lambda q: q + a',
      '',
    ];
    const lines: string[] = [];
    for (let n = 0; lines.length < 10000; n++) for (const l of block) lines.push(l.replace('{n}', String(n)));
    const source = lines.join('\n');
    parseModule(lines.slice(0, 1300).join('\n'), 'warm-up.py');
    // Best of three, so that a busy machine does not fail the test.
    let best = Infinity;
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      const tree = parseModule(source, 'big.py');
      best = Math.min(best, performance.now() - start);
      expect(tree.body.length).to.be.greaterThan(700);
    }
    expect(best).to.be.lessThan(1000);
  });
});
