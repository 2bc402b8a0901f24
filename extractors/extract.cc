#include "extractors/extract.h"

#include "extractors/citations.h"

namespace delib {

std::vector<Act> ExtractActs(const DocText& doc, const ExtractContext& ctx) {
  std::vector<Act> acts = SegmentActs(doc);
  for (Act& act : acts) {
    ExtractHeader(doc, ctx, &act);
    if (act.kind == "deliberation") {
      ExtractAttendance(doc, &act);
      ExtractVotes(doc, &act);
    }
    ExtractCommunes(doc, ctx, &act);
    ExtractCitations(doc, &act);
  }
  return acts;
}

}  // namespace delib
