// RunFileChecks: one finding per fact across the acts of a file.
#include "checks/checks.h"

#include <doctest/doctest.h>

namespace delib {
namespace {

Anomaly Finding(const std::string& rule, int page, double y, const std::string& text) {
  Anomaly a;
  a.rule = rule;
  a.severity = "error";
  Evidence e;
  e.page = page;
  e.box = BBox{72, y, 300, y + 12};
  e.text = text;
  a.evidence.push_back(e);
  return a;
}

}  // namespace

TEST_CASE("checks: a finding on the session's facts is reported once per file") {
  struct Row {
    const char* why;
    Anomaly second;  // what the second act of the file found
    size_t kept;     // findings the second act keeps
  };
  const Anomaly session = Finding("date.inconsistent", 1, 100, "Séance du 13 mars 2025");
  const Row rows[] = {
      {"the same rule on the same evidence: the session's, already reported", session, 0},
      {"the same rule on other evidence: the act's own",
       Finding("date.inconsistent", 3, 400, "le 14 mars"), 1},
      {"another rule on the same evidence", Finding("date.order", 1, 100, "Séance du 13 mars 2025"),
       1},
  };
  for (const Row& r : rows) {
    CAPTURE(r.why);
    std::vector<Act> acts(2);
    acts[0].anomalies.push_back(session);
    acts[1].anomalies.push_back(r.second);
    DropRepeatedFindings(&acts);
    CHECK(acts[0].anomalies.size() == 1);
    CHECK(acts[1].anomalies.size() == r.kept);
  }
}

}  // namespace delib
