# Counts primes below a limit by trial division, split over threads that run in parallel.
# Run: npx pystm examples/primes.py [THREADS] [LIMIT]     (add --stats before the file to
# see the transactions, or --mode gil to run the same program under a global lock)
import sys
import threading


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def count_block(start, stop):
    count = 0
    for n in range(start, stop):
        if is_prime(n):
            count += 1
    return count


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 200_000
    blocks = [(s, min(s + 5000, limit)) for s in range(0, limit, 5000)]
    totals = [0] * threads

    def work(k):
        for a, b in blocks[k::threads]:
            totals[k] += count_block(a, b)

    pool = [threading.Thread(target=work, args=(k,)) for k in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    print(f"primes below {limit}: {sum(totals)} ({threads} threads)")


main()
