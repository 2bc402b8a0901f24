#!/usr/bin/env bash
# The real corpus in CI: run `delib run` over the born-digital documents of
# corpus/real/docs and over a capped share of the scans, validate every record
# against the schema, then score them against the hand-read truth
# (scripts/score-real) and fail when a figure falls under its floor in
# tests/real_thresholds.json. The floors are regression guards, set a little
# under what was measured; they are not the measure (README, "Real corpus").
#   tests/real_corpus.sh DELIB WORKDIR
# DELIB_REAL_SCAN_PAGES caps the scanned pages OCRed (default 80; 0: none,
# all: every scan), so that CI stays well inside its time.
set -euo pipefail
cd "$(dirname "$0")/.."
delib=$1 work=$2
cap=${DELIB_REAL_SCAN_PAGES:-80}
rm -rf "$work/in" "$work/out"
mkdir -p "$work/in"
truth=corpus/real/truth
# Scans are chosen in name order, the smallest first within the cap, so the
# same set runs every time; a document with no truth file is not scored.
scanned_pages=0
for f in corpus/real/docs/*.pdf; do
  stem=$(basename "$f" .pdf)
  [ -f "$truth/$stem.json" ] || continue
  scan=$(/usr/bin/python3 -c 'import json,sys; print(1 if json.load(open(sys.argv[1]))["document"].get("scan") else 0)' "$truth/$stem.json")
  if [ "$scan" = 1 ]; then
    pages=$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["document"].get("pages") or 99)' "$truth/$stem.json")
    if [ "$cap" != all ] && [ $((scanned_pages + pages)) -gt "$cap" ]; then
      continue
    fi
    scanned_pages=$((scanned_pages + pages))
  fi
  ln -s "$PWD/$f" "$work/in/$stem.pdf"
done
echo "real corpus: $(ls "$work/in" | wc -l) documents, $scanned_pages scanned pages (cap $cap)"
# Exit 0 or 2: a real document may legitimately fail (its record says why);
# the score counts it as wrong everywhere.
rc=0
"$delib" run --out "$work/out" --no-progress "$work/in" 2> "$work/run.log" || rc=$?
if [ "$rc" != 0 ] && [ "$rc" != 2 ]; then
  echo "FAIL: delib run exited $rc"; tail -20 "$work/run.log"; exit 1
fi
tail -3 "$work/run.log"
/usr/bin/python3 tests/schema_test.py "$work/out"
only=$(ls "$work/in" | sed 's/\.pdf$//' | paste -sd, -)
scripts/score-real "$work/out" --only "$only" > "$work/score.txt"
grep -E '^== |all stated facts|acts:|anomalies:' "$work/score.txt"
scripts/score-real "$work/out" --only "$only" --floors tests/real_thresholds.json | tail -n +1 | grep -E '^(ok|FAIL)|passed'
