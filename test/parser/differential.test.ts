// Compares our trees and syntax errors with CPython 3.11's, recorded by make_expected.sh.

import { expect } from 'chai';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseModule } from '../../src/parser/parser.js';
import { PySyntaxError } from '../../src/parser/errors.js';
import { dump } from './dump.js';
import { parserTestDir, repoRoot } from './paths.js';

/** Our Constant has no `kind` (CPython sets kind='u' for u'' strings), so drop it from the expected text. */
function withoutKind(text: string): string {
  return text.replace(/, kind='u'/g, '');
}

function pyFiles(dir: string): string[] {
  return readdirSync(dir).filter(f => f.endsWith('.py')).sort();
}

describe('parser: trees match CPython ast.dump', () => {
  const dir = join(parserTestDir, 'cases');
  for (const file of pyFiles(dir)) {
    it(file, () => {
      const source = readFileSync(join(dir, file), 'utf8');
      const expected = withoutKind(readFileSync(join(dir, file + '.ast'), 'utf8').trimEnd());
      expect(dump(parseModule(source, file), source)).to.equal(expected);
    });
  }
});

describe('parser: syntax errors match CPython', () => {
  const dir = join(parserTestDir, 'errors');
  for (const file of pyFiles(dir)) {
    it(file, () => {
      const source = readFileSync(join(dir, file), 'utf8');
      const expected = JSON.parse(readFileSync(join(dir, file + '.err'), 'utf8'));
      let error: unknown = null;
      try {
        parseModule(source, file);
      } catch (e) {
        error = e;
      }
      expect(error, 'expected a syntax error').to.be.instanceOf(PySyntaxError);
      const e = error as PySyntaxError;
      expect({ kind: e.kind, msg: e.msg, lineno: e.lineno, offset: e.offset }).to.deep.equal(expected);
    });
  }
});

/** Python files of the shared test programs (conformance, threads, bench), when present beside the repository. */
function sharedFiles(): string[] {
  const shared = resolve(repoRoot, '../shared');
  if (!existsSync(shared)) return [];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.py')) out.push(path);
    }
  };
  walk(shared);
  return out.sort();
}

describe('parser: shared Python programs parse', function () {
  const files = sharedFiles();
  if (files.length === 0) {
    it.skip('../shared not present');
    return;
  }
  for (const path of files) {
    const source = readFileSync(path, 'utf8');
    it(path, () => {
      parseModule(source, path);
    });
  }
});
