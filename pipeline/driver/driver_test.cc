#include "pipeline/driver/driver.h"

#include <doctest/doctest.h>
#include <stdlib.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "pipeline/base/atomic_file.h"
#include "pipeline/driver/run_lock.h"
#include "pipeline/driver/run_manifest.h"
#include "pipeline/model/act_json.h"
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
  for (int i = 0; i < 12; ++i)
    WriteTemp("shards/d" + std::to_string(i) + ".pdf", Deliberation("X"));
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
    WriteTemp("merge/in/d" + std::to_string(i) + ".pdf",
              Deliberation("ANSTAING " + std::to_string(i)));
  std::string base = testing::TempDir() + "/merge";
  RunOptions all = Options(base + "/all", {in});
  CHECK(RunBatch(all) == 0);
  RunOptions one = Options(base + "/s1", {in}), two = Options(base + "/s2", {in});
  one.shard_k = 1;
  one.shard_n = 2;
  two.shard_k = 2;
  two.shard_n = 2;
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
  nlohmann::json sa = ReadJson(base + "/all/summary.json"),
                 sm = ReadJson(base + "/merged/summary.json");
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
    std::ifstream enc(std::string(DELIB_SOURCE_DIR) + "/tests/data/encrypted.pdf",
                      std::ios::binary);
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
      {"empty", "empty"},         {"truncated", "corrupt"},  {"random", "not_pdf"},
      {"image", "not_pdf"},       {"text", "not_pdf"},       {"zero pages", "no_pages"},
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
        "EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL", "COMMUNE DE PREMESQUES",
        "SEANCE DU 19 FEVRIER 2024",
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
    nlohmann::json a = ReadJson(base + "/two/long-scan.json"),
                   b = ReadJson(base + "/one/long-scan.json");
    CHECK(a["status"] == "ok");
    CHECK(a["page_sources"] == nlohmann::json({"ocr", "ocr", "ocr", "ocr"}));
    CHECK(a["acts"] == b["acts"]);
    CHECK(a["page_sizes"] == b["page_sizes"]);
    CHECK(a["page_rotations"] == b["page_rotations"]);
  }
}

namespace {

// The records, temporary files and outputs in a folder, by name.
std::set<std::string> Names(const std::string& dir) {
  std::set<std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) out.insert(e.path().filename().string());
  return out;
}

}  // namespace

TEST_CASE("A file name that is not UTF-8 is read, recorded and summarised; the batch goes on") {
  std::string in = testing::TempDir() + "/latin1/in";
  WriteTemp("latin1/in/good.pdf", Deliberation("GOOD"));
  WriteTemp("latin1/in/caf\xe9.pdf", Deliberation("CAFE"));
  fs::create_directories(in + "/dossier \xe9t\xe9");
  WriteTemp("latin1/in/dossier \xe9t\xe9/d\xe9lib.pdf",
            "");  // a failed record, its message naming the path
  std::string out = testing::TempDir() + "/latin1/out";
  CHECK(RunBatch(Options(out, {in})) == kExitInputsFailed);
  // The stem is valid UTF-8 (U+FFFD for the bad byte); the exact name is kept.
  nlohmann::json r = ReadJson(out + "/caf\xEF\xBF\xBD.json");
  CHECK(r["status"] == "ok");
  CHECK(r["source"]["path"].get<std::string>().find("caf\xEF\xBF\xBD.pdf") != std::string::npos);
  CHECK(r["source"]["path_bytes"].get<std::string>().find("caf%E9.pdf") != std::string::npos);
  CHECK_FALSE(ReadJson(out + "/good.json")["source"].contains("path_bytes"));
  nlohmann::json failed = ReadJson(out + "/d\xEF\xBF\xBDlib.json");
  CHECK(failed["status"] == "failed");
  nlohmann::json summary = ReadJson(out + "/summary.json");
  CHECK(summary["records"] == 3);
  CHECK(fs::exists(out + "/report.html"));
  CHECK(fs::exists(out + "/scdl-deliberations.csv"));
  // A second run over the same folder does too.
  CHECK(RunBatch(Options(out, {in})) == kExitInputsFailed);
  // And a record made for `delib extract` prints.
  Record rec;
  rec.path = "caf\xe9.pdf";
  rec.errors.push_back({"not_found", "cannot open caf\xe9.pdf", std::nullopt});
  CHECK_NOTHROW(RecordToJson(rec).dump());
}

