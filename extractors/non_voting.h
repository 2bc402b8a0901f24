// Members present who do not take part in an item's vote, named in the
// item's text: they sit but are no votants (CGCT L2131-11: a member with an
// interest in the matter; L2121-14: the maire at the vote of the compte
// administratif).
//
//   "Monsieur Bernard ROBERT, ayant un intérêt personnel à cette question,
//    ne prend pas part au vote"                         -> Bernard ROBERT
//   "Mesdames Paula RINIERI, Jeannine\nCAMPANA et Monsieur Marc-Marie
//    GUGLIELMI ne prenant pas part au vote"              -> the three
//   "ne prennent pas part au vote : M. A, Mme B"         -> A, B
//   "à la majorité (non participations au vote de Nathalie PULICANI,
//    Jean-François ORSATELLI et Philippe SINDALI)"       -> the three
//
// The verbs: ne prend / prennent / prenant pas part, ne participe /
// participent / participant pas (au vote, aux votes, à la délibération,
// à ce vote), ne vote(nt) pas, quitte / sort de / se retire de la salle (the
// item's vote held without them); the noun: non-participation(s) au vote de.
// Two verbs of one sentence for the same names are one statement. Before the verb, the
// names are read back from it over this line and the one above, up to the
// sentence's start, a clause in apposition between the names and the verb
// skipped ("X, Administrateur du Crédit Agricole, ne prend pas part").
// "le Maire", "le Président" in place of a name is the item's chair, when
// known. A statement whose names read as none gives no name (its count still
// reaches the vote, votes.h).
#pragma once

#include <string>
#include <vector>

#include "pipeline/text/doc_text.h"

namespace delib {

struct NotVotingStatement {
  size_t b = 0, e = 0;                // the statement in doc.raw(), its names included
  size_t folded_b = 0, folded_e = 0;  // the same in doc.folded()
  struct Named {
    std::string name;     // civility removed, as printed
    size_t b = 0, e = 0;  // in doc.raw()
    bool chair = false;   // "le Maire": the chair, no name printed
  };
  std::vector<Named> names;
};

// The statements in the folded span [fb, fe), in text order.
std::vector<NotVotingStatement> FindNotVoting(const DocText& doc, size_t fb, size_t fe);

}  // namespace delib
