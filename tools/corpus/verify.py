#!/usr/bin/python3
"""Checks that what an expected file says is printed in its born-digital PDF:
every name (present, absent, excused, proxies, non-voting, president, secretary),
the number, and every commune. Catches a generator whose expected files drift
from what it draws.   verify.py DIR  (a corpus/generated/<set> folder)"""
import json
import os
import re
import subprocess
import sys


def text_of(pdf):
    t = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
    t = re.sub(r"-\s*\n\s*", "-", t)  # names broken after a hyphen
    return " ".join(t.split())


def main(d):
    bad = 0
    n = 0
    for f in sorted(os.listdir(d)):
        if not f.endswith(".expected.json"):
            continue
        stem = f[:-len(".expected.json")]
        exp = json.load(open(os.path.join(d, f), encoding="utf-8"))
        text = text_of(os.path.join(d, stem + ".pdf"))
        flat = text.replace(" ", "")
        for act in exp["acts"]:
            want = []
            att = act.get("attendance") or {}
            for k in ("present", "absent", "excused", "non_voting"):
                want += att.get(k, [])
            for p in att.get("proxies", []):
                want += [p["from"], p["to"]]
            want += [x for x in (act.get("president"), act.get("secretary")) if x]
            want += [c["printed"] for c in act.get("communes", [])]
            for w in want:
                n += 1
                if w not in text and w.upper() not in text:
                    print("%s: %r not printed" % (stem, w))
                    bad += 1
            if act.get("number"):
                n += 1
                num = act["number"].replace(" ", "")
                alt = num.replace("-", "–")
                if num not in flat and alt not in flat:
                    print("%s: number %r not printed" % (stem, act["number"]))
                    bad += 1
    print("verify: %d checks, %d missing" % (n, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
