"""One-off import of the five seed texts (/work/shared/seeds) into corpus markup
(corpus/specs/tune/seed-NNN.md). The markup is committed; this script is kept to
show how it was made (python3 tools/corpus/seeds.py SEED_DIR OUT_DIR)."""
import os
import re
import sys


def seed_to_markup(text):
    out = []
    open_bold = False
    prev_joined = False
    for raw in text.split("\n"):
        line = raw.replace("<sup>", "^{").replace("</sup>", "}")
        # bold spans over several lines: close and reopen on each line
        if open_bold and line.strip():
            line = "**" + line.strip()
        if line.count("**") % 2 == 1:
            line = line.rstrip() + "**"
            open_bold = True
        elif line.strip():
            open_bold = False
        joined, prev_joined = prev_joined, raw.endswith("  ")
        if "\t" in line:  # the attendance grid of seed 001
            cells = line.split("\t")
            cells = [re.sub(r'<input checked="" type="checkbox"/>', "[x]", c) for c in cells]
            cells = [re.sub(r'<input type="checkbox"/>', "[ ]", c) for c in cells]
            out.append("| " + " | ".join(c.strip() for c in cells) + " |")
            continue
        s = line.strip()
        if re.fullmatch(r"-{3,}", s):
            out.append("")
            continue
        if s and not joined and len(s) < 90 and not s.startswith(("-", "|")) and s == s.upper() \
                and re.search(r"[A-ZÉÈ]{3}", s) and not s.startswith("**"):
            out.append("## " + s)
            continue
        # an item of a nested list (" - x") keeps a bullet
        if line.startswith(" - "):
            out.append("- " + line[3:])
            continue
        out.append(line)
    return "\n".join(out).strip("\n") + "\n"


def main(seed_dir, out_dir):
    for f in sorted(os.listdir(seed_dir)):
        m = re.match(r"(\d{3})_.*\.txt$", f)
        if not m:
            continue
        text = open(os.path.join(seed_dir, f), encoding="utf-8").read()
        with open(os.path.join(out_dir, "seed-%s.md" % m.group(1)), "w", encoding="utf-8") as fh:
            fh.write(seed_to_markup(text))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
