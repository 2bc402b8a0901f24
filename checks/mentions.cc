// mention.missing_secretary (L2121-15), mention.missing_convocation (L2121-10).
// An extract may leave out what the register holds: warnings.
#include "checks/check_util.h"

namespace delib {

void CheckMentions(const CheckInput& in, std::vector<Anomaly>* out) {
  const Act& act = *in.act;
  if (act.kind != "deliberation") return;
  const std::vector<std::string> where = {"/number", "/title"};
  // A syndicat mixte ouvert follows its statutes, which need not require a secrétaire de séance.
  if (!act.secretary && in.kind != BodyKind::kSmo && in.kind != BodyKind::kUnknown) {
    out->push_back(MakeAnomaly(act, "mention.missing_secretary", "warning",
                               "no secrétaire de séance named in the extract", "CGCT L2121-15",
                               where));
  }
  if (!act.dates.convocation && in.kind != BodyKind::kUnknown) {
    out->push_back(MakeAnomaly(act, "mention.missing_convocation", "warning",
                               "no convocation date in the extract", "CGCT L2121-10", where));
  }
}

}  // namespace delib
