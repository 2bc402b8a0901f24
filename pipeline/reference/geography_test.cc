#include "pipeline/reference/geography.h"

#include <doctest/doctest.h>
#include <stdlib.h>

#include <filesystem>

#include "tests/pdf_fixture.h"

namespace delib {

TEST_CASE("The compact copy of the geography reads back the same as the package's JSON") {
  const std::string dir = Geography::DefaultDir();
  if (!std::filesystem::exists(dir + "/communes.json")) {
    MESSAGE("geography not installed (scripts/setup): skipped");
    return;
  }
  const std::string cache = testing::TempDir() + "/xdg-geo";
  const char* old = getenv("XDG_CACHE_HOME");
  std::string saved = old ? old : "";
  setenv("XDG_CACHE_HOME", cache.c_str(), 1);
  Result<Geography> json = Geography::LoadJson(dir);
  Result<Geography> first = Geography::Load(dir);   // reads the JSON, writes the copy
  Result<Geography> second = Geography::Load(dir);  // reads the copy
  if (old)
    setenv("XDG_CACHE_HOME", saved.c_str(), 1);
  else
    unsetenv("XDG_CACHE_HOME");
  REQUIRE(json.ok());
  REQUIRE(first.ok());
  REQUIRE(second.ok());
  size_t copies = 0;
  for (const auto& e : std::filesystem::directory_iterator(cache + "/delib"))
    copies += e.is_regular_file();
  CHECK(copies == 1);

  const auto& a = json.value().communes();
  const auto& b = second.value().communes();
  REQUIRE(a.size() == b.size());
  CHECK(a.size() > 30000);
  size_t same = 0;
  for (size_t i = 0; i < a.size(); ++i)
    same += a[i].code == b[i].code && a[i].name == b[i].name &&
            a[i].departement == b[i].departement && a[i].siren == b[i].siren &&
            a[i].population == b[i].population && a[i].folded == b[i].folded &&
            a[i].region == b[i].region;
  CHECK(same == a.size());
  // Lookups behave the same: names, accents, EPCI membership, départements.
  for (const char* name :
       {"Prémesques", "premesques", "Saily-lez-Lannoy", "Hem", "Chérengh", "Hondeville"}) {
    CommuneMatch x = json.value().Match(name, "59"), y = second.value().Match(name, "59");
    CHECK(x.match == y.match);
    CHECK(x.distance == y.distance);
    CHECK((x.commune ? x.commune->code : "") == (y.commune ? y.commune->code : ""));
  }
  const Commune* hem = second.value().ByCode("59299");
  REQUIRE(hem != nullptr);
  CHECK(hem->name == "Hem");
  CHECK(second.value().DepartementCode("Pas-de-Calais") == "62");
  const Epci* mel = second.value().FindEpci("Métropole Européenne de Lille");
  const Epci* mel_json = json.value().FindEpci("Métropole Européenne de Lille");
  REQUIRE(mel_json != nullptr);
  REQUIRE(mel != nullptr);
  CHECK(mel->members == mel_json->members);
  CHECK(mel->members.size() > 90);
}

TEST_CASE("A compact copy that cannot be written leaves the geography loaded, and says why") {
  const std::string dir = Geography::DefaultDir();
  if (!std::filesystem::exists(dir + "/communes.json")) {
    MESSAGE("geography not installed (scripts/setup): skipped");
    return;
  }
  // The cache "folder" is a file: no copy can be written under it.
  const std::string blocker = testing::WriteTemp("xdg-blocked", "a file, not a folder");
  const char* old = getenv("XDG_CACHE_HOME");
  std::string saved = old ? old : "";
  setenv("XDG_CACHE_HOME", blocker.c_str(), 1);
  Result<Geography> geo = Geography::Load(dir);
  if (old)
    setenv("XDG_CACHE_HOME", saved.c_str(), 1);
  else
    unsetenv("XDG_CACHE_HOME");
  REQUIRE(geo.ok());
  CHECK(geo.value().communes().size() > 30000);
  CHECK_FALSE(geo.value().compact_copy().ok());
  CHECK(geo.value().compact_copy().message().find(blocker) != std::string::npos);
}

TEST_CASE("An EPCI is found by its name as printed, its kind written out or abbreviated") {
  Epci cc{"246000749", "CC des Lisières de l'Oise", "CC", {}, ""};
  Epci ca{"200069532", "CA Lisieux Normandie", "CA", {}, ""};
  Epci cu{"245900428", "CU de Dunkerque", "CU", {}, ""};
  Geography geo = Geography::FromLists({}, {cc, ca, cu});
  struct Row {
    const char* printed;
    const char* siren;  // "" when no EPCI has that name
  };
  const Row rows[] = {
      {"Communauté de Communes des Lisières de L’Oise", "246000749"},
      {"CC des Lisières de l'Oise", "246000749"},
      {"COMMUNAUTE DE COMMUNES DES LISIERES DE L'OISE", "246000749"},
      {"Communauté d'agglomération Lisieux Normandie", "200069532"},
      {"Communauté urbaine de Dunkerque", "245900428"},
      {"Communauté de communes des Lisières", ""},
      {"Communauté d'agglomération des Lisières de l'Oise", ""},
  };
  for (const Row& r : rows) {
    CAPTURE(r.printed);
    const Epci* e = geo.FindEpci(r.printed);
    CHECK((e ? e->siren : std::string()) == r.siren);
  }
}

TEST_CASE("A commune is found by its SIREN") {
  Commune flaux{"30110", "Flaux", "30", "213001100", 500, "", "", ""};
  Geography geo = Geography::FromLists({flaux}, {});
  const Commune* c = geo.CommuneBySiren("213001100");
  REQUIRE(c != nullptr);
  CHECK(c->code == "30110");
  CHECK(geo.CommuneBySiren("213001101") == nullptr);
}

TEST_CASE("A former commune inside a commune nouvelle is a place, never the commune") {
  Commune putanges{"61339", "Putanges-le-Lac", "61", "200059327", 2300, "", "28", ""};
  Commune rabodanges{"61340", "Rabodanges", "61", "", 0, "", "28", "61339"};
  Commune putanges_pe{"61339", "Putanges-Pont-Écrepin", "61", "", 0, "", "28", "61339"};
  Geography geo = Geography::FromLists({putanges, rabodanges, putanges_pe}, {});
  // Match knows communes only; MatchPlace the places an act names.
  CHECK(geo.Match("RABODANGES", "61").level != MatchLevel::kExact);
  CommuneMatch m = geo.MatchPlace("RABODANGES", "61");
  REQUIRE(m.commune != nullptr);
  CHECK(m.commune->code == "61340");
  CHECK(m.commune->parent == "61339");
  CHECK(m.level == MatchLevel::kAccent);
  // Named in full or not at all: no approximate former commune.
  CHECK(geo.MatchPlace("RABODANGE", "61").commune == nullptr);
  // A code shared with the commune it belongs to stays the commune's.
  REQUIRE(geo.ByCode("61339") != nullptr);
  CHECK(geo.ByCode("61339")->name == "Putanges-le-Lac");
  CHECK(geo.ByCode("61340") == nullptr);
  REQUIRE(geo.DelegatedByCode("61340") != nullptr);
  CHECK(geo.DelegatedByCode("61340")->parent == "61339");
}

}  // namespace delib
