// Place names as printed after a lead ("commune de", "Ville d'", "Fait à"):
// the capitalised words of the same line, with the particles between them
// ("Villeneuve d'Ascq", "Marcq en Baroeul", "CUISE-LA-MOTTE"). Which prefix
// is the name is for the geography to say: each prefix that ends on a
// capitalised word is a candidate, the longest last.
//
//   "commune de Cuise-la-Motte, représentée" -> ends after "Cuise-la-Motte"
//   "ville de Marcq en Baroeul le 3 mars"    -> "Marcq", "Marcq en Baroeul"
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "pipeline/text/doc_text.h"

namespace delib {

// Whether the printed character at folded offset `folded_offset` is a capital.
bool StartsUpper(const DocText& doc, size_t folded_offset);

// A particle inside a place's name (lexicon kPlaceParticle), or an elided
// one glued to the next word ("d'ascq", "l'isle"); folded.
bool IsParticle(const std::string& folded_word);

// Folded end offsets of the candidate names starting at `start` (at most
// five words, not past `limit` or the line's end), shortest first; empty
// when the word at `start` is not capitalised.
std::vector<size_t> PlaceNameEnds(const DocText& doc, size_t start, size_t limit);

}  // namespace delib
