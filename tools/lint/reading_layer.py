#!/usr/bin/env python3
"""Checks that OCR damage is handled in one layer (issue: one reading layer).

Outside pipeline/text/ (the reading layer) and its data, no source file of
delib may carry:
  - an approximate matcher of its own   (EditDistance( ... ) calls)
  - a confusion repair of its own       ("rn" -> "m", digit <-> letter tables)
  - a list of name particles or civilities of its own
  - a set of speck characters or a confidence threshold written inline
and comment blocks that special-case one misreading (a quoted garble next to
"OCR", "speck", "misread", ...) stay under a budget.

  tools/lint/reading_layer.py            # report, exit 1 on a violation
  tools/lint/reading_layer.py --list     # every finding with file:line
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
DIRS = ["pipeline", "extractors", "checks"]
LAYER = ROOT / "pipeline" / "text"
BASE_FOLD = ROOT / "pipeline" / "base" / "fold.cc"
COMMENT_BUDGET = 40

# (name, regex on code lines with comments stripped)
FORBIDDEN = [
    ("approximate matcher", re.compile(r"\bEditDistance\s*\(")),
    ("confusion repair", re.compile(r'"rn"|RepairDigit|FixInitialDigit|OcrShapes|OcrNormal|kLetterFor')),
    ("digit/letter table", re.compile(r"if \(c == '[0-9]'\) c = '[a-z]'|case 'o':\s*$")),
    ("particle list", re.compile(r'k(Name)?Particles\b|"van",\s*"von"|"de",\s*"du",\s*"des"')),
    ("civility list", re.compile(r'"mme",\s*"mmes"|"mm",\s*"mme"|"monsieur",\s*"madame"')),
    ("speck set", re.compile(r'\[\\\\s[^\]]*[|=~][^\]]*\]|kSpecks?\b|kNoiseMarks?\b')),
    ("inline confidence threshold", re.compile(
        r"confidence\s*[<>]=?\s*1(\.0f?)?\b|\bconf\s*[<>]=?\s*1(\.0f?)?\b|kIllegible\b|kOcrDoubt\b|mean_conf\s*<\s*[0-9.]")),
]

MISREAD_WORDS = re.compile(r"\bOCR\b|speck|misread|garbl|read as|read for|reads? .* for|noise", re.I)
QUOTED = re.compile(r'"[^"]{2,}"|“[^”]{2,}”')


def sources():
    for d in DIRS:
        for p in sorted((ROOT / d).rglob("*")):
            if p.suffix not in (".cc", ".h") or p.name.endswith("_test.cc") or "_test" in p.name:
                continue
            if LAYER in p.parents or p == BASE_FOLD:
                continue
            yield p


def strip_comment(line):
    # Drop // comments outside string literals (good enough for this code base).
    out, in_str, i = [], False, 0
    while i < len(line):
        c = line[i]
        if c == '"' and (i == 0 or line[i - 1] != "\\"):
            in_str = not in_str
        if not in_str and line.startswith("//", i):
            break
        out.append(c)
        i += 1
    return "".join(out)


def main():
    listing = "--list" in sys.argv
    violations, blocks = [], []
    for p in sources():
        rel = p.relative_to(ROOT)
        lines = p.read_text(encoding="utf-8", errors="replace").splitlines()
        block, start = [], 0
        for n, line in enumerate(lines, 1):
            code = strip_comment(line)
            for name, rx in FORBIDDEN:
                if rx.search(code):
                    violations.append(f"{rel}:{n}: {name}: {line.strip()[:100]}")
            s = line.strip()
            if s.startswith("//"):
                if not block:
                    start = n
                block.append(s)
                continue
            if "//" in line and not s.startswith("//"):
                tail = line[line.index("//"):]
                if MISREAD_WORDS.search(tail) and QUOTED.search(tail):
                    blocks.append(f"{rel}:{n}")
            if block:
                text = " ".join(block)
                if MISREAD_WORDS.search(text) and QUOTED.search(text):
                    blocks.append(f"{rel}:{start}")
                block = []
    if listing:
        for v in violations:
            print(v)
        for b in blocks:
            print(f"{b}: comment block about one misreading")
    print(f"reading layer: {len(violations)} OCR-damage rules outside pipeline/text, "
          f"{len(blocks)} comment blocks about single misreadings (budget {COMMENT_BUDGET})")
    return 1 if violations or len(blocks) >= COMMENT_BUDGET else 0


if __name__ == "__main__":
    sys.exit(main())
