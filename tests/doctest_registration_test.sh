#!/bin/bash
# Every doctest case runs under CTest (issue 19): CTest holds one entry per
# case of delib_tests, names with ';' whole (they used to be split into
# entries that ran nothing and passed); a run that executes no case fails;
# an entry whose rank no longer names its case fails.
# usage: doctest_registration_test.sh DELIB_TESTS BUILD_DIR
set -u
BIN=$1
BUILD=$2
fail=0

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
(cd "$BUILD" && ctest --show-only=json-v1) > "$WORK/ctest.json"
"$BIN" --list-test-cases > "$WORK/cases.txt"
held=$("$BIN" --count | sed -n 's/.*passing the current filters: *\([0-9]*\).*/\1/p')
python3 - "$WORK/ctest.json" "$WORK/cases.txt" "${held:-0}" <<'PY' || fail=1
import json, sys
tests = json.load(open(sys.argv[1]))["tests"]
entries = [t for t in tests if any(a.startswith("--delib-expect-case=") for a in t.get("command", []))]
held = int(sys.argv[3])
ok = True
if held == 0 or len(entries) != held:
    print("FAIL: CTest has %d doctest entries, delib_tests holds %d cases" % (len(entries), held))
    ok = False
# Each name with ';', '[' or ']' is one CTest entry, under its own name.
names = [t["name"] for t in tests]
for line in open(sys.argv[2], encoding="utf-8", errors="replace"):
    name = line.rstrip("\n")
    if name.startswith("[doctest]") or not any(c in name for c in ";[]"):
        continue
    if names.count(name) != 1:
        print("FAIL: no single CTest entry named %r" % name)
        ok = False
special = "registration: a name with ; , * ? [ and ]=] is one CTest entry"
if names.count(special) != 1:
    print("FAIL: no single CTest entry named %r" % special)
    ok = False
sys.exit(0 if ok else 1)
PY

# A filter that matches nothing is a failure, said.
out=$("$BIN" --test-case='no such case, surely*' 2>&1); rc=$?
if [ $rc = 0 ] || ! grep -q "no test case ran" <<<"$out"; then
  echo "FAIL: a run of zero cases exited $rc:"; echo "$out" | tail -3; fail=1
fi
# An entry whose rank names another case fails instead of running it.
out=$("$BIN" --test-suite-exclude=ocr --first=1 --last=1 '--delib-expect-case=not the first case' 2>&1); rc=$?
if [ $rc = 0 ] || ! grep -q "expected to run the one case" <<<"$out"; then
  echo "FAIL: a stale rank exited $rc:"; echo "$out" | tail -3; fail=1
fi

[ $fail = 0 ] && echo "doctest_registration_test: all passed ($held cases, one CTest entry each)"
exit $fail
