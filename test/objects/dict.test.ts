import { freshWorld } from '../world.js';
import { expect } from 'chai';
import {
  dictDelete, dictGet, dictKeysVersion, dictNextEntry, dictEntryKey, dictSet, dictSize, newDict,
} from '../../src/objects/dict.js';
import { newInt, intValue } from '../../src/objects/int.js';
import { NULL } from '../../gc/layout.js';
import { newStr } from '../../src/objects/str.js';

const keysOf = (d: number) => {
  const out: unknown[] = [];
  for (let i = dictNextEntry(d, 0); i >= 0; i = dictNextEntry(d, i + 1)) out.push(intValue(dictEntryKey(d, i)));
  return out;
};

describe('objects/dict core table', () => {
  before(() => freshWorld());

  it('keeps insertion order through growth, deletion and reinsertion', () => {
    const d = newDict();
    for (let i = 0; i < 1000; i++) dictSet(d, newInt(i * 7919 % 1013), newInt(i));
    expect(dictSize(d)).to.equal(1000);
    for (let i = 0; i < 1000; i += 2) expect(dictDelete(d, newInt(i * 7919 % 1013))).to.not.equal(NULL);
    dictSet(d, newInt(0), newInt(-1));
    const keys = keysOf(d);
    expect(keys.length).to.equal(501);
    expect(keys[keys.length - 1]).to.equal(0);
    expect(intValue(dictGet(d, newInt(7919 % 1013)))).to.equal(1);
  });

  it('finds equal str keys that are different objects', () => {
    const d = newDict();
    dictSet(d, newStr('spam'), newInt(1));
    expect(intValue(dictGet(d, newStr('spam')))).to.equal(1);
    expect(dictGet(d, newStr('eggs'))).to.equal(NULL);
  });

  it('treats 1, 1.0-like boxed ints and big ints as keys by value', () => {
    const d = newDict();
    dictSet(d, newInt(2n ** 80n), newInt(5));
    expect(intValue(dictGet(d, newInt(2n ** 80n)))).to.equal(5);
    dictSet(d, newInt(2 ** 40), newInt(6));
    expect(intValue(dictGet(d, newInt(2 ** 40)))).to.equal(6);
  });

  it('changes the keys version on insert and delete but not on replace', () => {
    const d = newDict();
    dictSet(d, newInt(1), newInt(1));
    const v = dictKeysVersion(d);
    dictSet(d, newInt(1), newInt(2));
    expect(dictKeysVersion(d)).to.equal(v);
    dictSet(d, newInt(2), newInt(2));
    expect(dictKeysVersion(d)).to.not.equal(v);
  });
});
