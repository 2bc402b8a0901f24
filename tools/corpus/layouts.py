"""Facts (a spec of corpus/specs/*/NAME.json) -> corpus markup, one function per
layout of the seeds: municipal_a (Prémesques), municipal_b (Hem), syndicat
(comité syndical with a checkbox grid), cp (commission permanente)."""
import random
import unicodedata

import frtext as fr
import pools


def plain_upper(s):
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    return s.upper()


def civ_long(m):
    return "Madame" if m["civ"] == "Mme" else "Monsieur"


def full(m):
    return "%s %s" % (m["first"], m["last"])


def initial(m):
    """"Y. HUTCHINSON"; one name in nine lacks its dot, as in seed 003 ("C LEFEBVRE")."""
    dot = "" if sum(map(ord, m["first"] + m["last"])) % 9 == 0 else "."
    return "%s%s %s" % (m["first"][0], dot, m["last"])


def member(spec, i):
    return spec["outsider"] if i == "ext" else spec["members"][i]


def vote_sentence(v, lay, rng):
    if not v["print_counts"]:
        return "Délibération adoptée à l'unanimité." if v["unanimous"] else "Délibération adoptée."
    counts = "Pour : %d – Contre : %d – Abstention(s) : %d" % (v["for"], v["against"], v["abstentions"])
    if lay == "municipal_a":
        counts = "Suffrages exprimés : %d – " % v["expressed"] + counts
    if v["unanimous"]:
        return "Délibération adoptée à l'unanimité (%s)." % counts
    res = {"adopted": "adoptée", "rejected": "rejetée"}[v["result"]]
    return "Délibération %s : %s." % (res, counts)


def body_paragraphs(spec):
    subj = pools.SUBJECTS[spec["subject"]]
    out = list(subj[1]) + [""] + list(subj[2])
    return out, subj[3]


def annexes(spec):
    out = []
    for kind in spec.get("annexes", []):
        out.append("@page")
        if kind == "statuts":
            out += ["# Statuts du Syndicat intercommunal à vocation multiple du canton", "",
                    "### Article 1 : Composition et dénomination",
                    "En application des articles L. 5212-1 et suivants du Code général des collectivités territoriales, il est formé entre les communes adhérentes un syndicat intercommunal à vocation multiple.",
                    "### Article 2 : Durée", "Le Syndicat est constitué pour une durée illimitée.",
                    "### Article 3 : Siège", "Le siège du Syndicat est fixé en mairie de %s." % spec["body"]["name"],
                    "### Article 4 : Comité syndical",
                    "Le Syndicat est administré par un comité composé de deux délégués titulaires par commune membre. Le comité ne délibère valablement que lorsque la majorité de ses membres en exercice est présente.",
                    "### Article 5 : Budget",
                    "Les recettes du Syndicat comprennent la contribution des communes associées, les subventions et le produit des emprunts."]
        elif kind == "convention":
            out += ["# Convention de mise à disposition", "", "Entre :",
                    "La commune de %s, représentée par son Maire, dûment habilité par délibération," % spec["body"]["name"],
                    "Et", "Le Syndicat intercommunal à vocation multiple du canton, représenté par son Président,",
                    "Il est convenu ce qui suit :",
                    "### ARTICLE 1 – Objet de la convention",
                    "La présente convention a pour objet de définir les conditions de mise à disposition des équipements communaux.",
                    "### ARTICLE 2 – Durée",
                    "La présente convention est conclue pour une durée d'un an, renouvelable par tacite reconduction.",
                    "### ARTICLE 3 – Résiliation",
                    "Chacune des parties peut résilier la présente convention par lettre recommandée avec un préavis de trois mois.",
                    "", "Fait en deux exemplaires originaux."]
    return out


