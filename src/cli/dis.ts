// pystm --dis: the program's bytecode, as the compiler produced it.

import { compileModule } from '../compiler/compiler.js';
import { disassemble } from '../compiler/dis.js';
import { parseModule } from '../parser/parser.js';

export function disassembleFile(source: string, filename: string): string {
  return disassemble(compileModule(parseModule(source, filename), filename, source));
}
