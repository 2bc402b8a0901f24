// The token view of a document, built once: each word of DocText with its
// folded form, its shape, its confidence and trust, and whether it is a
// speck (marks OCR reads from dirt, rules and margins: "=", "|", "©"); and the
// folded text with the specks blanked, byte for byte, so that patterns need
// no speck prefixes and a match still maps back to the page.
//
//   TokenView tv(doc);
//   std::string_view clean = tv.CleanLine(i);       // ": = VANDENBERGHE," -> "    vandenberghe,"
//   for (size_t k = tv.LineTokens(i).first; ...) tv.tokens()[k].shape.upper ...
//   ShapeOf("HUTCHINSON").upper == 10;  IsSpeck("=") && !IsSpeck("à");
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pipeline/text/doc_text.h"
#include "pipeline/text/trust.h"

namespace delib {

// Letters, capitals, lower case and digits of a token (UTF-8): how names are
// told from the words around them ("HUTCHINSON" all capitals, "Yvan"
// capitalised).
struct TokenShape {
  int letters = 0, upper = 0, lower = 0, digits = 0;
  bool first_upper = false;
};
TokenShape ShapeOf(std::string_view token);

// A token of no letter and no digit, made of speck characters
// (lexicon.h kSpeckChars) or symbols OCR reads from dirt ("©", "®", "«", "»",
// "°", "•").
bool IsSpeck(std::string_view token);

// Splits on spaces, tabs and newlines.
std::vector<std::string_view> SplitSpaces(std::string_view text);

struct Token {
  size_t line = 0;                          // index into DocText::lines()
  size_t folded_begin = 0, folded_end = 0;  // in DocText::folded()
  std::string_view raw;                     // as printed
  std::string_view folded;
  TokenShape shape;
  float confidence = 1.0f;
  Trust trust = Trust::kTextLayer;
  bool speck = false;
};

class TokenView {
 public:
  explicit TokenView(const DocText& doc);

  const std::vector<Token>& tokens() const { return tokens_; }
  // [first, last) into tokens() of line `line`.
  std::pair<size_t, size_t> LineTokens(size_t line) const { return line_tokens_[line]; }
  // DocText::folded() with every speck token replaced by spaces (same length).
  const std::string& clean_folded() const { return clean_; }
  std::string_view CleanLine(size_t line) const;

 private:
  const DocText& doc_;
  std::vector<Token> tokens_;
  std::vector<std::pair<size_t, size_t>> line_tokens_;
  std::string clean_;
};

}  // namespace delib
