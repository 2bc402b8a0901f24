#include "pipeline/text/misreading.h"

#include <string>
#include <vector>

#include "pipeline/base/fold.h"
#include "pipeline/text/confusions.h"
#include "pipeline/text/matcher.h"

namespace delib {
namespace {

// The letters and digits of the folded text, nothing else.
std::string Compact(std::string_view text) {
  std::string out;
  for (char c : Fold(text))
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
  return out;
}

// A name as ConfusionsExplain compares it.
std::string MatchKey(std::string_view name) {
  return Compact(
      ConfusionTable::Default().Repair(Fold(OneAccentPerLetter(name)), ConfusionScope::kLetters));
}

// The UTF-8 code points of `text`, each as its bytes.
std::vector<std::string_view> CodePoints(std::string_view text) {
  std::vector<std::string_view> points;
  for (size_t i = 0; i < text.size();) {
    size_t n = 1;
    const unsigned char c = text[i];
    if (c >= 0xF0)
      n = 4;
    else if (c >= 0xE0)
      n = 3;
    else if (c >= 0xC0)
      n = 2;
    points.push_back(text.substr(i, n));
    i += n;
  }
  return points;
}

}  // namespace

bool WritersSlip(std::string_view printed, std::string_view official) {
  // A letter beside its accented form, unlike the official name ("Chaussée"
  // has its "ée"): one accented letter read twice; a writer does not type both.
  const std::vector<std::string_view> points = CodePoints(printed);
  for (size_t k = 1; k < points.size(); ++k)
    if (points[k] != points[k - 1] && (points[k].size() > 1) != (points[k - 1].size() > 1) &&
        Fold(points[k]) == Fold(points[k - 1]) &&
        official.find(std::string(points[k - 1]) + std::string(points[k])) ==
            std::string_view::npos)
      return false;
  // An accented letter the official name lacks is the reading's.
  for (size_t i = 0; i < printed.size(); ++i) {
    const unsigned char c = printed[i];
    if (c < 0xC3 || c >= 0xE0 || i + 1 >= printed.size()) continue;
    if (official.find(printed.substr(i, 2)) == std::string_view::npos) return false;
    ++i;
  }
  const std::string a = Compact(printed), b = Compact(official);
  if (a == b || a.empty() || b.empty()) return false;
  if (a.size() + 1 == b.size()) {  // one letter dropped
    for (size_t i = 0; i < b.size(); ++i)
      if (b.substr(0, i) + b.substr(i + 1) == a) return true;
    return false;
  }
  if (a.size() > b.size() && a.size() <= b.size() + 2) {  // a letter repeated
    size_t i = 0, j = 0;
    while (i < a.size()) {
      if (j < b.size() && a[i] == b[j]) {
        ++i, ++j;
      } else if (i > 0 && a[i] == a[i - 1]) {
        ++i;  // one more of the letter just read
      } else {
        return false;
      }
    }
    return j == b.size();
  }
  return false;
}

bool ConfusionsExplain(std::string_view printed, std::string_view official) {
  const std::string read = MatchKey(printed), want = MatchKey(official);
  if (MatchWord(read, want, Trust::kSure).level <= MatchLevel::kConfusion) return true;
  return WeightedDistance(read, want, ConfusionScope::kLetters, 2) > 1 &&
         WeightedDistance(MergeLengthConfusions(read), MergeLengthConfusions(want),
                          ConfusionScope::kLetters, 2) <= 1;
}

bool StrayLettersAround(std::string_view read, std::string_view name) {
  if (name.size() < 3 || read.size() < name.size() || read.size() > name.size() + 3) return false;
  return read.substr(0, name.size()) == name || read.substr(read.size() - name.size()) == name;
}

bool NearName(std::string_view read, std::string_view name) {
  if (read.size() < 3 || read == name) return false;
  if (read.size() == 3 && (name.size() != 4 || name[0] != read[0])) return false;
  return WeightedDistance(read, name, ConfusionScope::kLetters, 2) < 2;
}

Fault FaultOf(std::string_view printed, std::string_view official, Trust trust) {
  if (!ReadByOcr(trust)) return Fault::kWriter;
  if (WritersSlip(printed, official))
    return AtLeast(trust, Trust::kDoubt) ? Fault::kWriter : Fault::kReading;
  if (!AtLeast(trust, Trust::kSure)) return Fault::kReading;
  return ConfusionsExplain(printed, official) ? Fault::kReading : Fault::kUnknown;
}

}  // namespace delib
