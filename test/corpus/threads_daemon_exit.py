# At exit the interpreter waits for non-daemon threads (threading._shutdown) and not for
# daemon ones; a non-daemon thread may start another one while the main module ends.
import threading
import time

forever = threading.Event()
for i in range(3):
    threading.Thread(target=forever.wait, name="daemon-%d" % i, daemon=True).start()


def late_worker(depth):
    time.sleep(0.05)
    print("late worker", depth, "done, daemon:", threading.current_thread().daemon)
    if depth < 2:
        threading.Thread(target=late_worker, args=(depth + 1,)).start()


threading.Thread(target=late_worker, args=(0,)).start()
parent = threading.Thread(target=lambda: None, daemon=True)
print("daemon threads alive:", sum(1 for t in threading.enumerate() if t.daemon))
print("main module ends")