TEST_CASE("A file name of 240-250 bytes gets its record, under a shortened stem") {
  std::string in = testing::TempDir() + "/longname/in";
  std::string name = std::string(120, 'x') + "é" + std::string(118, 'y') + ".pdf";  // 244 bytes
  REQUIRE(name.size() == 244);
  WriteTemp("longname/in/" + name, Deliberation("LONG"));
  WriteTemp("longname/in/" + std::string(246, 'z') + ".pdf", Deliberation("LONGER"));
  std::vector<InputFile> plan = PlanInputs({in}, 0, 0);
  REQUIRE(plan.size() == 2);
  for (const InputFile& f : plan) {
    CHECK(f.stem.size() <= kMaxStemBytes);
    CHECK(f.stem[f.stem.size() - 9] == '-');  // "-" and 8 hex of the whole name
  }
  std::string out = testing::TempDir() + "/longname/out";
  CHECK(RunBatch(Options(out, {in})) == kExitOk);
  for (const InputFile& f : plan) CHECK(ReadJson(out + "/" + f.stem + ".json")["status"] == "ok");
  CHECK(ReadJson(out + "/summary.json")["records"] == 2);
}

TEST_CASE(
    "Links, link loops and folders named like PDFs are skipped with a reason; each file is read "
    "once") {
  std::string base = testing::TempDir() + "/skips";
  std::string in = base + "/in";
  WriteTemp("skips/in/a.pdf", Deliberation("A"));
  WriteTemp("skips/in/x.pdf/inner.pdf", Deliberation("INNER"));
  WriteTemp("skips/other/b.pdf", Deliberation("B"));
  fs::create_symlink("a.pdf", in + "/same-as-a.pdf");
  fs::create_symlink("nowhere.pdf", in + "/broken.pdf");
  fs::create_symlink("loop.pdf", in + "/loop.pdf");
  fs::create_directory_symlink(base + "/other", in + "/linked-folder");
  std::vector<SkippedInput> skipped;
  // The same file also named on the command line, through another path.
  std::vector<InputFile> plan =
      PlanInputs({in, in + "/./a.pdf", base + "/in/../in/a.pdf"}, 0, 0, &skipped);
  std::set<std::string> stems;
  for (const InputFile& f : plan) stems.insert(f.stem);
  CHECK(stems == std::set<std::string>{"a", "inner"});
  std::map<std::string, std::string> why;
  for (const SkippedInput& s : skipped) why[fs::path(s.path).filename().string()] += s.reason;
  CHECK(why["broken.pdf"].find("broken symbolic link") != std::string::npos);
  CHECK(why["loop.pdf"].find("symbolic link loop") != std::string::npos);
  CHECK(why["x.pdf"].find("folder named like a PDF") != std::string::npos);
  CHECK(why["linked-folder"].find("link to a folder") != std::string::npos);
  CHECK(why["same-as-a.pdf"].find("the same file as") != std::string::npos);
  CHECK(why["a.pdf"].find("the same file as") != std::string::npos);

  std::string out = base + "/out";
  CHECK(RunBatch(Options(out, {in})) == kExitOk);
  nlohmann::json summary = ReadJson(out + "/summary.json");
  CHECK(summary["records"] == 2);
  CHECK(summary["skipped"].size() == 5);

  // A folder with no PDF: nothing to read is an error, with a message.
  fs::create_directories(base + "/nothing");
  WriteTemp("skips/nothing/notes.txt", "no pdf here");
  CHECK(RunBatch(Options(base + "/out-nothing", {base + "/nothing"})) == kExitNothingToRead);
  CHECK_FALSE(fs::exists(base + "/out-nothing/summary.json"));
  // The same folder beside one with PDFs: what there is is read, and the
  // empty folder is said (it used to pass in silence).
  std::vector<SkippedInput> beside;
  CHECK(PlanInputs({in, base + "/nothing"}, 0, 0, &beside).size() == 2);
  bool said = false;
  for (const SkippedInput& s : beside)
    said |= s.path == base + "/nothing" && s.reason.find("no PDF") != std::string::npos;
  CHECK(said);
}

