#include "extractors/attendance.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <string>
#include <vector>

#include "extractors/attendance_internal.h"
#include "extractors/extract.h"
#include "extractors/names.h"
#include "pipeline/base/fold.h"
#include "pipeline/text/lexicon.h"
#include "pipeline/text/token_view.h"
#include "pipeline/text/tokens.h"
#include "pipeline/text/trust.h"

namespace delib {
namespace attendance_detail {

// A line that continues a list: only names, proxies and role words.
bool IsListLine(const DocText& doc, size_t li, bool bare_a) {
  const DocText::LineRef& ref = doc.lines()[li];
  std::vector<Span> items = SplitItems(doc, ref.folded_begin, ref.folded_end);
  // A line stays in the list while names are most of its items: one damaged
  // name does not end it.
  int names = 0, others = 0;
  for (size_t k = 0; k < items.size(); ++k) {
    Span s = items[k];
    // A name cut by the line's end ("..., Mme Fatima\nAIT-CHIKHEBBIH, ...")
    // is read whole with the next line: its first half is no stranger here.
    // So is a proxy whose holder is cut after the given name ("Mme Corinne
    // DELCOURT à Mme Zohra\nDELATTRE, ...").
    if (k + 1 == items.size() && k > 0 &&
        (!HoldsSurname(doc, s.b, s.e) || EndsWaiting(doc, s.b, s.e) ||
         ReadItem(doc, s, bare_a).kind == ItemKind::kOther)) {
      size_t t = s.e;
      while (t < ref.folded_end && IsBlank(doc.folded()[t])) ++t;
      if (t == ref.folded_end) continue;
    }
    Item it = ReadItem(doc, s, bare_a);
    // A line that is one proxy, its holder cut after the given name at the
    // line's end ("Serge DE WITTE ayant donné procuration à Gérard\nVANDENBERGHE").
    if (items.size() == 1 && it.kind == ItemKind::kOther) {
      ProxyParse p;
      if (ParseProxy(doc, s, bare_a, &p) && p.from.e > p.from.b &&
          PlausibleName(ItemName(doc, p.from)) && !HoldsSurname(doc, p.to.b, p.to.e)) {
        ++names;
        continue;
      }
    }
    // An item without a letter is neither a name nor a stranger.
    if (it.kind == ItemKind::kOther && !ContainsLetter(RawText(doc, s.b, s.e))) continue;
    if (k == 0 && it.kind == ItemKind::kOther && EndsItemOfLineAbove(doc, s)) {
      ++names;  // "à H GUISLAIN": the holder of a proxy begun on the line above
      continue;
    }
    if (it.kind == ItemKind::kName || it.kind == ItemKind::kProxy ||
        it.kind == ItemKind::kProxyTail || (bare_a && LostProxy(doc, s)))
      ++names;
    else if (it.kind != ItemKind::kRole)
      ++others;
  }
  return names > 0 && others * 3 <= names;
}

// A line of role words only ("Maire,", "Adjoints au Maire,") inside a list
// that goes on: the list has not ended with a period on the line above.
bool IsRoleLine(const DocText& doc, size_t li) {
  const DocText::LineRef& ref = doc.lines()[li];
  std::vector<Span> items = SplitItems(doc, ref.folded_begin, ref.folded_end);
  if (items.empty()) return false;
  for (Span s : items) {
    std::string folded = doc.folded().substr(s.b, s.e - s.b);
    for (char& c : folded)
      if (c == '\n') c = ' ';
    if (!IsRoleOnly(folded)) return false;
  }
  if (li == 0) return false;
  const DocText::LineRef& prev = doc.lines()[li - 1];
  size_t t = prev.folded_end;
  while (t > prev.folded_begin && IsBlank(doc.folded()[t - 1])) --t;
  return t > prev.folded_begin && doc.folded()[t - 1] != '.';
}

std::vector<std::string>* ListFor(Section s, Attendance* at) {
  switch (s) {
    case Section::kPresent:
      return &at->present;
    case Section::kExcused:
      return &at->excused;
    case Section::kAbsent:
      return &at->absent;
    case Section::kNonVoting:
      return &at->non_voting;
    default:
      return nullptr;
  }
}

const char* ListKey(Section s) {
  switch (s) {
    case Section::kPresent:
      return "present";
    case Section::kExcused:
      return "excused";
    case Section::kAbsent:
      return "absent";
    case Section::kNonVoting:
      return "non_voting";
    case Section::kExcusedNonVoting:
      return "excused_non_voting";
    default:
      return "";
  }
}

void SetCount(Opt<int>* field, int value, const std::string& key, const Evidence& ev, Act* act) {
  if (field->has_value()) return;  // the first statement wins
  if (value >= 1000) return;       // a year or a sum, not a headcount
  *field = value;
  act->evidence[key] = ev;
}

void AddProxy(const std::string& from, const std::string& to, const Evidence& ev, Act* act) {
  Attendance& at = act->attendance;
  at.proxies.push_back({from, to});
  act->evidence["/attendance/proxies/" + std::to_string(at.proxies.size() - 1)] = ev;
}

void AddName(std::vector<std::string>* list, const char* key, const std::string& name,
             const Evidence& ev, Act* act) {
  list->push_back(name);
  act->evidence[std::string("/attendance/") + key + "/" + std::to_string(list->size() - 1)] = ev;
}

// A count stated with a heading: "17 Présents", "3 Absents ayant donné
// pouvoir" (a proxies count), "0 Excusés", "Pouvoirs : 2".
void SetSectionCount(const Heading& h, int n, const Evidence& ev, Act* act) {
  Attendance& at = act->attendance;
  const Section sec = h.rule->section;
  if (sec == Section::kProxies ||
      (h.rule->gives_proxy && (sec == Section::kAbsent || sec == Section::kExcused))) {
    SetCount(&at.proxies_count, n, "/attendance/proxies_count", ev, act);
  } else if (sec == Section::kPresent) {
    SetCount(&at.present_count, n, "/attendance/present_count", ev, act);
  } else if (sec == Section::kExcused) {
    SetCount(&at.excused_count, n, "/attendance/excused_count", ev, act);
  } else if (sec == Section::kAbsent) {
    SetCount(&at.absent_count, n, "/attendance/absent_count", ev, act);
  }
}

// An item that opens with a civility: a person, named or not.
bool OpensWithCivility(const DocText& doc, Span s) {
  const std::vector<Token> words = doc.TokensIn(s.b, s.e);
  if (words.empty()) return false;
  std::string_view w = doc.FoldedOf(words.front());
  while (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return IsCivility(w);
}

// "M. CAUWET" in a list written with initials ("D. ANNAERT - L. D'HALLUIN -
// M. CAUWET", no "Mme" anywhere): the M is an initial, not Monsieur. Kept,
// so that M. CAUWET and I. CAUWET stay two people.
std::string KeepInitialM(const DocText& doc, Span span, const std::string& name) {
  std::string raw = RawText(doc, span.b, span.e);
  size_t k = raw.find_first_not_of(" \t\n-");
  if (k == std::string::npos || raw.compare(k, 2, "M.") != 0 || name.empty() || name[0] == 'M')
    return name;
  return "M. " + name;
}

// Whether the act's lists name people by initial and surname, with no
// civility ("Y. HUTCHINSON - B. DESCAMPS"): then "M." is an initial.
bool InitialStyle(const DocText& doc, size_t first_line, size_t last_line) {
  static const RE2 kInitial(R"((?:^|[\s,-])[A-LN-Z]\.\s+[A-Z][A-Z'-]+)");
  // A civility opening a line or an item ("Mme X, Mme Y"); the designation
  // sentence in the middle of a line ("… de Madame X, Maire") is no list.
  static const RE2 kListCivility(R"((?:^|[:,-][ \t]*)(?:Mmes?|Madame|Mlle)\s)");
  int initials = 0;
  for (size_t li = first_line; li < last_line; ++li) {
    const DocText::LineRef& l = doc.lines()[li];
    const std::string raw = doc.raw().substr(l.raw_begin, l.raw_end - l.raw_begin);
    // "Madame Agnès BEN SAÏD a été désignée comme secrétaire" opens its line, but is no list.
    if (RE2::PartialMatch(raw, kListCivility) && raw.find("secr") == std::string::npos)
      return false;
    re2::StringPiece text(raw);
    while (RE2::FindAndConsume(&text, kInitial)) ++initials;
  }
  return initials >= 3;
}

// An item of a civility and one word: "M. JALON", its given name not yet
// read.
bool CivilityAndOneWord(const DocText& doc, Span s) {
  const std::vector<Token> t = doc.TokensIn(s.b, s.e);
  if (t.size() != 2) return false;
  const TokenShape sh = ShapeOf(doc.RawOf(t[1]));
  return sh.letters >= 2 && sh.lower == 0;
}

// An item that opens with a word shaped like a given name: "Benjamin".
bool OpensWithGivenName(const DocText& doc, Span s) {
  const std::vector<Token> t = doc.TokensIn(s.b, s.e);
  if (t.empty()) return false;
  const TokenShape sh = ShapeOf(doc.RawOf(t[0]));
  return sh.first_upper && sh.lower > 0 && sh.letters >= 3 && sh.digits == 0;
}

// A list whose items open with a civility ("M. JALON", "Mme PÉROT
// Dorothée") wraps inside a name when a line break, not a separator, is all
// that parts an item from the next and the next opens with none: "M. JALON"
// then "Benjamin Délégué" on the next line are one member.
std::vector<Span> JoinWrappedNames(const DocText& doc, std::vector<Span> items) {
  if (items.size() < 3) return items;
  size_t civil = 0;
  for (const Span& s : items) civil += OpensWithCivility(doc, s);
  if (civil * 3 < items.size() * 2) return items;
  const std::string& f = doc.folded();
  std::vector<Span> out;
  for (const Span& s : items) {
    if (!out.empty() && !OpensWithCivility(doc, s) && OpensWithCivility(doc, out.back()) &&
        CivilityAndOneWord(doc, out.back()) && OpensWithGivenName(doc, s)) {
      const std::string_view between(f.data() + out.back().e, s.b - out.back().e);
      if (between.find('\n') != std::string_view::npos &&
          between.find_first_not_of(" \n") == std::string_view::npos) {
        out.back().e = s.e;
        continue;
      }
    }
    out.push_back(s);
  }
  return out;
}

// Whether the folded span [b, e) holds a colon: a label of its own.
bool ContainsColon(const DocText& doc, size_t b, size_t e) {
  return std::string_view(doc.folded().data() + b, e - b).find(':') != std::string_view::npos;
}

void ReadSection(const DocText& doc, const Heading& h, size_t content_b, size_t content_e,
                 bool initial_style, Act* act) {
  Attendance& at = act->attendance;
  const Section sec = h.rule->section;
  const bool bare_a = h.rule->gives_proxy;
  bool first = true;
  int extra_names = 0;
  Opt<std::string> last_name;  // for "Mme X, pouvoir à M. Y"
  size_t last_name_b = 0;
  // A list of names under a proxies heading ("Procurations : A, B") names
  // the givers whose holders the page does not name; in a list of pairs, a
  // name alone is no giver (a pair's fragment, a label's name run on).
  struct Giver {
    std::string name;
    Evidence ev;
  };
  std::vector<Giver> givers;
  bool pairs = false;
  for (Span s : JoinWrappedNames(doc, SplitItems(doc, content_b, content_e))) {
    Item it = ReadItem(doc, s, bare_a);
    pairs |= it.kind == ItemKind::kProxy || it.kind == ItemKind::kProxyTail;
    if (initial_style) {
      if (it.kind == ItemKind::kName) it.name = KeepInitialM(doc, s, it.name);
      if (it.kind == ItemKind::kProxy) it.name = KeepInitialM(doc, it.from_span, it.name);
      if (it.kind == ItemKind::kProxy || it.kind == ItemKind::kProxyTail)
        it.to = KeepInitialM(doc, it.to_span, it.to);
    }
    if (it.kind != ItemKind::kName && it.kind != ItemKind::kProxyTail) last_name.reset();
    if (it.kind == ItemKind::kNumber && first && !h.has_count) {
      // "Présents : 17"
      first = false;
      Evidence ev = doc.EvidenceForFolded(h.begin, s.e);
      SetSectionCount(h, it.number, ev, act);
      continue;
    }
    first = false;
    if (it.kind == ItemKind::kProxy) {
      AddProxy(it.name, it.to, doc.EvidenceForFolded(s.b, s.e), act);
      // The giver is listed under the heading's status, unless the heading is
      // "Présents" (a proxy written inside the present list means the giver
      // was not there, but not whether excused) or a bare "Pouvoirs".
      if (sec == Section::kExcused || sec == Section::kAbsent) {
        AddName(ListFor(sec, &at), ListKey(sec), it.name,
                doc.EvidenceForFolded(it.from_span.b, it.from_span.e), act);
      }
      continue;
    }
    if (it.kind == ItemKind::kProxyTail) {
      // "Mme X, pouvoir à M. Y": the giver is the name just before.
      if (last_name) {
        AddProxy(*last_name, it.to, doc.EvidenceForFolded(last_name_b, s.e), act);
      }
      continue;
    }
    // An item of the present list that is no name as read stands for the
    // members it shows (civility, runs of capitals or initials), unread.
    if (it.kind == ItemKind::kOther && sec == Section::kPresent)
      at.present.unread += OpensWithCivility(doc, s) ? 1 : MembersInGarble(doc, s);
    // A giver who opens with a civility and whose name the reading could not take.
    if (it.kind == ItemKind::kOther && sec == Section::kProxies && OpensWithCivility(doc, s) &&
        !(bare_a && LostProxy(doc, s)))
      ++at.proxies.unread;
    if (it.kind == ItemKind::kOther && bare_a && LostProxy(doc, s)) {
      // One pair per "à": a lost comma runs two into one item ("Mme A à M. B
      // Mme C à Mme D").
      static const RE2 kA("\\sa\\s");
      re2::StringPiece text = Piece(doc.folded(), s.b, s.e);
      int pairs = 0;
      while (RE2::FindAndConsume(&text, kA)) ++pairs;
      at.proxies.unread += std::max(1, pairs);
    }
    if (it.kind != ItemKind::kName) continue;
    // Three letters alone, no given name nor initial, are no member (a
    // surname wrapped from the line above was joined to its item before).
    if (it.name.size() <= 3 && it.name.find(' ') == std::string::npos) continue;
    last_name = it.name;
    last_name_b = s.b;
    Evidence ev = doc.EvidenceForFolded(s.b, s.e);
    // The list's members: its names, or under a proxies heading the givers.
    auto add = [&](const std::string& name) {
      if (sec == Section::kProxies)
        givers.push_back({name, ev});
      else
        AddName(ListFor(sec, &at), ListKey(sec), name, ev, act);
    };
    if (sec == Section::kExcusedNonVoting) {
      act->evidence["/attendance/excused_non_voting/" + std::to_string(extra_names++)] = ev;
      continue;
    }
    // One item may hold two members whose separator was lost: two initials
    // and surnames ("A. DUPONT B. MARTIN"), a civility inside the item (it
    // opens the second), two "Prénom NOM", or a surname then an initial and
    // surname.
    static const RE2 kTwo(R"(^(\p{Lu}\.?\s+[^\p{Ll}]+?)\s+(\p{Lu}\.\s+\p{Lu}[^\p{Ll}]*)$)");
    static const RE2 kCivilityInside(
        R"(^(\p{Lu}\S*\s+\p{Lu}\S*(?:\s+\p{Lu}\S*)?)\s+(?:Mme|M\.|Mlle|Madame|Monsieur)\s+(\p{Lu}\S*\s+\p{Lu}.*)$)");
    static const RE2 kGivenTwice(R"(^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}{2,}[^\p{Ll}]*?)\s+)"
                                 R"((\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}{2,}[^\p{Ll}]*)$)");
    static const RE2 kSurnameThenInitial(
        R"(^(\p{Lu}{3,}[^\p{Ll}]*?)\s+(\p{Lu}\.\s+\p{Lu}{2,}[^\p{Ll}]*)$)");
    // Two initials-and-surname in title case: "JF Orsatelli J. Orsatelli".
    static const RE2 kInitialsTwice(
        R"(^(\p{Lu}{1,3}\.?\s+\p{Lu}\p{Ll}+)\s+(\p{Lu}{1,3}\.\s*\p{Lu}\p{Ll}+)$)");
    std::string first_name, second_name;
    if (RE2::FullMatch(it.name, kTwo, &first_name, &second_name) ||
        RE2::FullMatch(it.name, kSurnameThenInitial, &first_name, &second_name) ||
        RE2::FullMatch(it.name, kCivilityInside, &first_name, &second_name) ||
        RE2::FullMatch(it.name, kGivenTwice, &first_name, &second_name) ||
        RE2::FullMatch(it.name, kInitialsTwice, &first_name, &second_name)) {
      add(first_name);
      add(second_name);
      continue;
    }
    add(WithoutFunction(it.name));
  }
  // A name the present list holds gives no proxy: it is a holder or a name
  // run on from elsewhere.
  if (!pairs)
    for (const Giver& g : givers)
      if (FindPerson(g.name, at.present) < 0) AddProxy(g.name, "", g.ev, act);
  if (h.has_count) {
    Evidence ev = doc.EvidenceForFolded(h.count_b, h.end);
    SetSectionCount(h, h.count, ev, act);
  } else {
    // The list's count in brackets after its last name: "Étaient présents :
    // M. A, ..., Mme Z (25)".
    static const RE2 kClosingCount(R"(\(\s*(\d{1,3})\s*\)[\s.;]*$)");
    re2::StringPiece text = Piece(doc.folded(), content_b, content_e), n;
    int count = 0;
    if (RE2::PartialMatch(text, kClosingCount, &n) &&
        ParseInt(std::string_view(n.data(), n.size()), &count)) {
      const size_t nb = n.data() - doc.folded().data();
      SetSectionCount(h, count, doc.EvidenceForFolded(nb - 1, nb + n.size() + 1), act);
    }
  }
}

// `grid`: the attendance was read from a grid. Then a heading word alone on
// its line, no colon after it, is one of the grid's column headers set on a
// line of its own, and the rows below it are the grid's, not a list.
void ReadProseLists(const DocText& doc, Act* act, bool grid) {
  const size_t first = act->first_line;
  const size_t last = std::min(act->last_line, doc.lines().size());
  const bool initial_style = last > first && InitialStyle(doc, first, last);
  std::vector<std::vector<Heading>> per_line(last > first ? last - first : 0);
  for (size_t li = first; li < last; ++li) {
    per_line[li - first] = HeadingsOnLine(doc, li);
    if (!grid) continue;
    auto& hs = per_line[li - first];
    hs.erase(std::remove_if(hs.begin(), hs.end(),
                            [&](const Heading& h) {
                              return doc.folded().find(':', h.begin) >= h.end &&
                                     doc.folded().find(';', h.begin) >= h.end;
                            }),
             hs.end());
  }
  for (size_t li = first; li < last; ++li) {
    const std::vector<Heading>& hs = per_line[li - first];
    for (size_t k = 0; k < hs.size(); ++k) {
      const Heading& h = hs[k];
      size_t content_b = h.end;
      size_t content_e;
      if (k + 1 < hs.size()) {
        content_e = hs[k + 1].begin;
      } else {
        // The list goes on over the following lines while they read as a list.
        size_t end_line = li + 1;
        const bool bare_a = h.rule->gives_proxy;
        auto lists_on = [&](size_t l) {
          return l < last && per_line[l - first].empty() && IsListLine(doc, l, bare_a);
        };
        // A line above that ends with a period closes the list when the
        // next line is a title in capitals ("… à Mme Véronique DELATTRE. :"
        // then "AIDE DÉPARTEMENTALE À L' INVESTISSEMENT …").
        auto title_after_period = [&](size_t l) {
          const std::string above(WithoutTrailingMarks(
              RawText(doc, doc.lines()[l - 1].folded_begin, doc.lines()[l - 1].folded_end)));
          if (above.empty() || above.back() != '.') return false;
          // A sentence's period, not an initial's ("… – C.\nTHIEFFRY").
          const std::vector<std::string> above_words = WordsOf(above);
          if (above_words.empty() || ShapeOf(above_words.back()).letters < 3) return false;
          const auto [first_token, last_token] = doc.TokensOfLine(l);
          int caps = 0;
          for (size_t k = first_token; k < last_token; ++k) {
            const std::string_view w = doc.RawOf(doc.tokens()[k]);
            const TokenShape sh = ShapeOf(w);
            // Lower case, or a separator between names: no title.
            if (sh.lower > 0 || w == "-" || w.find(',') != std::string::npos) return false;
            caps += sh.letters >= 3;
          }
          return caps >= 3;
        };
        while (end_line < last && per_line[end_line - first].empty()) {
          if (title_after_period(end_line)) break;
          if (IsListLine(doc, end_line, bare_a)) {
            ++end_line;
          } else if (IsRoleLine(doc, end_line) && lists_on(end_line + 1)) {
            end_line += 2;  // "Maire," between the lines of names
          } else {
            break;
          }
        }
        content_e = doc.lines()[end_line - 1].folded_end;
        // A list that wraps into a line where the next heading stands after
        // its last names ("(07 Procurations : A, B, C\nD, E et F) et 04
        // Absents : ..."): it runs to that heading, unless a period closed it.
        if (end_line < last && !per_line[end_line - first].empty()) {
          const Heading& next = per_line[end_line - first].front();
          const std::string above(WithoutTrailingMarks(
              RawText(doc, doc.lines()[end_line - 1].folded_begin, content_e)));
          const size_t line_b = doc.MarginEnd(end_line);
          // An initial's period ("JF Orsatelli J.") closes nothing.
          const std::vector<std::string> above_words = WordsOf(above);
          const bool closed = !above.empty() && above.back() == '.' && !above_words.empty() &&
                              ShapeOf(above_words.back()).letters >= 3;
          if (next.begin > line_b && !above.empty() && !closed &&
              !ContainsColon(doc, line_b, next.begin))
            content_e = next.begin;
        }
      }
      ReadSection(doc, h, content_b, content_e, initial_style, act);
    }
  }
}

// Members in office read by OCR as more than twice the council's seats are
// no figure of the document: unknown, not wrong (null). A text layer's figure
// stays, however odd (count.exceeds_in_office reports it). Unless the seats
// are the figure below what the page names (OCR seats fewer than the members
// listed lost a digit): then the seats are unknown and the members in office
// stay.
void DropMisreadInOffice(Act* act) {
  Attendance& at = act->attendance;
  if (!at.in_office || !at.seats || *at.in_office <= 2 * *at.seats + 1) return;
  const size_t named = at.present.size() + at.absent.size() + at.excused.size();
  auto seats_ev = act->evidence.find("/attendance/seats");
  if (named > static_cast<size_t>(*at.seats) && seats_ev != act->evidence.end() &&
      ReadByOcr(TrustOf(seats_ev->second.confidence))) {
    at.seats.reset();
    act->evidence.erase(seats_ev);
    return;
  }
  auto ev = act->evidence.find("/attendance/in_office");
  if (ev == act->evidence.end() || !ReadByOcr(TrustOf(ev->second.confidence))) return;
  at.in_office.reset();
  act->evidence.erase(ev);
}

}  // namespace attendance_detail

using namespace attendance_detail;

void ExtractAttendance(const DocText& doc, Act* act) {
  const size_t last = std::min(act->last_line, doc.lines().size());
  if (act->first_line >= last) return;
  // Grids found on the act's page images first; a grid read there is not read
  // again from its text.
  std::vector<int> pages = act->pages;
  if (pages.empty()) {
    for (size_t li = act->first_line; li < last; ++li) {
      int p = doc.lines()[li].page;
      if (pages.empty() || pages.back() != p) pages.push_back(p);
    }
  }
  bool grid = false;
  for (const PageText& p : doc.pages()) {
    if (std::find(pages.begin(), pages.end(), p.number) == pages.end()) continue;
    for (const Table& t : p.tables) grid |= AttendanceFromTable(t, p.number, p.mean_conf, act);
  }
  if (!grid) ReadTextGrid(doc, act);
  ReadProseLists(doc, act, grid);
  ReadCounts(doc, doc.lines()[act->first_line].folded_begin, doc.lines()[last - 1].folded_end, act);
  DropMisreadInOffice(act);
}

}  // namespace delib
