// Pages in blocks: a margin column printed beside the body (the register's
// letterhead and the act's number down the left of an extract, the count box
// of a scanned register) is read as a block of its own, before the body, not
// line by line across the gap between the columns.
//
//   "Séance publique du   Envoi Préfecture : 08/04/2014"      (rows as read)
//   "Montpellier          Présents :"
//   "n° 2014 / 131        Fabien ABERT, Lorraine ACQUIER, ..."
// becomes the margin's lines ("Séance publique du", "Montpellier",
// "n° 2014 / 131"), then the body's.
//
// The rule: at least kMinRows rows, one after the other, are split by the
// same vertical gutter in the left part of the page, no word of the rows
// between them crosses it, the left parts are short (a column of labels) and
// the right parts running text (several words a row). A form whose label is
// on the left and its value on the right has short right parts and keeps its
// rows; so does a ruled table the page holds there, unless its rules are the
// column's frame (one cell holds the whole column).
#pragma once

#include <vector>

#include "pipeline/pdf/page_text.h"

namespace delib {

// `lines` in reading order with a left margin column moved out, as above;
// unchanged when the page has none.
std::vector<Line> SplitMarginColumn(std::vector<Line> lines, double page_width,
                                    const std::vector<Table>& tables);

}  // namespace delib
