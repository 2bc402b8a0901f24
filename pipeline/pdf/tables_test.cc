#include "pipeline/pdf/tables.h"

#include <doctest/doctest.h>
#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <chrono>
#include <cmath>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace delib {
namespace {

struct PixDel {
  void operator()(Pix* p) const { pixDestroy(&p); }
};
using PixPtr = std::unique_ptr<Pix, PixDel>;

PixPtr WhitePage(int w, int h) {
  PixPtr p(pixCreate(w, h, 8));
  pixSetAll(p.get());
  return p;
}

void Black(Pix* p, int x, int y, int w, int h) {
  pixRasterop(p, x, y, w, h, PIX_CLR, nullptr, 0, 0);
}

void HLine(Pix* p, int x0, int x1, int y, int t) { Black(p, x0, y - t / 2, x1 - x0 + 1, t); }
void VLine(Pix* p, int x, int y0, int y1, int t) { Black(p, x - t / 2, y0, t, y1 - y0 + 1); }

// A word-like blob: vertical strokes as letters would leave, never square.
void FakeWord(Pix* p, int x, int y, int letters, int s) {
  for (int i = 0; i < letters; ++i) Black(p, x + i * s * 2 / 5, y, std::max(2, s / 10), s * 3 / 4);
}

enum class Mark { kNone, kX, kTick, kFilled, kOverflowTick };

// A checkbox outline of side `side`, stroke `t`, with a mark inside:
// an X, a tick, filled, or a hand tick that runs out of the box.
void Checkbox(Pix* p, int cx, int cy, int side, int t, Mark mark) {
  int x = cx - side / 2, y = cy - side / 2;
  Black(p, x, y, side, t);
  Black(p, x, y + side - t, side, t);
  Black(p, x, y, t, side);
  Black(p, x + side - t, y, t, side);
  int m = t + side / 8, lw = std::max(2, t);
  switch (mark) {
    case Mark::kNone:
      break;
    case Mark::kX:
      pixRenderLine(p, x + m, y + m, x + side - 1 - m, y + side - 1 - m, lw, L_CLEAR_PIXELS);
      pixRenderLine(p, x + side - 1 - m, y + m, x + m, y + side - 1 - m, lw, L_CLEAR_PIXELS);
      break;
    case Mark::kTick:
      pixRenderLine(p, x + m, y + side / 2, x + side * 2 / 5, y + side - 1 - m, lw, L_CLEAR_PIXELS);
      pixRenderLine(p, x + side * 2 / 5, y + side - 1 - m, x + side - 1 - m, y + m, lw,
                    L_CLEAR_PIXELS);
      break;
    case Mark::kFilled:
      Black(p, x, y, side, side);
      break;
    case Mark::kOverflowTick:
      pixRenderLine(p, x + m, y + side / 2, x + side * 2 / 5, y + side - 1 - m, lw + 1,
                    L_CLEAR_PIXELS);
      pixRenderLine(p, x + side * 2 / 5, y + side - 1 - m, x + side + side / 2, y - side / 2,
                    lw + 1, L_CLEAR_PIXELS);
      break;
  }
}

// Salt and pepper with a fixed seed: `pepper` share of pixels set black and
// `salt` share set white, anywhere on the page (rules included).
void Noise(Pix* p, double pepper, double salt, unsigned seed) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> u(0, 1);
  int w = pixGetWidth(p), h = pixGetHeight(p);
  long n_pepper = static_cast<long>(pepper * w * h), n_salt = static_cast<long>(salt * w * h);
  std::uniform_int_distribution<int> ux(0, w - 1), uy(0, h - 1);
  for (long i = 0; i < n_pepper; ++i) pixSetPixel(p, ux(rng), uy(rng), 0);
  for (long i = 0; i < n_salt; ++i) pixSetPixel(p, ux(rng), uy(rng), 255);
}

PixPtr Jpeg(Pix* p, int quality) {
  l_uint8* data = nullptr;
  size_t size = 0;
  pixWriteMemJpeg(&data, &size, p, quality, 0);
  PixPtr out(pixReadMem(data, size));
  LEPT_FREE(data);
  return out;
}

PixPtr Rotate(Pix* p, double deg) {
  return PixPtr(pixRotate(p, static_cast<float>(deg * M_PI / 180), L_ROTATE_AREA_MAP,
                          L_BRING_IN_WHITE, 0, 0));
}

// An attendance table as drawn by the synthetic tests.
struct Synthetic {
  PixPtr pix;
  double pt_per_px = 0;
  std::vector<int> xs, ys;              // rule centres (px)
  std::vector<std::vector<int>> state;  // per member row: -1 no box, 0 empty, 1 checked
  std::vector<Word> words;
};

