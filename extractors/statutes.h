// Statutes found in a batch document (an act of kind "statuts"): the rules
// the checks need, read from the text into a BodyStatutes usable like a
// registry entry (pipeline/reference/bodies.h), with what the statutes leave unsaid and
// where each rule was read.
//
//   Result<StatutesReading> s = ReadStatutes(doc, act.first_line, act.last_line);
//   if (s.ok()) registry.Add(s.value().read.body);
//
//   ReadStatutesActs(doc, &acts);   // what the pipeline calls after extraction
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
#include <map>
#include <string>
#include <vector>

#include "pipeline/reference/bodies.h"
#include "pipeline/model/act.h"
#include "pipeline/text/doc_text.h"

namespace delib {

struct StatutesReading {
  StatutesRead read;
  // Where each rule was read, by JSON pointer of the act: "/statutes/quorum",
  // "/statutes/proxy_limit", "/statutes/convocation",
  // "/statutes/second_meeting_without_quorum", "/statutes/names/0",
  // "/statutes/annexes/K" (the annex's heading), "/statutes/annexes/K/entries/J".
  std::map<std::string, Evidence> evidence;
};

Result<StatutesReading> ReadStatutes(const DocText& doc, size_t first_line, size_t last_line);

// The body alone (silent statutes default to one proxy and the CGCT's five
// jours francs).
Result<BodyStatutes> StatutesFromText(const DocText& doc, size_t first_line, size_t last_line);

// What a deliberation's folded text states that changes the rule applied: a
// second meeting after a failed quorum ("faute de quorum", "seconde
// convocation … quorum"), urgency ("urgence") and a meeting on the day a
// decree fixes (the designation of the senatorial delegates).
Stated ReadStated(std::string_view folded);

// After extraction: each act of kind "statuts" is read (with the "annexe"
// acts that follow it, its annexes) into act.statutes and its evidence; each
// deliberation gets act.stated (second meeting, urgency), which the
// batch-level statutes checks need and cannot read from a record.
void ReadStatutesActs(const DocText& doc, std::vector<Act>* acts);

}  // namespace delib
