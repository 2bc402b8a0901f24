"""French dates and numbers in words, as printed in registers."""
import datetime

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]
UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
         "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept",
         "dix-huit", "dix-neuf"]
TENS = {20: "vingt", 30: "trente"}


def words(n):
    if n < 20:
        return UNITS[n]
    t, u = (n // 10) * 10, n % 10
    if u == 0:
        return TENS[t]
    if u == 1:
        return TENS[t] + "-et-un"
    return TENS[t] + "-" + UNITS[u]


def year_words(y):
    return "deux mille" + ("" if y == 2000 else " " + words(y - 2000))


def day_words(d):
    return "premier" if d == 1 else words(d)


def d(iso):
    return datetime.date.fromisoformat(iso)


def long_date(iso, cap_month=False, upper=False):
    x = d(iso)
    m = MONTHS[x.month - 1]
    if cap_month:
        m = m.capitalize()
    day = "1er" if x.day == 1 else str(x.day)
    s = "%s %s %d" % (day, m, x.year)
    return s.upper() if upper else s


def dotted(iso):
    x = d(iso)
    return "%02d.%02d.%d" % (x.day, x.month, x.year)


def slashed(iso):
    x = d(iso)
    return "%02d/%02d/%d" % (x.day, x.month, x.year)