// cols: Membre | Présents | Absents | Excusés | Pouvoir à ; one header row,
// `members` rows, pattern from the seed (present, excused, present...).
Synthetic MakeAttendance(int dpi, int members, unsigned seed,
                         std::vector<Mark> marks = {Mark::kX}) {
  Synthetic s;
  double mm = dpi / 25.4;
  s.pt_per_px = 72.0 / dpi;
  int w = static_cast<int>(210 * mm), h = static_cast<int>(297 * mm);
  s.pix = WhitePage(w, h);
  int t = std::max(2, dpi / 100);
  std::vector<double> col_mm = {55, 22, 22, 22, 40};
  int x = static_cast<int>(25 * mm);
  s.xs.push_back(x);
  for (double c : col_mm) s.xs.push_back(x += static_cast<int>(c * mm));
  int y = static_cast<int>(60 * mm);
  s.ys.push_back(y);
  for (int r = 0; r <= members; ++r) s.ys.push_back(y += static_cast<int>(7 * mm));
  for (int yy : s.ys) HLine(s.pix.get(), s.xs.front(), s.xs.back(), yy, t);
  for (int xx : s.xs) VLine(s.pix.get(), xx, s.ys.front(), s.ys.back(), t);
  // Some text above the table (a title and a paragraph) and header words.
  for (int l = 0; l < 8; ++l)
    for (int k = 0; k < 9; ++k)
      FakeWord(s.pix.get(), static_cast<int>((25 + k * 19) * mm),
               static_cast<int>((20 + l * 4.5) * mm), 6, static_cast<int>(3 * mm));
  const char* headers[] = {"Membre", "Présents", "Absents", "Excusés", "Pouvoir"};
  auto add_word = [&](const std::string& text, int px, int py, int letters) {
    int sz = static_cast<int>(3 * mm);
    FakeWord(s.pix.get(), px, py, letters, sz);
    Word wd;
    wd.text = text;
    wd.box = {px * s.pt_per_px, py * s.pt_per_px, (px + letters * sz * 2 / 5) * s.pt_per_px,
              (py + sz) * s.pt_per_px};
    s.words.push_back(wd);
  };
  for (int c = 0; c < 5; ++c)
    add_word(headers[c], s.xs[c] + static_cast<int>(2 * mm), s.ys[0] + static_cast<int>(2 * mm), 5);
  int side = static_cast<int>(3.2 * mm);
  for (int r = 0; r < members; ++r) {
    int cy = (s.ys[r + 1] + s.ys[r + 2]) / 2;
    add_word("M.", s.xs[0] + static_cast<int>(2 * mm), cy - static_cast<int>(1.5 * mm), 2);
    add_word("NOM" + std::to_string(r), s.xs[0] + static_cast<int>(10 * mm),
             cy - static_cast<int>(1.5 * mm), 6);
    int checked_col = (r * 7 + static_cast<int>(seed)) % 3;
    if (r % 5 == 4) checked_col = -1;  // nobody ticked: all three empty
    std::vector<int> st(5, -1);
    for (int c = 1; c <= 3; ++c) {
      bool on = c - 1 == checked_col;
      Checkbox(s.pix.get(), (s.xs[c] + s.xs[c + 1]) / 2, cy, side, t,
               on ? marks[r % marks.size()] : Mark::kNone);
      st[c] = on ? 1 : 0;
    }
    if (checked_col == 2)
      add_word("M.", s.xs[4] + static_cast<int>(2 * mm), cy - static_cast<int>(1.5 * mm), 2);
    s.state.push_back(st);
  }
  return s;
}

// Extremes of the ink read in empty and in checked boxes over all tests, to
// document the margin around kCheckedInk.
double g_max_empty_ink = 0, g_min_checked_ink = 1;

void CheckAttendance(const Synthetic& s, const std::vector<Table>& tables, bool exact_boxes) {
  REQUIRE(tables.size() == 1);
  const Table& t = tables[0];
  int members = static_cast<int>(s.state.size());
  REQUIRE(t.rows == members + 1);
  REQUIRE(t.cols == 5);
  REQUIRE(t.cells.size() == static_cast<size_t>(t.rows * t.cols));
  for (int r = 0; r < t.rows; ++r)
    for (int c = 0; c < t.cols; ++c) {
      const TableCell& cell = t.cells[r * t.cols + c];
      CHECK(cell.row == r);
      CHECK(cell.col == c);
      if (exact_boxes) {
        // Rule centres: a rule of thickness t drawn at y covers [y - t/2, y - t/2 + t).
        double tol = 1.0;  // pt
        CHECK(std::fabs(cell.box.x0 - s.xs[c] * s.pt_per_px) <= tol + 0.5 * s.pt_per_px * 3);
        CHECK(std::fabs(cell.box.x1 - s.xs[c + 1] * s.pt_per_px) <= tol + 0.5 * s.pt_per_px * 3);
        CHECK(std::fabs(cell.box.y0 - s.ys[r] * s.pt_per_px) <= tol + 0.5 * s.pt_per_px * 3);
        CHECK(std::fabs(cell.box.y1 - s.ys[r + 1] * s.pt_per_px) <= tol + 0.5 * s.pt_per_px * 3);
      }
      if (r == 0) {
        CHECK_FALSE(cell.checkbox);
        continue;
      }
      int want = s.state[r - 1][c];
      INFO("row ", r, " col ", c, " ink ", cell.ink);
      CHECK(cell.checkbox == (want >= 0));
      if (want >= 0) CHECK(cell.checked == (want == 1));
      if (want == 0) g_max_empty_ink = std::max(g_max_empty_ink, cell.ink);
      if (want == 1) g_min_checked_ink = std::min(g_min_checked_ink, cell.ink);
    }
  CHECK(t.cells[1].text == "Présents");
  CHECK(t.cells[1 * t.cols + 0].text == "M. NOM0");
  CHECK(t.cells[members * t.cols + 0].text == "M. NOM" + std::to_string(members - 1));
}

}  // namespace

