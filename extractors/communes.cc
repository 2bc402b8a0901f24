#include "extractors/communes.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <set>

#include "extractors/extract.h"
#include "extractors/place_names.h"
#include "pipeline/base/fold.h"
#include "pipeline/reference/geography.h"
#include "pipeline/text/bullets.h"
#include "pipeline/text/lexicon.h"
#include "pipeline/text/matcher.h"
#include "pipeline/text/token_view.h"
#include "pipeline/text/tokens.h"
#include "pipeline/text/trust.h"

namespace delib {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Splits "a, b, c et d" (folded offsets [b, e)) into names.
void SplitEnumeration(const DocText& doc, size_t b, size_t e, const std::string& list,
                      std::vector<ListedName>* out) {
  const std::string& f = doc.folded();
  size_t start = b;
  auto emit = [&](size_t s, size_t t) {
    TrimAroundName(f, &s, &t);
    if (t - s < 2 || t - s > 60) return;
    ListedName n;
    n.folded_begin = s;
    n.folded_end = t;
    size_t rb = doc.RawOffset(s), re = doc.RawOffset(t);
    n.printed = doc.raw().substr(rb, re - rb);
    for (char& c : n.printed)
      if (c == '\n') c = ' ';
    n.list = list;
    out->push_back(std::move(n));
  };
  for (size_t i = b; i < e; ++i) {
    if (f[i] == ',') {
      emit(start, i);
      start = i + 1;
    } else if (f.compare(i, 4, " et ") == 0) {
      emit(start, i);
      start = i + 4;
      i += 3;
    }
  }
  emit(start, e);
}

// A list line opening with a bullet (pipeline/text/bullets.h): the item's
// folded span, or false. Given `misread`, it also takes what a scan leaves
// in a bullet's place, and says whether the bullet was such a reading: the
// caller then keeps the item only when it names a commune.
bool BulletItem(const std::string& f, size_t b, size_t e, size_t* nb, size_t* ne,
                bool* misread = nullptr) {
  const std::optional<Bullet> bullet =
      ReadBullet(std::string_view(f).substr(b, e - b), /*accept_misread=*/misread != nullptr);
  if (!bullet) return false;
  if (misread) *misread = bullet->misread;
  *nb = b + bullet->after;
  *ne = e;
  TrimAroundName(f, nb, ne);
  return *ne > *nb;
}

bool BlankLine(const std::string& f, size_t b, size_t e) {
  for (size_t i = b; i < e; ++i)
    if (!IsSpace(f[i])) return false;
  return true;
}

// A line that is a name and nothing else ("Vieux-Reng", "La Chapelle-d'Armentières"):
// up to 6 words, a capital first, no digits nor sentence punctuation.
bool NameOnlyLine(const DocText& doc, size_t b, size_t e, size_t* nb, size_t* ne) {
  const std::string& f = doc.folded();
  *nb = b;
  *ne = e;
  TrimAroundName(f, nb, ne);
  // A word of one or two characters not opening on a capital before the name
  // is a speck, and so are marks after it; a capital opens a word of the name
  // (Le Doulieu).
  size_t sp = f.find(' ', *nb);
  if (sp != std::string::npos && sp < *ne && sp - *nb <= 2 &&
      !std::isupper(static_cast<unsigned char>(doc.raw()[doc.RawOffset(*nb)])))
    *nb = sp;
  while (*ne > *nb) {
    size_t last = f.rfind(' ', *ne - 1);
    if (last == std::string::npos || last < *nb) break;
    bool letters = false;
    for (size_t k = last + 1; k < *ne; ++k)
      letters |= std::isalpha(static_cast<unsigned char>(f[k])) != 0;
    if (letters) break;
    *ne = last;
  }
  TrimAroundName(f, nb, ne);
  if (*ne <= *nb || *ne - *nb > 50) return false;
  re2::StringPiece s(f.data() + *nb, *ne - *nb);
  // A 0 or a 1 may stand for a letter (data/confusions.tsv): the matcher weighs it.
  static const RE2 kName(R"([a-z][a-z01' -]*)");
  if (!RE2::FullMatch(s, kName)) return false;
  int words = 1;
  for (char c : s)
    if (c == ' ') ++words;
  if (words > 6) return false;
  size_t rb = doc.RawOffset(*nb);
  char first = doc.raw()[rb];
  return (first >= 'A' && first <= 'Z') || static_cast<unsigned char>(first) >= 0xC3;
}

}  // namespace

