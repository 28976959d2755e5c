// Rewrites src/compiler/op.ts (the Op const enum) from the opcode table in opcodes.ts.
//   npm run gen:opcodes

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { opEnumSource } from '../src/compiler/opcodes.js';

const target = fileURLToPath(new URL('../../src/compiler/op.ts', import.meta.url));
writeFileSync(target, opEnumSource());
console.log(`wrote ${target}`);
