#include "pipeline/text/figures.h"

#include <cctype>

#include "pipeline/text/confusions.h"
#include "pipeline/text/trust.h"

namespace delib {

std::optional<int> ReadCount(std::string_view folded) {
  if (folded == "neant" || folded == "aucun" || folded == "aucune") return 0;
  if (folded.empty() || folded.size() > 6) return std::nullopt;
  const std::string digits = ConfusionTable::Default().Repair(folded, ConfusionScope::kDigits);
  int v = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

bool RepairedFigure(std::string_view folded) {
  for (char c : folded)
    if (c < '0' || c > '9') return true;
  return false;
}

bool ReadAsDigit(char c) {
  const char meant = ConfusionTable::Default().MeantFor(c, ConfusionScope::kDigits);
  return meant >= '0' && meant <= '9';
}

std::string_view FigureWithGluedDamage(const DocText& doc, size_t floor, size_t b, size_t e) {
  const std::string& f = doc.folded();
  size_t start = b;
  while (start > floor && e - start < 3 && f[start - 1] != ' ' && ReadAsDigit(f[start - 1]))
    --start;
  // The run starts a word: not the end of one ("les1").
  const bool word_start = start == floor || !std::isalpha(static_cast<unsigned char>(f[start - 1]));
  if (start == b || !word_start || !ReadByOcr(TrustOf(doc.EvidenceForFolded(start, e).confidence)))
    return std::string_view(f).substr(b, e - b);
  return std::string_view(f).substr(start, e - start);
}

const std::string& FigureCharClass() {
  static const std::string* cls = [] {
    std::string chars;
    for (const Confusion& c : ConfusionTable::Default().rows(ConfusionScope::kDigits)) {
      if (c.seen.size() != 1 || c.meant.size() != 1) continue;
      const char s = c.seen[0];
      // Characters a regex class must escape.
      if (s == '\\' || s == ']' || s == '[' || s == '^' || s == '-') chars += '\\';
      chars += s;
    }
    return new std::string("[0-9" + chars + "]");
  }();
  return *cls;
}

}  // namespace delib
