#include "pipeline/driver/batch_outputs.h"

#include <dirent.h>
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "pipeline/base/atomic_file.h"
#include "pipeline/model/act_json.h"

namespace delib {
namespace {

using nlohmann::json;

std::string MakeTempDir() {
  char tmpl[] = "/tmp/delib_batch_XXXXXX";
  char* dir = mkdtemp(tmpl);
  REQUIRE(dir != nullptr);
  return dir;
}

void RemoveTree(const std::string& dir) {
  CHECK(std::system(("rm -rf '" + dir + "'").c_str()) == 0);
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void Put(const std::string& path, const std::string& text) {
  REQUIRE(WriteFileAtomic(path, text).ok());
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0, crlf;
  while ((crlf = text.find("\r\n", start)) != std::string::npos) {
    out.push_back(text.substr(start, crlf - start));
    start = crlf + 2;
  }
  return out;
}

size_t Count(const std::string& hay, const std::string& needle) {
  size_t n = 0;
  for (size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + 1)) ++n;
  return n;
}

Evidence Ev(int page, BBox box, std::string text, double conf) {
  Evidence e;
  e.page = page;
  e.box = box;
  e.text = std::move(text);
  e.confidence = conf;
  return e;
}

// Prémesques, 19 Feb 2024 (seed 003): "ont pris part : 17 + 1", 1 proxy named
// for "3 Absents ayant donné pouvoir".
Act Premesques() {
  Act a;
  a.kind = "deliberation";
  a.pages = {1, 2};
  a.body = {"Prémesques", "conseil_municipal", "59470", "215904707"};
  a.number = "2024-16";
  a.title =
      "Adhésion à la Fibre Numérique 59/62 pour intégrer le groupement de commandes et désignation "
      "d'un délégué";
  a.dates.session = "2024-02-19";
  a.dates.convocation = "2024-02-14";
  a.dates.display = "2024-02-14";
  a.dates.transmission = "2024-02-23";
  a.president = "Yvan HUTCHINSON";
  a.secretary = "Nathalie GUISLAIN";
  a.attendance.seats = 19;
  a.attendance.in_office = 18;
  a.attendance.present_count = 17;
  a.attendance.proxies_count = 1;
  a.attendance.present = {"Y. HUTCHINSON", "A. MARQUE", "P. ALLIOT"};
  a.attendance.proxies = {{"P. JOURDAIN", "P. VANDEN DORPE"}};
  Vote v;
  v.unanimous = true;
  v.result = "adopted";
  a.votes = {v};
  Anomaly an;
  an.id = "a1b2c3d4e5f60718";
  an.rule = "count.mismatch";
  an.severity = "error";
  an.message = "3 members said to have given a proxy, 1 named";
  an.legal_basis = "CGCT L2121-20";
  an.evidence = {Ev(1, {72, 410, 530, 428},
                    "3 Absents ayant donné pouvoir : P. JOURDAIN à P. VANDEN DORPE", 0.93)};
  a.anomalies = {an};
  Anomaly mention;
  mention.id = "0f1e2d3c4b5a6978";
  mention.rule = "date.order";
  mention.severity = "warning";
  mention.message = "display on 2024-02-14, before the session of 2024-02-19";
  mention.legal_basis = "CGCT L2131-1";
  mention.evidence = {Ev(1, {72, 120, 300, 134}, "Date d'affichage : 14.02.2024", 0.97)};
  a.anomalies.push_back(mention);
  a.evidence["/dates/session"] = Ev(1, {72, 300, 400, 318}, "SEANCE DU 19 FEVRIER 2024", 0.93);
  return a;
}

Record OkRecord() {
  Record r;
  r.path = "in/premesques.pdf";
  r.sha256 = std::string(64, 'a');
  r.pages = 2;
  r.acts = {Premesques()};
  r.page_sources = {"ocr", "ocr"};
  r.seconds = 4.25;
  return r;
}

Record FailedRecord() {
  Record r;
  r.path = "in/hem-scan.pdf";
  r.status = "failed";
  r.errors = {{"encrypted", "the PDF needs a password", std::nullopt}};
  return r;
}

// Hem, DEL/2023/AE/135 (seed 002), read from its text layer, one page lost.
Record PartialRecord() {
  Record r;
  r.path = "in/hem.pdf";
  r.sha256 = std::string(64, 'b');
  r.pages = 3;
  r.status = "partial";
  r.errors = {{"ocr", "page 3 could not be read", 3}};
  Act a;
  a.kind = "deliberation";
  a.pages = {1, 2};
  a.body = {"Hem", "conseil_municipal", "59299", std::nullopt};
  a.number = "DEL/2023/AE/135";
  a.title =
      "ENVIRONNEMENT NUMERIQUE DE TRAVAIL SCOLAIRE, ADHESION AU SMO \"LA FIBRE NUMERIQUE 59/62\"";
  a.dates.session = "2023-12-14";
  a.attendance.in_office = 35;
  a.attendance.voters_count = 33;
  Vote v;
  v.for_votes = 29;
  v.against = 4;
  v.abstentions = 0;
  v.result = "adopted";
  a.votes = {v};
  Act annex;
  annex.kind = "annexe";
  annex.pages = {2};
  r.acts = {a, annex};
  r.page_sources = {"text", "text", "none"};
  r.seconds = 0.5;
  return r;
}

void WriteRecord(const std::string& dir, const std::string& stem, const Record& r) {
  Put(dir + "/" + stem + ".json", RecordToJson(r).dump(2));
}

json ReadJson(const std::string& path) { return json::parse(Slurp(path)); }

TEST_CASE("batch_outputs: CSV fields are quoted as RFC 4180 says") {
  CHECK(CsvField("Prémesques") == "Prémesques");
  CHECK(CsvField("") == "");
  CHECK(CsvField("groupement, et délégué") == "\"groupement, et délégué\"");
  CHECK(CsvField("SMO \"La Fibre\"") == "\"SMO \"\"La Fibre\"\"\"");
  CHECK(CsvField("ligne 1\nligne 2") == "\"ligne 1\nligne 2\"");
  CHECK(CsvField("a\rb") == "\"a\rb\"");
}

TEST_CASE("batch_outputs: SCDL row takes stated figures and invents nothing") {
  json act = ActToJson(Premesques());
  std::vector<std::string> row = ScdlRow(act);
  REQUIRE(row.size() == std::size(kScdlColumns));
  CHECK(std::string(kScdlColumns[0]) == "COLL_NOM");
  CHECK(std::string(kScdlColumns[16]) == "DELIB_URL");
  CHECK(row[0] == "Prémesques");
  CHECK(row[1] == "");  // only the SIREN is known: no made-up NIC
  CHECK(row[2] == "2024-16");
  CHECK(row[3] == "2024-02-19");
  CHECK(row[4] == "");  // @ctes code not read
  CHECK(row[6] == act["title"].get<std::string>());
  CHECK(row[10] == "2024-02-23");
  CHECK(row[11] == "18");  // VOTE_EFFECTIF = in office
  CHECK(row[12] == "18");  // VOTE_REEL = 17 present + 1 proxy, both stated
  CHECK(row[13] == "");    // unanimity does not tell how many voted for
  CHECK(row[14] == "0");   // but tells that nobody voted against
  CHECK(row[15] == "");

  SUBCASE("voters stated win, stated figures copied") {
    json hem = ActToJson(PartialRecord().acts[0]);
    std::vector<std::string> r = ScdlRow(hem);
    CHECK(r[11] == "35");
    CHECK(r[12] == "33");
    CHECK(r[13] == "29");
    CHECK(r[14] == "4");
    CHECK(r[15] == "0");
    CHECK(r[3] == "2023-12-14");
  }
  SUBCASE("a 14-digit SIRET in the body is used, anything else is not") {
    act["body"]["siret"] = "21590470700017";
    CHECK(ScdlRow(act)[1] == "21590470700017");
    act["body"]["siret"] = "215904707";
    CHECK(ScdlRow(act)[1] == "");
  }
  SUBCASE("present without stated proxies leaves VOTE_REEL empty") {
    act["attendance"]["proxies_count"] = nullptr;
    CHECK(ScdlRow(act)[12] == "");
  }
  SUBCASE("no vote at all") {
    act["votes"] = json::array();
    CHECK(ScdlRow(act)[14] == "");
  }
}

TEST_CASE("batch_outputs: summary counts, failures, CSV and report of a batch") {
  std::string dir = MakeTempDir();
  WriteRecord(dir, "premesques", OkRecord());
  WriteRecord(dir, "hem", PartialRecord());
  WriteRecord(dir, "hem-scan", FailedRecord());
  Put(dir + "/broken.json", "{\"schema_version\": \"1\", \"source\": ");  // cut short
  BatchInfo info;
  info.inputs = 4;
  info.wall_s = 12.5;
  info.timings = {{"ocr_s", 9.75}};
  info.generated_at = "2026-11-25T15:00:00Z";
  Result<BatchOutcome> out = WriteBatchOutputs(dir, info);
  REQUIRE(out.ok());
  CHECK(out.value().records == 3);
  CHECK(out.value().errors_unreviewed == 1);
  CHECK(out.value().warnings_unreviewed == 1);
  CHECK(out.value().new_count == 2);  // no previous run: all new
  CHECK(out.value().dismissed_count == 0);
  REQUIRE(out.value().problems.size() == 1);
  CHECK(out.value().problems[0].find("broken.json") != std::string::npos);

  json s = ReadJson(dir + "/summary.json");
  CHECK(s["schema_version"] == "1");
  CHECK(s["generated_at"] == "2026-11-25T15:00:00Z");
  CHECK(s["inputs"] == 4);
  CHECK(s["ok"] == 1);
  CHECK(s["partial"] == 1);
  CHECK(s["failed"] == 1);
  CHECK(s["pages"] == 5);
  CHECK(s["pages_ocr"] == 2);
  CHECK(s["pages_text"] == 2);
  CHECK(s["acts"] == 3);
  CHECK(s["deliberations"] == 2);
  REQUIRE(s["failures"].size() == 1);
  CHECK(s["failures"][0] == json{{"stem", "hem-scan"},
                                 {"path", "in/hem-scan.pdf"},
                                 {"code", "encrypted"},
                                 {"message", "the PDF needs a password"}});
  CHECK(s["anomalies_by_rule"]["count.mismatch"] ==
        json{{"error", 1}, {"warning", 0}, {"info", 0}});
  CHECK(s["anomalies_by_rule"]["date.order"] == json{{"error", 0}, {"warning", 1}, {"info", 0}});
  CHECK(s["anomalies_new"] == 2);
  CHECK(s["anomalies_dismissed"] == 0);
  CHECK(s["timings"]["wall_s"] == 12.5);
  CHECK(s["timings"]["ocr_s"] == 9.75);
  CHECK(s["timings"]["documents_s"] == 4.75);
  CHECK(s["review"]["status"] == "absent");
  REQUIRE(s["unreadable_records"].size() == 1);
  CHECK(s["unreadable_records"][0]["file"] == "broken.json");

  std::string csv = Slurp(dir + "/scdl-deliberations.csv");
  std::vector<std::string> lines = Lines(csv);
  REQUIRE(lines.size() == 3);  // header + 2 deliberations (the annex has no row)
  CHECK(lines[0] ==
        "COLL_NOM,COLL_SIRET,DELIB_ID,DELIB_DATE,DELIB_MATIERE_CODE,DELIB_MATIERE_NOM,DELIB_OBJET,"
        "BUDGET_ANNEE,"
        "BUDGET_NOM,PREF_ID,PREF_DATE,VOTE_EFFECTIF,VOTE_REEL,VOTE_POUR,VOTE_CONTRE,VOTE_"
        "ABSTENTION,DELIB_URL");
  // Sorted by file name: hem before premesques. The title's comma and quotes are quoted.
  CHECK(lines[1] ==
        "Hem,,DEL/2023/AE/135,2023-12-14,,,\"ENVIRONNEMENT NUMERIQUE DE TRAVAIL SCOLAIRE, ADHESION "
        "AU SMO "
        "\"\"LA FIBRE NUMERIQUE 59/62\"\"\",,,,,35,33,29,4,0,");
  CHECK(lines[2].rfind("Prémesques,,2024-16,2024-02-19,,,", 0) == 0);
  CHECK(csv.size() == csv.rfind("\r\n") + 2);  // ends with CRLF

  std::string html = Slurp(dir + "/report.html");
  CHECK(html.find("the PDF needs a password") != std::string::npos);
  CHECK(html.find("count.mismatch") != std::string::npos);
  CHECK(html.find("3 members said to have given a proxy, 1 named") != std::string::npos);
  CHECK(html.find("CGCT L2121-20") != std::string::npos);
  CHECK(html.find("<td id=\"count-failed\">1</td>") != std::string::npos);
  CHECK(html.find("broken.json") != std::string::npos);
  // The index: one row per document, linking to its section, with its counts.
  CHECK(html.find(
            "<a href=\"#doc-3\">premesques</a></td><td><span class=\"badge status\">ok</span></td>"
            "<td>1</td><td>1</td><td>1</td><td>2</td>") != std::string::npos);
  CHECK(html.find("http") == std::string::npos);  // offline: no URL at all
  RemoveTree(dir);
}

TEST_CASE(
    "batch_outputs: a review entry that matches no anomaly is said on the console and in the "
    "report") {
  std::string dir = MakeTempDir();
  WriteRecord(dir, "premesques", OkRecord());
  Put(dir + "/review.json",
      R"([{"id": "a1b2c3d4e5f60718", "decision": "dismissed", "who": "C. Leroy", "why": "annex"},
          {"id": "deadbeefdeadbeef", "decision": "dismissed", "who": "C. Leroy", "why": "typo"}])");
  Result<BatchOutcome> out = WriteBatchOutputs(dir, BatchInfo{});
  REQUIRE(out.ok());
  CHECK(out.value().dismissed_count == 1);
  bool said = false;
  for (const std::string& p : out.value().problems)
    said |= p.find("1 entry matches no anomaly") != std::string::npos &&
            p.find("deadbeefdeadbeef") != std::string::npos;
  CHECK(said);  // FinishBatch prints every problem on stderr
  json s = ReadJson(dir + "/summary.json");
  CHECK(s["review"]["unmatched"] == 1);
  CHECK(s["review"]["unmatched_ids"] == json{"deadbeefdeadbeef"});
  std::string html = Slurp(dir + "/report.html");
  size_t problems = html.find("id=\"problems\"");
  REQUIRE(problems != std::string::npos);
  CHECK(html.find("deadbeefdeadbeef", problems) != std::string::npos);
  RemoveTree(dir);
}

TEST_CASE("batch_outputs: with the run's stems, records of earlier runs are listed, not counted") {
  std::string dir = MakeTempDir();
  WriteRecord(dir, "premesques", OkRecord());
  WriteRecord(dir, "deleted-input", OkRecord());
  BatchInfo info;
  info.stems = std::vector<std::string>{"premesques"};
  info.run_id = "run-1";
  info.skipped = {{"in/x.pdf", "a folder named like a PDF (searched as a folder)"}};
  Result<BatchOutcome> out = WriteBatchOutputs(dir, info);
  REQUIRE(out.ok());
  CHECK(out.value().records == 1);
  json s = ReadJson(dir + "/summary.json");
  CHECK(s["records"] == 1);
  CHECK(s["inputs"] == 1);
  CHECK(s["run_id"] == "run-1");
  CHECK(s["earlier_records"] == json{"deleted-input"});
  CHECK(s["skipped"][0]["path"] == "in/x.pdf");
  std::vector<std::string> rows = Lines(Slurp(dir + "/scdl-deliberations.csv"));
  CHECK(rows.size() == 2);  // header + the one deliberation of premesques
  std::string html = Slurp(dir + "/report.html");
  CHECK(html.find("deleted-input</a>") == std::string::npos);
  CHECK(html.find("a folder named like a PDF") != std::string::npos);
  RemoveTree(dir);
}

TEST_CASE("batch_outputs: new since the previous run, dismissed and confirmed by review") {
  std::string dir = MakeTempDir();
  WriteRecord(dir, "premesques", OkRecord());
  BatchInfo info;
  REQUIRE(WriteBatchOutputs(dir, info).ok());  // first run: history written

  // Same anomalies again, and a review that dismisses the error.
  Put(dir + "/review.json",
      R"([{"id": "a1b2c3d4e5f60718", "decision": "dismissed", "who": "C. Leroy",
           "why": "the two other proxies are in the annex"},
          {"id": "0f1e2d3c4b5a6978", "decision": "confirmed", "who": "C. Leroy", "why": ""},
          {"id": "ffffffffffffffff", "decision": "confirmed", "who": "C. Leroy", "why": "older run"}])");
  Result<BatchOutcome> second = WriteBatchOutputs(dir, info);
  REQUIRE(second.ok());
  CHECK(second.value().new_count == 0);
  CHECK(second.value().dismissed_count == 1);
  CHECK(second.value().confirmed_count == 1);
  CHECK(second.value().errors_unreviewed == 0);    // dismissed: not counted by --fail-on
  CHECK(second.value().warnings_unreviewed == 1);  // confirmed: still counted
  json s = ReadJson(dir + "/summary.json");
  CHECK(s["anomalies_dismissed"] == 1);
  CHECK(s["anomalies_by_rule"]["count.mismatch"]["error"] == 1);  // found, even if dismissed
  CHECK(s["anomalies_open"]["error"] == 0);
  CHECK(s["review"]["status"] == "ok");
  CHECK(s["review"]["unmatched"] == 1);
  std::string html = Slurp(dir + "/report.html");
  CHECK(html.find("class=\"badge new\"") == std::string::npos);
  // The dismissed anomaly is folded away with who and why, not in the list.
  size_t details = html.find("<details class=\"dismissed\">");
  REQUIRE(details != std::string::npos);
  CHECK(html.find("a1b2c3d4e5f60718") > details);
  CHECK(html.find("the two other proxies are in the annex") > details);
  CHECK(html.find("confirmed by C. Leroy") != std::string::npos);

  // A third run with one more anomaly: only that one is new.
  Record r = OkRecord();
  Anomaly extra;
  extra.id = "1234567890abcdef";
  extra.rule = "mention.missing_convocation";
  extra.severity = "error";
  extra.message = "no convocation date";
  extra.legal_basis = "CGCT L2121-10";
  r.acts[0].anomalies.push_back(extra);
  Anomaly no_id = extra;  // a check that forgot its id: cannot be followed, always new
  no_id.id.clear();
  no_id.severity = "info";
  r.acts[0].anomalies.push_back(no_id);
  WriteRecord(dir, "premesques", r);
  Result<BatchOutcome> third = WriteBatchOutputs(dir, info);
  REQUIRE(third.ok());
  CHECK(third.value().new_count == 2);
  CHECK(third.value().errors_unreviewed == 1);
  html = Slurp(dir + "/report.html");
  const std::string kNew = "<span class=\"badge new\">NEW</span>";
  CHECK(Count(html, kNew) == 2);
  CHECK(html.find("data-anomaly-id=\"1234567890abcdef\"") < html.find(kNew));
  Result<BatchOutcome> fourth = WriteBatchOutputs(dir, info);
  REQUIRE(fourth.ok());
  CHECK(fourth.value().new_count == 1);  // only the one without id
  CHECK(ReadJson(dir + "/.delib/anomalies-previous.json")["ids"] ==
        json{"0f1e2d3c4b5a6978", "1234567890abcdef", "a1b2c3d4e5f60718"});
  html = Slurp(dir + "/report.html");
  CHECK(Count(html, kNew) == 1);
  CHECK(html.find("data-anomaly-id=\"\"") < html.find(kNew));
  CHECK(html.find("data-anomaly-id=\"1234567890abcdef\"") < html.find("data-anomaly-id=\"\""));
  RemoveTree(dir);
}

