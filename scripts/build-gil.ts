// Makes the GIL build: build-gil/ is build/ with stm/barrier.js replaced by the GIL barrier,
// so the interpreter runs the same code with plain heap access and no test of the build on
// any access. Run after tsc (npm run build does both).

import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const from = path.join(root, 'build');
const to = path.join(root, 'build-gil');

fs.rmSync(to, { recursive: true, force: true });
fs.cpSync(from, to, { recursive: true, filter: (src) => !src.startsWith(path.join(from, 'test')) });
fs.copyFileSync(path.join(from, 'stm', 'barrier_gil.js'), path.join(to, 'stm', 'barrier.js'));
fs.rmSync(path.join(to, 'stm', 'barrier.js.map'), { force: true });
