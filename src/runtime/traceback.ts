// Printing an uncaught exception as CPython 3.11 does: the chain of causes and contexts,
// each with "Traceback (most recent call last):", one entry per frame with its source line
// and position carets, then "Type: message". Syntax errors print their line and caret.

import * as fs from 'node:fs';
import { NULL, Ref } from '../../gc/layout.js';
import { excCause, excContext, excSuppressContext, excTraceback } from '../objects/exception.js';
import { typeOf } from '../objects/object.js';
import { NONE, T_STR } from '../objects/statics.js';
import { strValue } from '../objects/str.js';
import { tbCode, tbInstr, tbNext } from '../objects/traceback.js';
import { isSubtype, lookupType, typeName } from '../objects/typeobject.js';
import { codeOf } from '../interpreter/code.js';
import { parseModule } from '../parser/parser.js';
import type { Expr } from '../parser/ast.js';
import { getAttrOrNull } from './attributes.js';
import { qualnameOf, str } from './abstract.js';
import { intern } from './intern.js';
import { N } from './names.js';
import { Exc } from '../objects/exception.js';
import { intValue } from '../objects/int.js';

const sourceCache = new Map<string, string[] | null>();

/** Line `n` (1-based) of a source file, or null. */
export function sourceLine(filename: string, n: number): string | null {
  let lines = sourceCache.get(filename);
  if (lines === undefined) {
    try { lines = fs.readFileSync(filename, 'utf8').split(/\r?\n/); } catch { lines = null; }
    sourceCache.set(filename, lines);
  }
  return lines !== null && n >= 1 && n <= lines.length ? lines[n - 1] : null;
}

/** Lets `exec`/`-c` register source text that has no file. */
export function rememberSource(filename: string, source: string): void {
  sourceCache.set(filename, source.split(/\r?\n/));
}

/** The full report for an uncaught exception. */
export function formatException(exc: Ref): string {
  return formatChain(exc, new Set());
}

function formatChain(exc: Ref, seen: Set<Ref>): string {
  seen.add(exc);
  let out = '';
  const cause = excCause(exc);
  const context = excContext(exc);
  if (cause !== NULL && cause !== NONE && !seen.has(cause)) {
    out += formatChain(cause, seen);
    out += '\nThe above exception was the direct cause of the following exception:\n\n';
  } else if (context !== NULL && context !== NONE && !excSuppressContext(exc) && !seen.has(context)) {
    out += formatChain(context, seen);
    out += '\nDuring handling of the above exception, another exception occurred:\n\n';
  }
  const tb = excTraceback(exc);
  if (tb !== NULL && tb !== NONE) out += 'Traceback (most recent call last):\n' + formatTraceback(tb);
  return out + formatExceptionOnly(exc);
}

function formatTraceback(tb: Ref): string {
  let out = '';
  let last = '';
  let repeats = 0;
  for (let t = tb; t !== NULL && t !== NONE; t = tbNext(t)) {
    const entry = formatEntry(tbCode(t), tbInstr(t));
    if (entry === last) {
      repeats++;
      if (repeats >= 3) continue;
    } else {
      if (repeats >= 3) out += repeatedNote(repeats - 2);
      repeats = 0;
      last = entry;
    }
    out += entry;
  }
  if (repeats >= 3) out += repeatedNote(repeats - 2);
  return out;
}

const repeatedNote = (n: number) => `  [Previous line repeated ${n} more time${n === 1 ? '' : 's'}]\n`;

function formatEntry(codeRef: Ref, instr: number): string {
  const code = codeOf(codeRef);
  const p = code.positions;
  const line = p[instr * 4] || code.firstlineno;
  let out = `  File "${code.filename}", line ${line}, in ${code.name}\n`;
  const text = sourceLine(code.filename, line);
  if (text === null) return out;
  const stripped = text.trim();
  if (stripped === '') return out;
  out += `    ${stripped}\n`;
  const endLine = p[instr * 4 + 1];
  const col = p[instr * 4 + 2];
  const endCol = p[instr * 4 + 3];
  if (p[instr * 4] === 0 || endCol < 0) return out;
  out += caretLine(text, line, endLine, col, endCol);
  return out;
}

