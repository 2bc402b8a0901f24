#include "pipeline/text/grid_header.h"

#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/base/fold.h"
#include "pipeline/text/lexicon.h"

namespace delib {
namespace {

// A word of the class, or one cut before its last letter by a narrow column
// (five letters at least: "presen", "absen", "excus").
bool HeadingWord(std::string_view tok, WordClass c) {
  if (InClass(tok, c)) return true;
  if (tok.size() < 5) return false;
  for (const std::string& w : Words(c))
    if (w.size() == tok.size() + 1 && w.compare(0, tok.size(), tok) == 0) return true;
  return false;
}

}  // namespace

bool LooksLikeAttendanceHeader(const PageText& page) {
  // Per line: bit 1 a present heading, bit 2 an absent or excused one.
  std::vector<int> kinds;
  for (const Line& l : page.lines) {
    std::string f = Fold(l.Text());
    int k = 0;
    for (size_t i = 0; i < f.size() && f.size() <= 200;) {  // a header is short
      while (i < f.size() && !std::isalpha(static_cast<unsigned char>(f[i]))) ++i;
      size_t b = i;
      while (i < f.size() && std::isalpha(static_cast<unsigned char>(f[i]))) ++i;
      std::string_view tok(f.data() + b, i - b);
      size_t j = i;
      while (j < f.size() && (f[j] == ' ' || f[j] == '(' || f[j] == ')' || f[j] == 's')) ++j;
      if (j < f.size() && f[j] == ':') continue;
      if (HeadingWord(tok, WordClass::kPresentHeading)) k |= 1;
      if (HeadingWord(tok, WordClass::kAbsentHeading)) k |= 2;
    }
    kinds.push_back(k);
  }
  for (size_t i = 0; i < kinds.size(); ++i) {
    int k = 0;
    for (size_t j = i; j < kinds.size() && j < i + 3; ++j) k |= kinds[j];
    if (k == 3) return true;
  }
  return false;
}

}  // namespace delib