TEST_CASE("tables: synthetic attendance grid at 300 dpi, exact") {
  Synthetic s = MakeAttendance(300, 12, 1);
  auto tables = DetectTables(s.pix.get(), s.pt_per_px, s.words);
  CheckAttendance(s, tables, true);
  CHECK(tables[0].box.x0 == doctest::Approx(s.xs.front() * s.pt_per_px).epsilon(0.01));
}

TEST_CASE("tables: synthetic attendance grid at 200 dpi with salt-and-pepper noise") {
  Synthetic s = MakeAttendance(200, 15, 2);
  Noise(s.pix.get(), 0.004, 0.02, 42);
  auto tables = DetectTables(s.pix.get(), s.pt_per_px, s.words);
  CheckAttendance(s, tables, true);
}

TEST_CASE("tables: synthetic grid survives JPEG 60 and 0.5 degree of residual skew") {
  Synthetic s = MakeAttendance(300, 10, 3);
  PixPtr rotated = Rotate(s.pix.get(), 0.5);
  PixPtr jpeg = Jpeg(rotated.get(), 60);
  auto tables = DetectTables(jpeg.get(), s.pt_per_px, s.words);
  CheckAttendance(s, tables, false);
}

TEST_CASE("tables: a page of text returns no table") {
  PixPtr p = WhitePage(2480, 3508);
  for (int l = 0; l < 60; ++l)
    for (int k = 0; k < 9; ++k) FakeWord(p.get(), 300 + k * 210, 300 + l * 50, 7, 36);
  Noise(p.get(), 0.002, 0.0, 7);
  CHECK(DetectTables(p.get(), 72.0 / 300, {}).empty());
}

TEST_CASE("tables: underlined headings and a framed paragraph are not tables") {
  PixPtr p = WhitePage(2480, 3508);
  for (int l = 0; l < 40; ++l) {
    for (int k = 0; k < 9; ++k) FakeWord(p.get(), 300 + k * 210, 300 + l * 70, 7, 36);
    if (l % 6 == 0) HLine(p.get(), 300, 1200, 300 + l * 70 + 34, 3);  // underline
  }
  // A frame around a paragraph: one cell, not a table.
  HLine(p.get(), 250, 2200, 3100, 3);
  HLine(p.get(), 250, 2200, 3400, 3);
  VLine(p.get(), 250, 3100, 3400, 3);
  VLine(p.get(), 2200, 3100, 3400, 3);
  CHECK(DetectTables(p.get(), 72.0 / 300, {}).empty());
  CHECK(DetectTables(nullptr, 0.24, {}).empty());
}

TEST_CASE("tables: merged first column (rowspan) shares its box and text") {
  // Collectivité | Membre | Présents | Absents ; rows 1-3 belong to one
  // collectivité (no rule across column 0 between them), row 4 to another.
  PixPtr p = WhitePage(2480, 3508);
  const double ptpp = 72.0 / 300;
  std::vector<int> xs = {200, 800, 1500, 1800, 2100}, ys = {400, 480, 560, 640, 720, 800};
  for (int i = 0; i < static_cast<int>(ys.size()); ++i) {
    bool partial = i == 2 || i == 3;
    HLine(p.get(), partial ? xs[1] : xs[0], xs.back(), ys[i], 3);
  }
  for (int x : xs) VLine(p.get(), x, ys.front(), ys.back(), 3);
  std::vector<Word> words;
  auto word = [&](const std::string& text, int x, int y) {
    FakeWord(p.get(), x, y, 6, 30);
    words.push_back({text, {x * ptpp, y * ptpp, (x + 72) * ptpp, (y + 30) * ptpp}, 0.9f});
  };
  word("Conseil", 230, 580);
  word("régional", 330, 580);
  word("Nord", 230, 740);
  Checkbox(p.get(), 1650, 520, 36, 3, Mark::kX);
  Checkbox(p.get(), 1950, 520, 36, 3, Mark::kNone);
  auto tables = DetectTables(p.get(), ptpp, words);
  REQUIRE(tables.size() == 1);
  const Table& t = tables[0];
  REQUIRE(t.rows == 5);
  REQUIRE(t.cols == 4);
  for (int r = 1; r <= 3; ++r) {
    const TableCell& c = t.cells[r * 4];
    CHECK(c.text == "Conseil régional");
    CHECK(c.box.y0 == doctest::Approx(480.5 * ptpp).epsilon(0.01));
    CHECK(c.box.y1 == doctest::Approx(720.5 * ptpp).epsilon(0.01));
  }
  CHECK(t.cells[4 * 4].text == "Nord");
  CHECK(t.cells[0].text.empty());
  CHECK(t.cells[1 * 4 + 1].box.y1 == doctest::Approx(560.5 * ptpp).epsilon(0.01));  // not merged
  CHECK(t.cells[1 * 4 + 2].checkbox);
  CHECK(t.cells[1 * 4 + 2].checked);
  CHECK(t.cells[1 * 4 + 3].checkbox);
  CHECK_FALSE(t.cells[1 * 4 + 3].checked);
  CHECK_FALSE(t.cells[2 * 4 + 2].checkbox);
}

