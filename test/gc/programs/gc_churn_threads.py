# Four threads allocate about 1 GB between them while keeping about 24 MB live: run with
# --max-heap 128M (without a collector the program needs 1 GB of heap).
import threading

BLOCK = 8000
ROUNDS = 30000
KEPT = 750
totals = {}


def churn(t):
    keep = [None] * KEPT
    total = 0
    for i in range(ROUNDS):
        b = bytearray(BLOCK)
        keep[i % KEPT] = (b, str(i))
        total += len(b)
    totals[t] = (total, sum(len(k[0]) for k in keep))


workers = [threading.Thread(target=churn, args=(t,)) for t in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(sorted(totals.items()))
