#!/bin/bash
# The user's first hour (issue 19), with delib, CMake and CTest replaced by
# stubs so that it takes a second:
# - scripts/demo builds the delib executable only (not the test binary), and
#   its last line says what the exit status means, one meaning per status;
# - scripts/test builds with warnings as errors and names each stage as it
#   starts, then the count of doctest cases, instead of running silently;
# - the README and docs/ name files of the repository only: no path that
#   leads outside the clone, none that does not exist; scripts and tools read
#   nothing outside it.
# usage: scripts_test.sh SOURCE_DIR
set -u
SRC=$1
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail=0
say_fail() { echo "FAIL: $*"; fail=1; }

# A copy of the repository's scripts beside stubs of what they call.
# stub_tree DIR: DIR/scripts/{demo,test} are the real ones; scripts/setup
# records its arguments and DELIB_WERROR in DIR/setup.log.
stub_tree() {
  mkdir -p "$1/scripts" "$1/build" "$1/corpus/samples" "$1/bin"
  cp "$SRC/scripts/demo" "$SRC/scripts/test" "$1/scripts/"
  cat >"$1/scripts/setup" <<'EOF'
#!/bin/bash
echo "args=[$*] werror=[${DELIB_WERROR:-}]" >> "$(dirname "$0")/../setup.log"
EOF
  chmod +x "$1/scripts/setup"
}

# scripts/demo: delib's status is the demo's, and the last line matches it.
for rc in 0 2 5; do
  T=$WORK/demo$rc
  stub_tree "$T"
  printf '#!/bin/bash\nexit %s\n' "$rc" >"$T/build/delib"
  chmod +x "$T/build/delib"
  out=$("$T/scripts/demo" "$T/out" 2>&1)
  got=$?
  [ "$got" = "$rc" ] || say_fail "scripts/demo exits $got when delib exits $rc"
  grep -qx "args=\[delib\] werror=\[\]" "$T/setup.log" ||
    say_fail "scripts/demo builds more than delib: $(cat "$T/setup.log")"
  last=$(tail -n 1 <<<"$out")
  grep -q "^exit status $rc" <<<"$last" || say_fail "scripts/demo ends '$last' for status $rc"
  # One meaning per status: a clean run does not speak of failures.
  if [ "$rc" = 0 ] && grep -qi "fail" <<<"$last"; then say_fail "clean demo ends '$last'"; fi
done

# scripts/test: each stage named as it starts, the count at the end.
T=$WORK/test
stub_tree "$T"
cat >"$T/bin/ctest" <<'EOF'
#!/bin/bash
# --show-only=json-v1 lists no test; a run passes.
for a in "$@"; do [ "$a" = --show-only=json-v1 ] && echo '{"tests": []}'; done
exit 0
EOF
printf '#!/bin/bash\necho "[doctest] unskipped test cases passing the current filters: 0"\n' \
  >"$T/build/delib_tests"
chmod +x "$T/bin/ctest" "$T/build/delib_tests"
out=$(PATH="$T/bin:$PATH" "$T/scripts/test" 2>&1)
rc=$?
[ $rc = 0 ] || say_fail "scripts/test over stubs exits $rc: $out"
grep -q "werror=\[ON\]" "$T/setup.log" || say_fail "scripts/test builds without -Werror"
for stage in build unit ocr report fuzz corpus "count of doctest cases"; do
  grep -q "^=== scripts/test: $stage" <<<"$out" || say_fail "scripts/test does not announce '$stage'"
done
grep -q "doctest cases executed: 0 of 0 listed" <<<"$out" ||
  say_fail "scripts/test does not print the count of cases run"

# README and docs: every backquoted path under a top-level folder of the
# repository exists; none leads outside it.
python3 - "$SRC" <<'PY' || fail=1
import os, re, sys
src = sys.argv[1]
tops = {d for d in os.listdir(src) if os.path.isdir(os.path.join(src, d)) and not d.startswith(".")}
docs = ["README.md", "corpus/README.md"] + [
    "docs/" + f for f in sorted(os.listdir(os.path.join(src, "docs"))) if f.endswith(".md")]
bad, seen = [], 0
for doc in docs:
    for m in re.finditer(r"`([^`\s]+)`", open(os.path.join(src, doc), encoding="utf-8").read()):
        path = m.group(1)
        if "../" in path:
            bad.append("%s: %s leads outside the repository" % (doc, path))
            continue
        # Placeholders (DIR/, <name>, *.pdf, ...) name no file.
        if "/" not in path or path.split("/")[0] not in tops or re.search(
                r"[*<>{}$]|\.\.\.|[A-Z]{3,}", path):
            continue
        seen += 1
        if not os.path.exists(os.path.join(src, path.rstrip("/"))):
            bad.append("%s: %s does not exist" % (doc, path))
# Scripts and tools read nothing outside the clone either (a developer's
# ../shared/seeds or /work/main is not there for a user).
outside = re.compile(r"\.\./shared/|/work/main\b|/work/shared\b")
code = ["CMakeLists.txt", ".ci/run"]
for top in ("scripts", "tools", "cmake", "tests", "fuzz"):
    for dirpath, _, files in os.walk(os.path.join(src, top)):
        code += [os.path.relpath(os.path.join(dirpath, f), src) for f in files
                 if not f.endswith((".json", ".pdf", ".txt")) and f != "scripts_test.sh"]
for f in code:
    path = os.path.join(src, f)
    if not os.path.isfile(path):
        continue
    for n, line in enumerate(open(path, encoding="utf-8", errors="replace"), 1):
        # A docstring that says where a one-off import came from is history, not a read.
        if outside.search(line) and not line.lstrip().startswith(('"""', "#", "//")):
            bad.append("%s:%d reads outside the repository: %s" % (f, n, line.strip()))
if seen < 10:
    bad.append("only %d paths found in the docs: the pattern has gone stale" % seen)
for b in bad:
    print("FAIL: " + b)
sys.exit(1 if bad else 0)
PY

[ $fail = 0 ] && echo "scripts_test: all passed"
exit $fail
