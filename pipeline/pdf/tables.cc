// Table grids by line morphology (Leptonica), cells, words and checkboxes.
//
// Outline (each step is one function below):
//   1. Binarise: one global Otsu threshold, clamped so that a blank or very
//      dark page does not turn its noise into ink.
//   2. Reduce 2x with rank 1 (a reduced pixel is on if any of its 4 is): thin
//      rules survive, salt noise inside rules disappears, openings cost a
//      quarter.
//   3. FindRules: horizontal rules = opening with a 1 x L/4 brick (pieces
//      longer than letter strokes), closing of small gaps along the rule,
//      opening with 1 x L, L = width/30 (about 7 mm): longer than any letter
//      stroke of body text, shorter than any table rule. Vertical rules
//      alike. Blocks thicker than a rule (shaded cells) are removed. A skewed
//      rule is a staircase of runs that 8-connectivity joins into one
//      component. No vertical rule: no table, the quick answer for text pages.
//   4. Regions: rules that touch form table candidates. BuildGrid clusters
//      their rules into row and column positions; a rule counts when it
//      covers >= 20% of the table's extent (partial rules between the rows of
//      a merged column do, an underline in a cell does not); missing outer
//      edges are implied; an unruled edge between two cells merges them.
//   5. At full resolution the rules are removed from the binary page.
//      FindSquares: components that are square outlines (four inked sides,
//      four inked corners, specks trimmed, not a letter of a long OCR word)
//      are checkboxes; SecondLookInColumns looks again where a checkbox
//      column says a box should be; the interior's dark share decides.
#include "pipeline/pdf/tables.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <memory>
#include <numeric>

#include "pipeline/base/fold.h"

