// Votes of a deliberation. ExtractVotes (extract.h) fills act->votes, one
// entry per decision, from the phrasings:
//
//   "Pour : 43 voix (…) Contre : 0 voix Abstention : 0 voix
//    Absent sans délégation de vote : 1"            (then "(Adopté)")
//   "Adopté par : - Voix pour : 28 - Voix contre : 0 - Abstentions : 0
//    - Suffrages exprimés : 28"
//   "Adopté par 25 voix pour, 3 voix contre et 2 abstentions"
//   "A l'unanimité, le Conseil Municipal décide …"  (one vote per sentence)
//   "à l'unanimité des suffrages exprimés"
//   "Délibération adoptée à l'unanimité."           (a summary: it merges
//       into the unanimous decision just before it when that one has no
//       stated result yet, so one decision is not counted twice)
//   "M. X ne prend pas part au vote", "ne prennent pas part au vote : A, B"
//       (not_voting = number of names; the names are in the evidence)
//   "(Adopté)", "adoptée", "rejetée", "n'est pas adopté"   (result)
//   "A l'unanimité, le Conseil Municipal décide …", "Par 10 voix pour, 11
//       voix contre et 0 abstention, le Conseil Municipal fixe …"
//       (the body's decision verb, in the same sentence a few words after
//       the vote: result adopted; "rejette", "refuse": rejected; "n'approuve
//       pas": nothing)
//   "Abstention(s) : 0"; a zero printed as the letter o where a count
//       stands ("Contre : O"), repaired by the confusion table
//   "soit à l'unanimité des suffrages exprimés" (after counts: the same
//       decision, declared unanimous)
//
// A new vote starts when a value already set in the current one is stated
// again, and at a unanimity (other than a summary or "soit à l'unanimité")
// once the current one has counts or a result. Result is only set when
// stated or when the body states its decision: "à l'unanimité" alone leaves
// it null. Counts stated with no word of unanimity give unanimous = false
// (its evidence: the counts); no counts and no unanimity leave it null. Numbers are taken in digits
// only (extractors/numbers.h, the French number-word parser, is not in this tree): "par vingt-cinq
// voix" gives no count.
//
// "Absent sans délégation de vote : 1" is recorded as not_voting = 1: a
// member of the assembly who cast no vote and gave no proxy, i.e. counted
// neither in for, against nor abstentions; the checks can then reconcile
// for + against + abstentions + not_voting with the membership.
//
// Evidence keys: "/votes/<i>/for", "/against", "/abstentions", "/expressed",
// "/not_voting", "/unanimous", "/result".
#pragma once

#include "extractors/extract.h"
