# eval, exec, compile, globals, locals.
print("eval:", eval("1 + 2 * 3"), eval("[x * 2 for x in range(3)]"), eval("'a' + 'b'"), eval("  42  "))
g = {"x": 10, "y": 5}
print("eval globals:", eval("x * y", g), eval("x + z", g, {"z": 1}))
print("eval sees module globals:", eval("module_value") if (module_value := 7) else None)
def local_eval():
    a = 3
    return eval("a * 2"), eval("a", {"a": "explicit"})
print("eval locals:", local_eval())
ns = {}
exec("def f(n):\n    return n * n\nresult = f(7)", ns)
print("exec defines:", ns["result"], ns["f"](3), "__builtins__" in ns)
glb = {"counter": 0}
exec("counter += 1\ncounter += 1", glb)
print("exec mutates globals:", glb["counter"])
loc = {}
exec("v = 5\nw = v * 2", {}, loc)
print("exec locals dict:", loc)
print("exec returns:", exec("1 + 1"))
exec("exec_created = 'yes'")
print("exec at module level:", exec_created)
src = "total = 0\nfor i in range(5):\n    total += i\n"
code = compile(src, "<loop>", "exec")
env = {}
exec(code, env)
print("compile exec:", env["total"], type(code).__name__)
ce = compile("3 ** 3", "<expr>", "eval")
print("compile eval:", eval(ce), eval(ce))
cs = compile("print('single mode', 1 + 1)", "<single>", "single")
exec(cs)
for bad_src, mode in [("1 +", "eval"), ("x = = 1", "exec"), ("def f(:\n  pass", "exec"), ("a = 1", "eval")]:
    try:
        compile(bad_src, "<bad>", mode)
    except SyntaxError as e:
        print("compile error:", type(e).__name__, e.msg, e.lineno)
try:
    eval("undefined_name_q")
except NameError as e:
    print("eval NameError:", e)
try:
    exec("raise ValueError('inside exec')")
except ValueError as e:
    print("exec raises:", e)
try:
    compile("x", "f", "bogus")
except ValueError as e:
    print("bad mode:", e)
print("globals():", type(globals()).__name__, globals()["__name__"], "g" in globals())
globals()["made_via_globals"] = 123
print("write globals():", made_via_globals)
def show_locals(p, q=2):
    r = p + q
    return sorted(locals())
print("locals():", show_locals(1))
print("module locals is globals:", locals() is globals())
class ClassNs:
    a = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print("class locals:", ClassNs.names)
print("eval with builtins restricted:", end=" ")
try:
    eval("len('abc')", {"__builtins__": {}})
except NameError as e:
    print(e)
print("eval lambda:", eval("lambda v: v + 1")(1))
print("exec function sees exec globals:", end=" ")
ns2 = {"factor": 3}
exec("def mul(v):\n    return v * factor", ns2)
print(ns2["mul"](4))
ns2["factor"] = 10
print("late global lookup:", ns2["mul"](4))
print("exec class:", end=" ")
ns3 = {}
exec("class Made:\n    x = 'class via exec'\n", ns3)
print(ns3["Made"].x, ns3["Made"].__name__)
print("nested eval:", eval("eval('2 + 2')"))
print("eval dict/comprehension:", eval("{k: v for k, v in zip('ab', range(2))}"))
print("exec multiline string:", end=" ")
exec("""
def gen():
    yield from range(3)
print(list(gen()))
""")
print("code attrs:", code.co_filename, ce.co_filename)
