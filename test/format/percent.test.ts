import { expect } from 'chai';
import { percentFormat, type PercentArgs } from '../../src/format/percent.js';
import { Failures, check, load, show, type Expected } from './helpers.js';
import { decode, percentCallbacks, type Encoded, type Val } from './values.js';

function args(e: Encoded | { t: Encoded[] }): PercentArgs<Val> {
  if ('t' in e && Array.isArray(e.t)) return { kind: 'tuple', items: e.t.map(decode) };
  const v = decode(e as Encoded);
  // As the VM does: anything subscriptable that is not a tuple or str acts as a mapping.
  return v.t === 'dict' || v.t === 'list' ? { kind: 'mapping', value: v } : { kind: 'single', value: v };
}

describe('format/percent', () => {
  it('percentFormat matches str % args, including errors', () => {
    const f = new Failures();
    for (const [template, a, want] of load<Array<[string, Encoded, Expected]>>('percent.json')) {
      f.add(`${show(template)} % ${show(a)}`, check(() => percentFormat(template, args(a), percentCallbacks), want, (g, w) => g === w));
    }
    f.assertNone();
  });

  it('handles a literal-only template quickly and strictly', () => {
    expect(percentFormat('abc', { kind: 'tuple', items: [] }, percentCallbacks)).to.equal('abc');
    expect(() => percentFormat('abc', { kind: 'single', value: { t: 'int', v: 1 } }, percentCallbacks)).to.throw(
      'not all arguments converted during string formatting',
    );
  });
});
