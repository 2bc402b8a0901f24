#include "checks/test_support.h"

namespace delib {
using namespace testing;

TEST_CASE("counts: Prémesques - 3 absents ayant donné pouvoir but 1 named - 17 + 3 > 18 in office") {
  REQUIRE(TestGeo());
  auto doc = SeedDoc("seed_003_premesques.txt");
  Act act = Checked(*doc, Seed003Act(*doc));
  auto mismatch = Rules(act, "count.mismatch");
  // The stated 3 disagrees with the one proxy named and with "ont pris part : 17 + 1".
  REQUIRE(mismatch.size() == 2);
  CHECK(mismatch[0].severity == "error");
  CHECK(mismatch[0].message == "3 proxies (absents ayant donné pouvoir) stated, 1 named");
  REQUIRE(mismatch[0].evidence.size() == 2);
  CHECK(mismatch[0].evidence[0].text.find("3 Absents ayant donné pouvoir") != std::string::npos);
  CHECK(mismatch[1].message == "18 members said to take part, but 17 present + 3 proxies = 20");
  auto exceeds = Rules(act, "count.exceeds_in_office");
  REQUIRE(exceeds.size() == 1);
  CHECK(exceeds[0].message.find(
            "17 present + 3 absent or excused = 20 members, more than the 18 in office") !=
        std::string::npos);
  // 19 seats is right for 2,031 inhabitants (1,500-2,499: 19).
  CHECK_FALSE(HasRule(act, "seats.population_mismatch"));
}

TEST_CASE("counts: consistent counts pass") {
  REQUIRE(TestGeo());
  auto doc = SeedDoc("seed_003_premesques.txt");
  Act act = Seed003Act(*doc);
  act.attendance.proxies_count = 1;
  act = Checked(*doc, act);
  CHECK_FALSE(HasRule(act, "count.mismatch"));
  CHECK_FALSE(HasRule(act, "count.exceeds_in_office"));
}

TEST_CASE("counts: seats differing from the L2121-2 table") {
  REQUIRE(TestGeo());
  auto doc = SeedDoc("seed_003_premesques.txt");
  Act act = Seed003Act(*doc);
  act.attendance.seats = 23;
  act.attendance.proxies_count = 1;
  act = Checked(*doc, act);
  auto found = Rules(act, "seats.population_mismatch");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("has 19 seats") != std::string::npos);
}

TEST_CASE("counts: the comité of 24 seats with 22 members listed") {
  REQUIRE(TestGeo());
  auto doc = SeedDoc("seed_001_comite_syndical.txt");
  Act act = Checked(*doc, Seed001Act(*doc, TestGeo()));
  auto found = Rules(act, "count.mismatch");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == "warning");
  CHECK(found[0].message.find("lists 22 members, the statutes compose the comité of 24") !=
        std::string::npos);
}

TEST_CASE("rule data: seats table with Paris - Marseille - Lyon - COVID windows") {
  const RuleData& r = RuleData::Default();
  CHECK(r.SeatsFor("59470", 2031) == 19);
  CHECK(r.SeatsFor("59299", 18582) == 33);
  CHECK(r.SeatsFor("x", 99) == 7);
  CHECK(r.SeatsFor("x", 100) == 11);
  CHECK(r.SeatsFor("x", 3500) == 27);
  CHECK(r.SeatsFor("x", 300000) == 69);
  CHECK(r.SeatsFor("75056", 2100000) == 163);
  CHECK(r.SeatsFor("13055", 870000) == 101);
  CHECK(r.SeatsFor("69123", 520000) == 73);
  CHECK(r.InCovidWindow("2020-03-24"));
  CHECK(r.InCovidWindow("2022-07-31"));
  CHECK_FALSE(r.InCovidWindow("2021-10-15"));
  CHECK_FALSE(r.InCovidWindow("2024-02-19"));
}

TEST_CASE("rule data: a malformed file is rejected with the field's name") {
  Result<RuleData> r =
      RuleData::FromJsonText(R"({"seats_by_population": {"brackets": [{"min": 0, "seats": 8}]}})");
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().message().find("odd") != std::string::npos);
  Result<RuleData> r2 = RuleData::FromJsonText("{");
  CHECK_FALSE(r2.ok());
}

}  // namespace delib
