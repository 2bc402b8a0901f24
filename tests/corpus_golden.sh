#!/usr/bin/env bash
# Golden test over a corpus set: generate it, run `delib run` over every
# document (born-digital and scan), validate every output against the schema,
# then compare each with its expected JSON (scripts/score) and fail when a
# figure falls under its floor in tests/corpus_thresholds.json.
#   tests/corpus_golden.sh SET DELIB WORKDIR        (SET: tune | holdout | samples)
set -euo pipefail
cd "$(dirname "$0")/.."
set_name=$1 delib=$2 work=$3
rm -rf "$work/corpus" "$work/out"
scripts/make-corpus --only "$set_name" --out "$work/corpus" >/dev/null
# Exit 0: every input read (the corpus has no bad input).
"$delib" run --out "$work/out" --no-progress "$work/corpus/$set_name" 2> "$work/run.log" || {
  echo "FAIL: delib run exited $?"; tail -20 "$work/run.log"; exit 1; }
tail -3 "$work/run.log"
/usr/bin/python3 tests/schema_test.py "$work/out"
# (to a file first: `| head` would end the scorer early and pipefail would fail the test)
scripts/score "$work/out" "$work/corpus" --set "$set_name" > "$work/score.txt"
head -12 "$work/score.txt"
scripts/score "$work/out" "$work/corpus" --set "$set_name" --json > "$work/score.json"
/usr/bin/python3 - "$work/score.json" tests/corpus_thresholds.json "$set_name" <<'PY'
import json, sys
score, floors, name = json.load(open(sys.argv[1])), json.load(open(sys.argv[2])), sys.argv[3]
failed = passed = 0
for kind, fields in floors.get(name, {}).items():
    for path, floor in fields.items():
        section, key = path.split('.')
        value = score[kind][section][key]
        ok = value is not None and value >= floor
        print(f"{'ok  ' if ok else 'FAIL'} {name} {kind:8} {path:22} {value} (floor {floor})")
        passed += ok
        failed += not ok
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY
