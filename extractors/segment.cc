// SegmentActs: where each act of a file starts and what kind it is.
//
// A file is read line by line. Heading lines (rules below) start acts:
// "Convention de partenariat ...", "Statuts du syndicat ...", "Annexes aux
// statuts ...", "RAPPORT N°18", "EXTRAIT DU REGISTRE DES DELIBERATIONS ...",
// "DELIBERATION DE LA COMMISSION PERMANENTE". Lines before the first heading
// form an act whose kind is read from its content (002 Hem prints its number,
// title and body before its "EXTRAIT DU REGISTRE" header: one act).
//
// A deliberation is "closed" once a closing formula was seen ("Adopté",
// "Ainsi délibéré", "Pour copie conforme"); before that no heading splits it
// (a title line "CONVENTION DE ..." is the deliberation's own). After it, a
// heading starts the next act, and so does an item start ("2024 - 17 :",
// "Objet :", "(N°2022-395)"): the next deliberation of the same session,
// whose shared header (the lines before the session's first item) is
// recorded in header_first_line/header_last_line.
//
// A heading of the rule that started the current act does not split it:
// running page headers repeat titles.
#include <re2/re2.h>

#include <algorithm>
#include <memory>
#include <string>

#include "extractors/act_headings.h"
#include "extractors/extract.h"
#include "extractors/rule_errors.h"
#include "pipeline/text/tokens.h"