TEST_CASE("batch_outputs: a malformed review file is reported and ignored") {
  std::string dir = MakeTempDir();
  WriteRecord(dir, "premesques", OkRecord());
  struct Case {
    const char* text;
    const char* says;
  };
  for (Case c :
       {Case{"[{\"id\": \"a1b2c3d4e5f60718\", \"decision\": \"ok\", \"who\": \"C. Leroy\", "
             "\"why\": \"\"}]",
             "entry 1: \"decision\""},
        Case{"{\"a1b2c3d4e5f60718\": \"dismissed\"}", "must be a JSON array"},
        Case{"[{\"id\": \"a1b2c3d4e5f60718\", \"decision\": \"dismissed\"", "not JSON"},
        Case{"[{\"id\": \"a1b2c3d4e5f60718\", \"decision\": \"dismissed\", \"why\": \"x\"}]",
             "\"who\""},
        Case{"[{\"id\": \"x\", \"decision\": \"dismissed\", \"who\": \"A\", \"why\": \"\"},"
             " {\"id\": \"x\", \"decision\": \"confirmed\", \"who\": \"B\", \"why\": \"\"}]",
             "both confirmed and dismissed"}}) {
    CAPTURE(c.text);
    Put(dir + "/review.json", c.text);
    Result<BatchOutcome> out = WriteBatchOutputs(dir, BatchInfo{});
    REQUIRE(out.ok());
    CHECK(out.value().dismissed_count == 0);
    CHECK(out.value().errors_unreviewed == 1);
    REQUIRE(out.value().problems.size() == 1);
    CHECK(out.value().problems[0].find("review.json ignored") != std::string::npos);
    CHECK(out.value().problems[0].find(c.says) != std::string::npos);
    json s = ReadJson(dir + "/summary.json");
    CHECK(s["review"]["status"] == "invalid");
    CHECK(Slurp(dir + "/report.html").find("id=\"review-invalid\"") != std::string::npos);
  }
  RemoveTree(dir);
}

