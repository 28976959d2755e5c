import { expect } from 'chai';
import type { CodeConstant, CodeUnit } from '../../src/compiler/code.js';
import { CodeFlags } from '../../src/compiler/code.js';
import { compileExpression, compileModule } from '../../src/compiler/compiler.js';
import { OPCODES } from '../../src/compiler/opcodes.js';
import { verifyCode } from '../../src/compiler/verify.js';
import { programFixtures } from './fixtures.js';

function isCode(c: CodeConstant): c is CodeUnit { return c !== null && typeof c === 'object' && 'kind' in c; }

/** Every code unit nested in `unit` (itself included), by qualname. */
function units(unit: CodeUnit): Map<string, CodeUnit> {
  const all = new Map<string, CodeUnit>([[unit.qualname, unit]]);
  for (const c of unit.consts) if (isCode(c)) for (const [k, v] of units(c)) all.set(k, v);
  return all;
}

function opnames(unit: CodeUnit): string[] {
  const names: string[] = [];
  for (let i = 0; i < unit.code.length; i += 2) names.push(OPCODES[unit.code[i]!]!.name);
  return names;
}

const compiled = new Map(programFixtures().map((fx) => [fx.name, compileModule(fx.ast, fx.filename, fx.source)]));
const unit = (program: string, qualname: string): CodeUnit => {
  const found = units(compiled.get(program)!).get(qualname);
  if (found === undefined) throw new Error(`no code unit ${qualname} in ${program}`);
  return found;
};

describe('compiler', () => {
  for (const [name, code] of compiled) {
    it(`compiles ${name} to code with consistent stack depths and exception tables`, () => {
      expect(verifyCode(code)).to.deep.equal([]);
    });
  }

  it('stores the module docstring as __doc__ and keeps function docstrings in consts[0]', () => {
    const module = unit('basics', '<module>');
    expect(module.consts[0]).to.equal('Module docstring.');
    expect(module.names[0]).to.equal('__doc__');
    expect(unit('functions', 'simple').consts[0]).to.equal('Docstring of simple.');
    expect(unit('functions', 'outer').consts[0]).to.equal(null);
  });

  it('folds negative literals into constants', () => {
    const consts = unit('basics', '<module>').consts;
    expect(consts).to.deep.include(-2);
    expect(consts).to.deep.include({ float: -2.5 });
    expect(consts).to.deep.include(-123456789012345678901234567890n);
  });

  it('names nested code like CPython', () => {
    expect(unit('functions', 'outer.<locals>.inner').name).to.equal('inner');
    expect(unit('classes', 'Derived.Nested.f.<locals>.<listcomp>').name).to.equal('<listcomp>');
    expect(unit('functions', 'outer.<locals>.uses_global').freevars).to.deep.equal([]);
    expect(unit('comprehensions', 'in_function.<locals>.<genexpr>').varnames[0]).to.equal('.0');
  });

  it('makes closures of cells and free variables', () => {
    const outer = unit('functions', 'outer');
    expect(outer.cellvars).to.deep.equal(['x', 'y']);
    expect(unit('functions', 'outer.<locals>.inner').freevars).to.deep.equal(['x', 'y']);
    expect(opnames(outer)).to.include.members(['LOAD_CLOSURE', 'MAKE_FUNCTION']);
    expect(unit('functions', 'param_cell').cellvars).to.deep.equal(['a']);
    expect(unit('functions', 'param_cell').varnames).to.deep.equal(['a']);
  });

  it('ends a class body that needs __class__ by returning the cell', () => {
    const ops = opnames(unit('classes', 'Derived'));
    expect(ops.slice(-4)).to.deep.equal(['LOAD_CLOSURE', 'COPY', 'STORE_NAME', 'RETURN_VALUE']);
    expect(unit('classes', 'Derived').names).to.include('__classcell__');
    expect(opnames(unit('classes', 'Empty')).slice(-2)).to.deep.equal(['LOAD_CONST', 'RETURN_VALUE']);
    expect(unit('classes', 'Empty').names.slice(0, 3)).to.deep.equal(['__name__', '__module__', '__qualname__']);
  });

  it('flags generators and loops back with JUMP_BACKWARD only', () => {
    expect(unit('functions', 'gen').flags & CodeFlags.GENERATOR).to.not.equal(0);
    expect(unit('functions', 'simple').flags & CodeFlags.GENERATOR).to.equal(0);
    expect(unit('functions', 'gen_lambda.<locals>.<lambda>').flags & CodeFlags.GENERATOR).to.not.equal(0);
    const loops = unit('control', 'loops');
    for (let i = 0; i < loops.code.length; i += 2) {
      const name = OPCODES[loops.code[i]!]!.name;
      const target = loops.code[i + 1]!;
      if (name === 'JUMP_BACKWARD') expect(target).to.be.at.most(i / 2);
      else if (OPCODES[loops.code[i]!]!.operand === 'jump') expect(target).to.be.greaterThan(i / 2);
    }
  });

  it('compiles yield from as a SEND loop', () => {
    const ops = opnames(unit('functions', 'gen'));
    const at = ops.indexOf('GET_YIELD_FROM_ITER');
    expect(ops.slice(at, at + 5)).to.deep.equal(['GET_YIELD_FROM_ITER', 'LOAD_CONST', 'SEND', 'YIELD_VALUE', 'JUMP_BACKWARD']);
  });

  it('uses LOAD_METHOD for method calls and CALL_FUNCTION_EX for star arguments', () => {
    const ops = opnames(unit('functions', 'calls'));
    expect(ops.filter((o) => o === 'LOAD_METHOD')).to.have.length(2);
    expect(ops).to.include.members(['CALL_KW', 'CALL_FUNCTION_EX', 'DICT_MERGE', 'LIST_EXTEND', 'LIST_TO_TUPLE']);
  });

  it('builds long displays item by item', () => {
    const code = unit('functions', 'big_displays');
    expect(code.stacksize).to.be.below(40);
    expect(opnames(code)).to.include.members(['LIST_APPEND', 'DICT_UPDATE']);
  });

  it('sets up annotations in module and class bodies', () => {
    expect(opnames(unit('basics', '<module>'))).to.include('SETUP_ANNOTATIONS');
    expect(opnames(unit('classes', 'Base'))).to.include('SETUP_ANNOTATIONS');
    expect(opnames(unit('classes', 'Empty'))).to.not.include('SETUP_ANNOTATIONS');
  });

  it('records the source position of each instruction', () => {
    const code = unit('functions', 'simple');
    const binop = opnames(code).indexOf('BINARY_OP');
    expect([code.lines[binop], code.columns[binop], code.endColumns[binop]]).to.deep.equal([3, 11, 16]);
  });
});

