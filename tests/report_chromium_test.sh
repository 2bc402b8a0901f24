#!/usr/bin/env bash
# report.html as a person sees it: a browser renders the report of a tiny
# hand-made batch (one record read fine with an anomaly and its evidence, one
# failed file) and we check, in the DOM Chromium built, what a person looks
# for: the failed file and why, the anomaly's rule and message, evidence links
# that land on an element of the page, the counts; and that the page needs
# nothing from the network.
#
#   tests/report_chromium_test.sh [path/to/delib_tests]   (default build/delib_tests)
#
# Skips (exit 0, "1 skipped") only when no Chromium is installed; any other
# missing piece is a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-${DELIB_TESTS:-build/delib_tests}}

CHROMIUM=""
for c in chromium chromium-browser google-chrome; do
  if command -v "$c" >/dev/null 2>&1; then CHROMIUM=$(command -v "$c"); break; fi
done
if [ -z "$CHROMIUM" ]; then
  echo "report_chromium_test: SKIPPED: no chromium on PATH (apt-get install chromium)"
  echo "0 passed, 0 failed, 1 skipped"
  exit 0
fi
[ -x "$BIN" ] || { echo "report_chromium_test: FAIL: $BIN not built (cmake --build build --target delib_tests)"; exit 1; }

WORK=$(mktemp -d /tmp/delib_report_XXXXXX)
[ -n "${DELIB_KEEP:-}" ] || trap 'rm -rf "$WORK"' EXIT
OUT=$WORK/out
mkdir -p "$OUT/pages"

# Two records as `delib run` writes them (output-contract.md), Prémesques
# (seed 003) with a proxy count that its list contradicts, and an encrypted scan.
/usr/bin/python3 - "$OUT" <<'PY'
import json, sys
out = sys.argv[1]
ev = {"page": 1, "bbox": [72, 410, 530, 428], "confidence": 0.93,
      "text": "3 Absents ayant donné pouvoir : P. JOURDAIN à P. VANDEN DORPE"}
act = {
  "kind": "deliberation", "pages": [1, 2],
  "body": {"name": "Prémesques", "type": "conseil_municipal", "insee": "59470", "siren": "215904707"},
  "number": "2024-16",
  "title": "Adhésion à la Fibre Numérique 59/62 pour intégrer le groupement de commandes",
  "dates": {"session": "2024-02-19", "convocation": "2024-02-14", "display": "2024-02-14",
            "transmission": None, "publication": None, "signature": None},
  "president": "Yvan HUTCHINSON", "secretary": "Nathalie GUISLAIN",
  "attendance": {"seats": 19, "in_office": 18, "present_count": 17, "voters_count": None,
                 "proxies_count": 3, "excused_count": 0, "absent_count": None,
                 "present": ["Y. HUTCHINSON", "A. MARQUE"], "absent": [], "excused": [],
                 "proxies": [{"from": "P. JOURDAIN", "to": "P. VANDEN DORPE"}], "non_voting": []},
  "votes": [{"for": None, "against": None, "abstentions": None, "expressed": None,
             "not_voting": None, "unanimous": True, "result": "adopted"}],
  "communes": [],
  "anomalies": [{"id": "5f1c0a9e7b3d2468", "rule": "count.mismatch", "severity": "error",
                 "message": "3 members said to have given a proxy, 1 named",
                 "legal_basis": "CGCT L2121-20", "evidence": [ev]}],
  "evidence": {"/attendance/proxies_count": ev},
}
ok = {"schema_version": "1",
      "source": {"path": "in/premesques.pdf", "sha256": "a" * 64, "pages": 2},
      "status": "ok", "errors": [], "acts": [act],
      "page_sources": ["ocr", "ocr"], "page_sizes": [[595, 842], [595, 842]], "seconds": 3.2}
