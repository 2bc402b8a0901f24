#include "pipeline/text/token_view.h"

#include <unicode/utf8.h>

#include <algorithm>

#include "pipeline/text/lexicon.h"
#include "pipeline/text/tokens.h"

namespace delib {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Length of the run of blanks and speck code points opening `s`.
size_t MarginLength(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < n) {
    if (IsBlank(s[i])) {
      ++i;
      continue;
    }
    int32_t next = i;
    UChar32 c;
    U8_NEXT(p, next, n, c);
    if (c < 0 || !IsSpeck(s.substr(i, next - i))) break;
    i = next;
  }
  return static_cast<size_t>(i);
}

}  // namespace

WordShape ShapeClassOf(std::string_view token) {
  const TokenShape sh = ShapeOf(token);
  if (sh.letters > 0) return sh.digits > 0 ? WordShape::kMixed : WordShape::kLetters;
  return sh.digits > 0 ? WordShape::kDigits : WordShape::kPunct;
}

TokenView::TokenView(std::string_view folded, const std::vector<uint32_t>& to_raw,
                     const std::vector<LineInput>& lines)
    : blanked_(folded) {
  auto raw_of = [&](size_t f) -> size_t {
    return f < to_raw.size() ? to_raw[f] : (to_raw.empty() ? f : to_raw.back());
  };
  for (size_t li = 0; li < lines.size(); ++li) {
    const LineInput& in = lines[li];
    const std::string_view line = folded.substr(in.begin, in.end - in.begin);
    const size_t margin = MarginLength(line);
    margin_end_.push_back(in.begin + margin);
    for (size_t k = 0; k < margin; ++k)
      if (!IsBlank(line[k])) blanked_[in.begin + k] = ' ';
    size_t i = 0;
    while (i < line.size()) {
      while (i < line.size() && IsBlank(line[i])) ++i;
      const size_t b = i;
      while (i < line.size() && !IsBlank(line[i])) ++i;
      if (i == b) break;
      Token t;
      t.begin = in.begin + b;
      t.end = in.begin + i;
      t.raw_begin = raw_of(t.begin);
      t.raw_end = raw_of(t.end);
      t.line = li;
      const std::string_view text = line.substr(b, i - b);
      t.shape = ShapeClassOf(text);
      t.speck = IsSpeck(text);
      // The OCR word the token starts in: the last one starting at or before it.
      const auto& words = in.word_confidences;
      auto it = std::upper_bound(
          words.begin(), words.end(), t.raw_begin,
          [](size_t off, const std::pair<size_t, float>& w) { return off < w.first; });
      if (it != words.begin()) t.confidence = std::prev(it)->second;
      tokens_.push_back(t);
    }
    line_first_.push_back(tokens_.size());
  }
}

std::string_view WithoutMargin(std::string_view text) { return text.substr(MarginLength(text)); }

void TrimAroundName(std::string_view text, size_t* b, size_t* e) {
  auto mark = [](char c) { return IsBlank(c) || (IsSpeckChar(c) && c != '-' && c != ')'); };
  while (*b < *e && mark(text[*b])) ++*b;
  while (*e > *b && mark(text[*e - 1])) --*e;
}

}  // namespace delib
