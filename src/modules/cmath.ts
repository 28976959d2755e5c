// The cmath module (basics): sqrt, exp, log, log10, phase, polar, rect, isclose, isnan,
// isinf, isfinite and the constants, with CPython's messages.

import { NULL, Ref } from '../../gc/layout.js';
import { typeError, valueError, overflowError } from '../objects/exception.js';
import { complexImag, complexReal, newComplex } from '../objects/complex.js';
import { dictSet } from '../objects/dict.js';
import { newFloat, floatValue } from '../objects/float.js';
import { numberClass, NUM_COMPLEX, NUM_FLOAT, overridesDunders } from '../objects/int.js';
import { moduleDict } from '../objects/module.js';
import { newTuple } from '../objects/tuple.js';
import { bool, callDunder, typeNameOf } from '../runtime/abstract.js';
import { defineModuleFiller } from '../runtime/boot.js';
import { intern } from '../runtime/intern.js';
import { N } from '../runtime/names.js';
import { defFunction, Kwargs } from '../runtime/native.js';
import { iscloseArguments, toDouble } from './math.js';

const M = 'cmath';
type C = [number, number];

/** A complex argument: complex, __complex__, or any real number. */
function toComplex(r: Ref): C {
  if (numberClass(r) === NUM_COMPLEX && !overridesDunders(r)) return [complexReal(r), complexImag(r)];
  const v = callDunder(r, N.__complex__, []);
  if (v !== NULL) {
    if (numberClass(v) !== NUM_COMPLEX) typeError(`__complex__ returned non-complex (type ${typeNameOf(v)})`);
    return [complexReal(v), complexImag(v)];
  }
  if (numberClass(r) === NUM_COMPLEX) return [complexReal(r), complexImag(r)];
  if (numberClass(r) === NUM_FLOAT && !overridesDunders(r)) return [floatValue(r), 0];
  return [toDouble(r), 0];
}

const finite = (z: C): boolean => Number.isFinite(z[0]) && Number.isFinite(z[1]);

/** The result, with OverflowError for an infinity from finite input and ValueError for a
 *  NaN from non-NaN input, as cmath's functions. */
function result(z: C, input: C): Ref {
  if (finite(input)) {
    if (z[0] !== z[0] || z[1] !== z[1]) valueError('math domain error');
    if (!finite(z)) overflowError('math range error');
  }
  return newComplex(z[0], z[1]);
}

function sqrt([x, y]: C): C {
  if (x === 0 && y === 0) return [0, y];
  if (y === Infinity || y === -Infinity) return [Infinity, y];
  const neg = y < 0 || Object.is(y, -0);
  if (x !== x) return [NaN, NaN];
  if (x === -Infinity) return [y !== y ? NaN : 0, y !== y ? Infinity : (neg ? -Infinity : Infinity)];
  if (x === Infinity) return [x, y !== y ? y : (neg ? -0 : 0)];
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  let s: number;
  if (ax > 4.4e307 || ay > 4.4e307) {
    s = 2 * Math.sqrt(ax / 8 + Math.hypot(ax / 8, ay / 8));
  } else if (ax < 2.2250738585072014e-308 && ay < 2.2250738585072014e-308) {
    const sx = ax * 2 ** 53;
    const sy = ay * 2 ** 53;
    s = Math.sqrt((sx + Math.hypot(sx, sy)) / 2) / 2 ** 26.5;
  } else {
    s = Math.sqrt((ax + Math.hypot(ax, ay)) / 2);
  }
  const d = ay / (2 * s);
  return x >= 0 ? [s, neg ? -d : d] : [d, neg ? -s : s];
}

function exp([x, y]: C): C {
  if (y === 0) return [Math.exp(x), y];
  if (x > 709) {
    const r = Math.exp(x - 1);
    return [r * Math.cos(y) * Math.E, r * Math.sin(y) * Math.E];
  }
  const r = Math.exp(x);
  return [r * Math.cos(y), r * Math.sin(y)];
}

function log([x, y]: C): C {
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  if (x === 0 && y === 0) valueError('math domain error');
  const h = Math.hypot(ax, ay);
  let re: number;
  if (h >= 0.71 && h <= 1.73) {
    const am = Math.max(ax, ay);
    const an = Math.min(ax, ay);
    re = Math.log1p((am - 1) * (am + 1) + an * an) / 2;
  } else if (h === Infinity && Number.isFinite(ax) && Number.isFinite(ay)) {
    re = Math.log(Math.hypot(ax / 2, ay / 2)) + Math.LN2;
  } else {
    re = Math.log(h);
  }
  return [re, Math.atan2(y, x)];
}

