# Allocates about 2 GB over its life while keeping about 4 MB live: run with --max-heap 256M.
keep = [None] * 500
total = 0
for i in range(250000):
    b = bytearray(8000)
    keep[i % 500] = (b, str(i))
    total += len(b)
print(total, len(keep))
