// Scaffolding: minimal stages so the pipeline links end to end while the
// real extractors are written. Each function moves to its own file.
#include "extractors/extract.h"

namespace delib {

std::vector<Act> SegmentActs(const DocText& doc) {
  Act act;
  act.kind = "deliberation";
  act.first_line = 0;
  act.last_line = doc.lines().size();
  for (const PageText& p : doc.pages()) act.pages.push_back(p.number);
  return {act};
}
void ExtractHeader(const DocText&, const ExtractContext&, Act*) {}
void ExtractAttendance(const DocText&, Act*) {}
void ExtractVotes(const DocText&, Act*) {}

}  // namespace delib
