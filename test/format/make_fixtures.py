"""Generates the JSON fixtures for test/format/*.test.ts from the real CPython.

Run with CPython 3.11 (the behaviour being reproduced):
    /root/.pyenv/versions/3.11.7/bin/python3 test/format/make_fixtures.py

Encoding used in every file:
  float  -> repr(x) string ('inf', '-inf', 'nan', '-0.0' included)
  int    -> decimal string
  result -> {"ok": value} or {"err": [exception type name, str(exception)]}
"""
import json
import math
import os
import random
import struct
import sys
import unicodedata

assert sys.version_info[:2] == (3, 11), sys.version
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fixtures')
os.makedirs(HERE, exist_ok=True)
rng = random.Random(20240611)


def save(name, data):
    with open(os.path.join(HERE, name), 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=True, separators=(',', ':'))
        f.write('\n')


def big_str(n):
    """str(n) without the int max str digits limit (results may be huge)."""
    old = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        return str(n)
    finally:
        sys.set_int_max_str_digits(old)


def enc(v):
    if isinstance(v, bool):
        return v
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, int):
        return big_str(v)
    if isinstance(v, tuple):
        return [enc(x) for x in v]
    return v


def run(fn):
    try:
        return {'ok': enc(fn())}
    except Exception as e:  # the type and message are what we test
        return {'err': [type(e).__name__, str(e)]}


# ---------------------------------------------------------------- floats

def random_bits_float():
    while True:
        x = struct.unpack('<d', rng.getrandbits(64).to_bytes(8, 'little'))[0]
        if math.isfinite(x):
            return x


def interesting_floats():
    out = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.1, 0.2, 0.3, 2.675, 1e16, 1e-4, 1e-5,
           9999999999999998.0, 1e15, 123456789012345.0, 1.2345678901234567e+19, 5e-324,
           2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, 1e22, 1e23,
           0.0001, 0.00009999999999999999, 1e21, 1e-7, 9.999999999999999e15, 2.0 ** 53,
           2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64, 2.0 ** 70, -2.0 ** 70, 0.125, 0.375, 1e300,
           123.456, 1e-300, 4.35, 0.045, 1.005, 2 ** -1074 * 3, 1e308, 8.5, 9.5, -0.5]
    for e in range(-330, 310, 7):
        out.append(10.0 ** e if e > -324 else 5e-324)
    for e in range(-1074, 1024, 37):
        out.append(2.0 ** e)
    return out


def random_floats(n):
    out = []
    for i in range(n):
        kind = i % 5
        if kind == 0:
            out.append(random_bits_float())
        elif kind == 1:
            out.append(round(rng.uniform(-1000, 1000), rng.randint(0, 6)))
        elif kind == 2:
            out.append(rng.uniform(-1, 1) * 10.0 ** rng.randint(-30, 30))
        elif kind == 3:
            out.append(rng.randint(-10 ** 6, 10 ** 6) / 2 ** rng.randint(0, 12))
        else:
            out.append(float(rng.randint(-(10 ** 20), 10 ** 20)) * rng.choice([1, 1e-10, 1e10]))
    return out


def float_cases():
    xs = interesting_floats() + random_floats(3000)
    cases = []
    for x in xs:
        nds = sorted(set([0, 1, 2, 3, -1, -2, rng.randint(-25, 25), rng.randint(-330, 330)]))
        cases.append({
            'x': repr(x),
            'hex': x.hex(),
            'ratio': run(lambda: x.as_integer_ratio()),
            'hash': str(hash(x)),
            'int': run(lambda: int(x)),
            'round0': run(lambda: round(x)),
            'round': [[nd, run(lambda: round(x, nd))] for nd in nds],
        })
    for x in [math.inf, -math.inf, math.nan]:
        cases.append({'x': repr(x), 'hex': x.hex(), 'ratio': run(lambda: x.as_integer_ratio()),
                      'hash': str(hash(x)) if not math.isnan(x) else None,
                      'int': run(lambda: int(x)), 'round0': run(lambda: round(x)),
                      'round': [[2, run(lambda: round(x, 2))]]})
    save('float_cases.json', cases)