std::vector<ListedName> FindCommuneLists(const DocText& doc, size_t first_line, size_t last_line) {
  std::vector<ListedName> out;
  const auto& lines = doc.lines();
  const std::string& f = doc.folded();
  if (first_line >= last_line || last_line > lines.size()) return out;
  // Headings are read on the blanked lines (DocText::blanked): specks may
  // stand before them.
  static const RE2 kArticle(R"(^\s*article\s+(\d+|premier|1er)\b)");
  static const RE2 kSuivantes(R"(communes suivantes)");
  static const RE2 kConditional(R"(condition)");
  static const RE2 kVu(
      R"(^\s*vu(?:\*\*)?[.,']?\s+les[.,']?\s+(deliberations|courriers|lettres|demandes)\b)");
  static const RE2 kAnnexe(R"(^\s*(?:\*\*)?annexe\s+(\d+)\b)");
  std::string article;  // current article number
  std::string annexe;   // current annex heading, until a non-list line
  for (size_t li = first_line; li < last_line; ++li) {
    const auto& L = lines[li];
    re2::StringPiece line(f.data() + L.folded_begin, L.folded_end - L.folded_begin);
    const std::string_view blanked_line = doc.BlankedLine(li);
    const re2::StringPiece blanked(blanked_line.data(), blanked_line.size());
    std::string num;
    if (RE2::PartialMatch(blanked, kArticle, &num)) {
      article = (num == "premier" || num == "1er") ? "1" : num;
      annexe.clear();
    }
    if (RE2::PartialMatch(line, kAnnexe, &num)) {
      annexe = num;
      continue;
    }
    std::string vu_kind;
    if (RE2::PartialMatch(blanked, kVu, &vu_kind)) {
      // The enumeration runs from "communes de" to "(" or ";" (may span lines).
      size_t from = L.folded_begin;
      size_t end_para = lines[li].folded_end;
      size_t lj = li;
      // It ends at ";", a blank line, a line of residue or the next clause: a scan's lines read
      // out of order must not run it into the rest of the page.
      static const RE2 kClause(R"(^\s*(?:vu|considerant|article|apres|sur proposition|decide)\b)");
      while (f.find_first_of(";", from) > end_para && lj + 1 < last_line) {
        const auto& next = lines[lj + 1];
        const std::string_view next_blanked = doc.BlankedLine(lj + 1);
        re2::StringPiece nl(next_blanked.data(), next_blanked.size());
        size_t k = next.folded_begin;
        while (k < next.folded_end && IsSpace(f[k])) ++k;
        // A speck before the name is no residue line.
        if (k + 2 < next.folded_end && IsSpeck(std::string_view(f).substr(k, 1)) &&
            IsSpace(f[k + 1]) && std::isalpha(static_cast<unsigned char>(f[k + 2])))
          k += 2;
        // A continuation opens on a name; specks alone do not.
        if (k == next.folded_end || !std::isalnum(static_cast<unsigned char>(f[k])) ||
            RE2::PartialMatch(nl, kClause))
          break;
        end_para = lines[++lj].folded_end;
      }
      // "communes de" may end a line: the names start on the next one.
      static const RE2 kCommunesDe(R"(\bcommunes\s+d(?:e\s+|'\s*))");
      re2::StringPiece para(f.data() + from, end_para - from);
      re2::StringPiece hit;
      if (kCommunesDe.Match(para, 0, para.size(), RE2::UNANCHORED, &hit, 1)) {
        size_t b = hit.data() + hit.size() - f.data();
        size_t e = b;
        // It ends at a semicolon or at an aside opening with ci-après, not
        // at a parenthesis between two items that the reading made of a
        // speck (ParenIsSpeck, tokens.h).
        auto ends_at = [&](size_t i) {
          if (f[i] == ';') return true;
          if (f[i] != '(') return false;
          size_t k = i + 1;
          while (k < end_para && IsSpace(f[k])) ++k;
          const bool after_item = i > b && (f[i - 1] == ' ' || f[i - 1] == ',');
          return !after_item || f.compare(k, 2, "ci") == 0 || !ParenIsSpeck(f, i, end_para);
        };
        while (e < end_para && !ends_at(e)) ++e;
        // Cut: the clause stops on a comma, its next names read elsewhere or
        // not at all. A list read in part is no list: the checks would
        // compare a fragment.
        size_t last = e;
        while (last > b && f[last - 1] != ',' &&
               !std::isalnum(static_cast<unsigned char>(f[last - 1])))
          --last;
        const bool cut = e == end_para && last > b && f[last - 1] == ',';
        std::string list = (vu_kind == "deliberations") ? "vu deliberations" : "vu courriers";
        if (!cut) SplitEnumeration(doc, b, e, list, &out);
      }
      li = lj;
      continue;
    }
    if (RE2::PartialMatch(line, kSuivantes)) {
      std::string list = article.empty() ? "list" : "article " + article;
      if (RE2::PartialMatch(line, kConditional)) list += " conditional";
      // Bullets follow, across blank lines and page breaks, until a line that is not a bullet.
      // The sentence announcing them may run on a few more lines first ("… des
      // communes suivantes au Syndicat mixte\nau titre de la compétence … :").
      size_t lj = li + 1;
      size_t nb, ne;
      bool found = false;
      for (int run_on = 0; run_on < 4 && lj < last_line &&
                           !BulletItem(f, lines[lj].folded_begin, lines[lj].folded_end, &nb, &ne);
           ++run_on) {
        re2::StringPiece prev(f.data() + lines[lj - 1].folded_begin,
                              lines[lj - 1].folded_end - lines[lj - 1].folded_begin);
        if (RE2::PartialMatch(prev, R"([:.]\s*\**\s*$)")) break;  // the sentence has ended
        ++lj;
      }
      auto ends_sentence = [&](size_t l) {
        re2::StringPiece t(f.data() + lines[l].folded_begin,
                           lines[l].folded_end - lines[l].folded_begin);
        return RE2::PartialMatch(t, R"([:.]\s*[*|]*\s*$)");
      };
      // A scan's reading may set a bullet before the end of the announcing
      // sentence, whose end then follows the item.
      bool open_sentence = !ends_sentence(lj - 1);
      for (; lj < last_line; ++lj) {
        bool loose = false;
        if (BlankLine(f, lines[lj].folded_begin, lines[lj].folded_end)) continue;
        if (found && SpeckLine(std::string_view(f).substr(
                         lines[lj].folded_begin, lines[lj].folded_end - lines[lj].folded_begin)))
          continue;
        if (open_sentence && found && ends_sentence(lj) &&
            !BulletItem(f, lines[lj].folded_begin, lines[lj].folded_end, &nb, &ne)) {
          open_sentence = false;
          continue;
        }
        // Or a bullet before the sentence's own end, no item yet.
        if (open_sentence && !found &&
            RE2::PartialMatch(re2::StringPiece(f.data() + lines[lj].folded_begin,
                                               lines[lj].folded_end - lines[lj].folded_begin),
                              R"(:\s*\|?\s*$)")) {
          open_sentence = false;
          continue;
        }
        bool misread = false;
        if (!BulletItem(f, lines[lj].folded_begin, lines[lj].folded_end, &nb, &ne, &misread)) {
          // OCR drops a dash now and then: inside a list already begun, a line
          // that is only a name is an item (kept if it matches a commune).
          if (!found || !NameOnlyLine(doc, lines[lj].folded_begin, lines[lj].folded_end, &nb, &ne))
            break;
          loose = true;
        } else if (misread) {
          // A dash misread: the rest must be a name only, kept if it matches.
          size_t b2 = nb, e2 = ne;
          if (!NameOnlyLine(doc, b2, e2, &nb, &ne)) break;
          loose = true;
        }
        // An article after a speck taken for a dash: the list has ended.
        if (RE2::PartialMatch(re2::StringPiece(f.data() + nb, ne - nb), R"(^article\s+\d)")) break;
        ListedName n;
        n.folded_begin = nb;
        n.folded_end = ne;
        size_t rb = doc.RawOffset(nb), re = doc.RawOffset(ne);
        n.printed = doc.raw().substr(rb, re - rb);
        n.list = list;
        n.loose = loose;
        out.push_back(std::move(n));
        found = true;
      }
      if (found) li = lj - 1;
      continue;
    }
    if (!annexe.empty()) {
      size_t nb, ne;
      if (BulletItem(f, L.folded_begin, L.folded_end, &nb, &ne)) {
        ListedName n;
        n.folded_begin = nb;
        n.folded_end = ne;
        size_t rb = doc.RawOffset(nb), re = doc.RawOffset(ne);
        n.printed = doc.raw().substr(rb, re - rb);
        n.list = "annexe " + annexe;
        out.push_back(std::move(n));
      }
    }
  }
  return out;
}

