# The collector's proof of reuse: allocates GB gigabytes (argument, default 20) over the run
# while keeping about 4 MB live. Run it under a small heap limit, for instance
#   /usr/bin/time -v node bin/pystm.js --max-heap 256M bench/gc/churn.py 20
# Without a collector it would need GB gigabytes of heap.
import sys, gc, time

gigabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 20
rounds = int(gigabytes * 1e9 / 8000)
keep = [None] * 500
total = 0
start = time.perf_counter()
for i in range(rounds):
    b = bytearray(8000)
    keep[i % 500] = (b, str(i))
    total += len(b)
elapsed = time.perf_counter() - start
stats = gc.get_stats()[2]
print(f'allocated {total / 1e9:.1f} GB of bytearrays in {elapsed:.1f} s; collections: {stats["collections"]}')
