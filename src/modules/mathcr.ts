// Elementary functions rounded correctly in nearly every case, for the math module: V8's
// Math.exp/log/sin/... are fdlibm-quality (errors up to about one ulp) and differ from
// glibc's, whose results CPython prints, in several percent of cases; glibc's are almost
// always the correctly rounded ones. These compute in double-double arithmetic (about 100
// bits) and round once at the end.
//
// A double-double value is hi + lo with |lo| <= ulp(hi) / 2. The helpers return their
// results in the module variables RH and RL, so the hot loops allocate nothing.

let RH = 0;
let RL = 0;

const SPLIT = 134217729; // 2**27 + 1, Veltkamp's splitter

/** RH + RL = a + b exactly. */
function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  RL = (a - (s - bb)) + (b - bb);
  RH = s;
}

/** RH + RL = h + l, normalised (|l| small against h). */
function norm(h: number, l: number): void {
  const s = h + l;
  RL = l - (s - h);
  RH = s;
}

/** RH + RL = a * b exactly (no overflow: |a|, |b| < 2**996). */
function twoProd(a: number, b: number): void {
  const p = a * b;
  let c = SPLIT * a;
  const ah = c - (c - a);
  const al = a - ah;
  c = SPLIT * b;
  const bh = c - (c - b);
  const bl = b - bh;
  RL = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  RH = p;
}

function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const s = RH;
  const e = RL + al + bl;
  norm(s, e);
}

function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const p = RH;
  const e = RL + (ah * bl + al * bh);
  norm(p, e);
}

function ddMulD(ah: number, al: number, b: number): void {
  twoProd(ah, b);
  const p = RH;
  const e = RL + al * b;
  norm(p, e);
}

/** (ah + al) / b for a double b. */
function ddDivD(ah: number, al: number, b: number): void {
  const q1 = ah / b;
  twoProd(q1, b);
  const rem = ((ah - RH) - RL) + al;
  norm(q1, rem / b);
}

/** (ah + al) / (bh + bl): three quotient digits, each from the remainder so far. */
function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  ddMulD(bh, bl, q1);
  ddAdd(ah, al, -RH, -RL);
  const rh = RH;
  const rl = RL;
  const q2 = rh / bh;
  ddMulD(bh, bl, q2);
  ddAdd(rh, rl, -RH, -RL);
  const q3 = RH / bh;
  norm(q1, q2);
  ddAdd(RH, RL, q3, 0);
}

const LN2_H = 0.6931471805599453;
const LN2_M = 2.3190468138462996e-17;
const LN2_L = 5.707708438416212e-34;
const INVLN2 = 1.4426950408889634;
const INVLN2_L = 2.0355273740931033e-17;
const INVLN10 = 0.4342944819032518;
const INVLN10_L = 1.098319650216765e-17;

/** e**(xh + xl) = (RH + RL) * 2**k: returns k. For |xh| < 1100. */
function expDD(xh: number, xl: number): number {
  const k = Math.round(xh * INVLN2);
  // r = x - k ln2 with ln2 in three parts; k ln2_h is exact in double-double.
  twoProd(k, LN2_H);
  const ph = RH;
  const pl = RL;
  twoSum(xh, -ph);
  const sh = RH;
  const sl = RL + xl - pl;
  twoProd(k, LN2_M);
  ddAdd(sh, sl, -RH, -RL - k * LN2_L);
  // e**r = (e**(r / 256))**256; the series converges fast for |r / 256| < 0.0014.
  const rh = RH / 256;
  const rl = RL / 256;
  let ah = 1;
  let al = 0;
  for (let i = 11; i >= 1; i--) {
    ddMul(ah, al, rh, rl);
    ddDivD(RH, RL, i);
    ddAdd(1, 0, RH, RL);
    ah = RH; al = RL;
  }
  for (let i = 0; i < 8; i++) {
    ddMul(ah, al, ah, al);
    ah = RH; al = RL;
  }
  RH = ah; RL = al;
  return k;
}

/** (h + l) * 2**k rounded to a double. */
function scaled(h: number, l: number, k: number): number {
  const r = h + l;
  if (k > 1023) return r * 2 ** 1023 * 2 ** (k - 1023);
  if (k < -1021) {
    // Subnormal or tiny results: scale in two steps, the last one rounding once.
    return r * 2 ** (k + 600) * 2 ** -600;
  }
  return r * 2 ** k;
}

export function crExp(x: number): number {
  if (x !== x) return x;
  if (x > 709.8) return Infinity;
  if (x < -745.2) return 0;
  if (Math.abs(x) < 2 ** -54) return 1 + x;
  const k = expDD(x, 0);
  return scaled(RH, RL, k);
}