describe('compiler: match and except*', () => {
  it('compiles each pattern kind with its opcodes', () => {
    const ops = opnames(unit('match_stmt', 'classify'));
    expect(ops).to.include.members(['MATCH_SEQUENCE', 'GET_LEN', 'UNPACK_EX', 'MATCH_MAPPING', 'MATCH_KEYS',
      'COPY_DICT_WITHOUT_KEYS', 'MATCH_CLASS', 'IS_OP', 'COMPARE_OP']);
  });

  it('binds captures in the enclosing scope: fast locals, cells, class namespace', () => {
    expect(unit('match_stmt', 'closure').cellvars).to.deep.equal(['x', 'y']);
    expect(unit('match_stmt', 'classify').varnames).to.include.members(['a', 'rest', 'b', 'others', 'yy', 'text', 'small']);
    expect(unit('match_stmt', 'Body').names).to.include.members(['a', 'b', 'total', 'ok']);
  });

  it('collects what except* clauses raise and decides what propagates with PREP_RERAISE_STAR', () => {
    const ops = opnames(unit('except_star', 'handle'));
    expect(ops.filter((o) => o === 'CHECK_EG_MATCH')).to.have.length(3);
    expect(ops.filter((o) => o === 'PREP_RERAISE_STAR')).to.have.length(1);
  });
});

describe('compiler annotations and eval', () => {
  it('keeps annotations as source text under from __future__ import annotations', () => {
    const node = unit('future_annotations', 'Node');
    expect(node.consts).to.include.members(['Node | None', 'dict[str,  int]']);
    const module = unit('future_annotations', '<module>');
    expect(module.consts).to.include.members(['Node', 'list[Node]', '"int"']);
    expect(module.consts).to.deep.include({ tuple: ['annotations'] });
  });

  it('compiles an expression for eval to code returning its value', () => {
    const fx = programFixtures().find((f) => f.name === 'future_annotations')!;
    const last = fx.ast.body[fx.ast.body.length - 1]!;
    if (last._type !== 'Expr') throw new Error('fixture changed');
    const code = compileExpression({ _type: 'Expression', body: last.value }, '<string>', fx.source);
    expect(opnames(code)).to.deep.equal(['LOAD_CONST', 'LOAD_CONST', 'BINARY_OP', 'LOAD_CONST', 'BINARY_OP', 'RETURN_VALUE']);
    expect(verifyCode(code)).to.deep.equal([]);
  });
});