TEST_CASE("tables: a grid of small square cells reads each cell as a checkbox") {
  PixPtr p = WhitePage(1000, 600);
  const double ptpp = 72.0 / 300;
  std::vector<int> xs = {100, 500, 540, 580}, ys = {100, 140, 180};
  for (int y : ys) HLine(p.get(), xs.front(), xs.back(), y, 2);
  for (int x : xs) VLine(p.get(), x, ys.front(), ys.back(), 2);
  // Fill cell (row 0, col 1) with an X, leave the rest empty.
  pixRenderLine(p.get(), 506, 106, 534, 134, 3, L_CLEAR_PIXELS);
  pixRenderLine(p.get(), 534, 106, 506, 134, 3, L_CLEAR_PIXELS);
  auto tables = DetectTables(p.get(), ptpp, {});
  REQUIRE(tables.size() == 1);
  REQUIRE(tables[0].rows == 2);
  REQUIRE(tables[0].cols == 3);
  const auto& c = tables[0].cells;
  CHECK_FALSE(c[0].checkbox);
  CHECK(c[1].checkbox);
  CHECK(c[1].checked);
  CHECK(c[2].checkbox);
  CHECK_FALSE(c[2].checked);
  CHECK(c[4].checkbox);
  CHECK_FALSE(c[4].checked);
}

namespace {

// A scan's look: paper at `paper`, ink at `ink` (linear map of 0..255), then
// Gaussian noise of `stdev` with a fixed seed.
void LowContrast(Pix* p, int paper, int ink, double stdev, unsigned seed) {
  std::mt19937 rng(seed);
  std::normal_distribution<double> n(0, stdev);
  int w = pixGetWidth(p), h = pixGetHeight(p), wpl = pixGetWpl(p);
  l_uint32* data = pixGetData(p);
  for (int y = 0; y < h; ++y) {
    l_uint32* line = data + y * wpl;
    for (int x = 0; x < w; ++x) {
      double v = ink + (paper - ink) * GET_DATA_BYTE(line, x) / 255.0 + n(rng);
      SET_DATA_BYTE(line, x, static_cast<int>(std::clamp(v, 0.0, 255.0)));
    }
  }
}

}  // namespace

TEST_CASE("tables: ticks and filled boxes count as checked, at 200 and 300 dpi") {
  for (int dpi : {200, 300}) {
    Synthetic s = MakeAttendance(dpi, 12, 5, {Mark::kX, Mark::kTick, Mark::kFilled});
    auto tables = DetectTables(s.pix.get(), s.pt_per_px, s.words);
    INFO("dpi ", dpi);
    CheckAttendance(s, tables, true);
  }
}

TEST_CASE("tables: grey paper, Gaussian noise, 1.5 degree skew and JPEG 50 together") {
  Synthetic s = MakeAttendance(200, 14, 6, {Mark::kX, Mark::kTick});
  LowContrast(s.pix.get(), 205, 70, 18, 99);
  PixPtr rotated = Rotate(s.pix.get(), 1.5);
  PixPtr jpeg = Jpeg(rotated.get(), 50);
  auto tables = DetectTables(jpeg.get(), s.pt_per_px, {});
  REQUIRE(tables.size() == 1);
  REQUIRE(tables[0].rows == 15);
  REQUIRE(tables[0].cols == 5);
  int wrong = 0;
  for (int r = 1; r < tables[0].rows; ++r)
    for (int c = 1; c <= 3; ++c) {
      const TableCell& cell = tables[0].cells[r * 5 + c];
      bool bad = !cell.checkbox || cell.checked != (s.state[r - 1][c] == 1);
      if (s.state[r - 1][c] == 0) g_max_empty_ink = std::max(g_max_empty_ink, cell.ink);
      if (s.state[r - 1][c] == 1) g_min_checked_ink = std::min(g_min_checked_ink, cell.ink);
      if (bad) MESSAGE("wrong cell ", r, ",", c, " checkbox ", cell.checkbox, " ink ", cell.ink);
      wrong += bad;
    }
  CHECK(wrong == 0);
}

TEST_CASE("tables: a hand tick running out of its box") {
  Synthetic s = MakeAttendance(300, 6, 7, {Mark::kOverflowTick});
  auto tables = DetectTables(s.pix.get(), s.pt_per_px, s.words);
  CheckAttendance(s, tables, true);
  MESSAGE("synthetic boxes so far: empty ink <= " << g_max_empty_ink
                                                  << ", checked ink >= " << g_min_checked_ink);
  CHECK(g_max_empty_ink < kCheckedInk);
  CHECK(g_min_checked_ink > kCheckedInk);
}

