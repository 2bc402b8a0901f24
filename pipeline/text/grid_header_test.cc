#include "pipeline/text/grid_header.h"

#include <doctest/doctest.h>

namespace delib {

TEST_CASE("grid header: which text pages look like they hold an attendance grid") {
  auto looks = [](const char* text) {
    return LooksLikeAttendanceHeader(PageFromPlainText(1, text));
  };
  CHECK(
      looks("sous la présidence de M. Daniel DELCOURT.\n"
            "Collectivité Membre Présents Absents Excusés Pouvoir à\n"
            "Montigny-en-Ostrevent M. Daniel DELCOURT\n"));
  // Narrow columns wrap the header words (t18, t20 syndicat layouts).
  CHECK(looks("Présent\nCollectivité Membre Absents Excusés Pouvoir à\ns\n"));
  CHECK(looks("Présen Absent Excusé\nCollectivité Membre Pouvoir à\nts s s\n"));
  // Prose lists and ordinary text do not.
  CHECK_FALSE(looks("Présents : M. DUPONT, Mme DURAND\nAbsents : M. MARTIN\n"));
  CHECK_FALSE(looks("Vu la présentation du projet,\nLe conseil, à l'unanimité,\n"));
  CHECK_FALSE(looks("La présente délibération sera transmise au représentant de l'État.\n"));
}

}  // namespace delib
