// Ruled tables on scanned page images: the grid, the cells, the words in
// each cell, and checkboxes decided by the ink inside their square (never by
// OCR of a glyph: ☐/☒ read as "O", "0", "D", "X" or nothing at all).
//
// Example:
//   Pix* gray = ...;  // upright, deskewed page, 8 bpp, 300 dpi
//   std::vector<Table> tables = DetectTables(gray, 72.0 / 300, page_words);
//   for (const TableCell& c : tables[0].cells)
//     if (c.checkbox && c.checked) ...
//
// What is supported (and what is not):
// - Tables ruled with horizontal AND vertical lines, at least 2 rows and 2
//   columns. A table without its outer frame (only inner rules) is accepted:
//   the missing edges are taken from the ends of the rules. Columns are never
//   inferred from text alignment: two columns with no vertical rule between
//   them read as one (merged) column.
// - Merged cells (rowspan/colspan, e.g. "Collectivité" spanning the rows of
//   its members): every grid cell of a merged block has the block's box and
//   the block's text, so identical boxes mean one merged cell, and each row
//   still knows its merged neighbours' text.
// - Rules up to ~1.5° of residual skew, broken by noise or JPEG, 0.3-2 pt
//   thick; 150-400 dpi. Cell boxes are the axis-aligned boxes between rule
//   centre lines (so at 1° skew a box is off by up to tan(1°)*table width/2).
// - Checkboxes: a connected component inside a cell (rules removed) whose
//   bounding box is roughly square (aspect <= 1.35), 0.9-5.5 mm a side, and
//   whose four sides are each >= 80% inked; or a cell that is itself such a
//   small square. `ink` is then the dark share of the square's interior
//   (outline and a margin excluded) and `checked` = ink >= kCheckedInk
//   (see tables.cc for the calibration). One checkbox per cell: the largest.
// - Cost: one global Otsu binarisation, a 2x rank reduction and two DWA
//   openings; a page without vertical rules returns after that (~25 ms at
//   300 dpi A4 on a 2-core dev machine).
//
// Thread-safety: pure function; Leptonica calls only.
#pragma once

#include <vector>

#include "pipeline/page_text.h"

struct Pix;

namespace delib {

// Dark share inside a checkbox's interior from which it counts as checked.
// Calibrated on the tests' images (tables_test.cc prints the extremes): an
// empty box under salt-and-pepper noise, grey paper, JPEG 50-60 and 1-1.5°
// skew reads <= 0.025; a thin tick >= 0.097; an X (☒ glyph) >= 0.24; a
// filled box ~1. The threshold sits between the empty and the tick.
inline constexpr double kCheckedInk = 0.06;

// Finds ruled tables on an upright, deskewed page image (8 bpp grayscale; 1
// and 32 bpp are converted) and returns them top to bottom with boxes in PDF
// points (pt = px * pt_per_px, origin top-left). Each word (already in points)
// is put in the cell holding its centre; a cell's text is its words in
// reading order joined by one space. Returns {} for a null image, a page
// without ruled tables, or a non-positive pt_per_px.
std::vector<Table> DetectTables(Pix* gray, double pt_per_px, const std::vector<Word>& words);

}  // namespace delib
