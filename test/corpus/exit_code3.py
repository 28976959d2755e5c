# sys.exit(3): status 3, nothing on stderr; finally blocks run on the way out.
import sys
print("about to exit with 3")
try:
    sys.exit(3)
finally:
    print("finally runs during SystemExit")
print("never printed")
