// Table grids by line morphology (Leptonica), cells, words and checkboxes.
//
// Outline:
//   1. Binarise the page with one global Otsu threshold (clamped, so a blank
//      or very dark page does not turn its noise into ink).
//   2. Reduce 2x with rank 1 (a reduced pixel is on if any of its 4 is): thin
//      rules survive, salt noise inside rules disappears, and the openings
//      cost a quarter.
//   3. Horizontal rules = opening with a 1 x L brick, vertical rules = L x 1,
//      L = width/30 (about 7 mm): longer than any letter stroke of body text,
//      shorter than any table rule. A skewed rule is a staircase of runs that
//      8-connectivity joins again into one component.
//   4. Rule components grouped by touching (a small dilation bridges breaks at
//      crossings) give table candidates; within one, rules are clustered into
//      row and column positions; a rule counts when it covers >= 20% of the
//      table's extent, which lets partial rules (between rows of a merged
//      column) through and keeps underlined words inside cells out.
//   5. Missing rule pieces between two grid cells merge them (union-find).
//   6. At full resolution, the rules are removed from the binary image, and
//      the connected components of what is left that look like square
//      outlines are checkboxes; their interior ink decides them.
#include "pipeline/tables.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>

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
// Rule length as a fraction of the page width (about 7 mm on A4).
constexpr int kRuleFractionOfWidth = 30;
// Gaps along a rule bridged before measuring its length (mm).
constexpr double kGapMm = 0.8;
// Thickest rule accepted (mm); thicker bars are filled areas or bold text.
constexpr double kMaxRuleMm = 1.2;
// Largest residual skew tolerated when checking that a rule is thin.
constexpr double kMaxSkewTan = 0.027;  // tan(1.5°)
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
// Rows (columns) from a square's edge with at least this share of ink are
// its outline: low, so that a skewed or antialiased side counts whole and
// the interior read for the mark starts past it.
constexpr double kOutlineRowFill = 0.25;
// A square inside an OCR word of at least this many characters, at most
// half the word's width, is one of its letters (B, D, O at 150-200 dpi).
constexpr int kMinWordChars = 3;
constexpr double kMinRingFill = 0.6;

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