def municipal_a(spec):
    rng = random.Random(spec["seed"] + 1)
    m, st, d = spec["members"], spec["stated"], spec["dates"]
    com = spec["body"]["name"]
    dep = "du Nord" if spec["body"]["dep"] == "59" else "du Pas-de-Calais"
    givers = {p[0] for p in spec["proxies"]}
    pres = [initial(x) for x in m if x["status"] == "present"]
    seps = [" - ", " – "]
    out = ["République Française", "Département %s" % dep, "## COMMUNE DE %s" % plain_upper(com), "",
           "## EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL", ""]
    out.append("| Nombre de membres afférents au Conseil Municipal : | %d |" % st["seats"])
    out.append("| Nombre de membres en exercice : | %d |" % st["in_office"])
    out.append("| Nombre de membres qui ont pris part à la délibération : procurations | %d + %d |"
               % (st["present"], st["proxies"]))
    if d.get("convocation"):
        out.append("| Date de la convocation : | %s |" % fr.dotted(d["convocation"]))
        out.append("| Date d'affichage : | %s |" % fr.dotted(d["convocation"]))
    out += ["", "## REUNION DU CONSEIL MUNICIPAL",
            "## SEANCE DU %s" % plain_upper(fr.long_date(d["session"])), ""]
    s = fr.d(d["session"])
    pr = m[spec["president"]]
    visio = " par visioconférence," if spec["covid"] and rng.random() < 0.5 else ""
    out.append("L'an %s et le %s du mois de %s, à %s, le Conseil Municipal, régulièrement convoqué, "
               "s'est réuni%s salle du Conseil Municipal, en session ordinaire, sous la présidence de %s %s, Maire."
               % (fr.year_words(s.year), fr.day_words(s.day), fr.MONTHS[s.month - 1].capitalize(),
                  spec["time"], visio, civ_long(pr), full(pr)))
    out.append("")
    body = ""
    for k, name in enumerate(pres):
        body += (rng.choice(seps) if k else "") + name
    out.append("%d Présents : %s" % (st["present"], body))
    out.append("")
    pj = " - ".join("%s à %s" % (initial(member(spec, g)), initial(member(spec, h))) for g, h in spec["proxies"])
    out.append("%d Absents ayant donné pouvoir : %s" % (st["proxies"], pj))
    out.append("")
    exc = [initial(x) for i, x in enumerate(m) if x["status"] == "excused" and i not in givers]
    out.append("%d Excusés : %s" % (st["excused"], " - ".join(exc)))
    ab = [initial(x) for i, x in enumerate(m) if x["status"] == "absent" and i not in givers]
    if ab:
        out += ["", "%d Absents : %s" % (st["absent"], " - ".join(ab))]
    out.append("")
    if spec.get("secretary") is not None:
        sx = m[spec["secretary"]]
        out.append("%s %s a été désigné%s comme secrétaire de séance."
                   % (civ_long(sx), full(sx), "e" if sx["civ"] == "Mme" else ""))
        out.append("")
    y, n = spec["number"].split("-")
    out.append("**%s - %s : %s**" % (y, n, spec["title"]))
    out.append("")
    rap = m[rng.choice([i for i, x in enumerate(m) if x["status"] == "present"])]
    out += ["Rapporteur : %s" % full(rap), ""]
    paras, decision = body_paragraphs(spec)
    out += paras + ["", "Sur proposition du Maire,", "",
                    "Le conseil municipal de la commune de %s %s" % (com, decision), ""]
    for k, v in enumerate(spec["votes"]):
        lead = "" if k == 0 else "Désignation du délégué – "
        out += [lead + vote_sentence(v, "municipal_a", rng), ""]
    out += ["La présente délibération sera transmise à Monsieur le Préfet %s" % dep, "",
            "A %s, le %s," % (com, fr.long_date(d["signature"], cap_month=True)), "",
            "Affiché le %s" % fr.long_date(d["display"], cap_month=True), "",
            "Transmis au contrôle de légalité le %s," % fr.long_date(d["transmission"], cap_month=True), "",
            "Ainsi délibéré", "Pour copie conforme,", "Le Maire,", full(pr), ""]
    if spec.get("secretary") is not None:
        sx = m[spec["secretary"]]
        out += ["%s Secrétaire de Séance" % ("La" if sx["civ"] == "Mme" else "Le"), full(sx)]
    return "\n".join(out + annexes(spec)) + "\n"


