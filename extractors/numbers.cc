#include "extractors/numbers.h"

#include <unicode/fmtable.h>
#include <unicode/locid.h>
#include <unicode/parsepos.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <memory>
#include <string>
#include <unordered_map>

namespace delib {
namespace {

// One formatter per thread, with a small cache: lenient RBNF parsing goes
// through a collator and costs tens of microseconds, and documents repeat the
// same few phrases ("deux mille vingt-quatre").
struct Parser {
  std::unique_ptr<icu::RuleBasedNumberFormat> format;
  std::unordered_map<std::string, std::optional<int>> cache;
};

Parser& ThreadParser() {
  thread_local Parser parser = [] {
    Parser p;
    UErrorCode status = U_ZERO_ERROR;
    p.format = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, icu::Locale("fr"),
                                                            status);
    if (U_FAILURE(status)) {
      p.format.reset();
    } else {
      p.format->setLenient(true);
    }
    return p;
  }();
  return parser;
}

// Separators ICU's lenient mode accepts between words are spaces and
// hyphens; OCR gives runs of both, newlines and stray underscores.
std::string Normalise(std::string_view in) {
  std::string out;
  bool sep = false;
  for (char c : in) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '_') {
      sep = !out.empty();
      continue;
    }
    if (sep) {
      if (c != '-' && out.back() != '-') out += ' ';
      sep = false;
    }
    if (c == '-' && !out.empty() && out.back() == ' ') out.pop_back();
    out += c;
  }
  while (!out.empty() && (out.back() == '-' || out.back() == ' ')) out.pop_back();
  return out;
}

// "deux mil vingt-quatre": the older spelling of "mille" in dates, which ICU's
// rules do not know.
std::string MilToMille(std::string s) {
  for (size_t p = 0; (p = s.find("mil", p)) != std::string::npos; p += 3) {
    bool starts = p == 0 || s[p - 1] == ' ' || s[p - 1] == '-';
    bool ends = p + 3 == s.size() || s[p + 3] == ' ' || s[p + 3] == '-';
    if (starts && ends) s.insert(p + 3, "le");
  }
  return s;
}

}  // namespace

std::optional<int> ParseFrenchNumberWords(std::string_view words) {
  std::string text = MilToMille(Normalise(words));
  if (text.empty() || text.size() > 120) return std::nullopt;
  // The printed ordinal of the first day ("1er", "1ER"): digits, not words,
  // so ICU's spell-out rules do not know it.
  if (text == "1er" || text == "1ER" || text == "1Er") return 1;
  Parser& p = ThreadParser();
  if (!p.format) return std::nullopt;
  auto hit = p.cache.find(text);
  if (hit != p.cache.end()) return hit->second;

  std::optional<int> result;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  icu::Formattable value;
  icu::ParsePosition pos(0);
  p.format->parse(u, value, pos);
  if (pos.getErrorIndex() < 0 && pos.getIndex() == u.length()) {
    UErrorCode status = U_ZERO_ERROR;
    double d = value.getDouble(status);
    if (U_SUCCESS(status) && d >= 0 && d < 1e9 && d == static_cast<int>(d)) {
      result = static_cast<int>(d);
    }
  }
  if (p.cache.size() > 4096) p.cache.clear();
  p.cache.emplace(std::move(text), result);
  return result;
}

}  // namespace delib
