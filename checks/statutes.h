// Statutes found in a batch document (an act of kind "statuts"): the rules
// the checks need, read from the text into a BodyStatutes usable like a
// registry entry (checks/bodies.h).
//
//   Result<BodyStatutes> s = StatutesFromText(doc, act.first_line, act.last_line);
//   if (s.ok()) registry.Add(s.take());
//
// Read: the name ("Statuts du syndicat mixte ouvert X", "dénomination
// suivante : X et la marque : Y"), the composition ("Région Hauts-de-France :
// 10 délégués", "… désigne … 4 représentants au comité syndical"), the quorum
// sentence ("Le quorum est fixé à la moitié des membres en exercice
// présents"), the proxy limit ("Aucun membre ne peut recevoir plus d'une
// procuration"), the convocation delay ("au moins cinq jours avant"), the
// second meeting without quorum, the adhesion majority and weights (art. 15)
// and the annexes' bulleted lists. Fails (kNotFound) when there is no quorum
// sentence: statutes without one cannot stand in for the CGCT.
#pragma once

#include <cstddef>

#include "checks/bodies.h"
#include "pipeline/doc_text.h"

namespace delib {

Result<BodyStatutes> StatutesFromText(const DocText& doc, size_t first_line, size_t last_line);

}  // namespace delib