failed = {"schema_version": "1",
          "source": {"path": "in/hem-scan.pdf", "sha256": "", "pages": 0},
          "status": "failed",
          "errors": [{"code": "encrypted", "message": "the PDF needs a password", "page": None}],
          "acts": [], "page_sources": [], "seconds": 0.01}
for stem, rec in (("premesques", ok), ("hem-scan", failed)):
    with open(f"{out}/{stem}.json", "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=2)
# A page thumbnail (half of A4 in points), so the evidence is drawn on it.
try:
    from PIL import Image
    Image.new("RGB", (298, 421), "white").save(f"{out}/pages/premesques-p1.png")
except ImportError:
    pass
PY

/usr/bin/python3 tests/schema_test.py "$OUT" >/dev/null || {
  echo "report_chromium_test: FAIL: the hand-made records do not follow the schema:"
  /usr/bin/python3 tests/schema_test.py "$OUT"; exit 1; }

DELIB_OUT_DIR=$OUT DELIB_INPUTS=2 "$BIN" --no-skip -tc='batch_outputs_tool*' >"$WORK/tool.log" 2>&1 || {
  echo "report_chromium_test: FAIL: WriteBatchOutputs"; cat "$WORK/tool.log"; exit 1; }

timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$WORK/profile" --dump-dom "file://$OUT/report.html" \
  >"$WORK/dom.html" 2>"$WORK/chromium.log" || {
  echo "report_chromium_test: FAIL: chromium could not render the report"; tail -20 "$WORK/chromium.log"; exit 1; }

/usr/bin/python3 - "$WORK/dom.html" "$OUT/report.html" <<'PY'
import re, sys
from html.parser import HTMLParser

class Dom(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.links, self.urls, self.text_by_id = set(), [], [], {}
        self.stack, self.text = [], []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        for k in ("href", "src"):
            v = a.get(k)
            if v and v.startswith("#"):
                self.links.append(v[1:])
            elif v:
                self.urls.append(v)
        if tag not in ("img", "br", "input", "meta", "hr", "link"):
            self.stack.append(a.get("id"))
    def handle_endtag(self, tag):
        if tag not in ("img", "br", "input", "meta", "hr", "link") and self.stack:
            self.stack.pop()
    def handle_data(self, data):
        self.text.append(data)
        for i in self.stack:
            if i:
                self.text_by_id[i] = self.text_by_id.get(i, "") + data

dom_text = open(sys.argv[1], encoding="utf-8").read()
d = Dom()
d.feed(dom_text)
text = " ".join(" ".join(d.text).split())
failures = []
def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        failures.append(what)

check("delib batch report" in text, "the browser rendered the report")
fail_table = " ".join(d.text_by_id.get("failures", "").split())
check("hem-scan" in fail_table and "the PDF needs a password" in fail_table and "encrypted" in fail_table,
      "the failed file, its code and its message are in the failures table")
check("count.mismatch" in text and "3 members said to have given a proxy, 1 named" in text,
      "the anomaly's rule and message are shown")
check("CGCT L2121-20" in text, "the anomaly's legal basis is shown")
ev_links = [l for l in d.links if "-ev" in l]
check(len(ev_links) >= 1, "the anomaly links to its evidence")
check(all(l in d.ids for l in d.links), "every #link lands on an element id of the DOM (%d links)" % len(d.links))
check(all(" ".join(d.text_by_id.get(l, "").split()).find("3 Absents ayant donné pouvoir") >= 0 for l in ev_links),
      "the evidence element quotes the text read")
def count(name):
    return d.text_by_id.get("count-" + name, "").strip()
check(count("inputs") == "2" and count("ok") == "1" and count("failed") == "1" and count("partial") == "0",
      "counts: 2 inputs, 1 ok, 0 partial, 1 failed")
check(count("errors") == "1" and count("acts") == "1", "counts: 1 act, 1 error anomaly")
check("doc-1" in d.ids and "doc-2" in d.ids, "one section per document")
remote = [u for u in d.urls if re.match(r"^[a-z][a-z0-9+.-]*:", u, re.I)]
check(not remote, "no URL outside the output folder: %s" % remote)
raw = open(sys.argv[2], encoding="utf-8").read()
check(not re.search(r"(?i)(src|href)\s*=\s*['\"]?(https?:)?//", raw), "report.html loads nothing from the network")
check(re.search(r'class="box" style="left:12\.10%;top:48\.69%', dom_text) is not None,
      "the evidence box is drawn over the whole page at the bbox's place")
check(re.search(r'<a class="crop pg-\d+-1" href="#(doc-\d+-page-1)"', dom_text) is not None,
      "the evidence is shown as a crop of its page, linking to the whole page")
check("data:image/png;base64," in raw and "pages/" not in raw,
      "the page picture is embedded (data: URI), nothing refers to pages/")
print("%d passed, %d failed" % (1 if not failures else 0, 1 if failures else 0))
sys.exit(1 if failures else 0)
PY

# The report copied alone (no pages/ beside it), its filters and sorting
# driven as a person would: a rule, a text, a click on a column head.
mkdir -p "$WORK/alone"
cp "$OUT/report.html" "$WORK/alone/report.html"
cat >>"$WORK/alone/report.html" <<'JS'
<script>
document.addEventListener('DOMContentLoaded', function () {
  var g = function (i) { return document.getElementById(i); }, b = document.body;
  var crop = document.querySelector('.crop');
  b.setAttribute('data-crop-bg', crop ? getComputedStyle(crop).backgroundImage.slice(0, 16) : 'none');
  g('f-text').value = 'jourdain'; delibFilter();
  b.setAttribute('data-text', g('f-count').textContent);
  g('f-text').value = ''; g('f-rule').value = 'count.mismatch'; delibFilter();
  b.setAttribute('data-rule', g('f-count').textContent);
  g('f-text').value = 'no such words'; delibFilter();
  b.setAttribute('data-none', g('f-count').textContent + '|' + g('doc-2').style.display);
  g('f-text').value = ''; g('f-rule').value = ''; delibFilter();
  var th = document.querySelector('#index th');
  th.click(); var first = document.querySelectorAll('#index tr')[1].textContent;
  th.click(); var again = document.querySelectorAll('#index tr')[1].textContent;
  b.setAttribute('data-sort', first.slice(0, 8) + '|' + again.slice(0, 10));
});
</script>
JS
timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$WORK/profile" --dump-dom "file://$WORK/alone/report.html" \
  >"$WORK/alone.html" 2>"$WORK/chromium2.log" || {
  echo "report_chromium_test: FAIL: chromium could not render the copied report"; tail -20 "$WORK/chromium2.log"; exit 1; }
/usr/bin/python3 - "$WORK/alone.html" <<'PY'
import html, re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
body = re.search(r"<body([^>]*)>", dom).group(1)
attr = {k: html.unescape(v) for k, v in re.findall(r'(data-[a-z-]+)="([^"]*)"', body)}
failures = []
def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what + ("" if cond else "  %r" % attr))
    if not cond:
        failures.append(what)
check(attr.get("data-crop-bg", "").startswith('url("data:image/'),
      "copied alone, the report still shows its page picture (data: URI)")
check(attr.get("data-text") == "1 of 1 anomalies shown", "free text filter: a name in the evidence finds the anomaly")
check(attr.get("data-rule") == "1 of 1 anomalies shown", "rule filter: count.mismatch")
check(attr.get("data-none") == "0 of 1 anomalies shown|none",
      "nothing matches: no anomaly shown, the document without one hidden")
check(attr.get("data-sort") == "hem-scan|premesques", "a click on a column head sorts, a second reverses")
print("%d passed, %d failed" % (1 if not failures else 0, 1 if failures else 0))
sys.exit(1 if failures else 0)
PY
