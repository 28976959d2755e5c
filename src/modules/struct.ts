// _struct: packing and unpacking of binary records (the core of lib/struct.py). The error
// class is struct.error, defined in Python and passed in by each call.

import { NULL, Ref } from '../../gc/layout.js';
import { bytesLikeValue, newBytes } from '../objects/bytes.js';
import { floatValue, newFloat } from '../objects/float.js';
import { intValue, newInt, numberClass, NUM_FLOAT, NUM_INT } from '../objects/int.js';
import { raise, overflowError } from '../objects/exception.js';
import { FALSE, TRUE } from '../objects/statics.js';
import { strValue } from '../objects/str.js';
import { newTuple, tupleItems, tupleLength } from '../objects/tuple.js';
import { asIndex, isTrue } from '../runtime/abstract.js';
import { callDunder } from '../runtime/abstract.js';
import { N } from '../runtime/names.js';
import { defFunction } from '../runtime/native.js';
import { PyRaise } from '../runtime/errors.js';

interface Item { code: string; count: number; size: number; offset: number; }
interface Layout { items: Item[]; size: number; little: boolean; native: boolean; args: number; }

const NATIVE_SIZES: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8,
  e: 2, f: 4, d: 8, s: 1, p: 1, P: 8,
};
const STD_SIZES: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, e: 2, f: 4, d: 8, s: 1, p: 1,
};

// Formats are immutable strings: caching their layouts per worker is allowed.
const layouts = new Map<string, Layout>();

function fail(error: Ref, msg: string): never {
  return raise(error, msg);
}

function layout(fmt: string, error: Ref): Layout {
  const hit = layouts.get(fmt);
  if (hit !== undefined) return hit;
  let i = 0;
  let native = true;
  let little = true;
  const first = fmt[0];
  if (first !== undefined && '@=<>!'.includes(first)) {
    native = first === '@';
    little = first === '@' || first === '=' || first === '<';
    i = 1;
  }
  const sizes = native ? NATIVE_SIZES : STD_SIZES;
  const items: Item[] = [];
  let offset = 0;
  let args = 0;
  while (i < fmt.length) {
    const c = fmt[i];
    if (/\s/.test(c)) { i++; continue; }
    let count = 1;
    if (c >= '0' && c <= '9') {
      let digits = '';
      while (i < fmt.length && fmt[i] >= '0' && fmt[i] <= '9') digits += fmt[i++];
      if (i >= fmt.length) fail(error, 'repeat count given without format specifier');
      count = Number(digits);
    }
    const code = fmt[i++];
    const size = sizes[code];
    if (size === undefined) fail(error, 'bad char in struct format');
    if (native && 'xcsp?'.indexOf(code) < 0) offset = Math.ceil(offset / size) * size;
    if (code === 's' || code === 'p') {
      items.push({ code, count, size: count, offset });
      offset += count;
      args++;
    } else if (code === 'x') {
      offset += count;
    } else {
      for (let k = 0; k < count; k++) {
        items.push({ code, count: 1, size, offset });
        offset += size;
      }
      args += count;
    }
  }
  const result = { items, size: offset, little, native, args };
  if (layouts.size > 256) layouts.clear();
  layouts.set(fmt, result);
  return result;
}

function bigRange(code: string, native: boolean): [bigint, bigint, string | null] {
  const size = BigInt((native ? NATIVE_SIZES : STD_SIZES)[code] * 8);
  const unsigned = code === code.toUpperCase() && code !== 'P' ? true : code === 'P';
  const lo = unsigned ? 0n : -(1n << (size - 1n));
  const hi = unsigned ? (1n << size) - 1n : (1n << (size - 1n)) - 1n;
  const names: Record<string, string> = { b: 'byte', B: 'ubyte', h: 'short', H: 'ushort' };
  let msg: string | null = null;
  if (names[code]) msg = `${names[code]} format requires ${lo} <= number <= ${hi}`;
  else if (code === 'i' || (!native && (code === 'l' || code === 'L'))) msg = `'${code}' format requires ${lo} <= number <= ${hi}`;
  return [lo, hi, msg];
}

function intArg(v: Ref, error: Ref): bigint {
  let r: Ref;
  try {
    r = asIndex(v);
  } catch (e) {
    if (e instanceof PyRaise) fail(error, 'required argument is not an integer');
    throw e;
  }
  return BigInt(intValue(r));
}

function floatArg(v: Ref, error: Ref): number {
  const c = numberClass(v);
  if (c === NUM_FLOAT) return floatValue(v);
  if (c === NUM_INT) return Number(intValue(v));
  const f = callDunder(v, N.__float__, []);
  if (f !== NULL && numberClass(f) === NUM_FLOAT) return floatValue(f);
  return fail(error, 'required argument is not a float');
}