TEST_CASE("batch_outputs: records are streamed, one at a time, nothing kept by reference") {
  std::string dir = MakeTempDir();
  Result<BatchWriter> writer = BatchWriter::Open(dir, BatchInfo{});
  REQUIRE(writer.ok());
  // One JSON value reused for every record, as a driver that drops each
  // record once written: the outputs must reflect each value when added.
  json record = RecordToJson(OkRecord());
  const int kRecords = 500;
  for (int i = 0; i < kRecords; ++i) {
    record["acts"][0]["number"] = "2024-" + std::to_string(i);
    record["acts"][0]["anomalies"][0]["id"] = "id-" + std::to_string(i);
    record["status"] = i % 10 == 0 ? "partial" : "ok";
    writer.value().Add("doc" + std::to_string(i), record);
  }
  record = json();  // gone before Finish
  Result<BatchOutcome> out = writer.value().Finish();
  REQUIRE(out.ok());
  CHECK(out.value().records == kRecords);
  CHECK(out.value().errors_unreviewed == kRecords);
  json s = ReadJson(dir + "/summary.json");
  CHECK(s["ok"] == 450);
  CHECK(s["partial"] == 50);
  CHECK(s["inputs"] == kRecords);
  std::vector<std::string> lines = Lines(Slurp(dir + "/scdl-deliberations.csv"));
  REQUIRE(lines.size() == kRecords + 1);
  CHECK(lines[1].find(",2024-0,") != std::string::npos);
  CHECK(lines[kRecords].find(",2024-499,") != std::string::npos);
  std::string html = Slurp(dir + "/report.html");
  CHECK(Count(html, "<section class=\"doc") == kRecords);
  CHECK(html.find("id=\"doc-500\"") != std::string::npos);
  json history = ReadJson(dir + "/.delib/anomalies-previous.json");
  CHECK(history["ids"].size() == kRecords + 1);  // 500 distinct ids + the shared date.order one
  RemoveTree(dir);
}

