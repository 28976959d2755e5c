// The gc module over the mark-sweep collector (gc/collector.ts). There is one generation:
// CPython's three are reported with everything in the oldest.

import { Control, HDR_INFO, INFO_FINALIZED, NULL, Ref } from '../../gc/layout.js';
import { heap } from '../../gc/heap.js';
import { automaticEnabled, gcStats, requestCollection, setAutomatic } from '../../gc/collector.js';
import { scanObject } from '../../gc/pointers.js';
import { dictSet, newDict } from '../objects/dict.js';
import { newInt } from '../objects/int.js';
import { newList } from '../objects/list.js';
import { moduleDict } from '../objects/module.js';
import { NONE } from '../objects/statics.js';
import { newTuple } from '../objects/tuple.js';
import { typeKind } from '../objects/typeobject.js';
import { typeOf } from '../objects/object.js';
import { Kind } from '../../gc/layout.js';
import { bool } from '../runtime/abstract.js';
import { defineModuleFiller } from '../runtime/boot.js';
import { intern } from '../runtime/intern.js';
import { defFunction } from '../runtime/native.js';
import { atCleanCall, endTransactionSoon } from '../interpreter/eval.js';
import { beginInevitable, endForWait } from '../../stm/barrier.js';
import { collectAndFinalize } from '../interpreter/safepoint.js';

const M = 'gc';
const small = (n: number): Ref => newInt(n);

/** collect(): only where no native below holds Refs in JavaScript locals (called from the
 *  outermost interpreter loop, which ends its transaction before the call as before any that
 *  may wait: the other threads stop); elsewhere the collection is left to the next safepoint. */
defFunction(M, {
  name: 'collect', params: ['generation'], required: 0, keywords: true, blocking: true,
  fn: () => {
    if (!atCleanCall()) {
      requestCollection();
      return small(0);
    }
    endForWait();
    try {
      return small(collectAndFinalize());
    } finally {
      beginInevitable();
      endTransactionSoon();
    }
  },
});
defFunction(M, { name: 'enable', fn: () => { setAutomatic(true); return NONE; } });
defFunction(M, { name: 'disable', fn: () => { setAutomatic(false); return NONE; } });
defFunction(M, { name: 'isenabled', fn: () => bool(automaticEnabled()) });
defFunction(M, {
  name: 'get_count',
  fn: () => newTuple([small(Math.floor(heap.i32[Control.ALLOCATED] / 1024)), small(0), small(0)]),
});
defFunction(M, {
  name: 'get_stats',
  fn: () => newList([0, 1, 2].map((gen) => {
    const d = newDict();
    dictSet(d, intern('collections'), small(gen === 2 ? gcStats().collections : 0));
    dictSet(d, intern('collected'), newInt(gen === 2 ? gcStats().freedObjects : 0));
    dictSet(d, intern('uncollectable'), small(0));
    return d;
  })),
});
defFunction(M, { name: 'get_threshold', fn: () => newTuple([small(700), small(10), small(10)]) });
defFunction(M, { name: 'set_threshold', params: ['threshold0', 'threshold1', 'threshold2'], required: 1, fn: () => NONE });
defFunction(M, {
  name: 'is_tracked', params: ['obj'],
  fn: (_m, obj) => bool((obj & 1) === 0 && !ATOMIC_KINDS.has(typeKind(typeOf(obj)))),
});
defFunction(M, {
  name: 'is_finalized', params: ['obj'],
  fn: (_m, obj) => bool((obj & 1) === 0 && (heap.i32[obj + HDR_INFO] & INFO_FINALIZED) !== 0),
});
defFunction(M, {
  name: 'get_referents', varfn: (_m, args) => {
    const out: Ref[] = [];
    const add = (r: Ref): void => { if (r !== NULL && (r & 1) === 0 && typeKind(typeOf(r)) !== Kind.ARRAY) out.push(r); };
    const visitor = { word: add, owned: () => true, weakref: () => {} };
    for (const obj of args) if ((obj & 1) === 0 && !ATOMIC_KINDS.has(typeKind(typeOf(obj)))) scanObject(obj, visitor);
    return newList(out);
  },
});
defFunction(M, { name: 'freeze', fn: () => NONE });
defFunction(M, { name: 'unfreeze', fn: () => NONE });
defFunction(M, { name: 'get_freeze_count', fn: () => small(0) });

/** Objects that cannot refer to others (CPython does not track them). */
const ATOMIC_KINDS = new Set<number>([Kind.INT, Kind.BOOL, Kind.FLOAT, Kind.COMPLEX, Kind.STR, Kind.BYTES, Kind.NONE]);

defineModuleFiller(M, (m) => {
  const d = moduleDict(m);
  dictSet(d, intern('garbage'), newList([]));
  dictSet(d, intern('callbacks'), newList([]));
  dictSet(d, intern('DEBUG_STATS'), small(1));
  dictSet(d, intern('DEBUG_COLLECTABLE'), small(2));
  dictSet(d, intern('DEBUG_UNCOLLECTABLE'), small(4));
  dictSet(d, intern('DEBUG_SAVEALL'), small(32));
  dictSet(d, intern('DEBUG_LEAK'), small(38));
});
