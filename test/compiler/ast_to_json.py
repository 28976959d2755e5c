"""Writes the compiler's test fixtures from CPython 3.11 (run with the real interpreter:
/root/.pyenv/versions/3.11.7/bin/python3 test/compiler/ast_to_json.py).

For every test/compiler/programs/*.py it writes fixtures/<name>.json holding the source, its
syntax tree in the JSON form of src/parser/ast.ts, and CPython's symbol table of it. For
programs/errors.txt (cases separated by lines of '#---') it writes fixtures/errors.json with
the SyntaxError CPython's compile() raises for each case.

JSON has no bigint, float or bytes, so such constants are tagged:
{"$bigint": "123..."}, {"$float": "1.5"} (Python repr, so 'inf' and 'nan' survive),
{"$complex": "2.0"} (the imaginary part), {"$bytes": [104, 105]}, {"$ellipsis": true}.
"""
import ast
import json
import os
import symtable
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SAFE = 2 ** 53 - 1
SCOPES = {1: 'local', 2: 'global_explicit', 3: 'global_implicit', 4: 'free', 5: 'cell'}


def constant(v):
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, int):
        return v if -SAFE <= v <= SAFE else {'$bigint': str(v)}
    if isinstance(v, float):
        return {'$float': repr(v)}
    if isinstance(v, complex):
        return {'$complex': repr(v.imag)}
    if isinstance(v, bytes):
        return {'$bytes': list(v)}
    if v is Ellipsis:
        return {'$ellipsis': True}
    raise TypeError(f'constant {v!r}')


class Converter:
    def __init__(self, source):
        self.lines = source.split('\n')

    def column(self, lineno, col):
        """CPython counts UTF-8 bytes; ast.ts counts code points."""
        line = self.lines[lineno - 1].encode('utf-8')
        return len(line[:col].decode('utf-8', errors='replace'))

    def node(self, n):
        if isinstance(n, list):
            return [self.node(x) for x in n]
        if n is None or isinstance(n, (str, int)):
            return n
        if isinstance(n, (ast.operator, ast.unaryop, ast.boolop, ast.cmpop, ast.expr_context)):
            return type(n).__name__
        out = {'_type': type(n).__name__}
        for field in n._fields:
            if field in ('type_comment', 'kind', 'type_ignores'):
                continue
            value = getattr(n, field)
            out[field] = constant(value) if isinstance(n, ast.Constant) and field == 'value' else self.node(value)
        if 'lineno' in n._attributes and getattr(n, 'lineno', None) is not None:
            out['lineno'] = n.lineno
            out['col_offset'] = self.column(n.lineno, n.col_offset)
            out['end_lineno'] = n.end_lineno
            out['end_col_offset'] = self.column(n.end_lineno, n.end_col_offset)
        return out


def table(t):
    return {
        'type': t.get_type(),
        'name': t.get_name(),
        'symbols': {s.get_name(): SCOPES.get(s._Symbol__scope, str(s._Symbol__scope)) for s in t.get_symbols()},
        'children': [table(c) for c in t.get_children()],
    }


def program_fixture(path):
    source = open(path, encoding='utf-8').read()
    name = os.path.basename(path)
    tree = ast.parse(source, name)
    compile(source, name, 'exec')   # must be valid
    return {
        'filename': name,
        'source': source,
        'ast': Converter(source).node(tree),
        'symtable': table(symtable.symtable(source, name, 'exec')),
    }


def error_fixtures(path):
    cases = open(path, encoding='utf-8').read().split('#---\n')
    out = []
    for source in cases:
        if not source.strip():
            continue
        tree = ast.parse(source, 'bad.py')
        try:
            compile(source, 'bad.py', 'exec')
        except SyntaxError as e:
            out.append({'source': source, 'ast': Converter(source).node(tree),
                        'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset})
        else:
            raise SystemExit(f'no SyntaxError for:\n{source}')
    return out


def main():
    programs = os.path.join(HERE, 'programs')
    fixtures = os.path.join(HERE, 'fixtures')
    os.makedirs(fixtures, exist_ok=True)
    sources = sys.argv[1:] or sorted(os.path.join(programs, f) for f in os.listdir(programs) if f.endswith('.py'))
    for path in sources:
        name = os.path.splitext(os.path.basename(path))[0]
        with open(os.path.join(fixtures, name + '.json'), 'w', encoding='utf-8') as f:
            json.dump(program_fixture(path), f, ensure_ascii=False, separators=(',', ':'))
    errors = os.path.join(programs, 'errors.txt')
    if os.path.exists(errors):
        with open(os.path.join(fixtures, 'errors.json'), 'w', encoding='utf-8') as f:
            json.dump(error_fixtures(errors), f, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
