// Unicode character properties and case mappings as CPython 3.11 (Unicode 14.0) has them.
// The JS engine's own data (regex property escapes, toUpperCase/toLowerCase) is newer; the
// small tables below list where the two disagree for characters that Unicode 14 already had
// (found by comparing every code point against CPython), and characters assigned after 14.0
// are treated as unassigned: no properties, no case mapping.

import { isNewerThanUnicode14 } from '../format/repr.js';
import { isPySpace } from '../format/internal.js';

const LETTER = /\p{L}/u;
const DECIMAL = /\p{Nd}/u;
const NUMBER = /\p{N}/u;
const UPPERCASE = /\p{Uppercase}/u;
const LOWERCASE = /\p{Lowercase}/u;
const TITLECASE = /\p{Lt}/u;
const CASED = /\p{Cased}/u;
const CASE_IGNORABLE = /\p{Case_Ignorable}/u;
const XID_START = /\p{XID_Start}/u;
const XID_CONTINUE = /\p{XID_Continue}/u;

/** Sorted inclusive [first, last] pairs. */
function inRanges(table: readonly number[], cp: number): boolean {
  let lo = 0;
  let hi = table.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < table[2 * mid]) hi = mid - 1;
    else if (cp > table[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

// Numeric_Type=Digit: digits that are not decimal (superscripts, circled digits, ...).
const DIGIT_NOT_DECIMAL = [
  0xb2, 0xb3, 0xb9, 0xb9, 0x1369, 0x1371, 0x19da, 0x19da, 0x2070, 0x2070, 0x2074, 0x2079, 0x2080, 0x2089,
  0x2460, 0x2468, 0x2474, 0x247c, 0x2488, 0x2490, 0x24ea, 0x24ea, 0x24f5, 0x24fd, 0x24ff, 0x24ff, 0x2776, 0x277e,
  0x2780, 0x2788, 0x278a, 0x2792, 0x10a40, 0x10a43, 0x10e60, 0x10e68, 0x11052, 0x1105a, 0x1f100, 0x1f10a,
];

// Ideographs with a numeric value (category Lo, so outside \p{N}).
const NUMERIC_IDEOGRAPHS = [
  0x3405, 0x3405, 0x3483, 0x3483, 0x382a, 0x382a, 0x3b4d, 0x3b4d, 0x4e00, 0x4e00, 0x4e03, 0x4e03, 0x4e07, 0x4e07,
  0x4e09, 0x4e09, 0x4e5d, 0x4e5d, 0x4e8c, 0x4e8c, 0x4e94, 0x4e94, 0x4e96, 0x4e96, 0x4ebf, 0x4ec0, 0x4edf, 0x4edf,
  0x4ee8, 0x4ee8, 0x4f0d, 0x4f0d, 0x4f70, 0x4f70, 0x5104, 0x5104, 0x5146, 0x5146, 0x5169, 0x5169, 0x516b, 0x516b,
  0x516d, 0x516d, 0x5341, 0x5341, 0x5343, 0x5345, 0x534c, 0x534c, 0x53c1, 0x53c4, 0x56db, 0x56db, 0x58f1, 0x58f1,
  0x58f9, 0x58f9, 0x5e7a, 0x5e7a, 0x5efe, 0x5eff, 0x5f0c, 0x5f0e, 0x5f10, 0x5f10, 0x62fe, 0x62fe, 0x634c, 0x634c,
  0x67d2, 0x67d2, 0x6f06, 0x6f06, 0x7396, 0x7396, 0x767e, 0x767e, 0x8086, 0x8086, 0x842c, 0x842c, 0x8cae, 0x8cae,
  0x8cb3, 0x8cb3, 0x8d30, 0x8d30, 0x9621, 0x9621, 0x9646, 0x9646, 0x964c, 0x964c, 0x9678, 0x9678, 0x96f6, 0x96f6,
  0xf96b, 0xf96b, 0xf973, 0xf973, 0xf978, 0xf978, 0xf9b2, 0xf9b2, 0xf9d1, 0xf9d1, 0xf9d3, 0xf9d3, 0xf9fd, 0xf9fd,
  0x20001, 0x20001, 0x20064, 0x20064, 0x200e2, 0x200e2, 0x20121, 0x20121, 0x2092a, 0x2092a, 0x20983, 0x20983,
  0x2098c, 0x2098c, 0x2099c, 0x2099c, 0x20aea, 0x20aea, 0x20afd, 0x20afd, 0x20b19, 0x20b19, 0x22390, 0x22390,
  0x22998, 0x22998, 0x23b1b, 0x23b1b, 0x2626d, 0x2626d, 0x2f890, 0x2f890,
];

// Lowercase (and so cased) in Unicode 14 but not in the engine's data, and the reverse.
const LOWER_IN_14 = 0x295;
const NOT_LOWER_IN_14 = [0x10fc, 0x10fc, 0xa7f2, 0xa7f4, 0xab69, 0xab69];
// Letters whose uppercase mapping was added after 14.0.
const NO_UPPER_IN_14 = [0x19b, 0x19b, 0x264, 0x264, 0xa7d3, 0xa7d3, 0xa7d5, 0xa7d5];
// XID_Continue in the engine's data only.
const NOT_XID_CONTINUE_IN_14 = [0x200c, 0x200d, 0x30fb, 0x30fb, 0xff65, 0xff65];

const ch = (cp: number): string => String.fromCodePoint(cp);
const unassigned = (cp: number): boolean => isNewerThanUnicode14(cp);

export function isAlpha(cp: number): boolean {
  if (cp < 0x80) return (cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a;
  return LETTER.test(ch(cp)) && !unassigned(cp);
}

export function isDecimal(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x30 && cp <= 0x39;
  return DECIMAL.test(ch(cp)) && !unassigned(cp);
}

export function isDigit(cp: number): boolean {
  return isDecimal(cp) || inRanges(DIGIT_NOT_DECIMAL, cp);
}

export function isNumeric(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x30 && cp <= 0x39;
  if (unassigned(cp)) return false;
  return NUMBER.test(ch(cp)) || inRanges(NUMERIC_IDEOGRAPHS, cp);
}

export function isAlnum(cp: number): boolean {
  return isAlpha(cp) || isNumeric(cp);
}

export function isUpper(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a;
  return UPPERCASE.test(ch(cp)) && !unassigned(cp);
}

export function isLower(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x61 && cp <= 0x7a;
  if (cp === LOWER_IN_14) return true;
  return LOWERCASE.test(ch(cp)) && !unassigned(cp) && !inRanges(NOT_LOWER_IN_14, cp);
}

export function isTitle(cp: number): boolean {
  return cp >= 0x80 && TITLECASE.test(ch(cp));
}

export function isCased(cp: number): boolean {
  if (cp < 0x80) return (cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a;
  if (cp === LOWER_IN_14) return true;
  return CASED.test(ch(cp)) && !unassigned(cp) && !inRanges(NOT_LOWER_IN_14, cp);
}

function isCaseIgnorable(cp: number): boolean {
  return CASE_IGNORABLE.test(ch(cp)) && !unassigned(cp);
}

export function isSpaceCp(cp: number): boolean {
  return cp < 0x10000 && isPySpace(cp);
}

export function isIdentifierStart(cp: number): boolean {
  if (cp < 0x80) return cp === 0x5f || ((cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a);
  return XID_START.test(ch(cp)) && !unassigned(cp);
}

export function isIdentifierContinue(cp: number): boolean {
  if (cp < 0x80) return cp === 0x5f || ((cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a) || (cp >= 0x30 && cp <= 0x39);
  return XID_CONTINUE.test(ch(cp)) && !unassigned(cp) && !inRanges(NOT_XID_CONTINUE_IN_14, cp);
}

// ---- case mappings of one code point (full mappings: may give several characters) ----

const hasNoCaseIn14 = (cp: number): boolean => unassigned(cp) || inRanges(NO_UPPER_IN_14, cp);

export function upperOf(cp: number): string {
  if (cp < 0x80) return String.fromCharCode(cp >= 0x61 && cp <= 0x7a ? cp - 32 : cp);
  return hasNoCaseIn14(cp) ? ch(cp) : ch(cp).toUpperCase();
}

/** Lowercase of one character out of context (the final-sigma rule is applied by lowerAt). */
export function lowerOf(cp: number): string {
  if (cp < 0x80) return String.fromCharCode(cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp);
  return unassigned(cp) ? ch(cp) : ch(cp).toLowerCase();
}

// Greek letters with iota subscript whose titlecase keeps the iota as U+0345 instead of
// the capital iota of their uppercase.
const IOTA_TITLE = new Set([0x1fb2, 0x1fb4, 0x1fb7, 0x1fc2, 0x1fc4, 0x1fc7, 0x1ff2, 0x1ff4, 0x1ff7]);
// Ligatures whose titlecase is the uppercase first letter and lowercase rest.
const LIGATURE_TITLE = [0xdf, 0xdf, 0x587, 0x587, 0xfb00, 0xfb06, 0xfb13, 0xfb17];

export function titleOf(cp: number): string {
  if (cp < 0x80) return upperOf(cp);
  // Latin digraphs DŽ Dž dž, LJ Lj lj, NJ Nj nj, DZ Dz dz: the middle one of each triple.
  if (cp >= 0x1c4 && cp <= 0x1cc) return ch(cp - ((cp - 0x1c4) % 3) + 1);
  if (cp >= 0x1f1 && cp <= 0x1f3) return ch(0x1f2);
  // Georgian Mkhedruli has an uppercase (Mtavruli) but is its own titlecase.
  if ((cp >= 0x10d0 && cp <= 0x10fa) || (cp >= 0x10fd && cp <= 0x10ff)) return ch(cp);
  if (cp >= 0x1f80 && cp <= 0x1faf) return ch(cp | 8);
  if (cp === 0x1fb3 || cp === 0x1fc3 || cp === 0x1ff3) return ch(cp + 9);
  if (cp === 0x1fbc || cp === 0x1fcc || cp === 0x1ffc) return ch(cp);
  const upper = upperOf(cp);
  if (IOTA_TITLE.has(cp)) return upper.slice(0, -1) + '\u0345';
  if (inRanges(LIGATURE_TITLE, cp)) {
    const first = String.fromCodePoint(upper.codePointAt(0)!);
    return first + upper.slice(first.length).toLowerCase();
  }
  return upper;
}

export function casefoldOf(cp: number): string {
  if (cp < 0x80) return lowerOf(cp);
  if (unassigned(cp)) return ch(cp);
  // Cherokee folds to its uppercase letters.
  if (cp >= 0x13a0 && cp <= 0x13f5) return ch(cp);
  if (cp >= 0x13f8 && cp <= 0x13fd) return ch(cp - 8);
  if (cp >= 0xab70 && cp <= 0xabbf) return ch(cp - 0xab70 + 0x13a0);
  if (cp === 0x131) return ch(cp); // dotless i has no simple folding
  // Full folding is the lowercase of the uppercase of the lowercase, per character.
  let out = '';
  for (const u of ch(cp).toLowerCase().toUpperCase()) out += u.toLowerCase();
  return out;
}

/** Lowercase of cps[i] in its string: capital sigma becomes final sigma at a word's end. */
export function lowerAt(cps: ArrayLike<number>, i: number): string {
  const cp = cps[i];
  if (cp !== 0x3a3) return lowerOf(cp);
  return isFinalSigma(cps, i) ? '\u03c2' : '\u03c3';
}

function isFinalSigma(cps: ArrayLike<number>, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && isCaseIgnorable(cps[j])) j--;
  if (j < 0 || !isCased(cps[j])) return false;
  j = i + 1;
  while (j < cps.length && isCaseIgnorable(cps[j])) j++;
  return j === cps.length || !isCased(cps[j]);
}

/** True if the engine's whole-string case mapping of `s` is CPython's: no character that
 *  Unicode 14 maps differently. */
export function caseMapsAgree(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x19b) continue;
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (hasNoCaseIn14(cp)) return false;
  }
  return true;
}
