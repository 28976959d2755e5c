import { freshWorld } from '../world.js';
import { expect } from 'chai';
import { newSet, setAdd, setDiscard, setItems, setSize, setContains } from '../../src/objects/set.js';
import { intValue, newInt } from '../../src/objects/int.js';

// Iteration orders printed by CPython 3.11 for these sets of ints.
const CASES: [number[], number[]][] = [
  [[3, 1, 2], [1, 2, 3]],
  [[100, 5, 37, 8, 64], [64, 100, 37, 5, 8]],
  [[-1, -2, 7, 0], [0, 7, -1, -2]],
  [[10, 20, 30, 40, 50, 60], [40, 10, 50, 20, 60, 30]],
];

describe('objects/set core table', () => {
  before(() => freshWorld());

  for (const [input, order] of CASES) {
    it(`iterates {${input.join(', ')}} in CPython's order`, () => {
      const s = newSet();
      for (const n of input) setAdd(s, newInt(n));
      expect(setItems(s).map(intValue)).to.deep.equal(order);
    });
  }

  it('adds, finds and discards through resizes', () => {
    const s = newSet();
    for (let i = 0; i < 5000; i++) setAdd(s, newInt(i * 3));
    expect(setSize(s)).to.equal(5000);
    for (let i = 0; i < 5000; i += 2) expect(setDiscard(s, newInt(i * 3))).to.equal(true);
    expect(setSize(s)).to.equal(2500);
    expect(setContains(s, newInt(3))).to.equal(true);
    expect(setContains(s, newInt(6))).to.equal(false);
    expect(setAdd(s, newInt(3))).to.equal(false);
  });
});
