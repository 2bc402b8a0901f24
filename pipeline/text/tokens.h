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
// beside a label ("_ . ,", "l ."). Three or more are words printed there,
// read or not ("DTA PS Se: rl" where a date was printed).
bool SpecksOnly(std::string_view text);

// Splits on spaces, tabs and newlines.
std::vector<std::string_view> SplitSpaces(std::string_view text);

}  // namespace delib