namespace {

void ExtractListedCommunes(const DocText& doc, const ExtractContext& ctx, Act* act) {
  std::vector<ListedName> names = FindCommuneLists(doc, act->first_line, act->last_line);
  if (names.empty()) return;
  // Département hint: "Département du Nord" in the act's header (its first
  // lines), else the majority département of the names that match exactly.
  std::string dep;
  if (ctx.geo) {
    static const RE2 kDepartement(R"(departement (?:du|de la|de l'|des|de|d') ?([a-z' -]+?)\s*$)");
    const auto& lines = doc.lines();
    for (size_t li = act->first_line;
         li < std::min(act->last_line, act->first_line + 12) && dep.empty(); ++li) {
      std::string line = doc.folded().substr(lines[li].folded_begin,
                                             lines[li].folded_end - lines[li].folded_begin);
      std::string name;
      if (RE2::PartialMatch(line, kDepartement, &name)) dep = ctx.geo->DepartementCode(name);
    }
  }
  if (ctx.geo && dep.empty()) {
    std::map<std::string, int> count;
    for (const ListedName& n : names) {
      CommuneMatch m = ctx.geo->Match(n.printed);
      if (m.commune && (m.match == "exact" || m.match == "accent")) ++count[m.commune->departement];
    }
    int best = 0;
    for (const auto& [d, k] : count)
      if (k > best) dep = d, best = k;
  }
  const size_t first = act->communes.size();
  std::set<std::string> cited;  // names read as items of their own, not loose lines
  for (const ListedName& n : names)
    if (!n.loose) cited.insert(Fold(n.printed));
  std::vector<std::string> deps;  // each kept name's département, "" when none matched
  // A reading of a name that is a commune's own, spelled right but for accents.
  auto names_commune = [&](const std::string& printed, Trust trust) {
    CommuneMatch m = ctx.geo->Match(printed, dep, trust);
    return m.commune && m.level <= MatchLevel::kAccent;
  };
  for (ListedName n : names) {
    const Trust trust = TrustOf(doc.EvidenceForFolded(n.folded_begin, n.folded_end).confidence);
    // A speck read as a last word (WithoutTrailingSpeck, tokens.h), when the
    // name reads without it exactly.
    if (ctx.geo && !ctx.geo->Match(n.printed, dep, trust).commune) {
      const std::string head(WithoutTrailingSpeck(n.printed));
      if (!head.empty() && names_commune(head, trust)) {
        const std::string& f = doc.folded();
        size_t e = n.folded_end;
        while (e > n.folded_begin && f[e - 1] != ' ') --e;
        while (e > n.folded_begin && f[e - 1] == ' ') --e;
        n.folded_end = e;
        n.printed = head;
      }
    }
    CommuneRef ref;
    ref.printed = n.printed;
    ref.list = n.list;
    std::string ref_dep;
    if (ctx.geo) {
      // A former commune named in full (a commune déléguée) rather than a
      // commune a letter away.
      CommuneMatch m = ctx.geo->MatchPlace(n.printed, dep, trust);
      if (m.commune) {
        ref.insee = m.commune->code;
        ref.name = m.commune->name;
        ref.match = m.match;
        ref_dep = m.commune->departement;
      }
    }
    // Annex lists mix communes with other members (Région, EPCI): keep only
    // communes. A list line without its bullet is kept only if it matches.
    if (n.list.rfind("annexe", 0) == 0 && ref.match != "exact" && ref.match != "accent") continue;
    // Or if another list prints it, bullet and all: an unknown name the act cites.
    if (n.loose && !ref.insee && !cited.count(Fold(n.printed))) continue;
    act->evidence["/communes/" + std::to_string(act->communes.size())] =
        doc.EvidenceForFolded(n.folded_begin, n.folded_end);
    act->communes.push_back(std::move(ref));
    deps.push_back(ref_dep);
  }
  // A name that is a commune of another département, one letter from a
  // commune of the act's own that the act names elsewhere ("Ledinghem" (62)
  // approved, "Ledringhem" (59) cited by a syndicat of the Nord): that one,
  // misspelled, not a stranger to the lists.
  if (dep.empty()) return;
  for (size_t i = first; i < act->communes.size(); ++i) {
    CommuneRef& c = act->communes[i];
    if (!c.insee || deps[i - first] == dep || !c.list || c.list->rfind("annexe", 0) == 0) continue;
    for (size_t j = first; j < act->communes.size(); ++j) {
      const CommuneRef& o = act->communes[j];
      if (j == i || !o.insee || deps[j - first] != dep || o.match != "exact" || o.list == c.list)
        continue;
      const double d =
          WeightedDistance(Fold(c.printed), Fold(*o.name), ConfusionScope::kLetters, 1);
      if (d == 0 || d > 1) continue;
      c.insee = o.insee;
      c.name = o.name;
      c.match = "fuzzy";
      break;
    }
  }
}

// Records a commune a sentence names (list "mention"), with its evidence.
void AddMention(const Evidence& ev, const CommuneMatch& m, Act* act) {
  CommuneRef ref;
  ref.printed = ev.text;
  ref.insee = m.commune->code;
  ref.name = m.commune->name;
  ref.match = m.match;
  ref.list = "mention";
  act->evidence["/communes/" + std::to_string(act->communes.size())] = ev;
  act->communes.push_back(std::move(ref));
}

// A longer proper name that only begins with a commune's ("Communauté de
// Communes de Loches Sud Touraine"): the word after the name, past spaces,
// printed with a capital.
bool LongerProperName(const DocText& doc, size_t name_end, size_t line_end) {
  const std::string& f = doc.folded();
  size_t nb = name_end;
  while (nb < line_end && f[nb] == ' ') ++nb;
  if (nb == name_end || nb >= line_end) return false;
  const std::string next = doc.raw().substr(doc.RawOffset(nb), 1);
  return !next.empty() && std::isupper(static_cast<unsigned char>(next[0]));
}

// A commune named in the act's sentences after a lead ("la commune de
// Cuise-la-Motte", "les communes de Tulette, Bouchet et Rochegude", "Ville de
// Montpellier"), when the geography knows the name as printed (exact or but
// for accents, in the body's département when known). A line that is only
// the lead and the name is a letterhead, not a mention; so is a signature
// ("Fait à ...", which has no lead here).
void ReadMentions(const DocText& doc, const ExtractContext& ctx, Act* act) {
  if (!ctx.geo) return;
  // "la commune déléguée de", "commune historique de": a former commune.
  static const RE2 kLead(
      R"(\b(?:communes?(?:\s+(?:deleguee|historique|associee)s?)?|villes?)\s+(?:de\s+|d'|du\s+))");
  std::string dep;
  if (act->body.insee)
    if (const Commune* body = ctx.geo->ByCode(*act->body.insee)) dep = body->departement;
  const std::string& f = doc.folded();
  std::set<std::string> have;
  for (const CommuneRef& c : act->communes) have.insert(c.printed);
  for (size_t li = act->first_line; li < act->last_line && li < doc.lines().size(); ++li) {
    const DocText::LineRef& l = doc.lines()[li];
    re2::StringPiece text(f.data() + l.folded_begin, l.folded_end - l.folded_begin);
    re2::StringPiece m;
    size_t pos = 0;
    while (pos < text.size() && kLead.Match(text, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
      const size_t lead_b = l.folded_begin + (m.data() - text.data());
      size_t start = lead_b + m.size();
      pos = start - l.folded_begin;
      // The names of an enumeration after a plural lead: "A, B et C".
      for (;;) {
        std::vector<size_t> ends = PlaceNameEnds(doc, start, l.folded_end);
        size_t found = 0;
        CommuneMatch match;
        for (auto e = ends.rbegin(); e != ends.rend() && !found; ++e) {
          if (LongerProperName(doc, *e, l.folded_end)) break;
          const Evidence ev = doc.EvidenceForFolded(start, *e);
          CommuneMatch cm = ctx.geo->MatchPlace(ev.text, dep, TrustOf(ev.confidence));
          if (cm.commune && cm.level <= MatchLevel::kAccent) {
            found = *e;
            match = cm;
          }
        }
        if (!found) break;
        const bool letterhead =
            SpecksOnly(std::string_view(f).substr(l.folded_begin, lead_b - l.folded_begin)) &&
            SpecksOnly(std::string_view(f).substr(found, l.folded_end - found));
        const Evidence ev = doc.EvidenceForFolded(start, found);
        if (!letterhead && have.insert(ev.text).second) {
          AddMention(ev, match, act);
        }
        pos = found - l.folded_begin;
        // Another name of the enumeration, or the end of it.
        size_t next = found;
        if (f.compare(next, 2, ", ") == 0) {
          next += 2;
        } else if (f.compare(next, 4, " et ") == 0) {
          next += 4;
        } else {
          break;
        }
        start = next;
      }
    }
  }
}

// A commune named as a place in the act's sentences: after "à", "de" or a
// postal code ("situé à Attichy", "le lac de RABODANGES", "60350 ATTICHY"),
// printed with a capital, when the geography knows the name exactly (or but
// for accents) in the body's own département; without that département,
// nothing (a capitalised word after "de" is too often no place). A
// signature ("Fait à Rots, le ...", "Rots, le ...") and a letterhead are no
// mention.
void ReadPlaceMentions(const DocText& doc, const ExtractContext& ctx, Act* act) {
  if (!ctx.geo || !act->body.insee) return;
  const Commune* body = ctx.geo->ByCode(*act->body.insee);
  if (!body) return;
  const std::string dep = body->departement;
  static const RE2 kLead(R"((?:\b(?:a|de)\s+|\bd'\s*|\b\d{5}\s+))");
  static const RE2 kSignature(R"(^[^a-z]*(?:fait\s+)?(?:a\s+)?[a-z][a-z' -]{1,40},\s*le\b)");
  static const RE2 kDated(R"(^\s*,?\s*le\s+\d)");
  const std::string& f = doc.folded();
  std::set<std::string> have;
  for (const CommuneRef& c : act->communes) have.insert(Fold(c.printed));
  for (size_t li = act->first_line; li < act->last_line && li < doc.lines().size(); ++li) {
    const DocText::LineRef& l = doc.lines()[li];
    re2::StringPiece text(f.data() + l.folded_begin, l.folded_end - l.folded_begin);
    if (RE2::PartialMatch(text, kSignature)) continue;
    re2::StringPiece m;
    size_t pos = 0;
    while (pos < text.size() && kLead.Match(text, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
      const size_t start = l.folded_begin + (m.data() - text.data()) + m.size();
      pos = start - l.folded_begin;
      if (start >= l.folded_end) break;
      // Printed with a capital: a place, not a word.
      const std::string first = doc.raw().substr(doc.RawOffset(start), 1);
      if (first.empty() || !std::isupper(static_cast<unsigned char>(first[0]))) continue;
      // After an area's or a body's noun, the name is the area's ("la
      // région de Trun").
      {
        size_t wb = m.data() - f.data(), we = wb;
        while (wb > l.folded_begin && f[wb - 1] == ' ') --wb;
        we = wb;
        while (wb > l.folded_begin && std::isalpha(static_cast<unsigned char>(f[wb - 1]))) --wb;
        if (we > wb && InClass(std::string_view(f).substr(wb, we - wb), WordClass::kAreaNoun))
          continue;
      }
      std::vector<size_t> ends = PlaceNameEnds(doc, start, l.folded_end);
      for (auto e = ends.rbegin(); e != ends.rend(); ++e) {
        const Evidence ev = doc.EvidenceForFolded(start, *e);
        CommuneMatch cm = ctx.geo->MatchPlace(ev.text, dep, TrustOf(ev.confidence));
        if (!cm.commune || cm.level > MatchLevel::kAccent || cm.commune->departement != dep)
          continue;
        re2::StringPiece after(f.data() + *e, l.folded_end - *e);
        if (LongerProperName(doc, *e, l.folded_end)) break;
        const bool letterhead =
            SpecksOnly(std::string_view(f).substr(l.folded_begin, start - l.folded_begin)) &&
            SpecksOnly(std::string_view(f).substr(*e, l.folded_end - *e));
        if (!letterhead && !RE2::PartialMatch(after, kDated) && have.insert(Fold(ev.text)).second) {
          AddMention(ev, cm, act);
        }
        pos = *e - l.folded_begin;
        break;
      }
    }
  }
}

}  // namespace

void ExtractCommunes(const DocText& doc, const ExtractContext& ctx, Act* act) {
  ExtractListedCommunes(doc, ctx, act);
  ReadMentions(doc, ctx, act);
  ReadPlaceMentions(doc, ctx, act);
}

}  // namespace delib
