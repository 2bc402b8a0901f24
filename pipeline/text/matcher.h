// One way to say "this reading is that word": a weighted edit distance in
// which an OCR confusion of data/confusions.tsv costs its weight and any other
// edit costs 1, and one rule for "close enough", a function of the word's
// length and of how it was read (trust.h).
//
//   Match m = MatchWord("Bieme", "Bierne", Trust::kSure);
//   m.level == MatchLevel::kConfusion;                 // "m" printed for "rn"
//   MatchWord("Hondeville", "Vendeville", Trust::kSure).level == MatchLevel::kNone;
//   LexiconMatch l = MatchLexicon("fevrler", Words(WordClass::kMonth), Trust::kDoubt);
//   l.index == 1;                                      // fevrier
//
// Levels, best first (the first that holds):
//   kExact      the same bytes
//   kAccent     the same once folded (case, accents, typographic marks)
//   kConfusion  the same up to confusions of the table only
//   kTypo       within Allowance(length, trust) plain edits (confusions
//               counted at their cost)
//   kNone       none of these
// Used for communes (extraction and checks), names, heading words, vote
// labels and month names. Nothing else in delib measures closeness.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/text/confusions.h"
#include "pipeline/text/trust.h"

namespace delib {

enum class MatchLevel { kExact = 0, kAccent = 1, kConfusion = 2, kTypo = 3, kNone = 4 };

struct Match {
  MatchLevel level = MatchLevel::kNone;
  double cost = 0;  // weighted edits between the folded forms (0 for exact, accent)
  bool ok() const { return level != MatchLevel::kNone; }
};

// Weighted edit distance from a folded reading to a folded word: a
// confusion of `scope` (seen in the reading, meant in the word) costs its
// weight, any other insertion, deletion or substitution 1. Returns a value
// above `cap` as soon as the distance exceeds it.
double WeightedDistance(std::string_view read, std::string_view meant,
                        ConfusionScope scope = ConfusionScope::kLetters, double cap = 1e9);

// The number of plain edits a reading of `length` characters (of the meant
// word) may differ by: none under 5 letters, 1 from 5, 2 from 12; one more
// from 8 letters when the word was read with doubt or worse, where OCR
// rather than the writer is the likely cause.
double Allowance(size_t length, Trust trust);

// How `read` (as printed) matches `meant` (as in a lexicon or the official
// list); both raw or folded.
Match MatchWord(std::string_view read, std::string_view meant, Trust trust = Trust::kTextLayer,
                ConfusionScope scope = ConfusionScope::kLetters);

// Whether `read` may be `meant` as a writer or the scan printed it once:
// MatchWord at Trust::kSure, or, when `meant` has five letters or more, one
// plain edit whichever word is shorter ("lile" for lille, which Allowance
// measured on the shorter word refuses). For a name looked for among lines
// (a list's bullet items), where a slip of the print counts as the name.
bool OneSlipFrom(std::string_view read, std::string_view meant);

// `folded` with each multi-letter form of a length-changing confusion of the
// letters scope written as its one-letter counterpart: "bierne" -> "bieme",
// "vvattrelos" -> "wattrelos". Two readings equal once merged differ only by
// such confusions.
std::string MergeLengthConfusions(std::string_view folded);

struct LexiconMatch {
  int index = -1;  // into the lexicon; -1 when none matched
  Match match;
};

// The best entry of `lexicon` for `read` (lowest level, then lowest cost,
// then first listed).
LexiconMatch MatchLexicon(std::string_view read, const std::vector<std::string>& lexicon,
                          Trust trust = Trust::kTextLayer,
                          ConfusionScope scope = ConfusionScope::kLetters);

// `printed` (raw UTF-8) with an accented letter OCR read twice made one: of
// two adjacent accented letters that differ the second is dropped, and a
// plain letter after its own accented form ("Pévèêle" -> "Pévèle",
// "Raïillencourt" -> "Raïllencourt"). Folded rows cannot say this: the
// accents are what differs. Apply it to both sides of a comparison (the
// official "Chaussée" shortens alike).
std::string OneAccentPerLetter(std::string_view printed);

}  // namespace delib