export function crExp2(x: number): number {
  if (x !== x) return x;
  if (x > 1024) return Infinity;
  if (x < -1075) return 0;
  if (Number.isInteger(x)) return 2 ** x;
  const n = Math.floor(x);
  const f = x - n; // exact
  ddMulD(LN2_H, LN2_M, f);
  const k = expDD(RH, RL);
  return scaled(RH, RL, k + n);
}

/** RH + RL = log(x) for finite x > 0. */
function logDD(x: number): void {
  const u = x - 1;
  if (Math.abs(u) < 1 / 64) {
    // log(1 + u) = 2 atanh(s), s = u / (2 + u): odd series in s**2 < 6e-5.
    twoSum(2, u); // 2 + u exactly
    ddDiv(u, 0, RH, RL);
    const sh = RH;
    const sl = RL;
    ddMul(sh, sl, sh, sl);
    const s2h = RH;
    const s2l = RL;
    let ah = 1 / 23;
    let al = 0;
    for (let n = 10; n >= 0; n--) {
      ddMul(ah, al, s2h, s2l);
      const th = RH;
      const tl = RL;
      ddDivD(1, 0, 2 * n + 1);
      ddAdd(RH, RL, th, tl);
      ah = RH; al = RL;
    }
    ddMul(ah, al, sh, sl);
    RH *= 2; RL *= 2;
    return;
  }
  // One Newton step from V8's estimate: y1 = y0 + x e**-y0 - 1.
  const y0 = Math.log(x);
  const k = expDD(-y0, 0);
  // x * 2**k is exact (the product is near 1/e**-y0 scaled to about 1); two steps keep
  // 2**k itself finite for subnormal x.
  const xs = k > 1000 ? x * 2 ** (k - 1000) * 2 ** 1000 : x * 2 ** k;
  ddMulD(RH, RL, xs);
  const t = (RH - 1) + RL;
  twoSum(y0, t);
}

export function crLog(x: number): number {
  if (x === Infinity) return x;
  logDD(x);
  return RH + RL;
}

export function crLog2(x: number): number {
  if (x === Infinity) return x;
  logDD(x);
  ddMul(RH, RL, INVLN2, INVLN2_L);
  return RH + RL;
}

export function crLog10(x: number): number {
  logDD(x);
  ddMul(RH, RL, INVLN10, INVLN10_L);
  return RH + RL;
}

/** x ** y for finite x > 0 and finite y; overflow gives Infinity. */
export function crPowPositive(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  logDD(x);
  ddMulD(RH, RL, y);
  const zh = RH;
  const zl = RL;
  if (zh > 709.9) return Infinity;
  if (zh < -745.2) return 0;
  const k = expDD(zh, zl);
  return scaled(RH, RL, k);
}

// ---- trigonometric functions ----

const PIO2_1 = 1.5707963267948966;
const PIO2_2 = 6.123233995736766e-17;
const PIO2_3 = -1.4973849048591698e-33;
const TWO_OVER_PI = 0.6366197723675814;
/** Beyond this, the simple reduction loses accuracy: fall back to V8. */
const REDUCE_LIMIT = 2 ** 30;

let SH = 0;
let SL = 0;
let CH = 0;
let CL = 0;

/** SH + SL = sin(r), CH + CL = cos(r) for |r| <= pi/4 (r = rh + rl). */
function sinCosSmall(rh: number, rl: number): void {
  ddMul(rh, rl, rh, rl);
  const r2h = RH;
  const r2l = RL;
  let sh = 1;
  let sl = 0;
  let ch = 1;
  let cl = 0;
  for (let n = 14; n >= 1; n--) {
    ddMul(sh, sl, r2h, r2l);
    ddDivD(RH, RL, (2 * n) * (2 * n + 1));
    ddAdd(1, 0, -RH, -RL);
    sh = RH; sl = RL;
    ddMul(ch, cl, r2h, r2l);
    ddDivD(RH, RL, (2 * n - 1) * (2 * n));
    ddAdd(1, 0, -RH, -RL);
    ch = RH; cl = RL;
  }
  ddMul(sh, sl, rh, rl);
  SH = RH; SL = RL;
  CH = ch; CL = cl;
}

/** Reduces x by multiples of pi/2: SH/SL and CH/CL get sin and cos of the remainder;
 *  returns the quadrant (0..3). */
function sinCosReduced(x: number): number {
  const k = Math.round(x * TWO_OVER_PI);
  twoProd(k, PIO2_1);
  const p1 = RH;
  const e1 = RL;
  twoSum(x, -p1);
  const sh = RH;
  const sl = RL - e1;
  twoProd(k, PIO2_2);
  ddAdd(sh, sl, -RH, -RL - k * PIO2_3);
  sinCosSmall(RH, RL);
  return ((k % 4) + 4) % 4;
}

