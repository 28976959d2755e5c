import { freshWorld } from '../world.js';
import { expect } from 'chai';
import { alloc, HeapExhausted } from '../../gc/alloc.js';
import { heap } from '../../gc/heap.js';
import { HDR_INFO, HDR_TYPE, infoSize } from '../../gc/layout.js';
import { T_LIST } from '../../src/objects/statics.js';

describe('gc/heap and gc/alloc', () => {
  beforeEach(() => freshWorld(128 * 1024 ** 2));

  it('allocates zeroed, 2-word aligned objects with a header', () => {
    const a = alloc(T_LIST, 5);
    const b = alloc(T_LIST, 3);
    expect(a % 2).to.equal(0);
    expect(b % 2).to.equal(0);
    expect(heap.i32[a + HDR_TYPE]).to.equal(T_LIST);
    expect(infoSize(heap.i32[a + HDR_INFO])).to.equal(6);
    expect(b - a).to.equal(6);
    for (let i = 2; i < 6; i++) expect(heap.i32[a + i]).to.equal(0);
  });

  it('grows the buffer and re-creates the views', () => {
    const before = heap.buffer.byteLength;
    let last = 0;
    for (let i = 0; i < 64; i++) last = alloc(T_LIST, 1 << 18);
    expect(heap.buffer.byteLength).to.be.greaterThan(before);
    expect(heap.i32.length * 4).to.equal(heap.buffer.byteLength);
    heap.i32[last + 10] = 42;
    expect(heap.i32[last + 10]).to.equal(42);
  });

  it('refuses to grow past the limit', () => {
    expect(() => { for (let i = 0; i < 1000; i++) alloc(T_LIST, 1 << 22); }).to.throw(HeapExhausted);
  });
});
