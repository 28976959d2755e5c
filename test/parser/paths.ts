// Locates the test data directories from the compiled test files (build/test/parser/...),
// falling back to the working directory when the build lives elsewhere.

import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The repository root: the directory holding test/parser/cases. */
export const repoRoot: string = (() => {
  const fromBuild = resolve(here, '../../..');
  if (existsSync(resolve(fromBuild, 'test/parser/cases'))) return fromBuild;
  return process.cwd();
})();

export const parserTestDir: string = resolve(repoRoot, 'test/parser');