def float_ops():
    pool = interesting_floats()[:60] + random_floats(300) + [math.inf, -math.inf, math.nan, 0.0, -0.0]
    small = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, 10.0, 1e-3, 7.0, -7.5, math.inf,
             -math.inf, math.nan, 1e300, 1e-300, 2.0 ** 0.5, 0.1, -3.0, 1 / 3]
    cases = []
    for _ in range(3000):
        a = rng.choice(pool + small)
        b = rng.choice(pool + small + small)
        cases.append([repr(a), repr(b), run(lambda: a % b), run(lambda: a // b),
                      run(lambda: divmod(a, b)), run(lambda: a / b)])
    save('float_ops.json', cases)
    pows = []
    bases = small + [rng.uniform(-20, 20) for _ in range(60)] + [10.0, 2.0, 1.1, -1.0]
    exps = small + [float(rng.randint(-40, 40)) for _ in range(40)] + [0.5, 1.5, -0.5, 1e10, 1000.0, -1000.0, 300.0]
    for _ in range(3000):
        a = rng.choice(bases)
        b = rng.choice(exps)
        r = run(lambda: a ** b)
        if 'ok' in r and isinstance(a ** b, complex):
            r = {'complex': True}
        pows.append([repr(a), repr(b), r])
    save('float_pow.json', pows)


def float_parse():
    strs = ['1', '1.5', ' 1.5 ', '1_000.5', '1_.5', '1._5', '._5', '.5', '5.', '.', '', ' ', '-', '+1e5',
            '1e', '1e+', '1e_5', '1e1_0', 'inf', '-Inf', '+INFINITY', 'infinit', 'nan', '-NaN', 'nan1',
            '0x10', '1e400', '-1e-400', '\t\n1\x0b\x0c\r', '\x1c1', '\x851', '\u20001\u3000', '١٢٣',
            '１２.５', 'abc', 'a' * 300, '1__0', '_1', '1_', '0001', '-0', '-0.0', '1.5E-3', 'é',
            '1\x00', '12\u200b', '1 2', '++1', '--1', 'in f', '1e5.5', '0e0', '00.00e-00',
            '9' * 400, '0.' + '0' * 400 + '1', '2.2250738585072011e-308', '1' * 30 + 'e-30']
    for _ in range(500):
        x = random_bits_float()
        s = rng.choice([repr(x), '%.17g' % x, '%.25e' % x, '%.3f' % x])
        strs.append(s)
    save('float_parse.json', [[s, run(lambda: float(s))] for s in strs])
    hexes = ['0x1p0', '0x1.8p1', ' -0x1.fffffffffffffp1023 ', '0x1.fffffffffffff8p1023', '0x1p-1074',
             '0x1p-1075', '0x1.0000000000001p-1075', '0x3p-1076', '1.', '.', '0x.p1', '0x_1', 'inf',
             '-infinity', 'nan', '0X1P+1', '0x1.8', 'abc', '0x1p99999999999999999999',
             '0x1p-99999999999999999999', '0x0p99999', '', '0x', '1p', '0x1.23456789abcdef0123p10',
             '\u20000x1', '0x1 2', '0x00000000000000000000001p-10', 'ff', 'ff.8', '-.8p2', '0x1P',
             '0x1p+', '0xg']
    for _ in range(500):
        x = random_bits_float()
        hexes.append(x.hex())
        m = rng.getrandbits(rng.randint(1, 80))
        hexes.append('%s0x%x.%xp%d' % (rng.choice(['', '-']), m, rng.getrandbits(20), rng.randint(-1100, 1100)))
    save('float_fromhex.json', [[s, run(lambda: float.fromhex(s))] for s in hexes])


def random_spec(kind):
    parts = []
    if rng.random() < 0.3:
        if rng.random() < 0.5:
            parts.append(rng.choice(['*', '0', 'x', ' ', '{', 'é', '😀', '<']))
        parts.append(rng.choice('<>=^'))
    if rng.random() < 0.3:
        parts.append(rng.choice('+- '))
    if rng.random() < 0.15:
        parts.append('z')
    if rng.random() < 0.2:
        parts.append('#')
    if rng.random() < 0.25:
        parts.append('0')
    if rng.random() < 0.5:
        parts.append(str(rng.randint(0, 30)))
    if rng.random() < 0.25:
        parts.append(rng.choice(',_'))
    if rng.random() < 0.5:
        parts.append('.' + str(rng.choice([0, 1, 2, 3, 5, 6, 10, 15, 17, 20, 30, 120])))
    if rng.random() < 0.85:
        if kind == 'float':
            parts.append(rng.choice('eEfFgGn%' * 4 + 'dsxc'))
        elif kind == 'int':
            parts.append(rng.choice('bcdoxXn' * 4 + 'eEfFgG%s'))
        else:
            parts.append(rng.choice('s' * 10 + 'dx'))
    return ''.join(parts)


def spec_cases():
    floats = interesting_floats() + random_floats(600) + [math.inf, -math.inf, math.nan]
    fixed = ['', '.2f', '.0f', '.1f', '.3e', 'e', 'g', '.3', '.0', '10.4f', ',', '_', ',.2f', '%',
             '.1%', '+', ' ', 'z', 'z.2f', '#', '#.0e', '#g', '010', '=+12.3f', '^15,.3f', '*<12e',
             '.17', '.16', '.20', 'n', '.3n', 'G', 'E', 'F', '.100f', '.101e', '.150g', '#.3g',
             '0=10,', '08,', '09,.1f', '-^9', 'd', 's', 'c', 'x', '.', 'ff', '.2d', ',n', '_n',
             ',_', '_,', ',,', 'z+', 'zz', '10000000000000000000000', '..2']
    cases = []
    for x in floats[:120]:
        for spec in fixed:
            cases.append([repr(x), spec, run(lambda: format(x, spec))])
    for _ in range(6000):
        x = rng.choice(floats)
        spec = random_spec('float')
        cases.append([repr(x), spec, run(lambda: format(x, spec))])
    save('format_float.json', cases)

    ints = [0, 1, -1, 7, -7, 255, -255, 65, 0x10ffff, 0x110000, 1234, -1234567, 10 ** 15, 2 ** 53,
            2 ** 64, -2 ** 70, 10 ** 30, 2 ** 1100, 9, 99, 999]
    ints += [rng.randint(-10 ** rng.randint(1, 40), 10 ** rng.randint(1, 40)) for _ in range(200)]
    fixed_int = ['', 'd', 'x', 'X', '#x', '#X', '#o', '#b', 'b', 'o', 'c', 'n', ',', '_', '_x', '_b',
                 '#_b', ',x', '010', '#010x', '=+10', '^10', '<10,', '0=10,', '08,', '09,', ' ',
                 '+', '-', 'z', '.2', '.2d', '+c', '#c', 'z.2d', 'z+c', '=5c', 'e', '.2f', '%', 'g',
                 'G', 's', 'a', 'é', '\x1f', '5 ', ',c', '_c', '_n', 'x,', 'dd', '#5', 'x<05', '<05',
                 '^05', ',.2f', 'z.2f', '😀^7', '{<5']
    icases = []
    for n in ints[:80]:
        for spec in fixed_int:
            icases.append([str(n), spec, run(lambda: format(n, spec))])
    for _ in range(4000):
        n = rng.choice(ints)
        spec = random_spec('int')
        icases.append([str(n), spec, run(lambda: format(n, spec))])
    save('format_int.json', icases)

    strs = ['', 'a', 'abc', 'é', '😀x', 'hello world', 'x' * 40, '\n', '日本語']
    fixed_str = ['', 's', '10', '<10', '>10', '^10', '^11', '*^9', '.2', '10.2s', '+', '#', '=5',
                 'z', ',', '_', 'd', '05', '<05', 'x<05', '😀>6', '+#', '#=', 'z+', '=+', 'z=',
                 '+d', ',y', '.', 'ss', ' ', '.0']
    scases = []
    for s in strs:
        for spec in fixed_str:
            scases.append([s, spec, run(lambda: format(s, spec))])
    for _ in range(1500):
        s = rng.choice(strs)
        spec = random_spec('str')
        scases.append([s, spec, run(lambda: format(s, spec))])
    save('format_str.json', scases)


# ---------------------------------------------------------------- ints

def random_int():
    k = rng.choice([1, 2, 5, 10, 15, 16, 17, 20, 30, 60, 100, 200, 500])
    n = rng.randint(0, 10 ** k)
    return -n if rng.random() < 0.4 else n


def int_cases():
    ns = [0, 1, -1, 2, -2, 2 ** 31, 2 ** 32, 2 ** 53 - 1, 2 ** 53, 2 ** 53 + 1, -2 ** 53, 2 ** 61 - 1,
          2 ** 61, 2 ** 61 - 2, -(2 ** 61 - 1), 2 ** 62, 2 ** 64, -2 ** 64, 2 ** 70, 10 ** 308,
          2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 971, 2 ** 1024, 10 ** 400, 25, -25, 35, 15, 5, 150]
    ns += [random_int() for _ in range(1500)]
    cases = []
    for n in ns:
        cases.append({
            'n': str(n), 'hex': hex(n), 'oct': oct(n), 'bin': bin(n), 'hash': str(hash(n)),
            'bl': n.bit_length(), 'bc': n.bit_count(), 'float': run(lambda: float(n)),
            'isqrt': run(lambda: math.isqrt(n)),
            'round': [[nd, run(lambda: round(n, nd))] for nd in (-1, -2, -3, rng.randint(-30, 2))],
            'b36': run(lambda: int(str(n), 36)) if n >= 0 else None,
        })
    save('int_cases.json', cases)

    ops = []
    small = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, 2 ** 53, -2 ** 53, 2 ** 53 - 1, 2 ** 31, -2 ** 31,
             2 ** 32 - 1, 2 ** 64, -2 ** 64 + 1]
    for _ in range(3000):
        a = rng.choice(small + [random_int() for _ in range(3)])
        b = rng.choice(small + [random_int() for _ in range(3)])
        e = rng.randint(-5, 40)
        s = rng.randint(0, 100)
        m = rng.choice([0, 1, -1, 7, -7, 97, 2 ** 61 - 1, random_int()])
        ops.append({
            'a': str(a), 'b': str(b), 'e': e, 's': s, 'm': str(m),
            'add': str(a + b), 'sub': str(a - b), 'mul': str(a * b),
            'floordiv': run(lambda: a // b), 'mod': run(lambda: a % b), 'divmod': run(lambda: divmod(a, b)),
            'truediv': run(lambda: a / b), 'and': str(a & b), 'or': str(a | b), 'xor': str(a ^ b),
            'inv': str(~a), 'lshift': run(lambda: a << s), 'rshift': run(lambda: a >> s),
            'pow': run(lambda: a ** e) if abs(a) < 10 ** 30 else None,
            'powmod': run(lambda: pow(a, e, m)), 'gcd': str(math.gcd(a, b)),
            'cmp': (a > b) - (a < b), 'eq': a == b,
        })
    ops.append({'a': '1', 'b': '0', 'e': 0, 's': -1, 'm': '0', 'lshift': run(lambda: 1 << -1),
                'rshift': run(lambda: 1 >> -1)})
    save('int_ops.json', ops)

    parse = []
    strs = ['0', '-0', '+7', ' 12 ', '1_000', '1__0', '_1', '1_', '0x1f', '0X1F', '0o17', '0b101',
            '0x_1f', '0_x1f', '010', '00', '0_0', '0b', '0x', '1e5', '١٢٣', '\u20001\u2000', '\x1c1',
            '+ 1', '', '  ', 'z', 'Z', '9', 'a' * 300, 'é' * 300, '1' * 5000, '1' * 5000 + 'x',
            '1_' * 3000 + '1', '-' + '1' * 4300, '-' + '1' * 4301, '0b1', '1x', '0B1', '0o_7', '0_o7',
            '07', '12345678901234567890', '-9007199254740993', 'ff', 'FF', 'zz', '0x' + 'f' * 300]
    bases = [10, 0, 2, 8, 16, 36, 37, 1, -1, 3, 7]
    for s in strs:
        for base in bases:
            parse.append([s, base, run(lambda: int(s, base))])
    for _ in range(1500):
        base = rng.choice([2, 3, 8, 10, 16, 36, 0, 5, 20])
        n = random_int()
        digits = '0123456789abcdefghijklmnopqrstuvwxyz'[:max(base, 10) if base else 10]
        body = ''.join(rng.choice(digits) for _ in range(rng.randint(1, 40)))
        s = rng.choice([str(n), body, '-' + body, body.upper(), ' ' + body + '\n'])
        parse.append([s, base, run(lambda: int(s, base))])
    save('int_parse.json', parse)

    # str(sign * 10**k): the result is either the digits or the limit error.
    limit = [[sign, k, run(lambda: len(str(sign * 10 ** k)))] for sign in (1, -1) for k in (4299, 4300, 20000)]
    save('int_limit.json', limit)


# ---------------------------------------------------------------- % formatting and str.format

def encode_value(v):
    if isinstance(v, bool):
        raise TypeError
    if isinstance(v, int):
        return {'i': str(v)}
    if isinstance(v, float):
        return {'f': repr(v)}
    if isinstance(v, str):
        return {'s': v}
    if isinstance(v, list):
        return {'l': [encode_value(x) for x in v]}
    if isinstance(v, dict):
        return {'d': {k: encode_value(x) for k, x in v.items()}}
    raise TypeError(v)


def percent_cases():
    values = [0, 1, -1, 42, -255, 65, 0x110000, 2 ** 70, -2 ** 70, 3.7, -0.0, 1.5, 2.5, 1e20, 1e-5,
              1e300, math.inf, -math.inf, math.nan, 'abc', 'é', '', "it's", 'a', [1, 'x'], {'k': 1}]
    convs = 'sradiuxXoeEfFgGc'
    cases = []

    def add(t, args):
        cases.append([t, encode_value(args) if not isinstance(args, tuple) else {'t': [encode_value(a) for a in args]},
                      run(lambda: t % args)])

    fixed = [('%5%', (1,)), ('%5%', ()), ('%%', ()), ('%s', {'a': 1}), ('%s %s', {'a': 1}),
             ('%(a)s %s', {'a': 1}), ('%(a)s', [1]), ('%s', []), ('abc', ()), ('abc', (1,)), ('abc', 1),
             ('abc', {'a': 1}), ('abc', []), ('%', ()), ('%(a', {'a': 1}), ('%*d', ('a', 1)),
             ('%.*f', (-3, 1.5)), ('%*.*f', (8, 2, 1.0)), ('%-*d|', (-5, 1)), ('%*d|', (-5, 1)),
             ('%.*s', (-1, 'abc')), ('%y', (1,)), ('%y', ()), ('%(a)y', {'a': 1}), ('%(a)s', 1),
             ('%s %s', (1,)), ('%s', (1, 2)), ('%(a)s %(a)r', {'a': 'x'}), ('%(a(b))s', {'a(b)': 1}),
             ('%ld %hd %Lf', (3, 4, 5)), ('%c', ('ab',)), ('%c', (3.0,)), ('%c', (-1,)), ('a\u00e9%\u00e9', (1,)),
             ('%.2147483648d', (1,)), ('%10000000000000000000d', (1,)), ('%s\x01', ('x',)), ('%\x01', (1,)),
             ('%(x)d %(y)s', {'x': 5, 'y': 'z'}), ('%(x)*d', {'x': 5}), ('%-05d|', (3,)), ('%#.0e', (1.0,)),
             ('%#.0f', (1.0,)), ('%#5.3g', (1.0,)), ('%.200f', (1.0,)), ('%05f', (math.inf,)),
             ('%+05d', (3,)), ('%#.5x', (255,)), ('%d', ('3',)), ('%x', (3.0,)), ('%f', ('a',))]
    for t, a in fixed:
        add(t, a)
    for _ in range(3000):
        n = rng.randint(1, 3)
        pieces, args = [], []
        for _ in range(n):
            spec = '%'
            spec += ''.join(rng.sample('-+ #0', rng.randint(0, 2)))
            if rng.random() < 0.4:
                spec += str(rng.randint(0, 15))
            if rng.random() < 0.35:
                spec += '.' + str(rng.randint(0, 12))
            spec += rng.choice(convs)
            pieces.append(rng.choice(['', 'x', ' | ']) + spec)
            args.append(rng.choice(values))
        t = ''.join(pieces)
        if rng.random() < 0.05:
            args.append(1)
        if rng.random() < 0.05 and args:
            args.pop()
        add(t, tuple(args) if len(args) != 1 or rng.random() < 0.7 else args[0])
    save('percent.json', cases)


def strformat_cases():
    pos = [1, 'abc', 2.5, [10, 20, [30]], {'k': 'v', '0': 'zero', 'a:b': 4, '{': 5}, -7, 'é']
    kw = {'a': 'A', 'n': 42, 'x': 1.25, 'lst': [1, 2], 'd': {'q': 'Q'}}
    templates = ['{0}{}', '{}{0}', '{', '}', '{0', '{0!}', '{0!x}', '{0!rr}', '{0[}', '{0.}', '{0[]}',
                 '{3[0]x}', '{0:{1:{2}}}', '{9}', '{zz}', '{0!r:}', '{:{}}', '{4[a:b]}', '{4[{]}', '{!r}',
                 '{!é}', '{0:}}', '{{}}', '{0{}', '{0}}', '{ 0 }', '{-1}', '{3[-1]}', '{3[2][0]}',
                 '{4[k]}', '{4[0]}', '{a}{n:5}{x:.3f}', '{lst[1]}', '{d[q]}', '{0:>{n}}', '{:{}}{}',
                 '{0:{}}', 'a{{b}}c', '{}{}{}', '{1!r:>10}', '{1!a}', '{6!a}', '{6!r}', '{2:%}', '{2!s:>8}',
                 '{0:', '{0:{', '{0:{}', '{0!r', '{0!', '{0!r:{1}', '{0[1', '{0.a[', '{0:{1}', '{a.', '{:}',
                 '{0:{0:{0}}}', '}}{{', '{}}', '{{}', '{0:{{}}}', '{[0]}', '{3[1]:d}', '{3[5]}', '{n:{x}}',
                 '{١}', '{0:{a}}', '{0:d}', '{1:d}', '{2:d}', '{0:,}', '{0!s}', '{0!r}{1!r}{2!r}',
                 '{99999999999999999999999}', '{0[99999999999999999999999]}', 'no fields', '', '{0}' * 3,
                 '{3[0]}{3[1]}{3[2][0]}', '{0[0]}', '{4[{]}{4[a:b]}', '{:>{}}{}', '{0.real}']
    alphabet = ['{', '}', '{', '}', '0', '1', 'a', '!', 'r', ':', '>', '5', '[', ']', '.', 'x', ' ', '{}']
    for _ in range(2500):
        templates.append(''.join(rng.choice(alphabet) for _ in range(rng.randint(1, 10))))
    cases = []

    class NoAttr:
        pass
    for t in templates:
        def go():
            # Attribute access is only supported on the test side for nothing: keep it an error.
            return t.format(*pos, **kw)
        r = run(go)
        if 'err' in r and r['err'][0] == 'AttributeError':
            continue
        cases.append([t, r])
    save('strformat.json', {'pos': [encode_value(v) for v in pos],
                            'kw': {k: encode_value(v) for k, v in kw.items()},
                            'cases': cases,
                            'map_cases': [[t, run(lambda: t.format_map(kw))] for t in
                                          ['{a}', '{}', '{0}', '{n:>5}{x}', '{zz}', '{lst[0]}']],
                            'parser': [[t, run(lambda: [list(x) for x in __import__('_string').formatter_parser(t)])]
                                       for t in templates[:300]],
                            'split': [[n, run(lambda: (lambda f, r: [f, [list(x) for x in r]])(
                                *__import__('_string').formatter_field_name_split(n)))]
                                      for n in ['a', '0', 'a.b[0][x].c', '0[1]', '', '[0]', 'a[', 'a.',
                                                'a[0]b', '.x', '12[3]']]})


# ---------------------------------------------------------------- repr

def repr_cases():
    strs = ['', 'a', "it's", 'say "hi"', 'both \' and "', 'back\\slash', 'tab\tnl\ncr\r', '\x00\x1f\x7f',
            '\x80\x9f\xa0\xad\xff', 'é日本', '\u2028\u2029\u200b\ufeff', '\ud800', '\udfff', '😀',
            '\U000e0001', '\U0010ffff', '\U000f0000', '\u0378', '\u088f', '\U0001fae8', ' ']
    for _ in range(1500):
        n = rng.randint(0, 12)
        chars = []
        for _ in range(n):
            r = rng.random()
            if r < 0.3:
                chars.append(chr(rng.randint(0, 0x7f)))
            elif r < 0.6:
                chars.append(chr(rng.randint(0x80, 0x2fff)))
            elif r < 0.8:
                chars.append(chr(rng.randint(0x3000, 0xffff)))
            else:
                chars.append(chr(rng.randint(0x10000, 0x10ffff)))
        strs.append(''.join(chars))
    cases = [[s, repr(s), ascii(s)] for s in strs]
    bs = [b'', b"'", b'"', b'\'"', b'\\', bytes(range(256))]
    bs += [bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 20))) for _ in range(300)]
    # Printable code points as [first, last] ranges, and str.isspace as a list.
    ranges = []
    start = None
    for cp in range(0x110001):
        p = cp < 0x110000 and chr(cp).isprintable()
        if p and start is None:
            start = cp
        elif not p and start is not None:
            ranges.append([start, cp - 1])
            start = None
    digits = [[cp, unicodedata.decimal(chr(cp))] for cp in range(0x110000)
              if unicodedata.decimal(chr(cp), None) is not None and cp > 0x7f]
    save('repr.json', {'str': cases, 'bytes': [[list(b), repr(b)] for b in bs],
                       'printable': ranges, 'decimal': digits})


float_cases()
float_ops()
float_parse()
spec_cases()
int_cases()
percent_cases()
strformat_cases()
repr_cases()
print('fixtures written to', HERE)
