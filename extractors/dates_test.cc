#include "extractors/dates.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "pipeline/base/fold.h"

namespace delib {
namespace {

// Dates of a raw phrase, folded first as the pipeline does.
std::vector<std::string> IsoOf(const std::string& raw, std::optional<int> year = std::nullopt) {
  std::vector<std::string> out;
  for (const FoundDate& d : FindDates(Fold(raw), year)) out.push_back(d.Iso());
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("dates: patterns compile") { CHECK(DatePatternErrors() == ""); }

TEST_CASE("dates: digits") {
  CHECK(IsoOf("Date de la convocation :\t14.02.2024") == V{"2024-02-14"});
  CHECK(IsoOf("Vu la délibération en date du 01/07/2021 « Délégation »") == V{"2021-07-01"});
  CHECK(IsoOf("reçu le 03/11/2022 et le 14-02-24") == V{"2022-11-03", "2024-02-14"});
  CHECK(IsoOf("Version 5 – 12/05/2021") == V{"2021-05-12"});
}

TEST_CASE("dates: impossible dates are rejected") {
  CHECK(IsoOf("le 31/02/2024").empty());
  CHECK(IsoOf("le 12.13.2024").empty());
  CHECK(IsoOf("le 29/02/2023").empty());
  CHECK(IsoOf("le 29/02/2024") == V{"2024-02-29"});
  CHECK(IsoOf("le trente février deux mille vingt-quatre").empty());
}

TEST_CASE("dates: not dates") {
  CHECK(IsoOf("la loi n° 2013-595 du 8 juillet") == V{""});  // no year: no ISO
  CHECK(IsoOf("le 12/05-2021").empty());
  CHECK(IsoOf("de 1,30 € TTC par élève").empty());
  CHECK(IsoOf("la délibération 2022-14").empty());
}

TEST_CASE("dates: month names") {
  CHECK(IsoOf("SEANCE DU 19 FEVRIER 2024") == V{"2024-02-19"});
  CHECK(IsoOf("à compter du 1er avril 2024") == V{"2024-04-01"});
  CHECK(IsoOf("A Prêmesques, le 21 Février 2024,") == V{"2024-02-21"});
  CHECK(IsoOf("Envoi au contrôle de légalité le : 3 novembre 2022") == V{"2022-11-03"});
  CHECK(IsoOf("REUNION DU 17 OCTOBRE 2022") == V{"2022-10-17"});
}

TEST_CASE("dates: without year take the context year, else no ISO") {
  auto d = FindDates(Fold("la convocation qui lui a été faite le 30 novembre et"));
  REQUIRE(d.size() == 1);
  CHECK_FALSE(d[0].year_printed);
  CHECK(d[0].Iso() == "");
  CHECK(d[0].month == 11);
  CHECK(d[0].day == 30);
  CHECK(IsoOf("faite le 30 novembre et", 2023) == V{"2023-11-30"});
}

TEST_CASE("dates: words") {
  CHECK(IsoOf("Le vingt-et-un février deux mille vingt-quatre, le comité syndical") ==
        V{"2024-02-21"});
  CHECK(IsoOf("sur convocation en date du quinze février deux mille vingt-quatre, sous") ==
        V{"2024-02-15"});
  CHECK(IsoOf("L'an deux mille vingt-quatre et le dix-neuf du mois de Février, à 19 heures") ==
        V{"2024-02-19"});
  CHECK(IsoOf("**L'AN DEUX MILLE VINGT-TROIS,\nLe sept décembre,**\nLe Conseil") ==
        V{"2023-12-07"});
  CHECK(IsoOf("le vingt et un fevrier deux mille vingt quatre") == V{"2024-02-21"});
  CHECK(IsoOf("L'an deux mil vingt-quatre, le premier mars") == V{"2024-03-01"});
}

TEST_CASE("dates: spans point at the date in folded text") {
  std::string folded = Fold("SEANCE DU 19 FEVRIER 2024 à 19h");
  auto d = FindDates(folded);
  REQUIRE(d.size() == 1);
  CHECK(folded.substr(d[0].begin, d[0].end - d[0].begin) == "19 fevrier 2024");
  folded = Fold("date : 14.02.2024.");
  d = FindDates(folded);
  REQUIRE(d.size() == 1);
  CHECK(folded.substr(d[0].begin, d[0].end - d[0].begin) == "14.02.2024");
}

TEST_CASE("dates: OCR damage") {
  CHECK(IsoOf("SEANCE DU l9.02.2024") == V{"2024-02-19"});
  CHECK(IsoOf("SEANCE DU 19 FEVRIER 2O24") == V{"2024-02-19"});
  CHECK(IsoOf("SEANCE DU 19 FÉVRIER 2024") == V{"2024-02-19"});
  CHECK(IsoOf("Date : 14.O2.2O24") == V{"2024-02-14"});
  CHECK(IsoOf("le ler avril 2024") == V{"2024-04-01"});
  // The 1 of "1er" lost (generated cp layout scanned: "LILLE, le er avril 2024").
  CHECK(IsoOf("LILLE, le er avril 2024") == V{"2024-04-01"});
  CHECK(IsoOf("premier semestre, er avril 2024").empty());
  CHECK(IsoOf("le 2S/O3/2O22") == V{"2022-03-25"});
  // Letters alone are words, not digits.
  CHECK(IsoOf("le lo.os.sbis").empty());
}

}  // namespace delib
