// None, NotImplemented and Ellipsis: the singletons of NoneType, NotImplementedType and
// ellipsis (static objects). Calling their types returns the singleton.

import { defSlotDunders } from '../runtime/dunders.js';
import { Kind, Ref } from '../../gc/layout.js';
import { defStaticMethod } from '../runtime/native.js';
import { defineSlots } from '../runtime/slots.js';
import { typeError } from './exception.js';
import { newInt } from './int.js';
import { ELLIPSIS, NONE, NOT_IMPLEMENTED, T_ELLIPSIS, T_NONE, T_NOTIMPLEMENTED } from './statics.js';

/** Declares a singleton type: its repr, truth, an identity hash and a constructor that
 *  takes no arguments. `typeLabel` is how CPython names the type in that error. */
function singleton(kind: number, type: Ref, value: Ref, text: string, truth: boolean, typeLabel: string): void {
  const slots = { repr: () => text, hash: () => value, bool: () => truth };
  defineSlots(kind, slots);
  defSlotDunders(type, slots, () => newInt(value), [], '');
  defStaticMethod(type, {
    name: '__new__',
    varfn: (_self, args, kw) => {
      if (args.length > 1 || (kw !== null && kw.names.length > 0)) typeError(`${typeLabel} takes no arguments`);
      return value;
    },
  });
}

// NotImplemented is true in a boolean context (3.11 also warns: DeprecationWarning, not done).
singleton(Kind.NONE, T_NONE, NONE, 'None', false, 'NoneType');
singleton(Kind.NOTIMPLEMENTED, T_NOTIMPLEMENTED, NOT_IMPLEMENTED, 'NotImplemented', true, 'NotImplementedType');
singleton(Kind.ELLIPSIS, T_ELLIPSIS, ELLIPSIS, 'Ellipsis', true, 'EllipsisType');