def municipal_b(spec):
    rng = random.Random(spec["seed"] + 2)
    m, st, d = spec["members"], spec["stated"], spec["dates"]
    com = spec["body"]["name"]
    pr = m[spec["president"]]
    out = ["**%s**" % spec["number"], "", "**%s**" % spec["title"].upper(), ""]
    paras, decision = body_paragraphs(spec)
    vus = [p for p in paras if p.startswith("Vu ")]
    ctx = [p for p in paras if p and not p.startswith("Vu ")]
    out += ctx + [""]
    out += ["**Vu** " + v[3:] for v in vus[:1]] + [""]
    out += ["~ Direction Générale des Services", "~ Tél. 03 %02d %02d %02d %02d" % tuple(rng.randint(10, 99) for _ in range(4)), ""]
    out += ["## EXTRAIT DU REGISTRE DES DELIBERATIONS", "## DU CONSEIL MUNICIPAL", ""]
    s = fr.d(d["session"])
    out += ["**L'AN %s,**  " % fr.year_words(s.year).upper(), "**Le %s %s,**" % (fr.day_words(s.day), fr.MONTHS[s.month - 1]), ""]
    conv = ""
    if d.get("convocation"):
        c = fr.d(d["convocation"])
        conv = ", à la suite de la convocation qui lui a été faite le %s %s et qui a été affichée à la porte de la mairie conformément à la loi" % (
            "1er" if c.day == 1 else c.day, fr.MONTHS[c.month - 1])
    out.append("Le Conseil Municipal s'est réuni à l'hôtel de Ville, sis %s à %s, sous la présidence de %s %s, Maire%s."
               % (spec["address"], com, civ_long(pr), full(pr), conv))
    out += ["", "*Nombre de conseillers en exercice : %d*  " % st["in_office"]]
    if spec.get("print_counts"):
        out.append("*Nombre de présents : %d – Nombre de votants : %d*  " % (st["present"], st["voters"]))
    out += ["*Délibération affichée en mairie le %s*" % fr.long_date(d["display"]), ""]
    out += ["### PRESENTS", ""]
    pres = [i for i, x in enumerate(m) if x["status"] == "present"]
    na = spec["roles"]["adjoints"]
    adj = [full(m[i]) for i in pres[1:1 + na]]
    cons = [full(m[i]) for i in pres[1 + na:]]
    out.append("%s, Maire," % full(pr))
    if adj:
        out.append(", ".join(adj) + ", Adjoints au Maire,")
    nd = spec["roles"].get("delegues", 0) if len(cons) > 6 else 0
    if nd:
        out.append(", ".join(cons[:nd]) + ", Conseillers délégués,")
    if cons[nd:]:
        out.append(", ".join(cons[nd:]) + ", Conseillers.")
    out.append("")
    givers = {p[0] for p in spec["proxies"]}
    exc = [(i, x) for i, x in enumerate(m) if x["status"] == "excused" or i in givers]
    if exc:
        out += ["### ABSENTS EXCUSES", ""]
        for i, x in exc:
            tos = [h for g, h in spec["proxies"] if g == i]
            if tos:
                out.append("%s ayant donné procuration à %s  " % (full(x), full(member(spec, tos[0]))))
            else:
                out.append("%s  " % full(x))
        out.append("")
    ab = [full(x) for i, x in enumerate(m) if x["status"] == "absent" and i not in givers]
    if ab:
        out += ["### ABSENTS", "", ", ".join(ab), ""]
    if spec.get("secretary") is not None:
        sx = m[spec["secretary"]]
        out += ["Secrétaire de séance : %s %s" % (sx["civ"], full(sx)), ""]
    out += ["**Vu** " + v[3:] for v in vus[1:]] + [""]
    for k, v in enumerate(spec["votes"]):
        if v["print_counts"]:
            lead = "Par %d voix pour, %d voix contre et %d abstention%s" % (
                v["for"], v["against"], v["abstentions"], "s" if v["abstentions"] > 1 else "")
            if v["unanimous"]:
                lead = "A l'unanimité (%d voix pour, %d voix contre, %d abstention%s)" % (
                    v["for"], v["against"], v["abstentions"], "s" if v["abstentions"] > 1 else "")
        else:
            lead = "A l'unanimité"
        if k == 0:
            out.append("%s, le Conseil Municipal %s" % (lead, decision))
        else:
            out.append("%s, le conseil municipal désigne %s en tant que représentant%s de la ville." % (
                lead, full(m[pres[-1]]), "e" if m[pres[-1]]["civ"] == "Mme" else ""))
        out.append("")
    out += ["Ainsi délibéré en séance les jour, mois et an susdits,  ", "Pour copie conforme,  ",
            "Le Maire,", full(pr), "",
            "Transmis en Préfecture le %s" % fr.long_date(d["transmission"]),
            "Fait à %s, le %s" % (com, fr.long_date(d["signature"]))]
    return "\n".join(out + annexes(spec)) + "\n"


