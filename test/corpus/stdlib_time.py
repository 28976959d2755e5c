import time
print(type(time.time_ns()), time.monotonic() > 0, time.process_time() >= 0)
g = time.gmtime(1700000000); print(g, g.tm_year, g[0], len(g), tuple(g))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %p %I %c %x %X %%", g))
print(time.strftime("%G %V %u %e %D %T %F %R", time.gmtime(1704067200)))
print(time.mktime(time.localtime(1700000000)), time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0)))
for f in [lambda: time.sleep(-1), lambda: time.sleep('a'), lambda: time.gmtime('x'), lambda: time.strftime(1)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
