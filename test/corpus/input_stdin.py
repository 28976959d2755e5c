# input() and sys.stdin, fed from input_stdin.py.stdin by the runner.
import sys
name = input()
print("input:", repr(name))
age = input("prompt> ")
print()
print("input with prompt:", repr(age), int(age) + 1)
line = sys.stdin.readline()
print("sys.stdin.readline:", repr(line))
numbers = [int(tok) for tok in input().split()]
print("parsed numbers:", numbers, sum(numbers))
print("unicode line:", repr(input()))
rest = sys.stdin.read()
print("sys.stdin.read rest:", repr(rest))
try:
    input()
except EOFError as e:
    print("EOF:", type(e).__name__, repr(str(e)))
print("readline at EOF:", repr(sys.stdin.readline()))
