#include "pipeline/driver/driver.h"

#include <doctest/doctest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "tests/pdf_fixture.h"

namespace fs = std::filesystem;

namespace delib {
using testing::MakeTextPdf;
using testing::WriteTemp;

namespace {

nlohmann::json ReadJson(const std::string& path) {
  std::ifstream in(path);
  return nlohmann::json::parse(in);
}

std::string Deliberation(const std::string& commune) {
  return MakeTextPdf({{"EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL",
                       "COMMUNE DE " + commune, "SEANCE DU 19 FEVRIER 2024",
                       "Nombre de membres en exercice : 18, présents : 17, votants : 18"}});
}

RunOptions Options(const std::string& out, const std::vector<std::string>& inputs) {
  RunOptions opt;
  opt.out_dir = out;
  opt.inputs = inputs;
  opt.jobs = 2;
  opt.progress = 0;
  return opt;
}

}  // namespace

TEST_CASE("PlanInputs finds PDFs in any case, recursively, with unique stems") {
  std::string root = testing::TempDir() + "/plan";
  WriteTemp("plan/a.pdf", Deliberation("A"));
  WriteTemp("plan/sub/A.PDF", Deliberation("B"));
  WriteTemp("plan/sub/deep/a.pdf", Deliberation("C"));
  WriteTemp("plan/notes.txt", "not an input");
  WriteTemp("plan/Prémesques délib.pdf", Deliberation("D"));
  std::vector<InputFile> files = PlanInputs({root}, 0, 0);
  REQUIRE(files.size() == 4);
  std::set<std::string> stems;
  for (const InputFile& f : files) stems.insert(f.stem);
  CHECK(stems.size() == 4);
  CHECK(stems.count("Prémesques délib") == 1);
  // Same stem "a" twice: both get 8 hex of their content hash.
  int suffixed = 0;
  for (const InputFile& f : files)
    if (f.stem.rfind("a-", 0) == 0 && f.stem.size() == 10) ++suffixed;
  CHECK(suffixed == 2);
}

TEST_CASE("Shards are a deterministic partition of the inputs") {
  std::string root = testing::TempDir() + "/shards";
  for (int i = 0; i < 12; ++i) WriteTemp("shards/d" + std::to_string(i) + ".pdf", Deliberation("X"));
  std::vector<InputFile> all = PlanInputs({root}, 0, 0);
  std::vector<InputFile> one = PlanInputs({root}, 1, 2), two = PlanInputs({root}, 2, 2);
  CHECK(one.size() + two.size() == all.size());
  CHECK(PlanInputs({root}, 1, 2).size() == one.size());
  std::set<std::string> seen;
  for (const auto& f : one) seen.insert(f.path);
  for (const auto& f : two) CHECK(seen.count(f.path) == 0);
}

TEST_CASE("A crash or a hang costs one file; the batch goes on; a re-run skips what is done") {
  std::string in = testing::TempDir() + "/iso/in";
  WriteTemp("iso/in/good.pdf", Deliberation("GOOD"));
  WriteTemp("iso/in/crashes.pdf", Deliberation("CRASH"));
  WriteTemp("iso/in/hangs.pdf", Deliberation("HANG"));
  WriteTemp("iso/in/empty.pdf", "");
  std::string out = testing::TempDir() + "/iso/out";
  RunOptions opt = Options(out, {in});
  opt.time_base_s = 2;
  opt.time_per_page_s = 0;

  setenv("DELIB_FAULT", "crash:crashes", 1);
  int rc_crash = RunBatch(opt);
  unsetenv("DELIB_FAULT");
  CHECK(rc_crash == 2);
  nlohmann::json crashed = ReadJson(out + "/crashes.json");
  CHECK(crashed["status"] == "failed");
  CHECK(crashed["errors"][0]["code"] == "crash");
  CHECK(crashed["acts"].empty());
  CHECK(ReadJson(out + "/good.json")["status"] == "ok");
  CHECK(ReadJson(out + "/hangs.json")["status"] == "ok");
  CHECK(ReadJson(out + "/empty.json")["errors"][0]["code"] == "empty");

  setenv("DELIB_FAULT", "hang:hangs", 1);
  opt.force = true;
  int rc_hang = RunBatch(opt);
  unsetenv("DELIB_FAULT");
  CHECK(rc_hang == 2);
  nlohmann::json hung = ReadJson(out + "/hangs.json");
  CHECK(hung["status"] == "failed");
  CHECK(hung["errors"][0]["code"] == "timeout");
  CHECK(ReadJson(out + "/crashes.json")["status"] == "ok");

  // No temporary file is left behind.
  for (const auto& e : fs::directory_iterator(out))
    CHECK(e.path().string().find(".tmp.") == std::string::npos);

  // A second run over unchanged inputs keeps finished records untouched.
  auto before = fs::last_write_time(out + "/good.json");
  opt.force = false;
  RunBatch(opt);
  CHECK(fs::last_write_time(out + "/good.json") == before);
  // ... and redoes the failed ones (the hang is gone now).
  CHECK(ReadJson(out + "/hangs.json")["status"] == "ok");
}

TEST_CASE("Two shards merged give the same records and findings as one run") {
  std::string in = testing::TempDir() + "/merge/in";
  for (int i = 0; i < 6; ++i)
    WriteTemp("merge/in/d" + std::to_string(i) + ".pdf", Deliberation("ANSTAING " + std::to_string(i)));
  std::string base = testing::TempDir() + "/merge";
  RunOptions all = Options(base + "/all", {in});
  CHECK(RunBatch(all) == 0);
  RunOptions one = Options(base + "/s1", {in}), two = Options(base + "/s2", {in});
  one.shard_k = 1; one.shard_n = 2;
  two.shard_k = 2; two.shard_n = 2;
  CHECK(RunBatch(one) == 0);
  CHECK(RunBatch(two) == 0);
  CHECK(MergeShards(base + "/merged", {base + "/s1", base + "/s2"}, "") == 0);
  int records = 0;
  for (const auto& e : fs::directory_iterator(base + "/all")) {
    std::string name = e.path().filename().string();
    if (e.path().extension() != ".json" || name == "summary.json") continue;
    ++records;
    nlohmann::json a = ReadJson(e.path().string()), m = ReadJson(base + "/merged/" + name);
    CHECK(a["acts"] == m["acts"]);
    CHECK(a["source"] == m["source"]);
  }
  CHECK(records == 6);
  nlohmann::json sa = ReadJson(base + "/all/summary.json"), sm = ReadJson(base + "/merged/summary.json");
  CHECK(sa["anomalies"] == sm["anomalies"]);
  CHECK(sa["anomalies_by_rule"] == sm["anomalies_by_rule"]);
  CHECK(sa["acts"] == sm["acts"]);
}

TEST_CASE("A batch mixing every kind of bad input with good files") {
  std::string in = testing::TempDir() + "/bad/in";
  WriteTemp("bad/in/good one.pdf", Deliberation("ANSTAING"));
  WriteTemp("bad/in/nested/deeper/Délibération été.pdf", Deliberation("HEM"));
  WriteTemp("bad/in/empty.pdf", "");
  std::string pdf = Deliberation("HEM");
  WriteTemp("bad/in/truncated.pdf", pdf.substr(0, pdf.size() / 3));
  std::string noise;
  for (int i = 0; i < 4096; ++i) noise += static_cast<char>((i * 7919 + 13) % 251);
  WriteTemp("bad/in/random.pdf", noise);
  WriteTemp("bad/in/image.pdf", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  WriteTemp("bad/in/text.pdf", "Ceci est un fichier texte, pas un PDF.\n");
  std::string zero = testing::MakeTextPdf({});
  WriteTemp("bad/in/zero pages.pdf", zero);
  std::string huge = Deliberation("X");
  huge.replace(huge.find("[0 0 595 842]"), 13, "[0 0 99999 99999]");
  WriteTemp("bad/in/huge page.pdf", huge);
  std::vector<std::vector<std::string>> many(1000, {"Page de registre", "Séance du 3 mars 2023"});
  WriteTemp("bad/in/thousand.pdf", testing::MakeTextPdf(many));
  {
    std::ifstream enc(std::string(DELIB_SOURCE_DIR) + "/tests/data/encrypted.pdf", std::ios::binary);
    std::stringstream ss;
    ss << enc.rdbuf();
    REQUIRE_FALSE(ss.str().empty());
    WriteTemp("bad/in/encrypted.pdf", ss.str());
  }
  std::string out = testing::TempDir() + "/bad/out";
  CHECK(RunBatch(Options(out, {in})) == 2);
  auto record = [&](const std::string& stem) { return ReadJson(out + "/" + stem + ".json"); };
  CHECK(record("good one")["status"] == "ok");
  CHECK(record("Délibération été")["status"] == "ok");
  CHECK(record("thousand")["status"] == "ok");
  CHECK(record("thousand")["source"]["pages"] == 1000);
  const std::map<std::string, std::string> expected = {
      {"empty", "empty"},         {"truncated", "corrupt"}, {"random", "not_pdf"},
      {"image", "not_pdf"},       {"text", "not_pdf"},      {"zero pages", "no_pages"},
      {"huge page", "page_size"}, {"encrypted", "encrypted"}};
  for (const auto& [stem, code] : expected) {
    CAPTURE(stem);
    nlohmann::json r = record(stem);
    CHECK(r["status"] == "failed");
    CHECK(r["acts"].empty());
    REQUIRE(r["errors"].size() >= 1);
    CHECK(r["errors"][0]["code"] == code);
    CHECK(r["errors"][0]["message"].get<std::string>().size() > 10);
  }
  nlohmann::json summary = ReadJson(out + "/summary.json");
  CHECK(summary["failed"] == 8);
  CHECK(summary["ok"] == 3);
}

}  // namespace delib

namespace delib {

TEST_CASE("The fingerprint of records names this build of the code") {
  std::string id = ExecutableBuildId();
  // Debian's toolchain links every executable with a GNU build ID (SHA-1).
  REQUIRE(id.size() == 40);
  CHECK(id.find_first_not_of("0123456789abcdef") == std::string::npos);
  CHECK(ExtractorFingerprint().rfind(std::string(DELIB_VERSION) + "+", 0) == 0);
}

}  // namespace delib

namespace delib {

TEST_SUITE("ocr") {
  TEST_CASE("One long scan alone in a batch: both workers read its pages, same record as one") {
    std::vector<std::string> lines = {
        "EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL",
        "COMMUNE DE PREMESQUES", "SEANCE DU 19 FEVRIER 2024",
        "Nombre de membres en exercice : 18, présents : 17, votants : 18",
        "Madame Nathalie GUISLAIN a été désignée comme secrétaire de séance."};
    Result<PdfSource> src = PdfSource::Open(WriteTemp("help/text.pdf", MakeTextPdf({lines})));
    REQUIRE(src.ok());
    Result<GrayImage> img = src.value().Render(1, 200);
    REQUIRE(img.ok());
    WriteTemp("help/in/long-scan.pdf",
              testing::MakeImagePdf({img.value(), img.value(), img.value(), img.value()}));
    std::string base = testing::TempDir() + "/help";
    RunOptions two = Options(base + "/two", {base + "/in"});
    RunOptions one = Options(base + "/one", {base + "/in"});
    one.jobs = 1;
    CHECK(RunBatch(two) == 0);
    CHECK(RunBatch(one) == 0);
    nlohmann::json a = ReadJson(base + "/two/long-scan.json"), b = ReadJson(base + "/one/long-scan.json");
    CHECK(a["status"] == "ok");
    CHECK(a["page_sources"] == nlohmann::json({"ocr", "ocr", "ocr", "ocr"}));
    CHECK(a["acts"] == b["acts"]);
    CHECK(a["page_sizes"] == b["page_sizes"]);
    CHECK(a["page_rotations"] == b["page_rotations"]);
  }
}

}  // namespace delib
