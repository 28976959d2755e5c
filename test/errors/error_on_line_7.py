# a longer file
import sys

def helper(v):
    return v * 2

result = helper(3) +
print(result)
