#include "pipeline/text/tokens.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

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

TokenView::TokenView(const DocText& doc) : doc_(doc), clean_(doc.folded()) {
  const std::string& raw = doc.raw();
  const std::string& folded = doc.folded();
  line_tokens_.reserve(doc.lines().size());
  for (size_t li = 0; li < doc.lines().size(); ++li) {
    const DocText::LineRef& l = doc.lines()[li];
    const size_t first = tokens_.size();
    // Tokens are cut on the folded line (spaces map to spaces), then mapped
    // back to the raw text for shape and confidence.
    size_t i = l.folded_begin;
    while (i < l.folded_end) {
      while (i < l.folded_end && folded[i] == ' ') ++i;
      const size_t b = i;
      while (i < l.folded_end && folded[i] != ' ') ++i;
      if (i == b) continue;
      Token t;
      t.line = li;
      t.folded_begin = b;
      t.folded_end = i;
      t.folded = std::string_view(folded).substr(b, i - b);
      const size_t rb = doc.RawOffset(b), re = doc.RawOffset(i);
      t.raw = std::string_view(raw).substr(rb, re - rb);
      t.shape = ShapeOf(t.raw);
      t.confidence = static_cast<float>(doc.EvidenceForFolded(b, i).confidence);
      t.trust = TrustOf(t.confidence);
      t.speck = IsSpeck(t.raw);
      if (t.speck)
        for (size_t k = b; k < i; ++k) clean_[k] = ' ';
      tokens_.push_back(t);
    }
    line_tokens_.emplace_back(first, tokens_.size());
  }
}

std::string_view TokenView::CleanLine(size_t line) const {
  const DocText::LineRef& l = doc_.lines()[line];
  return std::string_view(clean_).substr(l.folded_begin, l.folded_end - l.folded_begin);
}

}  // namespace delib