TEST_CASE("tables: rules broken every few millimetres (faded toner) still make the grid") {
  Synthetic s = MakeAttendance(300, 8, 8);
  // Cut every rule with 5 px gaps every 35 px (3 mm): no run reaches the
  // rule length, so the grid must be rebuilt from the pieces.
  for (size_t i = 0; i < s.ys.size(); ++i)
    for (int x = s.xs.front() + 20; x < s.xs.back(); x += 35)
      pixRasterop(s.pix.get(), x, s.ys[i] - 3, 5, 7, PIX_SET, nullptr, 0, 0);
  for (size_t i = 0; i < s.xs.size(); ++i)
    for (int y = s.ys.front() + 20; y < s.ys.back(); y += 35)
      pixRasterop(s.pix.get(), s.xs[i] - 3, y, 7, 5, PIX_SET, nullptr, 0, 0);
  auto tables = DetectTables(s.pix.get(), s.pt_per_px, s.words);
  CheckAttendance(s, tables, true);
}

TEST_CASE("tables: an underlined title above the table adds no row") {
  Synthetic s = MakeAttendance(300, 5, 9);
  const int mm4 = static_cast<int>(4 * 300 / 25.4);
  HLine(s.pix.get(), s.xs[0], s.xs[0] + (s.xs.back() - s.xs[0]) / 2, s.ys[0] - mm4, 3);
  auto tables = DetectTables(s.pix.get(), s.pt_per_px, s.words);
  CheckAttendance(s, tables, true);
}

TEST_CASE("tables: an open table (inner rules only) takes its edges from the rule ends") {
  PixPtr p = WhitePage(2480, 3508);
  const double ptpp = 72.0 / 300;
  std::vector<int> ys = {500, 580, 660, 740};
  for (int y : ys) HLine(p.get(), 300, 1900, y, 3);
  VLine(p.get(), 900, 500, 740, 3);
  VLine(p.get(), 1400, 500, 740, 3);
  auto tables = DetectTables(p.get(), ptpp, {});
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].rows == 3);
  REQUIRE(tables[0].cols == 3);
  CHECK(tables[0].cells[0].box.x0 == doctest::Approx(300 * ptpp).epsilon(0.01));
  CHECK(tables[0].cells[1].box.x0 == doctest::Approx(900.5 * ptpp).epsilon(0.01));
  CHECK(tables[0].cells[2].box.x1 == doctest::Approx(1900 * ptpp).epsilon(0.01));
}

TEST_CASE("tables: a black header row is dropped and the grid below it kept") {
  // A header row shaded darker than the binarisation threshold is a block,
  // not rules: its rows go, the member rows stay with their checkboxes.
  Synthetic s = MakeAttendance(300, 6, 10);
  pixRasterop(s.pix.get(), s.xs.front() - 1, s.ys[0] - 1, s.xs.back() - s.xs.front() + 3,
              s.ys[1] - s.ys[0] + 1, PIX_CLR, nullptr, 0, 0);
  auto tables = DetectTables(s.pix.get(), s.pt_per_px, {});
  REQUIRE(tables.size() == 1);
  const Table& t = tables[0];
  REQUIRE(t.cols == 5);
  REQUIRE(t.rows == 6);
  CHECK(t.box.y1 == doctest::Approx((s.ys.back() + 0.5) * s.pt_per_px).epsilon(0.01));
  for (int r = 0; r < t.rows; ++r)
    for (int c = 1; c <= 3; ++c) {
      const TableCell& cell = t.cells[r * 5 + c];
      CHECK(cell.checkbox);
      CHECK(cell.checked == (s.state[r][c] == 1));
    }
}

TEST_CASE("tables: faint inner rules (lighter than the text) still make the grid") {
  // A t19-syndicat scan: 0.5 pt inner rules come out grey (100-180) where
  // text and the frame are black; at Otsu's threshold they break into dashes.
  Synthetic s = MakeAttendance(300, 6, 12);
  const int t = 3;
  auto lighten = [&](int x0, int y0, int x1, int y1) {
    for (int y = y0; y <= y1; ++y)
      for (int x = x0; x <= x1; ++x) {
        l_uint32 v = 255;
        pixGetPixel(s.pix.get(), x, y, &v);
        if (v < 128) pixSetPixel(s.pix.get(), x, y, ((x * 7 + y * 13) % 5 == 0) ? 200 : 170);
      }
  };
  for (size_t i = 1; i + 1 < s.xs.size(); ++i)
    lighten(s.xs[i] - t, s.ys.front() + t, s.xs[i] + t, s.ys.back() - t);
  for (size_t i = 1; i + 1 < s.ys.size(); ++i)
    lighten(s.xs.front() + t, s.ys[i] - t, s.xs.back() - t, s.ys[i] + t);
  CheckAttendance(s, DetectTables(s.pix.get(), s.pt_per_px, s.words), true);
}

