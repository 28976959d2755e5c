// The one error type the tokenizer and the parser throw for bad source. Fields mirror the
// attributes of CPython's SyntaxError so the interpreter can turn it into a Python exception.

export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

export class PySyntaxError extends Error {
  kind: SyntaxErrorKind;
  msg: string;
  filename: string;
  lineno: number;
  /** 1-based column in code points, as CPython's SyntaxError.offset. */
  offset: number;
  /** The offending source line (CPython keeps the newline for parser errors, drops it for tokenizer errors). */
  text: string;
  end_lineno: number;
  end_offset: number;

  constructor(kind: SyntaxErrorKind, msg: string, filename: string, lineno: number, offset: number,
              text: string, end_lineno: number, end_offset: number) {
    super(`${msg} (${filename}, line ${lineno})`);
    this.name = kind;
    this.kind = kind;
    this.msg = msg;
    this.filename = filename;
    this.lineno = lineno;
    this.offset = offset;
    this.text = text;
    this.end_lineno = end_lineno;
    this.end_offset = end_offset;
  }
}