/** The position markers under a source line (empty when they would cover all of it). */
function caretLine(text: string, line: number, endLine: number, col: number, endCol: number): string {
  const chars = Array.from(text);
  const leading = chars.length - Array.from(text.trimStart()).length;
  const strippedLength = Array.from(text.trim()).length;
  const start = col;
  let end = endCol;
  let anchors: { left: number; right: number } | null = null;
  if (line === endLine) anchors = findAnchors(chars.slice(start, end).join(''));
  else end = leading + strippedLength;
  if (!(end - start < strippedLength || (anchors !== null && anchors.right - anchors.left > 0))) return '';
  let marks = ' '.repeat(start - leading);
  if (anchors !== null) {
    marks += '~'.repeat(anchors.left) + '^'.repeat(anchors.right - anchors.left) + '~'.repeat(end - start - anchors.right);
  } else {
    marks += '^'.repeat(end - start);
  }
  return `    ${marks}\n`;
}

/** For a binary operation or subscript, where the operator or the brackets sit. */
function findAnchors(segment: string): { left: number; right: number } | null {
  let body;
  try { body = parseModule(segment, '<segment>').body; } catch { return null; }
  if (body.length !== 1 || body[0]._type !== 'Expr') return null;
  const expr: Expr = body[0].value;
  const seg = Array.from(segment);
  if (expr._type === 'BinOp') {
    const opStart = expr.left.end_col_offset;
    const opText = seg.slice(opStart, expr.right.col_offset).join('');
    const opOffset = opText.length - opText.trimStart().length;
    let left = opStart + opOffset;
    let right = left + 1;
    if (opOffset + 1 < opText.length && !/\s/.test(opText[opOffset + 1])) right++;
    while (left < seg.length && (/\s/.test(seg[left]) || seg[left] === ')' || seg[left] === '#')) { left++; right++; }
    return { left, right };
  }
  if (expr._type === 'Subscript') {
    let left = expr.value.end_col_offset;
    let right = expr.slice.end_col_offset + 1;
    while (left < seg.length && seg[left] !== '[') left++;
    while (right < seg.length && seg[right] !== ']') right++;
    if (right < seg.length) right++;
    return { left, right };
  }
  return null;
}

/** The last line(s): "module.Type: message", or a syntax error's location and caret. */
export function formatExceptionOnly(exc: Ref): string {
  const t = typeOf(exc);
  let name = qualnameOf(t);
  const mod = lookupType(t, N.__module__);
  if (mod !== NULL && typeOf(mod) === T_STR && !['builtins', '__main__'].includes(strValue(mod))) name = `${strValue(mod)}.${name}`;
  else if (mod !== NULL && typeOf(mod) === T_STR && strValue(mod) === '__main__') name = `__main__.${name}`;
  if (isSubtype(t, Exc.SyntaxError)) return formatSyntaxError(exc, name);
  const msg = safeStr(exc);
  return msg === '' ? `${name}\n` : `${name}: ${msg}\n`;
}

function safeStr(exc: Ref): string {
  try { return str(exc); } catch { return `<exception str() failed>`; }
}

function attr(exc: Ref, name: string): Ref {
  const v = getAttrOrNull(exc, intern(name));
  return v === NULL ? NONE : v;
}

function formatSyntaxError(exc: Ref, name: string): string {
  const filename = attr(exc, 'filename');
  const lineno = attr(exc, 'lineno');
  const text = attr(exc, 'text');
  const offset = attr(exc, 'offset');
  const endOffset = attr(exc, 'end_offset');
  const msgRef = attr(exc, 'msg');
  const msg = msgRef === NONE ? safeStr(exc) : strValue(msgRef);
  let out = '';
  if (lineno !== NONE) out += `  File "${filename === NONE ? '<string>' : strValue(filename)}", line ${Number(intValue(lineno))}\n`;
  if (text !== NONE && typeOf(text) === T_STR) {
    out += syntaxErrorTextLines(strValue(text), offset === NONE ? null : Number(intValue(offset)),
      endOffset === NONE ? null : Number(intValue(endOffset)));
  }
  return `${out}${name}: ${msg}\n`;
}

/** The source line and caret line of a syntax error (1-based offsets, as CPython's). */
export function syntaxErrorTextLines(text: string, offset: number | null, endOffset: number | null): string {
  const rtext = text.replace(/\n+$/, '');
  const ltext = rtext.replace(/^[ \n\f]+/, '');
  const spaces = Array.from(rtext).length - Array.from(ltext).length;
  let out = `    ${ltext}\n`;
  if (offset === null) return out;
  let end = endOffset === null || endOffset === 0 ? offset : endOffset;
  if (offset === end || end === -1) end = offset + 1;
  const col = offset - 1 - spaces;
  const endCol = end - 1 - spaces;
  if (col >= 0) {
    const lchars = Array.from(ltext);
    const space = lchars.slice(0, col).map((c) => (/\s/.test(c) ? c : ' ')).join('');
    out += `    ${space}${'^'.repeat(Math.max(endCol - col, 1))}\n`;
  }
  return out;
}

export { typeName };
