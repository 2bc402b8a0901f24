// The batch-wide step over records written by real runs: statutes in the
// batch inform the checks of their body's deliberations (checks/batch_statutes.h).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "pipeline/driver/driver.h"
#include "tests/pdf_fixture.h"

namespace fs = std::filesystem;

namespace delib {
namespace {

using testing::MakeTextPdf;
using testing::WriteTemp;

nlohmann::json ReadJson(const std::string& path) {
  std::ifstream in(path);
  return nlohmann::json::parse(in);
}

// Statutes of an invented syndicat mixte ouvert (not in data/bodies).
std::string StatutesPdf() {
  return MakeTextPdf({{
      "Statuts du syndicat mixte ouvert Val de Sensée Numérique",
      "Article 1 : Composition et dénomination",
      "Il est créé un syndicat mixte ouvert qui prend la dénomination",
      "suivante : Val de Sensée Numérique et la marque : Sensée Fibre (ci-après : le Syndicat).",
      "Article 8 : Fonctionnement",
      "Le comité syndical se réunit sur convocation de son Président. La convocation est",
      "adressée au moins cinq jours avant la réunion. Le quorum est fixé à la moitié des",
      "membres en exercice présents.",
      "Un membre absent peut donner procuration à un autre membre. Aucun membre ne peut",
      "recevoir plus d'une procuration.",
      "Article 9 : Budget",
      "Le budget du syndicat est voté par le comité syndical.",
  }});
}

// A comité syndical of that syndicat where Marc BLANC holds two proxies.
std::string DeliberationPdf() {
  return MakeTextPdf({{
      "DÉLIBÉRATION 2024 – 07",
      "SYNDICAT MIXTE OUVERT « VAL DE SENSÉE NUMÉRIQUE »",
      "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL",
      "Objet : Approbation du budget primitif 2024",
      "Le douze mars deux mille vingt-quatre, le comité syndical du Syndicat mixte ouvert",
      "Val de Sensée Numérique s'est réuni à Arleux, sur convocation en date du cinq mars",
      "deux mille vingt-quatre, sous la présidence de M. Jean DUPONT.",
      "Nombre de membres en exercice : 8",
      "Présents : M. Jean DUPONT, Mme Marie MARTIN, M. Paul LEROY, Mme Anne PETIT, M. Marc BLANC",
      "Excusés : Mme Claire ROUX, pouvoir à M. Marc BLANC ; M. Luc NOIR (procuration à",
      "M. Marc BLANC) ; M. Yves VERT",
      "Secrétaire de séance : Mme Marie MARTIN",
      "Le comité syndical, après en avoir délibéré,",
      "Article 1 : APPROUVE le budget primitif 2024.",
      "Adopté à l'unanimité.",
  }});
}

RunOptions Options(const std::string& out, const std::vector<std::string>& inputs) {
  RunOptions opt;
  opt.out_dir = out;
  opt.inputs = inputs;
  opt.jobs = 2;
  opt.progress = 0;
  return opt;
}

std::vector<nlohmann::json> OfRule(const nlohmann::json& summary, const std::string& rule) {
  std::vector<nlohmann::json> out;
  for (const auto& a : summary["anomalies"])
    if (a["rule"] == rule) out.push_back(a);
  return out;
}

}  // namespace

TEST_CASE("Statutes in the batch govern their syndicat's deliberations (summary anomalies)") {
  const std::string base = testing::TempDir() + "/batch-statutes";
  WriteTemp("batch-statutes/in/statuts-vsn.pdf", StatutesPdf());
  WriteTemp("batch-statutes/in/cs-2024-07.pdf", DeliberationPdf());
  WriteTemp("batch-statutes/alone/cs-2024-07.pdf", DeliberationPdf());

  REQUIRE(RunBatch(Options(base + "/out", {base + "/in"})) == 0);
  // The statutes act says what it read.
  nlohmann::json st = ReadJson(base + "/out/statuts-vsn.json");
  REQUIRE(st["acts"].size() >= 1);
  REQUIRE(st["acts"][0]["kind"] == "statuts");
  const nlohmann::json& s = st["acts"][0]["statutes"];
  CHECK(s["names"][0] == "Val de Sensée Numérique");
  CHECK(s["type"] == "syndicat_mixte_ouvert");
  CHECK(s["proxy_limit"]["max"] == 1);
  CHECK(s["proxy_limit"]["article"] == "art. 8");
  CHECK(s["quorum"]["text"] == "Le quorum est fixé à la moitié des membres en exercice présents.");
  CHECK(s["convocation"]["days"] == 5);
  CHECK(st["acts"][0]["evidence"].contains("/statutes/proxy_limit"));
  // The deliberation alone cannot tell (an SMO's statutes govern its proxies).
  nlohmann::json d = ReadJson(base + "/out/cs-2024-07.json");
  REQUIRE(d["acts"].size() == 1);
  CHECK(d["acts"][0]["attendance"]["proxies"].size() == 2);
  for (const auto& a : d["acts"][0]["anomalies"]) CHECK(a["rule"] != "proxy.multiple");

  nlohmann::json summary = ReadJson(base + "/out/summary.json");
  std::vector<nlohmann::json> p = OfRule(summary, "proxy.multiple");
  REQUIRE(p.size() == 1);
  CHECK(p[0]["sources"] == nlohmann::json({"cs-2024-07", "statuts-vsn"}));
  CHECK(p[0]["severity"] == "error");
  CHECK(p[0]["legal_basis"] == "statuts du Val de Sensée Numérique, art. 8");
  CHECK(p[0]["message"].get<std::string>().find("Marc BLANC holds 2 proxies") != std::string::npos);
  CHECK(p[0]["evidence"].back()["text"] == "Aucun membre ne peut recevoir plus d'une procuration.");
  CHECK(OfRule(summary, "quorum.not_reached").empty());  // 5 of 8 present: reached

  // `delib merge` runs the same finish: the same finding.
  REQUIRE(MergeShards(base + "/merged", {base + "/out"}, "") == 0);
  CHECK(ReadJson(base + "/merged/summary.json")["anomalies"] == summary["anomalies"]);

  // Without the statutes in the batch: no such finding.
  REQUIRE(RunBatch(Options(base + "/out-alone", {base + "/alone"})) == 0);
  CHECK(OfRule(ReadJson(base + "/out-alone/summary.json"), "proxy.multiple").empty());
}

}  // namespace delib