export function crSin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -26 || Math.abs(x) > REDUCE_LIMIT) return Math.abs(x) > REDUCE_LIMIT ? Math.sin(x) : x;
  const q = sinCosReduced(x);
  switch (q) {
    case 0: return SH + SL;
    case 1: return CH + CL;
    case 2: return -(SH + SL);
    default: return -(CH + CL);
  }
}

export function crCos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -27) return 1;
  if (Math.abs(x) > REDUCE_LIMIT) return Math.cos(x);
  const q = sinCosReduced(x);
  switch (q) {
    case 0: return CH + CL;
    case 1: return -(SH + SL);
    case 2: return -(CH + CL);
    default: return SH + SL;
  }
}

export function crTan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -27) return x;
  if (Math.abs(x) > REDUCE_LIMIT) return Math.tan(x);
  const q = sinCosReduced(x);
  if (q % 2 === 0) ddDiv(SH, SL, CH, CL); else ddDiv(-CH, -CL, SH, SL);
  return RH + RL;
}

/** atan(x): V8's estimate y0, corrected by a Newton step on tan(y) = x. */
export function crAtan(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax < 2 ** -27 || ax > 2 ** 60) return Math.atan(x);
  const y0 = Math.atan(x);
  sinCosSmallAny(y0);
  // y1 = y0 + (x cos y0 - sin y0) cos y0
  ddMulD(CH, CL, x);
  ddAdd(RH, RL, -SH, -SL);
  return y0 + (RH + RL) * CH;
}

/** SH/SL, CH/CL = sin and cos of y for |y| <= pi (quadrants folded in). */
function sinCosSmallAny(y: number): void {
  const q = sinCosReduced(y);
  const sh = SH; const sl = SL; const ch = CH; const cl = CL;
  switch (q) {
    case 0: break;
    case 1: SH = ch; SL = cl; CH = -sh; CL = -sl; break;
    case 2: SH = -sh; SL = -sl; CH = -ch; CL = -cl; break;
    default: SH = -ch; SL = -cl; CH = sh; CL = sl; break;
  }
}

export function crAtan2(y: number, x: number): number {
  if (y !== y || x !== x || !Number.isFinite(x) || !Number.isFinite(y) || x === 0 || y === 0) return Math.atan2(y, x);
  // atan2 is invariant under scaling both: bring the larger near 1.
  const m = Math.max(Math.abs(x), Math.abs(y));
  const e = Math.floor(Math.log2(m));
  const sx = x * 2 ** -e;
  const sy = y * 2 ** -e;
  if (!Number.isFinite(sx) || !Number.isFinite(sy) || Math.min(Math.abs(sx), Math.abs(sy)) < 2 ** -900) return Math.atan2(y, x);
  const t0 = Math.atan2(y, x);
  sinCosSmallAny(t0);
  // t1 = t0 + (y cos t0 - x sin t0) / (x cos t0 + y sin t0)
  ddMulD(CH, CL, sy);
  const ah = RH; const al = RL;
  ddMulD(SH, SL, sx);
  ddAdd(ah, al, -RH, -RL);
  const num = RH + RL;
  const den = sx * CH + sy * SH;
  return t0 + num / den;
}

export function crAsin(x: number): number {
  if (!(Math.abs(x) < 1) || Math.abs(x) < 2 ** -26) return Math.asin(x);
  const y0 = Math.asin(x);
  sinCosSmallAny(y0);
  ddAdd(SH, SL, -x, 0);
  return y0 - (RH + RL) / CH;
}

export function crAcos(x: number): number {
  if (!(Math.abs(x) < 1)) return Math.acos(x);
  const y0 = Math.acos(x);
  sinCosSmallAny(y0);
  ddAdd(CH, CL, -x, 0);
  return y0 + (RH + RL) / SH;
}

// ---- error function ----

const TWO_OVER_SQRTPI = 1.1283791670955126;
const TWO_OVER_SQRTPI_L = 1.533545961316588e-17;
const ONE_OVER_SQRTPI = 0.5641895835477563;
const ONE_OVER_SQRTPI_L = 7.66772980658294e-18;

/** RH + RL = erf(x) for 0 <= x < 6, by the series
 *  erf(x) = 2/sqrt(pi) e**-x^2 sum 2^n x^(2n+1) / (1*3*...*(2n+1)), whose terms are all
 *  positive (no cancellation). */
