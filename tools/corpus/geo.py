"""Tiny view of the official geography (@etalab/decoupage-administratif) for the
spec generator: communes of a département, name matching like the C++ side."""
import json
import os
import unicodedata

DEFAULT_DIR = os.path.join(os.path.dirname(__file__), "..", "..", "third_party", "geo",
                           "node_modules", "@etalab", "decoupage-administratif", "data")


def fold(s):
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("’", "'")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    return " ".join(s.lower().replace("-", " ").replace("'", " ").split())


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


class Geo:
    def __init__(self, data_dir=None):
        d = data_dir or os.environ.get("DELIB_GEO_DIR") or DEFAULT_DIR
        if not os.path.exists(os.path.join(d, "communes.json")):
            raise FileNotFoundError(
                "no communes.json in %s: run scripts/setup (it installs the geography) or set "
                "DELIB_GEO_DIR" % d)
        allc = json.load(open(os.path.join(d, "communes.json"), encoding="utf-8"))
        self.communes = [c for c in allc if c.get("type") == "commune-actuelle"]
        self.by_code = {c["code"]: c for c in self.communes}
        self.by_dep = {}
        for c in self.communes:
            self.by_dep.setdefault(c["departement"], []).append(c)

    def match(self, printed, deps=("59", "62")):
        """-> (commune or None, 'exact'|'accent'|'fuzzy'|'none')."""
        cands = [c for d in deps for c in self.by_dep.get(d, [])]
        for c in cands:
            if c["nom"] == printed:
                return c, "exact"
        f = fold(printed)
        for c in cands:
            if fold(c["nom"]) == f:
                return c, "accent"
        best, bd = None, 99
        for c in cands:
            d = edit_distance(fold(c["nom"]), f)
            if d < bd:
                best, bd = c, d
        if best is not None and bd <= max(1, min(2, len(f) // 6)):
            return best, "fuzzy"
        return None, "none"


def seats_for_population(p):
    table = [(100, 7), (500, 11), (1500, 15), (2500, 19), (3500, 23), (5000, 27),
             (10000, 29), (20000, 33), (30000, 35), (40000, 39), (50000, 43),
             (60000, 45), (80000, 49), (100000, 53), (150000, 55), (200000, 59),
             (250000, 61), (300000, 65)]
    for limit, seats in table:
        if p < limit:
            return seats
    return 69
