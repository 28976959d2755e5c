// The opcodes of `match` statements (GET_LEN, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS,
// COPY_DICT_WITHOUT_KEYS, MATCH_CLASS) and of `except*` (CHECK_EG_MATCH, PREP_RERAISE_STAR),
// with CPython 3.11's semantics and messages. The interpreter loop calls these with values
// taken from the stack; see opcodes.ts for the stack effects.

import { NULL, Ref } from '../../gc/layout.js';
import { dictGet, newDict } from '../objects/dict.js';
import { Exc, excCause, excContext, excTraceback, setExcTraceback, typeError, valueError } from '../objects/exception.js';
import { exceptionGroupSplit } from '../objects/exception_methods.js';
import { newInt } from '../objects/int.js';
import { listItems, newList } from '../objects/list.js';
import { typeOf } from '../objects/object.js';
import { newSetOfType, setAdd, setContains } from '../objects/set.js';
import {
  FALSE, NONE, T_BOOL, T_BYTEARRAY, T_BYTES, T_DICT, T_FLOAT, T_FROZENSET, T_INT, T_LIST, T_MAPPINGPROXY, T_OBJECT,
  T_RANGE, T_SET, T_STR, T_TUPLE, TRUE,
} from '../objects/statics.js';
import { newStr } from '../objects/str.js';
import { tbNext } from '../objects/traceback.js';
import { newTuple, tupleItems } from '../objects/tuple.js';
import { isSubtype, isType, lookupType, typeName } from '../objects/typeobject.js';
import { isInstanceOf } from '../modules/builtins.js';
import { delItem, length, repr } from '../runtime/abstract.js';
import { getAttr, getAttrOrNull } from '../runtime/attributes.js';
import { callObject } from '../runtime/call.js';
import { PyRaise } from '../runtime/errors.js';
import { intern } from '../runtime/intern.js';
import { allBuiltinTypes } from '../runtime/world.js';
import { dictUpdate } from './ops.js';
import { thread } from './threadstate.js';

// ---- match ----

/** collections.abc.Sequence and Mapping declare these bits in `__abc_tpflags__` (as in
 *  CPython), which their subclasses inherit. */
const ABC_SEQUENCE = 1 << 5;
const ABC_MAPPING = 1 << 6;

function abcFlags(t: Ref): number {
  const flags = lookupType(t, intern('__abc_tpflags__'));
  return flags !== NULL && (flags & 1) === 1 ? flags >> 1 : 0;
}

export function getLen(obj: Ref): Ref {
  return newInt(length(obj));
}

export function matchMapping(obj: Ref): Ref {
  const t = typeOf(obj);
  return isSubtype(t, T_DICT) || isSubtype(t, T_MAPPINGPROXY) || (abcFlags(t) & ABC_MAPPING) !== 0 ? TRUE : FALSE;
}

/** Built-in types that match sequence patterns; those declared by library modules
 *  (collections.deque, memoryview) are looked up once they exist. */
const SEQUENCE_TYPE_NAMES = [['collections', 'deque'], ['builtins', 'memoryview']];
let sequenceTypes: Ref[] | null = null;

function isBuiltinSequence(t: Ref): boolean {
  sequenceTypes ??= [T_LIST, T_TUPLE, T_RANGE, ...allBuiltinTypes()
    .filter((r) => SEQUENCE_TYPE_NAMES.some(([module, name]) => r.module === module && r.name === name))
    .map((r) => r.address)];
  return sequenceTypes.some((s) => isSubtype(t, s));
}

/** str, bytes and bytearray are sequences, but not for pattern matching. */
export function matchSequence(obj: Ref): Ref {
  const t = typeOf(obj);
  if (isSubtype(t, T_STR) || isSubtype(t, T_BYTES) || isSubtype(t, T_BYTEARRAY)) return FALSE;
  return isBuiltinSequence(t) || (abcFlags(t) & ABC_SEQUENCE) !== 0 ? TRUE : FALSE;
}

