#include "pipeline/pdf/columns.h"

#include <algorithm>
#include <utility>

namespace delib {
namespace {

constexpr size_t kMinRows = 4;           // rows split by the gutter
constexpr double kMaxGutterShare = 0.4;  // the gutter lies in the page's left part
constexpr double kMinGapPt = 12;         // a gutter is wider than a word space
constexpr double kMinGapHeights = 1.5;   // ... and than 1.5 times the row's height
constexpr double kMinBodyWords = 5;      // mean words of a row's right part
constexpr double kMaxMarginWords = 6;    // mean words of a row's left part
constexpr double kMarginAlignPt = 30;    // most of the column's rows start at the page's left edge

// A row's widest gap between two words, when it is a gutter candidate.
struct Gap {
  bool found = false;
  double left_x1 = 0, right_x0 = 0;
  size_t split = 0;  // words before the gap
};

Gap WidestGap(const Line& l, double max_x) {
  Gap g;
  const double height = l.box.y1 - l.box.y0;
  const double min_gap = std::max(kMinGapPt, kMinGapHeights * height);
  double widest = 0;
  for (size_t k = 0; k + 1 < l.words.size(); ++k) {
    const double gap = l.words[k + 1].box.x0 - l.words[k].box.x1;
    if (gap > widest) {
      widest = gap;
      g.left_x1 = l.words[k].box.x1;
      g.right_x0 = l.words[k + 1].box.x0;
      g.split = k + 1;
    }
  }
  g.found = widest >= min_gap && g.left_x1 < max_x;
  return g;
}

bool Crosses(const Line& l, double x) {
  for (const Word& w : l.words)
    if (w.box.x0 < x && w.box.x1 > x) return true;
  return false;
}

// A ruled frame drawn around the column, not a grid across it: one cell
// holds the column's rows from top to bottom and its right edge runs in the
// gap between the column and the body (a scanned page ruled in two columns).
bool FramesColumn(const Table& t, double top, double bottom, double gap_x0, double gap_x1) {
  for (const TableCell& c : t.cells)
    if (c.box.y0 <= top && c.box.y1 >= bottom && c.box.x1 >= gap_x0 && c.box.x1 <= gap_x1)
      return true;
  return false;
}

Line FromWords(std::vector<Word> words) {
  Line l;
  for (const Word& w : words) l.box.Extend(w.box);
  l.words = std::move(words);
  return l;
}

}  // namespace

std::vector<Line> SplitMarginColumn(std::vector<Line> lines, double page_width,
                                    const std::vector<Table>& tables) {
  if (page_width <= 0 || lines.size() < kMinRows) return lines;
  const size_t n = lines.size();
  std::vector<Gap> gaps(n);
  for (size_t i = 0; i < n; ++i) gaps[i] = WidestGap(lines[i], kMaxGutterShare * page_width);
  double left_edge = page_width;
  for (const Line& l : lines)
    if (!l.words.empty()) left_edge = std::min(left_edge, l.box.x0);

  // The gutter: the position inside the most rows' gaps.
  double gutter = 0;
  size_t best = 0;
  for (size_t i = 0; i < n; ++i) {
    if (!gaps[i].found) continue;
    const double x = (gaps[i].left_x1 + gaps[i].right_x0) / 2;
    size_t count = 0;
    for (const Gap& g : gaps) count += g.found && g.left_x1 < x && g.right_x0 > x;
    if (count > best) {
      best = count;
      gutter = x;
    }
  }
  if (best < kMinRows) return lines;

  // The longest run of rows that the gutter splits or that lie on one side.
  auto split_here = [&](size_t i) {
    return gaps[i].found && gaps[i].left_x1 < gutter && gaps[i].right_x0 > gutter;
  };
  size_t run_b = 0, run_e = 0, run_splits = 0;
  for (size_t i = 0; i < n;) {
    size_t j = i, splits = 0;
    while (j < n && (split_here(j) || !Crosses(lines[j], gutter))) splits += split_here(j++);
    // Trim rows at the run's ends that the gutter does not split.
    size_t b = i, e = j;
    while (b < e && !split_here(b)) ++b;
    while (e > b && !split_here(e - 1)) --e;
    if (splits > run_splits) {
      run_b = b;
      run_e = e;
      run_splits = splits;
    }
    i = j == i ? i + 1 : j;
  }
  if (run_splits < kMinRows) return lines;

  // A column of short labels at the left edge beside running text.
  // Some of its rows may be centred in the column ("Compte rendu / du 28
  // avril 2022" under a left-aligned count box), most are not.
  double left_words = 0, right_words = 0;
  size_t aligned = 0;
  for (size_t i = run_b; i < run_e; ++i) {
    if (!split_here(i)) continue;
    left_words += static_cast<double>(gaps[i].split);
    right_words += static_cast<double>(lines[i].words.size() - gaps[i].split);
    aligned += lines[i].words.front().box.x0 <= left_edge + kMarginAlignPt;
  }
  if (left_words / run_splits > kMaxMarginWords || right_words / run_splits < kMinBodyWords ||
      2 * aligned < run_splits)
    return lines;
  const double top = lines[run_b].box.y0, bottom = lines[run_e - 1].box.y1;
  double gap_x0 = 0, gap_x1 = page_width;  // the gap every split row leaves
  for (size_t i = run_b; i < run_e; ++i) {
    if (!split_here(i)) continue;
    gap_x0 = std::max(gap_x0, gaps[i].left_x1);
    gap_x1 = std::min(gap_x1, gaps[i].right_x0);
  }
  for (const Table& t : tables)
    if (t.box.y0 < bottom && t.box.y1 > top && t.box.x0 < gutter && t.box.x1 > gutter &&
        !FramesColumn(t, top, bottom, gap_x0, gap_x1))
      return lines;

  std::vector<Line> out, margin, body;
  for (size_t i = 0; i < run_b; ++i) out.push_back(std::move(lines[i]));
  for (size_t i = run_b; i < run_e; ++i) {
    Line& l = lines[i];
    std::vector<Word> left, right;
    for (Word& w : l.words) ((w.box.x1 <= gutter) ? left : right).push_back(std::move(w));
    if (!left.empty()) margin.push_back(FromWords(std::move(left)));
    if (!right.empty()) body.push_back(FromWords(std::move(right)));
  }
  for (Line& l : margin) out.push_back(std::move(l));
  for (Line& l : body) out.push_back(std::move(l));
  for (size_t i = run_e; i < n; ++i) out.push_back(std::move(lines[i]));
  return out;
}

}  // namespace delib
