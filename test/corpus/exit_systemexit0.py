# raise SystemExit(0) from a nested call: status 0, no traceback.
def stop():
    print("stopping")
    raise SystemExit(0)

try:
    stop()
except Exception:
    print("SystemExit is not an Exception: never printed")
print("never printed")