namespace delib {
namespace {

// ---- Rules (data): patterns on one folded line ------------------------------

struct HeadingRule {
  const char* pattern;
  const char* kind;
};
constexpr HeadingRule kHeadings[] = {
    {R"(^[\s*#_|.:,']*convention\s+(?:de|d'|du|des|relative|pour|cadre|constitutive|financiere|d'objectifs)\b)",
     "convention"},
    {R"(^[\s*#_|.:,']*statuts\s+(?:du|de|des|d')\b)", "statuts"},
    {R"(^[\s*#_|.:,']*annexes?\s+(?:aux|au|a\s+la|des)\s+statuts\b)", "annexe"},
    {R"(^[\s*#_|.:,']*(?:cahier\s+des\s+)?conditions\s+(?:administratives|techniques|financieres)\b)",
     "annexe"},
    {R"(^[\s*#_|.:,']*rapport\s+(?:n[o°]\s*\d+|du\s+president|de\s+presentation)\b)", "rapport"},
    {R"(^[\s*#_|.:,']*extrait\s+du\s+(?:registre|proces[\s-]verbal)\s+des\s+deliberations)",
     "deliberation"},
    {R"(^[\s*#_|.:,']*deliberation\s+(?:de\s+la\s+commission|du\s+(?:conseil|comite|bureau)|n[o°]\s*\d|\d{4}))",
     "deliberation"},
};

// Formulas that close a deliberation.
constexpr const char* kClosing =
    R"(\badopte|ainsi\s+delibere|pour\s+(?:copie|extrait)\s+conforme|fait\s+et\s+delibere|certifie\s+executoire)";

// Lines that start one deliberation among several of a session.
constexpr const char* kItemStart =
    R"(^[\s*#_|.:,']*(?:\d{4}\s*[-/]\s*\d{1,4}\s*:|objet\s*:|\(?n[o°]\s*\d{4}\s*[-/]\s*\d+\)?\s*$|deliberation\s+n[o°]\s*\d))";

// Letterhead lines printed above a heading, which belong to the act below.
constexpr const char* kPreamble =
    R"(^[\s*#_|.:,']*(?:republique\s+francaise|departement\s+d|pole\b|direction\b|service\b|commune\s+d|ville\s+d|mairie\s+d|region\b|prefecture\b|arrondissement\b|canton\b))";

// A line holding only a deliberation's number ("DEL/2020/ST/023", "N° 2023-135",
// "2024 - 16"): above a title line, it makes the title the deliberation's own.
constexpr const char* kNumberLine =
    R"(^[\s*#_|.:,']*(?:deliberation\s+)?(?:n[o°]\s*)?(?:[a-z]{1,6}(?:\s*/\s*[a-z0-9]+){2,5}|\d{4}\s*[-/]\s*\d{1,4})[\s*_:|.]*$)";

// Content that makes a leading block a deliberation.
constexpr const char* kDeliberationContent =
    R"(extrait\s+du\s+registre|deliberation|seance\s+du|reunion\s+du|s'est\s+reuni)";

constexpr size_t kMaxHeadingLength = 220;
constexpr int kMaxPreambleLines = 6;

struct Rules {
  std::vector<std::unique_ptr<RE2>> headings;
  std::unique_ptr<RE2> closing, item_start, preamble, deliberation_content, number_line;
  std::string errors;  // RE2's own messages for patterns that do not compile
};

const Rules& GetRules() {
  static const Rules* rules = [] {
    auto* r = new Rules;
    for (const HeadingRule& h : kHeadings) r->headings.push_back(std::make_unique<RE2>(h.pattern));
    r->closing = std::make_unique<RE2>(kClosing);
    r->item_start = std::make_unique<RE2>(kItemStart);
    r->preamble = std::make_unique<RE2>(kPreamble);
    r->deliberation_content = std::make_unique<RE2>(kDeliberationContent);
    r->number_line = std::make_unique<RE2>(kNumberLine);
    std::vector<const RE2*> all = {r->closing.get(), r->item_start.get(), r->preamble.get(),
                                   r->deliberation_content.get(), r->number_line.get()};
    for (const auto& h : r->headings) all.push_back(h.get());
    for (const RE2* re : all) {
      if (!re->ok()) r->errors += re->pattern() + ": " + re->error() + "\n";
    }
    return r;
  }();
  return *rules;
}

re2::StringPiece LineText(const DocText& doc, size_t i) {
  const DocText::LineRef& l = doc.lines()[i];
  return re2::StringPiece(doc.folded().data() + l.folded_begin, l.folded_end - l.folded_begin);
}

// Index of the heading rule this line matches, or -1.
int HeadingOf(const DocText& doc, size_t i) {
  re2::StringPiece line = LineText(doc, i);
  if (line.size() > kMaxHeadingLength) return -1;
  // A sentence of the body ("Convention signée ...;") is not a heading.
  while (!line.empty() && (line[line.size() - 1] == ' ' || line[line.size() - 1] == '*'))
    line.remove_suffix(1);
  if (!line.empty() && line[line.size() - 1] == ';') return -1;
  // A heading opens with a capital: a line whose first letter is small goes
  // on with the sentence above ("... conclure avec ENEDIS une\nconvention de
  // mise à disposition ...").
  const DocText::LineRef& l = doc.lines()[i];
  TokenShape shape =
      ShapeOf(std::string_view(doc.raw()).substr(l.raw_begin, l.raw_end - l.raw_begin));
  if (shape.letters > 0 && !shape.first_upper) return -1;
  const Rules& r = GetRules();
  for (size_t k = 0; k < r.headings.size(); ++k) {
    if (RE2::PartialMatch(line, *r.headings[k])) return static_cast<int>(k);
  }
  return -1;
}

// Lines [b, e) hold a deliberation number and nothing else but blanks.
bool LeadingNumberOnly(const DocText& doc, size_t b, size_t e) {
  bool number = false;
  for (size_t i = b; i < e; ++i) {
    re2::StringPiece line = LineText(doc, i);
    bool blank = true;
    for (char c : line)
      if (c != ' ' && c != '*' && c != '_' && c != '#') blank = false;
    if (blank) continue;
    if (!RE2::PartialMatch(line, *GetRules().number_line)) return false;
    number = true;
  }
  return number;
}

// Line `i` is among the first lines of its page (under a running head or a
// stamp): where an annexed document starts.
bool StartsPage(const DocText& doc, size_t i) {
  constexpr size_t kTopLines = 4;
  const int page = doc.lines()[i].page;
  return i < kTopLines || doc.lines()[i - kTopLines].page != page;
}

void SetPages(const DocText& doc, Act* act) {
  act->pages.clear();
  for (size_t i = act->first_line; i < act->last_line; ++i) {
    int p = doc.lines()[i].page;
    if (act->pages.empty() || act->pages.back() != p) act->pages.push_back(p);
  }
  std::sort(act->pages.begin(), act->pages.end());
  act->pages.erase(std::unique(act->pages.begin(), act->pages.end()), act->pages.end());
}

}  // namespace

std::string SegmentRuleErrors() { return GetRules().errors; }

namespace {

// Acts by the file's numbering scheme: each heading starts an act that runs to
// the next one (the last to the file's end, or to a closing index); the lines
// before the first heading are the session's header, shared by every act.
std::vector<Act> SplitByHeadings(const DocText& doc, const std::vector<ActHeading>& headings,
                                 size_t end) {
  std::vector<Act> acts;
  end = [&] {
    LineSpan index = TrailingIndex(doc, headings);
    return index.last > index.first ? std::min(end, index.first) : end;
  }();
  // The session's own items before the first act (the secretary's
  // designation) belong to its header; later ones end the act before them.
  size_t header_end = headings.front().line;
  for (const ActHeading& h : headings) {
    if (!h.session_item) {
      header_end = h.line;
      break;
    }
  }
  for (size_t i = 0; i < headings.size(); ++i) {
    const ActHeading& h = headings[i];
    if (h.session_item) continue;
    Act act;
    act.kind = "deliberation";
    act.first_line = h.line;
    act.last_line = i + 1 < headings.size() ? headings[i + 1].line : std::max(end, h.line + 1);
    act.header_first_line = 0;
    act.header_last_line = header_end;
    act.heading_number_begin = h.number_begin;
    act.heading_number_end = h.number_end;
    act.heading_title_begin = h.title_begin;
    act.heading_title_end = h.title_end;
    act.heading_is_item = h.scheme == HeadingScheme::kItemNumber;
    SetPages(doc, &act);
    acts.push_back(std::move(act));
  }
  return acts;
}

std::vector<Act> SegmentByHeadingRules(const DocText& doc);

}  // namespace

// A file whose numbering scheme shows more deliberations than the heading
// rules found is split by that scheme. A document of another kind (an
// annexed convention) found by the heading rules stands only at the top of
// a page after the last item, and the items end where it starts; one found
// inside an item is a line of its text ("Convention d'honoraires ..." in
// the list of the mayor's decisions). One before the first item keeps the
// heading rules' acts.
std::vector<Act> SegmentActs(const DocText& doc) {
  std::vector<Act> acts = SegmentByHeadingRules(doc);
  std::vector<ActHeading> headings = FindActHeadings(doc);
  std::vector<ActHeading> items;
  for (const ActHeading& h : headings)
    if (!h.session_item) items.push_back(h);
  if (items.size() < 2) return acts;
  size_t deliberations = 0;
  for (const Act& a : acts) {
    deliberations += a.kind == "deliberation";
    if (a.kind != "deliberation" && a.kind != "other" && a.first_line < headings.front().line)
      return acts;
  }
  if (items.size() <= deliberations) return acts;
  // Votes of an extract of the register are its own (an election's rounds, a
  // budget's chapters): items closed by their vote are minutes' only.
  if (items.front().scheme == HeadingScheme::kAfterVote) {
    for (const Act& a : acts) {
      const int h = HeadingOf(doc, a.first_line);
      if (h >= 0 && std::string_view(kHeadings[h].kind) == "deliberation") return acts;
    }
  }
  // The first heading of another kind at the top of a page after the items.
  const size_t n = doc.lines().size();
  size_t annex = n;
  for (size_t i = headings.back().line + 1; i < n && annex == n; ++i) {
    int h = HeadingOf(doc, i);
    if (h >= 0 && std::string_view(kHeadings[h].kind) != "deliberation" && StartsPage(doc, i))
      annex = i;
  }
  std::vector<Act> split = SplitByHeadings(doc, headings, annex);
  // From there on, the heading rules' documents; the one running into it
  // starts there, as the kind its heading says.
  for (Act& a : acts) {
    if (a.last_line <= annex) continue;
    if (a.first_line < annex) {
      a.first_line = annex;
      a.kind = kHeadings[HeadingOf(doc, annex)].kind;
      a.header_first_line = a.header_last_line = 0;
      SetPages(doc, &a);
    }
    split.push_back(std::move(a));
  }
  return split;
}

namespace {

std::vector<Act> SegmentByHeadingRules(const DocText& doc) {
  const Rules& r = GetRules();
  const size_t n = doc.lines().size();
  std::vector<Act> acts;
  if (n == 0) return acts;

  struct Open {
    Act act;
    int rule = -1;            // heading rule that started it; -1: leading block
    bool closed = false;      // a closing formula was seen (deliberations)
    bool saw_item = false;    // an item start was seen
    size_t first_item = 0;    // line of the first item start
    size_t header_first = 0;  // session header shared with the next items
    size_t header_last = 0;
    const char* title_kind = nullptr;  // a heading read as the leading block's title
  };
  Open cur;
  cur.act.first_line = 0;

  auto finish = [&](size_t end) {
    cur.act.last_line = end;
    if (cur.rule < 0 && cur.act.kind == "other") {
      // Leading block: its kind comes from its content.
      for (size_t i = cur.act.first_line; i < end; ++i) {
        if (RE2::PartialMatch(LineText(doc, i), *r.deliberation_content)) {
          cur.act.kind = "deliberation";
          break;
        }
      }
      if (cur.act.kind == "other" && cur.title_kind) cur.act.kind = cur.title_kind;
    }
    if (end > cur.act.first_line) {
      SetPages(doc, &cur.act);
      acts.push_back(std::move(cur.act));
    }
  };
  auto start = [&](size_t line, const char* kind, int rule) {
    Open next;
    next.act.first_line = line;
    next.act.kind = kind;
    next.rule = rule;
    cur = std::move(next);
  };

  for (size_t i = 0; i < n; ++i) {
    re2::StringPiece text = LineText(doc, i);
    int h = HeadingOf(doc, i);
    if (h >= 0) {
      const char* kind = kHeadings[h].kind;
      bool empty_so_far = i == cur.act.first_line;
      bool deliberation =
          cur.act.kind == "deliberation" || (cur.rule < 0 && std::string(kind) == "deliberation");
      if (empty_so_far) {
        cur.act.kind = kind;
        cur.rule = h;
      } else if (cur.rule < 0 && cur.act.kind == "other" && std::string(kind) == "deliberation") {
        // The leading block is this deliberation's own text (002 Hem).
        cur.act.kind = kind;
        cur.rule = h;
      } else if (cur.rule == -1 && cur.act.kind == "other" && !cur.title_kind &&
                 LeadingNumberOnly(doc, cur.act.first_line, i)) {
        // "DEL/2020/ST/023\nCONVENTION DE MISE À DISPOSITION ...": the title
        // under a number printed before the register header.
        cur.title_kind = kind;
      } else if (deliberation ? cur.closed : h != cur.rule) {
        // Take the letterhead printed above the heading along.
        size_t b = i;
        while (b > cur.act.first_line + 1 && static_cast<int>(i - b) < kMaxPreambleLines &&
               RE2::PartialMatch(LineText(doc, b - 1), *r.preamble)) {
          --b;
        }
        finish(b);
        start(b, kind, h);
      }
    } else if (cur.act.kind == "deliberation" && RE2::PartialMatch(text, *r.item_start)) {
      if (!cur.saw_item) {
        cur.saw_item = true;
        cur.first_item = i;
      } else if (cur.closed) {
        // The next deliberation of the same session.
        size_t hf = cur.header_last > cur.header_first ? cur.header_first : cur.act.first_line;
        size_t hl = cur.header_last > cur.header_first ? cur.header_last : cur.first_item;
        finish(i);
        start(i, "deliberation", -1);
        cur.act.kind = "deliberation";
        cur.rule = -2;  // an item: not a leading block
        cur.saw_item = true;
        cur.first_item = i;
        cur.header_first = hf;
        cur.header_last = hl;
        cur.act.header_first_line = hf;
        cur.act.header_last_line = hl;
      }
    }
    if (cur.act.kind == "deliberation" && RE2::PartialMatch(text, *r.closing)) cur.closed = true;
  }
  finish(n);
  return acts;
}

}  // namespace

}  // namespace delib
