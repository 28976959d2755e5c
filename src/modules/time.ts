// The time module: clocks, sleep, and the struct_time conversions (gmtime, localtime, mktime,
// strftime, asctime, ctime) with CPython 3.11's messages. Local time follows the process's
// time zone as JavaScript's Date sees it.

import { performance } from 'node:perf_hooks';
import { NULL, Ref } from '../../gc/layout.js';
import { dictSet } from '../objects/dict.js';
import { overflowError, typeError, valueError } from '../objects/exception.js';
import { floatValue, newFloat } from '../objects/float.js';
import { intValue, newInt, numberClass, NUM_FLOAT, NUM_INT } from '../objects/int.js';
import { moduleDict } from '../objects/module.js';
import { NONE, T_TUPLE } from '../objects/statics.js';
import { newStr, strValue } from '../objects/str.js';
import { defineStructSeq, newStructSeq } from '../objects/structseq.js';
import { newTuple, tupleItems } from '../objects/tuple.js';
import { isSubtype } from '../objects/typeobject.js';
import { asIndex, iterToArray, typeNameOf } from '../runtime/abstract.js';
import { defineModuleFiller } from '../runtime/boot.js';
import { intern } from '../runtime/intern.js';
import { defFunction, defStaticMethod } from '../runtime/native.js';
import { typeOf } from '../objects/object.js';
import { T_STR } from '../objects/statics.js';
import { toDouble } from './math.js';
import { endTransactionSoon } from '../interpreter/eval.js';
import { deadlineFor, waitDone, waitForWord } from '../threads/scheduler.js';

const M = 'time';
const FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'];
export const T_STRUCT_TIME = defineStructSeq('struct_time', M, FIELDS);

// ---- clocks ----

const origin = performance.timeOrigin; // ms since the epoch when the process started
const nowNs = (): bigint => BigInt(Math.round((origin + performance.now()) * 1e3)) * 1000n;

defFunction(M, { name: 'time', fn: () => newFloat((origin + performance.now()) / 1000) });
defFunction(M, { name: 'time_ns', fn: () => newInt(nowNs()) });
defFunction(M, { name: 'perf_counter', fn: () => newFloat(Number(process.hrtime.bigint()) / 1e9) });
defFunction(M, { name: 'perf_counter_ns', fn: () => newInt(process.hrtime.bigint()) });
defFunction(M, { name: 'monotonic', fn: () => newFloat(Number(process.hrtime.bigint()) / 1e9) });
defFunction(M, { name: 'monotonic_ns', fn: () => newInt(process.hrtime.bigint()) });

const cpuMicros = (): number => { const u = process.cpuUsage(); return u.user + u.system; };
defFunction(M, { name: 'process_time', fn: () => newFloat(cpuMicros() / 1e6) });
defFunction(M, { name: 'process_time_ns', fn: () => newInt(BigInt(cpuMicros()) * 1000n) });
defFunction(M, { name: 'thread_time', fn: () => newFloat(cpuMicros() / 1e6) });
defFunction(M, { name: 'thread_time_ns', fn: () => newInt(BigInt(cpuMicros()) * 1000n) });

defFunction(M, {
  name: 'sleep', params: ['secs'],
  fn: (_m, a) => {
    const c = numberClass(a);
    if (c !== NUM_INT && c !== NUM_FLOAT) typeError(`'${typeNameOf(a)}' object cannot be interpreted as an integer`);
    const s = toDouble(a);
    if (s !== s) valueError('Invalid value NaN (not a number)');
    if (s < 0) valueError('sleep length must be non-negative');
    // The thread parks or blocks without spinning; sleep(0) just ends the transaction.
    if (s > 0) {
      waitForWord(0, deadlineFor(0, s));
      waitDone();
    }
    endTransactionSoon();
    return NONE;
  },
});

// ---- broken-down time ----

interface Tm { year: number; mon: number; mday: number; hour: number; min: number; sec: number; wday: number; yday: number; isdst: number; }

const MS_PER_DAY = 86400000;

