#!/bin/bash
# The command line as a person meets it (issue 19): options checked with exit
# 64 and a message, a Latin-1 file name read by `delib extract` and `delib
# run`, a merge of a missing shard refused with exit 3.
# usage: cli_inputs_test.sh DELIB
set -u
DELIB=$1
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail=0
# expect CODE TEXT -- COMMAND...: the exit status is CODE and stderr+stdout hold TEXT.
expect() {
  local code=$1 text=$2; shift 3
  local out rc
  out=$("$@" 2>&1); rc=$?
  if [ "$rc" != "$code" ] || ! grep -qF -- "$text" <<<"$out"; then
    echo "FAIL: $* -> exit $rc (want $code), output lacks '$text':"; echo "$out" | head -5
    fail=1
  fi
}
# A one-page PDF with a text layer.
pdf() {
  printf '%s\n' '%PDF-1.4' \
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj' \
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj' \
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj' \
    '4 0 obj << /Length 64 >> stream' \
    'BT /F1 11 Tf 72 700 Td (SEANCE DU 19 FEVRIER 2024 CONSEIL) Tj ET' \
    'endstream endobj' \
    '5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj' \
    'trailer << /Root 1 0 R >>' '%%EOF' > "$1"
}
mkdir -p "$WORK/in"
pdf "$WORK/in/good.pdf"
pdf "$WORK/in/caf"$'\xe9'".pdf"

expect 64 "--dpi takes a whole number from 50 to 1200, not '0'" -- "$DELIB" run --out "$WORK/o" --dpi 0 "$WORK/in"
expect 64 "--dpi takes a whole number" -- "$DELIB" run --out "$WORK/o" --dpi -5 "$WORK/in"
expect 64 "--dpi takes a whole number" -- "$DELIB" run --out "$WORK/o" --dpi 20000 "$WORK/in"
expect 64 "--jobs takes a whole number from 1 to 256, not 'abc'" -- "$DELIB" run --out "$WORK/o" --jobs abc "$WORK/in"
expect 64 "--timeout takes seconds" -- "$DELIB" run --out "$WORK/o" --timeout abc "$WORK/in"
expect 64 "no INPUT given" -- "$DELIB" run --out "$WORK/o"
expect 64 "unknown option --bogus" -- "$DELIB" extract --bogus "$WORK/in/good.pdf"
expect 64 "--fail-on takes error or warning" -- "$DELIB" merge --out "$WORK/m" --fail-on bogus "$WORK/o"
expect 3 "/nonexistent-shard: no such folder" -- "$DELIB" merge --out "$WORK/m" /nonexistent-shard
[ -e "$WORK/o" ] && { echo "FAIL: a refused command created its --out folder"; fail=1; }

# A Latin-1 name: extract prints valid JSON; run writes every output, twice.
expect 0 '"path_bytes"' -- "$DELIB" extract "$WORK/in/caf"$'\xe9'".pdf"
expect 0 "2 records" -- "$DELIB" run --out "$WORK/o" --jobs 1 --no-progress "$WORK/in"
expect 0 "2 records" -- "$DELIB" run --out "$WORK/o" --jobs 1 --no-progress "$WORK/in"
for f in summary.json report.html scdl-deliberations.csv; do
  [ -s "$WORK/o/$f" ] || { echo "FAIL: no $f"; fail=1; }
done
# An empty folder: nothing to read.
mkdir -p "$WORK/none"
expect 3 "nothing to read" -- "$DELIB" run --out "$WORK/o2" --no-progress "$WORK/none"

[ $fail = 0 ] && echo "cli_inputs_test: all passed"
exit $fail
