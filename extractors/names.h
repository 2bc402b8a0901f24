// People's names as printed in attendance lists, and the test of whether two
// printings designate the same person.
//
//   StripCivility("Madame Nathalie GUISLAIN")          == "Nathalie GUISLAIN"
//   SamePerson("N. GUISLAIN", "GUISLAIN Nathalie")     == true
//   SamePerson("X. DUBOIS", "G. DUBOIS")               == false  (initials differ)
//   SamePerson("Nathalie GUISLIN", "Nathalie GUISLAIN") == true  (one letter lost)
//   FindPerson("M. COULON", members) -> index of "Christophe COULON" when he is
//                                       the only COULON among members, else -1.
//
// A name is read from its tokens: an all-capitals token of two letters or
// more is a surname word ("VANDEN DORPE", "EL AMRANI"), a one-letter token
// ("P.", "C") is an initial, a capitalised token is a given name
// ("Anne-Charlotte"). When nothing is in capitals ("Nathalie Guislain") the
// last token is the surname; when everything is ("JEAN-CLAUDE LEROY") both
// readings are tried. Pure functions, thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/text/lexicon.h"  // IsCivility, IsNameParticle
#include "pipeline/text/tokens.h"   // ShapeOf, SplitSpaces

namespace delib {

// The name without a leading civility (M., MM., Mme, Mmes, Monsieur, Madame,
// Mlle, Mademoiselle), markdown emphasis and surrounding spaces or
// punctuation. Accents and case are kept.
std::string StripCivility(std::string_view printed);

// Whether a printed name (civility removed) looks like a person's: no digits,
// at most 7 words, each an initial ("P.", "C"), a capitalised word or a
// particle ("de", "van", "el"), with a surname in capitals or two capitalised
// words. "Y. HUTCHINSON", "Anne-Charlotte DEMEULENAERE", "Nathalie Guislain"
// pass; "Adjoints au Maire" passes too (role words are the caller's
// business); "a été désignée comme secrétaire" does not.
bool LooksLikePersonName(std::string_view name);

// A folded, comparable form of a name.
struct PersonKey {
  std::string surname;   // folded, words joined by one space: "vanden dorpe"
  std::string given;     // folded given names when written out: "anne-charlotte"
  std::string initials;  // first letters of the given names: "ac"; "" when none
  // Every token was in capitals and there were two or more: the split between
  // given names and surname is a guess (last token = surname), and the whole
  // may also be a compound surname.
  bool ambiguous = false;
};

PersonKey MakePersonKey(std::string_view printed);

// True when the two printings may designate the same person: surnames equal
// up to OCR damage (accents, spaces or hyphens aside, then MatchWord of
// matcher.h) and given names compatible (the same initial and MatchWord, or
// the same initials; a side without given name is compatible). Two people
// sharing a surname with different initials are never the same.
bool SamePerson(const PersonKey& a, const PersonKey& b);
bool SamePerson(std::string_view a, std::string_view b);

// Index in `members` of the single member that `name` designates, or -1 when
// none or several do. When several are compatible, one whose given name or
// initials agree exactly (both sides having them) wins if it is the only one.
int FindPerson(std::string_view name, const std::vector<std::string>& members);

}  // namespace delib
