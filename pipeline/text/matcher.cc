#include "pipeline/text/matcher.h"

#include <algorithm>
#include <cmath>

#include "pipeline/base/fold.h"

namespace delib {
namespace {

// Confusions that can end at read[..i) and meant[..j).
struct Rows {
  std::vector<Confusion> rows;
};

const Rows& RowsOf(ConfusionScope scope) {
  static const Rows letters{ConfusionTable::Default().rows(ConfusionScope::kLetters)};
  static const Rows digits{ConfusionTable::Default().rows(ConfusionScope::kDigits)};
  static const Rows initial{ConfusionTable::Default().rows(ConfusionScope::kInitial)};
  switch (scope) {
    case ConfusionScope::kLetters:
      return letters;
    case ConfusionScope::kDigits:
      return digits;
    case ConfusionScope::kInitial:
      return initial;
  }
  return letters;
}

bool EndsWith(std::string_view s, size_t end, std::string_view suffix) {
  return suffix.size() <= end && s.compare(end - suffix.size(), suffix.size(), suffix) == 0;
}

// The distance with plain edits costing `plain` (1, or a large number to
// count confusions only).
double Distance(std::string_view a, std::string_view b, const Rows& rows, double plain,
                double cap) {
  const size_t n = a.size(), m = b.size();
  if (std::fabs(static_cast<double>(n) - static_cast<double>(m)) > cap + 2) return cap + 1;
  thread_local std::vector<double> cells;
  cells.assign((n + 1) * (m + 1), 0);
  auto d = [&](size_t i, size_t j) -> double& { return cells[i * (m + 1) + j]; };
  for (size_t i = 0; i <= n; ++i) d(i, 0) = plain * i;
  for (size_t j = 0; j <= m; ++j) d(0, j) = plain * j;
  for (size_t i = 1; i <= n; ++i) {
    double row_min = d(i, 0);
    for (size_t j = 1; j <= m; ++j) {
      double best = std::min(d(i - 1, j) + plain, d(i, j - 1) + plain);
      best = std::min(best, d(i - 1, j - 1) + (a[i - 1] == b[j - 1] ? 0 : plain));
      for (const Confusion& c : rows.rows)
        if (EndsWith(a, i, c.seen) && EndsWith(b, j, c.meant))
          best = std::min(best, d(i - c.seen.size(), j - c.meant.size()) + c.cost);
      d(i, j) = best;
      row_min = std::min(row_min, best);
    }
    if (row_min > cap + 2) return cap + 1;  // a confusion may still shorten by at most 2
  }
  return d(n, m);
}

}  // namespace

double WeightedDistance(std::string_view read, std::string_view meant, ConfusionScope scope,
                        double cap) {
  const double d = Distance(read, meant, RowsOf(scope), 1.0, cap);
  return d > cap ? cap + 1 : d;
}

double Allowance(size_t length, Trust trust) {
  double a = length >= 12 ? 2 : length >= 5 ? 1 : 0;
  if (!AtLeast(trust, Trust::kSure) && length >= 8) a += 1;
  return a;
}

Match MatchWord(std::string_view read, std::string_view meant, Trust trust, ConfusionScope scope) {
  if (read == meant) return {MatchLevel::kExact, 0};
  const std::string a = Fold(read), b = Fold(meant);
  if (a == b) return {MatchLevel::kAccent, 0};
  if (a.empty() || b.empty()) return {};
  const Rows& rows = RowsOf(scope);
  constexpr double kNoPlain = 1000;
  const double conf_only = Distance(a, b, rows, kNoPlain, kNoPlain - 1);
  if (conf_only < kNoPlain) return {MatchLevel::kConfusion, conf_only};
  const double allowed = Allowance(std::min(a.size(), b.size()), trust);
  if (allowed <= 0) return {};
  const double d = Distance(a, b, rows, 1.0, allowed);
  if (d <= allowed) return {MatchLevel::kTypo, d};
  return {};
}

bool OneSlipFrom(std::string_view read, std::string_view meant) {
  return MatchWord(read, meant, Trust::kSure).ok() ||
         (meant.size() >= 5 && WeightedDistance(read, meant, ConfusionScope::kLetters, 1) <= 1);
}

std::string MergeLengthConfusions(std::string_view folded) {
  std::string out(folded);
  for (const Confusion& c : RowsOf(ConfusionScope::kLetters).rows) {
    if (c.seen.size() == c.meant.size()) continue;
    const std::string& longer = c.seen.size() > c.meant.size() ? c.seen : c.meant;
    const std::string& shorter = c.seen.size() > c.meant.size() ? c.meant : c.seen;
    for (size_t p; (p = out.find(longer)) != std::string::npos;)
      out.replace(p, longer.size(), shorter);
  }
  return out;
}

LexiconMatch MatchLexicon(std::string_view read, const std::vector<std::string>& lexicon,
                          Trust trust, ConfusionScope scope) {
  LexiconMatch best;
  for (size_t i = 0; i < lexicon.size(); ++i) {
    const Match m = MatchWord(read, lexicon[i], trust, scope);
    if (!m.ok()) continue;
    if (best.index < 0 || m.level < best.match.level ||
        (m.level == best.match.level && m.cost < best.match.cost)) {
      best.index = static_cast<int>(i);
      best.match = m;
    }
  }
  return best;
}

std::string OneAccentPerLetter(std::string_view printed) {
  std::string s;
  size_t i = 0;
  int prev = -1;  // the previous code point, when it was an accented letter
  while (i < printed.size()) {
    const unsigned char c = printed[i];
    if (c >= 0xC3 && c < 0xE0 && i + 1 < printed.size()) {
      const int cp = ((c & 0x1F) << 6) | (printed[i + 1] & 0x3F);
      if (prev >= 0 && cp != prev) {  // a second accent on one letter
        prev = -1;
        i += 2;
        continue;
      }
      s.append(printed.substr(i, 2));
      prev = cp;
      i += 2;
      // The same letter again without its accent: one letter.
      if (i < printed.size() && Fold(printed.substr(i - 2, 2)) == std::string(1, printed[i])) ++i;
      continue;
    }
    prev = -1;
    s += static_cast<char>(c);
    ++i;
  }
  return s;
}

}  // namespace delib
