#include "pipeline/text/figures.h"

#include <doctest/doctest.h>

#include <optional>
#include <string>

namespace delib {

TEST_CASE("figures: a count as printed, OCR's letters for digits repaired") {
  struct Case {
    const char* printed;  // folded
    std::optional<int> want;
    bool repaired;
  };
  const Case cases[] = {
      {"15", 15, false},
      {"1s", 15, true},
      {"il", 11, true},
      {"{1", 11, true},
      {"o", 0, true},
      {"neant", 0, true},
      {"12a", std::nullopt, true},
      {"", std::nullopt, false},
      {"1234567", std::nullopt, false},
  };
  for (const Case& c : cases) {
    CAPTURE(std::string(c.printed));
    CHECK(ReadCount(c.printed) == c.want);
    CHECK(RepairedFigure(c.printed) == c.repaired);
  }
  CHECK(ReadAsDigit('l'));
  CHECK(ReadAsDigit('{'));
  CHECK_FALSE(ReadAsDigit('-'));
  CHECK_FALSE(ReadAsDigit('a'));
  const std::string& cls = FigureCharClass();
  CHECK(cls.rfind("[0-9", 0) == 0);
  for (char c : std::string("olisb{")) CHECK(cls.find(c) != std::string::npos);
}

}  // namespace delib
