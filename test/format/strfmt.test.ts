import { expect } from 'chai';
import { fieldNameSplit, formatterParser, strFormat } from '../../src/format/strfmt.js';
import { Failures, check, load, show, type Expected } from './helpers.js';
import { decode, strFormatCallbacks, type Encoded } from './values.js';

interface Fixture {
  pos: Encoded[];
  kw: Record<string, Encoded>;
  cases: Array<[string, Expected]>;
  map_cases: Array<[string, Expected]>;
  parser: Array<[string, Expected]>;
  split: Array<[string, Expected]>;
}

const fx = load<Fixture>('strformat.json');
const pos = fx.pos.map(decode);
const kw = new Map(Object.entries(fx.kw).map(([k, v]) => [k, decode(v)]));
const same = (g: unknown, w: unknown) => JSON.stringify(g) === JSON.stringify(w);

describe('format/strfmt', () => {
  it('strFormat matches str.format, errors included', () => {
    const f = new Failures();
    for (const [template, want] of fx.cases) {
      f.add(show(template), check(() => strFormat(template, strFormatCallbacks(pos, kw)), want, (g, w) => g === w));
    }
    f.assertNone();
  });

  it('strFormat with positional null behaves as format_map', () => {
    const f = new Failures();
    for (const [template, want] of fx.map_cases) {
      f.add(show(template), check(() => strFormat(template, strFormatCallbacks(null, kw)), want, (g, w) => g === w));
    }
    f.assertNone();
  });

  it('formatterParser matches _string.formatter_parser', () => {
    const f = new Failures();
    for (const [template, want] of fx.parser) {
      const got = () =>
        formatterParser(template).map((c) => [c.literal, c.fieldName, c.formatSpec, c.conversion]);
      f.add(show(template), check(got, want, same));
    }
    f.assertNone();
  });

  it('fieldNameSplit matches _string.formatter_field_name_split', () => {
    const f = new Failures();
    for (const [name, want] of fx.split) {
      const got = () => {
        const [first, rest] = fieldNameSplit(name);
        return [first, rest.map(([isAttr, key]) => [isAttr, key])];
      };
      f.add(show(name), check(got, want, same));
    }
    f.assertNone();
  });

  it('a template without braces is returned unchanged', () => {
    expect(strFormat('plain', strFormatCallbacks([], kw))).to.equal('plain');
  });
});