namespace delib {
namespace {

struct PixDeleter {
  void operator()(Pix* p) const { pixDestroy(&p); }
};
struct BoxaDeleter {
  void operator()(Boxa* b) const { boxaDestroy(&b); }
};
struct BoxDeleter {
  void operator()(Box* b) const { boxDestroy(&b); }
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;
using BoxaPtr = std::unique_ptr<Boxa, BoxaDeleter>;
using BoxPtr = std::unique_ptr<Box, BoxDeleter>;

// Otsu's threshold is clamped to this range: on a nearly blank page the
// histogram has one mode and Otsu would split the paper's own noise.
constexpr int kMinThreshold = 90;
constexpr int kMaxThreshold = 200;
// The threshold for rules stays at least this far under the paper's grey.
constexpr int kFaintBelowPaper = 40;
// Rule length as a fraction of the page width (about 7 mm on A4).
constexpr int kRuleFractionOfWidth = 30;
// Gaps along a rule bridged before measuring its length (mm).
constexpr double kGapMm = 0.8;
// Thickest rule accepted (mm); thicker bars are filled areas or bold text.
constexpr double kMaxRuleMm = 1.2;
// Largest residual skew tolerated when checking that a rule is thin.
constexpr double kMaxSkewTan = 0.027;  // tan(1.5°)
// A horizontal rule running through words' boxes for this share of its
// length is the baseline of bold text, no rule, unless it runs from a
// vertical rule to another (a row rule touched by a text layer's loose boxes).
constexpr double kMaxRuleInWords = 0.5;
// Rules within this distance (mm) are one rule (broken or doubled).
constexpr double kSameRuleMm = 1.0;
// A rule enters the grid when it covers this share of the table's extent.
constexpr double kMinRuleCoverage = 0.20;
// An open table (no outer frame) gets an implicit edge where its rules run
// on past the outermost crossing rule by more than this (mm).
constexpr double kMinOpenCellMm = 3.0;
// A grid edge between two cells is ruled when rules cover this share of it.
constexpr double kEdgeCoverage = 0.5;
// Checkbox squares: side in mm, aspect, inked share of each side.
// Below 1.5 mm, a bold "o" of small body text binarised at 200 dpi is an
// 11-12 px blob with flat sides that passes for a square.
constexpr double kMinBoxMm = 1.5, kMaxBoxMm = 5.5;
constexpr double kMaxBoxAspect = 1.35;
constexpr double kMinSideInk = 0.80;
// Rows or columns at a component's edge with less ink than this are noise
// specks stuck to the outline, trimmed before the square test.
constexpr double kMaxSpeckFill = 0.3;
// Second look in checkbox columns: boxes needed in the column, and the share
// of each side of the expected square that must show ink.
constexpr size_t kMinColumnBoxes = 3;
constexpr double kMinRingFill = 0.6;
// Rows (columns) from a square's edge with at least this share of ink are
// its outline: low, so that a skewed or antialiased side counts whole and
// the interior read for the mark starts past it.
constexpr double kOutlineRowFill = 0.25;
// A square inside an OCR word of at least this many characters, at most
// half the word's width, is one of its letters (B, D, O at 150-200 dpi).
constexpr int kMinWordChars = 3;

struct Rect {
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // inclusive pixel indices
  int w() const { return x1 - x0 + 1; }
  int h() const { return y1 - y0 + 1; }
  double cx() const { return (x0 + x1) / 2.0; }
  double cy() const { return (y0 + y1) / 2.0; }
};

std::vector<Rect> Components(Pix* pix, int connectivity) {
  std::vector<Rect> out;
  BoxaPtr boxa(pixConnCompBB(pix, connectivity));
  if (!boxa) return out;
  int n = boxaGetCount(boxa.get());
  out.reserve(n);
  for (int i = 0; i < n; ++i) {
    l_int32 x, y, w, h;
    boxaGetBoxGeometry(boxa.get(), i, &x, &y, &w, &h);
    out.push_back({x, y, x + w - 1, y + h - 1});
  }
  return out;
}

// The page binarised twice: `ink` at Otsu's threshold (text, boxes, marks),
// `faint` at a looser one for rules only. Thin rules of a scan (0.5 pt,
// JPEG, faded toner) come out lighter than text strokes: at Otsu's threshold
// they break into dashes longer than any gap we may bridge, and a table
// loses its inner columns and rows. The loose threshold sits halfway from
// Otsu's to the paper (at most kFaintBelowPaper under it): the light shading
// of a header row stays paper, and rules are still told from text by their
// length. Both are null on failure.
struct Binary {
  PixPtr ink, faint;
};

Binary Binarise(Pix* pix) {
  Binary out;
  int d = pixGetDepth(pix);
  if (d == 1) {
    out.ink.reset(pixClone(pix));
    out.faint.reset(pixClone(pix));
    return out;
  }
  PixPtr gray(d == 8 && !pixGetColormap(pix) ? pixClone(pix) : pixConvertTo8(pix, 0));
  if (!gray) return out;
  l_int32 thresh = 128, fg = 0, bg = 255;
  if (pixSplitDistributionFgBg(gray.get(), 0.1f, 4, &thresh, &fg, &bg, nullptr) != 0) {
    thresh = 128;
    bg = 255;
  }
  thresh = std::clamp<int>(thresh, kMinThreshold, kMaxThreshold);
  int faint = std::min((thresh + bg) / 2, bg - kFaintBelowPaper);
  faint = std::clamp<int>(faint, thresh, kMaxThreshold);
  out.ink.reset(pixThresholdToBinary(gray.get(), thresh));
  out.faint.reset(faint == thresh ? pixClone(out.ink.get())
                                  : pixThresholdToBinary(gray.get(), faint));
  return out;
}

// One rule: its position across (y for a horizontal rule) and the intervals
// it covers along (x for a horizontal rule), after merging broken pieces.
struct Rule {
  double pos = 0;
  double weight = 0;
  std::vector<std::pair<int, int>> spans;  // [a, b] along, merged, sorted
  int Covered() const {
    int s = 0;
    for (auto& p : spans) s += p.second - p.first + 1;
    return s;
  }
  int Overlap(int a, int b) const {
    int s = 0;
    for (auto& p : spans) s += std::max(0, std::min(b, p.second) - std::max(a, p.first) + 1);
    return s;
  }
  int Lo() const { return spans.empty() ? 0 : spans.front().first; }
  int Hi() const { return spans.empty() ? 0 : spans.back().second; }
};

void MergeSpans(std::vector<std::pair<int, int>>* spans) {
  std::sort(spans->begin(), spans->end());
  std::vector<std::pair<int, int>> out;
  for (auto& s : *spans) {
    if (!out.empty() && s.first <= out.back().second + 1)
      out.back().second = std::max(out.back().second, s.second);
    else
      out.push_back(s);
  }
  *spans = std::move(out);
}

// Clusters segments (pos across, [a,b] along) into rules.
std::vector<Rule> Cluster(std::vector<std::pair<double, std::pair<int, int>>> segs, double tol) {
  std::sort(segs.begin(), segs.end(),
            [](const auto& l, const auto& r) { return l.first < r.first; });
  std::vector<Rule> rules;
  for (auto& s : segs) {
    double len = s.second.second - s.second.first + 1;
    if (rules.empty() || s.first - rules.back().pos > tol) rules.push_back(Rule{});
    Rule& r = rules.back();
    r.pos = (r.pos * r.weight + s.first * len) / (r.weight + len);
    r.weight += len;
    r.spans.push_back(s.second);
  }
  for (Rule& r : rules) MergeSpans(&r.spans);
  return rules;
}

int Find(std::vector<int>& parent, int i) {
  while (parent[i] != i) i = parent[i] = parent[parent[i]];
  return i;
}

// The pixels of a small clip, for simple indexing.
struct Bits {
  int w = 0, h = 0;
  std::vector<uint8_t> v;
  explicit Bits(Pix* pix)
      : w(pixGetWidth(pix)), h(pixGetHeight(pix)), v(static_cast<size_t>(w) * h) {
    const l_uint32* data = pixGetData(pix);
    const int wpl = pixGetWpl(pix);
    for (int y = 0; y < h; ++y)
      for (int x = 0; x < w; ++x)
        v[static_cast<size_t>(y) * w + x] = GET_DATA_BIT(data + y * wpl, x);
  }
  bool at(int x, int y) const { return v[static_cast<size_t>(y) * w + x] != 0; }
  // Share of pixels on in row y (x in [x0, x1]) or column x (y in [y0, y1]).
  double Row(int y, int x0, int x1) const {
    int n = 0;
    for (int x = x0; x <= x1; ++x) n += at(x, y);
    return static_cast<double>(n) / (x1 - x0 + 1);
  }
  double Col(int x, int y0, int y1) const {
    int n = 0;
    for (int y = y0; y <= y1; ++y) n += at(x, y);
    return static_cast<double>(n) / (y1 - y0 + 1);
  }
  // Share of positions along a side with ink in either of two rows/columns.
  double RowPair(int y, int y2, int x0, int x1) const {
    int n = 0;
    for (int x = x0; x <= x1; ++x) n += at(x, y) || at(x, y2);
    return static_cast<double>(n) / (x1 - x0 + 1);
  }
  double ColPair(int x, int x2, int y0, int y1) const {
    int n = 0;
    for (int y = y0; y <= y1; ++y) n += at(x, y) || at(x2, y);
    return static_cast<double>(n) / (y1 - y0 + 1);
  }
  int Block(int x0, int y0, int c) const {
    int n = 0;
    for (int y = y0; y < y0 + c; ++y)
      for (int x = x0; x < x0 + c; ++x) n += at(x, y);
    return n;
  }
};

// Whether the clip (a component's bounding box) holds a square outline.
// Sets *box to the outline (noise specks touching it trimmed away, in clip
// coordinates) and *thick to its stroke. Letters fail on a side (H, E, N),
// on a corner (o, O, 0, D at low resolution, which look square otherwise).
bool SquareOutline(const Bits& b, Rect* box, int* thick) {
  Rect r{0, 0, b.w - 1, b.h - 1};
  const int max_trim = std::max(1, std::min(b.w, b.h) / 5);
  for (int i = 0; i < max_trim && r.h() > 4 && b.Row(r.y0, r.x0, r.x1) < kMaxSpeckFill; ++i) ++r.y0;
  for (int i = 0; i < max_trim && r.h() > 4 && b.Row(r.y1, r.x0, r.x1) < kMaxSpeckFill; ++i) --r.y1;
  for (int i = 0; i < max_trim && r.w() > 4 && b.Col(r.x0, r.y0, r.y1) < kMaxSpeckFill; ++i) ++r.x0;
  for (int i = 0; i < max_trim && r.w() > 4 && b.Col(r.x1, r.y0, r.y1) < kMaxSpeckFill; ++i) --r.x1;
  if (r.w() < 5 || r.h() < 5) return false;
  if (std::max(r.w(), r.h()) > kMaxBoxAspect * std::min(r.w(), r.h())) return false;
  if (b.RowPair(r.y0, r.y0 + 1, r.x0, r.x1) < kMinSideInk ||
      b.RowPair(r.y1, r.y1 - 1, r.x0, r.x1) < kMinSideInk ||
      b.ColPair(r.x0, r.x0 + 1, r.y0, r.y1) < kMinSideInk ||
      b.ColPair(r.x1, r.x1 - 1, r.y0, r.y1) < kMinSideInk)
    return false;
  const int c = std::max(2, static_cast<int>(std::lround(0.15 * std::min(r.w(), r.h()))));
  const int need = 2 * c - 2;
  if (b.Block(r.x0, r.y0, c) < need || b.Block(r.x1 - c + 1, r.y0, c) < need ||
      b.Block(r.x0, r.y1 - c + 1, c) < need || b.Block(r.x1 - c + 1, r.y1 - c + 1, c) < need)
    return false;
  // The stroke: rows (columns) from each edge at least a quarter inked.
  const int cap = std::max(1, std::min(r.w(), r.h()) / 4);
  auto depth = [cap](auto fill) {
    int k = 0;
    while (k < cap && fill(k) >= kOutlineRowFill) ++k;
    return k;
  };
  const int t = std::max({depth([&](int k) { return b.Row(r.y0 + k, r.x0, r.x1); }),
                          depth([&](int k) { return b.Row(r.y1 - k, r.x0, r.x1); }),
                          depth([&](int k) { return b.Col(r.x0 + k, r.y0, r.y1); }),
                          depth([&](int k) { return b.Col(r.x1 - k, r.y0, r.y1); })});
  *box = r;
  *thick = t;
  return true;
}

double InkShare(Pix* pix, const Rect& r, int* tab8) {
  if (r.w() <= 0 || r.h() <= 0) return 0;
  BoxPtr box(boxCreate(r.x0, r.y0, r.w(), r.h()));
  l_int32 count = 0;
  pixCountPixelsInRect(pix, box.get(), &count, tab8);
  return static_cast<double>(count) / (static_cast<double>(r.w()) * r.h());
}

double Median(std::vector<double> v) {
  std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
  return v[v.size() / 2];
}

// Share of positions along a band of `pix` with any ink across it: columns
// of [x0, x1] x [y0, y1] when `along_x`, else rows.
double BandFill(Pix* pix, int x0, int y0, int x1, int y1, bool along_x) {
  const int w = pixGetWidth(pix), h = pixGetHeight(pix);
  x0 = std::max(0, x0);
  y0 = std::max(0, y0);
  x1 = std::min(w - 1, x1);
  y1 = std::min(h - 1, y1);
  if (x1 < x0 || y1 < y0) return 0;
  int hit = 0, n = along_x ? x1 - x0 + 1 : y1 - y0 + 1;
  for (int i = 0; i < n; ++i) {
    bool on = false;
    int m = along_x ? y1 - y0 + 1 : x1 - x0 + 1;
    for (int k = 0; k < m && !on; ++k) {
      l_uint32 v = 0;
      if (along_x)
        pixGetPixel(pix, x0 + i, y0 + k, &v);
      else
        pixGetPixel(pix, x0 + k, y0 + i, &v);
      on = v != 0;
    }
    hit += on;
  }
  return static_cast<double>(hit) / n;
}

// Whether a square outline shows along all four sides of `e` (give or take
// a few pixels of position), corners left out.
bool RingVisible(Pix* pix, const Rect& e) {
  const int b = std::max(2, std::min(e.w(), e.h()) / 8);
  return BandFill(pix, e.x0 + b, e.y0 - b, e.x1 - b, e.y0 + b, true) >= kMinRingFill &&
         BandFill(pix, e.x0 + b, e.y1 - b, e.x1 - b, e.y1 + b, true) >= kMinRingFill &&
         BandFill(pix, e.x0 - b, e.y0 + b, e.x0 + b, e.y1 - b, false) >= kMinRingFill &&
         BandFill(pix, e.x1 - b, e.y0 + b, e.x1 + b, e.y1 - b, false) >= kMinRingFill;
}

void SortWordsIntoText(std::vector<const Word*>* ws, std::string* text) {
  // Words of no letter or digit (specks, rules) are no words: their boxes
  // (tiny or as tall as two lines) would only mislead the grouping into lines.
  ws->erase(std::remove_if(ws->begin(), ws->end(),
                           [](const Word* w) {
                             return std::none_of(w->text.begin(), w->text.end(), [](char ch) {
                               return std::isalnum(static_cast<unsigned char>(ch)) || (ch & 0x80);
                             });
                           }),
            ws->end());
  // Reading order: lines by vertical centre, then x. A word joins a line
  // when its centre is within half the smaller height (its own or the line's
  // first word's) of the line's: a name wrapped in a narrow cell sits one
  // line spacing lower, about one word height, and OCR may box one of its
  // words over both lines.
  std::sort(ws->begin(), ws->end(), [](const Word* a, const Word* b) {
    return a->box.y0 + a->box.y1 < b->box.y0 + b->box.y1;
  });
  std::vector<std::vector<const Word*>> lines;
  double line_c = 0, line_h = 0;
  for (const Word* w : *ws) {
    double c = (w->box.y0 + w->box.y1) / 2, h = w->box.y1 - w->box.y0;
    if (lines.empty() || std::fabs(c - line_c) > std::max(1.0, std::min(h, line_h) / 2)) {
      lines.emplace_back();
      line_c = c;
      line_h = h;
    }
    lines.back().push_back(w);
  }
  text->clear();
  for (auto& line : lines) {
    std::sort(line.begin(), line.end(),
              [](const Word* a, const Word* b) { return a->box.x0 < b->box.x0; });
    for (const Word* w : line) {
      if (w->text.empty()) continue;
      if (!text->empty()) text->push_back(' ');
      *text += w->text;
    }
  }
}

// The page at the two resolutions the stages work at.
struct Page {
  PixPtr bin;    // full resolution, 1 bpp, ink = 1
  PixPtr small;  // 2x rank-1 reduction (bin itself for small images)
  PixPtr rules;  // the same of the page binarised for faint rules
  int w = 0, h = 0, red = 1;
  double pt_per_px = 0, px_per_mm = 0, spx_per_mm = 0;
  // Small index -> full-resolution continuous coordinate of its centre.
  double Full(double i) const { return red * (i + 0.5); }
};

// The rules of a page, on the reduced image.
struct Rules {
  PixPtr mask;             // horizontal | vertical rules
  std::vector<Rect> h, v;  // thin, rule-long components
  int rule_len = 0;        // shortest rule
  int reach = 0;           // how much of a rule's end may have been lost
};

// Fills `rules`; false when the page cannot hold a ruled table (no vertical
// rule, or fewer than two horizontal ones): the quick "no" of a text page.
bool FindRules(const Page& page, const std::vector<Word>& words, Rules* rules) {
  const int sw = pixGetWidth(page.rules.get());
  const int rule_len = std::max(12, sw / kRuleFractionOfWidth);
  // Rules broken by faded toner or noise: keep pieces of a quarter rule
  // (longer than letter strokes of body text), bridge gaps up to kGapMm along
  // the rule, then keep what is rule-long.
  const int piece_len = std::max(6, rule_len / 4);
  const int gap = std::max(3, static_cast<int>(std::lround(kGapMm * page.spx_per_mm)) | 1);
  auto directional = [&](bool horizontal) {
    const int ph = horizontal ? piece_len : 1, pv = horizontal ? 1 : piece_len;
    const int gh = horizontal ? gap : 1, gv = horizontal ? 1 : gap;
    const int lh = horizontal ? rule_len : 1, lv = horizontal ? 1 : rule_len;
    PixPtr pieces(pixOpenCompBrickDwa(nullptr, page.rules.get(), ph, pv));
    PixPtr bridged(pieces ? pixCloseCompBrickDwa(nullptr, pieces.get(), gh, gv) : nullptr);
    return PixPtr(bridged ? pixOpenCompBrickDwa(nullptr, bridged.get(), lh, lv) : nullptr);
  };
  PixPtr hmask = directional(true), vmask = directional(false);
  if (!hmask || !vmask) return false;

  // Filled areas (a shaded header row, a black bar) pass the openings as
  // blocks and, touching the rules, would make one thick component of the
  // whole grid: remove what is thicker than a rule across its direction.
  const double max_thick = std::max(2.0, kMaxRuleMm * page.spx_per_mm);
  const int across = static_cast<int>(std::ceil(max_thick)) + 1;
  PixPtr hthick(pixOpenCompBrickDwa(nullptr, hmask.get(), 1, across));
  PixPtr vthick(pixOpenCompBrickDwa(nullptr, vmask.get(), across, 1));
  if (hthick) pixSubtract(hmask.get(), hmask.get(), hthick.get());
  if (vthick) pixSubtract(vmask.get(), vmask.get(), vthick.get());

  rules->h.clear();
  rules->v.clear();
  for (const Rect& r : Components(vmask.get(), 8))
    if (r.h() >= rule_len && r.w() <= max_thick + r.h() * kMaxSkewTan) rules->v.push_back(r);
  if (rules->v.empty()) return false;
  // Bold text binarised for faint rules joins its baseline serifs into a
  // run as long as a word: a horizontal "rule" that runs through words' boxes
  // for most of its length is text (a grid rule runs between lines of text).
  std::vector<Rect> word_boxes;
  const double k = 1.0 / (page.pt_per_px * page.red);
  for (const Word& w : words) {
    // Tesseract reports the rules themselves as blank "words".
    if (std::none_of(w.text.begin(), w.text.end(), [](char ch) {
          return std::isalnum(static_cast<unsigned char>(ch)) || (ch & 0x80);
        }))
      continue;
    word_boxes.push_back({static_cast<int>(w.box.x0 * k), static_cast<int>(w.box.y0 * k),
                          static_cast<int>(w.box.x1 * k),
                          static_cast<int>(std::ceil(w.box.y1 * k))});
  }
  auto through_words = [&](const Rect& r) {
    std::vector<std::pair<int, int>> spans;
    for (const Rect& w : word_boxes)
      if (r.cy() >= w.y0 && r.cy() <= w.y1 + 1 && w.x1 >= r.x0 && w.x0 <= r.x1)
        spans.push_back({std::max(w.x0, r.x0), std::min(w.x1, r.x1)});
    MergeSpans(&spans);
    int covered = 0;
    for (auto& sp : spans) covered += sp.second - sp.first + 1;
    if (covered < kMaxRuleInWords * r.w()) return false;
    // A grid rule that loose word boxes (a text layer's) touch still runs
    // from a vertical rule to a vertical rule; a word's baseline stops short.
    const double tol = std::max(3.0, page.spx_per_mm) + max_thick;
    auto on_rule = [&](int x) {
      for (const Rect& v : rules->v)
        if (std::fabs(v.cx() - x) <= tol && r.cy() >= v.y0 - tol && r.cy() <= v.y1 + tol)
          return true;
      return false;
    };
    return !(on_rule(r.x0) && on_rule(r.x1));
  };
  for (const Rect& r : Components(hmask.get(), 8))
    if (r.w() >= rule_len && r.h() <= max_thick + r.w() * kMaxSkewTan && !through_words(r))
      rules->h.push_back(r);
  if (rules->h.size() < 2) return false;
  rules->mask.reset(pixOr(nullptr, hmask.get(), vmask.get()));
  rules->rule_len = rule_len;
  // The last piece of a broken rule can be too short to keep.
  rules->reach = piece_len + gap;
  return rules->mask != nullptr;
}

// Groups of touching rules (rule ends lost up to `reach` bridged): each is
// a table candidate, top to bottom.
std::vector<Rect> Regions(const Rules& rules) {
  const int k = rules.reach | 1;
  PixPtr joined(pixDilateBrick(nullptr, rules.mask.get(), k, k));
  std::vector<Rect> regions = joined ? Components(joined.get(), 8) : std::vector<Rect>{};
  std::sort(regions.begin(), regions.end(),
            [](const Rect& a, const Rect& b) { return a.y0 < b.y0; });
  return regions;
}

// A table's grid: rule centres at full resolution (continuous coordinates,
// pixel i spans [i, i+1)) and its merged blocks.
struct Grid {
  std::vector<double> ys, xs;
  int rows = 0, cols = 0;
  std::vector<int> root;    // per cell (row-major): its block's representative
  std::vector<Rect> block;  // per representative: grid indices, x1/y1 exclusive

