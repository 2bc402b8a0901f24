#!/usr/bin/python3
"""Fills each truth file's body.insee / body.siren from the official geography
(@etalab/decoupage-administratif, pinned in third_party/geo), never by hand.

    tools/score/fill_codes.py [TRUTH_DIR]

A commune's council gets the commune's INSEE code and SIREN, found by name and
département among the current communes; a communauté's council gets its EPCI's
SIREN, found by name. A body the geography does not name once is left alone
and reported.
"""
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
DATA = os.path.join(ROOT, "third_party", "geo", "node_modules", "@etalab", "decoupage-administratif", "data")


def key(s):
    s = "".join(c for c in unicodedata.normalize("NFD", s or "") if unicodedata.category(c) != "Mn")
    s = re.sub(r"^(communaute de communes|communaute d'agglomeration|cc|ca)\s+", "", s.lower().replace("\u2019", "'"))
    return " ".join(re.findall(r"[a-z0-9]+", s))


def main():
    truth_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "corpus", "real", "truth")
    communes = [c for c in json.load(open(os.path.join(DATA, "communes.json"), encoding="utf-8"))
                if c.get("type") == "commune-actuelle"]
    epcis = json.load(open(os.path.join(DATA, "epci.json"), encoding="utf-8"))
    missing = []
    for f in sorted(os.listdir(truth_dir)):
        if not f.endswith(".json"):
            continue
        path = os.path.join(truth_dir, f)
        doc = json.load(open(path, encoding="utf-8"))
        body = doc.get("body") or {}
        name, dep = body.get("name"), (body.get("departement") or "").zfill(2)
        found = {}
        if body.get("type") == "conseil_municipal":
            hits = [c for c in communes if key(c["nom"]) == key(name) and c["departement"] == dep]
            if len(hits) == 1:
                found = {"insee": hits[0]["code"], "siren": hits[0]["siren"]}
        elif body.get("type") == "conseil_communautaire":
            hits = [e for e in epcis if key(e["nom"]) == key(name)]
            if len(hits) == 1:
                found = {"siren": hits[0]["code"]}
        if not found:
            missing.append("%s (%s, %s)" % (f, name, dep))
            continue
        if any(body.get(k) != v for k, v in found.items()):
            body.update(found)
            doc["body"] = body
            with open(path, "w", encoding="utf-8") as fh:
                json.dump(doc, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
    for m in missing:
        print("not found once in the geography:", m)


if __name__ == "__main__":
    main()
