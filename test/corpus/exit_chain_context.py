# Uncaught exception raised while handling another: both tracebacks with the
# "During handling of the above exception, another exception occurred:" separator.
def parse(text):
    return int(text)

def load(config):
    try:
        return parse(config["port"])
    except ValueError:
        raise RuntimeError("bad port in config")

print("loading")
load({"port": "80a"})
