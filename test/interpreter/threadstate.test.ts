import { freshWorld } from '../world.js';
import { expect } from 'chai';
import { NULL } from '../../gc/layout.js';
import { compileSource } from '../../src/runtime/compile.js';
import { codeOf } from '../../src/interpreter/code.js';
import { Frame } from '../../src/interpreter/frame.js';
import { restoreThreadState, saveThreadState, ThreadState } from '../../src/interpreter/threadstate.js';
import { newDict } from '../../src/objects/dict.js';

describe('interpreter/threadstate snapshots', () => {
  before(() => freshWorld());

  it('restores every frame of the chain to its saved position and slots', () => {
    const code = codeOf(compileSource('x = 1\ny = 2\n', '<test>', 'exec'));
    const outer = new Frame(code, newDict(), newDict(), NULL, NULL);
    const inner = new Frame(code, newDict(), newDict(), NULL, NULL);
    inner.back = outer;
    const t = new ThreadState();
    t.frame = inner;
    t.depth = 2;
    outer.pc = 3; outer.sp = code.nlocalsplus + 1; outer.f[code.nlocalsplus] = 41;
    inner.pc = 1; inner.sp = code.nlocalsplus;
    const snap = saveThreadState(t);
    outer.pc = 9; outer.f[code.nlocalsplus] = 99;
    inner.pc = 7; inner.f[code.nlocalsplus] = 5; inner.sp = code.nlocalsplus + 1;
    t.frame = outer; t.depth = 1;
    restoreThreadState(t, snap);
    expect(t.frame).to.equal(inner);
    expect(t.depth).to.equal(2);
    expect([outer.pc, outer.f[code.nlocalsplus]]).to.deep.equal([3, 41]);
    expect([inner.pc, inner.sp, inner.f[code.nlocalsplus]]).to.deep.equal([1, code.nlocalsplus, 0]);
  });
});
