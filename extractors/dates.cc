#include "extractors/dates.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstdio>
#include <memory>

#include "extractors/numbers.h"
#include "pipeline/base/fold.h"
#include "pipeline/text/confusions.h"
#include "pipeline/text/lexicon.h"

namespace delib {
namespace {

// ---- Rules (data) ---------------------------------------------------------

// The abbreviations of month names printed in headers, folded (the names
// themselves are the lexicon's, WordClass::kMonth).
struct MonthName {
  const char* name;
  int month;
};
constexpr MonthName kMonthAbbreviations[] = {
    {"janv", 1}, {"fevr", 2}, {"fev", 2},  {"avr", 4},  {"juil", 7},
    {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
};

// Words that may make up a French number (to find the span handed to ICU,
// which gives the value; this list carries no values).
constexpr const char* kNumberWords[] = {
    "premier",  "une",       "un",       "deux",  "trois",  "quatre", "cinq",
    "six",      "sept",      "huit",     "neuf",  "dix",    "onze",   "douze",
    "treize",   "quatorze",  "quinze",   "seize", "vingts", "vingt",  "trente",
    "quarante", "cinquante", "soixante", "cents", "cent",   "mille",  "mil",
};

// The characters a digit group may hold: digits and the letters the
// confusion table (data/confusions.tsv, digits scope) reads as digits.
std::string DigitChars() {
  std::string chars = "0123456789";
  for (const Confusion& c : ConfusionTable::Default().rows(ConfusionScope::kDigits))
    if (c.seen.size() == 1 && chars.find(c.seen[0]) == std::string::npos) chars += c.seen;
  return chars;
}

// ---- Patterns ---------------------------------------------------------------

std::string Join(const std::string& sep, const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) {
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

std::string MonthAlternation() {
  std::vector<std::string> names = Words(WordClass::kMonth);
  for (const MonthName& m : kMonthAbbreviations) names.push_back(m.name);
  // Longest first so "septembre" wins over "sept".
  std::stable_sort(names.begin(), names.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return "(?:" + Join("|", names) + ")\\.?";
}

std::string NumberWordsPattern() {
  std::vector<std::string> words(std::begin(kNumberWords), std::end(kNumberWords));
  std::string w = "(?:" + Join("|", words) + ")";
  return w + "(?:[\\s-]+(?:et[\\s-]+)?" + w + ")*";
}

struct Patterns {
  std::unique_ptr<RE2> numeric, month_name, words_day_first, words_year_first;
  std::string errors;
};

const Patterns& GetPatterns() {
  static const Patterns* patterns = [] {
    auto* p = new Patterns;
    const std::string d = "[" + DigitChars() + "]";
    const std::string month = "(" + MonthAlternation() + ")";
    const std::string nw = NumberWordsPattern();
    const std::string sep = "[\\s,.*]*";  // commas, bold marks, line breaks
    const std::string of_month = "(?:du\\s+mois\\s+(?:de\\s+|d')|de\\s+)?";
    // 19.02.2024, 03/11/2022, 14-02-24 (groups may hold DigitChars letters).
    p->numeric = std::make_unique<RE2>("(?:^|[^0-9a-z])(" + d + "{1,2})([./-])(" + d +
                                       "{1,2})([./-])(" + d + "{4}|" + d + "{2})(?:[^0-9a-z]|$)");
    // 19 fevrier 2024, 1er avril 2024, 30 novembre.
    // "er" alone: the 1 of "1er" lost (taken only after "le", below).
    p->month_name = std::make_unique<RE2>("(?:^|[^0-9a-z])(" + d + "{1,2}(?:er)?|premier|er)\\s*" +
                                          of_month + month + "\\b(?:[\\s,]+(" + d + "{4})\\b)?");
    // le vingt-et-un fevrier deux mille vingt-quatre; quinze fevrier ...
    p->words_day_first =
        std::make_unique<RE2>("\\b(" + nw + ")\\s+" + of_month + month +
                              "\\b(?:[\\s,]+(?:de\\s+l'an\\s+)?(" + nw + "|" + d + "{4})\\b)?");
    // l'an deux mille vingt-trois, le sept decembre; l'an ... et le dix-neuf du mois de fevrier
    p->words_year_first = std::make_unique<RE2>("\\bl'an\\s+(" + nw + "|" + d + "{4})\\b" + sep +
                                                "(?:et\\s+)?(?:le\\s+)?(" + nw + "|" + d +
                                                "{1,2}(?:er)?)\\s+" + of_month + month + "\\b");
    for (const RE2* re : {p->numeric.get(), p->month_name.get(), p->words_day_first.get(),
                          p->words_year_first.get()}) {
      if (!re->ok()) p->errors += re->pattern() + ": " + re->error() + "\n";
    }
    return p;
  }();
  return *patterns;
}

// ---- Values -----------------------------------------------------------------

int MonthOf(std::string_view name) {
  while (!name.empty() && name.back() == '.') name.remove_suffix(1);
  if (int month = MonthNumber(name)) return month;
  for (const MonthName& m : kMonthAbbreviations) {
    if (name == m.name) return m.month;
  }
  return 0;
}

// A digit group repaired by the confusion table (digits scope); nullopt
// unless it keeps at least one real digit.
std::optional<int> DigitGroup(std::string_view g) {
  const bool real = g.find_first_of("0123456789") != std::string_view::npos;
  const std::string digits = ConfusionTable::Default().Repair(g, ConfusionScope::kDigits);
  if (!real || digits.empty()) return std::nullopt;
  for (char c : digits) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  return std::stoi(digits);
}

// A day or year printed as digits (DigitGroup), "1er", or words.
std::optional<int> NumberOf(std::string_view s) {
  if (s == "premier") return 1;
  if (s.size() > 2 && s.substr(s.size() - 2) == "er" && s.size() <= 4) {
    std::string_view head = s.substr(0, s.size() - 2);
    // "1er", its 1 repaired by the confusion table.
    if (ConfusionTable::Default().Repair(head, ConfusionScope::kDigits) == "1") return 1;
    return std::nullopt;
  }
  static const std::string kDigitChars = DigitChars();
  bool digitish = !s.empty() && s.find_first_not_of(kDigitChars) == std::string_view::npos;
  if (digitish) {
    auto v = DigitGroup(s);
    if (v) return v;
  }
  return ParseFrenchNumberWords(s);
}

int DaysIn(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2) {
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
  }
  return kDays[month - 1];
}

int FullYear(int y, size_t printed_digits) {
  if (printed_digits == 2) return y < 70 ? 2000 + y : 1900 + y;
  return y;
}

bool Plausible(int year, int month, int day, bool year_known) {
  if (month < 1 || month > 12 || day < 1) return false;
  if (!year_known) return day <= (month == 2 ? 29 : DaysIn(2001, month));
  if (year < 1900 || year > 2100) return false;
  return day <= DaysIn(year, month);
}

size_t Offset(std::string_view text, const re2::StringPiece& piece) {
  return static_cast<size_t>(piece.data() - text.data());
}

}  // namespace

std::string FoundDate::Iso() const {
  if (year == 0) return "";
  return IsoDate(year, month, day).value_or("");
}

std::optional<std::string> IsoDate(int year, int month, int day) {
  if (!Plausible(year, month, day, true)) return std::nullopt;
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return std::string(buf);
}

std::string DatePatternErrors() { return GetPatterns().errors; }

std::vector<FoundDate> FindDates(std::string_view text, std::optional<int> context_year) {
  const Patterns& p = GetPatterns();
  std::vector<FoundDate> found;
  if (!p.errors.empty()) return found;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m[6];

  auto add = [&](int year, bool year_printed, int month, int day, size_t b, size_t e) {
    if (!year_printed) year = context_year.value_or(0);
    if (!Plausible(year, month, day, year != 0)) return;
    FoundDate d;
    d.year = year;
    d.month = month;
    d.day = day;
    d.year_printed = year_printed;
    d.begin = b;
    d.end = e;
    found.push_back(d);
  };

  // Each pattern scans the whole text; overlaps are resolved below.
  size_t pos = 0;
  while (pos < text.size() && p.numeric->Match(input, pos, text.size(), RE2::UNANCHORED, m, 6)) {
    size_t b = Offset(text, m[1]), e = Offset(text, m[5]) + m[5].size();
    auto day = DigitGroup({m[1].data(), m[1].size()});
    auto month = DigitGroup({m[3].data(), m[3].size()});
    auto year = DigitGroup({m[5].data(), m[5].size()});
    // One separator throughout: "5-12/05" is not a date.
    bool continues = e + 1 < text.size() && (text[e] == '.' || text[e] == '/' || text[e] == '-') &&
                     text[e + 1] >= '0' && text[e + 1] <= '9';
    if (day && month && year && m[2] == m[4] && !continues) {
      add(FullYear(*year, m[5].size()), true, *month, *day, b, e);
    }
    pos = e;  // the trailing separator may start the next date
  }

  pos = 0;
  while (pos < text.size() && p.month_name->Match(input, pos, text.size(), RE2::UNANCHORED, m, 4)) {
    size_t b = Offset(text, m[1]);
    size_t e = Offset(text, m[2]) + m[2].size();
    std::optional<int> day = NumberOf({m[1].data(), m[1].size()});
    if (m[1] == "er") {
      // Only right after "le ": "LILLE, le er avril 2024".
      std::string_view lead = text.substr(0, b);
      while (!lead.empty() && lead.back() == ' ') lead.remove_suffix(1);
      bool after_le = lead.size() >= 2 && lead.substr(lead.size() - 2) == "le" &&
                      (lead.size() == 2 || lead[lead.size() - 3] == ' ' ||
                       lead[lead.size() - 3] == '\n' || lead[lead.size() - 3] == ',');
      day = after_le ? std::optional<int>(1) : std::nullopt;
    }
    int month = MonthOf({m[2].data(), m[2].size()});
    std::optional<int> year;
    if (!m[3].empty()) year = DigitGroup({m[3].data(), m[3].size()});
    if (year && *year >= 1900 && *year <= 2100)
      e = Offset(text, m[3]) + m[3].size();
    else
      year.reset();
    if (day) add(year.value_or(0), year.has_value(), month, *day, b, e);
    pos = e;
  }

  pos = 0;
  while (pos < text.size() &&
         p.words_day_first->Match(input, pos, text.size(), RE2::UNANCHORED, m, 4)) {
    size_t b = Offset(text, m[1]);
    size_t e = Offset(text, m[2]) + m[2].size();
    auto day = NumberOf({m[1].data(), m[1].size()});
    int month = MonthOf({m[2].data(), m[2].size()});
    std::optional<int> year;
    if (!m[3].empty()) year = NumberOf({m[3].data(), m[3].size()});
    if (year && *year >= 1900 && *year <= 2100)
      e = Offset(text, m[3]) + m[3].size();
    else
      year.reset();
    if (day) add(year.value_or(0), year.has_value(), month, *day, b, e);
    pos = e;
  }

  pos = 0;
  while (pos < text.size() &&
         p.words_year_first->Match(input, pos, text.size(), RE2::UNANCHORED, m, 4)) {
    size_t b = Offset(text, m[0]);
    size_t e = Offset(text, m[3]) + m[3].size();
    auto year = NumberOf({m[1].data(), m[1].size()});
    auto day = NumberOf({m[2].data(), m[2].size()});
    int month = MonthOf({m[3].data(), m[3].size()});
    if (year && day && *year >= 1900 && *year <= 2100) add(*year, true, month, *day, b, e);
    pos = e;
  }

  // Earliest start wins, then the longest: "l'an ... le sept decembre" over
  // "sept decembre", "19 fevrier 2024" over a part of it.
  std::sort(found.begin(), found.end(), [](const FoundDate& a, const FoundDate& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.end > b.end;
  });
  std::vector<FoundDate> out;
  for (const FoundDate& d : found) {
    if (!out.empty() && d.begin < out.back().end) continue;
    out.push_back(d);
  }
  return out;
}

std::optional<long> DayNumber(std::string_view iso) {
  int y, m, d;
  if (iso.size() != 10 || std::sscanf(std::string(iso).c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3)
    return std::nullopt;
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  // Days from civil (H. Hinnant).
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

std::optional<std::string> ParseFrenchDate(std::string_view text) {
  for (const FoundDate& f : FindDates(Fold(text)))
    if (f.year_printed) return f.Iso();
  return std::nullopt;
}

}  // namespace delib
