import { expect } from 'chai';
import { compileModule } from '../../src/compiler/compiler.js';
import { constRepr, disassemble } from '../../src/compiler/dis.js';
import { programFixtures } from './fixtures.js';

const EXPECTED = `  1           0 LOAD_CONST               0 (1)
              1 BUILD_TUPLE              1
              2 LOAD_CONST               1 (<code object add, file "dis_sample.py", line 1>)
              3 MAKE_FUNCTION            1
              4 STORE_NAME               0 (add)

  5           5 LOAD_NAME                1 (range)
              6 PUSH_NULL
              7 LOAD_CONST               2 (3)
              8 CALL                     1
              9 GET_ITER
        >>   10 FOR_ITER                36 (to 36)
             11 STORE_NAME               2 (i)

  6          12 LOAD_NAME                2 (i)
             13 LOAD_CONST               3 (2)
             14 COMPARE_OP               0 (<)
             15 POP_JUMP_IF_FALSE       35 (to 35)
             16 LOAD_NAME                0 (add)
             17 PUSH_NULL
             18 LOAD_NAME                2 (i)
             19 CALL                     1
             20 LOAD_CONST               3 (2)
             21 COMPARE_OP               3 (!=)
             22 POP_JUMP_IF_FALSE       35 (to 35)

  7          23 LOAD_NAME                3 (print)
             24 PUSH_NULL
             25 LOAD_NAME                2 (i)
             26 FORMAT_VALUE             2
             27 LOAD_CONST               4 (<code object <listcomp>, file "dis_sample.py", line 7>)
             28 MAKE_FUNCTION            0
             29 PUSH_NULL
             30 LOAD_CONST               5 ('ab')
             31 GET_ITER
             32 CALL                     1
             33 CALL                     2
             34 POP_TOP

  5     >>   35 JUMP_BACKWARD           10 (to 10)
        >>   36 LOAD_CONST               6 (None)
             37 RETURN_VALUE

Disassembly of <code object add, file "dis_sample.py", line 1>:
  3           0 LOAD_FAST                0 (a)
              1 LOAD_FAST                1 (b)
              2 BINARY_OP                0 (+)
              3 RETURN_VALUE

Disassembly of <code object <listcomp>, file "dis_sample.py", line 7>:
  7           0 BUILD_LIST               0
              1 LOAD_FAST                0 (.0)
        >>    2 FOR_ITER                 9 (to 9)
              3 STORE_FAST               1 (x)
              4 LOAD_FAST                1 (x)
              5 LOAD_CONST               0 (2)
              6 BINARY_OP                2 (*)
              7 LIST_APPEND              2
              8 JUMP_BACKWARD            2 (to 2)
        >>    9 RETURN_VALUE
`;

describe('disassembler', () => {
  it('prints code like CPython\'s dis, nested code units included', () => {
    const fx = programFixtures().find((f) => f.name === 'dis_sample')!;
    expect(disassemble(compileModule(fx.ast, fx.filename, fx.source))).to.equal(EXPECTED);
  });

  it('prints constants with Python\'s repr', () => {
    expect(constRepr({ float: 1 })).to.equal('1.0');
    expect(constRepr({ float: 1e16 })).to.equal('1e+16');
    expect(constRepr({ float: 1.5e-5 })).to.equal('1.5e-05');
    expect(constRepr({ float: 0.0001 })).to.equal('0.0001');
    expect(constRepr({ float: -Infinity })).to.equal('-inf');
    expect(constRepr({ imag: 2 })).to.equal('2j');
    expect(constRepr("it's")).to.equal('"it\'s"');
    expect(constRepr('a\nb')).to.equal("'a\\nb'");
    expect(constRepr({ bytes: Uint8Array.from([104, 0]) })).to.equal("b'h\\x00'");
    expect(constRepr({ tuple: [1, null, true] })).to.equal('(1, None, True)');
    expect(constRepr({ tuple: ['x'] })).to.equal("('x',)");
    expect(constRepr(12345678901234567890n)).to.equal('12345678901234567890');
  });
});
