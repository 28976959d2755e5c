#!/bin/sh
# Regenerates the expected outputs of the parser tests with the real CPython 3.11:
#   cases/X.py  -> cases/X.py.ast   ast.dump(ast.parse(source), include_attributes=True)
#   errors/X.py -> errors/X.py.err  {"kind", "msg", "lineno", "offset"} of the SyntaxError
# The tests themselves never run Python.
PY=${PYTHON:-/root/.pyenv/versions/3.11.7/bin/python3}
cd "$(dirname "$0")" || exit 1
"$PY" - <<'PYEOF'
import ast, glob, json
for path in sorted(glob.glob('cases/*.py')):
    with open(path, encoding='utf-8') as f:
        source = f.read()
    with open(path + '.ast', 'w', encoding='utf-8') as out:
        out.write(ast.dump(ast.parse(source, path), include_attributes=True) + '\n')
for path in sorted(glob.glob('errors/*.py')):
    with open(path, encoding='utf-8') as f:
        source = f.read()
    try:
        ast.parse(source, path)
    except SyntaxError as e:
        result = {'kind': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset}
    else:
        raise SystemExit(f'{path}: compiles without error')
    with open(path + '.err', 'w', encoding='utf-8') as out:
        out.write(json.dumps(result, ensure_ascii=False) + '\n')
PYEOF