  bool Single(int i) const {
    const Rect& b = block[root[i]];
    return b.x1 - b.x0 == 1 && b.y1 - b.y0 == 1;
  }
  // The cell holding full-resolution point (x, y).
  bool CellAt(double x, double y, int* row, int* col) const {
    auto r = std::upper_bound(ys.begin(), ys.end(), y) - ys.begin() - 1;
    auto c = std::upper_bound(xs.begin(), xs.end(), x) - xs.begin() - 1;
    if (r < 0 || r >= rows || c < 0 || c >= cols) return false;
    *row = static_cast<int>(r);
    *col = static_cast<int>(c);
    return true;
  }
};

Rule Implicit(double pos, int lo, int hi) {
  Rule r;
  r.pos = pos;
  r.spans = {{lo, hi}};
  return r;
}

// Builds the grid of one region; false when it is no table (fewer than 2
// rows or 2 columns, e.g. a frame around a paragraph).
bool BuildGrid(const Page& page, const Rules& rules, const Rect& reg, Grid* g) {
  auto inside = [&reg](const Rect& r) {
    return r.cx() >= reg.x0 && r.cx() <= reg.x1 && r.cy() >= reg.y0 && r.cy() <= reg.y1;
  };
  std::vector<std::pair<double, std::pair<int, int>>> hs, vs;
  for (const Rect& r : rules.h)
    if (inside(r)) hs.push_back({r.cy(), {r.x0, r.x1}});
  for (const Rect& r : rules.v)
    if (inside(r)) vs.push_back({r.cx(), {r.y0, r.y1}});
  if (hs.size() < 2 || vs.empty()) return false;
  const double same_tol = std::max(2.0, kSameRuleMm * page.spx_per_mm);
  std::vector<Rule> hrules = Cluster(hs, same_tol), vrules = Cluster(vs, same_tol);
  auto extent = [](const std::vector<Rule>& rs, int* lo, int* hi) {
    *lo = rs[0].Lo();
    *hi = rs[0].Hi();
    for (const Rule& r : rs) {
      *lo = std::min(*lo, r.Lo());
      *hi = std::max(*hi, r.Hi());
    }
  };
  int tx0, tx1, ty0, ty1;
  extent(hrules, &tx0, &tx1);
  extent(vrules, &ty0, &ty1);
  // A rule enters the grid when it covers a good share of the table: partial
  // rules between the rows of a merged column do, an underline in a cell not.
  const double min_h = std::max<double>(rules.rule_len, kMinRuleCoverage * (tx1 - tx0 + 1));
  const double min_v = std::max<double>(rules.rule_len, kMinRuleCoverage * (ty1 - ty0 + 1));
  vrules.erase(std::remove_if(vrules.begin(), vrules.end(),
                              [&](const Rule& r) { return r.Covered() < min_v; }),
               vrules.end());
  if (vrules.empty()) return false;
  // A horizontal rule belongs to the grid only where vertical rules run
  // (give or take a lost end): an underlined title just above is no row.
  extent(vrules, &ty0, &ty1);
  hrules.erase(std::remove_if(hrules.begin(), hrules.end(),
                              [&](const Rule& r) {
                                return r.Covered() < min_h || r.pos < ty0 - rules.reach ||
                                       r.pos > ty1 + rules.reach;
                              }),
               hrules.end());
  if (hrules.empty()) return false;
  extent(hrules, &tx0, &tx1);
  // Open tables (no outer frame): missing outer edges are implicit rules at
  // the ends of the crossing rules. A rule's position is its mean, and at a
  // residual skew its ends stray from it by up to tan(skew) * extent / 2.
  const double open = std::max(same_tol, kMinOpenCellMm * page.spx_per_mm);
  const double xedge = open + kMaxSkewTan * (ty1 - ty0) / 2,
               yedge = open + kMaxSkewTan * (tx1 - tx0) / 2;
  if (vrules.front().pos - tx0 > xedge) vrules.insert(vrules.begin(), Implicit(tx0, ty0, ty1));
  if (tx1 - vrules.back().pos > xedge) vrules.push_back(Implicit(tx1, ty0, ty1));
  if (hrules.front().pos - ty0 > yedge) hrules.insert(hrules.begin(), Implicit(ty0, tx0, tx1));
  if (ty1 - hrules.back().pos > yedge) hrules.push_back(Implicit(ty1, tx0, tx1));
  const int nrows = static_cast<int>(hrules.size()) - 1,
            ncols = static_cast<int>(vrules.size()) - 1;
  if (nrows < 2 || ncols < 2) return false;

  // Merged cells: an unruled edge between two neighbours joins them.
  std::vector<int> parent(nrows * ncols);
  std::iota(parent.begin(), parent.end(), 0);
  auto join = [&](int a, int b) { parent[Find(parent, a)] = Find(parent, b); };
  auto round = [](double v) { return static_cast<int>(std::lround(v)); };
  for (int r = 1; r < nrows; ++r)
    for (int c = 0; c < ncols; ++c) {
      int a = round(vrules[c].pos), b = round(vrules[c + 1].pos);
      if (hrules[r].Overlap(a, b) < kEdgeCoverage * (b - a + 1))
        join((r - 1) * ncols + c, r * ncols + c);
    }
  for (int c = 1; c < ncols; ++c)
    for (int r = 0; r < nrows; ++r) {
      int a = round(hrules[r].pos), b = round(hrules[r + 1].pos);
      if (vrules[c].Overlap(a, b) < kEdgeCoverage * (b - a + 1))
        join(r * ncols + c - 1, r * ncols + c);
    }

  g->rows = nrows;
  g->cols = ncols;
  g->ys.clear();
  g->xs.clear();
  for (const Rule& r : hrules) g->ys.push_back(page.Full(r.pos));
  for (const Rule& r : vrules) g->xs.push_back(page.Full(r.pos));
  g->root.assign(nrows * ncols, 0);
  g->block.assign(nrows * ncols, Rect{1 << 30, 1 << 30, -1, -1});
  for (int r = 0; r < nrows; ++r)
    for (int c = 0; c < ncols; ++c) {
      int root = g->root[r * ncols + c] = Find(parent, r * ncols + c);
      Rect& b = g->block[root];
      b.x0 = std::min(b.x0, c);
      b.x1 = std::max(b.x1, c + 1);
      b.y0 = std::min(b.y0, r);
      b.y1 = std::max(b.y1, r + 1);
    }
  return true;
}

// What is inside a table: the binary page clipped to it, rules removed.
struct Content {
  PixPtr pix;
  int x0 = 0, y0 = 0;  // clip origin on the page
};

bool ClipContent(const Page& page, const Pix* rules_full, const Grid& g, Content* out) {
  out->x0 = std::max(0, static_cast<int>(g.xs.front()) - 4);
  out->y0 = std::max(0, static_cast<int>(g.ys.front()) - 4);
  const int x1 = std::min(page.w - 1, static_cast<int>(g.xs.back()) + 4);
  const int y1 = std::min(page.h - 1, static_cast<int>(g.ys.back()) + 4);
  BoxPtr clip(boxCreate(out->x0, out->y0, x1 - out->x0 + 1, y1 - out->y0 + 1));
  out->pix.reset(pixClipRectangle(page.bin.get(), clip.get(), nullptr));
  PixPtr rclip(pixClipRectangle(const_cast<Pix*>(rules_full), clip.get(), nullptr));
  if (!out->pix || !rclip) return false;
  pixSubtract(out->pix.get(), out->pix.get(), rclip.get());
  return true;
}

// A checkbox read in a block: its square (content coordinates), the dark
// share of its interior, and the margin that excluded the outline.
struct BoxRead {
  Rect square{0, 0, -1, -1};
  double ink = 0;
  int margin = 0;
  bool found() const { return square.w() > 0; }
};

// Square outlines among the content's components; the largest per block.
std::vector<BoxRead> FindSquares(const Page& page, const Grid& g, const Content& ct,
                                 const std::vector<Word>& words, int* tab8) {
  std::vector<BoxRead> out(g.rows * g.cols);
  const int min_box = static_cast<int>(std::ceil(kMinBoxMm * page.px_per_mm));
  const int max_box = static_cast<int>(std::ceil(kMaxBoxMm * page.px_per_mm));
  // Long OCR words in content pixels: a square inside one is a letter.
  std::vector<Rect> long_words;
  for (const Word& w : words) {
    int chars = 0;
    for (unsigned char ch : w.text) chars += (ch & 0xC0) != 0x80;
    if (chars < kMinWordChars) continue;
    auto px = [&](double pt, int origin) { return static_cast<int>(pt / page.pt_per_px) - origin; };
    long_words.push_back(
        {px(w.box.x0, ct.x0), px(w.box.y0, ct.y0), px(w.box.x1, ct.x0), px(w.box.y1, ct.y0)});
  }
  auto in_long_word = [&](const Rect& comp) {
    for (const Rect& w : long_words)
      if (comp.cx() >= w.x0 && comp.cx() <= w.x1 && comp.cy() >= w.y0 && comp.cy() <= w.y1 &&
          w.w() >= 2 * comp.w())
        return true;
    return false;
  };
  for (const Rect& comp : Components(ct.pix.get(), 8)) {
    const int w = comp.w(), h = comp.h();
    if (w < min_box || h < min_box || w > max_box || h > max_box) continue;
    if (std::max(w, h) > kMaxBoxAspect * std::min(w, h)) continue;
    int row, col;
    if (!g.CellAt(comp.cx() + ct.x0 + 0.5, comp.cy() + ct.y0 + 0.5, &row, &col)) continue;
    BoxRead& read = out[g.root[row * g.cols + col]];
    if (read.square.w() >= w || in_long_word(comp)) continue;
    // The clip may also hold pixels of an X that does not touch the
    // outline: harmless, a mark inside does not reach the outline's edges.
    BoxPtr cb(boxCreate(comp.x0, comp.y0, w, h));
    PixPtr cp(pixClipRectangle(ct.pix.get(), cb.get(), nullptr));
    if (!cp) continue;
    Rect sq;
    int thick = 0;
    if (!SquareOutline(Bits(cp.get()), &sq, &thick)) continue;
    const int side = std::min(sq.w(), sq.h());
    if (side < min_box) continue;
    const int m = thick + std::max(1, static_cast<int>(std::lround(side * 0.08)));
    read.square = Rect{comp.x0 + sq.x0, comp.y0 + sq.y0, comp.x0 + sq.x1, comp.y0 + sq.y1};
    read.margin = m;
    const Rect in{read.square.x0 + m, read.square.y0 + m, read.square.x1 - m, read.square.y1 - m};
    // A filled square has no outline to measure: its interior is all ink.
    read.ink = in.w() > 0 && in.h() > 0 ? InkShare(ct.pix.get(), in, tab8) : 1.0;
  }
  return out;
}

// Checkboxes come in columns: where a column holds >= kMinColumnBoxes of
// them, a cell of that column without one is looked at again where its box
// should be (the column's median size and offset from the cell centre).
// This finds boxes whose outline a mark runs out of (a hand tick joins the
// outline into a larger component) or that noise broke; the outline must
// still show on all four sides, which text in the cell does not do.
void SecondLookInColumns(const Grid& g, const Content& ct, std::vector<BoxRead>* reads, int* tab8) {
  for (int c = 0; c < g.cols; ++c) {
    std::vector<double> ws, hs, dxs, dys, ms;
    const double ccx = (g.xs[c] + g.xs[c + 1]) / 2 - ct.x0 - 0.5;
    for (int r = 0; r < g.rows; ++r) {
      const int i = r * g.cols + c;
      const BoxRead& read = (*reads)[i];
      if (!g.Single(i) || !read.found()) continue;
      const double ccy = (g.ys[r] + g.ys[r + 1]) / 2 - ct.y0 - 0.5;
      ws.push_back(read.square.w());
      hs.push_back(read.square.h());
      dxs.push_back(read.square.cx() - ccx);
      dys.push_back(read.square.cy() - ccy);
      ms.push_back(read.margin);
    }
    if (ws.size() < kMinColumnBoxes) continue;
    const int w = static_cast<int>(Median(ws)), h = static_cast<int>(Median(hs));
    const double dx = Median(dxs), dy = Median(dys);
    const int m = static_cast<int>(Median(ms));
    for (int r = 0; r < g.rows; ++r) {
      const int i = r * g.cols + c;
      if (!g.Single(i) || (*reads)[i].found()) continue;
      const double ccy = (g.ys[r] + g.ys[r + 1]) / 2 - ct.y0 - 0.5;
      const int ex = static_cast<int>(std::lround(ccx + dx - (w - 1) / 2.0));
      const int ey = static_cast<int>(std::lround(ccy + dy - (h - 1) / 2.0));
      // Residual skew moves boxes against the axis-aligned grid by up to
      // tan(skew) * distance to the table's middle: search around, nearest
      // first.
      const int reach = std::max(2, std::min(w, h) / 3);
      Rect found{0, 0, -1, -1};
      for (int d = 0; d <= reach && found.w() <= 0; ++d)
        for (int oy = -d; oy <= d && found.w() <= 0; ++oy)
          for (int ox = -d; ox <= d && found.w() <= 0; ++ox) {
            if (std::max(std::abs(ox), std::abs(oy)) != d) continue;
            const Rect t{ex + ox, ey + oy, ex + ox + w - 1, ey + oy + h - 1};
            if (RingVisible(ct.pix.get(), t)) found = t;
          }
      if (found.w() <= 0) continue;
      BoxRead& read = (*reads)[i];
      read.square = found;
      read.margin = m;
      const Rect in{found.x0 + m, found.y0 + m, found.x1 - m, found.y1 - m};
      read.ink = in.w() > 0 && in.h() > 0 ? InkShare(ct.pix.get(), in, tab8) : 1.0;
    }
  }
}

// Assembles the table: boxes in points, text per block, checkboxes.
Table MakeTable(const Page& page, const Grid& g, const Content& ct,
                const std::vector<BoxRead>& reads, const std::vector<Word>& words, int* tab8) {
  const double k = page.pt_per_px;
  Table t;
  t.rows = g.rows;
  t.cols = g.cols;
  t.box = {g.xs.front() * k, g.ys.front() * k, g.xs.back() * k, g.ys.back() * k};
  std::vector<std::vector<const Word*>> block_words(g.rows * g.cols);
  for (const Word& w : words) {
    int row, col;
    if (g.CellAt((w.box.x0 + w.box.x1) / 2 / k, (w.box.y0 + w.box.y1) / 2 / k, &row, &col))
      block_words[g.root[row * g.cols + col]].push_back(&w);
  }
  std::vector<std::string> block_text(g.rows * g.cols);
  for (int i = 0; i < g.rows * g.cols; ++i)
    if (!block_words[i].empty()) SortWordsIntoText(&block_words[i], &block_text[i]);

  const int min_box = static_cast<int>(std::ceil(kMinBoxMm * page.px_per_mm));
  const int max_box = static_cast<int>(std::ceil(kMaxBoxMm * page.px_per_mm));
  const int line_margin = 2 + static_cast<int>(std::lround(0.3 * page.px_per_mm));
  t.cells.resize(g.rows * g.cols);
  for (int r = 0; r < g.rows; ++r)
    for (int c = 0; c < g.cols; ++c) {
      const int root = g.root[r * g.cols + c];
      const Rect& b = g.block[root];
      TableCell& cell = t.cells[r * g.cols + c];
      cell.row = r;
      cell.col = c;
      const double x0 = g.xs[b.x0], x1 = g.xs[b.x1], y0 = g.ys[b.y0], y1 = g.ys[b.y1];
      cell.box = {x0 * k, y0 * k, x1 * k, y1 * k};
      cell.text = block_text[root];
      if (reads[root].found()) {
        cell.checkbox = true;
        cell.ink = reads[root].ink;
      } else {
        // The block's interior, rules and a margin excluded.
        const Rect in{
            static_cast<int>(x0) + line_margin - ct.x0, static_cast<int>(y0) + line_margin - ct.y0,
            static_cast<int>(x1) - line_margin - ct.x0, static_cast<int>(y1) - line_margin - ct.y0};
        cell.ink = InkShare(ct.pix.get(), in, tab8);
        // A cell that is itself a small square is a checkbox.
        const double cw = x1 - x0, ch = y1 - y0;
        cell.checkbox = cw >= min_box && ch >= min_box && cw <= max_box + 2 * line_margin &&
                        ch <= max_box + 2 * line_margin &&
                        std::max(cw, ch) <= kMaxBoxAspect * std::min(cw, ch);
      }
      cell.checked = cell.checkbox && cell.ink >= kCheckedInk;
    }
  return t;
}

struct Tab8Deleter {
  void operator()(int* p) const { LEPT_FREE(p); }
};

}  // namespace

std::vector<Table> DetectTables(Pix* gray, double pt_per_px, const std::vector<Word>& words) {
  std::vector<Table> tables;
  // Smaller than 64 px a side (5 mm at 300 dpi), an image holds no table,
  // and Leptonica's subsampled histogram would fail on it.
  if (!gray || !(pt_per_px > 0) || pixGetWidth(gray) < 64 || pixGetHeight(gray) < 64) return tables;
  Page page;
  Binary binary = Binarise(gray);
  if (!binary.ink || !binary.faint) return tables;
  page.bin = std::move(binary.ink);
  page.w = pixGetWidth(page.bin.get());
  page.h = pixGetHeight(page.bin.get());
  page.red = (page.w >= 1200 && page.h >= 1200) ? 2 : 1;
  page.small.reset(page.red == 2 ? pixReduceRankBinary2(page.bin.get(), 1, nullptr)
                                 : pixClone(page.bin.get()));
  page.rules.reset(page.red == 2 ? pixReduceRankBinary2(binary.faint.get(), 1, nullptr)
                                 : pixClone(binary.faint.get()));
  if (!page.small || !page.rules) return tables;
  page.pt_per_px = pt_per_px;
  page.px_per_mm = 72.0 / pt_per_px / 25.4;
  page.spx_per_mm = page.px_per_mm / page.red;

  Rules rules;
  if (!FindRules(page, words, &rules)) return tables;
  // Full-resolution rule mask, slightly fattened, to remove rules from cells.
  PixPtr expanded(page.red == 2 ? pixExpandBinaryPower2(rules.mask.get(), 2)
                                : pixClone(rules.mask.get()));
  PixPtr rules_full(expanded ? pixDilateBrick(nullptr, expanded.get(), 3, 3) : nullptr);
  if (!rules_full) return tables;
  std::unique_ptr<int, Tab8Deleter> tab8(makePixelSumTab8());

  for (const Rect& region : Regions(rules)) {
    Grid grid;
    Content content;
    if (!BuildGrid(page, rules, region, &grid) ||
        !ClipContent(page, rules_full.get(), grid, &content))
      continue;
    std::vector<BoxRead> reads = FindSquares(page, grid, content, words, tab8.get());
    SecondLookInColumns(grid, content, &reads, tab8.get());
    tables.push_back(MakeTable(page, grid, content, reads, words, tab8.get()));
  }
  return tables;
}

std::vector<Table> DetectTables(const GrayImage& image, const std::vector<Word>& words) {
  if (image.width <= 0 || image.height <= 0 || !(image.dpi > 0) ||
      image.pixels.size() < static_cast<size_t>(image.width) * image.height)
    return {};
  PixPtr pix(pixCreate(image.width, image.height, 8));
  if (!pix) return {};
  l_uint32* data = pixGetData(pix.get());
  const int wpl = pixGetWpl(pix.get());
  for (int y = 0; y < image.height; ++y) {
    l_uint32* line = data + static_cast<size_t>(y) * wpl;
    const uint8_t* src = &image.pixels[static_cast<size_t>(y) * image.width];
    for (int x = 0; x < image.width; ++x) SET_DATA_BYTE(line, x, src[x]);
  }
  return DetectTables(pix.get(), 72.0 / image.dpi, words);
}

}  // namespace delib
