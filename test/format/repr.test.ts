import { expect } from 'chai';
import { unicodeDigitValue } from '../../src/format/internal.js';
import { asciiRepr, bytesRepr, isPrintableCodePoint, strRepr } from '../../src/format/repr.js';
import { Failures, load, show } from './helpers.js';

interface Fixture {
  str: Array<[string, string, string]>;
  bytes: Array<[number[], string]>;
  printable: Array<[number, number]>;
  decimal: Array<[number, number]>;
}

const fx = load<Fixture>('repr.json');

describe('format/repr', () => {
  it('strRepr and asciiRepr match repr() and ascii()', () => {
    const f = new Failures();
    for (const [s, r, a] of fx.str) {
      f.add(`repr ${show(s)}`, strRepr(s) === r ? null : `got ${strRepr(s)} want ${r}`);
      f.add(`ascii ${show(s)}`, asciiRepr(s) === a ? null : `got ${asciiRepr(s)} want ${a}`);
    }
    f.assertNone();
  });

  it('bytesRepr matches repr(bytes)', () => {
    const f = new Failures();
    for (const [b, r] of fx.bytes) {
      const got = bytesRepr(Uint8Array.from(b));
      f.add(show(b), got === r ? null : `got ${got}`);
    }
    f.assertNone();
  });

  it('isPrintableCodePoint agrees with str.isprintable on every code point', () => {
    const printable = new Uint8Array(0x110000);
    for (const [a, b] of fx.printable) printable.fill(1, a, b + 1);
    const f = new Failures();
    for (let cp = 0; cp < 0x110000; cp++) {
      if (isPrintableCodePoint(cp) !== (printable[cp] === 1)) f.add(cp.toString(16), 'mismatch');
    }
    f.assertNone();
  });

  it('unicodeDigitValue agrees with unicodedata.decimal', () => {
    const f = new Failures();
    for (const [cp, d] of fx.decimal) f.add(cp.toString(16), unicodeDigitValue(cp) === d ? null : String(unicodeDigitValue(cp)));
    f.assertNone();
    expect(unicodeDigitValue(0x41)).to.equal(-1);
  });
});