PixPtr Binarise(Pix* pix) {
  int d = pixGetDepth(pix);
  if (d == 1) return PixPtr(pixClone(pix));
  PixPtr gray(d == 8 && !pixGetColormap(pix) ? pixClone(pix) : pixConvertTo8(pix, 0));
  if (!gray) return nullptr;
  l_int32 thresh = 128;
  if (pixSplitDistributionFgBg(gray.get(), 0.1f, 4, &thresh, nullptr, nullptr, nullptr) != 0)
    thresh = 128;
  thresh = std::clamp<int>(thresh, kMinThreshold, kMaxThreshold);
  return PixPtr(pixThresholdToBinary(gray.get(), thresh));
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
  explicit Bits(Pix* pix) : w(pixGetWidth(pix)), h(pixGetHeight(pix)), v(static_cast<size_t>(w) * h) {
    const l_uint32* data = pixGetData(pix);
    const int wpl = pixGetWpl(pix);
    for (int y = 0; y < h; ++y)
      for (int x = 0; x < w; ++x) v[static_cast<size_t>(y) * w + x] = GET_DATA_BIT(data + y * wpl, x);
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
  if (b.RowPair(r.y0, r.y0 + 1, r.x0, r.x1) < kMinSideInk || b.RowPair(r.y1, r.y1 - 1, r.x0, r.x1) < kMinSideInk ||
      b.ColPair(r.x0, r.x0 + 1, r.y0, r.y1) < kMinSideInk || b.ColPair(r.x1, r.x1 - 1, r.y0, r.y1) < kMinSideInk)
    return false;
  const int c = std::max(2, static_cast<int>(std::lround(0.15 * std::min(r.w(), r.h()))));
  const int need = 2 * c - 2;
  if (b.Block(r.x0, r.y0, c) < need || b.Block(r.x1 - c + 1, r.y0, c) < need ||
      b.Block(r.x0, r.y1 - c + 1, c) < need || b.Block(r.x1 - c + 1, r.y1 - c + 1, c) < need)
    return false;
  const int cap = std::max(1, std::min(r.w(), r.h()) / 4);
  int t = 0, k;
  for (k = 0; k < cap && b.Row(r.y0 + k, r.x0, r.x1) >= kOutlineRowFill; ++k) {}
  t = std::max(t, k);
  for (k = 0; k < cap && b.Row(r.y1 - k, r.x0, r.x1) >= kOutlineRowFill; ++k) {}
  t = std::max(t, k);
  for (k = 0; k < cap && b.Col(r.x0 + k, r.y0, r.y1) >= kOutlineRowFill; ++k) {}
  t = std::max(t, k);
  for (k = 0; k < cap && b.Col(r.x1 - k, r.y0, r.y1) >= kOutlineRowFill; ++k) {}
  t = std::max(t, k);
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
  x0 = std::max(0, x0); y0 = std::max(0, y0);
  x1 = std::min(w - 1, x1); y1 = std::min(h - 1, y1);
  if (x1 < x0 || y1 < y0) return 0;
  int hit = 0, n = along_x ? x1 - x0 + 1 : y1 - y0 + 1;
  for (int i = 0; i < n; ++i) {
    bool on = false;
    int m = along_x ? y1 - y0 + 1 : x1 - x0 + 1;
    for (int k = 0; k < m && !on; ++k) {
      l_uint32 v = 0;
      if (along_x) pixGetPixel(pix, x0 + i, y0 + k, &v);
      else pixGetPixel(pix, x0 + k, y0 + i, &v);
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

struct Grid {
  std::vector<double> ys, xs;  // rule centres, full-resolution continuous coords
  std::vector<int> group;      // per cell (row-major): merged block id
};

void SortWordsIntoText(std::vector<const Word*>* ws, std::string* text) {
  // Reading order: lines by vertical centre (a word joins a line when its
  // centre is within half its height of the line's first word), then x.
  std::sort(ws->begin(), ws->end(), [](const Word* a, const Word* b) {
    return a->box.y0 + a->box.y1 < b->box.y0 + b->box.y1;
  });
  std::vector<std::vector<const Word*>> lines;
  double line_c = 0;
  for (const Word* w : *ws) {
    double c = (w->box.y0 + w->box.y1) / 2, h = w->box.y1 - w->box.y0;
    if (lines.empty() || std::fabs(c - line_c) > std::max(1.0, h / 2)) {
      lines.emplace_back();
      line_c = c;
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

}  // namespace

std::vector<Table> DetectTables(Pix* gray, double pt_per_px, const std::vector<Word>& words) {
  std::vector<Table> tables;
  if (!gray || !(pt_per_px > 0)) return tables;
  const double px_per_mm = 72.0 / pt_per_px / 25.4;

  PixPtr bin = Binarise(gray);
  if (!bin) return tables;
  const int W = pixGetWidth(bin.get()), H = pixGetHeight(bin.get());
  const int red = (W >= 1200 && H >= 1200) ? 2 : 1;
  PixPtr small(red == 2 ? pixReduceRankBinary2(bin.get(), 1, nullptr) : pixClone(bin.get()));
  if (!small) return tables;
  const int sw = pixGetWidth(small.get());
  const double spx_per_mm = px_per_mm / red;

  const int rule_len = std::max(12, sw / kRuleFractionOfWidth);
  // Rules broken by faded toner or noise: keep pieces of a quarter rule
  // (longer than letter strokes of body text), bridge gaps up to kGapMm along
  // the rule, then keep what is rule-long.
  const int piece_len = std::max(6, rule_len / 4);
  const int gap = std::max(3, static_cast<int>(std::lround(kGapMm * spx_per_mm)) | 1);
  PixPtr hmask, vmask;
  {
    PixPtr pieces(pixOpenCompBrickDwa(nullptr, small.get(), piece_len, 1));
    PixPtr bridged(pieces ? pixCloseCompBrickDwa(nullptr, pieces.get(), gap, 1) : nullptr);
    if (bridged) hmask.reset(pixOpenCompBrickDwa(nullptr, bridged.get(), rule_len, 1));
  }
  {
    PixPtr pieces(pixOpenCompBrickDwa(nullptr, small.get(), 1, piece_len));
    PixPtr bridged(pieces ? pixCloseCompBrickDwa(nullptr, pieces.get(), 1, gap) : nullptr);
    if (bridged) vmask.reset(pixOpenCompBrickDwa(nullptr, bridged.get(), 1, rule_len));
  }
  if (!hmask || !vmask) return tables;

  // Filled areas (a shaded header row, a black bar) pass the openings as
  // blocks and, touching the rules, would make one thick component of the
  // whole grid: remove what is thicker than a rule across its direction.
  const double max_thick = std::max(2.0, kMaxRuleMm * spx_per_mm);
  {
    const int across = static_cast<int>(std::ceil(max_thick)) + 1;
    PixPtr hthick(pixOpenCompBrickDwa(nullptr, hmask.get(), 1, across));
    PixPtr vthick(pixOpenCompBrickDwa(nullptr, vmask.get(), across, 1));
    if (hthick) pixSubtract(hmask.get(), hmask.get(), hthick.get());
    if (vthick) pixSubtract(vmask.get(), vmask.get(), vthick.get());
  }
  std::vector<Rect> hsegs, vsegs;
  for (const Rect& r : Components(vmask.get(), 8))
    if (r.h() >= rule_len && r.w() <= max_thick + r.h() * kMaxSkewTan) vsegs.push_back(r);
  if (vsegs.empty()) return tables;  // the common case: a page of text
  for (const Rect& r : Components(hmask.get(), 8))
    if (r.w() >= rule_len && r.h() <= max_thick + r.w() * kMaxSkewTan) hsegs.push_back(r);
  if (hsegs.size() < 2) return tables;

  // Table candidates: rules that touch (after bridging small breaks).
  PixPtr rules(pixOr(nullptr, hmask.get(), vmask.get()));
  // Rule ends can be lost up to a piece's length (the last piece after a
  // gap is too short to keep): the joining reaches that far.
  const int reach = piece_len + gap;
  PixPtr joined(pixDilateBrick(nullptr, rules.get(), reach | 1, reach | 1));
  std::vector<Rect> regions = Components(joined.get(), 8);
  std::sort(regions.begin(), regions.end(),
            [](const Rect& a, const Rect& b) { return a.y0 < b.y0; });

  // Full-resolution rule mask, slightly fattened, to remove rules from cells.
  PixPtr rules_full;
  {
    PixPtr expanded(red == 2 ? pixExpandBinaryPower2(rules.get(), 2) : pixClone(rules.get()));
    rules_full.reset(pixDilateBrick(nullptr, expanded.get(), 3, 3));
  }
  int* tab8 = makePixelSumTab8();

  const double same_tol = std::max(2.0, kSameRuleMm * spx_per_mm);
  const int min_box = static_cast<int>(std::ceil(kMinBoxMm * px_per_mm));
  const int max_box = static_cast<int>(std::ceil(kMaxBoxMm * px_per_mm));
  auto inside = [](const Rect& r, const Rect& reg) {
    return r.cx() >= reg.x0 && r.cx() <= reg.x1 && r.cy() >= reg.y0 && r.cy() <= reg.y1;
  };
  // Reduced index -> full-resolution continuous coordinate of its centre.
  auto full = [red](double i) { return red * (i + 0.5); };

  for (const Rect& reg : regions) {
    std::vector<std::pair<double, std::pair<int, int>>> hs, vs;
    for (const Rect& r : hsegs)
      if (inside(r, reg)) hs.push_back({r.cy(), {r.x0, r.x1}});
    for (const Rect& r : vsegs)
      if (inside(r, reg)) vs.push_back({r.cx(), {r.y0, r.y1}});
    if (hs.size() < 2 || vs.empty()) continue;
    std::vector<Rule> hrules = Cluster(hs, same_tol), vrules = Cluster(vs, same_tol);
    int tx0 = reg.x1, tx1 = reg.x0, ty0 = reg.y1, ty1 = reg.y0;
    for (auto& r : hrules) { tx0 = std::min(tx0, r.Lo()); tx1 = std::max(tx1, r.Hi()); }
    for (auto& r : vrules) { ty0 = std::min(ty0, r.Lo()); ty1 = std::max(ty1, r.Hi()); }
    const double tw = tx1 - tx0 + 1, th = ty1 - ty0 + 1;
    auto keep_h = [&](const Rule& r) { return r.Covered() >= std::max<double>(rule_len, kMinRuleCoverage * tw); };
    auto keep_v = [&](const Rule& r) { return r.Covered() >= std::max<double>(rule_len, kMinRuleCoverage * th); };
    vrules.erase(std::remove_if(vrules.begin(), vrules.end(), [&](const Rule& r) { return !keep_v(r); }), vrules.end());
    if (vrules.empty()) continue;
    // A horizontal rule belongs to the grid only where vertical rules run
    // (give or take a lost end): an underlined title just above is no row.
    int vy0 = vrules[0].Lo(), vy1 = vrules[0].Hi();
    for (auto& r : vrules) { vy0 = std::min(vy0, r.Lo()); vy1 = std::max(vy1, r.Hi()); }
    hrules.erase(std::remove_if(hrules.begin(), hrules.end(),
                                [&](const Rule& r) { return !keep_h(r) || r.pos < vy0 - reach || r.pos > vy1 + reach; }),
                 hrules.end());
    if (hrules.empty()) continue;
    // Recompute the extent from the rules kept, then add missing outer edges
    // (open tables) as implicit rules that rule every edge they bound.
    tx0 = hrules[0].Lo(); tx1 = hrules[0].Hi();
    for (auto& r : hrules) { tx0 = std::min(tx0, r.Lo()); tx1 = std::max(tx1, r.Hi()); }
    ty0 = vrules[0].Lo(); ty1 = vrules[0].Hi();
    for (auto& r : vrules) { ty0 = std::min(ty0, r.Lo()); ty1 = std::max(ty1, r.Hi()); }
    auto implicit = [](double pos, int lo, int hi) {
      Rule r;
      r.pos = pos;
      r.spans = {{lo, hi}};
      return r;
    };
    // A rule's position is its mean: at a residual skew its ends stray from
    // it by up to tan(skew) * extent / 2, and rules may overshoot a frame.
    const double xedge = std::max(same_tol, kMinOpenCellMm * spx_per_mm) + kMaxSkewTan * (ty1 - ty0) / 2;
    const double yedge = std::max(same_tol, kMinOpenCellMm * spx_per_mm) + kMaxSkewTan * (tx1 - tx0) / 2;
    if (vrules.front().pos - tx0 > xedge) vrules.insert(vrules.begin(), implicit(tx0, ty0, ty1));
    if (tx1 - vrules.back().pos > xedge) vrules.push_back(implicit(tx1, ty0, ty1));
    if (hrules.front().pos - ty0 > yedge) hrules.insert(hrules.begin(), implicit(ty0, tx0, tx1));
    if (ty1 - hrules.back().pos > yedge) hrules.push_back(implicit(ty1, tx0, tx1));
    const int nrows = static_cast<int>(hrules.size()) - 1, ncols = static_cast<int>(vrules.size()) - 1;
    if (nrows < 2 || ncols < 2) continue;

    // Merged cells: an unruled edge between two neighbours joins them.
    std::vector<int> parent(nrows * ncols);
    std::iota(parent.begin(), parent.end(), 0);
    auto join = [&](int a, int b) { parent[Find(parent, a)] = Find(parent, b); };
    for (int r = 1; r < nrows; ++r)
      for (int c = 0; c < ncols; ++c) {
        int a = static_cast<int>(std::lround(vrules[c].pos)), b = static_cast<int>(std::lround(vrules[c + 1].pos));
        if (hrules[r].Overlap(a, b) < kEdgeCoverage * (b - a + 1)) join((r - 1) * ncols + c, r * ncols + c);
      }
    for (int c = 1; c < ncols; ++c)
      for (int r = 0; r < nrows; ++r) {
        int a = static_cast<int>(std::lround(hrules[r].pos)), b = static_cast<int>(std::lround(hrules[r + 1].pos));
        if (vrules[c].Overlap(a, b) < kEdgeCoverage * (b - a + 1)) join(r * ncols + c - 1, r * ncols + c);
      }

    Grid g;
    for (auto& r : hrules) g.ys.push_back(full(r.pos));
    for (auto& r : vrules) g.xs.push_back(full(r.pos));

    Table t;
    t.rows = nrows;
    t.cols = ncols;
    t.box = {g.xs.front() * pt_per_px, g.ys.front() * pt_per_px, g.xs.back() * pt_per_px,
             g.ys.back() * pt_per_px};
    t.cells.resize(nrows * ncols);
    // Merged block boxes (in full-res px), indexed by root.
    std::vector<Rect> block(nrows * ncols, Rect{1 << 30, 1 << 30, -1, -1});
    for (int r = 0; r < nrows; ++r)
      for (int c = 0; c < ncols; ++c) {
        int root = Find(parent, r * ncols + c);
        Rect& b = block[root];
        b.x0 = std::min(b.x0, c);
        b.x1 = std::max(b.x1, c + 1);
        b.y0 = std::min(b.y0, r);
        b.y1 = std::max(b.y1, r + 1);
      }

    // Cell content: the binary page inside the table with the rules removed.
    const int fx0 = std::max(0, static_cast<int>(g.xs.front()) - 4);
    const int fy0 = std::max(0, static_cast<int>(g.ys.front()) - 4);
    const int fx1 = std::min(W - 1, static_cast<int>(g.xs.back()) + 4);
    const int fy1 = std::min(H - 1, static_cast<int>(g.ys.back()) + 4);
    BoxPtr clip(boxCreate(fx0, fy0, fx1 - fx0 + 1, fy1 - fy0 + 1));
    PixPtr content(pixClipRectangle(bin.get(), clip.get(), nullptr));
    PixPtr rclip(pixClipRectangle(rules_full.get(), clip.get(), nullptr));
    if (!content || !rclip) continue;
    pixSubtract(content.get(), content.get(), rclip.get());

    auto cell_at = [&](double x, double y, int* row, int* col) {
      auto r = std::upper_bound(g.ys.begin(), g.ys.end(), y) - g.ys.begin() - 1;
      auto c = std::upper_bound(g.xs.begin(), g.xs.end(), x) - g.xs.begin() - 1;
      if (r < 0 || r >= nrows || c < 0 || c >= ncols) return false;
      *row = static_cast<int>(r);
      *col = static_cast<int>(c);
      return true;
    };

    // Checkbox squares among the content's components; the largest per block.
    std::vector<Rect> square(nrows * ncols, Rect{0, 0, -1, -1});
    std::vector<double> square_ink(nrows * ncols, 0);
    std::vector<int> square_margin(nrows * ncols, 0);
    // Words in clip pixels, for the letter test below.
    std::vector<Rect> long_words;
    for (const Word& w : words) {
      int chars = 0;
      for (unsigned char ch : w.text) chars += (ch & 0xC0) != 0x80;
      if (chars < kMinWordChars) continue;
      long_words.push_back({static_cast<int>(w.box.x0 / pt_per_px) - fx0, static_cast<int>(w.box.y0 / pt_per_px) - fy0,
                            static_cast<int>(w.box.x1 / pt_per_px) - fx0, static_cast<int>(w.box.y1 / pt_per_px) - fy0});
    }
    auto in_long_word = [&](const Rect& comp) {
      for (const Rect& w : long_words)
        if (comp.cx() >= w.x0 && comp.cx() <= w.x1 && comp.cy() >= w.y0 && comp.cy() <= w.y1 && w.w() >= 2 * comp.w())
          return true;
      return false;
    };
    for (const Rect& comp : Components(content.get(), 8)) {
      int w = comp.w(), h = comp.h();
      if (w < min_box || h < min_box || w > max_box || h > max_box) continue;
      if (std::max(w, h) > kMaxBoxAspect * std::min(w, h)) continue;
      int row, col;
      if (!cell_at(comp.cx() + fx0 + 0.5, comp.cy() + fy0 + 0.5, &row, &col)) continue;
      int root = Find(parent, row * ncols + col);
      if (square[root].w() >= w) continue;
      if (in_long_word(comp)) continue;
      BoxPtr cb(boxCreate(comp.x0, comp.y0, w, h));
      // The clip may also hold pixels of an X that does not touch the
      // outline: harmless, a mark inside does not reach the outline's edges.
      PixPtr cp(pixClipRectangle(content.get(), cb.get(), nullptr));
      if (!cp) continue;
      Rect sq;
      int thick = 0;
      if (!SquareOutline(Bits(cp.get()), &sq, &thick)) continue;
      int side = std::min(sq.w(), sq.h());
      if (side < min_box) continue;
      int m = thick + std::max(1, static_cast<int>(std::lround(side * 0.08)));
      Rect in{comp.x0 + sq.x0 + m, comp.y0 + sq.y0 + m, comp.x0 + sq.x1 - m, comp.y0 + sq.y1 - m};
      // A filled square has no outline to measure: its interior is all ink.
      double ink = in.w() > 0 && in.h() > 0 ? InkShare(content.get(), in, tab8) : 1.0;
      square[root] = Rect{comp.x0 + sq.x0, comp.y0 + sq.y0, comp.x0 + sq.x1, comp.y0 + sq.y1};
      square_ink[root] = ink;
      square_margin[root] = m;
    }

    // Checkboxes come in columns: where a column holds >= 3 of them, a cell
    // of that column without one is looked at again where its box should be
    // (same size and offset from the cell centre as the column's median).
    // This finds boxes whose outline a mark runs out of (a hand tick joins
    // the outline into a larger component) or that noise broke; the outline
    // must still show on all four sides, which text in the cell does not do.
    auto single = [&](int i) {
      const Rect& b = block[Find(parent, i)];
      return b.x1 - b.x0 == 1 && b.y1 - b.y0 == 1;
    };
    for (int c = 0; c < ncols; ++c) {
      std::vector<double> ws, hs, dxs, dys, ms;
      const double ccx = (g.xs[c] + g.xs[c + 1]) / 2 - fx0 - 0.5;
      for (int r = 0; r < nrows; ++r) {
        int i = r * ncols + c;
        if (!single(i) || square[i].w() <= 0) continue;
        const double ccy = (g.ys[r] + g.ys[r + 1]) / 2 - fy0 - 0.5;
        ws.push_back(square[i].w());
        hs.push_back(square[i].h());
        dxs.push_back(square[i].cx() - ccx);
        dys.push_back(square[i].cy() - ccy);
        ms.push_back(square_margin[i]);
      }
      if (ws.size() < kMinColumnBoxes) continue;
      const int w = static_cast<int>(Median(ws)), h = static_cast<int>(Median(hs));
      const double dx = Median(dxs), dy = Median(dys);
      const int m = static_cast<int>(Median(ms));
      for (int r = 0; r < nrows; ++r) {
        int i = r * ncols + c;
        if (!single(i) || square[i].w() > 0) continue;
        const double ccy = (g.ys[r] + g.ys[r + 1]) / 2 - fy0 - 0.5;
        Rect e;
        e.x0 = static_cast<int>(std::lround(ccx + dx - (w - 1) / 2.0));
        e.y0 = static_cast<int>(std::lround(ccy + dy - (h - 1) / 2.0));
        e.x1 = e.x0 + w - 1;
        e.y1 = e.y0 + h - 1;
        // Residual skew moves boxes against the axis-aligned grid by up to
        // tan(skew) * distance to the table's middle: search around.
        const int reach = std::max(2, std::min(w, h) / 3);
        bool found = false;
        for (int d = 0; d <= reach && !found; ++d)  // nearest first
          for (int oy = -d; oy <= d && !found; ++oy)
            for (int ox = -d; ox <= d && !found; ++ox) {
              if (std::max(std::abs(ox), std::abs(oy)) != d) continue;
              Rect t{e.x0 + ox, e.y0 + oy, e.x1 + ox, e.y1 + oy};
              if (RingVisible(content.get(), t)) { e = t; found = true; }
            }
        if (!found) continue;
        Rect in{e.x0 + m, e.y0 + m, e.x1 - m, e.y1 - m};
        square[i] = e;
        square_ink[i] = in.w() > 0 && in.h() > 0 ? InkShare(content.get(), in, tab8) : 1.0;
      }
    }

    // Words into blocks.
    std::vector<std::vector<const Word*>> block_words(nrows * ncols);
    for (const Word& w : words) {
      double x = (w.box.x0 + w.box.x1) / 2 / pt_per_px, y = (w.box.y0 + w.box.y1) / 2 / pt_per_px;
      int row, col;
      if (cell_at(x, y, &row, &col)) block_words[Find(parent, row * ncols + col)].push_back(&w);
    }
    std::vector<std::string> block_text(nrows * ncols);
    for (int i = 0; i < nrows * ncols; ++i)
      if (!block_words[i].empty()) SortWordsIntoText(&block_words[i], &block_text[i]);

    const int line_margin = 2 + static_cast<int>(std::lround(0.3 * px_per_mm));
    for (int r = 0; r < nrows; ++r)
      for (int c = 0; c < ncols; ++c) {
        int root = Find(parent, r * ncols + c);
        const Rect& b = block[root];  // in grid indices, x1/y1 exclusive
        TableCell& cell = t.cells[r * ncols + c];
        cell.row = r;
        cell.col = c;
        double x0 = g.xs[b.x0], x1 = g.xs[b.x1], y0 = g.ys[b.y0], y1 = g.ys[b.y1];
        cell.box = {x0 * pt_per_px, y0 * pt_per_px, x1 * pt_per_px, y1 * pt_per_px};
        cell.text = block_text[root];
        if (square[root].w() > 0) {
          cell.checkbox = true;
          cell.ink = square_ink[root];
        } else {
          // Interior of the block, rules and a margin excluded, in clip coords.
          Rect in{static_cast<int>(x0) + line_margin - fx0, static_cast<int>(y0) + line_margin - fy0,
                  static_cast<int>(x1) - line_margin - fx0, static_cast<int>(y1) - line_margin - fy0};
          cell.ink = InkShare(content.get(), in, tab8);
          double cw = x1 - x0, ch = y1 - y0;
          // A cell that is itself a small square is a checkbox.
          if (cw >= min_box && ch >= min_box && cw <= max_box + 2 * line_margin &&
              ch <= max_box + 2 * line_margin && std::max(cw, ch) <= kMaxBoxAspect * std::min(cw, ch))
            cell.checkbox = true;
        }
        cell.checked = cell.checkbox && cell.ink >= kCheckedInk;
      }
    tables.push_back(std::move(t));
  }
  LEPT_FREE(tab8);
  return tables;
}

}  // namespace delib
