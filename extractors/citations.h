// Earlier acts an act cites in its visas: "Vu la délibération 2022-15 du
// 16 juin 2022 approuvant la convention de partenariat relative à l'ENT",
// "Vu la délibération n°2021-257 du Conseil départemental en date du
// 01/07/2021 « Délégation d'attributions … »". Fills act->citations
// (an extension of the contract) with number, ISO date, subject, the citing
// body when named, and evidence. Cross-document checks (checks/crossdoc.h)
// compare them across a batch.
//
// Not yet called by ExtractActs (extractors/extract.cc): the pipeline should
// run it after ExtractCommunes.
#pragma once

#include "pipeline/model/act.h"
#include "pipeline/text/doc_text.h"

namespace delib {

void ExtractCitations(const DocText& doc, Act* act);

}  // namespace delib