function dayOfYear(year: number, mon: number, mday: number): number {
  return Math.round((Date.UTC(year, mon - 1, mday) - Date.UTC(year, 0, 1)) / MS_PER_DAY) + 1;
}

function gmTm(secs: number): Tm {
  const d = new Date(secs * 1000);
  const year = d.getUTCFullYear();
  const mon = d.getUTCMonth() + 1;
  const mday = d.getUTCDate();
  return {
    year, mon, mday, hour: d.getUTCHours(), min: d.getUTCMinutes(), sec: d.getUTCSeconds(),
    wday: (d.getUTCDay() + 6) % 7, yday: dayOfYear(year, mon, mday), isdst: 0,
  };
}

/** Whether local time at `d` is daylight saving time: its offset differs from the
 *  standard (larger) one of the year. */
function isDst(d: Date): boolean {
  const y = d.getFullYear();
  const std = Math.max(new Date(y, 0, 1).getTimezoneOffset(), new Date(y, 6, 1).getTimezoneOffset());
  return d.getTimezoneOffset() < std;
}

function localTm(secs: number): Tm {
  const d = new Date(secs * 1000);
  const year = d.getFullYear();
  const mon = d.getMonth() + 1;
  const mday = d.getDate();
  return {
    year, mon, mday, hour: d.getHours(), min: d.getMinutes(), sec: d.getSeconds(),
    wday: (d.getDay() + 6) % 7, yday: dayOfYear(year, mon, mday), isdst: isDst(d) ? 1 : 0,
  };
}

function tmToStruct(t: Tm): Ref {
  return newStructSeq(T_STRUCT_TIME, [t.year, t.mon, t.mday, t.hour, t.min, t.sec, t.wday, t.yday, t.isdst].map((v) => newInt(v)));
}

/** The seconds argument of gmtime/localtime/ctime: None or missing means now. */
function secondsArg(a: Ref): number {
  if (a === NULL || a === NONE) return Math.floor(Date.now() / 1000);
  const c = numberClass(a);
  if (c === NUM_FLOAT) {
    const x = floatValue(a);
    if (x !== x) valueError('Invalid value NaN (not a number)');
    if (!Number.isFinite(x) || Math.abs(x) > 8.64e12) overflowError('timestamp out of range for platform time_t');
    return Math.floor(x);
  }
  if (c !== NUM_INT) typeError(`'${typeNameOf(a)}' object cannot be interpreted as an integer`);
  const v = intValue(a);
  if (typeof v === 'bigint' || Math.abs(v) > 8.64e12) overflowError('timestamp out of range for platform time_t');
  return v;
}

/** A struct_time or 9-tuple argument as a Tm. */
function tmArg(fname: string, a: Ref): Tm {
  if (!isSubtype(typeOf(a), T_TUPLE)) typeError(`Tuple or struct_time argument required`);
  const items = tupleItems(a);
  if (items.length !== 9) typeError(`${fname}(): illegal time tuple argument`);
  const v = items.map((r) => Number(intValue(asIndex(r))));
  return { year: v[0], mon: v[1], mday: v[2], hour: v[3], min: v[4], sec: v[5], wday: v[6], yday: v[7], isdst: v[8] };
}

defFunction(M, { name: 'gmtime', params: ['seconds'], required: 0, fn: (_m, s) => tmToStruct(gmTm(secondsArg(s))) });
defFunction(M, { name: 'localtime', params: ['seconds'], required: 0, fn: (_m, s) => tmToStruct(localTm(secondsArg(s))) });

defFunction(M, {
  name: 'mktime', params: ['t'],
  fn: (_m, a) => {
    const t = tmArg('mktime', a);
    const ms = new Date(t.year, t.mon - 1, t.mday, t.hour, t.min, t.sec).getTime();
    if (ms !== ms) overflowError('mktime argument out of range');
    return newFloat(ms / 1000);
  },
});

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n: number, w = 2, c = '0'): string => String(n).padStart(w, c);