TEST_CASE(
    "The batch outputs describe this run's inputs; records of earlier inputs are kept, not "
    "counted") {
  std::string base = testing::TempDir() + "/stale";
  WriteTemp("stale/in1/x.pdf", Deliberation("PREMIER"));
  WriteTemp("stale/in1/gone.pdf", Deliberation("PARTI"));
  WriteTemp("stale/in2/x.pdf", Deliberation("SECOND"));
  std::string out = base + "/out";
  REQUIRE(RunBatch(Options(out, {base + "/in1"})) == kExitOk);
  CHECK(ReadJson(out + "/summary.json")["records"] == 2);
  // The input "gone" is no longer given, and a second x.pdf arrives: both
  // x records get a hash suffix; the old x.json stays on disk.
  fs::remove(base + "/in1/gone.pdf");
  REQUIRE(RunBatch(Options(out, {base + "/in1", base + "/in2"})) == kExitOk);
  nlohmann::json summary = ReadJson(out + "/summary.json");
  CHECK(summary["records"] == 2);
  CHECK(summary["inputs"] == 2);
  CHECK(summary["earlier_records"] == nlohmann::json({"gone", "x"}));
  CHECK(fs::exists(out + "/gone.json"));
  std::ifstream csv(out + "/scdl-deliberations.csv");
  int rows = 0;
  for (std::string line; std::getline(csv, line);) ++rows;
  CHECK(rows == 1 + summary["deliberations"].get<int>());
  CHECK(summary["deliberations"].get<int>() <= 2);
}

TEST_CASE("A full disk stops the run once, with its own exit code and no half-written file") {
  std::string in = testing::TempDir() + "/full/in";
  for (int i = 0; i < 4; ++i)
    WriteTemp("full/in/d" + std::to_string(i) + ".pdf", Deliberation("X"));
  std::string out = testing::TempDir() + "/full/out";
  SetWriteFaultForTesting("full/out/d2.json", ENOSPC);
  int rc = RunBatch(Options(out, {in}));
  SetWriteFaultForTesting("", 0);
  CHECK(rc == kExitDiskFull);
  std::set<std::string> names = Names(out);
  CHECK(names.count("summary.json") == 0);
  CHECK(names.count("d2.json") == 0);
  for (const std::string& n : names) CHECK(n.find(".tmp.") == std::string::npos);
  for (const std::string& n : names)
    if (n.size() > 5 && n.compare(n.size() - 5, 5, ".json") == 0)
      CHECK(ReadJson(out + "/" + n)["status"] == "ok");  // whole records only

  // A full disk when the batch outputs are written: the same code.
  SetWriteFaultForTesting("full/out/scdl-deliberations.csv", ENOSPC);
  rc = RunBatch(Options(out, {in}));
  SetWriteFaultForTesting("", 0);
  CHECK(rc == kExitDiskFull);
  CHECK_FALSE(fs::exists(out + "/summary.json"));
  // Space again: the run finishes.
  CHECK(RunBatch(Options(out, {in})) == kExitOk);
  CHECK(ReadJson(out + "/summary.json")["records"] == 4);
}

TEST_CASE("A run into a folder another run holds is refused") {
  std::string in = testing::TempDir() + "/locked/in";
  WriteTemp("locked/in/a.pdf", Deliberation("A"));
  std::string out = testing::TempDir() + "/locked/out";
  {
    Result<RunLock> held = RunLock::Acquire(out);
    REQUIRE(held.ok());
    CHECK(RunBatch(Options(out, {in})) == kExitBusy);
    CHECK_FALSE(fs::exists(out + "/a.json"));
  }
  CHECK(RunBatch(Options(out, {in})) == kExitOk);
}

