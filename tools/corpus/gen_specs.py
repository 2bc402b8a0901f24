#!/usr/bin/python3
"""Draws the invented documents of the corpus (facts only) and their expected
JSON. Run once; its output (corpus/specs/{tune,holdout,dev}/*.json) is committed and
rendered by make_corpus.py. Deterministic: same seeds, same files.

    /usr/bin/python3 tools/corpus/gen_specs.py [--geo DIR] [--out corpus/specs]

Expected anomalies are not hand-set: check() applies the rulebook to the facts
as printed, and every injected anomaly must be among what it finds."""
import argparse
import datetime
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import geo as geomod  # noqa: E402
import layouts  # noqa: E402
import pools  # noqa: E402

COVID = [("2020-03-24", "2020-08-30"), ("2020-11-15", "2021-09-30"), ("2021-11-11", "2022-07-31")]
INJECTABLE = {
    "municipal_a": ["count.mismatch", "count.exceeds_in_office", "seats.population_mismatch",
                    "proxy.giver_present", "proxy.holder_not_present", "proxy.multiple",
                    "vote.exceeds_voters", "vote.expressed_mismatch", "vote.unanimous_with_against",
                    "vote.majority_not_reached", "date.convocation_delay", "date.order",
                    "quorum.not_reached", "mention.missing_secretary", "mention.missing_convocation"],
    "municipal_b": ["count.mismatch", "count.exceeds_in_office", "proxy.giver_present",
                    "proxy.holder_not_present", "proxy.multiple", "vote.exceeds_voters",
                    "vote.majority_not_reached", "vote.unanimous_with_against",
                    "date.convocation_delay", "date.order", "quorum.not_reached",
                    "mention.missing_secretary", "mention.missing_convocation"],
    "syndicat": ["count.mismatch", "proxy.giver_present", "proxy.holder_not_present",
                 "vote.exceeds_voters", "vote.expressed_mismatch", "date.convocation_delay",
                 "quorum.not_reached", "commune.misspelled", "commune.unknown", "list.mismatch",
                 "mention.missing_convocation"],
    "cp": ["proxy.holder_not_present", "proxy.multiple", "vote.exceeds_voters",
           "vote.majority_not_reached", "date.order", "quorum.not_reached",
           "mention.missing_secretary"],
}

# pairs that cannot both be printed (no convocation date cannot be too late)
CONFLICTS = [{"date.convocation_delay", "mention.missing_convocation"}]


def iso(x):
    return x.isoformat()


def D(s):
    return datetime.date.fromisoformat(s)


def in_covid(s):
    return any(a <= s <= b for a, b in COVID)


