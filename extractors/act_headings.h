// FindActHeadings: where the acts of a file of several deliberations begin,
// found by the file's own numbering scheme.
//
//   std::vector<ActHeading> h = FindActHeadings(doc);
//   // h[i].line starts act i; h[i].number / h[i].item as printed; h[i].title
//
// Minutes and registers print one heading per act, and the secretary keeps one
// scheme for the whole file:
//   kYearNumber  a number holding a year: "2020-038 SUBVENTION ...",
//                "DEL2025-02 : Vote du compte ...", "D2025-030 - Objet : ...",
//                "N° 2013/45 Tarifs", "Délibération n° 2024-16 : ..."
//   kPlainNumber an act number with no year, after "N°": "Délibération n° 12 :
//                Tarifs", "N°3 - Travaux"
//   kItemNumber  an agenda item's number and no act number: "1. Conclusion d'un
//                contrat ...", "1 - Subvention ...", "3/ Tarifs", "4) Travaux",
//                "2-) Délibération : ..."
//   kAfterVote   no number at all: minutes whose every item ends on a line
//                stating its vote ("Vote : à l'unanimité", "Adopté à
//                l'unanimité"); the next item's title opens the line after it.
//                Tried only when no numbered scheme holds two acts and no
//                extract of the register heads the file (an extract's several
//                votes are one act's).
// A heading opens its line (indentation aside) and a title follows it, on the
// same line or the next.
//
// The scheme is learnt from the file, not assumed:
// - lines of lists are set aside: a bullet before the number ("- DM2025-07 :"
//   is a decision listed, not an act); a run of three numbers or more printed
//   close together whose numbers come back elsewhere in the file, or that
//   follows an "Ordre du jour" line (the agenda and the closing index of a
//   register repeat the acts' numbers);
// - a number cited ("2019-070 du 3 juin 2019") is no heading;
// - the acts are the longest chain of numbers of one kind that follow each
//   other (n, then n+1; a number may be skipped: withdrawn items), in page
//   order; of the three schemes' chains, the one that counts
//   more acts times the share of the file it spans wins, so that themes
//   ("1. FINANCES" over "DEL2025-02 ...") and a list of decisions reported
//   in one place ("N° DBC 2021-083 ...") lose to the acts themselves.
// Fewer than two headings: an empty result (the file is one act, or its acts
// are found by the extract headings of SegmentActs).
#pragma once

#include <string>
#include <vector>

#include "pipeline/text/doc_text.h"

namespace delib {

enum class HeadingScheme {
  kYearNumber,   // "2020-038", "DEL2025-02": the act's number
  kPlainNumber,  // "Délibération n° 12", "N° 3": the act's number, no year
  kItemNumber,   // "1.", "2-)": an agenda item's number, not the act's
  kAfterVote,    // no number: the act starts after the vote line of the one before
};

struct ActHeading {
  size_t line = 0;  // index into doc.lines(): the act starts here
  HeadingScheme scheme = HeadingScheme::kYearNumber;
  // Folded offsets of the number as printed ("DEL2025-02", "1") and of the
  // title (end == begin when none was found).
  size_t number_begin = 0, number_end = 0;
  size_t title_begin = 0, title_end = 0;
  long sequence = 0;  // the number the chain follows (38 for "2020-038")
  // An item of the session, not an act: its title names the session's own
  // business ("Désignation d'un secrétaire de séance", "Questions diverses",
  // "Information : ...", "Décisions prises par délégation"). It ends the act
  // before it and starts none.
  bool session_item = false;
};

std::vector<ActHeading> FindActHeadings(const DocText& doc);

// Lines [first, last) of a list (agenda, index) that ends the file's last act
// early: the closing index of a register. Empty (first == last) when none.
struct LineSpan {
  size_t first = 0, last = 0;
};
LineSpan TrailingIndex(const DocText& doc, const std::vector<ActHeading>& headings);

}  // namespace delib
