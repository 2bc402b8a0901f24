#!/bin/bash
# The command line as a person meets it (issue 19): options checked with exit
# 64 and a message, a Latin-1 file name read by `delib extract` and `delib
# run`, a merge of a missing shard refused with exit 3, the usage naming
# every command, and inputs that are not read said with why (link loops,
# broken links, a folder named x.pdf, a link to a folder, a folder with no
# PDF, the same file twice), never passed over in silence.
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

# The usage, with no command and with --help, names every command.
expect 64 "delib extract --text" -- "$DELIB"
expect 0 "delib extract --text" -- "$DELIB" --help

# Inputs under a folder that are not read: each said on the console and in
# summary.json "skipped", with why; what can be read is read.
mkdir -p "$WORK/odd/x.pdf" "$WORK/odd/real" "$WORK/nopdf"
pdf "$WORK/odd/x.pdf/inside.pdf"
pdf "$WORK/odd/real/a.pdf"
ln -s loop2.pdf "$WORK/odd/loop1.pdf"
ln -s loop1.pdf "$WORK/odd/loop2.pdf"
ln -s missing.pdf "$WORK/odd/broken.pdf"
ln -s real "$WORK/odd/linked-folder"
ln -s real/a.pdf "$WORK/odd/alias.pdf"
echo "notes, no PDF" > "$WORK/nopdf/readme.txt"
odd_out=$("$DELIB" run --out "$WORK/o3" --jobs 1 --no-progress "$WORK/odd" "$WORK/nopdf" 2>&1)
rc=$?
[ $rc = 0 ] || { echo "FAIL: run over odd inputs -> exit $rc (want 0)"; echo "$odd_out" | head; fail=1; }
for said in "loop1.pdf: a symbolic link loop" "loop2.pdf: a symbolic link loop" \
    "broken.pdf: a broken symbolic link" "x.pdf: a folder named like a PDF" \
    "linked-folder: a symbolic link to a folder (not followed)" "the same file as" \
    "nopdf: an input folder with no PDF file"; do
  grep -qF -- "$said" <<<"$odd_out" || { echo "FAIL: the run does not say '$said':"; echo "$odd_out"; fail=1; }
done
python3 - "$WORK/o3/summary.json" <<'PY' || fail=1
import json, sys
s = json.load(open(sys.argv[1]))
reasons = sorted(k["reason"].split(" (")[0] for k in s["skipped"])
if s["records"] != 2 or len(s["skipped"]) != 7:
    print("FAIL: summary.json: %d records (want 2: inside, a), %d skipped (want 7): %s"
          % (s["records"], len(s["skipped"]), reasons))
    sys.exit(1)
PY

# Named on the command line: a link loop and a broken link get a failed
# record saying why (exit 2); the same file given twice, or through a
# second path, is read once.
expect 2 "1 failed" -- "$DELIB" run --out "$WORK/o4" --jobs 1 --no-progress "$WORK/odd/loop1.pdf" "$WORK/in/good.pdf"
grep -q '"status": *"failed"' "$WORK/o4/loop1.json" 2>/dev/null ||
  { echo "FAIL: no failed record for a link loop named on the command line"; fail=1; }
expect 2 "1 failed" -- "$DELIB" run --out "$WORK/o5" --jobs 1 --no-progress "$WORK/odd/broken.pdf" "$WORK/in/good.pdf"
grep -q '"status": *"failed"' "$WORK/o5/broken.json" 2>/dev/null ||
  { echo "FAIL: no failed record for a broken link named on the command line"; fail=1; }
expect 0 "1 records" -- "$DELIB" run --out "$WORK/o6" --jobs 1 --no-progress "$WORK/in/good.pdf" "$WORK/in/good.pdf"
expect 0 "the same file as" -- "$DELIB" run --out "$WORK/o7" --jobs 1 --no-progress "$WORK/in/good.pdf" "$WORK/in/../in/good.pdf"
# An input folder with no PDF, alone: nothing to read, and said.
expect 3 "an input folder with no PDF file" -- "$DELIB" run --out "$WORK/o8" --no-progress "$WORK/nopdf"

[ $fail = 0 ] && echo "cli_inputs_test: all passed"
exit $fail