TEST_CASE("tables: bold baselines are no rule; a row rule touched by loose word boxes is") {
  Synthetic s = MakeAttendance(300, 6, 13);
  const double mm = 300 / 25.4;
  // Bold header words joined at their baseline by the loose threshold: a
  // run under each word, inside its box, short of the column rules.
  for (int c = 1; c <= 3; ++c) {
    const Word& w = s.words[c];
    int x0 = static_cast<int>(w.box.x0 / s.pt_per_px), x1 = static_cast<int>(w.box.x1 / s.pt_per_px);
    x1 = std::max(x1, x0 + static_cast<int>(12 * mm));
    s.words[c].box.x1 = x1 * s.pt_per_px;
    HLine(s.pix.get(), x0, x1, static_cast<int>(w.box.y1 / s.pt_per_px) - 2, 3);
  }
  // A text layer's tall boxes over the rule under the first member row.
  for (Word& w : s.words)
    if (w.box.y0 > s.ys[1] * s.pt_per_px && w.box.y1 < s.ys[2] * s.pt_per_px)
      w.box.y1 = (s.ys[2] + 4) * s.pt_per_px;
  Word wide;
  wide.text = "Département du Nord M. DISSAUX";
  wide.box = {(s.xs[0] + 10) * s.pt_per_px, (s.ys[1] + 10) * s.pt_per_px,
              (s.xs.back() - 10) * s.pt_per_px, (s.ys[2] + 4) * s.pt_per_px};
  std::vector<Word> words = s.words;
  words.push_back(wide);
  auto tables = DetectTables(s.pix.get(), s.pt_per_px, words);
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].rows == 7);
  CHECK(tables[0].cols == 5);
}

TEST_CASE("tables: a name wrapped in its cell reads in order, specks left out") {
  Synthetic s = MakeAttendance(300, 4, 14);
  // OCR of "M. Gérard VANDEN" over "DORPE" in the first member's cell, the
  // surname boxed over both lines, and specks read as ":" and "|".
  std::vector<Word> words;
  for (const Word& w : s.words)
    if (w.text != "M." && w.text != "NOM0") words.push_back(w);
  const double top = s.ys[1] * s.pt_per_px, x = s.xs[0] * s.pt_per_px;
  auto add = [&](const char* text, double x0, double y0, double x1, double y1) {
    Word w;
    w.text = text;
    w.box = {x + x0, top + y0, x + x1, top + y1};
    words.push_back(w);
  };
  add("M.", 6, 2.0, 17, 10.6);
  add("Gérard", 20, 1.0, 50, 10.8);
  add("VANDEN", 54, 2.1, 90, 10.6);
  add("DORPE", 6, 4.6, 41, 19.2);
  add(":", 95, 6.0, 95.5, 6.5);
  add("|", 1, 0.5, 4, 19.0);
  auto tables = DetectTables(s.pix.get(), s.pt_per_px, words);
  REQUIRE(tables.size() == 1);
  REQUIRE(tables[0].cols == 5);
  CHECK(tables[0].cells[1 * 5 + 0].text == "M. Gérard VANDEN DORPE");
}

TEST_CASE("tables: a born-digital page rendered at 150 dpi (GrayImage) with its layer's words") {
  Synthetic s = MakeAttendance(150, 8, 15);
  GrayImage img;
  img.width = pixGetWidth(s.pix.get());
  img.height = pixGetHeight(s.pix.get());
  img.dpi = 150;
  for (int y = 0; y < img.height; ++y)
    for (int x = 0; x < img.width; ++x) {
      l_uint32 v = 0;
      pixGetPixel(s.pix.get(), x, y, &v);
      img.pixels.push_back(static_cast<uint8_t>(v));
    }
  CheckAttendance(s, DetectTables(img, s.words), true);
  CHECK(DetectTables(GrayImage{}, s.words).empty());
}

TEST_CASE("tables: odd inputs (tiny, 1 bpp, colour) are handled") {
  for (auto [w, h] : {std::pair{1, 1}, {3, 4000}, {4000, 3}, {40, 40}}) {
    PixPtr p = WhitePage(w, h);
    CHECK(DetectTables(p.get(), 0.24, {}).empty());
  }
  PixPtr black(pixCreate(600, 600, 8));  // all ink
  CHECK(DetectTables(black.get(), 0.24, {}).empty());
  CHECK(DetectTables(black.get(), 0, {}).empty());
  // The same table as 1 bpp and as RGB reads the same.
  Synthetic s = MakeAttendance(300, 5, 11);
  PixPtr bw(pixConvertTo1(s.pix.get(), 128));
  PixPtr rgb(pixConvertTo32(s.pix.get()));
  CheckAttendance(s, DetectTables(bw.get(), s.pt_per_px, s.words), true);
  CheckAttendance(s, DetectTables(rgb.get(), s.pt_per_px, s.words), true);
}

