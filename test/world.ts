// Test helper: a fresh world (heap, types, builtins) for unit tests of the VM's pieces.

import '../src/runtime/modules.js';
import { createWorld } from '../src/runtime/boot.js';

export function freshWorld(maxHeapBytes = 256 * 1024 ** 2): void {
  createWorld({ maxHeapBytes });
}
