// Free blocks: filed by size class, split when bigger than a chunk, small ones left unfiled.
import { expect } from 'chai';
import { freshWorld } from '../world.js';
import { heap } from '../../gc/heap.js';
import { HDR_INFO, INFO_FREE, infoSize } from '../../gc/layout.js';
import { addFreeBlock, clearFreeLists, MIN_FILED_WORDS, takeFreeBlock } from '../../gc/free.js';
import { alloc, retireChunk } from '../../gc/alloc.js';
import { T_TUPLE } from '../../src/objects/statics.js';

describe('gc/free', () => {
  beforeEach(() => freshWorld(64 * 1024 ** 2));

  /** A run of `words` words of heap that nothing uses (taken as one object, then freed). */
  function space(words: number): number {
    retireChunk();
    return alloc(T_TUPLE, words);
  }

  it('gives a block of at least the size asked, from the smallest class that surely fits', () => {
    clearFreeLists();
    const a = space(4096);
    addFreeBlock(a, 100);
    addFreeBlock(a + 100, 1000);
    expect(takeFreeBlock(200, 1 << 16)).to.equal(a + 100);
    expect(takeFreeBlock(200, 1 << 16)).to.equal(0);
    expect(takeFreeBlock(64, 1 << 16)).to.equal(a);
  });

  it('splits a block bigger than a chunk and files the rest', () => {
    clearFreeLists();
    const a = space(5000);
    addFreeBlock(a, 5000);
    expect(takeFreeBlock(10, 1000)).to.equal(a);
    expect(infoSize(heap.i32[a + HDR_INFO])).to.equal(1000);
    expect(takeFreeBlock(10, 1000)).to.equal(a + 1000);
  });

  it('leaves blocks smaller than MIN_FILED_WORDS formatted but out of the lists', () => {
    clearFreeLists();
    const a = space(64);
    addFreeBlock(a, MIN_FILED_WORDS - 2);
    expect(heap.i32[a + HDR_INFO] & INFO_FREE).to.equal(INFO_FREE);
    expect(takeFreeBlock(2, 1 << 16)).to.equal(0);
  });
});
