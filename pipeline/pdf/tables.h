// Ruled tables on scanned page images: the grid, the cells, the words in
// each cell, and checkboxes decided by the ink inside their square (never by
// OCR of a glyph, which prints a box as a letter, a digit or nothing at all).
//
// Example:
//   Pix* gray = ...;  // upright, deskewed page, 8 bpp, 300 dpi
//   std::vector<Table> tables = DetectTables(gray, 72.0 / 300, page_words);
//   for (const TableCell& c : tables[0].cells)
//     if (c.checkbox && c.checked) ...
//
// What is supported (and what is not):
// - Tables ruled with horizontal AND vertical lines, at least 2 rows and 2
//   columns (a frame around a paragraph is no table). A table without its
//   outer frame (only inner rules) is accepted: the missing edges are taken
//   from the ends of the rules. Columns are never inferred from text
//   alignment: two columns with no vertical rule between them read as one
//   merged column; dashed or dotted rules (pieces < ~2 mm) are not seen.
// - Merged cells (rowspan/colspan, e.g. a Collectivité cell spanning the rows of
//   its members): every grid cell of a merged block has the block's box and
//   the block's text, so identical boxes mean one merged cell, and each row
//   still knows its merged neighbours' text.
// - Rules up to ~1.5° of residual skew, broken by noise, JPEG or faded toner
//   (gaps up to ~0.8 mm), 0.3-3 pt thick; 150-400 dpi. Cell boxes are the
//   axis-aligned boxes between rule centre lines (at 1° of skew a box is off
//   by up to tan(1°) * table size / 2). A filled (dark shaded) row is not a
//   row: it is dropped with its rules and the grid below it is kept.
// - A page frame with rules inside (a register template) reads as a table;
//   callers should judge a table by its cells (checkboxes, header words).
// - Checkboxes: a connected component inside a cell (rules removed) whose
//   outline is roughly square (aspect <= 1.35, 1.5-5.5 mm a side), inked on
//   its four sides and four corners; or, in a column where >= 3 boxes were
//   found, an outline seen at the column's usual place (a hand tick running
//   out of the box, a broken outline); or a cell that is itself such a small
//   square. `ink` is then the dark share of the square's interior (outline
//   and a margin excluded) and `checked` = ink >= kCheckedInk. One checkbox
//   per cell (the largest). Without OCR words, a bold capital (B, D) at 150
//   dpi can pass for a box; with words, a square inside a word of >= 3
//   characters is taken for a letter.
// - Cost (2-core dev machine, shared): ~10-25 ms for a 300 dpi A4 text page
//   (binarise, reduce, openings; it returns at the first sign of no
//   vertical rule), ~30-55 ms for a page with a 24 x 6 attendance table.
//
// Thread-safety: a pure function; Leptonica calls only, no shared state.
#pragma once

#include <vector>

#include "pipeline/pdf/page_text.h"
#include "pipeline/pdf/pdf_source.h"

struct Pix;

namespace delib {

// Dark share inside a checkbox's interior from which it counts as checked.
// Calibrated on the tests' images (tables_test.cc prints the extremes): an
// empty box under salt-and-pepper noise, grey paper, JPEG 50-60 and 1-1.5°
// skew reads <= 0.025; a thin tick >= 0.097; an X (☒ glyph) >= 0.24; a
// filled box ~1. The threshold sits between the empty and the tick.
inline constexpr double kCheckedInk = 0.06;

// Tables are read with the OCR and cached with it: the OCR cache key holds
// this, to be changed with any change of what DetectTables finds.
inline constexpr const char* kTablesVersion = "tables5";

// Finds ruled tables on an upright, deskewed page image (8 bpp grayscale; 1
// and 32 bpp are converted) and returns them top to bottom with boxes in PDF
// points (pt = px * pt_per_px, origin top-left). Each word (already in points)
// is put in the cell holding its centre; a cell's text is its words in
// reading order joined by one space. Returns {} for a null image, an image
// under 64 px a side, a non-positive pt_per_px, or a page without ruled
// tables. Leptonica may log to stderr; nothing is thrown.
std::vector<Table> DetectTables(Pix* gray, double pt_per_px, const std::vector<Word>& words);

// The same on a rendered page (e.g. a born-digital page whose table is drawn
// with vector rules and whose boxes are no glyphs): pt_per_px = 72 / dpi.
std::vector<Table> DetectTables(const GrayImage& image, const std::vector<Word>& words);

}  // namespace delib
