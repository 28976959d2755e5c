# 1,000 threads all waiting on one Event that the main thread sets: every one wakes.
import threading

N = 1000
ready = threading.Semaphore(0)
go = threading.Event()
woken = []


def waiter(i):
    ready.release()
    if go.wait(30):
        woken.append(i)


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for _ in range(N):
    ready.acquire()
print("all started:", threading.active_count() == N + 1)
go.set()
for t in threads:
    t.join()
print("woken:", len(woken), sorted(woken) == list(range(N)))
print("alive after join:", threading.active_count())
