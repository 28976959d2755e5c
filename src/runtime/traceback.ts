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
import { isSubtype } from '../objects/typeobject.js';
import { codeOf } from '../interpreter/code.js';
import { parseModule } from '../parser/parser.js';
import type { Expr } from '../parser/ast.js';
import { getAttrOrNull } from './attributes.js';
import { moduleNameOf, qualnameOf, str } from './abstract.js';
import { intern } from './intern.js';
import { Exc } from '../objects/exception.js';
import { intValue } from '../objects/int.js';
import { tupleItems } from '../objects/tuple.js';

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

/** One exception and, before it, its cause or context chain. Inside an exception group's
 *  box (see formatGroup) the lines are relative to the box and get its '| ' margin. */
function formatChain(exc: Ref, seen: Set<Ref>, box: GroupBox | null = null): string {
  seen.add(exc);
  const boxed = (text: string): string => (box === null ? text : indentLines(text, '| '));
  let out = '';
  const cause = excCause(exc);
  const context = excContext(exc);
  if (cause !== NULL && cause !== NONE && !seen.has(cause)) {
    out += formatChain(cause, seen, box);
    out += boxed('\nThe above exception was the direct cause of the following exception:\n\n');
  } else if (context !== NULL && context !== NONE && !excSuppressContext(exc) && !seen.has(context)) {
    out += formatChain(context, seen, box);
    out += boxed('\nDuring handling of the above exception, another exception occurred:\n\n');
  }
  if (isSubtype(typeOf(exc), Exc.BaseExceptionGroup)) {
    if (box === null) return out + indentLines(formatGroup(exc, seen, '+', { depth: 1, needClose: false }), '  ');
    if (box.depth > MAX_GROUP_DEPTH) return out + boxed(`... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    return out + formatGroup(exc, seen, '|', box);
  }
  let text = '';
  const tb = excTraceback(exc);
  if (tb !== NULL && tb !== NONE) text += 'Traceback (most recent call last):\n' + formatTraceback(tb);
  return out + boxed(text + formatExceptionOnly(exc));
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

// ---- exception groups: CPython's boxed layout ----

/** CPython's traceback.TracebackException defaults. */
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/** The state shared while printing a group: how many groups enclose the current member, and
 *  whether the innermost box still has to draw its closing line (a nested group that ends a
 *  box draws the line itself). */
interface GroupBox { depth: number; needClose: boolean; }

/** An exception group: its traceback and message, then each member in a numbered box, with
 *  lines relative to the group's own indentation (the caller indents them). `headerMargin`
 *  is '+' for the uncaught group, '|' for a nested one. */
function formatGroup(exc: Ref, seen: Set<Ref>, headerMargin: string, box: GroupBox): string {
  let out = '';
  const tb = excTraceback(exc);
  if (tb !== NULL && tb !== NONE) {
    out += `${headerMargin} Exception Group Traceback (most recent call last):\n` + indentLines(formatTraceback(tb), '| ');
  }
  out += indentLines(formatExceptionOnly(exc), '| ');
  const members = tupleItems(attr(exc, 'exceptions'));
  const shown = Math.min(members.length, MAX_GROUP_WIDTH + 1);
  box.needClose = false;
  for (let i = 0; i < shown; i++) {
    const last = i === shown - 1;
    if (last) box.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    out += `${i === 0 ? '+-' : '  '}+---------------- ${truncated ? '...' : i + 1} ----------------\n`;
    box.depth++;
    if (truncated) {
      const more = members.length - MAX_GROUP_WIDTH;
      out += indentLines(`| and ${more} more exception${more > 1 ? 's' : ''}\n`, '  ');
    } else {
      out += indentLines(formatChain(members[i]!, seen, box), '  ');
    }
    if (last && box.needClose) {
      out += '  +------------------------------------\n';
      box.needClose = false;
    }
    box.depth--;
  }
  return out;
}

/** Prefixes every line of `text` (empty ones too) with `prefix`. */
function indentLines(text: string, prefix: string): string {
  return text.split('\n').slice(0, -1).map((line) => `${prefix}${line}\n`).join('');
}

/** The last line(s): "module.Type: message", or a syntax error's location and caret. */
export function formatExceptionOnly(exc: Ref): string {
  const t = typeOf(exc);
  const module = moduleNameOf(t);
  const name = module === 'builtins' || module === '__main__' ? qualnameOf(t) : `${module}.${qualnameOf(t)}`;
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
      endOffset === NONE ? null : Number(intValue(endOffset)), isSubtype(typeOf(exc), Exc.IndentationError));
  }
  return `${out}${name}: ${msg}\n`;
}

/** The source line and caret line of a syntax error (1-based offsets, as CPython's). CPython
 *  places the carets by UTF-8 byte, so on a line with non-ASCII text they shift right as
 *  theirs do; an IndentationError gets one caret. */
export function syntaxErrorTextLines(text: string, offset: number | null, endOffset: number | null, single = false): string {
  const rtext = text.replace(/\n+$/, '');
  const ltext = rtext.replace(/^[ \n\f]+/, '');
  const spaces = Array.from(rtext).length - Array.from(ltext).length;
  let out = `    ${ltext}\n`;
  if (offset === null) return out;
  const end = endOffset === null || endOffset <= 0 || single ? offset : endOffset;
  const chars = Array.from(ltext);
  const col = utf8Length(chars.slice(0, Math.max(0, offset - 1 - spaces)));
  const endCol = utf8Length(chars.slice(0, Math.max(0, end - 1 - spaces)));
  if (offset - 1 - spaces >= 0) out += `    ${' '.repeat(col)}${'^'.repeat(Math.max(endCol - col, 1))}\n`;
  return out;
}

function utf8Length(chars: string[]): number {
  return Buffer.byteLength(chars.join(''), 'utf8');
}

