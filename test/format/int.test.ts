import { expect } from 'chai';
import { intHash } from '../../src/format/float.js';
import {
  getIntMaxStrDigits,
  intAdd,
  intAnd,
  intBitCount,
  intBitLength,
  intCompare,
  intDivmod,
  intEq,
  intFloorDiv,
  intFromString,
  intGcd,
  intInvert,
  intIsqrt,
  intLshift,
  intMod,
  intMul,
  intNegativePow,
  intOr,
  intPow,
  intRound,
  intRshift,
  intSub,
  intToFloat,
  intToString,
  intTrueDiv,
  intXor,
  setIntMaxStrDigits,
} from '../../src/format/int.js';
import { FormatError } from '../../src/format/errors.js';
import { Failures, check, load, pyInt, sameFloat, sameInt, show, type Expected } from './helpers.js';

interface IntCase {
  n: string;
  hex: string;
  oct: string;
  bin: string;
  hash: string;
  bl: number;
  bc: number;
  float: Expected;
  isqrt: Expected;
  round: Array<[number, Expected]>;
  b36: Expected | null;
}

interface OpCase {
  a: string;
  b: string;
  e: number;
  s: number;
  m: string;
  add: string;
  sub: string;
  mul: string;
  floordiv: Expected;
  mod: Expected;
  divmod: Expected;
  truediv: Expected;
  and: string;
  or: string;
  xor: string;
  inv: string;
  lshift: Expected;
  rshift: Expected;
  pow: Expected | null;
  powmod: Expected;
  gcd: string;
  cmp: number;
  eq: boolean;
}

const samePair = (got: [any, any], want: [string, string]) => sameInt(got[0], want[0]) && sameInt(got[1], want[1]);
const eqInt = (got: any, want: string) => (sameInt(got, want) ? null : `got ${show(got)} want ${want}`);

describe('format/int', () => {
  it('unary conversions: str/hex/oct/bin, hash, bit_length, bit_count, float, isqrt, round', () => {
    const f = new Failures();
    for (const c of load<IntCase[]>('int_cases.json')) {
      const n = pyInt(c.n);
      f.add(`str ${c.n}`, intToString(n) === c.n ? null : intToString(n));
      f.add(`hex ${c.n}`, intToString(n, 16) === c.hex ? null : intToString(n, 16));
      f.add(`oct ${c.n}`, intToString(n, 8) === c.oct ? null : intToString(n, 8));
      f.add(`bin ${c.n}`, intToString(n, 2) === c.bin ? null : intToString(n, 2));
      f.add(`hash ${c.n}`, eqInt(intHash(n), c.hash));
      f.add(`bl ${c.n}`, intBitLength(n) === c.bl ? null : String(intBitLength(n)));
      f.add(`bc ${c.n}`, intBitCount(n) === c.bc ? null : String(intBitCount(n)));
      f.add(`float ${c.n}`, check(() => intToFloat(n), c.float, sameFloat));
      f.add(`isqrt ${c.n}`, check(() => intIsqrt(n), c.isqrt, sameInt));
      for (const [nd, want] of c.round) f.add(`round ${c.n} ${nd}`, check(() => intRound(n, nd), want, sameInt));
      if (c.b36) f.add(`b36 ${c.n}`, check(() => intFromString(c.n, 36), c.b36, sameInt));
    }
    f.assertNone();
  });

  it('binary operations follow Python on mixed small and big ints', () => {
    const f = new Failures();
    for (const c of load<OpCase[]>('int_ops.json')) {
      const a = pyInt(c.a);
      const b = pyInt(c.b);
      const w = `${c.a} ? ${c.b}`;
      if (c.add === undefined) {
        f.add('lshift -1', check(() => intLshift(a, c.s), c.lshift, sameInt));
        f.add('rshift -1', check(() => intRshift(a, c.s), c.rshift, sameInt));
        continue;
      }
      f.add(`+ ${w}`, eqInt(intAdd(a, b), c.add));
      f.add(`- ${w}`, eqInt(intSub(a, b), c.sub));
      f.add(`* ${w}`, eqInt(intMul(a, b), c.mul));
      f.add(`// ${w}`, check(() => intFloorDiv(a, b), c.floordiv, sameInt));
      f.add(`% ${w}`, check(() => intMod(a, b), c.mod, sameInt));
      f.add(`divmod ${w}`, check(() => intDivmod(a, b), c.divmod, samePair));
      f.add(`/ ${w}`, check(() => intTrueDiv(a, b), c.truediv, sameFloat));
      f.add(`& ${w}`, eqInt(intAnd(a, b), c.and));
      f.add(`| ${w}`, eqInt(intOr(a, b), c.or));
      f.add(`^ ${w}`, eqInt(intXor(a, b), c.xor));
      f.add(`~ ${c.a}`, eqInt(intInvert(a), c.inv));
      f.add(`<< ${c.a} ${c.s}`, check(() => intLshift(a, c.s), c.lshift, sameInt));
      f.add(`>> ${c.a} ${c.s}`, check(() => intRshift(a, c.s), c.rshift, sameInt));
      if (c.pow) {
        const pw = c.pow;
        if (c.e >= 0) f.add(`** ${c.a} ${c.e}`, check(() => intPow(a, c.e), pw, sameInt));
        else f.add(`** ${c.a} ${c.e}`, check(() => intNegativePow(a, c.e), pw, sameFloat));
      }
      f.add(`pow(${c.a}, ${c.e}, ${c.m})`, check(() => intPow(a, c.e, pyInt(c.m)), c.powmod, sameInt));
      f.add(`gcd ${w}`, eqInt(intGcd(a, b), c.gcd));
      f.add(`cmp ${w}`, intCompare(a, b) === c.cmp ? null : 'cmp');
      f.add(`eq ${w}`, intEq(a, b) === c.eq ? null : 'eq');
    }
    f.assertNone();
  });

  it('intFromString parses like int(s, base)', () => {
    const f = new Failures();
    for (const [s, base, want] of load<Array<[string, number, Expected]>>('int_parse.json')) {
      f.add(`int(${show(s).slice(0, 60)}, ${base})`, check(() => intFromString(s, base), want, sameInt));
    }
    f.assertNone();
  });

  it('int max str digits limit', () => {
    for (const [sign, k, want] of load<Array<[number, number, Expected]>>('int_limit.json')) {
      const n = BigInt(sign) * 10n ** BigInt(k);
      const problem = check(() => intToString(n).length, want, (got, w) => String(got) === w);
      expect(problem, `${sign} * 10**${k}`).to.equal(null);
    }
    expect(getIntMaxStrDigits()).to.equal(4300);
    expect(() => setIntMaxStrDigits(5)).to.throw(FormatError, 'maxdigits must be 0 or larger than 640');
    setIntMaxStrDigits(0);
    try {
      expect(intToString(10n ** 5000n).length).to.equal(5001);
    } finally {
      setIntMaxStrDigits(4300);
    }
  });

  it('results are normalised numbers when safe', () => {
    expect(intAdd(2n ** 60n, -(2n ** 60n))).to.equal(0);
    expect(intMul(-3, 0)).to.equal(0);
    expect(Object.is(intMul(-3, 0), -0)).to.equal(false);
    expect(intAdd(2 ** 53 - 1, 1)).to.equal(2n ** 53n);
    expect(intPow(3, 40)).to.equal(3n ** 40n);
    expect(intLshift(1, 60)).to.equal(2n ** 60n);
    expect(() => intLshift(1, 2n ** 64n)).to.throw(FormatError);
  });
});
