#include "pipeline/text/page_furniture.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <string>

#include "pipeline/text/matcher.h"

namespace delib {
namespace {

constexpr int kMinLetters = 6;             // shorter lines ("Vote :", "1/3") are not told apart
constexpr size_t kMinPages = 3;            // pages the line is printed on
constexpr double kSameHeightShare = 0.03;  // of the page's height, a scan's shift included

// The line's letters and figures, one space between words: what two prints
// of the same line share whatever their marks.
std::string Key(std::string_view folded) {
  std::string key;
  bool space = false;
  for (char c : folded) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (keep) {
      if (space && !key.empty()) key += ' ';
      key += c;
      space = false;
    } else if (c == ' ') {
      space = true;
    }
  }
  return key;
}

int LettersOf(const std::string& key) {
  return static_cast<int>(
      std::count_if(key.begin(), key.end(), [](char c) { return c >= 'a' && c <= 'z'; }));
}

}  // namespace

std::vector<bool> PageFurniture(const DocText& doc) {
  const size_t n = doc.lines().size();
  std::vector<bool> out(n, false);
  const size_t pages = doc.pages().size();
  const size_t need = std::max(kMinPages, (pages + 1) / 2);
  if (pages < kMinPages) return out;
  std::vector<std::string> keys(n);
  std::vector<double> height(n, 0), y(n, 0);
  for (size_t i = 0; i < n; ++i) {
    keys[i] = Key(doc.FoldedLine(i));
    const DocText::LineRef& l = doc.lines()[i];
    const size_t p = static_cast<size_t>(l.page) - 1;
    height[i] = p < pages ? doc.pages()[p].height_pt : 0;
    y[i] = l.line ? (l.line->box.y0 + l.line->box.y1) / 2 : 0;
  }
  for (size_t i = 0; i < n; ++i) {
    if (out[i] || LettersOf(keys[i]) < kMinLetters || height[i] <= 0) continue;
    std::set<int> on_pages;
    std::vector<size_t> same;
    for (size_t j = 0; j < n; ++j) {
      if (std::abs(y[j] - y[i]) > kSameHeightShare * height[i]) continue;
      if (j != i) {
        const size_t a = keys[i].size(), b = keys[j].size();
        if ((a > b ? a - b : b - a) > 3 || !MatchWord(keys[j], keys[i], Trust::kDoubt).ok())
          continue;
      }
      on_pages.insert(doc.lines()[j].page);
      same.push_back(j);
    }
    if (on_pages.size() < need) continue;
    for (size_t j : same) out[j] = true;
  }
  return out;
}

}  // namespace delib