def syndicat(spec):
    rng = random.Random(spec["seed"] + 3)
    m, st, d = spec["members"], spec["stated"], spec["dates"]
    pr = m[spec["president"]]
    y, n = spec["number"].split("-")
    name = spec["body"]["name"]
    out = ["## DÉLIBÉRATION %s – %s" % (y, n), "", "## %s" % name.upper(), "",
           "## EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL", "",
           "Objet : %s" % spec["title"], ""]
    s = fr.d(d["session"])
    conv = ""
    if d.get("convocation"):
        c = fr.d(d["convocation"])
        conv = ", sur convocation en date du %s %s %s" % (fr.day_words(c.day), fr.MONTHS[c.month - 1], fr.year_words(c.year))
    out.append("Le %s %s %s, le comité syndical du %s s'est réuni à %s%s, sous la présidence de %s %s."
               % (fr.day_words(s.day), fr.MONTHS[s.month - 1], fr.year_words(s.year), name,
                  spec["place"], conv, pr["civ"], full(pr)))
    out.append("")
    out.append("| Collectivité | Membre | Présents | Absents | Excusés | Pouvoir à |")
    last_group = None
    mark = rng.choice(["x", "x", "#"])
    for i, x in enumerate(m):
        g = x.get("group", "")
        tos = [h for gg, h in spec["proxies"] if gg == i]
        to = ""
        if tos:
            h = member(spec, tos[0])
            to = "%s %s" % (h["civ"], h["last"])
        cells = ["[%s]" % (mark if x["status"] == k else " ") for k in ("present", "absent", "excused")]
        out.append("| %s | %s %s | %s | %s |" % (g if g != last_group else "", x["civ"], full(x), " | ".join(cells), to))
        last_group = g
    out.append("|  |  | %d | %d | %d | %d |" % (st["present"], st["absent"] + len([1 for g, h in spec["proxies"] if m[g]["status"] == "absent"]),
                                             st["excused"] + len([1 for g, h in spec["proxies"] if m[g]["status"] == "excused"]),
                                             st["proxies"]))
    out += ["", "Le quorum étant atteint, le comité syndical peut valablement délibérer.", "",
            "Le comité syndical,", "", "Vu le Code Général des Collectivités Territoriales ;", "",
            "Vu les statuts du Syndicat ;", ""]
    L = spec["lists"]
    out.append("Vu les délibérations pour l'adhésion au Syndicat prises par les communes de %s (ci-après « les communes du premier groupe ») ;" % ", ".join(L["first"]))
    out.append("")
    if L["second"]:
        out.append("Vu les courriers adressés au Syndicat par les maires des communes de %s (ci-après « les communes du second groupe ») faisant état de leur volonté de proposer à leurs conseils municipaux respectifs d'adhérer au Syndicat ;" % ", ".join(L["second"]))
        out.append("")
    out += ["Considérant que les conseils municipaux des communes du premier groupe ont approuvé l'adhésion de ces communes au Syndicat ;", "",
            "**Après avoir entendu le rapporteur,**  ", "**Sur proposition du Président,**", "",
            "Article 1 : APPROUVE l'adhésion des communes suivantes au %s." % spec["body"]["short"], ""]
    out += ["- %s" % c for c in L["approved"]]
    out.append("")
    if L["conditional"]:
        out += ["L'effectivité de cette adhésion est conditionnée, pour les communes suivantes, à l'adoption d'une délibération approuvant leur adhésion :", ""]
        out += ["- %s" % c for c in L["conditional"]]
        out.append("")
    out += ["Article 2 : AUTORISE Monsieur le Président à signer tout document et à prendre toute mesure d'exécution de la présente délibération.", "",
            "Adopté par :", ""]
    v = spec["votes"][0]
    out += ["- Voix pour : %d" % v["for"], "- Voix contre : %d" % v["against"],
            "- Abstentions : %d" % v["abstentions"], "- Suffrages exprimés : %d" % v["expressed"], ""]
    if v["unanimous"]:
        out += ["soit à l'unanimité des suffrages exprimés.", ""]
    out += ["Pour extrait conforme :", "", "Fait à %s, le %s" % (spec["place"], fr.long_date(d["signature"])),
            "Affiché le %s – Transmis au contrôle de légalité le %s" % (fr.slashed(d["display"]), fr.slashed(d["transmission"])), "",
            "Le Président du Syndicat,", "", "%s %s" % (pr["civ"], full(pr))]
    return "\n".join(out) + "\n"


