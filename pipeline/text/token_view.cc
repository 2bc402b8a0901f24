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

Token TokenView::Make(std::string_view folded, size_t b, size_t e, size_t rb, size_t re,
                      size_t line, float confidence) {
  Token t;
  t.begin = b;
  t.end = e;
  t.raw_begin = rb;
  t.raw_end = re;
  t.line = line;
  const std::string_view text = folded.substr(b, e - b);
  t.shape = ShapeClassOf(text);
  t.speck = IsSpeck(text);
  t.confidence = confidence;
  return t;
}

TokenView::TokenView(std::string_view raw, std::string_view folded,
                     const std::vector<uint32_t>& to_raw, const std::vector<LineInput>& lines)
    : blanked_(folded) {
  // The first folded byte at or after a raw offset.
  auto folded_of = [&](size_t r) -> size_t {
    if (to_raw.empty()) return r;
    return std::lower_bound(to_raw.begin(), to_raw.end() - 1, static_cast<uint32_t>(r)) -
           to_raw.begin();
  };
  for (size_t li = 0; li < lines.size(); ++li) {
    const LineInput& in = lines[li];
    const std::string_view line = folded.substr(in.begin, in.end - in.begin);
    const size_t margin = MarginLength(line);
    margin_end_.push_back(in.begin + margin);
    for (size_t k = 0; k < margin; ++k)
      if (!IsBlank(line[k])) blanked_[in.begin + k] = ' ';
    // Words are split on the printed text's spaces (SplitSpaces, tokens.h).
    const std::string_view printed = raw.substr(in.raw_begin, in.raw_end - in.raw_begin);
    const char* const base = raw.data();
    for (std::string_view w : SplitSpaces(printed)) {
      const size_t rb = w.data() - base, re = rb + w.size();
      // The OCR word the token starts in: the last one starting at or before it.
      const auto& words = in.word_confidences;
      auto it = std::upper_bound(
          words.begin(), words.end(), rb,
          [](size_t off, const std::pair<size_t, float>& wc) { return off < wc.first; });
      const float conf = it != words.begin() ? std::prev(it)->second : 1.0f;
      tokens_.push_back(Make(folded, folded_of(rb), folded_of(re), rb, re, li, conf));
    }
    line_first_.push_back(tokens_.size());
  }
}

std::vector<Token> TokenView::In(std::string_view folded, size_t b, size_t e, size_t raw_b,
                                 size_t raw_e) const {
  std::vector<Token> out;
  auto it = std::upper_bound(tokens_.begin(), tokens_.end(), b,
                             [](size_t off, const Token& t) { return off < t.end; });
  for (; it != tokens_.end() && it->begin < e; ++it) {
    const size_t rb = std::max(it->raw_begin, raw_b), re = std::min(it->raw_end, raw_e);
    if (re <= rb) continue;
    out.push_back(Make(folded, std::max(it->begin, b), std::min(it->end, e), rb, re, it->line,
                       it->confidence));
  }
  return out;
}

std::string_view WithoutMargin(std::string_view text) { return text.substr(MarginLength(text)); }

std::string_view WithoutTrailingMarks(std::string_view text) {
  while (!text.empty() &&
         (IsBlank(text.back()) || (IsSpeckChar(text.back()) && text.back() != '.')))
    text.remove_suffix(1);
  return text;
}

void TrimAroundName(std::string_view text, size_t* b, size_t* e) {
  auto mark = [](char c) { return IsBlank(c) || (IsSpeckChar(c) && c != '-' && c != ')'); };
  while (*b < *e && mark(text[*b])) ++*b;
  while (*e > *b && mark(text[*e - 1])) --*e;
}

}  // namespace delib