function erfDD(x: number): void {
  twoProd(x, x);
  const x2h = RH;
  const x2l = RL;
  let th = x;
  let tl = 0;
  let sh = x;
  let sl = 0;
  for (let n = 1; n < 400; n++) {
    ddMul(th, tl, 2 * x2h, 2 * x2l);
    ddDivD(RH, RL, 2 * n + 1);
    th = RH; tl = RL;
    ddAdd(sh, sl, th, tl);
    sh = RH; sl = RL;
    if (th < sh * 1e-34) break;
  }
  const k = expDD(-x2h, -x2l);
  ddMul(sh, sl, RH, RL);
  ddMul(RH, RL, TWO_OVER_SQRTPI, TWO_OVER_SQRTPI_L);
  const f = 2 ** k; // k is between -52 and 0 here: exact
  RH *= f; RL *= f;
}

/** erfc(x) for x >= 3 by its continued fraction, evaluated from the bottom:
 *  erfc(x) = e**-x^2 / sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))). */
function erfcLarge(x: number): number {
  let th = x;
  let tl = 0;
  for (let k = x < 4 ? 120 : 70; k >= 1; k--) {
    ddDiv(k / 2, 0, th, tl);
    ddAdd(x, 0, RH, RL);
    th = RH; tl = RL;
  }
  twoProd(x, x);
  const k = expDD(-RH, -RL);
  ddDiv(RH, RL, th, tl);
  ddMul(RH, RL, ONE_OVER_SQRTPI, ONE_OVER_SQRTPI_L);
  return scaled(RH, RL, k);
}

export function crErf(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax < 2 ** -28) return x * TWO_OVER_SQRTPI + x * TWO_OVER_SQRTPI_L;
  if (ax >= 6) return x > 0 ? 1 : -1;
  erfDD(ax);
  const r = RH + RL;
  return x < 0 ? -r : r;
}

export function crErfc(x: number): number {
  if (x !== x) return x;
  if (x >= 28) return 0;
  if (x <= -6) return 2;
  if (x >= 3) return erfcLarge(x);
  if (Math.abs(x) < 2 ** -56) return 1 - x;
  erfDD(Math.abs(x));
  if (x < 0) ddAdd(1, 0, RH, RL); else ddAdd(1, 0, -RH, -RL);
  return RH + RL;
}

// ---- gamma ----

const HALF_LOG_2PI = 0.9189385332046728;
const HALF_LOG_2PI_L = -3.8782941580672414e-17;
/** Stirling's series coefficients B(2k) / (2k (2k - 1)) for k = 2..10 (k = 1 is 1/12). */
const STIRLING = [
  -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156, -3617 / 122400, 43867 / 244188, -174611 / 125400,
];

/** RH + RL = log(gamma(x)) for x >= 0.5; P (returned as [ph, pl]) is the product
 *  x (x+1) ... (x+n-1) by which x was shifted to z = x + n >= 20, where Stirling's series
 *  is accurate: log gamma(z) = (z - 1/2) log z - z + log(2 pi)/2 + sum. */
function lgammaShifted(x: number): [number, number] {
  const n = x < 20 ? Math.ceil(20 - x) : 0;
  let ph = 1;
  let pl = 0;
  for (let i = 0; i < n; i++) {
    twoSum(x, i);
    ddMul(ph, pl, RH, RL);
    ph = RH; pl = RL;
  }
  twoSum(x, n);
  const zh = RH;
  const zl = RL;
  logDD(zh);
  ddAdd(RH, RL, zl / zh, 0);
  ddMul(zh - 0.5, zl, RH, RL);
  ddAdd(RH, RL, -zh, -zl);
  ddAdd(RH, RL, HALF_LOG_2PI, HALF_LOG_2PI_L);
  const ah = RH;
  const al = RL;
  ddDiv(1, 0, 12 * zh, 12 * zl);
  const w = 1 / (zh * zh);
  let rest = STIRLING[STIRLING.length - 1];
  for (let i = STIRLING.length - 2; i >= 0; i--) rest = STIRLING[i] + w * rest;
  ddAdd(RH, RL, (rest * w) / zh, 0);
  ddAdd(ah, al, RH, RL);
  return [ph, pl];
}

/** gamma(x) for 0.5 <= x <= 171.7 (Infinity past the range of doubles). */
export function crGammaPositive(x: number): number {
  const [ph, pl] = lgammaShifted(x);
  const k = expDD(RH, RL);
  ddDiv(RH, RL, ph, pl);
  return scaled(RH, RL, k);
}

/** log(gamma(x)) for x >= 0.5. */
export function crLgammaPositive(x: number): number {
  if (x > 1e300) return x * (Math.log(x) - 1);
  const [ph, pl] = lgammaShifted(x);
  const gh = RH;
  const gl = RL;
  if (ph === 1 && pl === 0) return gh + gl;
  logDD(ph);
  ddAdd(RH, RL, pl / ph, 0);
  ddAdd(gh, gl, -RH, -RL);
  return RH + RL;
}
