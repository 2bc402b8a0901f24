// The text of a page as the rest of delib sees it, whatever produced it
// (Poppler's text layer or OCR): words with boxes and confidences, grouped
// into lines in reading order. Boxes are in PDF points from the page's
// top-left corner, on the page as it is meant to be read (after any
// orientation correction), so that evidence can be drawn on the page.
#pragma once

#include <string>
#include <vector>

namespace delib {

struct BBox {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  bool empty() const { return x1 <= x0 || y1 <= y0; }
  void Extend(const BBox& o) {
    if (o.empty()) return;
    if (empty()) { *this = o; return; }
    if (o.x0 < x0) x0 = o.x0;
    if (o.y0 < y0) y0 = o.y0;
    if (o.x1 > x1) x1 = o.x1;
    if (o.y1 > y1) y1 = o.y1;
  }
};

struct Word {
  std::string text;  // UTF-8, as read
  BBox box;
  float conf = 1.0f;  // 0..1; 1 for a text layer
};

struct Line {
  std::vector<Word> words;
  BBox box;
  std::string Text() const;  // words joined by one space
  float MinConf() const;
};

// A ruled table found on a page image (attendance grids with checkboxes).
// Cells carry their OCR text and, for small square cells, the share of dark
// pixels inside the box: a checkbox is decided by its ink, not by a glyph.
struct TableCell {
  int row = 0, col = 0;
  BBox box;
  std::string text;
  double ink = 0;         // 0..1 dark share inside the cell (margins excluded)
  bool checkbox = false;  // the cell holds a small square box
  bool checked = false;   // decided from ink
};

struct Table {
  BBox box;
  int rows = 0, cols = 0;
  std::vector<TableCell> cells;  // row-major
};

enum class PageSource { kTextLayer, kOcr, kNone };

struct PageText {
  int number = 0;  // 1-based
  double width_pt = 0, height_pt = 0;
  PageSource source = PageSource::kNone;
  int rotation = 0;       // degrees applied to make the page upright (0, 90, 180, 270)
  double skew_deg = 0;    // skew corrected before OCR
  float mean_conf = 1.0f;
  std::vector<Line> lines;
  std::vector<Table> tables;
};

// Groups loose words (from a text layer or OCR) into lines by vertical
// overlap, then orders lines top to bottom and words left to right.
std::vector<Line> GroupIntoLines(std::vector<Word> words);

// Merges lines that sit on the same row (Tesseract splits a table row or a
// label and its far-right value into separate blocks) and orders lines top to
// bottom; words of a line stay in their order, merged parts left to right.
// Words of blanks only are dropped first.
std::vector<Line> MergeRowLines(std::vector<Line> lines);

// A word whose text is only blanks.
bool BlankWord(const Word& w);

// Parses a plain-text page (lines separated by '\n') into a PageText with
// synthetic boxes: one line per 14 pt, each character (spaces too) 6 pt
// wide, so that columns aligned with spaces stand apart. Used by the fake OCR
// engine and tests.
PageText PageFromPlainText(int number, const std::string& text, float conf = 1.0f);

}  // namespace delib
