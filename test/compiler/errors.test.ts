import { expect } from 'chai';
import { compileModule } from '../../src/compiler/compiler.js';
import { PySyntaxError } from '../../src/parser/errors.js';
import { errorFixtures } from './fixtures.js';

describe('compiler SyntaxErrors', () => {
  for (const fx of errorFixtures()) {
    it(`${fx.msg} (line ${fx.lineno})`, () => {
      let caught: unknown;
      try {
        compileModule(fx.ast, 'bad.py', fx.source);
      } catch (e) {
        caught = e;
      }
      expect(caught).to.be.instanceOf(PySyntaxError);
      const err = caught as PySyntaxError;
      expect([err.msg, err.lineno, err.offset]).to.deep.equal([fx.msg, fx.lineno, fx.offset]);
      expect(err.filename).to.equal('bad.py');
      expect(err.text).to.equal(fx.source.split('\n')[fx.lineno - 1] + '\n');
    });
  }
});
