// How a Python exception travels through TypeScript code: a thrown PyRaise carrying the
// exception object. It is not an Error, so throwing it captures no JavaScript stack.

import type { Ref } from '../../gc/layout.js';

export class PyRaise {
  constructor(public readonly exc: Ref) {}
}

/** True for a JavaScript value thrown by the VM itself rather than a Python exception. */
export function isInternalError(e: unknown): boolean {
  return !(e instanceof PyRaise);
}
