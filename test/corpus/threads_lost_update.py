# 16 threads x 10,000 increments of shared counters under a Lock (and an RLock and a
# Condition): no update may be lost.
import threading

N_THREADS = 16
N_INCR = 10_000

lock = threading.Lock()
rlock = threading.RLock()
cond = threading.Condition()
counts = {"lock": 0, "rlock": 0}


class Box:
    value = 0


box = Box()


def work():
    for _ in range(N_INCR):
        with lock:
            counts["lock"] += 1
    for _ in range(N_INCR // 10):
        with rlock:
            with rlock:
                counts["rlock"] += 1
        with cond:
            box.value += 1


threads = [threading.Thread(target=work) for _ in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("lock count:", counts["lock"], counts["lock"] == N_THREADS * N_INCR)
print("rlock count:", counts["rlock"], "condition count:", box.value)
