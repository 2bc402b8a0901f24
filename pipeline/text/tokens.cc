#include "pipeline/text/tokens.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cctype>

#include "pipeline/text/lexicon.h"

namespace delib {

TokenShape ShapeOf(std::string_view s) {
  TokenShape sh;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) continue;
    if (u_isdigit(c)) ++sh.digits;
    if (!u_isalpha(c)) continue;
    if (sh.letters == 0) sh.first_upper = u_isupper(c);
    ++sh.letters;
    if (u_isupper(c)) ++sh.upper;
    if (u_islower(c)) ++sh.lower;
  }
  return sh;
}

bool IsSpeck(std::string_view s) {
  if (s.empty()) return false;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return false;
    if (c < 0x80) {
      if (!IsSpeckChar(static_cast<char>(c))) return false;
      continue;
    }
    // Symbols OCR reads from dirt: © ® « » ° • · ¦ ¬ ~
    if (u_isalnum(c)) return false;
    const int8_t type = u_charType(c);
    if (type == U_LOWERCASE_LETTER || type == U_UPPERCASE_LETTER) return false;
  }
  return true;
}

bool SpecksOnly(std::string_view text) {
  int alnum = 0;
  for (char c : text) alnum += std::isalnum(static_cast<unsigned char>(c)) != 0;
  return alnum < 3;
}

bool ParenIsSpeck(std::string_view text, size_t open, size_t end) {
  size_t k = open + 1;
  while (k < end && (text[k] == ' ' || text[k] == '\t' || text[k] == '\n' || text[k] == '\r')) ++k;
  if (k >= end || !std::isalpha(static_cast<unsigned char>(text[k]))) return false;
  return !(text.find(')', k) < text.find(',', k));
}

std::string_view WithoutTrailingSpeck(std::string_view printed) {
  const size_t sp = printed.rfind(' ');
  if (sp == std::string_view::npos || printed.size() - sp - 1 > 2) return {};
  return printed.substr(0, sp);
}

std::vector<std::string_view> SplitSpaces(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n')) ++i;
    const size_t b = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t' && s[i] != '\n') ++i;
    if (i > b) out.push_back(s.substr(b, i - b));
  }
  return out;
}

}  // namespace delib
