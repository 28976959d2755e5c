# Writes to stderr (print(file=sys.stderr), sys.stderr.write) and ends with sys.exit(None): status 0.
import sys
print("to stdout 1")
print("to stderr 1", file=sys.stderr)
n = sys.stderr.write("to stderr 2\n")
print("stderr write returned", n)
print("to stderr", 3, sep=" #", end="!\n", file=sys.stderr, flush=True)
sys.stderr.flush()
print("to stdout 2")
sys.exit(None)
