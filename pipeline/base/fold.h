// Accent- and case-insensitive text: the form every pattern of delib is
// written against. Fold("Prémesques – SÉANCE") == "premesques - seance".
//
// Folding works code point by code point (ICU canonical decomposition,
// combining marks dropped, lower case, ligatures and typographic quotes,
// dashes and spaces mapped to ASCII), so that every byte of the folded text
// maps back to the byte of the original it came from: a match found in folded
// text becomes evidence quoting the original.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace delib {

// Returns the folded text. When `to_raw` is given it receives, for each byte
// of the result, the offset in `raw` of the code point it came from, plus one
// final entry equal to raw.size().
std::string Fold(std::string_view raw, std::vector<uint32_t>* to_raw = nullptr);


}  // namespace delib
