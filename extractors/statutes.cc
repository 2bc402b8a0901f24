#include "extractors/statutes.h"

#include <re2/re2.h>

#include <algorithm>

#include "pipeline/base/fold.h"

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

// The article a line sits in: the nearest heading above it, at or after
// `first`: "Article 8 : Comité syndical" -> "art. 8", "8.3 Fonctionnement" -> "art. 8.3".
std::string ArticleOf(const DocText& doc, size_t first, size_t line) {
  static const RE2 kHeading(
      R"(^\s*(?:article\s+(\d+(?:\.\d{1,2})*)\b|(\d{1,2}(?:\.\d{1,2})+)\.?\s+[a-z]))");
  const auto& lines = doc.lines();
  for (size_t li = line + 1; li-- > first;) {
    const auto& L = lines[li];
    if (L.folded_end - L.folded_begin > 90) continue;  // a heading is short
    std::string lf = doc.folded().substr(L.folded_begin, L.folded_end - L.folded_begin);
    std::string a, b;
    if (RE2::PartialMatch(lf, kHeading, &a, &b)) return "art. " + (a.empty() ? b : a);
  }
  return "";
}

// The sentence around [b, e) of the folded text: back to the previous full
// stop, or to a line that starts with a capital (lines wrap inside
// sentences), and on to the next full stop; its folded offsets.
std::pair<size_t, size_t> SentenceAround(const DocText& doc, size_t first_line, size_t last_line,
                                         size_t b, size_t e) {
  const std::string& f = doc.folded();
  const std::string& raw = doc.raw();
  const size_t lo = doc.lines()[first_line].folded_begin;
  const size_t hi = doc.lines()[last_line - 1].folded_end;
  auto capital = [&](size_t folded_pos) {
    size_t r = doc.RawOffset(folded_pos);
    unsigned char c = r < raw.size() ? raw[r] : 0, d = r + 1 < raw.size() ? raw[r + 1] : 0;
    return (c >= 'A' && c <= 'Z') || (c == 0xC3 && d >= 0x80 && d <= 0x9E);
  };
  size_t s = b;
  while (s > lo && b - s < 400 && f[s - 1] != '.') {
    if (f[s - 1] == '\n' && capital(s)) break;
    --s;
  }
  while (s < b && (f[s] == ' ' || f[s] == '\n')) ++s;
  size_t t = e;
  while (t < hi && t - e < 400 && f[t] != '.') ++t;
  if (t < hi && f[t] == '.') ++t;
  return {s, t};
}

std::string RawSpan(const DocText& doc, size_t fb, size_t fe) {
  size_t rb = doc.RawOffset(fb), re = doc.RawOffset(fe);
  std::string out = doc.raw().substr(rb, re - rb);
  for (char& c : out)
    if (c == '\n') c = ' ';
  return out;
}

}  // namespace

Result<BodyStatutes> StatutesFromText(const DocText& doc, size_t first_line, size_t last_line) {
  Result<StatutesReading> r = ReadStatutes(doc, first_line, last_line);
  if (!r.ok()) return r.status();
  return std::move(r.value().read.body);
}

