// Whether a page's text holds the header of an attendance grid, asked of
// the lexicon's heading words (lexicon.h kPresentHeading, kAbsentHeading).
//
//   LooksLikeAttendanceHeader(page);  // "Collectivité Membre Présents Absents Excusés"
//
// A cheap test on the text, so that the driver renders only such pages of a
// text layer for DetectTables (pipeline/pdf/tables.h).
#pragma once

#include "pipeline/pdf/page_text.h"

namespace delib {

// A short line (200 characters at most) with a word of kPresentHeading and
// one of kAbsentHeading, neither followed by a colon (that is a prose list:
// "Présents : M. …"). A narrow column wraps the header: the words may sit on
// up to three neighbouring lines, and a word may lose its last letter to the
// next line ("Présen" over "ts").
bool LooksLikeAttendanceHeader(const PageText& page);

}  // namespace delib