namespace {

struct Truth {
  nlohmann::json j;
  bool ok = false;
};

Truth LoadTruth() {
  Truth t;
  std::ifstream in(std::string(DELIB_SOURCE_DIR) + "/tests/data/tables/attendance_001.json");
  if (!in) return t;
  t.j = nlohmann::json::parse(in, nullptr, false);
  t.ok = !t.j.is_discarded();
  return t;
}

PixPtr LoadPage() {
  PixPtr p(
      pixRead((std::string(DELIB_SOURCE_DIR) + "/tests/data/tables/attendance_001.png").c_str()));
  if (!p) return p;
  return PixPtr(pixConvertTo8(p.get(), 0));
}

std::vector<Word> TruthWords(const nlohmann::json& j) {
  std::vector<Word> out;
  for (const auto& w : j["words"]) {
    Word wd;
    wd.text = w["text"].get<std::string>();
    wd.box = {w["box"][0].get<double>(), w["box"][1].get<double>(), w["box"][2].get<double>(),
              w["box"][3].get<double>()};
    out.push_back(wd);
  }
  return out;
}

// Share of the truth's checkboxes found as checkboxes with the right state;
// 0 when the grid's shape is wrong.
double CheckboxAccuracy(const std::vector<Table>& tables, const nlohmann::json& j) {
  if (tables.size() != 1) return 0;
  const Table& t = tables[0];
  if (t.rows != j["rows"].get<int>() || t.cols != j["cols"].get<int>()) return 0;
  int good = 0, n = 0;
  for (const auto& cb : j["checkboxes"]) {
    const TableCell& c = t.cells[cb[0].get<int>() * t.cols + cb[1].get<int>()];
    ++n;
    good += c.checkbox && c.checked == cb[2].get<bool>();
  }
  // A checkbox found where there is none counts against it too.
  int extra = 0;
  for (const TableCell& c : t.cells) extra += c.checkbox;
  extra -= n;
  return n ? static_cast<double>(good - std::max(0, extra)) / n : 0;
}

}  // namespace

TEST_CASE("tables: realistic attendance page of seed 001 (clean, 300 dpi)") {
  Truth truth = LoadTruth();
  REQUIRE(truth.ok);
  PixPtr page = LoadPage();
  REQUIRE(page);
  const nlohmann::json& j = truth.j;
  const double ptpp = 72.0 / j["dpi"].get<int>();
  std::vector<Word> words = TruthWords(j);
  auto t0 = std::chrono::steady_clock::now();
  auto tables = DetectTables(page.get(), ptpp, words);
  double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  MESSAGE("DetectTables on a 300 dpi A4 attendance page: " << ms << " ms");
  REQUIRE(tables.size() == 1);
  const Table& t = tables[0];
  REQUIRE(t.rows == j["rows"].get<int>());
  REQUIRE(t.cols == j["cols"].get<int>());
  CHECK(CheckboxAccuracy(tables, j) == 1.0);
  // Grid lines at the rule centres.
  for (int c = 0; c < t.cols; ++c) {
    CHECK(t.cells[t.cols + c].box.x0 ==
          doctest::Approx(j["rules_x"][c].get<double>() * ptpp).epsilon(0.005));
  }
  for (int r = 0; r < t.rows; ++r) {
    CHECK(t.cells[r * t.cols + 1].box.y0 ==
          doctest::Approx(j["rules_y"][r].get<double>() * ptpp).epsilon(0.005));
  }
  // Every cell's text as drawn (merged Collectivité cells carry their block's text).
  for (int r = 0; r < t.rows; ++r)
    for (int c = 0; c < t.cols; ++c) {
      std::string key = std::to_string(r) + "," + std::to_string(c);
      std::string want = j["cells"].contains(key) ? j["cells"][key].get<std::string>() : "";
      INFO("cell ", key);
      CHECK(t.cells[r * t.cols + c].text == want);
    }
  // The Collectivité blocks are merged: identical boxes within a block.
  for (const auto& b : j["merged_col0"]) {
    int r0 = b[0].get<int>(), r1 = b[1].get<int>();
    for (int r = r0; r <= r1; ++r) {
      CHECK(t.cells[r * t.cols].box.y0 == t.cells[r0 * t.cols].box.y0);
      CHECK(t.cells[r * t.cols].box.y1 == t.cells[r1 * t.cols].box.y1);
    }
  }
}

