// Interned names the runtime uses as keys: N.__init__ and the like. Filled at boot.

import type { Ref } from '../../gc/layout.js';
import { intern } from './intern.js';

const NAMES = [
  '__init__', '__new__', '__call__', '__repr__', '__str__', '__hash__', '__eq__', '__ne__', '__lt__', '__le__',
  '__gt__', '__ge__', '__bool__', '__len__', '__getitem__', '__setitem__', '__delitem__', '__contains__',
  '__iter__', '__next__', '__getattr__', '__getattribute__', '__setattr__', '__delattr__', '__get__', '__set__',
  '__delete__', '__set_name__', '__init_subclass__', '__class_getitem__', '__enter__', '__exit__', '__format__',
  '__index__', '__int__', '__float__', '__complex__', '__neg__', '__pos__', '__invert__', '__abs__', '__round__',
  '__trunc__', '__floor__', '__ceil__', '__reversed__', '__missing__', '__dict__', '__class__', '__name__',
  '__qualname__', '__module__', '__doc__', '__slots__', '__weakref__', '__classcell__', '__mro_entries__',
  '__prepare__', '__instancecheck__', '__subclasscheck__', '__del__', '__dir__', '__sizeof__', '__reduce__',
  '__copy__', '__deepcopy__', '__annotations__', '__builtins__', '__file__', '__path__', '__package__',
  '__spec__', '__loader__', '__all__', '__main__', '__import__', '__build_class__', '__abstractmethods__',
  '__bytes__', '__length_hint__', '__objclass__', '__self__', '__func__', '__wrapped__', '__defaults__',
  '__kwdefaults__', '__code__', '__globals__', '__closure__', '__traceback__', '__cause__', '__context__',
  '__suppress_context__', '__notes__', 'args', 'send', 'throw', 'close', 'value', 'keys', 'items', 'values',
  'get', 'write', 'flush', 'read', 'readline', 'mro', 'fileno', 'encoding', 'errno', 'strerror', 'filename',
  'msg', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'name', 'path', 'code', '__bases__', '__mro__',
  '__subclasses__', 'print_file_and_line', '__aenter__', '__await__',
] as const;

export type NameKey = typeof NAMES[number];
export const N = Object.create(null) as Record<NameKey, Ref>;

export function internNames(): void {
  for (const n of NAMES) N[n] = intern(n);
}

/** Dunder names of binary operators by BinaryOp value: [op, rop, iop]. */
export function binaryDunders(): { op: Ref; rop: Ref; iop: Ref }[] {
  return ['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'or', 'xor']
    .map((n) => ({ op: intern(`__${n}__`), rop: intern(`__r${n}__`), iop: intern(`__i${n}__`) }));
}
