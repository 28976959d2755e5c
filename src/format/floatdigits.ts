/**
 * Decimal digit generation for floats, correctly rounded half-even on the
 * exact binary value (CPython's dtoa behaviour). Shared by spec.ts and percent.ts.
 *
 *   fixedDigits(ax, prec): string          |x| with prec digits after the point ("12.50")
 *   sigDigits(ax, k): { digits, exp }      k significant digits d1d2..dk, |x| ~ d1.d2..dk * 10**exp
 *   floatBody(x, type, prec, alt, addDot0): { negative, body }
 *       type is one of e E f F g G n % r ('r' = repr); body has no sign.
 *
 * JS toFixed/toExponential are exact but break ties away from zero; Python
 * breaks them to even. A tie needs the exact expansion to end exactly one
 * digit past the cut, which we can tell from the number of fractional bits,
 * so only those rare inputs take the BigInt path.
 */
import { decompose, roundHalfEvenDiv } from './internal.js';
import { floatRepr } from './float.js';

/** |x| rounded to prec fractional digits, plain notation, no sign. */
export function fixedDigits(ax: number, prec: number): string {
  if (ax === 0) return prec > 0 ? '0.' + '0'.repeat(prec) : '0';
  if (ax < 1e21 && prec <= 100) {
    const { exp } = decompose(ax);
    const fracBits = exp < 0 ? -exp : 0;
    // A non-integer has exactly fracBits decimals ending in 5: tie iff cut right before it.
    if (fracBits !== prec + 1) return ax.toFixed(prec);
  }
  return exactFixed(ax, prec);
}

function exactParts(ax: number): { num: bigint; den: bigint } {
  const { mant, exp } = decompose(ax);
  if (exp >= 0) return { num: BigInt(mant) << BigInt(exp), den: 1n };
  return { num: BigInt(mant), den: 1n << BigInt(-exp) };
}

function exactFixed(ax: number, prec: number): string {
  const { num, den } = exactParts(ax);
  const q = roundHalfEvenDiv(num * 10n ** BigInt(prec), den);
  let s = q.toString();
  if (prec === 0) return s;
  if (s.length <= prec) s = '0'.repeat(prec + 1 - s.length) + s;
  return s.slice(0, s.length - prec) + '.' + s.slice(s.length - prec);
}

export interface SigDigits {
  digits: string;
  exp: number;
}

/** k >= 1 significant digits of |x|, rounded half-even. */
export function sigDigits(ax: number, k: number): SigDigits {
  if (ax === 0) return { digits: '0'.repeat(k), exp: 0 };
  if (k <= 101) {
    const s = ax.toExponential(k - 1);
    const e = s.indexOf('e');
    const shownExp = Number(s.slice(e + 1));
    if (!mayTie(ax, k, shownExp)) {
      return { digits: k === 1 ? s[0] : s[0] + s.slice(2, e), exp: shownExp };
    }
  }
  return exactSig(ax, k);
}

/**
 * Could rounding |x| to k significant digits hit an exact tie? shownExp is
 * the exponent after JS rounding; the true one is shownExp or shownExp - 1.
 */
function mayTie(ax: number, k: number, shownExp: number): boolean {
  const { exp } = decompose(ax);
  if (exp >= 0) return shownExp + 1 > k; // an integer that loses digits
  const fracBits = -exp;
  // Exact expansion has (E + fracBits + 1) significant digits, the last a 5.
  return shownExp + fracBits === k || shownExp - 1 + fracBits === k;
}

function exactSig(ax: number, k: number): SigDigits {
  const { num, den } = exactParts(ax);
  let e = Math.floor(Math.log10(ax));
  // log10 may be off by one near powers of ten: check 10**e <= x < 10**(e+1) exactly.
  if (compareWithPow10(num, den, e) < 0) e -= 1;
  else if (compareWithPow10(num, den, e + 1) >= 0) e += 1;
  const shift = k - 1 - e;
  let q =
    shift >= 0
      ? roundHalfEvenDiv(num * 10n ** BigInt(shift), den)
      : roundHalfEvenDiv(num, den * 10n ** BigInt(-shift));
  if (q === 10n ** BigInt(k)) {
    // Rounded up to the next power of ten.
    q /= 10n;
    e += 1;
  }
  return { digits: q.toString(), exp: e };
}

function compareWithPow10(num: bigint, den: bigint, e: number): number {
  const lhs = e >= 0 ? num : num * 10n ** BigInt(-e);
  const rhs = e >= 0 ? den * 10n ** BigInt(e) : den;
  return lhs < rhs ? -1 : lhs > rhs ? 1 : 0;
}

export function exponentSuffix(e: number): string {
  const a = Math.abs(e);
  return (e < 0 ? 'e-' : 'e+') + (a < 10 ? '0' + a : String(a));
}

export interface FloatBody {
  negative: boolean;
  body: string;
}

/** Sign-less text of a float in one of Python's presentation types. */
export function floatBody(
  x: number,
  type: string,
  prec: number,
  alt: boolean,
  addDot0: boolean,
): FloatBody {
  const negative = x < 0 || Object.is(x, -0);
  // '%' scales first (in double arithmetic, as CPython does): it may overflow to inf.
  const ax = Math.abs(type === '%' ? x * 100 : x);
  let body: string;
  if (!Number.isFinite(ax)) {
    body = ax === Infinity ? 'inf' : 'nan';
    if (type === '%') body += '%';
  } else {
    switch (type) {
      case 'f':
      case 'F':
        body = fixedDigits(ax, prec);
        if (alt && prec === 0) body += '.';
        break;
      case '%':
        body = fixedDigits(ax, prec) + (alt && prec === 0 ? '.%' : '%');
        break;
      case 'e':
      case 'E':
        body = expNotation(sigDigits(ax, prec + 1), alt, false);
        break;
      case 'r':
        body = reprBody(ax, alt);
        break;
      default: // g G n
        body = generalBody(ax, prec === 0 ? 1 : prec, alt, addDot0);
    }
  }
  if (type === 'E' || type === 'F' || type === 'G') body = body.toUpperCase();
  return { negative, body };
}

/** d.ddde+XX; strip removes trailing zeros (and a bare point) as 'g' does. */
function expNotation(sd: SigDigits, alt: boolean, strip: boolean): string {
  let frac = sd.digits.slice(1);
  if (strip && !alt) frac = frac.replace(/0+$/, '');
  const point = frac.length > 0 || alt ? '.' : '';
  return sd.digits[0] + point + frac + exponentSuffix(sd.exp);
}

function generalBody(ax: number, p: number, alt: boolean, addDot0: boolean): string {
  const sd = sigDigits(ax, p);
  const e = sd.exp;
  // The repr-like "no type with precision" switches to exponent one digit earlier.
  const useExp = e < -4 || e >= (addDot0 ? p - 1 : p);
  if (useExp) return expNotation(sd, alt, true);
  let s: string;
  if (e >= 0) {
    s = sd.digits.slice(0, e + 1) + '.' + sd.digits.slice(e + 1);
  } else {
    s = '0.' + '0'.repeat(-e - 1) + sd.digits;
  }
  if (!alt) {
    s = s.replace(/0+$/, '');
    if (s.endsWith('.')) s = addDot0 ? s + '0' : s.slice(0, -1);
  }
  return s;
}

function reprBody(ax: number, alt: boolean): string {
  const s = floatRepr(ax);
  if (alt) {
    const e = s.indexOf('e');
    if (e >= 0 && s.lastIndexOf('.', e) < 0) return s.slice(0, e) + '.' + s.slice(e);
  }
  return s;
}