TEST_CASE("merge fails on a shard that is missing, empty or incomplete, naming it") {
  std::string base = testing::TempDir() + "/badmerge";
  WriteTemp("badmerge/in/a.pdf", Deliberation("A"));
  WriteTemp("badmerge/in/b.pdf", Deliberation("B"));
  REQUIRE(RunBatch(Options(base + "/s1", {base + "/in"})) == kExitOk);
  CHECK(MergeShards(base + "/m0", {base + "/s1"}, "") == kExitOk);
  CHECK(MergeShards(base + "/m1", {"/nonexistent-shard"}, "") == kExitNothingToRead);
  fs::create_directories(base + "/empty");
  CHECK(MergeShards(base + "/m2", {base + "/s1", base + "/empty"}, "") == kExitNothingToRead);
  CHECK_FALSE(fs::exists(base + "/m2/a.json"));  // nothing merged
  // A shard whose run did not finish: a record missing, or no summary.
  fs::copy(base + "/s1", base + "/s3", fs::copy_options::recursive);
  fs::remove(base + "/s3/b.json");
  CHECK(MergeShards(base + "/m3", {base + "/s3"}, "") == kExitNothingToRead);
  fs::copy(base + "/s1", base + "/s4", fs::copy_options::recursive);
  fs::remove(base + "/s4/summary.json");
  CHECK(MergeShards(base + "/m4", {base + "/s4"}, "") == kExitNothingToRead);
  Result<RunManifest> why = CheckFinishedRun(base + "/s3");
  REQUIRE_FALSE(why.ok());
  CHECK(why.status().message().find("b.json is missing") != std::string::npos);
  CHECK(why.status().message().find(base + "/s3") != std::string::npos);
}

// An OCR cache that cannot be used was passed over in silence: every later
// run read every scanned page again and nobody knew why.
TEST_CASE("An OCR cache that cannot be opened is said once; the files are read all the same") {
  std::string base = testing::TempDir() + "/nocache";
  for (int i = 0; i < 3; ++i)
    WriteTemp("nocache/in/d" + std::to_string(i) + ".pdf", Deliberation("A"));
  RunOptions opt = Options(base + "/out", {base + "/in"});
  opt.cache_path = base + "/no-such-folder/ocr-cache.sqlite";
  std::string err_path = base + "/stderr.txt";
  std::fflush(stderr);
  int saved = dup(2);
  FILE* err = std::fopen(err_path.c_str(), "w");
  REQUIRE(err != nullptr);
  dup2(fileno(err), 2);
  int rc = RunBatch(opt);
  std::fflush(stderr);
  dup2(saved, 2);
  close(saved);
  std::fclose(err);
  CHECK(rc == kExitOk);
  CHECK(ReadJson(base + "/out/summary.json")["ok"] == 3);
  std::ifstream in(err_path);
  std::string printed((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  size_t said = 0;
  for (size_t p = printed.find("OCR cache"); p != std::string::npos;
       p = printed.find("OCR cache", p + 1))
    ++said;
  CHECK(said == 1);
  CHECK(printed.find(opt.cache_path) != std::string::npos);
}

// A merge copied the records and not the page pictures of each shard: the
// merged report showed quotes where the run of one machine showed pages.
TEST_CASE("merge brings the page pictures of each shard: its report is the whole one") {
  std::string base = testing::TempDir() + "/mergepics";
  // 19 present of 18 in office: an anomaly whose evidence is on page 1.
  for (int i = 0; i < 4; ++i)
    WriteTemp("mergepics/in/d" + std::to_string(i) + ".pdf",
              MakeTextPdf({{"EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL",
                            "COMMUNE DE ANSTAING", "SEANCE DU 19 FEVRIER 2024",
                            "Nombre de membres en exercice : 18, présents : 19, votants : 19"}}));
  std::string in = base + "/in";
  REQUIRE(RunBatch(Options(base + "/all", {in})) == kExitOk);
  RunOptions one = Options(base + "/s1", {in}), two = Options(base + "/s2", {in});
  one.shard_k = 1;
  one.shard_n = 2;
  two.shard_k = 2;
  two.shard_n = 2;
  REQUIRE(RunBatch(one) == kExitOk);
  REQUIRE(RunBatch(two) == kExitOk);
  REQUIRE(MergeShards(base + "/merged", {base + "/s1", base + "/s2"}, "") == kExitOk);
  REQUIRE(fs::is_directory(base + "/all/pages"));
  std::set<std::string> pictures = Names(base + "/all/pages");
  CHECK(pictures.size() == 4);
  REQUIRE(fs::is_directory(base + "/merged/pages"));
  CHECK(Names(base + "/merged/pages") == pictures);
  auto pictures_in = [](const std::string& report) {
    std::ifstream in(report);
    std::string html((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    size_t n = 0;
    for (size_t p = html.find("data:image/"); p != std::string::npos;
         p = html.find("data:image/", p + 1))
      ++n;
    return n;
  };
  CHECK(pictures_in(base + "/all/report.html") == 4);
  CHECK(pictures_in(base + "/merged/report.html") == 4);
}

}  // namespace delib
