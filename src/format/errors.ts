/**
 * FormatError: the single error type thrown by src/format/*.
 *
 *   new FormatError(pyType, message)
 *
 * `pyType` names the Python exception class the VM must raise and `message`
 * is CPython 3.11's exact message text (str(exc)). The VM converts it.
 */

export type PyExceptionName =
  | 'ValueError'
  | 'TypeError'
  | 'OverflowError'
  | 'ZeroDivisionError'
  | 'KeyError'
  | 'IndexError'
  | 'MemoryError';

export class FormatError extends Error {
  readonly pyType: PyExceptionName;

  constructor(pyType: PyExceptionName, message: string) {
    super(message);
    this.name = 'FormatError';
    this.pyType = pyType;
  }
}

/** A Python int as the VM hands it to us: a safe-integer number or a bigint. */
export type PyIntValue = number | bigint;
