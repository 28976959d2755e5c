import { expect } from 'chai';
import { buildSymbolTable, type Scope } from '../../src/compiler/symtable.js';
import { programFixtures, type ScopeDump } from './fixtures.js';

function dump(scope: Scope): ScopeDump {
  return {
    type: scope.kind,
    name: scope.name,
    symbols: Object.fromEntries([...scope.scopes].sort()),
    children: scope.children.map(dump),
  };
}

function sorted(d: ScopeDump): ScopeDump {
  return { ...d, symbols: Object.fromEntries(Object.entries(d.symbols).sort()), children: d.children.map(sorted) };
}

describe('symtable', () => {
  for (const fx of programFixtures()) {
    it(`resolves every name of ${fx.filename} as CPython does`, () => {
      const table = buildSymbolTable(fx.ast, fx.filename, fx.source);
      expect(dump(table.top)).to.deep.equal(sorted(fx.symtable));
    });
  }

  it('gives a class a __class__ cell when a method uses super()', () => {
    const fx = programFixtures().find((f) => f.name === 'classes')!;
    const table = buildSymbolTable(fx.ast, fx.filename, fx.source);
    const derived = table.top.children.find((c) => c.name === 'Derived')!;
    const base = table.top.children.find((c) => c.name === 'Base')!;
    expect(derived.needsClassClosure).to.equal(true);
    expect(derived.cellvars()).to.deep.equal(['__class__']);
    expect(base.needsClassClosure).to.equal(true);   // Base.static reads __class__
  });
});
