# Exceptions that escape a thread: threading.excepthook and its arguments, the default
# hook's output (captured from sys.stderr), SystemExit ignored, a failing hook; the
# program goes on after each.
import io
import sys
import threading


def fails(kind):
    if kind == "value":
        raise ValueError("boom %d" % 7)
    if kind == "exit":
        raise SystemExit(3)
    if kind == "key":
        {}["missing"]
    return "fine"


def run(kind, name):
    t = threading.Thread(target=fails, args=(kind,), name=name)
    t.start()
    t.join()
    return t


# 1. The default hook, with stderr captured: first and last lines of its report.
real_stderr = sys.stderr
sys.stderr = buf = io.StringIO()
try:
    run("value", "worker-a")
    run("exit", "worker-b")      # SystemExit: nothing printed
    run("fine", "worker-c")
finally:
    sys.stderr = real_stderr
lines = buf.getvalue().splitlines()
print("first:", lines[0])
print("second:", lines[1])
print("last:", lines[-1])
print("reports:", sum(1 for line in lines if line.startswith("Exception in thread")))
print("mentions target:", any("in fails" in line for line in lines))
print("after default hook")

# 2. A custom hook sees ExceptHookArgs.
seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value),
                 args.exc_traceback is not None, args.thread.name,
                 args.thread is threading.current_thread()))


threading.excepthook = hook
run("value", "custom-1")
run("key", "custom-2")
run("exit", "custom-3")
run("fine", "custom-4")
for s in seen:
    print("hook:", s)
a = threading.ExceptHookArgs([ValueError, ValueError("v"), None, None])
print("args:", a.exc_type.__name__, a.exc_value, a.exc_traceback, a.thread, len(a))

# 3. A hook that itself raises: reported as "Exception in threading.excepthook:".
def bad_hook(args):
    raise RuntimeError("hook failed")


threading.excepthook = bad_hook
sys.stderr = buf = io.StringIO()
try:
    run("value", "worker-d")
finally:
    sys.stderr = real_stderr
lines = buf.getvalue().splitlines()
print("bad hook first:", lines[0])
print("bad hook last:", lines[-1])

# 4. Back to the default; an uncaught error in a thread goes to the real stderr.
threading.excepthook = threading.__excepthook__
t = run("value", "to-stderr")
print("alive after exception:", t.is_alive())
print("main goes on")
