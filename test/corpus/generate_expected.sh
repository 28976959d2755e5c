#!/usr/bin/env bash
# Regenerates the committed expected outputs of test/corpus and test/errors with CPython 3.11.
#
#   test/corpus/generate_expected.sh           regenerate everything
#   test/corpus/generate_expected.sh --check   regenerate nothing; re-run every program twice
#                                              and with PYTHONHASHSEED=1 and 2, and report any
#                                              output that differs from the committed files
#
# Programs are test/corpus/*.py except modules (names starting with mod_ or _), run with
# cwd test/corpus as `python3 NAME.py [lines of NAME.py.args]`, stdin from NAME.py.stdin
# (else empty).  Writes NAME.py.expected (stdout) and NAME.py.status (exit status), and
# NAME.py.stderr for exit_* programs.  test/errors/NAME.py gets NAME.py.stderr and
# NAME.py.status.  CPython prints absolute paths in tracebacks: the folder's absolute
# path is replaced by <DIR> in the .stderr files (the test runner does the same).
set -euo pipefail
PY=${PYTHON311:-/root/.pyenv/versions/3.11.7/bin/python3}
CORPUS=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ERRORS=$(cd "$CORPUS/../errors" && pwd)
export PYTHONDONTWRITEBYTECODE=1 PYTHONIOENCODING=utf-8
CHECK=0
if [ "${1:-}" = "--check" ]; then CHECK=1; fi
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
failures=0

escape() { printf '%s' "$1" | sed 's/[][\.*^$|/]/\\&/g'; }

# run_one DIR FILE OUTDIR: runs FILE in DIR, leaves stdout/stderr/status in OUTDIR
run_one() {
  local dir=$1 f=$2 out=$3 stdin=/dev/null
  local -a args=()
  if [ -f "$dir/$f.args" ]; then mapfile -t args < "$dir/$f.args"; fi
  if [ -f "$dir/$f.stdin" ]; then stdin="$dir/$f.stdin"; fi
  set +e
  (cd "$dir" && "$PY" "$f" ${args[@]+"${args[@]}"} <"$stdin" >"$out/stdout" 2>"$out/stderr.raw")
  echo $? >"$out/status"
  set -e
  sed "s/$(escape "$dir/")/<DIR>\//g" "$out/stderr.raw" >"$out/stderr"
  rm -f "$dir"/_pystm_tmp_*
}

# emit DIR FILE OUTDIR WANT_STDOUT WANT_STDERR: store (or compare) the results
emit() {
  local dir=$1 f=$2 out=$3 want_stdout=$4 want_stderr=$5
  if [ $CHECK = 0 ]; then
    if [ "$want_stdout" = 1 ]; then cp "$out/stdout" "$dir/$f.expected"; fi
    cp "$out/status" "$dir/$f.status"
    if [ "$want_stderr" = 1 ]; then cp "$out/stderr" "$dir/$f.stderr"; fi
  else
    local bad=0
    if [ "$want_stdout" = 1 ]; then cmp -s "$out/stdout" "$dir/$f.expected" || bad=1; fi
    cmp -s "$out/status" "$dir/$f.status" || bad=1
    if [ "$want_stderr" = 1 ]; then cmp -s "$out/stderr" "$dir/$f.stderr" || bad=1; fi
    if [ $bad = 1 ]; then echo "MISMATCH: $dir/$f ${PYTHONHASHSEED:+(PYTHONHASHSEED=$PYTHONHASHSEED)}"; failures=$((failures + 1)); fi
  fi
}

passes=1
if [ $CHECK = 1 ]; then passes=4; fi
for pass in $(seq 1 $passes); do
  case $pass in 3) export PYTHONHASHSEED=1 ;; 4) export PYTHONHASHSEED=2 ;; *) unset PYTHONHASHSEED ;; esac
  for path in "$CORPUS"/*.py; do
    f=$(basename "$path")
    case "$f" in mod_*|_*) continue ;; esac
    want_stderr=0
    case "$f" in exit_*) want_stderr=1 ;; esac
    run_one "$CORPUS" "$f" "$TMP"
    emit "$CORPUS" "$f" "$TMP" 1 $want_stderr
  done
  for path in "$ERRORS"/*.py; do
    f=$(basename "$path")
    run_one "$ERRORS" "$f" "$TMP"
    emit "$ERRORS" "$f" "$TMP" 0 1
  done
done
find "$CORPUS" -name __pycache__ -type d -prune -exec rm -rf {} +
if [ $CHECK = 1 ]; then
  echo "check done: $failures mismatch(es)"
  [ $failures = 0 ]
else
  echo "regenerated expected files"
fi
