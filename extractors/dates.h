// Dates as deliberations print them, found in folded text (see fold.h):
//
//   digits         "19.02.2024", "03/11/2022", "14-02-24"
//   month names    "19 fevrier 2024", "1er avril 2024", "le 21 fevrier 2024",
//                  "30 novembre" (no year: year_printed == false)
//   words          "le vingt-et-un fevrier deux mille vingt-quatre",
//                  "l'an deux mille vingt-trois, le sept decembre" (may span lines),
//                  "l'an deux mille vingt-quatre et le dix-neuf du mois de fevrier"
//
//   std::vector<FoundDate> d = FindDates(doc.folded());
//   d[0].Iso() == "2024-02-19"; doc.EvidenceForFolded(d[0].begin, d[0].end);
//
// Letters in a digit group are repaired by the confusion table's digits
// scope (data/confusions.tsv), in digit groups only, each group keeping a
// real digit, so words are never rewritten. Impossible dates (31/02, month
// 13) are not returned. Two-digit years are 20xx below 70, else 19xx. Number
// words are read by ParseFrenchNumberWords (ICU). Patterns compile once; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace delib {

struct FoundDate {
  int year = 0;  // 0 when not printed and no context year was given
  int month = 0;
  int day = 0;
  bool year_printed = true;
  size_t begin = 0, end = 0;  // the date's span in the searched text
  // "YYYY-MM-DD", or "" when the year is unknown.
  std::string Iso() const;
};

// "YYYY-MM-DD" when the day exists (leap years included, years 1900..2100).
std::optional<std::string> IsoDate(int year, int month, int day);

// Every date of `folded` in order, non-overlapping. Dates printed without a
// year get `context_year` when given (year_printed stays false).
std::vector<FoundDate> FindDates(std::string_view folded,
                                 std::optional<int> context_year = std::nullopt);

// The first date of `text` (raw or folded) that prints its year, as
// "YYYY-MM-DD": ParseFrenchDate("reçu le 3 mars 2024") == "2024-03-03". The
// one parser behind every date of delib.
std::optional<std::string> ParseFrenchDate(std::string_view text);

// Days since 1970-01-01 of an ISO date ("2024-03-03"), for differences.
std::optional<long> DayNumber(std::string_view iso);

// Errors of the date patterns as RE2 reports them ("" when all compile).
std::string DatePatternErrors();

}  // namespace delib
