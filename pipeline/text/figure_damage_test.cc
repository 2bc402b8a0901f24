#include "pipeline/text/figure_damage.h"

#include <doctest/doctest.h>

namespace delib {

TEST_CASE("figure damage: told by scale, on a scan only") {
  struct Row {
    int figure, count;
    Trust trust;
    bool added, lost, run_together;
  } rows[] = {
      {45, 15, Trust::kSure, true, false, true},
      {30, 15, Trust::kSure, false, false, true},  // twice: may be the document's
      {45, 15, Trust::kTextLayer, false, false, false},
      {2, 23, Trust::kDoubt, false, true, false},
      {12, 23, Trust::kSure, false, false, false},
      {5, 0, Trust::kSure, false, false, true},  // no count, no scale
  };
  for (const Row& r : rows) {
    CAPTURE(r.figure);
    CAPTURE(r.count);
    CHECK(DigitAdded(r.figure, r.count, r.trust) == r.added);
    CHECK(DigitLost(r.figure, r.count, r.trust) == r.lost);
    CHECK(RunTogether(r.figure, r.count, r.trust) == r.run_together);
  }
}

}  // namespace delib