function asctime(t: Tm): string {
  return `${DAYS[((t.wday % 7) + 7) % 7].slice(0, 3)} ${MONTHS[((t.mon - 1) % 12 + 12) % 12].slice(0, 3)} ${pad(t.mday, 2, ' ')} `
    + `${pad(t.hour)}:${pad(t.min)}:${pad(t.sec)} ${t.year}`;
}

defFunction(M, {
  name: 'asctime', params: ['t'], required: 0,
  fn: (_m, a) => newStr(asctime(a === NULL ? localTm(Date.now() / 1000) : tmArg('asctime', a))),
});
defFunction(M, { name: 'ctime', params: ['secs'], required: 0, fn: (_m, s) => newStr(asctime(localTm(secondsArg(s)))) });

/** ISO 8601 week-based year and week number. */
function isoWeek(t: Tm): [number, number] {
  const wdayIso = t.wday + 1; // Monday = 1
  let week = Math.floor((t.yday - wdayIso + 10) / 7);
  let year = t.year;
  const weeksIn = (y: number): number => {
    const jan1 = (new Date(Date.UTC(y, 0, 1)).getUTCDay() + 6) % 7; // Monday = 0
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    return jan1 === 3 || (leap && jan1 === 2) ? 53 : 52;
  };
  if (week < 1) { year--; week = weeksIn(year); } else if (week > weeksIn(year)) { year++; week = 1; }
  return [year, week];
}

function zoneOffset(t: Tm, local: boolean): string {
  if (!local) return '+0000';
  const off = -new Date(t.year, t.mon - 1, t.mday, t.hour, t.min, t.sec).getTimezoneOffset();
  const a = Math.abs(off);
  return `${off < 0 ? '-' : '+'}${pad(Math.floor(a / 60))}${pad(a % 60)}`;
}

function zoneName(isdst: number): string {
  const names = tzNames();
  return names[isdst > 0 ? 1 : 0];
}

function strftime(fmt: string, t: Tm): string {
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch !== '%' || i + 1 >= fmt.length) { out += ch; continue; }
    const d = fmt[++i];
    const h12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
    const sundayWday = (t.wday + 1) % 7;
    switch (d) {
      case 'a': out += DAYS[t.wday].slice(0, 3); break;
      case 'A': out += DAYS[t.wday]; break;
      case 'b': case 'h': out += MONTHS[t.mon - 1].slice(0, 3); break;
      case 'B': out += MONTHS[t.mon - 1]; break;
      case 'c': out += asctime(t); break;
      case 'C': out += pad(Math.floor(t.year / 100)); break;
      case 'd': out += pad(t.mday); break;
      case 'D': out += `${pad(t.mon)}/${pad(t.mday)}/${pad(t.year % 100)}`; break;
      case 'e': out += pad(t.mday, 2, ' '); break;
      case 'F': out += `${t.year}-${pad(t.mon)}-${pad(t.mday)}`; break;
      case 'g': out += pad(isoWeek(t)[0] % 100); break;
      case 'G': out += String(isoWeek(t)[0]); break;
      case 'H': out += pad(t.hour); break;
      case 'I': out += pad(h12); break;
      case 'j': out += pad(t.yday, 3); break;
      case 'k': out += pad(t.hour, 2, ' '); break;
      case 'l': out += pad(h12, 2, ' '); break;
      case 'm': out += pad(t.mon); break;
      case 'M': out += pad(t.min); break;
      case 'n': out += '\n'; break;
      case 'p': out += t.hour < 12 ? 'AM' : 'PM'; break;
      case 'P': out += t.hour < 12 ? 'am' : 'pm'; break;
      case 'r': out += `${pad(h12)}:${pad(t.min)}:${pad(t.sec)} ${t.hour < 12 ? 'AM' : 'PM'}`; break;
      case 'R': out += `${pad(t.hour)}:${pad(t.min)}`; break;
      case 's': out += String(Math.floor(new Date(t.year, t.mon - 1, t.mday, t.hour, t.min, t.sec).getTime() / 1000)); break;
      case 'S': out += pad(t.sec); break;
      case 't': out += '\t'; break;
      case 'T': case 'X': out += `${pad(t.hour)}:${pad(t.min)}:${pad(t.sec)}`; break;
      case 'u': out += String(t.wday + 1); break;
      case 'U': out += pad(Math.floor((t.yday - 1 + 7 - sundayWday) / 7)); break;
      case 'V': out += pad(isoWeek(t)[1]); break;
      case 'w': out += String(sundayWday); break;
      case 'W': out += pad(Math.floor((t.yday - 1 + 7 - t.wday) / 7)); break;
      case 'x': out += `${pad(t.mon)}/${pad(t.mday)}/${pad(t.year % 100)}`; break;
      case 'y': out += pad(t.year % 100); break;
      case 'Y': out += String(t.year); break;
      case 'z': out += zoneOffset(t, true); break;
      case 'Z': out += zoneName(t.isdst); break;
      case '%': out += '%'; break;
      default: out += '%' + d;
    }
  }
  return out;
}

