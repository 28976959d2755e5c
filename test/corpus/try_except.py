# try/except/else/finally in every combination, return in finally, break/continue in try.
def run(kind):
    log = []
    try:
        log.append("try")
        if kind == "value":
            raise ValueError("v")
        if kind == "key":
            raise KeyError("k")
        if kind == "type":
            raise TypeError("t")
    except ValueError as e:
        log.append("except ValueError " + str(e))
    except (KeyError, IndexError) as e:
        log.append("except tuple " + type(e).__name__)
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

for kind in ["none", "value", "key"]:
    print(kind, run(kind))
try:
    run("type")
except TypeError as e:
    print("type escaped:", e)

def ret_finally():
    try:
        return "try"
    finally:
        return "finally"
print("return in finally wins:", ret_finally())

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print("finally return swallows:", swallow())

def order():
    log = []
    def inner():
        try:
            log.append("try")
            return log.append("return expr") or "value"
        finally:
            log.append("finally")
    r = inner()
    return r, log
print("order:", order())

def loop_control():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print("break/continue in try:", loop_control())

def finally_break():
    for i in range(3):
        try:
            raise ValueError
        finally:
            break
    return "break in finally discards exception, i=%d" % i
print(finally_break())

def while_continue():
    n = 0; log = []
    while n < 3:
        n += 1
        try:
            continue
        finally:
            log.append(n)
    return log
print("while continue finally:", while_continue())

def nested():
    log = []
    try:
        try:
            raise KeyError("inner")
        except KeyError:
            log.append("caught inner")
            raise ValueError("from handler")
        finally:
            log.append("inner finally")
    except ValueError as e:
        log.append("outer caught " + str(e))
    return log
print("nested:", nested())

def reraise():
    try:
        raise IndexError("orig")
    except IndexError:
        raise
try:
    reraise()
except IndexError as e:
    print("bare raise:", repr(e))

def var_deleted():
    try:
        raise ValueError("x")
    except ValueError as err:
        pass
    try:
        return err
    except NameError as e:
        return "deleted: " + str(e)
print("except var:", var_deleted())

try:
    try:
        raise ValueError("a")
    except TypeError:
        print("wrong handler")
except Exception as e:
    print("outer generic:", type(e).__name__)

try:
    raise Exception("base")
except ValueError:
    print("no")
except Exception as e:
    print("fallthrough to Exception:", e)

try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args)

try:
    raise 42
except TypeError as e:
    print("raise non-exception:", e)

class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
try:
    raise MyError(7, "custom")
except MyError as e:
    print("custom:", e.code, e.args, str(e))

def finally_exc_replaces():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
try:
    finally_exc_replaces()
except KeyError as e:
    print("finally raise:", repr(e), "context:", repr(e.__context__))

def else_exception():
    try:
        pass
    except ValueError:
        return "handler"
    else:
        raise RuntimeError("raised in else")
try:
    else_exception()
except RuntimeError as e:
    print("else raise:", e)

count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise ValueError
        break
    except ValueError:
        continue
print("retry loop:", count)

try:
    pass
finally:
    print("try/finally no exception")

def multi_return():
    for i in range(3):
        try:
            if i == 2:
                return i
        finally:
            print("  finally", i)
print("multi:", multi_return())

try:
    {}["missing"]
except LookupError as e:
    print("LookupError catches KeyError:", repr(e))
try:
    [][0]
except LookupError as e:
    print("LookupError catches IndexError:", e)
except_star_free = True
print("exception group free:", except_star_free)
