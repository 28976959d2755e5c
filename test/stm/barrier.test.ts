import { freshWorld } from '../world.js';
import { expect } from 'chai';
import { alloc } from '../../gc/alloc.js';
import { fillWords, load, loadRange, moveWords, store } from '../../stm/barrier.js';
import { T_LIST } from '../../src/objects/statics.js';

describe('stm/barrier (single-thread build)', () => {
  before(() => freshWorld());

  it('stores and loads mutable words', () => {
    const o = alloc(T_LIST, 8);
    store(o, 3, -7);
    expect(load(o, 3)).to.equal(-7);
  });

  it('moves overlapping ranges and fills', () => {
    const o = alloc(T_LIST, 12);
    for (let i = 0; i < 6; i++) store(o, 2 + i, i + 1);
    moveWords(o, 3, o, 2, 6);
    const out = new Int32Array(7);
    loadRange(o, 2, 7, out, 0);
    expect(Array.from(out)).to.deep.equal([1, 1, 2, 3, 4, 5, 6]);
    fillWords(o, 2, 3, 9);
    expect([load(o, 2), load(o, 4), load(o, 5)]).to.deep.equal([9, 9, 3]);
  });
});
