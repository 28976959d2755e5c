import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Op, OPCODES, opcodeInfo, opEnumSource } from '../../src/compiler/opcodes.js';

describe('compiler/opcodes table', () => {
  it('numbers opcodes by their position and names them uniquely', () => {
    const names = new Set<string>();
    OPCODES.forEach((o, i) => {
      expect(o.code).to.equal(i);
      expect(names.has(o.name)).to.equal(false);
      names.add(o.name);
    });
    expect(Op.NOP).to.equal(0);
  });

  it('has a current generated Op enum (run `npm run gen:opcodes` after changing the table)', () => {
    const file = fileURLToPath(new URL('../../../src/compiler/op.ts', import.meta.url));
    expect(readFileSync(file, 'utf8')).to.equal(opEnumSource());
  });

  it('gives every jump a stack effect for the jump', () => {
    for (const o of OPCODES) {
      if (o.operand === 'jump') expect(o.jumpStack, o.name).to.be.a('function');
      expect(o.comment.length, o.name).to.be.greaterThan(5);
    }
  });

  it('computes variable stack effects from the argument', () => {
    expect(opcodeInfo(Op.BUILD_TUPLE).stack(3)).to.equal(-2);
    expect(opcodeInfo(Op.CALL).stack(2)).to.equal(-3);
    expect(opcodeInfo(Op.UNPACK_EX).stack(1 | (2 << 8))).to.equal(3);
  });
});
