// Whose a difference is: when a name read from a page differs from the name
// meant (a commune's official name), the difference is the reading's (OCR
// confused letters, or read the word with doubt) or the writer's (a letter
// doubled or dropped as a hand slips). Checks report only the writer's.
//
//   FaultOf("Bieme", "Bierne", Trust::kSure) == Fault::kReading;   // "m" for "rn"
//   FaultOf("Chausée", "Chaussée", Trust::kSure) == Fault::kWriter;
//   FaultOf("Chausée", "Chaussée", Trust::kIllegible) == Fault::kReading;
//   FaultOf("Hondeville", "Vendeville", Trust::kSure) == Fault::kUnknown;
//
// The letters OCR confuses are data/confusions.tsv, weighed by the matcher
// (matcher.h); this file adds only what a writer's slip looks like and how
// the trust a word was read with (trust.h) decides between the two.
// Arguments are printed (raw UTF-8). Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "pipeline/text/trust.h"

namespace delib {

enum class Fault {
  kReading,  // OCR's: confusions of the table, or a word read with doubt
  kWriter,   // the document's: a writer's slip, or a text-layer reading
  kUnknown,  // neither explains it: the caller looks for more (the name read
             // right elsewhere)
};

// Whether `printed` differs from `official` as a writer's slip does and a
// damaged reading does not: one letter doubled or tripled, or one dropped
// ("Chausée" for Chaussée), with no accented letter the official name lacks
// (an accented letter doubled, "Pévèêle", is the reading's).
bool WritersSlip(std::string_view printed, std::string_view official);

// Whether confusions of the table alone explain the difference between two
// names (the matcher's kConfusion level), or a length-changing one ("m"
// printed for "rn") with one plain edit besides. Both sides are compared
// with one accent per letter (OneAccentPerLetter), marks the table reads as
// letters made letters ("Wi|lems"), spaces and hyphens dropped.
bool ConfusionsExplain(std::string_view printed, std::string_view official);

// Whether `read` is `name` with up to three stray letters before or after
// it, what specks beside a name leave ("lilleda" for lille). Both are
// compact keys (letters and digits, folded); a name of fewer than three
// letters is too short to tell.
bool StrayLettersAround(std::string_view read, std::string_view name);

// Whether compact key `read` (three letters or more) may be the other
// name `name`, misspelled or misread: not the same, and less than two plain
// edits apart, confusions of the table at their cost. Three letters are near
// too many names: only a letter dropped from a four-letter name beginning
// alike ("aor" beside anor).
bool NearName(std::string_view read, std::string_view name);

// Whose the difference between `printed`, read at `trust`, and `official`
// is: a text-layer reading is the writer's; a writer's slip is the writer's
// however doubtfully OCR read the unusual word, unless it was illegible; a
// word read with doubt or worse is the reading's; so is one that
// ConfusionsExplain. Otherwise kUnknown.
Fault FaultOf(std::string_view printed, std::string_view official, Trust trust);

}  // namespace delib
