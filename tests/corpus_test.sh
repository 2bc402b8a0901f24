#!/usr/bin/env bash
# Corpus checks: the generator is deterministic (two runs, identical bytes), every
# PDF has its expected file, born-digital PDFs carry text, scans carry none, pages
# are A4, and the scorer's self-test passes. Usage: tests/corpus_test.sh [tune|holdout]
set -euo pipefail
cd "$(dirname "$0")/.."
set_name="${1:-tune}"
a=$(mktemp -d) b=$(mktemp -d)
trap 'rm -rf "$a" "$b"' EXIT
scripts/make-corpus --only "$set_name" --out "$a" >/dev/null
scripts/make-corpus --only "$set_name" --out "$b" >/dev/null
(cd "$a/$set_name" && sha256sum -- *) >"$a/sums"
(cd "$b/$set_name" && sha256sum -- *) >"$b/sums"
if ! cmp -s "$a/sums" "$b/sums"; then echo "FAIL: two runs differ"; diff "$a/sums" "$b/sums" | head; exit 1; fi
n=0
for pdf in "$a/$set_name"/*.pdf; do
  stem=$(basename "$pdf" .pdf); base=${stem%-scan}
  [ -f "$a/$set_name/$base.expected.json" ] || { echo "FAIL: no expected file for $stem"; exit 1; }
  pdfinfo "$pdf" | grep -Eq "Page size: +(595\.[0-9]+ x 841\.[0-9]+|595\.[0-9]+ x 842\.[0-9]+|84[12]\.[0-9]+ x 595\.[0-9]+) pts" \
    || { echo "FAIL: $stem is not A4"; pdfinfo "$pdf" | grep "Page size"; exit 1; }
  chars=$(pdftotext "$pdf" - | tr -d '[:space:]\f' | wc -c)
  if [ "$stem" = "$base" ]; then
    [ "$chars" -gt 500 ] || { echo "FAIL: $stem has no text layer"; exit 1; }
  else
    [ "$chars" -eq 0 ] || { echo "FAIL: scan $stem has a text layer"; exit 1; }
  fi
  n=$((n + 1))
done
[ "$n" -ge 40 ] || { echo "FAIL: only $n PDFs"; exit 1; }
# every name, number and commune of the expected files is printed in its PDF
/usr/bin/python3 tools/corpus/verify.py "$a/$set_name"
# the committed specs and expected files are what the generator draws
/usr/bin/python3 tools/corpus/gen_specs.py --out "$a/specs"
for f in "$a/specs/$set_name"/*.json; do
  cmp -s "$f" "corpus/specs/$set_name/$(basename "$f")" || { echo "FAIL: $(basename "$f") differs from gen_specs.py output"; exit 1; }
done
scripts/score --self-test
echo "corpus_test: $n PDFs of $set_name, deterministic, ok"
