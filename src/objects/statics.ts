// Objects at fixed heap addresses, laid out right after the control block by world creation:
// the singletons and the built-in types. Fixed addresses let every thread and the interpreter
// loop use them as constants.

import { CONTROL_WORDS, IntL, Kind, NoneL, TypeL } from '../../gc/layout.js';

export const NONE = CONTROL_WORDS;
export const NOT_IMPLEMENTED = NONE + NoneL.SIZE;
export const ELLIPSIS = NOT_IMPLEMENTED + NoneL.SIZE;
export const FALSE = ELLIPSIS + NoneL.SIZE;
export const TRUE = FALSE + IntL.SIZE_SAFE;
const TYPES_BASE = TRUE + IntL.SIZE_SAFE;

/** The built-in types with fixed addresses: name, instance Kind, base (by name), and
 *  whether Python code may subclass it. The order fixes the addresses. */
export const STATIC_TYPES: readonly (readonly [string, number, string | null, boolean])[] = [
  ['object', Kind.OBJECT, null, true],
  ['type', Kind.TYPE, 'object', true],
  ['int', Kind.INT, 'object', true],
  ['bool', Kind.BOOL, 'int', false],
  ['float', Kind.FLOAT, 'object', true],
  ['complex', Kind.COMPLEX, 'object', true],
  ['str', Kind.STR, 'object', true],
  ['bytes', Kind.BYTES, 'object', true],
  ['bytearray', Kind.BYTEARRAY, 'object', true],
  ['tuple', Kind.TUPLE, 'object', true],
  ['list', Kind.LIST, 'object', true],
  ['dict', Kind.DICT, 'object', true],
  ['set', Kind.SET, 'object', true],
  ['frozenset', Kind.FROZENSET, 'object', true],
  ['NoneType', Kind.NONE, 'object', false],
  ['NotImplementedType', Kind.NOTIMPLEMENTED, 'object', false],
  ['ellipsis', Kind.ELLIPSIS, 'object', false],
  ['function', Kind.FUNCTION, 'object', false],
  ['builtin_function_or_method', Kind.BUILTIN, 'object', false],
  ['method', Kind.METHOD, 'object', false],
  ['code', Kind.CODE, 'object', false],
  ['cell', Kind.CELL, 'object', false],
  ['module', Kind.MODULE, 'object', true],
  ['range', Kind.RANGE, 'object', false],
  ['slice', Kind.SLICE, 'object', false],
  ['property', Kind.PROPERTY, 'object', true],
  ['staticmethod', Kind.STATICMETHOD, 'object', true],
  ['classmethod', Kind.CLASSMETHOD, 'object', true],
  ['super', Kind.SUPER, 'object', true],
  ['generator', Kind.GENERATOR, 'object', false],
  ['BaseException', Kind.EXCEPTION, 'object', true],
  ['traceback', Kind.TRACEBACK, 'object', false],
  ['array', Kind.ARRAY, null, false],
  ['method_descriptor', Kind.DESCRIPTOR, 'object', false],
  ['classmethod_descriptor', Kind.DESCRIPTOR, 'object', false],
  ['getset_descriptor', Kind.DESCRIPTOR, 'object', false],
  ['member_descriptor', Kind.DESCRIPTOR, 'object', false],
  ['mappingproxy', Kind.MAPPINGPROXY, 'object', false],
  ['frame', Kind.FRAME, 'object', false],
];

const typeAddr = (i: number) => TYPES_BASE + i * TypeL.SIZE;
export const T_OBJECT = typeAddr(0);
export const T_TYPE = typeAddr(1);
export const T_INT = typeAddr(2);
export const T_BOOL = typeAddr(3);
export const T_FLOAT = typeAddr(4);
export const T_COMPLEX = typeAddr(5);
export const T_STR = typeAddr(6);
export const T_BYTES = typeAddr(7);
export const T_BYTEARRAY = typeAddr(8);
export const T_TUPLE = typeAddr(9);
export const T_LIST = typeAddr(10);
export const T_DICT = typeAddr(11);
export const T_SET = typeAddr(12);
export const T_FROZENSET = typeAddr(13);
export const T_NONE = typeAddr(14);
export const T_NOTIMPLEMENTED = typeAddr(15);
export const T_ELLIPSIS = typeAddr(16);
export const T_FUNCTION = typeAddr(17);
export const T_BUILTIN = typeAddr(18);
export const T_METHOD = typeAddr(19);
export const T_CODE = typeAddr(20);
export const T_CELL = typeAddr(21);
export const T_MODULE = typeAddr(22);
export const T_RANGE = typeAddr(23);
export const T_SLICE = typeAddr(24);
export const T_PROPERTY = typeAddr(25);
export const T_STATICMETHOD = typeAddr(26);
export const T_CLASSMETHOD = typeAddr(27);
export const T_SUPER = typeAddr(28);
export const T_GENERATOR = typeAddr(29);
export const T_BASE_EXCEPTION = typeAddr(30);
export const T_TRACEBACK = typeAddr(31);
export const T_ARRAY = typeAddr(32);
export const T_METHOD_DESCRIPTOR = typeAddr(33);
export const T_CLASSMETHOD_DESCRIPTOR = typeAddr(34);
export const T_GETSET_DESCRIPTOR = typeAddr(35);
export const T_MEMBER_DESCRIPTOR = typeAddr(36);
export const T_MAPPINGPROXY = typeAddr(37);
export const T_FRAME = typeAddr(38);

/** First word after the static area: where dynamic allocation starts. */
export const STATIC_END = typeAddr(STATIC_TYPES.length);