TEST_CASE("tables: realistic page under degradation (skew 1 deg, noise, JPEG 60, 200 dpi)") {
  Truth truth = LoadTruth();
  REQUIRE(truth.ok);
  PixPtr page = LoadPage();
  REQUIRE(page);
  const nlohmann::json& j = truth.j;
  const double ptpp = 72.0 / j["dpi"].get<int>();
  struct Variant {
    const char* name;
    double skew, pepper, salt;
    int jpeg;
    double scale;
  };
  const Variant variants[] = {
      {"skew 1 deg", 1.0, 0, 0, 0, 1.0},
      {"skew -1 deg", -1.0, 0, 0, 0, 1.0},
      {"salt+pepper 0.5%/2%", 0, 0.005, 0.02, 0, 1.0},
      {"JPEG 60", 0, 0, 0, 60, 1.0},
      {"200 dpi", 0, 0, 0, 0, 2.0 / 3},
      {"200 dpi + JPEG 60 + noise", 0, 0.003, 0.01, 60, 2.0 / 3},
      {"all: skew 1 deg, noise, JPEG 60, 200 dpi", 1.0, 0.003, 0.01, 60, 2.0 / 3},
      {"150 dpi, skew 0.7 deg", 0.7, 0, 0, 0, 0.5},
      {"400 dpi, JPEG 60", 0, 0, 0, 60, 4.0 / 3},
  };
  for (const Variant& v : variants) {
    PixPtr p(pixCopy(nullptr, page.get()));  // Noise() writes in place
    if (v.skew != 0) p = Rotate(p.get(), v.skew);
    if (v.scale != 1.0)
      p.reset(pixScale(p.get(), static_cast<float>(v.scale), static_cast<float>(v.scale)));
    if (v.pepper > 0 || v.salt > 0) Noise(p.get(), v.pepper, v.salt, 1234);
    if (v.jpeg) p = Jpeg(p.get(), v.jpeg);
    REQUIRE(p);
    auto tables = DetectTables(p.get(), ptpp / v.scale, TruthWords(j));
    double acc = CheckboxAccuracy(tables, j);
    std::ostringstream detail;
    for (const Table& t : tables) {
      detail << " [" << t.rows << "x" << t.cols << "]";
      if (t.rows != j["rows"].get<int>() || t.cols != j["cols"].get<int>()) continue;
      for (const auto& cb : j["checkboxes"]) {
        const TableCell& c = t.cells[cb[0].get<int>() * t.cols + cb[1].get<int>()];
        if (!c.checkbox || c.checked != cb[2].get<bool>())
          detail << " miss(" << c.row << "," << c.col << " box=" << c.checkbox << " ink=" << c.ink
                 << ")";
      }
      for (const TableCell& c : t.cells)
        if (c.checkbox && (c.col < 2 || c.col > 4 || c.row == 0 || c.row == t.rows - 1))
          detail << " extra(" << c.row << "," << c.col << ")";
    }
    double max_empty = 0, min_checked = 1;
    if (!tables.empty() && tables[0].rows == j["rows"].get<int>() &&
        tables[0].cols == j["cols"].get<int>())
      for (const auto& cb : j["checkboxes"]) {
        const TableCell& c = tables[0].cells[cb[0].get<int>() * tables[0].cols + cb[1].get<int>()];
        if (cb[2].get<bool>())
          min_checked = std::min(min_checked, c.ink);
        else
          max_empty = std::max(max_empty, c.ink);
      }
    MESSAGE(std::string(v.name) << ": checkbox accuracy " << acc * 100
                                << "%, ink of empty boxes <= " << max_empty
                                << ", of checked >= " << min_checked << detail.str());
    CHECK(acc >= 0.98);
  }
}

TEST_CASE("tables: an ordinary text page is rejected quickly") {
  PixPtr p = WhitePage(2480, 3508);
  for (int l = 0; l < 60; ++l)
    for (int k = 0; k < 9; ++k) FakeWord(p.get(), 300 + k * 210, 300 + l * 50, 7, 36);
  auto t0 = std::chrono::steady_clock::now();
  auto tables = DetectTables(p.get(), 72.0 / 300, {});
  double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  MESSAGE("DetectTables on a 300 dpi A4 text page: " << ms << " ms");
  CHECK(tables.empty());
}

// Real OCR words (Tesseract, French) instead of the truth's: the boxes
// Tesseract gives are what the pipeline will pass. Tesseract reads no
// checkbox glyph at all here (nor some header words): the boxes are decided
// by ink alone, and the members' names still land in their cells.
TEST_SUITE("ocr") {
  TEST_CASE("tables: realistic page with Tesseract words") {
    Truth truth = LoadTruth();
    REQUIRE(truth.ok);
    PixPtr page = LoadPage();
    REQUIRE(page);
    const nlohmann::json& j = truth.j;
    const double ptpp = 72.0 / j["dpi"].get<int>();
    tesseract::TessBaseAPI api;
    REQUIRE(api.Init(nullptr, "fra") == 0);
    api.SetPageSegMode(tesseract::PSM_AUTO);  // the API's default is one block
    api.SetImage(page.get());
    api.SetSourceResolution(j["dpi"].get<int>());
    REQUIRE(api.Recognize(nullptr) == 0);
    std::vector<Word> words;
    std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
    if (it) do {
        std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
        int x0, y0, x1, y1;
        if (!text || !it->BoundingBox(tesseract::RIL_WORD, &x0, &y0, &x1, &y1)) continue;
        words.push_back({text.get(),
                         {x0 * ptpp, y0 * ptpp, x1 * ptpp, y1 * ptpp},
                         it->Confidence(tesseract::RIL_WORD) / 100});
      } while (it->Next(tesseract::RIL_WORD));
    api.End();
    REQUIRE(words.size() > 100);
    auto tables = DetectTables(page.get(), ptpp, words);
    CHECK(CheckboxAccuracy(tables, j) == 1.0);
    REQUIRE(tables.size() == 1);
    const Table& t = tables[0];
    // Each member's surname (the last word of the truth's Membre cell) is in
    // its row's Membre cell as OCR read it (accents aside: Tesseract may add
    // one, as on TETARD).
    int found = 0, members = 0;
    for (int r = 1; r + 1 < t.rows; ++r) {
      std::string want = j["cells"][std::to_string(r) + ",1"].get<std::string>();
      std::string surname = want.substr(want.rfind(' ') + 1);
      ++members;
      bool ok = t.cells[r * t.cols + 1].text.find(surname.substr(0, 3)) != std::string::npos;
      if (!ok)
        MESSAGE("row " << r << ": want " << want << ", got '" << t.cells[r * t.cols + 1].text
                       << "'");
      found += ok;
    }
    MESSAGE("surnames found in their Membre cell: " << found << "/" << members);
    CHECK(found == members);
  }
}

}  // namespace delib