TEST_CASE("batch_outputs: report escapes text and shows each evidence as a crop of its page") {
  std::string dir = MakeTempDir();
  Record r = OkRecord();
  r.acts[0].anomalies[0].message = "<script>alert(1)</script> & \"quoted\"";
  WriteRecord(dir, "premesques", r);
  REQUIRE(mkdir((dir + "/pages").c_str(), 0755) == 0);
  // PNG signature and IHDR of a 298 x 421 thumbnail (half of A4 in points).
  std::string png(
      "\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00\x01\x2a\x00\x00\x01\xa5\x08\x02\x00\x00\x00",
      29);
  Put(dir + "/pages/premesques-p1.png", png);
  BatchInfo info;
  CorpusAnomaly corpus;
  corpus.anomaly.id = "c0ffee";
  corpus.anomaly.rule = "crossdoc.reference_mismatch";
  corpus.anomaly.severity = "warning";
  corpus.anomaly.message = "the adhesion is numbered 2024-16 here and 2024-61 elsewhere";
  corpus.sources = {"premesques", "elsewhere"};
  info.anomalies = {corpus};
  Result<BatchOutcome> out = WriteBatchOutputs(dir, info);
  REQUIRE(out.ok());
  CHECK(out.value().warnings_unreviewed == 2);
  std::string html = Slurp(dir + "/report.html");
  CHECK(html.find("<script>alert(1)") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;") !=
        std::string::npos);
  // Self-contained: the picture is in the report (once, for the two
  // anomalies of page 1), nothing refers to pages/.
  CHECK(Count(html, "data:image/png;base64,iVBORw0KGgo") == 1);
  CHECK(html.find("pages/") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  // bbox [72, 410, 530, 428] on a 595 x 842 page shown as a crop: the box
  // and a margin, [48, 392, 554, 446], at the picture's resolution (298 px
  // for 595 pt), the box inside it; a link to the whole page.
  CHECK(html.find("<a class=\"crop pg-1-1\" href=\"#doc-1-page-1\"") != std::string::npos);
  CHECK(html.find("width:253px;aspect-ratio:506.0/54.0;background-size:117.589% "
                  "1559.259%;background-position:53.933% 49.746%") != std::string::npos);
  CHECK(html.find("<span class=\"box\" style=\"left:4.74%;top:33.33%;width:90.51%;height:33.33%") !=
        std::string::npos);
  // The whole page, once, with both boxes of page 1 drawn in percent of it.
  CHECK(Count(html, "id=\"doc-1-page-1\"") == 1);
  CHECK(html.find("left:12.10%;top:48.69%;width:76.97%;height:2.14%") != std::string::npos);
  CHECK(html.find("left:12.10%;top:14.25%;width:38.32%;height:1.66%") != std::string::npos);
  // Every anomaly has a meaning and a legal basis; the corpus finding, which
  // names no article, says so rather than show nothing.
  CHECK(html.find("Legal basis: CGCT L2121-20") != std::string::npos);
  CHECK(html.find("Legal basis: no legal basis: internal consistency") != std::string::npos);
  CHECK(html.find("<p class=\"meaning\">The same act (same body, date and subject) is cited") !=
        std::string::npos);
  // The evidence link resolves to an element of the page.
  CHECK(html.find("href=\"#doc-1-act1-an1-ev1\"") != std::string::npos);
  CHECK(html.find("id=\"doc-1-act1-an1-ev1\"") != std::string::npos);
  // Corpus finding: listed with links to the documents found in the batch.
  CHECK(html.find("crossdoc.reference_mismatch") != std::string::npos);
  CHECK(html.find("<a href=\"#doc-1\">premesques</a>") != std::string::npos);
  json s = ReadJson(dir + "/summary.json");
  REQUIRE(s["anomalies"].size() == 1);
  CHECK(s["anomalies"][0]["sources"] == json{"premesques", "elsewhere"});
  CHECK(s["anomalies_by_rule"]["crossdoc.reference_mismatch"]["warning"] == 1);

  SUBCASE("page_sizes in the record override A4") {
    json rec = RecordToJson(r);
    rec["page_sizes"] = {{842, 595}, {595, 842}};
    Put(dir + "/premesques.json", rec.dump());
    REQUIRE(WriteBatchOutputs(dir, BatchInfo{}).ok());
    CHECK(Slurp(dir + "/report.html").find("left:8.55%;top:68.91%") != std::string::npos);
  }
  SUBCASE("a JPEG picture is found and embedded as JPEG") {
    REQUIRE(std::remove((dir + "/pages/premesques-p1.png").c_str()) == 0);
    // SOI, then a SOF0 frame header of 298 x 421 (height first).
    std::string jpg("\xff\xd8\xff\xc0\x00\x11\x08\x01\xa5\x01\x2a\x01\x01\x11\x00", 15);
    Put(dir + "/pages/premesques-p1.jpg", jpg);
    REQUIRE(WriteBatchOutputs(dir, BatchInfo{}).ok());
    std::string again = Slurp(dir + "/report.html");
    CHECK(Count(again, "data:image/jpeg;base64,/9j/wAAR") == 1);
    CHECK(again.find("width:253px;aspect-ratio:506.0/54.0") != std::string::npos);
  }
  RemoveTree(dir);
}

// The report of issue 19 repeated the whole page for each piece of
// evidence: one anomaly quoting an attendance list 12 times drew the same
// page 12 times. Now a page is one picture whatever the evidence on it.
TEST_CASE("batch_outputs: N anomalies on one page give one page picture, not N") {
  std::string dir = MakeTempDir();
  Record r = OkRecord();
  Anomaly base = r.acts[0].anomalies[0];
  r.acts[0].anomalies.clear();
  for (int i = 0; i < 12; ++i) {
    Anomaly an = base;
    an.id = "id" + std::to_string(i);
    an.message = "anomaly " + std::to_string(i);
    // Each quotes the same line of page 2 twice and a line of its own.
    an.evidence = {Ev(2, {72, 410, 530, 428}, "the proxies", 0.9),
                   Ev(2, {72, 410, 530, 428}, "the proxies", 0.9),
                   Ev(2, {72, 100.0 + 20 * i, 300, 112.0 + 20 * i}, "line", 0.9)};
    r.acts[0].anomalies.push_back(an);
  }
  WriteRecord(dir, "premesques", r);
  REQUIRE(mkdir((dir + "/pages").c_str(), 0755) == 0);
  std::string png(
      "\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00\x04\xd8\x00\x00\x06\xda\x08\x00\x00\x00\x00",
      29);
  Put(dir + "/pages/premesques-p2.png", png);
  REQUIRE(WriteBatchOutputs(dir, BatchInfo{}).ok());
  std::string html = Slurp(dir + "/report.html");
  CHECK(Count(html, "data:image/") == 1);
  CHECK(Count(html, "class=\"pageview\"") == 1);
  // 24 crops: the repeated quote is shown once per anomaly.
  CHECK(Count(html, "<a class=\"crop pg-1-2\"") == 24);
  CHECK(Count(html, "(the place of [1])") == 12);
  RemoveTree(dir);
}

TEST_CASE("batch_outputs: past the picture budget, pictures are linked and the report says so") {
  std::string dir = MakeTempDir();
  WriteRecord(dir, "a", OkRecord());
  WriteRecord(dir, "b", OkRecord());
  REQUIRE(mkdir((dir + "/pages").c_str(), 0755) == 0);
  std::string png(
      "\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00\x01\x2a\x00\x00\x01\xa5\x08\x02\x00\x00\x00",
      29);
  Put(dir + "/pages/a-p1.png", png);
  Put(dir + "/pages/b-p1.png", png);
  BatchInfo info;
  info.picture_budget = 10;  // the first picture passes it
  REQUIRE(WriteBatchOutputs(dir, info).ok());
  std::string html = Slurp(dir + "/report.html");
  CHECK(Count(html, "data:image/png") == 1);
  CHECK(html.find(".pg-2-1{background-image:url(\"pages/b-p1.png\")}") != std::string::npos);
  CHECK(html.find("1 page pictures are linked from the pages/ folder") != std::string::npos);
  RemoveTree(dir);
}

TEST_CASE("batch_outputs: the report filters by rule, document and text, and sorts") {
  std::string dir = MakeTempDir();
  WriteRecord(dir, "premesques", OkRecord());
  WriteRecord(dir, "hem", PartialRecord());
  REQUIRE(WriteBatchOutputs(dir, BatchInfo{}).ok());
  std::string html = Slurp(dir + "/report.html");
  // Filters: one option per rule found and per document, a free text box.
  CHECK(html.find("<select id=\"f-rule\"") != std::string::npos);
  CHECK(html.find("<option>count.mismatch</option><option>date.order</option>") !=
        std::string::npos);
  CHECK(html.find("<option value=\"1\">hem</option><option value=\"2\">premesques</option>") !=
        std::string::npos);
  CHECK(html.find("<input type=\"search\" id=\"f-text\"") != std::string::npos);
  // What they act on: each anomaly and each row says its rule and document.
  CHECK(html.find("data-rule=\"count.mismatch\" data-docs=\" 2 \"") != std::string::npos);
  CHECK(Count(html, "<tr class=\"an-row") == 2);
  CHECK(html.find("<section class=\"doc status-ok\" id=\"doc-2\" data-stem=\"premesques\" "
                  "data-doc=\"2\">") != std::string::npos);
  // Sortable: the list of anomalies, the index and the rules.
  CHECK(html.find("<table id=\"anomaly-list\" class=\"sortable\">") != std::string::npos);
  CHECK(html.find("<table id=\"index\" class=\"sortable\">") != std::string::npos);
  CHECK(html.find("function delibSort(") != std::string::npos);
  // Inline only: no script or style from elsewhere.
  CHECK(html.find("<script src") == std::string::npos);
  CHECK(html.find("<link") == std::string::npos);
  RemoveTree(dir);
}

// The contract's written form: what RecordToJson and WriteBatchOutputs write
// validates against schemas/*.schema.json (tests/schema_test.py).
TEST_CASE("batch_outputs: records and summary validate against the JSON Schemas") {
  if (std::system("/usr/bin/python3 -c 'import jsonschema' 2>/dev/null") != 0) {
    MESSAGE("skipped: /usr/bin/python3 with jsonschema is missing (scripts/setup installs it)");
    return;
  }
  std::string dir = MakeTempDir();
  WriteRecord(dir, "premesques", OkRecord());
  WriteRecord(dir, "hem", PartialRecord());
  WriteRecord(dir, "hem-scan", FailedRecord());
  Put(dir + "/review.json", "[]");
  BatchInfo info;
  CorpusAnomaly corpus;
  corpus.anomaly.id = "c0ffee";
  corpus.anomaly.rule = "crossdoc.reference_mismatch";
  corpus.anomaly.severity = "warning";
  corpus.anomaly.message = "numbered 2024-16 here and 2024-61 elsewhere";
  corpus.anomaly.legal_basis = "";
  corpus.anomaly.evidence = {Ev(1, {72, 500, 300, 512}, "2024 - 16", 1.0)};
  corpus.sources = {"premesques", "hem"};
  info.anomalies = {corpus};
  REQUIRE(WriteBatchOutputs(dir, info).ok());
  std::string cmd = "/usr/bin/python3 " DELIB_SOURCE_DIR "/tests/schema_test.py '" + dir + "' > '" +
                    dir + "/.log' 2>&1";
  int rc = std::system(cmd.c_str());
  std::string log = Slurp(dir + "/.log");
  CAPTURE(log);
  CHECK(rc == 0);
  CHECK(log.find("4 passed, 0 failed") != std::string::npos);  // 3 records + summary

  SUBCASE("and the schema rejects what the contract forbids") {
    json bad = RecordToJson(OkRecord());
    bad["acts"][0]["dates"]["session"] = "19/02/2024";
    bad["acts"][0]["anomalies"][0]["rule"] = "count.wrong";
    bad["acts"][0]["anomalies"][0]["evidence"][0]["page"] = 0;
    Put(dir + "/premesques.json", bad.dump());
    rc = std::system(cmd.c_str());
    log = Slurp(dir + "/.log");
    CHECK(rc != 0);
    CHECK(log.find("premesques.json /acts/0/dates/session") != std::string::npos);
    CHECK(log.find("/acts/0/anomalies/0/rule") != std::string::npos);
    CHECK(log.find("/acts/0/anomalies/0/evidence/0/page") != std::string::npos);
    CHECK(log.find("3 passed, 1 failed") != std::string::npos);
  }
  RemoveTree(dir);
}

TEST_CASE("batch_outputs: a record of the wrong shape is counted, never a crash") {
  std::string dir = MakeTempDir();
  Put(dir + "/odd.json",
      R"({"schema_version": "1", "source": {"path": 3, "pages": "two"}, "status": "ok",
      "acts": [{"kind": 3, "votes": "x", "attendance": [], "evidence": {"/number": 1},
                "anomalies": [{"id": 7, "severity": "error", "evidence": [{"page": "1", "bbox": "x"}]},
                              "not an object"]},
               {"kind": "deliberation", "votes": [null], "body": null}],
      "page_sources": "ocr", "seconds": "slow"})");
  Put(dir + "/list.json", "[1, 2, 3]");
  Result<BatchOutcome> out = WriteBatchOutputs(dir, BatchInfo{});
  REQUIRE(out.ok());
  CHECK(out.value().records == 1);
  CHECK(out.value().errors_unreviewed == 1);
  REQUIRE(out.value().problems.size() == 1);
  CHECK(out.value().problems[0].find("list.json: not read: not a delib record") == 0);
  json s = ReadJson(dir + "/summary.json");
  CHECK(s["ok"] == 1);
  CHECK(s["acts"] == 2);
  CHECK(s["pages"] == 0);
  std::vector<std::string> lines = Lines(Slurp(dir + "/scdl-deliberations.csv"));
  REQUIRE(lines.size() == 2);
  CHECK(lines[1] == std::string(16, ','));  // a deliberation of which nothing is known
  RemoveTree(dir);
}

