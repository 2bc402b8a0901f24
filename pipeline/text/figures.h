// A count as printed, read once for every extractor: digits, with what OCR
// prints for a digit repaired by the confusion table's digits scope
// (data/confusions.tsv), and the words that say none.
//
//   ReadCount("15")    == 15
//   ReadCount("1s")    == 15     // "s" read for 5
//   ReadCount("il")    == 11     // a scan's "11"
//   ReadCount("neant") == 0
//   ReadCount("12a")   == nullopt
//
// A figure that needed a repair is a figure read with doubt: RepairedFigure
// tells the caller, which lowers its evidence's trust (trust.h).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "pipeline/text/doc_text.h"

namespace delib {

// `folded` (fold.h) as a count, up to six characters; nullopt when it is none.
std::optional<int> ReadCount(std::string_view folded);

// Whether `folded` holds a character the digits scope repairs (no digit as
// printed).
bool RepairedFigure(std::string_view folded);

// Whether OCR's `c` (folded) is read as a digit by the digits scope ("l", "{").
bool ReadAsDigit(char c);

// The figure at doc.folded() [b, e) (digits found by a pattern) with the
// characters the digits scope reads as digits glued before it, on OCR text
// and at a word's start, no further back than `floor`: "{1" for 11 where the
// pattern found "1". The digits alone otherwise.
std::string_view FigureWithGluedDamage(const DocText& doc, size_t floor, size_t b, size_t e);

// A regex character class of the characters the digits scope reads as
// digits, the digits included ("[0-9olisb{]"), for the patterns that accept a
// damaged figure where a count stands.
const std::string& FigureCharClass();

}  // namespace delib
