// What OCR leaves of a person's name, as tests a reader can ask: a piece of
// a surname the scan cut, a surname that still looks like the one meant, a
// given name that no longer reads as one, a word whose case OCR broke.
//
//   FragmentOf("aert", "annaert");            // the end of the name
//   SurnamesAlike("haras", "halluin");        // the same first two letters
//   !ReadsAsGivenName("fe") && ReadsAsGivenName("jeremie");
//   CaseBroken("ChrIstine") && !CaseBroken("Anne-Charlotte");
//   !ReadableName("Brigitte VANPEENE   Mme Bénédicte MONNET");
//
// Each is a sign that a reading may be a name, never proof: a rule takes it
// only for a value read by OCR (trust.h), and only to withhold a finding.
// Arguments are folded (pipeline/base/fold.h) unless said printed.
#pragma once

#include <cstddef>
#include <string_view>

#include "pipeline/text/trust.h"

namespace delib {

// The fewest letters a piece of a surname needs to stand for the whole:
// three are the start of too many names.
constexpr size_t kFragmentMinLetters = 4;

// Whether `piece` may be `whole` cut by the scan: kFragmentMinLetters or
// more, shorter than `whole`, and its start or its end ("aert" of
// "annaert").
bool FragmentOf(std::string_view piece, std::string_view whole);

// Whether a surname read (`read`) is alike a member's (`member`) beyond what
// the matcher allows a word: the same first two letters, or within half the
// longer's letters by WeightedDistance (matcher.h). "haras" and "halluin"
// are; "hingrez" and "mahtour" are not.
bool SurnamesAlike(std::string_view read, std::string_view member);

// Whether two compact keys (names.h CompactKey, geography keys) are one
// name whose other end the reading damaged: they begin alike, or end alike,
// over seven letters and half the shorter ("flersenchuis" for
// "flersenescrebieux").
bool OneEndDamaged(std::string_view a, std::string_view b);

// Whether compact key `read` may be the short name `name` (four letters at
// most) with one letter changed or lost: two letters or more, within one
// edit (confusions at their cost, WeightedDistance), or its start ("br" for
// bry). Too short for the matcher's allowance, such a name is judged here.
bool ShortNameDamaged(std::string_view read, std::string_view name);

// Whether compact key `part` is most of `whole`, the rest lost: three
// letters or more, three fifths of `whole` or more, and inside it ("wuy"
// for iwuy).
bool MostOfName(std::string_view part, std::string_view whole);

// Whether two compact keys that matched nothing may be one name, one of
// them illegible: five letters or more, the same first letter, and the
// shorter at least 70% of the longer's length.
bool AlikeWhenIllegible(std::string_view a, std::string_view b);

// Whether compact key `line` may be the name `want` whose opening article
// ran into the bullet before it ("- La Groise" read "Se Groise"): `line`
// ends with `rest` (the name's letters after its article), is longer than
// it, and at most two letters longer than `want`. An empty `rest` (a name
// with no article) never is.
bool ArticleRunIntoBullet(std::string_view line, std::string_view want, std::string_view rest);

// Whether a given name reads as one: three letters or more, a vowel among
// them, and nothing but letters, hyphens, spaces and apostrophes. "xrt"
// does not: the given name was lost.
bool ReadsAsGivenName(std::string_view given);

// Whether a listed name (printed) reads as one person: not two run together
// by a table read badly (three spaces, or a civility inside it), and no
// checkbox residue ("[", "]", "|") in it.
bool ReadableName(std::string_view name);

// Whether a printed word has a capital right after a small letter inside
// it, what OCR makes of a damaged given name ("ChrIstine"); hyphenated
// given names ("Anne-Charlotte") are whole.
bool CaseBroken(std::string_view printed_word);

// Whether a listed person's given name (printed), read at `trust`, may not
// be the one on the page: the name read with doubt or worse, or the given
// name's case broken (CaseBroken). A member so read who bears the surname
// meant may be the person meant.
bool GivenNameUnsure(std::string_view printed_given, Trust trust);

}  // namespace delib
