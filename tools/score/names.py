"""Name and text matching shared by the corpus scorers (scripts/score and
scripts/score-real): one idea of "the same person" for every figure.

    name_eq("Y. HUTCHINSON", "Yvan HUTCHINSON")  -> True  (an initial matches its given name)
    name_eq("HUTCHINSON", "Yvan HUTCHINSON")     -> True  (a surname alone matches)
    name_eq("Jean-Pierre PACCOU", "JEAN-PIERRE PACCOU") -> True (case and accents folded)
"""
import re
import unicodedata

CIVILITY = re.compile(r"^\s*(m\.|mme\.?|mlle\.?|mr\.?|monsieur|madame|mademoiselle)\s+", re.I)


def fold(s):
    s = (s or "").replace("œ", "oe").replace("Œ", "OE").replace("’", "'")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    return s.lower()


def name_parts(s):
    """-> (given tokens, surname tokens), folded. Surname = the upper-case tokens."""
    s = CIVILITY.sub("", (s or "").strip())
    toks = [t for t in re.split(r"[\s.]+", s) if t]
    given, sur = [], []
    for t in toks:
        letters = [c for c in t if c.isalpha()]
        is_initial = all(len([c for c in p if c.isalpha()]) <= 1 for p in t.split("-"))
        if letters and t == t.upper() and not is_initial:
            sur.append(fold(t))
        else:
            given.append(fold(t))
    if not sur and given:  # all lower/mixed case: last token is the surname
        sur = [given.pop()]
    norm = lambda xs: " ".join(re.sub(r"[^a-z0-9]+", " ", " ".join(xs)).split())  # noqa: E731
    return norm(given), norm(sur)


def name_eq(a, b):
    flat = lambda s: " ".join(re.sub(r"[^a-z0-9]+", " ", fold(CIVILITY.sub("", s or ""))).split())  # noqa: E731
    if flat(a) and flat(a) == flat(b):  # same words, any case ("JEAN-PIERRE PACCOU")
        return True
    ga, sa = name_parts(a)
    gb, sb = name_parts(b)
    if not sa or sa != sb:
        return False
    if not ga or not gb or ga == gb:
        return True
    ia = "".join(w[0] for w in ga.split())
    ib = "".join(w[0] for w in gb.split())
    return ia[:1] == ib[:1] and (len(ga) <= 3 or len(gb) <= 3 or ia == ib)


def match_count(expected, got, eq):
    """Greedy one-to-one matching, exact first then loose. -> matched pairs."""
    used, n = set(), 0
    rest = []
    for e in expected:
        for j, g in enumerate(got):
            if j not in used and e == g:
                used.add(j)
                n += 1
                break
        else:
            rest.append(e)
    for e in rest:
        for j, g in enumerate(got):
            if j not in used and eq(e, g):
                used.add(j)
                n += 1
                break
    return n