TEST_CASE("batch_outputs: a missing folder is an error value") {
  Result<BatchOutcome> out = WriteBatchOutputs("/nonexistent/delib/out", BatchInfo{});
  CHECK_FALSE(out.ok());
  CHECK(out.status().message().find("/nonexistent/delib/out") != std::string::npos);
}

// Not a unit test: the entry point of tests/report_chromium_test.sh, which
// builds an out dir by hand and asks for its outputs. Skipped unless named:
//   delib_tests --no-skip -tc='batch_outputs_tool*'  (with DELIB_OUT_DIR set)
TEST_CASE("batch_outputs_tool: write the outputs of DELIB_OUT_DIR" * doctest::skip()) {
  const char* dir = std::getenv("DELIB_OUT_DIR");
  REQUIRE_MESSAGE(dir != nullptr, "set DELIB_OUT_DIR");
  BatchInfo info;
  if (const char* inputs = std::getenv("DELIB_INPUTS")) info.inputs = std::atoi(inputs);
  Result<BatchOutcome> out = WriteBatchOutputs(dir, info);
  REQUIRE_MESSAGE(out.ok(), out.status().message());
  MESSAGE("errors_unreviewed=" << out.value().errors_unreviewed << " new=" << out.value().new_count
                               << " dismissed=" << out.value().dismissed_count);
}

}  // namespace
}  // namespace delib
