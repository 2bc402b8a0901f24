// Headings of prose lists and counts stated outside them.
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "extractors/attendance_internal.h"
#include "extractors/names.h"
#include "pipeline/base/fold.h"
#include "pipeline/text/figures.h"
#include "pipeline/text/lexicon.h"
#include "pipeline/text/tokens.h"
#include "pipeline/text/trust.h"

namespace delib {
namespace attendance_detail {

// ---------------------------------------------------------------------------
// Headings of prose lists.

// Most specific first: the first rule matching at a position wins. A space
// is allowed inside "excuse", split at its line's letter spacing.
const std::vector<HeadingRule>& HeadingRules() {
  static const auto* rules = new std::vector<HeadingRule>{
      {"assist(?:ai(?:en)?t|ants?)" DELIB_PLURAL
       "\\s+(?:egalement\\s+)?(?:a\\s+la\\s+seance\\s+)?sans\\s+voix\\s+deliberative",
       Section::kNonVoting, false},
      {"exc\\s?use" DELIB_PLURAL "\\s+sans\\s+voix\\s+deliberative", Section::kExcusedNonVoting,
       false},
      // "Assistaient également à la séance :" staff and guests, no vote.
      {"assist(?:ai(?:en)?t|ants?)" DELIB_PLURAL
       "\\s+(?:egalement|aussi)(?:\\s+a\\s+la\\s+seance)?",
       Section::kNonVoting, false},
      {"(?:present" DELIB_PLURAL "\\s+|egalement\\s+present" DELIB_PLURAL
       "\\s+)?sans\\s+voix\\s+deliberative",
       Section::kNonVoting, false},
      {"absent" DELIB_PLURAL "\\s+(?:et\\s+(?:absent" DELIB_PLURAL "\\s+)?)?exc\\s?use" DELIB_PLURAL
       "\\s+(?:ayant\\s+|qui\\s+ont\\s+|a\\s+)?(?:donne|"
       "donnant)\\s+(?:pouvoir|procuration|delegation)s?",
       Section::kExcused, true},
      {"absent" DELIB_PLURAL
       "\\s+(?:ayant\\s+|qui\\s+ont\\s+|a\\s+)?(?:donne|donnant)\\s+(?:pouvoir|"
       "procuration|delegation)s?",
       Section::kAbsent, true},
      {"absent" DELIB_PLURAL "\\s+represente" DELIB_PLURAL, Section::kAbsent, true},
      {"exc\\s?use" DELIB_PLURAL
       "\\s+(?:ayant\\s+|qui\\s+ont\\s+)?(?:donne|donnant)\\s+(?:pouvoir|procuration|delegation)s?",
       Section::kExcused, true},
      {"exc\\s?use" DELIB_PLURAL "\\s+represente" DELIB_PLURAL, Section::kExcused, true},
      // "Absents et absent(s) excusé(s)": both kinds under one heading.
      {"absent" DELIB_PLURAL "\\s+(?:et\\s+(?:absent" DELIB_PLURAL
       "\\s+)?)?exc\\s?use" DELIB_PLURAL,
       Section::kExcused, false},
      {"(?:membres\\s+)?exc\\s?use" DELIB_PLURAL, Section::kExcused, false},
      {"absent" DELIB_PLURAL "\\s+(?:non\\s+excuse" DELIB_PLURAL
       "|sans\\s+(?:pouvoir|procuration|delegation(?:\\s+de\\s+vote)?))",
       Section::kAbsent, false},
      {"(?:membres\\s+)?absent" DELIB_PLURAL, Section::kAbsent, false},
      {"(?:(?:membres|conseillers|elus|delegues)\\s+)?"
       "present" DELIB_PLURAL
       "(?:\\s+a\\s+la\\s+seance)?(?:\\s+(?:les\\s+)?(?:membres|conseillers|elus|delegues)(?:\\s+["
       "a-z]+){0,3})?",
       Section::kPresent, false},
      {"(?:(?:pouvoir|procuration)(?:s|\\(s\\))?|delegation(?:s|\\(s\\))?\\s+de\\s+vote)(?:\\s+"
       "donne" DELIB_PLURAL ")?",
       Section::kProxies, true},
      {"ont\\s+donne\\s+(?:pouvoir|procuration)", Section::kProxies, true},
  };
  return *rules;
}

struct CompiledHeading {
  std::unique_ptr<RE2> at_line_start;  // ':' or end of line after it
  std::unique_ptr<RE2> mid_line;       // ':' required
  std::unique_ptr<RE2> glued;          // at a line's start, a mark run into it, ':' required
};

// Between a heading's count and its words, who is counted: "07 conseillers
// étaient absents :", "3 membres excusés :".
// The verb any heading may open with: "Étai(en)t présents", "Étaient
// absents", "Sont excusés", the verb typed with a letter more or less
// ("Etaients", "Etaint").
constexpr const char kHeadingVerb[] = "(?:etai[a-z]{0,4}\\s+|sont\\s+)?";

constexpr const char kCountedWho[] =
    "(?:(?:membres|conseillers|elus|delegues)(?:\\s+(?:municipaux|communautaires|titulaires))?"
    "\\s+)?(?:etaient\\s+|sont\\s+)?";

const std::vector<CompiledHeading>& CompiledHeadings() {
  static const auto* compiled = [] {
    auto* v = new std::vector<CompiledHeading>;
    for (HeadingRule r : HeadingRules()) {
      CompiledHeading c;
      // An underscore (the rule under a word) stands for a space.
      for (size_t at = r.keyword.find("\\s+"); at != std::string::npos;
           at = r.keyword.find("\\s+", at + 7))
        r.keyword.replace(at, 3, "[\\s_]+");
      // At a line's start the heading is read on the blanked line
      // (DocText::blanked): specks may stand before it. Alone on its line,
      // it may stand before marks (no letter, no digit) or a word of one or
      // two letters; an "l" before it is a count of 1 the heading does not
      // state. The preposition of the pairs that follow may end it ("Absents
      // ayant donné procuration à :").
      c.at_line_start = std::make_unique<RE2>(
          std::string("\\s*(?:(\\d+)\\s+") + kCountedWho + "|l\\s+)?" + kHeadingVerb +
          "(?:" + r.keyword + ")(?:\\s+a)?[\\s*_]*(?:[:;]|[^a-z0-9]*$|\\s+[a-z]{1,2}\\s*$)");
      c.mid_line = std::make_unique<RE2>(std::string("[\\s*_]*(?:(\\d+)\\s+") + kCountedWho + ")?" +
                                         kHeadingVerb + "(?:" + r.keyword + ")(?:\\s+a)?[\\s*_]*:");
      // A mark run into the heading's first letter (Æ, Œ, a sign) hides none.
      c.glued = std::make_unique<RE2>("\\s*(?:ae|oe|[^\\s\\w])()(?:" + r.keyword + ")[\\s*_]*[:;]");
      v->push_back(std::move(c));
    }
    return v;
  }();
  return *compiled;
}

// Headings on one line: at its start, or after ". " / "; " with a colon; or
// inside a sentence of counts, after "(" or " et ", with its count and a
// colon ("25 conseillers présents ou représentés (07 procurations : A, B) et
// 04 absents : C, D").
std::vector<Heading> HeadingsOnLine(const DocText& doc, size_t li) {
  std::vector<Heading> out;
  const DocText::LineRef& ref = doc.lines()[li];
  const std::string& f = doc.folded();
  std::vector<size_t> starts = {ref.folded_begin};
  std::vector<bool> counted = {false};  // the heading must state its count
  for (size_t i = ref.folded_begin; i + 1 < ref.folded_end; ++i) {
    if ((f[i] == '.' || f[i] == ';') && f[i + 1] == ' ') {
      starts.push_back(i + 1);
      counted.push_back(false);
    } else if (f[i] == '(' && std::isdigit(static_cast<unsigned char>(f[i + 1]))) {
      starts.push_back(i + 1);
      counted.push_back(true);
    } else if (i + 4 < ref.folded_end && f.compare(i, 4, " et ") == 0 &&
               std::isdigit(static_cast<unsigned char>(f[i + 4]))) {
      starts.push_back(i + 3);
      counted.push_back(true);
    }
  }
  const auto& rules = HeadingRules();
  const auto& compiled = CompiledHeadings();
  for (size_t k = 0; k < starts.size(); ++k) {
    const size_t s = starts[k];
    if (!out.empty() && s < out.back().end) continue;
    bool at_start = s == ref.folded_begin;
    const std::string& src = at_start ? doc.blanked() : f;
    re2::StringPiece text = Piece(src, s, ref.folded_end);
    for (size_t r = 0; r < rules.size(); ++r) {
      const RE2& re = at_start ? *compiled[r].at_line_start : *compiled[r].mid_line;
      re2::StringPiece m[2];
      if (!re.Match(text, 0, text.size(), RE2::ANCHOR_START, m, 2) &&
          !(at_start && compiled[r].glued->Match(text, 0, text.size(), RE2::ANCHOR_START, m, 2)))
        continue;
      if (counted[k] && m[1].empty()) continue;
      Heading h;
      h.line = li;
      h.begin = s;
      h.end = s + m[0].size();
      h.rule = &rules[r];
      if (!m[1].empty() && ParseInt(std::string_view(m[1].data(), m[1].size()), &h.count)) {
        h.has_count = true;
        h.count_b = m[1].data() - src.data();
        h.count_e = h.count_b + m[1].size();
      }
      // Evidence span starts at the first significant character.
      while (h.begin < h.end && (IsBlank(f[h.begin]) || f[h.begin] == '*' || f[h.begin] == '_'))
        ++h.begin;
      out.push_back(h);
      break;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Stated counts outside the lists.

struct CountRule {
  const char* pattern;  // group 1: the number; optional group 2: "+ N"
  Opt<int> Attendance::*field;
  const char* key;
};

// A rule compiled twice: as written, and with its figure damaged on a scan
// (figures.h: "en exercice : il"), a colon right before it.
struct CompiledCount {
  std::unique_ptr<RE2> re, damaged;
  const CountRule* rule;
};

const std::vector<CompiledCount>& CountRules() {
  // A number after "label :" counts only when nothing but punctuation or
  // another label follows it, so that "Présents : 17 Votants : 19" reads and
  // "Présents : Y. HUTCHINSON" does not.
#define END "(?:\\s*(?:$|[-,;./()]|[a-z' ]+\\s*:))"
  static const CountRule kRules[] = {
      {"(?:membres|conseillers|delegues|sieges)(?:\\s+municipaux|\\s+communautaires|\\s+titulaires)"
       "?\\s+afferents?\\b[^\\n\\d]{0,60}?(\\d+)",
       &Attendance::seats, "/attendance/seats"},
      // Up to two colons, a mark or a word of two letters may stand before the figure.
      {"en\\s+exercice\\s*(?:au\\s+jour\\s+de\\s+la\\s+seance\\s*)?(?::\\s*){0,2}(?:[|_.]\\s*|[a-z]"
       "{1,2}\\s+)?(\\d+)\\b",
       &Attendance::in_office, "/attendance/in_office"},
      {"(\\d+)\\s+(?:membres|conseillers|delegues|elus)(?:\\s+municipaux|\\s+communautaires|\\s+"
       "titulaires)?\\s+en\\s+exercice",
       &Attendance::in_office, "/attendance/in_office"},
      {"ont\\s+pris\\s+part\\s+(?:au\\s+vote|aux\\s+votes|a\\s+la\\s+deliberation|au\\s+scrutin)[^"
       "\\n\\d]{0,40}?(\\d+)(?:\\s*\\+\\s*(\\d+))?",
       &Attendance::voters_count, "/attendance/voters_count"},
      {"\\bvotants\\s*:?\\s*(\\d+)", &Attendance::voters_count, "/attendance/voters_count"},
      {"(\\d+)\\s+votants\\b", &Attendance::voters_count, "/attendance/voters_count"},
      // Present and represented together are the voters: "25 conseillers
      // étaient présents ou représentés", "Présents et représentés : 25".
      {"(\\d+)\\s+(?:(?:membres|conseillers|delegues|elus)(?:\\s+municipaux|\\s+communautaires)?"
       "\\s+)?(?:etaient\\s+|sont\\s+)?presents?\\s+(?:ou|et)\\s+represente",
       &Attendance::voters_count, "/attendance/voters_count"},
      {"\\bpresents?\\s+(?:ou|et)\\s+representes?\\s*:\\s*(\\d+)", &Attendance::voters_count,
       "/attendance/voters_count"},
      {"(?:membres|conseillers|delegues)\\s+presents\\s*:?\\s*(\\d+)", &Attendance::present_count,
       "/attendance/present_count"},
      {"(?m)\\bpresent" DELIB_PLURAL "\\s*:?\\s*(\\d+)" END, &Attendance::present_count,
       "/attendance/present_count"},
      // "Nombre de conseillers : 33": those in office, no word saying so.
      {"\\bnombre\\s+de\\s+(?:membres|conseillers|delegues)(?:\\s+municipaux|\\s+"
       "communautaires|\\s+titulaires)?\\s*:\\s*(\\d+)" END,
       &Attendance::in_office, "/attendance/in_office"},
      {"(\\d+)\\s+(?:membres|conseillers|delegues)\\s+presents\\b", &Attendance::present_count,
       "/attendance/present_count"},
      {"(?m)\\bexcuse" DELIB_PLURAL "\\s*:\\s*(\\d+)" END, &Attendance::excused_count,
       "/attendance/excused_count"},
      {"(?m)\\babsent" DELIB_PLURAL "\\s*:\\s*(\\d+)" END, &Attendance::absent_count,
       "/attendance/absent_count"},
      {"(?m)\\b(?:pouvoirs|procurations)\\s*:\\s*(\\d+)" END, &Attendance::proxies_count,
       "/attendance/proxies_count"},
  };
#undef END
  static const auto* compiled = [] {
    auto* v = new std::vector<CompiledCount>;
    const std::string damaged = ":\\s*(" + FigureCharClass() + "{1,3})(?:$|[\\s.,;])";
    for (const CountRule& r : kRules) {
      CompiledCount c;
      c.re = std::make_unique<RE2>(r.pattern);
      c.rule = &r;
      std::string pattern = r.pattern;
      const size_t at = pattern.find("(\\d+)");
      // Where the rule allows marks or a colon before the figure, the
      // damaged figure's own colon stands in for them.
      // Only a rule whose label comes first: "(\\d+) votants" has none.
      if (at != std::string::npos && at > 0 &&
          pattern.find_first_of("abcdefghijklmnopqrstuvwxyz") < at) {
        pattern = pattern.substr(0, at) + damaged;
        c.damaged = std::make_unique<RE2>(pattern);
      }
      v->push_back(std::move(c));
    }
    return v;
  }();
  return *compiled;
}

void ReadCounts(const DocText& doc, size_t fb, size_t fe, Act* act) {
  const std::string& f = doc.folded();
  Attendance& at = act->attendance;
  for (const CompiledCount& cc : CountRules()) {
    const CountRule* rule = cc.rule;
    bool found = false;  // the damaged figure is looked for only when no figure is
    for (const RE2* re : {cc.re.get(), cc.damaged.get()}) {
      if (!re || found) continue;
      re2::StringPiece text = Piece(f, fb, fe);
      re2::StringPiece m[3];
      size_t pos = 0;
      while (pos < text.size() && re->Match(text, pos, text.size(), RE2::UNANCHORED, m, 3)) {
        pos = m[0].data() - text.data() + std::max<size_t>(m[0].size(), 1);
        const size_t digits_b = static_cast<size_t>(m[1].data() - f.data());
        const std::string_view figure =
            FigureWithGluedDamage(doc, fb, digits_b, digits_b + m[1].size());
        const std::optional<int> read = ReadCount(figure);
        if (!read) continue;
        int n = *read;
        size_t mb = m[0].data() - f.data(), me = mb + m[0].size();
        // Trim the match to end at its last number for the evidence.
        const re2::StringPiece& last_num = m[2].empty() ? m[1] : m[2];
        me = last_num.data() - f.data() + last_num.size();
        Evidence ev = doc.EvidenceForFolded(mb, me);
        if (RepairedFigure(figure)) {
          // A figure OCR printed with letters ("il" for 11) stands after its
          // label's colon, alone before the line's end or a mark, on a scan;
          // it is read with doubt.
          const size_t fig_b = static_cast<size_t>(figure.data() - f.data());
          const size_t fig_e = fig_b + figure.size();
          size_t k = fig_b;
          while (k > fb && f[k - 1] == ' ') --k;
          const bool after_colon = k > fb && f[k - 1] == ':';
          const bool alone = fig_e >= fe || f[fig_e] == '\n' || f[fig_e] == '.' ||
                             f[fig_e] == ',' || f[fig_e] == ';' || f[fig_e] == ' ';
          if (!after_colon || !alone || !ReadByOcr(TrustOf(ev.confidence))) continue;
          ev.confidence = std::min(ev.confidence, kRepairedFigureConfidence);
        }
        int plus = 0;
        if (!m[2].empty() && ParseInt(std::string_view(m[2].data(), m[2].size()), &plus)) {
          // "procurations 17 + 1": present voters plus proxies.
          SetCount(&(at.*(rule->field)), n + plus, rule->key, ev, act);
          if (rule->field == &Attendance::voters_count && !at.proxies_count) {
            // Read after the lists, so only when no list stated it.
            at.proxies_count = plus;
            act->evidence["/attendance/proxies_count"] = ev;
          }
        } else if (rule->field == &Attendance::voters_count &&
                   std::string_view(m[0].data(), m[1].data() - m[0].data()).find("procuration") !=
                       std::string_view::npos) {
          // "procurations 11 + 2" announces a sum; one number alone is the sum
          // read in part: unknown.
        } else {
          SetCount(&(at.*(rule->field)), n, rule->key, ev, act);
        }
        found = true;
        break;  // first statement of each rule
      }
    }
  }
}

}  // namespace attendance_detail
}  // namespace delib
