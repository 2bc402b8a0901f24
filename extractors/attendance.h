// Attendance of a deliberation: who was present, excused, absent, who gave a
// proxy (pouvoir) to whom, who attended without a vote, and the counts the act
// states. ExtractAttendance (extract.h) reads three layouts:
//
//  - prose lists under headings ("Étaient présents :", "PRESENTS",
//    "17 Présents :", "Excusé(s) :", "ABSENTS EXCUSES", "3 Absents ayant donné
//    pouvoir :", "Pouvoirs :", "Assistant également sans voix délibérative :"),
//    names separated by commas, dashes, "et", semicolons or line breaks, role
//    words ("Adjoints au Maire", "Conseillers") dropped, proxies written
//    "X ayant donné procuration à Y", "X donne pouvoir à Y", "X à Y",
//    "X représenté par Y";
//  - attendance grids found on a page image (PageText::tables): a header row
//    naming Présents / Absents / Excusés (and Pouvoir à), one row per member
//    with a checked box, and a totals row;
//  - the same grid as text lines (born-digital text layer or an HTML export):
//    checkboxes as glyphs (☐ unchecked; ☒ ☑ ■ ✓ ✔ checked), as
//    `<input type="checkbox"/>` / `<input checked="" type="checkbox"/>`, or as
//    a lone "X" placed under its column.
//
// Choices (see the report of the attendance issue):
//  - A member under "Absents ayant donné pouvoir" is absent and gives a proxy;
//    under "Absents excusés" + "ayant donné procuration" excused and gives a
//    proxy; under a bare "Pouvoirs :" only the proxy is recorded (the heading
//    does not say absent or excused).
//  - "Excusé(s) sans voix délibérative" names people who are not voting
//    members: they go in neither `excused` (a members' list) nor `non_voting`
//    (people attending); their names are kept as evidence under
//    "/attendance/excused_non_voting/<i>".
//  - "ont pris part à la délibération : procurations 17 + 1" gives
//    voters_count = 18 (the evidence keeps "17 + 1"); proxies_count is only
//    taken from it when no other proxies count is stated.
//  - A grid row may be ticked present and name a proxy holder: both facts are
//    kept (the checks flag proxy.giver_present).
#pragma once

#include "pipeline/model/act.h"
#include "pipeline/pdf/page_text.h"

namespace delib {

// Reads one grid found on page `page` into act->attendance (and evidence).
// Returns false, touching nothing, when the grid is not an attendance table
// (no header row naming at least "présents" and "absents" or "excusés").
bool AttendanceFromTable(const Table& table, int page, double confidence, Act* act);

}  // namespace delib
