# The collector's proof of reuse: THREADS threads (argument 2, default 1) allocate GB gigabytes
# (argument 1, default 20) between them while keeping about LIVE_MB (argument 3, default 50)
# megabytes live. Run it under a small heap limit, for instance
#   /usr/bin/time -v node bin/pystm.js --max-heap 256M bench/gc/churn.py 20 4
# Without a collector it would need GB gigabytes of heap.
import gc
import sys
import threading
import time

gigabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 20
threads = int(sys.argv[2]) if len(sys.argv) > 2 else 1
live_mb = float(sys.argv[3]) if len(sys.argv) > 3 else 50
BLOCK = 8000
rounds = int(gigabytes * 1e9 / BLOCK / threads)
kept = max(1, int(live_mb * 1e6 / BLOCK / threads))
totals = [0] * threads


def churn(t):
    keep = [None] * kept
    total = 0
    for i in range(rounds):
        b = bytearray(BLOCK)
        keep[i % kept] = (b, str(i))
        total += len(b)
    totals[t] = total


start = time.perf_counter()
workers = [threading.Thread(target=churn, args=(t,)) for t in range(threads)]
for w in workers:
    w.start()
for w in workers:
    w.join()
elapsed = time.perf_counter() - start
stats = gc.get_stats()[2]
print(f'{threads} thread(s) allocated {sum(totals) / 1e9:.1f} GB of bytearrays in {elapsed:.1f} s; '
      f'collections: {stats["collections"]}')