defFunction(M, {
  name: 'strftime', params: ['format', 't'], required: 1,
  fn: (_m, f, a) => {
    if (!isSubtype(typeOf(f), T_STR)) typeError(`strftime() argument 1 must be str, not ${typeNameOf(f)}`);
    const t = a === NULL ? localTm(Date.now() / 1000) : tmArg('strftime', a);
    if (t.mon < 1 || t.mon > 12) valueError('month out of range');
    if (t.mday < 0 || t.mday > 31) valueError('day of month out of range');
    if (t.hour < 0 || t.hour > 23) valueError('hour out of range');
    if (t.min < 0 || t.min > 59) valueError('minute out of range');
    if (t.sec < 0 || t.sec > 61) valueError('seconds out of range');
    if (t.wday < 0) valueError('day of week out of range');
    if (t.yday < 0 || t.yday > 366) valueError('day of year out of range');
    t.wday %= 7;
    if (t.yday === 0) t.yday = 1;
    if (t.mday === 0) t.mday = 1;
    return newStr(strftime(strValue(f), t));
  },
});

defStaticMethod(T_STRUCT_TIME, {
  name: '__new__',
  varfn: (_s, args) => {
    if (args.length !== 2) typeError(`struct_time() takes at most 2 arguments (${args.length - 1} given)`);
    const items = iterToArray(args[1]);
    if (items.length < 9) typeError(`time.struct_time() takes an at least 9-sequence (${items.length}-sequence given)`);
    if (items.length > 11) typeError(`time.struct_time() takes an at most 11-sequence (${items.length}-sequence given)`);
    return newStructSeq(args[0], items.slice(0, 9));
  },
});

// ---- time zone ----

function tzNames(): [string, string] {
  const y = new Date().getFullYear();
  const name = (d: Date): string => {
    const parts = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }).formatToParts(d);
    const z = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'UTC';
    return z === 'GMT' ? 'UTC' : z;
  };
  const jan = new Date(y, 0, 1);
  const jul = new Date(y, 6, 1);
  const [std, dst] = jan.getTimezoneOffset() >= jul.getTimezoneOffset() ? [jan, jul] : [jul, jan];
  return [name(std), name(dst)];
}

defineModuleFiller(M, (m) => {
  const d = moduleDict(m);
  const y = new Date().getFullYear();
  const jan = new Date(y, 0, 1).getTimezoneOffset();
  const jul = new Date(y, 6, 1).getTimezoneOffset();
  const std = Math.max(jan, jul);
  const dst = Math.min(jan, jul);
  dictSet(d, intern('struct_time'), T_STRUCT_TIME);
  dictSet(d, intern('timezone'), newInt(std * 60));
  dictSet(d, intern('altzone'), newInt(dst * 60));
  dictSet(d, intern('daylight'), newInt(std !== dst ? 1 : 0));
  const [a, b] = tzNames();
  const tz = [newStr(a), newStr(b)];
  dictSet(d, intern('tzname'), newTuple(tz));
});