class Gen:
    def __init__(self, geo, holdout):
        self.geo, self.holdout = geo, holdout
        self.first_m = pools.split(pools.FIRST_M, holdout)
        self.first_f = pools.split(pools.FIRST_F, holdout)
        self.last = pools.split(pools.LAST, holdout)
        # communes of Nord and Pas-de-Calais, halves by code parity
        self.communes = {d: [c for c in geo.by_dep[d] if c.get("population")
                             and (int(c["code"][-1]) % 2 == 1) == holdout]
                         for d in ("59", "62")}

    # ---- people
    def people(self, rng, n):
        out, used = [], set()
        while len(out) < n:
            female = rng.random() < 0.5
            first = rng.choice(self.first_f if female else self.first_m)
            last = rng.choice(self.last)
            if last in used:
                continue
            used.add(last)
            out.append({"civ": "Mme" if female else "M.", "first": first, "last": last})
        return out

    def session_date(self, rng):
        if rng.random() < 0.25:
            a, b = rng.choice(COVID)
        else:
            a, b = "2019-01-07", "2025-11-28"
        lo, hi = D(a), D(b)
        x = lo + datetime.timedelta(days=rng.randrange((hi - lo).days + 1))
        while x.weekday() >= 5:
            x -= datetime.timedelta(days=1)
        if x < D("2019-01-02"):
            x = D("2019-01-07")
        return x

    # ---- attendance shared by all layouts
    def attendance(self, rng, n_members, covid, president_first=True):
        members = self.people(rng, n_members)
        n_present = rng.randint(int(n_members * 0.62) + 1, n_members - 1)
        idx = list(range(n_members))
        present = [0] + rng.sample(idx[1:], n_present - 1)
        others = [i for i in idx if i not in present]
        for i in idx:
            members[i]["status"] = "present" if i in present else "excused"
        for i in others:
            if rng.random() < 0.2:
                members[i]["status"] = "absent"
        # proxies: some excused give to distinct present members
        proxies = []
        holders = [i for i in present]
        rng.shuffle(holders)
        for i in others:
            if members[i]["status"] == "excused" and holders and rng.random() < 0.6:
                proxies.append([i, holders.pop()])
        return members, sorted(proxies)

    def dates(self, rng, session, min_jf, kind):
        conv = session - datetime.timedelta(days=min_jf + 1 + rng.randint(0, 5))
        sig = session + datetime.timedelta(days=rng.randint(0, 3))
        disp = sig + datetime.timedelta(days=rng.randint(0, 6))
        trans = disp + datetime.timedelta(days=rng.randint(-1, 3))
        if trans < sig:
            trans = sig
        d = {"session": iso(session), "convocation": iso(conv), "signature": iso(sig),
             "display": iso(disp), "transmission": iso(trans), "publication": None}
        if kind == "cp":
            d["convocation"] = None
            d["display"] = None
            d["signature"] = iso(session)
            d["publication"] = iso(trans)
        return d

    def votes(self, rng, voters, unanimous_ok=True):
        if unanimous_ok and rng.random() < 0.55:
            return {"for": voters, "against": 0, "abstentions": 0, "expressed": voters,
                    "unanimous": True, "result": "adopted", "print_counts": rng.random() < 0.3}
        against = rng.randint(0, max(1, voters // 5))
        abst = rng.randint(0, max(1, voters // 8))
        f = voters - against - abst
        return {"for": f, "against": against, "abstentions": abst, "expressed": f + against,
                "unanimous": False, "result": "adopted", "print_counts": True}

    # ---- documents
    def municipal(self, rng, layout, inject):
        dep = rng.choice(["59", "59", "62"])
        lo, hi = (300, 4000) if layout == "municipal_a" else (3500, 60000)
        cands = [c for c in self.communes[dep] if lo <= c["population"] <= hi]
        com = rng.choice(cands)
        seats = geomod.seats_for_population(com["population"])
        in_office = seats - (1 if rng.random() < 0.3 else 0)
        session = self.session_date(rng)
        covid = in_covid(iso(session))
        members, proxies = self.attendance(rng, in_office, covid)
        min_jf = 3 if com["population"] < 3500 else 5
        spec = {
            "layout": layout,
            "body": {"name": com["nom"], "type": "conseil_municipal", "insee": com["code"],
                     "siren": com.get("siren"), "dep": dep, "population": com["population"]},
            "dates": self.dates(rng, session, min_jf, layout),
            "members": members, "proxies": proxies,
            "stated": {"seats": seats if layout == "municipal_a" else None,
                       "in_office": in_office},
            "president": 0, "secretary": rng.choice([i for i, m in enumerate(members)
                                                     if m["status"] == "present" and i != 0]),
            "covid": covid, "time": rng.choice(["18 heures 30", "19 heures", "19 heures 30 minutes", "20 heures"]),
        }
        subj = rng.randrange(len(pools.SUBJECTS))
        spec["subject"] = subj
        spec["title"] = pools.SUBJECTS[subj][0]
        y = session.year
        if layout == "municipal_a":
            spec["number"] = "%d-%d" % (y, rng.randint(1, 80))
        else:
            spec["number"] = "DEL/%d/%s/%03d" % (y, rng.choice(["AE", "FI", "RH", "ST", "CU", "UR"]), rng.randint(1, 180))
            spec["address"] = "%d %s" % (rng.randint(1, 60), rng.choice(pools.ROUTES))
            spec["print_counts"] = rng.random() < 0.5 or "count.mismatch" in inject
        spec["roles"] = {"adjoints": rng.randint(4, 8), "delegues": rng.randint(0, 4)}
        self._finish_counts(spec)
        nv = len([m for m in members if m["status"] == "present"]) + len(proxies)
        spec["votes"] = [self.votes(rng, nv)]
        if rng.random() < 0.25:
            spec["votes"].append(self.votes(rng, nv))
        return spec

    def _finish_counts(self, spec):
        m = spec["members"]
        pres = [i for i, x in enumerate(m) if x["status"] == "present"]
        givers = {p[0] for p in spec["proxies"]}
        st = spec["stated"]
        st["present"] = len(pres)
        st["proxies"] = len(spec["proxies"])
        st["excused"] = len([i for i, x in enumerate(m) if x["status"] == "excused" and i not in givers])
        st["absent"] = len([i for i, x in enumerate(m) if x["status"] == "absent" and i not in givers])
        st["voters"] = len(pres) + len(spec["proxies"])

    def syndicat(self, rng, inject):
        name, dep, short = rng.choice(pools.split(pools.SYNDICATS, self.holdout))
        session = self.session_date(rng)
        covid = in_covid(iso(session))
        pool = [c for c in self.communes[dep] if c["population"] > 200]
        groups = rng.sample(pool, rng.randint(6, 9))
        n = sum(1 if g["population"] < 5000 else 2 for g in groups)
        members, proxies = self.attendance(rng, n, covid)
        k = 0
        for g in groups:
            for _ in range(1 if g["population"] < 5000 else 2):
                members[k]["group"] = g["nom"]
                k += 1
        for mm in members:
            if mm["status"] == "absent":
                mm["status"] = "excused" if rng.random() < 0.5 else "absent"
        # commune lists: first group (deliberated), second group (letters), approved = union
        listed = rng.sample([c for c in self.communes[dep] if c not in groups], rng.randint(8, 16))
        cut = max(2, len(listed) * 2 // 3)
        first, second = sorted(listed[:cut], key=lambda c: c["nom"]), sorted(listed[cut:], key=lambda c: c["nom"])
        spec = {
            "layout": "syndicat",
            "body": {"name": name, "type": "comite_syndical", "insee": None, "siren": None, "dep": dep,
                     "short": short},
            "dates": self.dates(rng, session, 5, "syndicat"),
            "members": members, "proxies": proxies,
            "stated": {"seats": None, "in_office": None},
            "president": 0, "secretary": None, "covid": covid,
            "number": "%d-%02d" % (session.year, rng.randint(1, 40)),
            "title": "Adhésion de nouvelles communes au %s au titre de la compétence « maîtrise de la demande en énergie »" % short,
            "lists": {"first": [c["nom"] for c in first], "second": [c["nom"] for c in second],
                      "approved": sorted([c["nom"] for c in listed]),
                      "conditional": [c["nom"] for c in second]},
            "place": rng.choice(["Lille", "Arras", "Béthune", "Hazebrouck", "Saint-Omer", "Douai"]),
        }
        self._finish_counts(spec)
        nv = len([m for m in members if m["status"] == "present"]) + len(proxies)
        v = self.votes(rng, nv)
        v["print_counts"] = True
        spec["votes"] = [v]
        return spec

    def cp(self, rng, inject):
        dep = rng.choice(["59", "62"])
        session = self.session_date(rng)
        covid = in_covid(iso(session))
        n = rng.randint(30, 44)
        members, proxies = self.attendance(rng, n, covid)
        nv = rng.randint(2, 4)
        non_voting = self.people(rng, nv + 6)[6:]
        used = {m["last"] for m in members}
        non_voting = [x for x in non_voting if x["last"] not in used][:2]
        spec = {
            "layout": "cp",
            "body": {"name": "Département du Nord" if dep == "59" else "Département du Pas-de-Calais",
                     "type": "commission_permanente", "insee": None, "siren": None, "dep": dep},
            "dates": self.dates(rng, session, 12, "cp"),
            "members": members, "proxies": proxies, "non_voting": non_voting,
            "stated": {"seats": None, "in_office": None},
            "president": 0, "covid": covid,
            "secretary": rng.choice([i for i, m in enumerate(members) if m["status"] == "present" and i]),
            "number": "%d-%d" % (session.year, rng.randint(100, 620)),
            "subject": rng.randrange(len(pools.CP_SUBJECTS)),
        }
        spec["title"] = pools.CP_SUBJECTS[spec["subject"]][0]
        self._finish_counts(spec)
        voters = len([m for m in members if m["status"] == "present"]) + len(proxies)
        v = self.votes(rng, voters, unanimous_ok=False)
        spec["votes"] = [v]
        return spec

    # ---- anomaly injection (modifies printed facts)
    def inject(self, rng, spec, rule):
        m, st = spec["members"], spec["stated"]
        pres = [i for i, x in enumerate(m) if x["status"] == "present"]
        notpres = [i for i, x in enumerate(m) if x["status"] != "present"]
        holders = {p[1] for p in spec["proxies"]}
        givers = {p[0] for p in spec["proxies"]}
        v = spec["votes"][0]
        s = D(spec["dates"]["session"])
        if rule == "count.mismatch":
            key = rng.choice(["present", "proxies"] if spec["layout"] != "municipal_b" else ["present", "voters"])
            st[key] += rng.choice([1, 2, -1]) if st[key] > 1 else 2
        elif rule == "count.exceeds_in_office":
            st["in_office"] = len(m) - rng.randint(1, 2)
        elif rule == "seats.population_mismatch":
            st["seats"] += rng.choice([2, 4])  # more seats than the L2121-2 table gives
        elif rule == "proxy.giver_present":
            g = rng.choice([i for i in pres if i not in holders and i != 0])
            h = rng.choice([i for i in pres if i != g and i not in holders])
            spec["proxies"].append([g, h])
            st["proxies"] += 1
            st["voters"] += 1
        elif rule == "proxy.holder_not_present":
            cands = [i for i in notpres if i not in givers]
            if cands and len(notpres) >= 2:
                g = cands[0]
                h = rng.choice([i for i in notpres if i != g])
            else:
                g = rng.choice(cands) if cands else notpres[0]
                h = "ext"
            spec["proxies"] = [p for p in spec["proxies"] if p[0] != g] + [[g, h]]
            if h == "ext":
                spec["outsider"] = self.people(rng, 1)[0]
            self._finish_counts(spec)
        elif rule == "proxy.multiple":
            limit = 2 if spec["covid"] else 1
            h = rng.choice([i for i in pres if i not in holders])
            free = [i for i in notpres if i not in givers]
            while len(free) < limit + 1:
                i = rng.choice([i for i in pres if i not in (0, h, spec.get("secretary"))
                                and i not in holders and i not in givers])
                m[i]["status"] = "excused"
                pres.remove(i)
                free.append(i)
            for g in free[:limit + 1]:
                spec["proxies"].append([g, h])
            self._finish_counts(spec)
        elif rule == "vote.exceeds_voters":
            off = v["expressed"] - v["for"] - v["against"]
            v.update({"unanimous": False, "print_counts": True})
            v["for"] += rng.randint(2, 4)
            v["expressed"] = v["for"] + v["against"] + off
        elif rule == "vote.expressed_mismatch":
            v.update({"unanimous": False, "print_counts": True})
            v["expressed"] = v["for"] + v["against"] + rng.choice([-2, -1, 1, 2])
        elif rule == "vote.unanimous_with_against":
            off = v["expressed"] - v["for"] - v["against"]  # keep an injected mismatch
            v.update({"unanimous": True, "print_counts": True})
            v["against"] = rng.randint(1, 2)
            v["for"] -= v["against"]
            v["expressed"] = v["for"] + v["against"] + off
        elif rule == "vote.majority_not_reached":
            tot = v["for"] + v["against"]
            off = v["expressed"] - tot
            v.update({"unanimous": False, "print_counts": True, "result": "adopted"})
            v["for"] = tot // 2
            v["against"] = tot - v["for"]
            v["expressed"] = tot + off
        elif rule == "date.convocation_delay":
            minimum = 5 if spec["layout"] == "syndicat" or spec["body"].get("population", 0) >= 3500 else 3
            spec["dates"]["convocation"] = iso(s - datetime.timedelta(days=rng.randint(1, minimum)))
        elif rule == "date.order":
            key = rng.choice(["display", "transmission"] if spec["dates"]["display"] else ["transmission", "publication"])
            spec["dates"][key] = iso(s - datetime.timedelta(days=rng.randint(2, 20)))
            if key == "transmission" and spec["layout"] == "cp":
                spec["dates"]["publication"] = spec["dates"]["transmission"]
        elif rule == "quorum.not_reached":
            n = len(m)
            target = (n // 3 - 1) if spec["covid"] else (n // 2)
            if spec["covid"] or spec["layout"] == "cp":  # represented members count there
                target -= len({p[0] for p in spec["proxies"]})
            keep = [0] + ([spec["secretary"]] if spec.get("secretary") else [])
            keep += [p[1] for p in spec["proxies"]]
            for i in list(pres):
                if len([x for x in m if x["status"] == "present"]) <= target:
                    break
                if i not in keep:
                    m[i]["status"] = "excused"
            self._finish_counts(spec)
            nv = st["present"] + len(spec["proxies"])
            spec["votes"] = [self.votes(rng, nv)]
        elif rule == "mention.missing_secretary":
            spec["secretary"] = None
        elif rule == "mention.missing_convocation":
            spec["dates"]["convocation"] = None
        elif rule == "commune.misspelled":
            L = spec["lists"]
            dep = (spec["body"]["dep"],)
            for _ in range(50):  # a misspelling that still points at its commune, fuzzily
                victim = rng.choice(L["approved"])
                wrong = misspell(rng, victim)
                c, how = self.geo.match(victim, dep)
                c2, how2 = self.geo.match(wrong, dep)
                if how == "exact" and how2 == "fuzzy" and c2["code"] == c["code"]:
                    break
            L["approved"] = [wrong if x == victim else x for x in L["approved"]]
            spec.setdefault("misspelled", {})[wrong] = victim
        elif rule == "commune.unknown":
            L = spec["lists"]
            L["approved"] = sorted(L["approved"] + [rng.choice(["Saint-Aubert-lez-Marquette", "Wambrecourt-sur-Deûle", "Hondeville", "Les Trois-Moulins"])])
            L["first"] = sorted(L["first"] + [x for x in L["approved"] if x not in L["first"] + L["second"]])
        elif rule == "list.mismatch":
            L = spec["lists"]
            extra = rng.choice([c["nom"] for c in self.communes[spec["body"]["dep"]]
                                if c["nom"] not in L["approved"]])
            L["approved"] = sorted(L["approved"] + [extra])
        spec["votes"][0] = spec["votes"][0]


def misspell(rng, name):
    i = rng.randrange(1, len(name) - 2)
    while not name[i].isalpha():
        i = rng.randrange(1, len(name) - 2)
    return name[:i] + name[i + 1:] if rng.random() < 0.5 else name[:i] + name[i] + name[i:]


# ------------------------------------------------------------- the rulebook

def check(spec, geo):
    """Rule ids that the printed facts of `spec` break (see shared rulebook)."""
    out = set()
    m, st, lay = spec["members"], spec["stated"], spec["layout"]
    P = {i for i, x in enumerate(m) if x["status"] == "present"}
    E = {i for i, x in enumerate(m) if x["status"] == "excused"}
    A = {i for i, x in enumerate(m) if x["status"] == "absent"}
    prox = spec["proxies"]
    givers = {p[0] for p in prox}
    covid = spec["covid"]
    # counts stated vs listed
    if st.get("present") is not None and st["present"] != len(P):
        out.add("count.mismatch")
    if lay in ("municipal_a", "syndicat") and st.get("proxies") is not None and st["proxies"] != len(prox):
        out.add("count.mismatch")
    if lay == "municipal_b" and spec.get("print_counts") and st["voters"] != len(P) + len(prox):
        out.add("count.mismatch")
    if lay == "syndicat":
        if st["excused"] + st["absent"] + len([g for g in givers if g not in P]) != len(E) + len(A):
            out.add("count.mismatch")
    n_office = st["in_office"] if st.get("in_office") is not None else len(m)
    if st.get("in_office") is not None and len(P | E | A) > st["in_office"]:
        out.add("count.exceeds_in_office")
    if st.get("seats") is not None and st.get("in_office") is not None and st["in_office"] > st["seats"]:
        out.add("count.exceeds_in_office")
    if st.get("seats") is not None and spec["body"]["type"] == "conseil_municipal":
        if st["seats"] != geomod.seats_for_population(spec["body"]["population"]):
            out.add("seats.population_mismatch")
    # proxies
    limit = 2 if covid else 1
    held = {}
    valid = 0
    for g, h in prox:
        if g in P:
            out.add("proxy.giver_present")
        if h == "ext" or h not in P:
            out.add("proxy.holder_not_present")
        held[h] = held.get(h, 0) + 1
        if g not in P and h != "ext" and h in P and held[h] <= limit:
            valid += 1
    if any(c > limit for h, c in held.items()):
        out.add("proxy.multiple")
    # votes
    for v in spec["votes"]:
        # The cp layout prints its figures whatever print_counts says.
        if v["for"] + v["against"] + v["abstentions"] > len(P) + valid and (
                v["print_counts"] or not v["unanimous"] or lay == "cp"):
            out.add("vote.exceeds_voters")
        if v["print_counts"] and v["expressed"] != v["for"] + v["against"] and lay in ("municipal_a", "syndicat"):
            out.add("vote.expressed_mismatch")
        if v["unanimous"] and v["against"] > 0 and v["print_counts"]:
            out.add("vote.unanimous_with_against")
        if v["result"] == "adopted" and v["print_counts"] and v["for"] <= v["against"]:
            out.add("vote.majority_not_reached")
    # dates
    d = spec["dates"]
    s = D(d["session"])
    if d.get("convocation"):
        c = D(d["convocation"])
        jf = (s - c).days - 1
        if lay == "cp":
            low = (s - c).days < 12
        else:
            need = 5 if lay == "syndicat" or spec["body"].get("population", 0) >= 3500 else 3
            low = jf < need
        if low:
            out.add("date.convocation_delay")
        if c > s:
            out.add("date.order")
    for k in ("signature", "display", "transmission", "publication"):
        if d.get(k) and D(d[k]) < s:
            out.add("date.order")
    # quorum
    if covid:
        if len(P) + valid < n_office / 3:
            out.add("quorum.not_reached")
    elif lay == "cp":
        if len(P) + valid <= n_office / 2:
            out.add("quorum.not_reached")
    elif len(P) <= n_office / 2:
        out.add("quorum.not_reached")
    # mentions
    if spec.get("secretary") is None and lay != "syndicat":
        out.add("mention.missing_secretary")
    if not d.get("convocation") and lay != "cp":
        out.add("mention.missing_convocation")
    # communes
    if lay == "syndicat":
        L = spec["lists"]
        for name in set(L["approved"] + L["first"] + L["second"]):
            c, how = geo.match(name, (spec["body"]["dep"],))
            if how == "fuzzy":
                out.add("commune.misspelled")
            elif how == "none":
                out.add("commune.unknown")
        def key(name):
            c, _ = geo.match(name, (spec["body"]["dep"],))
            return c["code"] if c else geomod.fold(name)

        def keys(names):
            return sorted(key(x) for x in names)
        if keys(L["approved"]) != keys(L["first"] + L["second"]) or \
                keys(L["conditional"]) != keys(L["second"]):
            out.add("list.mismatch")
    return sorted(out)


def optional_rules(spec):
    """Rules a reader may or may not flag without being wrong."""
    lay = spec["layout"]
    if lay == "syndicat":
        return ["mention.missing_secretary"]
    if lay == "cp":
        return ["mention.missing_convocation"]
    return []


# ------------------------------------------------------------- expected JSON

def printed_name(spec, i, for_proxy_to=False):
    m = spec["outsider"] if i == "ext" else spec["members"][i]
    lay = spec["layout"]
    if lay == "municipal_a":
        return layouts.initial(m)
    if lay == "syndicat" and for_proxy_to:
        return m["last"]
    return "%s %s" % (m["first"], m["last"])


def expected(spec, geo):
    m, st, lay = spec["members"], spec["stated"], spec["layout"]
    givers = {p[0] for p in spec["proxies"]}
    nm = lambda i: printed_name(spec, i)  # noqa: E731
    P = [nm(i) for i, x in enumerate(m) if x["status"] == "present"]
    E = [nm(i) for i, x in enumerate(m) if x["status"] == "excused"]
    A = [nm(i) for i, x in enumerate(m) if x["status"] == "absent"]
    if lay in ("municipal_a", "municipal_b"):
        # proxy givers are printed under "Absents ayant donné pouvoir" / "ABSENTS EXCUSES",
        # even one also listed present (proxy.giver_present)
        E = [nm(i) for i, x in enumerate(m) if x["status"] == "excused" or i in givers]
        A = [nm(i) for i, x in enumerate(m) if x["status"] == "absent" and i not in givers]
    att = {
        "present": P, "absent": A, "excused": E,
        "proxies": [{"from": nm(g), "to": printed_name(spec, h, True)} for g, h in spec["proxies"]],
        "non_voting": ["%s %s" % (x["first"], x["last"]) for x in spec.get("non_voting", [])],
    }
    if st.get("seats") is not None:
        att["seats"] = st["seats"]
    if lay in ("municipal_a", "municipal_b"):
        att["in_office"] = st["in_office"]
    if lay in ("municipal_a", "syndicat") or (lay == "municipal_b" and spec.get("print_counts")):
        att["present_count"] = st["present"]
    if lay == "municipal_b" and spec.get("print_counts"):
        att["voters_count"] = st["voters"]
    votes = []
    for v in spec["votes"]:
        e = {"unanimous": v["unanimous"], "result": v["result"]}
        if v["print_counts"]:
            e.update({"for": v["for"], "against": v["against"], "abstentions": v["abstentions"]})
            if lay in ("municipal_a", "syndicat"):
                e["expressed"] = v["expressed"]
        if lay == "cp":
            e.pop("unanimous")
        votes.append(e)
    pres = m[spec["president"]]
    sec = spec.get("secretary")
    d = dict(spec["dates"])
    if lay == "municipal_a":
        d["publication"] = None
    act = {
        "kind": "deliberation",
        "body": {"name": spec["body"]["name"], "type": spec["body"]["type"]},
        "number": spec["number"], "title": spec["title"], "dates": d,
        "president": "%s %s" % (pres["first"], pres["last"]),
        "secretary": None if sec is None else "%s %s" % (m[sec]["first"], m[sec]["last"]),
        "attendance": att, "votes": votes,
        "anomalies": check(spec, geo), "anomalies_optional": optional_rules(spec),
    }
    if spec["body"].get("insee"):
        act["body"]["insee"] = spec["body"]["insee"]
    if lay == "syndicat":
        L = spec["lists"]
        seen, comm = set(), []
        for lst, names in (("vu", L["first"] + L["second"]), ("article 1", L["approved"])):
            for name in names:
                if name in seen:
                    continue
                seen.add(name)
                c, how = geo.match(name, (spec["body"]["dep"],))
                comm.append({"printed": name, "insee": c["code"] if c else None, "match": how})
        act["communes"] = comm
    acts = [act]
    for extra in spec.get("annexes", []):
        acts.append({"kind": extra})
    return {"acts": acts}


# ------------------------------------------------------------- driver

LAYOUT_PLAN = ["municipal_a"] * 9 + ["municipal_b"] * 8 + ["syndicat"] * 7 + ["cp"] * 6


# tune and dev draw from the tune half of every pool, holdout from the other half
SETS = (("tune", 1000), ("holdout", 500009), ("dev", 3000))
PREFIX = {"tune": "t", "holdout": "h", "dev": "d"}


def realise(g, rng, layout, inject, geo):
    """One document's facts with its anomalies injected, and the injected
    rules that check() does not find in them."""
    if layout in ("municipal_a", "municipal_b"):
        spec = g.municipal(rng, layout, inject)
    elif layout == "syndicat":
        spec = g.syndicat(rng, inject)
    else:
        spec = g.cp(rng, inject)
    for rule in sorted(inject, key=lambda r: {"proxy.multiple": 0, "quorum.not_reached": 1}.get(r, 2)):
        g.inject(rng, spec, rule)
    spec["inject"] = inject
    found = check(spec, geo)
    return spec, [r for r in inject if r not in found]


def generate(geo, set_name, base_seed, lenient=False):
    """lenient: a document whose injected anomalies the generator cannot
    realise together keeps only its first one (fresh draws); the committed
    sets are made strict, so that they never change."""
    holdout = set_name == "holdout"
    g = Gen(geo, holdout)
    specs = []
    support = lambda r: sum(r in rules for rules in INJECTABLE.values())  # noqa: E731
    uncovered = sorted({r for rules in INJECTABLE.values() for r in rules}, key=lambda r: (support(r), r))
    for k, layout in enumerate(LAYOUT_PLAN):
        seed = base_seed + 7919 * k
        rng = random.Random(seed)
        n_inj = rng.choices([0, 1, 2], weights=[6, 3, 1])[0]
        inject = rng.sample(INJECTABLE[layout], n_inj)
        # every injectable rule appears at least once in each set
        if set(inject) in CONFLICTS:
            inject = inject[:1]
        todo = [r for r in uncovered if r in INJECTABLE[layout] and r not in inject
                and not any({r, x} in CONFLICTS for x in inject)]
        if todo and n_inj < 2 and k % 3 != 1:
            inject.append(todo[0])
        for r in inject:
            if r in uncovered:
                uncovered.remove(r)
        state = rng.getstate()
        spec, missing = realise(g, rng, layout, inject, geo)
        if missing and lenient and len(inject) > 1:
            rng.setstate(state)
            inject = inject[:1]
            spec, missing = realise(g, rng, layout, inject, geo)
        if missing:
            raise SystemExit("%s %d: injected %s not detected by check() (injected %s, votes %s)" % (set_name, k, missing, inject, spec["votes"]))
        if layout in ("municipal_a", "municipal_b") and k % 8 == 3:
            spec["annexes"] = ["statuts", "convention"]
        short = spec["body"].get("short") or spec["body"]["name"]
        slug = "".join(ch if ch.isalnum() else "-" for ch in geomod.fold(short))[:24].strip("-")
        spec["name"] = "%s%02d-%s-%s" % (PREFIX[set_name], k + 1, layout.replace("_", ""), slug)
        spec["seed"] = seed
        spec["set"] = set_name
        spec["font"] = rng.choice(["serif", "serif", "sans", "dejavu"])
        spec["size"] = rng.choice([10, 10.5, 11])
        pages_rot = {}
        if rng.random() < 0.2:
            pages_rot["2"] = 180
        spec["scan"] = {"seed": seed % 100003, "dpi": rng.choice([200, 200, 240, 300]),
                        "skew_min": 0.3, "skew_max": round(rng.uniform(0.6, 2.5), 2),
                        "blur": round(rng.uniform(0.5, 1.1), 2), "noise": round(rng.uniform(3, 9), 1),
                        "specks": 1e-4 * rng.randint(1, 4), "quality": rng.randint(50, 80),
                        "rotate": pages_rot}
        specs.append(spec)
    if not holdout:
        specs[5]["scan"]["rotate"] = {"1": 90}  # one document has a page turned sideways
    return specs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--geo")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "..", "corpus", "specs"))
    a = ap.parse_args()
    geo = geomod.Geo(a.geo)
    for set_name, base in SETS:
        d = os.path.join(a.out, set_name)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.startswith(PREFIX[set_name]) and f[1:3].isdigit():
                os.remove(os.path.join(d, f))
        for spec in generate(geo, set_name, base):
            with open(os.path.join(d, spec["name"] + ".json"), "w", encoding="utf-8") as fh:
                json.dump(spec, fh, ensure_ascii=False, indent=1, sort_keys=True)
                fh.write("\n")
            with open(os.path.join(d, spec["name"] + ".expected.json"), "w", encoding="utf-8") as fh:
                json.dump(expected(spec, geo), fh, ensure_ascii=False, indent=1)
                fh.write("\n")


if __name__ == "__main__":
    main()