Result<StatutesReading> ReadStatutes(const DocText& doc, size_t first_line, size_t last_line) {
  const auto& lines = doc.lines();
  if (first_line >= last_line || last_line > lines.size())
    return Status(Code::kNotFound, "no statutes text");
  const std::string& f = doc.folded();
  const size_t base = lines[first_line].folded_begin;
  // Sentences wrap across lines: the patterns read the text with line breaks
  // as spaces (same offsets).
  std::string text = f.substr(base, lines[last_line - 1].folded_end - base);
  std::replace(text.begin(), text.end(), '\n', ' ');
  StatutesReading out;
  StatutesRead& read = out.read;
  BodyStatutes& b = read.body;
  // A clause matched at [mb, me) of `text`: its sentence, article and evidence.
  auto clause = [&](const std::string& key, const std::string& pointer, size_t mb, size_t me) {
    auto [sb, se] = SentenceAround(doc, first_line, last_line, base + mb, base + me);
    read.text[key] = Trimmed(RawSpan(doc, sb, se)) + ".";
    read.article[key] = ArticleOf(doc, first_line, doc.LineAtFolded(base + mb));
    out.evidence[pointer] = doc.EvidenceForFolded(sb, se);
  };
  auto offset = [&](re2::StringPiece p) { return static_cast<size_t>(p.data() - text.data()); };

  b.type = "other";
  static const RE2 kTitle(
      R"(statuts du (syndicat mixte ouvert|syndicat mixte ferme|syndicat mixte)\s+([^\n]+))");
  static const RE2 kDenomination(
      R"(denomination suivante\s*:\s*([^(.;:]{1,80}?)\s+et la marque\s*:\s*([^(.;:]{1,80}))");
  std::string kind, name;
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
      if (!name.empty()) out.evidence["/statutes/names/0"] = doc.EvidenceForLines(li, li + 1);
    }
  }
  if (kind == "syndicat mixte ouvert") b.type = "syndicat_mixte_ouvert";
  if (kind == "syndicat mixte ferme") b.type = "syndicat_mixte_ferme";
  if (!name.empty()) b.names.push_back(name);
  {
    re2::StringPiece g[3];
    if (kDenomination.Match(text, 0, text.size(), RE2::UNANCHORED, g, 3)) {
      for (int k : {1, 2}) {
        size_t off = base + offset(g[k]);
        std::string n = Trimmed(RawSpan(doc, off, off + g[k].size()));
        bool known = false;
        for (const std::string& m : b.names) known |= CompactKey(m) == CompactKey(n);
        if (n.empty() || known) continue;
        out.evidence["/statutes/names/" + std::to_string(b.names.size())] =
            doc.EvidenceForFolded(off, off + g[k].size());
        b.names.push_back(n);
      }
    }
  }
  if (b.names.empty()) return Status(Code::kNotFound, "statutes: no name of the body found");
  b.id = CompactKey(b.names.front());

  // Quorum.
  static const RE2 kQuorum(
      R"((le quorum est (?:fixe|atteint)[^.]*?(la moitie|le tiers|au tiers|la majorite|les deux tiers|aux deux tiers) des membres( en exercice)?( presents)?( ou representes)?))");
  re2::StringPiece q[6];
  if (!kQuorum.Match(text, 0, text.size(), RE2::UNANCHORED, q, 6))
    return Status(Code::kNotFound, "statutes of " + b.names.front() + ": no quorum sentence");
  const std::string frac(q[2]);
  if (frac == "la moitie") {
    b.quorum = {1, 2, false, true, ""};
  } else if (frac == "la majorite") {
    b.quorum = {1, 2, false, false, ""};
  } else if (frac == "le tiers" || frac == "au tiers") {
    b.quorum = {1, 3, false, true, ""};
  } else {
    b.quorum = {2, 3, false, true, ""};
  }
  b.quorum.present_or_represented = !q[5].empty();
  clause("quorum", "/statutes/quorum", offset(q[0]), offset(q[0]) + q[0].size());
  b.quorum.text = read.text["quorum"];
  static const RE2 kSecond(R"((aucun quorum n'est exige))");
  re2::StringPiece sm[2];
  if (kSecond.Match(text, 0, text.size(), RE2::UNANCHORED, sm, 2)) {
    b.second_meeting_without_quorum = true;
    clause("second_meeting", "/statutes/second_meeting_without_quorum", offset(sm[0]),
           offset(sm[0]) + sm[0].size());
  }

  // Proxies.
  static const RE2 kProxy(
      R"((aucun membre ne peut (?:recevoir|detenir|disposer de|etre porteur de) plus (?:d'|de )(une|un|deux|trois) (?:procuration|pouvoir|mandat)))");
  re2::StringPiece p[3];
  b.proxy_limit = 1;  // silent statutes: the CGCT's one proxy, not written as read
  if (kProxy.Match(text, 0, text.size(), RE2::UNANCHORED, p, 3) &&
      NumberWord(std::string(p[2])) > 0) {
    b.proxy_limit = NumberWord(std::string(p[2]));
    read.proxy_limit = b.proxy_limit;
    clause("proxies", "/statutes/proxy_limit", offset(p[0]), offset(p[0]) + p[0].size());
  }

  // Convocation.
  static const RE2 kConv(
      R"((convocation est (?:adressee|envoyee|faite) au moins ([a-z0-9-]+) jours( francs)?))");
  re2::StringPiece c[4];
  if (kConv.Match(text, 0, text.size(), RE2::UNANCHORED, c, 4) &&
      NumberWord(std::string(c[2])) > 0) {
    b.convocation.value = NumberWord(std::string(c[2]));
    b.convocation.jours_francs = !c[3].empty();
    clause("convocation", "/statutes/convocation", offset(c[0]), offset(c[0]) + c[0].size());
    b.convocation.legal_basis = b.Cited(read.article["convocation"]);
    read.convocation = b.convocation;
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
  std::string cur_ptr;
  std::string sub;  // "- Communications électroniques :" heading inside an annex
  for (size_t li = first_line; li < last_line; ++li) {
    std::string lf =
        f.substr(lines[li].folded_begin, lines[li].folded_end - lines[li].folded_begin);
    int num = 0;
    std::string title;
    if (RE2::FullMatch(lf, kAnnexe, &num, &title)) {
      std::string raw = RawLine(doc, li);
      cur_ptr = "/statutes/annexes/" + std::to_string(b.annexes.size());
      out.evidence[cur_ptr] = doc.EvidenceForLines(li, li + 1);
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
    out.evidence[cur_ptr + "/entries/" + std::to_string(cur->entries.size())] =
        doc.EvidenceForLines(li, li + 1);
    cur->entries.push_back(sub.empty() ? raw : sub + ": " + raw);
  }
  return out;
}

Stated ReadStated(std::string_view folded) {
  static const RE2 kSecond(
      R"((aucun quorum n'est exige|sans condition de quorum|quorum n'ayant pas ete atteint|faute de quorum|(seconde|deuxieme|nouvelle) (convocation|reunion|seance)[^.]{0,80}quorum))");
  Stated s;
  s.second_meeting = RE2::PartialMatch(folded, kSecond);
  static const RE2 kUrgency(R"((\burgence\b|\burgent\b))");
  s.urgency = RE2::PartialMatch(folded, kUrgency);
  static const RE2 kSenatorial(
      R"((\bdelegues?\b[^.]{0,80}\b(?:elections?|electeurs?)\s+senatoria|convocation\s+des\s+colleges\s+electoraux))");
  s.date_by_decree = RE2::PartialMatch(folded, kSenatorial);
  return s;
}

void ReadStatutesActs(const DocText& doc, std::vector<Act>* acts) {
  for (size_t i = 0; i < acts->size(); ++i) {
    Act& act = (*acts)[i];
    if (act.kind == "deliberation") {
      const auto& lines = doc.lines();
      if (act.first_line < act.last_line && act.last_line <= lines.size())
        act.stated = ReadStated(doc.folded().substr(
            lines[act.first_line].folded_begin,
            lines[act.last_line - 1].folded_end - lines[act.first_line].folded_begin));
      else
        act.stated = Stated{};
      continue;
    }
    if (act.kind != "statuts") continue;
    // The annexes follow the statutes as acts of their own ("Annexes aux statuts …").
    size_t last = act.last_line;
    for (size_t j = i + 1; j < acts->size() && (*acts)[j].kind == "annexe"; ++j)
      last = std::max(last, (*acts)[j].last_line);
    Result<StatutesReading> r = ReadStatutes(doc, act.first_line, last);
    if (!r.ok()) continue;  // no quorum sentence: nothing the checks could use
    act.statutes = std::move(r.value().read);
    for (auto& [pointer, ev] : r.value().evidence) act.evidence[pointer] = std::move(ev);
  }
}

}  // namespace delib