def cp(spec):
    rng = random.Random(spec["seed"] + 4)
    m, d = spec["members"], spec["dates"]
    pr = m[spec["president"]]
    dep = "DU NORD" if spec["body"]["dep"] == "59" else "DU PAS-DE-CALAIS"
    out = ["Envoi au contrôle de légalité le : %s" % fr.long_date(d["transmission"]), "",
           "Publication électronique le : %s" % fr.long_date(d["publication"]), "",
           "## DEPARTEMENT %s" % dep, "",
           "## DELIBERATION DE LA COMMISSION PERMANENTE  ", "## DU CONSEIL DEPARTEMENTAL", "",
           "## REUNION DU %s" % plain_upper(fr.long_date(d["session"])), "",
           "## PRESIDENCE DE %s %s" % (civ_long(pr).upper(), plain_upper(full(pr))), ""]
    if spec.get("secretary") is not None:
        sx = m[spec["secretary"]]
        out += ["Secrétaire : %s %s" % (sx["civ"], full(sx)), ""]
    cf = lambda x: "%s %s" % (x["civ"], full(x))  # noqa: E731
    out.append("Étaient présents : %s." % ", ".join(cf(x) for x in m if x["status"] == "present"))
    out.append("")
    exc = [cf(x) for x in m if x["status"] == "excused"]
    if exc:
        out += ["Excusé(s) : %s." % ", ".join(exc), ""]
    ab = [cf(x) for x in m if x["status"] == "absent"]
    if ab:
        out += ["Absent(s) : %s." % ", ".join(ab), ""]
    if spec["proxies"]:
        out += ["Délégation(s) de vote : %s." % ", ".join("%s à %s" % (cf(member(spec, g)), cf(member(spec, h)))
                                                       for g, h in spec["proxies"]), ""]
    if spec.get("non_voting"):
        out += ["Assistant également sans voix délibérative : %s" % ", ".join(cf(x) for x in spec["non_voting"]), ""]
    title, decision = pools.CP_SUBJECTS[spec["subject"]]
    out += ["**%s**" % title.upper(), "", "(N°%s)" % spec["number"], "",
            "La Commission Permanente du Conseil départemental %s," % ("du Nord" if dep == "DU NORD" else "du Pas-de-Calais"), "",
            "Vu le Code Général des Collectivités Territoriales et notamment ses articles L.3121-14, L.3121-14-1, L.3211-1 et L.3211-2 ;", "",
            "Vu le rapport du Président du Conseil départemental, ci-annexé ;", "",
            "Après en avoir délibéré,", "", "## DECIDE :", "", "Article 1 :", "", decision, "",
            "Article 2 :", "", "D'autoriser le Président du Conseil départemental à signer, au nom et pour le compte du Département, les actes afférents.", "",
            "Dans les conditions de vote ci-dessous :", ""]
    v = spec["votes"][0]
    out += ["Pour : %d voix (Groupe Socialiste, Républicain et Citoyen ; Groupe Union Centriste) Contre : %d voix Abstention : %d voix"
            % (v["for"], v["against"], v["abstentions"]), "", "(Adopté)" if v["result"] == "adopted" else "(Rejeté)", "",
            ".....", "LE PRESIDENT DU CONSEIL DEPARTEMENTAL,", "", full(pr), "",
            "%s, le %s" % ("LILLE" if dep == "DU NORD" else "ARRAS", fr.long_date(d["signature"]))]
    return "\n".join(out) + "\n"


LAYOUTS = {"municipal_a": municipal_a, "municipal_b": municipal_b, "syndicat": syndicat, "cp": cp}


def to_markup(spec):
    return LAYOUTS[spec["layout"]](spec)
