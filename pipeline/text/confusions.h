// OCR confusions as data (data/confusions.tsv): what OCR printed for what the
// page says, where, and at what cost. Modelled on Tesseract's unicharambigs:
// a row like "m rn 0.4 letters" teaches every reader of delib at once that
// OCR reads "Bieme" for Bierne. Loaded once and validated: a malformed row is
// a Status naming the line, never a silent default.
//
//   const ConfusionTable& t = ConfusionTable::Default();
//   t.Repair("2o24", ConfusionScope::kDigits) == "2024";
//   for (const Confusion& c : t.rows(ConfusionScope::kLetters)) ...   // matcher.h
//
// Values are folded (pipeline/base/fold.h). Thread-safe after loading.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/base/status.h"

namespace delib {

// Where a confusion applies.
enum class ConfusionScope {
  kLetters,  // inside a word of letters: names, communes, labels ("Bieme" for Bierne)
  kDigits,   // inside a group of digits: dates, counts, numbers ("2o24" for 2024)
  kInitial,  // a one-letter initial before its period ("5. MOUVEAUX" for S.)
};

struct Confusion {
  std::string seen;   // what OCR printed, folded
  std::string meant;  // what the page says, folded
  double cost = 0.5;  // 0 < cost < 1; a plain edit costs 1
  ConfusionScope scope = ConfusionScope::kLetters;
  std::string example;
};

// Whether `c` cannot stand in `scope` (a letter among digits, a digit or mark
// among letters).
bool ForeignTo(char c, ConfusionScope scope);

class ConfusionTable {
 public:
  static Result<ConfusionTable> Load(const std::string& path);
  static Result<ConfusionTable> FromText(std::string_view tsv);
  // DataDir()/confusions.tsv, loaded once; aborts when the shipped file is
  // missing or invalid (a build error, not an input error).
  static const ConfusionTable& Default();

  const std::vector<Confusion>& rows() const { return rows_; }
  std::vector<Confusion> rows(ConfusionScope scope) const;

  // `folded` with each character foreign to `scope` (not a digit in kDigits,
  // not a letter otherwise) replaced by the `meant` of the first
  // one-character row that has it as `seen`: Repair("l9", kDigits) == "19",
  // Repair("ler0y", kLetters) == "leroy". A letter read for another letter is
  // left alone (only the matcher can weigh it); multi-character rows too.
  std::string Repair(std::string_view folded, ConfusionScope scope) const;
  // The meant character for one seen character in `scope`, or 0.
  char MeantFor(char seen, ConfusionScope scope) const;

 private:
  std::vector<Confusion> rows_;
};

}  // namespace delib
