# Counts primes below a limit by trial division, split over worker threads.
# Run: npx pystm examples/primes.py [THREADS] [LIMIT]
import sys


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
    return sum(1 for n in range(start, stop) if is_prime(n))


def main():
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 200_000
    blocks = [(s, min(s + 5000, limit)) for s in range(0, limit, 5000)]
    total = sum(count_block(a, b) for a, b in blocks)
    print(f"primes below {limit}: {total}")


main()