/** The values of `keys` in the mapping, as a tuple, or None when one is missing. Lookups go
 *  through get(key, marker), so a defaultdict does not grow. */
export function matchKeys(subject: Ref, keys: Ref): Ref {
  const wanted = tupleItems(keys);
  if (wanted.length === 0) return newTuple([]);
  const seen = newSetOfType(T_SET);
  const exact = typeOf(subject) === T_DICT;
  const get = exact ? NULL : getAttr(subject, intern('get'));
  const missing = exact ? NULL : callObject(T_OBJECT, []);
  const values: Ref[] = [];
  for (const key of wanted) {
    if (!setAdd(seen, key)) valueError(`mapping pattern checks duplicate key (${repr(key)})`);
    const v = exact ? dictGet(subject, key) : callObject(get, [key, missing]);
    if (v === missing) return NONE;
    values.push(v);
  }
  return newTuple(values);
}

/** The **rest of a mapping pattern: a dict of the subject's items without `keys`. */
export function copyDictWithoutKeys(subject: Ref, keys: Ref): Ref {
  const rest = newDict();
  dictUpdate(rest, subject);
  for (const key of tupleItems(keys)) delItem(rest, key);
  return rest;
}

/** Built-in types whose instances match `T(x)` with x the subject itself. */
const MATCH_SELF = [T_BOOL, T_BYTEARRAY, T_BYTES, T_DICT, T_FLOAT, T_FROZENSET, T_INT, T_LIST, T_SET, T_STR, T_TUPLE];

/** MATCH_CLASS: None unless `subject` is an instance of `cls`; then the tuple of the
 *  attributes named by the first `nargs` entries of cls.__match_args__ and by `names`. */
export function matchClass(subject: Ref, cls: Ref, nargs: number, names: Ref): Ref {
  if (!isType(cls)) typeError('called match pattern must be a type');
  if (!isInstanceOf(subject, cls, 'isinstance')) return NONE;
  const seen = newSetOfType(T_SET);
  const attrs: Ref[] = [];
  if (nargs > 0) {
    const matchArgs = getAttrOrNull(cls, intern('__match_args__'));
    if (matchArgs !== NULL && typeOf(matchArgs) !== T_TUPLE) {
      typeError(`${typeName(cls)}.__match_args__ must be a tuple (got ${typeName(typeOf(matchArgs))})`);
    }
    const matchSelf = matchArgs === NULL && MATCH_SELF.some((t) => isSubtype(cls, t));
    const positional = matchArgs === NULL ? [] : tupleItems(matchArgs);
    const allowed = matchSelf ? 1 : positional.length;
    if (allowed < nargs) {
      typeError(`${typeName(cls)}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${nargs} given)`);
    }
    if (matchSelf) {
      attrs.push(subject);
    } else {
      for (let i = 0; i < nargs; i++) {
        const name = positional[i]!;
        if (typeOf(name) !== T_STR) typeError(`__match_args__ elements must be strings (got ${typeName(typeOf(name))})`);
        const v = classAttr(subject, cls, name, seen);
        if (v === NULL) return NONE;
        attrs.push(v);
      }
    }
  }
  for (const name of tupleItems(names)) {
    const v = classAttr(subject, cls, name, seen);
    if (v === NULL) return NONE;
    attrs.push(v);
  }
  return newTuple(attrs);
}

/** The attribute `name` of the subject, or NULL when it has none (the match fails). */
function classAttr(subject: Ref, cls: Ref, name: Ref, seen: Ref): Ref {
  if (setContains(seen, name)) typeError(`${typeName(cls)}() got multiple sub-patterns for attribute ${repr(name)}`);
  setAdd(seen, name);
  try {
    return getAttrOrNull(subject, name);
  } catch (e) {
    if (e instanceof PyRaise && isSubtype(typeOf(e.exc), Exc.AttributeError)) return NULL;
    throw e;
  }
}

// ---- except* ----

const isGroup = (e: Ref): boolean => e !== NONE && isSubtype(typeOf(e), Exc.BaseExceptionGroup);

