#include "checks/batch_statutes.h"

#include <doctest/doctest.h>

#include "extractors/statutes.h"
#include "tests/test_support.h"
#include "pipeline/model/act_json.h"

namespace delib {
namespace {

using nlohmann::json;

json Ev(int page, const std::string& text) {
  return {{"page", page}, {"bbox", {72, 100, 500, 112}}, {"text", text}, {"confidence", 1.0}};
}

// The record of a statutes document, as pipeline/model/act_json.cc writes it.
json StatutesRecord(const std::string& stem, const std::string& type = "syndicat_mixte_ouvert") {
  json st = {
      {"names", {"Val de Sensée Numérique", "Sensée Fibre"}},
      {"type", type},
      {"seats", json::array()},
      {"quorum",
       {{"numerator", 1},
        {"denominator", 2},
        {"counts", "present"},
        {"comparison", "at_least"},
        {"text", "Le quorum est fixé à la moitié des membres en exercice présents."},
        {"article", "art. 8.3"}}},
      {"second_meeting_without_quorum", nullptr},
      {"proxy_limit",
       {{"max", 1},
        {"text", "Aucun membre ne peut recevoir plus d'une procuration."},
        {"article", "art. 8.3"}}},
      {"convocation",
       {{"days", 5},
        {"unit", "days"},
        {"text", "La convocation est adressée au moins cinq jours avant la réunion."},
        {"article", "art. 8.3"}}},
      {"majorities", json::object()},
      {"annexes", json::array()}};
  json act = {{"kind", "statuts"},
              {"body", {{"name", nullptr}, {"type", nullptr}, {"insee", nullptr}, {"siren", nullptr}}},
              {"anomalies", json::array()},
              {"statutes", st},
              {"evidence",
               {{"/statutes/quorum", Ev(3, "Le quorum est fixé à la moitié des membres en exercice présents.")},
                {"/statutes/proxy_limit", Ev(3, "Aucun membre ne peut recevoir plus d'une procuration.")},
                {"/statutes/convocation", Ev(3, "La convocation est adressée au moins cinq jours avant la réunion.")}}}};
  return {{"stem", stem}, {"source", {{"path", "in/" + stem + ".pdf"}}}, {"acts", {act}}};
}

// A comité syndical of the syndicat: 8 members in office, 5 present, Marc
// BLANC holding the proxies of Claire ROUX and Luc NOIR; convened 7 days ahead.
json DeliberationRecord(const std::string& stem) {
  json act = {
      {"kind", "deliberation"},
      {"body", {{"name", "Syndicat mixte ouvert Val de Sensée Numérique"}, {"type", "comite_syndical"}, {"insee", nullptr}, {"siren", nullptr}}},
      {"number", "2024-07"},
      {"title", "Budget primitif 2024"},
      {"dates", {{"session", "2024-03-12"}, {"convocation", "2024-03-05"}, {"display", nullptr},
                 {"transmission", nullptr}, {"publication", nullptr}, {"signature", nullptr}}},
      {"attendance",
       {{"in_office", 8}, {"present_count", nullptr}, {"seats", nullptr}, {"voters_count", nullptr},
        {"present", {"Jean DUPONT", "Marie MARTIN", "Paul LEROY", "Anne PETIT", "Marc BLANC"}},
        {"absent", json::array()},
        {"excused", {"Claire ROUX", "Luc NOIR", "Yves VERT"}},
        {"proxies", {{{"from", "Claire ROUX"}, {"to", "Marc BLANC"}}, {{"from", "Luc NOIR"}, {"to", "Marc BLANC"}}}},
        {"non_voting", json::array()}}},
      {"votes", json::array()},
      {"communes", json::array()},
      {"anomalies", json::array()},
      {"stated", {{"second_meeting", false}, {"urgency", false}}},
      {"evidence",
       {{"/attendance/in_office", Ev(1, "Nombre de membres en exercice : 8")},
        {"/attendance/present/0", Ev(1, "Jean DUPONT")},
        {"/attendance/proxies/0", Ev(1, "Mme Claire ROUX, pouvoir à M. Marc BLANC")},
        {"/attendance/proxies/1", Ev(1, "M. Luc NOIR (procuration à M. Marc BLANC)")},
        {"/dates/session", Ev(1, "Le douze mars deux mille vingt-quatre")},
        {"/dates/convocation", Ev(1, "sur convocation en date du cinq mars deux mille vingt-quatre")}}}};
  return {{"stem", stem}, {"source", {{"path", "in/" + stem + ".pdf"}}}, {"acts", {act}}};
}

json Findings(const std::vector<json>& records) {
  return BatchStatutesAnomalies(BatchStatutesOf(records), records);
}

std::vector<json> OfRule(const json& found, const std::string& rule) {
  std::vector<json> out;
  for (const json& a : found)
    if (a["rule"] == rule) out.push_back(a);
  return out;
}

}  // namespace

TEST_CASE("batch statutes: proxy.multiple under the statutes' limit of one, with both sources") {
  json delib = DeliberationRecord("cs-2024-07"), statutes = StatutesRecord("statuts-vsn");
  json found = Findings({delib, statutes});
  std::vector<json> p = OfRule(found, "proxy.multiple");
  REQUIRE(p.size() == 1);
  CHECK(p[0]["severity"] == "error");
  CHECK(p[0]["sources"] == json({"cs-2024-07", "statuts-vsn"}));
  CHECK(p[0]["legal_basis"] == "statuts du Val de Sensée Numérique, art. 8.3");
  const std::string msg = p[0]["message"];
  CHECK(msg.find("Marc BLANC holds 2 proxies") != std::string::npos);
  CHECK(msg.find("statuts-vsn, art. 8.3") != std::string::npos);
  CHECK(msg.find("Aucun membre ne peut recevoir plus d'une procuration.") != std::string::npos);
  // Evidence from both records: the two proxies, then the statutes' sentence.
  REQUIRE(p[0]["evidence"].size() == 3);
  CHECK(p[0]["evidence"][2]["text"] == "Aucun membre ne peut recevoir plus d'une procuration.");
  CHECK(p[0]["id"].get<std::string>().size() == 16);
  // Nothing else: quorum reached (5 of 8), convened 7 days ahead.
  CHECK(found.size() == 1);
  // The order of the records changes nothing.
  CHECK(Findings({statutes, delib}) == found);
}

TEST_CASE("batch statutes: proxy.multiple passes with a limit of two, or statutes silent") {
  json delib = DeliberationRecord("cs"), statutes = StatutesRecord("st");
  statutes["acts"][0]["statutes"]["proxy_limit"]["max"] = 2;
  CHECK(OfRule(Findings({delib, statutes}), "proxy.multiple").empty());
  statutes["acts"][0]["statutes"]["proxy_limit"] = nullptr;
  CHECK(OfRule(Findings({delib, statutes}), "proxy.multiple").empty());
}

TEST_CASE("batch statutes: nothing fires without statutes, for another body, or for a syndicat mixte fermé") {
  json delib = DeliberationRecord("cs");
  CHECK(Findings({delib}).empty());
  json other = delib;
  other["acts"][0]["body"]["name"] = "Syndicat mixte ouvert Scarpe Numérique";
  CHECK(Findings({other, StatutesRecord("st")}).empty());
  json commune = delib;
  commune["acts"][0]["body"]["type"] = "conseil_municipal";
  CHECK(Findings({commune, StatutesRecord("st")}).empty());
  CHECK(Findings({delib, StatutesRecord("st", "syndicat_mixte_ferme")}).empty());
  // Statutes and deliberation in the same file: one source.
  json both = delib;
  both["acts"].push_back(StatutesRecord("x")["acts"][0]);
  json found = Findings({both});
  REQUIRE(found.size() == 1);
  CHECK(found[0]["sources"] == json({"cs"}));
}

TEST_CASE("batch statutes: what the record already found is not repeated") {
  json delib = DeliberationRecord("cs"), statutes = StatutesRecord("st");
  // The registry's statutes said the same per file: same rule, severity, evidence.
  delib["acts"][0]["anomalies"].push_back(
      {{"id", "0123456789abcdef"},
       {"rule", "proxy.multiple"},
       {"severity", "error"},
       {"message", "Marc BLANC holds 2 proxies (Claire ROUX, Luc NOIR); at most 1 allowed"},
       {"legal_basis", "statuts du Val de Sensée Numérique"},
       {"evidence", {delib["acts"][0]["evidence"]["/attendance/proxies/0"],
                     delib["acts"][0]["evidence"]["/attendance/proxies/1"]}}});
  CHECK(Findings({delib, statutes}).empty());
  // Two copies of the statutes make one finding.
  CHECK(Findings({DeliberationRecord("cs"), statutes, StatutesRecord("st2")}).size() == 1);
}

TEST_CASE("batch statutes: quorum.not_reached under the statutes' quorum; not at a second meeting") {
  json delib = DeliberationRecord("cs"), statutes = StatutesRecord("st");
  json& at = delib["acts"][0]["attendance"];
  // 6 in office: 2 present, 4 excused (every member accounted for).
  at["in_office"] = 6;
  at["present"] = {"Jean DUPONT", "Marie MARTIN"};
  at["excused"] = {"Paul LEROY", "Claire ROUX", "Luc NOIR", "Yves VERT"};
  at["proxies"] = json::array();
  std::vector<json> q = OfRule(Findings({delib, statutes}), "quorum.not_reached");
  REQUIRE(q.size() == 1);
  CHECK(q[0]["severity"] == "error");
  CHECK(q[0]["message"].get<std::string>().find("2 present of 6 members in office") !=
        std::string::npos);
  CHECK(q[0]["evidence"].back()["text"] ==
        "Le quorum est fixé à la moitié des membres en exercice présents.");
  // Three of six is half: the statutes' "moitié" is reached.
  at["present"].push_back("Paul LEROY");
  at["excused"] = {"Claire ROUX", "Luc NOIR", "Yves VERT"};
  CHECK(OfRule(Findings({delib, statutes}), "quorum.not_reached").empty());
  // The CGCT's "more than half" would not be: statutes with "la majorité" say so.
  statutes["acts"][0]["statutes"]["quorum"]["comparison"] = "more_than";
  CHECK(OfRule(Findings({delib, statutes}), "quorum.not_reached").size() == 1);
  statutes = StatutesRecord("st");
  // A second meeting needs no quorum.
  at["present"] = {"Jean DUPONT", "Marie MARTIN"};
  at["excused"] = {"Paul LEROY", "Claire ROUX", "Luc NOIR", "Yves VERT"};
  delib["acts"][0]["stated"]["second_meeting"] = true;
  CHECK(OfRule(Findings({delib, statutes}), "quorum.not_reached").empty());
}

TEST_CASE("batch statutes: date.convocation_delay under the statutes' delay, when they state one") {
  json delib = DeliberationRecord("cs"), statutes = StatutesRecord("st");
  delib["acts"][0]["dates"]["convocation"] = "2024-03-09";
  std::vector<json> d = OfRule(Findings({delib, statutes}), "date.convocation_delay");
  REQUIRE(d.size() == 1);
  CHECK(d[0]["message"].get<std::string>().find("3 days, at least 5 days required") !=
        std::string::npos);
  CHECK(d[0]["legal_basis"] == "statuts du Val de Sensée Numérique, art. 8.3");
  // Five days ahead is enough (plain days, not jours francs).
  delib["acts"][0]["dates"]["convocation"] = "2024-03-07";
  CHECK(OfRule(Findings({delib, statutes}), "date.convocation_delay").empty());
  // Statutes silent on the delay: the per-file check (L5211-1) stands alone.
  delib["acts"][0]["dates"]["convocation"] = "2024-03-09";
  statutes["acts"][0]["statutes"]["convocation"] = nullptr;
  CHECK(OfRule(Findings({delib, statutes}), "date.convocation_delay").empty());
  // Urgency stated: not the statutes' rule.
  statutes = StatutesRecord("st");
  delib["acts"][0]["stated"]["urgency"] = true;
  CHECK(OfRule(Findings({delib, statutes}), "date.convocation_delay").empty());
}

TEST_CASE("batch statutes: list.mismatch between the communes admitted and the amended annexes") {
  json delib = DeliberationRecord("cs"), statutes = StatutesRecord("st");
  delib["acts"][0]["attendance"]["proxies"] = json::array();
  auto commune = [](const char* name, const char* insee, const char* list) {
    return json{{"printed", name}, {"insee", insee}, {"name", name}, {"match", "exact"}, {"list", list}};
  };
  json& communes = delib["acts"][0]["communes"];
  communes = {commune("Arleux", "59017", "article 1"), commune("Bugnicourt", "59117", "article 1"),
              commune("Cantin", "59126", "article 1"), commune("Estrées", "59215", "article 1 conditional")};
  delib["acts"][0]["evidence"]["/communes/2"] = Ev(2, "- Cantin");
  json& annexes = statutes["acts"][0]["statutes"]["annexes"];
  annexes = {{{"number", 1}, {"title", "liste des membres adhérents"},
              {"entries", {"Région Hauts-de-France", "Commune d'Arleux", "Commune de Bugnicourt"}}}};
  statutes["acts"][0]["evidence"]["/statutes/annexes/0"] = Ev(9, "Annexe 1 : liste des membres adhérents");
  std::vector<json> l = OfRule(Findings({delib, statutes}), "list.mismatch");
  REQUIRE(l.size() == 1);
  CHECK(l[0]["message"].get<std::string>().find("Cantin is admitted by article 1 but missing from "
                                                "the annexes") == 0);
  REQUIRE(l[0]["evidence"].size() == 2);
  CHECK(l[0]["evidence"][0]["text"] == "- Cantin");
  CHECK(l[0]["evidence"][1]["text"] == "Annexe 1 : liste des membres adhérents");
  // Every commune admitted is in the annexes (the conditional one need not be).
  annexes[0]["entries"].push_back("Commune de Cantin");
  CHECK(OfRule(Findings({delib, statutes}), "list.mismatch").empty());
  // Annexes that list none of them predate the deliberation: no comparison.
  annexes[0]["entries"] = {"Région Hauts-de-France", "Commune de Marquion"};
  CHECK(OfRule(Findings({delib, statutes}), "list.mismatch").empty());
}

TEST_CASE("batch statutes: the record's statutes object reads back as it was written") {
  auto doc = testing::TextDoc(
      "Statuts du syndicat mixte ouvert Val de Sensée Numérique\n"
      "Article 8 : Fonctionnement\n"
      "La convocation est adressée au moins cinq jours francs avant la réunion. Le quorum est fixé\n"
      "au tiers des membres en exercice présents ou représentés. Aucun membre ne peut recevoir plus\n"
      "de deux pouvoirs.\n"
      "Annexe 1 : liste des membres adhérents\n"
      "- Commune d'Arleux\n");
  std::vector<Act> acts(1);
  acts[0].kind = "statuts";
  acts[0].last_line = doc->lines().size();
  ReadStatutesActs(*doc, &acts);
  REQUIRE(acts[0].statutes);
  json record = {{"stem", "st"}, {"acts", {ActToJson(acts[0])}}};
  std::vector<BatchStatutes> st = BatchStatutesOf({record});
  REQUIRE(st.size() == 1);
  const StatutesRead& r = st[0].read;
  CHECK(r.body.names == acts[0].statutes->body.names);
  CHECK(r.body.quorum.numerator == 1);
  CHECK(r.body.quorum.denominator == 3);
  CHECK(r.body.quorum.present_or_represented);
  CHECK(r.proxy_limit == acts[0].statutes->proxy_limit);
  REQUIRE(r.convocation);
  CHECK(r.convocation->value == 5);
  CHECK(r.convocation->jours_francs);
  CHECK(r.article.at("convocation") == "art. 8");
  CHECK(r.body.annexes.size() == 1);
  CHECK(st[0].evidence.contains("/statutes/quorum"));
}

}  // namespace delib
