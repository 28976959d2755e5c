import json
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
show("floats", lambda: [json.dumps(x) for x in (1.0, 1e16, 1e-7, 0.1, -0.0, 123456789.125)])
show("indent0", lambda: json.dumps({"a": {}}, indent=0))
show("indent empty", lambda: (json.dumps([], indent=2), json.dumps([[]], indent=2)))
show("tuple key", lambda: json.dumps({(1, 2): 3}))
show("skipkeys", lambda: json.dumps({(1, 2): 3, "a": 1}, skipkeys=True))
for bad in ['[1,', '{"a" 1}', '"ab', '"a\x01"', '[1 2]', '1 2', '{"a":1,}', '[1,]', '["\\q"]', '"\\u12"', '"ab\\u12x"', '["ab\\"]', '[-]', '01', '{"a":1 "b":2}', '{', '[', 'nul', '\ufeff1', ' \n\n  x']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("err", repr(bad), e.msg, e.pos, e.lineno, e.colno, str(e))
show("surrogates", lambda: json.loads('"\\ud800\\udc00 \\ud800x \\u00e9"'))
show("bytes", lambda: json.loads(b'[1, "\xc3\xa9"]'))
show("utf16", lambda: json.loads('{"a": 1}'.encode("utf-16")))
show("notstr", lambda: json.loads(1))
show("obj", lambda: json.dumps(object()))
show("mro", lambda: json.JSONDecodeError.__mro__)
show("errstr", lambda: str(json.JSONDecodeError("m", "ab\ncd", 4)))
show("-inf", lambda: json.loads("[-Infinity, Infinity]"))
show("surrogate out", lambda: json.dumps("\ud800x"))
show("ensure false", lambda: json.dumps("é😀\x7f\u2028", ensure_ascii=False))
show("ensure true", lambda: json.dumps("é😀\x7f\u2028"))
show("indent bool", lambda: json.dumps({"a": 1}, default=str, indent=True))
show("sep indent", lambda: json.dumps({"a": [1, 2]}, indent=2, separators=(",", ":")))
show("nan key", lambda: json.dumps({float("nan"): 1, 1.5: 2, False: 3}))
show("nan key strict", lambda: json.dumps({float("nan"): 1}, allow_nan=False))
a = []; a.append(a)
show("circular", lambda: json.dumps(a))
d = {}; d["x"] = d
show("circular d", lambda: json.dumps(d))
show("no circ check", lambda: json.dumps([[1], [1]], check_circular=False))
show("sort mixed", lambda: json.dumps({1: 2, "a": 3}, sort_keys=True))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
show("subclass", lambda: E(indent=1).encode({"s": {2, 1}}))
show("subclass err", lambda: json.dumps(1j, cls=E))
show("object_hook", lambda: json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d)))
show("parse_int", lambda: json.loads('[1, 2.0]', parse_int=float))
show("parse_constant", lambda: json.loads('[NaN]', parse_constant=lambda s: s))
show("strict", lambda: json.loads('"a\tb"', strict=False))
show("raw_decode", lambda: json.JSONDecoder().raw_decode('[1] x'))
show("decoder", lambda: json.JSONDecoder(object_pairs_hook=list).decode(' {"a": [1]} '))
show("big", lambda: json.dumps([10**30, -5, True, None]))
show("int subclass", lambda: json.dumps(True) + json.dumps(False))
show("str subclass", lambda: json.dumps({type("S", (str,), {})("k"): type("S", (str,), {})("v")}))
show("nested indent", lambda: json.dumps({"a": [1, {"b": None}], "c": "d"}, indent="\t"))
import io
buf = io.StringIO()
json.dump({"x": [1, 2]}, buf, indent=1)
show("dump", lambda: buf.getvalue())
show("load", lambda: json.load(io.StringIO('{"q": [true]}')))
show("escapes", lambda: json.dumps("\b\f\n\r\t\x00\x1f\"\\/"))
show("exp", lambda: json.loads("[1E5, 1e-2, -0, -0.0, 2.5E+3]"))
