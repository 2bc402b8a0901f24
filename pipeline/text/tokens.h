// Tokens as the readers see them: a token's shape (how names are told from
// the words around them) and whether it is a speck (marks OCR reads from
// dirt, rules and margins: "=", "|", "©").
//
//   ShapeOf("HUTCHINSON").upper == 10;  IsSpeck("=") && !IsSpeck("à");
#pragma once

#include <string>
#include <string_view>
#include <vector>

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

// Whether a span holds fewer than three letters or digits: what specks leave
// beside a label ("_ . ,"). Three or more are words printed there, read or
// not.
bool SpecksOnly(std::string_view text);

// Whether the "(" at `open` of folded `text` is a speck, not an aside: a
// letter follows it (spaces aside) before `end`, and no ")" closes it before
// the next comma ("Anor, ( Baives, Wignehies").
bool ParenIsSpeck(std::string_view text, size_t open, size_t end);

// `printed` without a last word of one or two bytes that OCR may have read
// from a speck beside it ("Lille da" -> "Lille"); empty when it has no such
// word. A caller keeps the shorter reading only when it is a name it knows.
std::string_view WithoutTrailingSpeck(std::string_view printed);

// Splits on spaces, tabs and newlines.
std::vector<std::string_view> SplitSpaces(std::string_view text);

}  // namespace delib
