#include "checks/statutes.h"

#include <re2/re2.h>

#include "pipeline/fold.h"

namespace delib {
namespace {

// French number words up to twenty, as statutes write delays and counts.
int NumberWord(const std::string& w) {
  static const char* kWords[] = {"zero",     "un",       "deux",     "trois",  "quatre", "cinq",
                                 "six",      "sept",     "huit",     "neuf",   "dix",    "onze",
                                 "douze",    "treize",   "quatorze", "quinze", "seize",  "dix-sept",
                                 "dix-huit", "dix-neuf", "vingt"};
  for (int i = 0; i <= 20; ++i)
    if (w == kWords[i]) return i;
  if (w == "une") return 1;
  if (!w.empty() && w.find_first_not_of("0123456789") == std::string::npos) return std::stoi(w);
  return -1;
}

std::string RawLine(const DocText& doc, size_t li) {
  const auto& L = doc.lines()[li];
  return doc.raw().substr(L.raw_begin, L.raw_end - L.raw_begin);
}

std::string Trimmed(std::string s) {
  const char* ws = " \t-*,;.";
  size_t b = s.find_first_not_of(ws), e = s.find_last_not_of(ws);
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

}  // namespace

Result<BodyStatutes> StatutesFromText(const DocText& doc, size_t first_line, size_t last_line) {
  const auto& lines = doc.lines();
  if (first_line >= last_line || last_line > lines.size())
    return Status(Code::kNotFound, "no statutes text");
  const std::string& f = doc.folded();
  const std::string text =
      f.substr(lines[first_line].folded_begin,
               lines[last_line - 1].folded_end - lines[first_line].folded_begin);
  BodyStatutes b;
  b.type = "other";
  static const RE2 kTitle(
      R"(statuts du (syndicat mixte ouvert|syndicat mixte ferme|syndicat mixte)\s+([^\n]+))");
  static const RE2 kDenomination(
      R"(denomination suivante\s*:\s*([^\n]+?)\s+et la marque\s*:\s*([^\n(]+))");
  std::string kind, name, brand;
  for (size_t li = first_line; li < last_line && name.empty(); ++li) {
    std::string lf =
        f.substr(lines[li].folded_begin, lines[li].folded_end - lines[li].folded_begin);
    re2::StringPiece g[3];
    if (kTitle.Match(lf, 0, lf.size(), RE2::UNANCHORED, g, 3)) {
      kind = std::string(g[1]);
      // Quote the name from the raw text (accents and case kept).
      size_t off = lines[li].folded_begin + (g[2].data() - lf.data());
      size_t rb = doc.RawOffset(off), re = doc.RawOffset(lines[li].folded_end);
      name = Trimmed(doc.raw().substr(rb, re - rb));
    }
  }
  if (kind == "syndicat mixte ouvert") b.type = "syndicat_mixte_ouvert";
  if (kind == "syndicat mixte ferme") b.type = "syndicat_mixte_ferme";
  if (!name.empty()) b.names.push_back(name);
  {
    re2::StringPiece g[3];
    if (kDenomination.Match(text, 0, text.size(), RE2::UNANCHORED, g, 3)) {
      auto raw_of = [&](re2::StringPiece p) {
        size_t off = lines[first_line].folded_begin + (p.data() - text.data());
        size_t rb = doc.RawOffset(off), re = doc.RawOffset(off + p.size());
        return Trimmed(doc.raw().substr(rb, re - rb));
      };
      for (int k : {1, 2}) {
        std::string n = raw_of(g[k]);
        if (!n.empty() && CompactKey(n) != (b.names.empty() ? "" : CompactKey(b.names.front())))
          b.names.push_back(n);
      }
    }
  }
  if (b.names.empty()) return Status(Code::kNotFound, "statutes: no name of the body found");
  b.id = CompactKey(b.names.front());

  // Quorum.
  static const RE2 kQuorum(
      R"(le quorum est (?:fixe|atteint)[^.]*?(la moitie|le tiers|la majorite|les deux tiers) des membres( en exercice)?( presents)?( ou representes)?)");
  std::string frac, ex, pres, repr;
  if (!RE2::PartialMatch(text, kQuorum, &frac, &ex, &pres, &repr))
    return Status(Code::kNotFound, "statutes of " + b.names.front() + ": no quorum sentence");
  if (frac == "la moitie") {
    b.quorum = {1, 2, false, true, ""};
  } else if (frac == "la majorite") {
    b.quorum = {1, 2, false, false, ""};
  } else if (frac == "le tiers") {
    b.quorum = {1, 3, false, true, ""};
  } else {
    b.quorum = {2, 3, false, true, ""};
  }
  b.quorum.present_or_represented = !repr.empty();
  {
    static const RE2 kSentence(R"((le quorum est [^.]*\.))");
    std::string s;
    if (RE2::PartialMatch(text, kSentence, &s)) {
      size_t at = text.find(s);
      size_t off = lines[first_line].folded_begin + at;
      b.quorum.text = Trimmed(doc.raw().substr(
                          doc.RawOffset(off), doc.RawOffset(off + s.size()) - doc.RawOffset(off))) +
                      ".";
    }
  }
  b.second_meeting_without_quorum = text.find("aucun quorum n'est exige") != std::string::npos;

  // Proxies.
  static const RE2 kProxy(
      R"(aucun membre ne peut (?:recevoir|detenir|disposer de|etre porteur de) plus d'(une|deux|trois) (?:procuration|pouvoir))");
  std::string np;
  b.proxy_limit = RE2::PartialMatch(text, kProxy, &np) ? NumberWord(np) : 1;

  // Convocation.
  static const RE2 kConv(
      R"(convocation est (?:adressee|envoyee|faite) au moins ([a-z0-9-]+) jours( francs)?)");
  std::string days, francs;
  if (RE2::PartialMatch(text, kConv, &days, &francs) && NumberWord(days) > 0) {
    b.convocation.value = NumberWord(days);
    b.convocation.jours_francs = !francs.empty();
    b.convocation.legal_basis = "statuts du " + b.names.front();
  } else {
    b.convocation = {5, true, "CGCT L5211-1 (statutes silent)"};
  }

  // Composition: "- Région Hauts-de-France : 10 délégués", and the communal college's
  // representatives.
  static const RE2 kSeat(R"(^\s*[-*]?\s*(.+?)\s*:\s*(\d+)\s+delegues?\s*$)");
  static const RE2 kCollege(R"(designe parmi les delegues du bloc communal (\d+) representants)");
  for (size_t li = first_line; li < last_line; ++li) {
    std::string lf =
        f.substr(lines[li].folded_begin, lines[li].folded_end - lines[li].folded_begin);
    std::string who;
    int n = 0;
    if (RE2::FullMatch(lf, kSeat, &who, &n) && n > 0) {
      SeatGroup g;
      std::string raw = RawLine(doc, li);
      g.group = Trimmed(raw.substr(0, raw.rfind(':')));
      g.delegates = n;
      if (who.find("nord") != std::string::npos && who.find("pas-de-calais") == std::string::npos)
        g.departement = "59";
      if (who.find("pas-de-calais") != std::string::npos) g.departement = "62";
      b.seats.push_back(g);
    }
  }
  int college = 0;
  if (RE2::PartialMatch(text, kCollege, &college) && college > 0)
    b.seats.push_back({"Collège des communes et EPCI", college, ""});

  // Majorities.
  static const RE2 kAdhesion(
      R"(adhesion d'un nouveau membre[^.]*majorite des deux tiers[^.]*suffrages exprimes)");
  if (RE2::PartialMatch(text, kAdhesion)) {
    Majority m;
    m.numerator = 2;
    m.denominator = 3;
    static const RE2 kWeight(R"(departement d'implantation[^.]*dispose de \(?(\d+)\)? voix)");
    int w = 1;
    if (RE2::PartialMatch(text, kWeight, &w)) m.newcomer_departement_weight = w;
    static const RE2 kArt(R"(article (\d+)\s*:\s*adhesion)");
    std::string art;
    m.article = RE2::PartialMatch(text, kArt, &art) ? "art. " + art : "";
    b.adhesion = m;
  }

  // Annexes: "Annexe N : title" then bulleted lines.
  static const RE2 kAnnexe(R"(^\s*annexe\s+(\d+)\s*:\s*(.+)$)");
  StatutesAnnex* cur = nullptr;
  std::string sub;  // "- Communications électroniques :" heading inside an annex
  for (size_t li = first_line; li < last_line; ++li) {
    std::string lf =
        f.substr(lines[li].folded_begin, lines[li].folded_end - lines[li].folded_begin);
    int num = 0;
    std::string title;
    if (RE2::FullMatch(lf, kAnnexe, &num, &title)) {
      std::string raw = RawLine(doc, li);
      b.annexes.push_back({num, Trimmed(raw.substr(raw.find(':') + 1)), {}});
      cur = &b.annexes.back();
      sub.clear();
      continue;
    }
    if (!cur) continue;
    std::string raw = Trimmed(RawLine(doc, li));
    bool bullet =
        lf.find_first_not_of(" \t") != std::string::npos && lf[lf.find_first_not_of(" \t")] == '-';
    if (!bullet) {
      cur = nullptr;  // the annex ends at the first line that is not a list item
      continue;
    }
    if (!raw.empty() && raw.back() == ':') {
      sub = Trimmed(raw.substr(0, raw.size() - 1));
      continue;
    }
    cur->entries.push_back(sub.empty() ? raw : sub + ": " + raw);
  }
  return b;
}

}  // namespace delib