/** A group with an empty message of `items` (a tuple or list, kept as its args show):
 *  ExceptionGroup, or BaseExceptionGroup when an item is not an Exception. */
function newGroup(items: Ref): Ref {
  return callObject(Exc.BaseExceptionGroup, [newStr(''), items]);
}

function checkStarType(t: Ref): void {
  const types = typeOf(t) === T_TUPLE ? tupleItems(t) : [t];
  for (const x of types) {
    if (!isType(x) || !isSubtype(x, Exc.BaseException)) {
      typeError('catching classes that do not inherit from BaseException is not allowed');
    }
  }
  if (types.some((x) => isSubtype(x, Exc.BaseExceptionGroup))) {
    typeError('catching ExceptionGroup with except* is not allowed. Use except instead.');
  }
}

/** CHECK_EG_MATCH on f[sp-2] (the exception, None once all is handled) and f[sp-1] (the
 *  type): leaves [rest or None, matched group] and makes the match the handled exception,
 *  or [exception, None]. A matching exception that is not a group is wrapped in one. */
export function checkEgMatch(f: Int32Array, sp: number): void {
  const exc = f[sp - 2];
  const type = f[sp - 1];
  checkStarType(type);
  let match: Ref = NONE;
  let rest: Ref = exc;
  if (exc !== NONE && isInstanceOf(exc, type, 'isinstance')) {
    if (isGroup(exc)) {
      match = exc;
    } else {
      match = newGroup(newTuple([exc]));
      setExcTraceback(match, excTraceback(exc));
    }
    rest = NONE;
  } else if (isGroup(exc)) {
    const [m, r] = exceptionGroupSplit(exc, type);
    if (m !== NULL) {
      match = m;
      rest = r === NULL ? NONE : r;
    }
  }
  f[sp - 2] = rest;
  f[sp - 1] = match;
  if (match !== NONE) thread.handled = match;
}

/** PREP_RERAISE_STAR: what a try-except* statement propagates, given the original exception
 *  and the list of what its clauses raised plus the unhandled rest. Exceptions re-raised by
 *  a bare `raise` are put back in the original group's shape; new ones are grouped with it. */
export function prepReraiseStar(orig: Ref, raisedList: Ref): Ref {
  const excs = listItems(raisedList).filter((e) => e !== NONE);
  let result: Ref;
  if (!isGroup(orig)) {
    // A plain exception was wrapped: at most one clause ran.
    result = excs.length > 0 ? excs[0]! : NONE;
  } else {
    const raised = excs.filter((e) => !isReraise(e, orig));
    const reraised = excs.filter((e) => isReraise(e, orig));
    const kept = reraised.length > 0 ? project(orig, reraised) : NULL;
    if (kept !== NULL) raised.push(kept);
    result = raised.length === 0 ? NONE : raised.length === 1 ? raised[0]! : newGroup(newList(raised));
  }
  return result;
}

/** Whether `e` is (a part of) `orig` raised again: split() copied orig's cause, context and
 *  traceback into it, and raising only prepends entries to that traceback. */
function isReraise(e: Ref, orig: Ref): boolean {
  if (e === orig) return true;
  if (excCause(e) !== excCause(orig) || excContext(e) !== excContext(orig)) return false;
  const origTb = excTraceback(orig);
  for (let tb = excTraceback(e); tb !== NULL; tb = tbNext(tb)) if (tb === origTb) return true;
  return origTb === NULL;
}

/** The part of `orig` whose leaf exceptions appear in `keep`, with orig's nesting, or NULL. */
function project(orig: Ref, keep: Ref[]): Ref {
  const leaves = newSetOfType(T_SET);
  const collect = (e: Ref): void => {
    if (isGroup(e)) for (const sub of tupleItems(getAttr(e, intern('exceptions')))) collect(sub);
    else setAdd(leaves, e);
  };
  keep.forEach(collect);
  return exceptionGroupSplit(orig, getAttr(leaves, intern('__contains__')))[0];
}