/** a / b by Smith's method. */
function divide([ar, ai]: C, [br, bi]: C): C {
  if (br === 0 && bi === 0) typeError('complex division by zero');
  if (Math.abs(br) >= Math.abs(bi)) {
    const ratio = bi / br;
    const den = br + bi * ratio;
    return [(ar + ai * ratio) / den, (ai - ar * ratio) / den];
  }
  const ratio = br / bi;
  const den = br * ratio + bi;
  return [(ar * ratio + ai) / den, (ai * ratio - ar) / den];
}

function one(name: string, f: (z: C) => C): void {
  defFunction(M, { name, params: ['z'], fn: (_m, a) => { const z = toComplex(a); return result(f(z), z); } });
}

one('sqrt', sqrt);
one('exp', exp);
one('log10', (z) => { const [a, b] = log(z); return [a / Math.LN10, b / Math.LN10]; });

defFunction(M, {
  name: 'log', params: ['x', 'base'], required: 1,
  fn: (_m, a, b) => {
    const z = toComplex(a);
    let r = log(z);
    if (b !== NULL) {
      const d = log(toComplex(b));
      if (d[0] === 0 && d[1] === 0) valueError('math domain error');
      r = divide(r, d);
    }
    return result(r, z);
  },
});

defFunction(M, { name: 'phase', params: ['z'], fn: (_m, a) => { const [x, y] = toComplex(a); return newFloat(Math.atan2(y, x)); } });

defFunction(M, {
  name: 'polar', params: ['z'],
  fn: (_m, a) => {
    const [x, y] = toComplex(a);
    const r = Math.hypot(x, y);
    if (r === Infinity && Number.isFinite(x) && Number.isFinite(y)) overflowError('math range error');
    return newTuple([newFloat(r), newFloat(Math.atan2(y, x))]);
  },
});

defFunction(M, {
  name: 'rect', params: ['r', 'phi'],
  fn: (_m, a, b) => {
    const r = toDouble(a);
    const phi = toDouble(b);
    if (Number.isFinite(r) && !Number.isFinite(phi) && phi === phi) valueError('math domain error');
    const re = r * Math.cos(phi);
    const im = phi === 0 ? phi * r : r * Math.sin(phi);
    return newComplex(re, im);
  },
});

defFunction(M, { name: 'isnan', params: ['z'], fn: (_m, a) => { const [x, y] = toComplex(a); return bool(x !== x || y !== y); } });
defFunction(M, {
  name: 'isinf', params: ['z'],
  fn: (_m, a) => { const [x, y] = toComplex(a); return bool(Math.abs(x) === Infinity || Math.abs(y) === Infinity); },
});
defFunction(M, { name: 'isfinite', params: ['z'], fn: (_m, a) => bool(finite(toComplex(a))) });

defFunction(M, {
  name: 'isclose', varfn: (_m, args: Ref[], kw: Kwargs | null) => {
    const { vals, rel, abs } = iscloseArguments(args, kw);
    const a = toComplex(vals[0]);
    const b = toComplex(vals[1]);
    if (a[0] === b[0] && a[1] === b[1]) return bool(true);
    if (!finite(a) || !finite(b)) return bool(false);
    const diff = Math.hypot(a[0] - b[0], a[1] - b[1]);
    return bool(diff <= rel * Math.hypot(b[0], b[1]) || diff <= rel * Math.hypot(a[0], a[1]) || diff <= abs);
  },
});

defineModuleFiller(M, (m) => {
  const d = moduleDict(m);
  dictSet(d, intern('pi'), newFloat(Math.PI));
  dictSet(d, intern('e'), newFloat(Math.E));
  dictSet(d, intern('tau'), newFloat(2 * Math.PI));
  dictSet(d, intern('inf'), newFloat(Infinity));
  dictSet(d, intern('nan'), newFloat(NaN));
  dictSet(d, intern('infj'), newComplex(0, Infinity));
  dictSet(d, intern('nanj'), newComplex(0, NaN));
});
