// Page furniture: what every page prints at the same place (the letterhead,
// a margin column of the register's counts, a running head or foot), not the
// text of the act it stands beside.
//
//   "REPUBLIQUE FRANCAISE"  at the top left of each of the five pages
//   "Compte rendu conseil municipal du"  down the margin of each page
//
// The rule: a line of at least kMinLetters letters is furniture when a line
// of the same words (MatchWord's one rule of closeness, the words' letters
// and figures joined) stands at the same height on at least half the
// document's pages, three pages at least. A document of one or two pages has
// none. What furniture says is still read (the counts of the margin box, the
// body in the letterhead); it is only never an act's title or a list's item.
#pragma once

#include <vector>

#include "pipeline/text/doc_text.h"

namespace delib {

// One flag per line of doc.lines(): true for furniture.
std::vector<bool> PageFurniture(const DocText& doc);

}  // namespace delib
