#include "pipeline/base/fold.h"

#include <doctest/doctest.h>

namespace delib {

TEST_CASE("Fold removes accents and case, maps typography to ASCII") {
  CHECK(Fold("Prémesques – SÉANCE") == "premesques - seance");
  CHECK(Fold("Marcq-en-Barœul") == "marcq-en-baroeul");
  CHECK(Fold("l’unanimité «x»") == "l'unanimite \"x\"");
  CHECK(Fold("N°2022-394") == "no2022-394");
  CHECK(Fold("Deûlémont\u00a0Chéreng") == "deulemont chereng");
}

TEST_CASE("Fold maps every folded byte back to its source") {
  std::string raw = "Été œuvre";
  std::vector<uint32_t> map;
  std::string f = Fold(raw, &map);
  REQUIRE(f == "ete oeuvre");
  REQUIRE(map.size() == f.size() + 1);
  CHECK(map[0] == 0);                  // 'e' from 'É' (2 bytes)
  CHECK(map[1] == 2);                  // 't'
  CHECK(map[4] == raw.find("œ"));      // 'o' of "oe"
  CHECK(map[5] == raw.find("œ"));      // 'e' of "oe"
  CHECK(map.back() == raw.size());
}

}  // namespace delib
