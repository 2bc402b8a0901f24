#include "extractors/communes.h"

#include <re2/re2.h>

#include <algorithm>
#include <map>

#include "checks/geography.h"
#include "extractors/extract.h"

namespace delib {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Trims [b, e) of folded text of spaces and list punctuation.
void Trim(const std::string& f, size_t* b, size_t* e) {
  while (*b < *e && (IsSpace(f[*b]) || f[*b] == ',' || f[*b] == ';')) ++*b;
  while (*e > *b &&
         (IsSpace(f[*e - 1]) || f[*e - 1] == ',' || f[*e - 1] == ';' || f[*e - 1] == '.'))
    --*e;
}

// Splits "a, b, c et d" (folded offsets [b, e)) into names.
void SplitEnumeration(const DocText& doc, size_t b, size_t e, const std::string& list,
                      std::vector<ListedName>* out) {
  const std::string& f = doc.folded();
  size_t start = b;
  auto emit = [&](size_t s, size_t t) {
    Trim(f, &s, &t);
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

// "- Name" / "• Name" / "* Name": the name's folded span, or false.
bool BulletItem(const std::string& f, size_t b, size_t e, size_t* nb, size_t* ne) {
  size_t i = b;
  while (i < e && IsSpace(f[i])) ++i;
  if (i >= e) return false;
  if (f[i] == '-' || f[i] == '*') {
    ++i;
  } else if (f.compare(i, 3, "\xE2\x80\xA2") == 0) {  // bullet kept by Fold
    i += 3;
  } else {
    return false;
  }
  *nb = i;
  *ne = e;
  Trim(f, nb, ne);
  return *ne > *nb;
}

}  // namespace

std::vector<ListedName> FindCommuneLists(const DocText& doc, size_t first_line, size_t last_line) {
  std::vector<ListedName> out;
  const auto& lines = doc.lines();
  const std::string& f = doc.folded();
  if (first_line >= last_line || last_line > lines.size()) return out;
  static const RE2 kArticle(R"(^\s*(?:\*\*)?article\s+(\d+|premier|1er)\b)");
  static const RE2 kSuivantes(R"(communes suivantes)");
  static const RE2 kConditional(R"(condition)");
  static const RE2 kVu(
      R"(^\s*(?:\*\*)?vu(?:\*\*)?\s+les\s+(deliberations|courriers|lettres|demandes)\b)");
  static const RE2 kAnnexe(R"(^\s*(?:\*\*)?annexe\s+(\d+)\b)");
  std::string article;  // current article number
  std::string annexe;   // current annex heading, until a non-list line
  for (size_t li = first_line; li < last_line; ++li) {
    const auto& L = lines[li];
    re2::StringPiece line(f.data() + L.folded_begin, L.folded_end - L.folded_begin);
    std::string num;
    if (RE2::PartialMatch(line, kArticle, &num)) {
      article = (num == "premier" || num == "1er") ? "1" : num;
      annexe.clear();
    }
    if (RE2::PartialMatch(line, kAnnexe, &num)) {
      annexe = num;
      continue;
    }
    std::string vu_kind;
    if (RE2::PartialMatch(line, kVu, &vu_kind)) {
      // The enumeration runs from "communes de" to "(" or ";" (may span lines).
      size_t from = L.folded_begin;
      size_t end_para = lines[li].folded_end;
      size_t lj = li;
      while (f.find_first_of(";", from) > end_para && lj + 1 < last_line)
        end_para = lines[++lj].folded_end;
      std::string para = f.substr(from, end_para - from);
      size_t at = para.find("communes de ");
      size_t at2 = para.find("communes d'");
      if (at == std::string::npos || (at2 != std::string::npos && at2 < at)) at = at2;
      if (at != std::string::npos) {
        size_t b = from + at + (f.compare(from + at, 12, "communes de ") == 0 ? 12 : 11);
        size_t e = b;
        while (e < end_para && f[e] != '(' && f[e] != ';') ++e;
        std::string list = (vu_kind == "deliberations") ? "vu deliberations" : "vu courriers";
        SplitEnumeration(doc, b, e, list, &out);
      }
      li = lj;
      continue;
    }
    if (RE2::PartialMatch(line, kSuivantes)) {
      std::string list = article.empty() ? "list" : "article " + article;
      if (RE2::PartialMatch(line, kConditional)) list += " conditional";
      // Bullets follow, across blank lines and page breaks, until a line that is not a bullet.
      size_t lj = li + 1;
      for (; lj < last_line; ++lj) {
        size_t nb, ne;
        if (!BulletItem(f, lines[lj].folded_begin, lines[lj].folded_end, &nb, &ne)) break;
        ListedName n;
        n.folded_begin = nb;
        n.folded_end = ne;
        size_t rb = doc.RawOffset(nb), re = doc.RawOffset(ne);
        n.printed = doc.raw().substr(rb, re - rb);
        n.list = list;
        out.push_back(std::move(n));
      }
      li = lj - 1;
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

void ExtractCommunes(const DocText& doc, const ExtractContext& ctx, Act* act) {
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
  for (const ListedName& n : names) {
    CommuneRef ref;
    ref.printed = n.printed;
    ref.list = n.list;
    if (ctx.geo) {
      CommuneMatch m = ctx.geo->Match(n.printed, dep);
      if (m.commune) {
        ref.insee = m.commune->code;
        ref.name = m.commune->name;
        ref.match = m.match;
      }
    }
    // Annex lists mix communes with other members (Région, EPCI): keep only communes.
    if (n.list.rfind("annexe", 0) == 0 && ref.match != "exact" && ref.match != "accent") continue;
    act->evidence["/communes/" + std::to_string(act->communes.size())] =
        doc.EvidenceForFolded(n.folded_begin, n.folded_end);
    act->communes.push_back(std::move(ref));
  }
}

}  // namespace delib
