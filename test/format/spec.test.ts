import { expect } from 'chai';
import { formatFloat, formatInt, formatStr, parseFormatSpec } from '../../src/format/spec.js';
import { Failures, check, load, pyFloat, pyInt, show, type Expected } from './helpers.js';

const sameStr = (got: string, want: string) => got === want;

describe('format/spec', () => {
  it('formatFloat matches format(float, spec)', () => {
    const f = new Failures();
    for (const [x, spec, want] of load<Array<[string, string, Expected]>>('format_float.json')) {
      f.add(`format(${x}, ${show(spec)})`, check(() => formatFloat(pyFloat(x), spec), want, sameStr));
    }
    f.assertNone();
  });

  it('formatInt matches format(int, spec)', () => {
    const f = new Failures();
    for (const [n, spec, want] of load<Array<[string, string, Expected]>>('format_int.json')) {
      f.add(`format(${n}, ${show(spec)})`, check(() => formatInt(pyInt(n), spec), want, sameStr));
    }
    f.assertNone();
  });

  it('formatStr matches format(str, spec)', () => {
    const f = new Failures();
    for (const [s, spec, want] of load<Array<[string, string, Expected]>>('format_str.json')) {
      f.add(`format(${show(s)}, ${show(spec)})`, check(() => formatStr(s, spec), want, sameStr));
    }
    f.assertNone();
  });

  it('parseFormatSpec exposes the parsed fields', () => {
    const s = parseFormatSpec('*^+z#012,.3f', 'float', '>');
    expect(s).to.include({ fill: '*', align: '^', sign: '+', z: true, alternate: true, width: 12 });
    expect(s).to.include({ grouping: ',', precision: 3, type: 'f' });
    expect(parseFormatSpec('05', 'int', '>')).to.include({ fill: '0', align: '=', width: 5 });
    expect(parseFormatSpec('05', 'str', '<')).to.include({ fill: '0', align: '', width: 5 });
  });

  it('subclass names appear in messages', () => {
    expect(() => formatInt(1, 'q', 'MyInt')).to.throw("Unknown format code 'q' for object of type 'MyInt'");
  });
});
