// Stage "communes": the communes an act names in its lists and sentences,
// matched to the official geography (ExtractCommunes in extract.h).
//
// Lists read, each CommuneRef.list naming its source:
//   "article N"              bulleted list after "… des communes suivantes" in article N
//   "article N conditional"  bulleted list after "… conditionnée, pour les communes suivantes"
//   "vu deliberations"       "Vu les délibérations … prises par les communes de A, B, …, Z (…)"
//   "vu courriers"           "Vu les courriers … des communes de A, B, …, Z (…)"
//   "annexe N"               bulleted list under an "Annexe N" heading (commune names only)
//   "mention"                a sentence's "la commune de X", "les communes de A, B et C"
//                            (names the geography knows as printed; not a letterhead line)
// Bullets may run across page breaks and blank lines; the sentence announcing
// them may wrap over a few lines; inside a list, a line that is only a name
// but lost its bullet to OCR is kept when it matches a commune. The département hint
// for matching is the majority département of the names that match exactly.
// Evidence: act->evidence["/communes/<i>"].
#pragma once

#include <string>
#include <vector>

#include "pipeline/model/act.h"
#include "pipeline/text/doc_text.h"

namespace delib {

// A name as printed in a list, with where it was read (folded offsets).
struct ListedName {
  std::string printed;
  std::string list;
  size_t folded_begin = 0, folded_end = 0;
  bool loose = false;  // a line inside a bulleted list that lacks its bullet (OCR)
};

// The lists of the act's lines [first_line, last_line), before matching.
std::vector<ListedName> FindCommuneLists(const DocText& doc, size_t first_line, size_t last_line);

}  // namespace delib
