#include "extractors/numbers.h"

#include <doctest/doctest.h>

namespace delib {

TEST_CASE("numbers: French spelled-out numbers through ICU") {
  // Forms printed in the seeds (001, 002, 003).
  CHECK(ParseFrenchNumberWords("vingt-et-un") == 21);
  CHECK(ParseFrenchNumberWords("deux mille vingt-quatre") == 2024);
  CHECK(ParseFrenchNumberWords("DEUX MILLE VINGT-TROIS") == 2023);
  CHECK(ParseFrenchNumberWords("dix-neuf") == 19);
  CHECK(ParseFrenchNumberWords("quinze") == 15);
  CHECK(ParseFrenchNumberWords("sept") == 7);
  CHECK(ParseFrenchNumberWords("quatre-vingt-dix-sept") == 97);
  CHECK(ParseFrenchNumberWords("soixante-dix") == 70);
  CHECK(ParseFrenchNumberWords("trente et un") == 31);
  CHECK(ParseFrenchNumberWords("premier") == 1);
  CHECK(ParseFrenchNumberWords("1er") == 1);
  // The older spelling of years.
  CHECK(ParseFrenchNumberWords("deux mil vingt-quatre") == 2024);
  CHECK(ParseFrenchNumberWords("mil neuf cent quatre-vingt-dix") == 1990);
}

TEST_CASE("numbers: separators as OCR and layout give them") {
  CHECK(ParseFrenchNumberWords("vingt et un") == 21);
  CHECK(ParseFrenchNumberWords("dix neuf") == 19);
  CHECK(ParseFrenchNumberWords("deux-mille-vingt-quatre") == 2024);
  CHECK(ParseFrenchNumberWords("deux mille\nvingt - quatre") == 2024);
  CHECK(ParseFrenchNumberWords("  Dix-Neuf ") == 19);
}

TEST_CASE("numbers: not a number") {
  CHECK_FALSE(ParseFrenchNumberWords("").has_value());
  CHECK_FALSE(ParseFrenchNumberWords("vingt chats").has_value());
  CHECK_FALSE(ParseFrenchNumberWords("fevrier").has_value());
  CHECK_FALSE(ParseFrenchNumberWords("et").has_value());
}

}  // namespace delib