function roundHalfEven(v: number): number {
  const f = Math.floor(v);
  const d = v - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/** The IEEE binary16 bits of x, rounded half to even (CPython raises on overflow). */
function halfBits(x: number): number {
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  if (Number.isNaN(x)) return 0x7e00;
  const a = Math.abs(x);
  if (a === Infinity) return sign | 0x7c00;
  if (a < 2 ** -14) return sign | roundHalfEven(a * 2 ** 24);
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  if (2 ** (e + 1) <= a) e++;
  let m = roundHalfEven((a / 2 ** e - 1) * 1024);
  if (m === 1024) { m = 0; e++; }
  if (e > 15) overflowError('float too large to pack with e format');
  return sign | ((e + 15) << 10) | m;
}

function halfValue(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const e = (bits >> 10) & 0x1f;
  const m = bits & 0x3ff;
  if (e === 0x1f) return m ? NaN : sign * Infinity;
  if (e === 0) return sign * m * 2 ** -24;
  return sign * (1 + m / 1024) * 2 ** (e - 15);
}

function packInto(lay: Layout, args: Ref[], error: Ref): Uint8Array {
  const out = new Uint8Array(lay.size);
  const view = new DataView(out.buffer);
  const le = lay.little;
  let a = 0;
  for (const it of lay.items) {
    const v = args[a++];
    switch (it.code) {
      case 's': case 'p': {
        const data = (v & 1) === 0 ? bytesLikeValue(v) : null;
        if (data === null) fail(error, `argument for '${it.code}' must be a bytes object`);
        if (it.code === 's') {
          out.set(data.subarray(0, it.count), it.offset);
        } else if (it.count > 0) {
          const n = Math.min(data.length, it.count - 1, 255);
          out[it.offset] = n;
          out.set(data.subarray(0, n), it.offset + 1);
        }
        break;
      }
      case 'c': {
        const data = (v & 1) === 0 ? bytesLikeValue(v) : null;
        if (data === null || data.length !== 1) fail(error, 'char format requires a bytes object of length 1');
        out[it.offset] = data[0];
        break;
      }
      case '?': out[it.offset] = isTrue(v) ? 1 : 0; break;
      case 'e': view.setUint16(it.offset, halfBits(floatArg(v, error)), le); break;
      case 'f': view.setFloat32(it.offset, floatArg(v, error), le); break;
      case 'd': view.setFloat64(it.offset, floatArg(v, error), le); break;
      default: {
        let n = intArg(v, error);
        const [lo, hi, msg] = bigRange(it.code, lay.native);
        if (it.code === 'P') n = BigInt.asUintN(64, n);
        if (n < lo || n > hi) fail(error, msg ?? 'argument out of range');
        const bytes = it.size;
        for (let k = 0; k < bytes; k++) {
          const byte = Number(BigInt.asUintN(8, n >> BigInt(8 * k)));
          out[it.offset + (le ? k : bytes - 1 - k)] = byte;
        }
      }
    }
  }
  return out;
}

function unpackFrom(lay: Layout, data: Uint8Array, base: number): Ref {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const le = lay.little;
  const out: Ref[] = [];
  for (const it of lay.items) {
    const at = base + it.offset;
    switch (it.code) {
      case 's': out.push(newBytes(data.subarray(at, at + it.count))); break;
      case 'p': {
        if (it.count === 0) { out.push(newBytes([])); break; }
        const n = Math.min(data[at], it.count - 1);
        out.push(newBytes(data.subarray(at + 1, at + 1 + n)));
        break;
      }
      case 'c': out.push(newBytes([data[at]])); break;
      case '?': out.push(data[at] !== 0 ? TRUE : FALSE); break;
      case 'e': out.push(newFloat(halfValue(view.getUint16(at, le)))); break;
      case 'f': out.push(newFloat(view.getFloat32(at, le))); break;
      case 'd': out.push(newFloat(view.getFloat64(at, le))); break;
      default: {
        let n = 0n;
        for (let k = 0; k < it.size; k++) {
          n |= BigInt(data[at + (le ? k : it.size - 1 - k)]) << BigInt(8 * k);
        }
        const signed = it.code === it.code.toLowerCase();
        if (signed) n = BigInt.asIntN(it.size * 8, n);
        out.push(newInt(n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n));
      }
    }
  }
  return newTuple(out);
}

defFunction('_struct', {
  name: 'calcsize', params: ['fmt', 'error'],
  fn: (_m, fmt, error) => newInt(layout(strValue(fmt), error).size),
});

defFunction('_struct', {
  name: 'pack', params: ['fmt', 'args', 'error'],
  fn: (_m, fmt, args, error) => {
    const lay = layout(strValue(fmt), error);
    const n = tupleLength(args);
    if (n !== lay.args) fail(error, `pack expected ${lay.args} items for packing (got ${n})`);
    return newBytes(packInto(lay, tupleItems(args), error));
  },
});

/** unpack(fmt, buffer, offset, error, what): what is 'unpack' (the buffer must be exactly the
 *  size) or 'unpack_from' (at least offset + size bytes). */
defFunction('_struct', {
  name: 'unpack', params: ['fmt', 'buffer', 'offset', 'error', 'what'],
  fn: (_m, fmt, buffer, offsetRef, error, what) => {
    const lay = layout(strValue(fmt), error);
    const data = (buffer & 1) === 0 ? bytesLikeValue(buffer) : null;
    if (data === null) return raise(error, 'a bytes-like object is required');
    let offset = Number(intValue(offsetRef));
    if (strValue(what) === 'unpack') {
      if (data.length !== lay.size) fail(error, `unpack requires a buffer of ${lay.size} bytes`);
    } else {
      if (offset < 0) {
        if (offset + data.length < 0) fail(error, `offset ${offset} out of range for ${data.length}-byte buffer`);
        offset += data.length;
      }
      if (data.length - offset < lay.size) {
        fail(error, `unpack_from requires a buffer of at least ${lay.size + offset} bytes for unpacking ${lay.size} bytes at offset ${offset} (actual buffer size is ${data.length})`);
      }
    }
    return unpackFrom(lay, data, offset);
  },
});
