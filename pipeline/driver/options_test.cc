#include "pipeline/driver/options.h"

#include <doctest/doctest.h>

namespace delib {
namespace {

std::string RunError(const std::vector<std::string>& args) {
  bool help = false;
  Result<RunOptions> r = ParseRunArgs(args, &help);
  if (r.ok()) return "";
  CHECK(r.status().code() == Code::kUsage);
  return r.status().message();
}

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("run options are whole numbers within their documented range") {
  CHECK(RunError({"--out", "o", "--dpi", "300", "in"}).empty());
  for (const char* dpi : {"0", "-5", "20000", "abc", "300x", ""})
    CHECK(Has(RunError({"--out", "o", "--dpi", dpi, "in"}),
              "--dpi takes a whole number from 50 to 1200"));
  for (const char* jobs : {"abc", "0", "-1", "1000", "2.5"})
    CHECK(Has(RunError({"--out", "o", "--jobs", jobs, "in"}),
              "--jobs takes a whole number from 1 to 256"));
  for (const char* t : {"abc", "0", "-3", "1e9", "nan"})
    CHECK(Has(RunError({"--out", "o", "--timeout", t, "in"}), "--timeout takes seconds"));
  for (const char* sh : {"3/2", "0/2", "1/0", "1", "1/2x", "a/b"})
    CHECK(Has(RunError({"--out", "o", "--shard", sh, "in"}), "--shard takes K/N"));
  CHECK(Has(RunError({"--out", "o", "--fail-on", "bogus", "in"}),
            "--fail-on takes error or warning"));
  CHECK(Has(RunError({"--out", "o", "--bogus", "in"}), "unknown option --bogus"));
  CHECK(Has(RunError({"--out", "o", "in", "--jobs"}), "--jobs needs a value"));

  bool help = false;
  Result<RunOptions> ok = ParseRunArgs({"--out", "o", "--jobs", "3", "--timeout", "2.5", "--dpi",
                                        "200", "--shard", "2/3", "--", "-odd.pdf"},
                                       &help);
  REQUIRE(ok.ok());
  CHECK(ok.value().jobs == 3);
  CHECK(ok.value().time_base_s == 2.5);
  CHECK(ok.value().process.dpi == 200);
  CHECK_FALSE(ok.value().process.native_dpi);
  CHECK(ok.value().shard_k == 2);
  CHECK(ok.value().shard_n == 3);
  CHECK(ok.value().inputs == std::vector<std::string>{"-odd.pdf"});
}

TEST_CASE("run says what is missing") {
  CHECK(Has(RunError({"--out", "D"}), "no INPUT given"));
  CHECK(Has(RunError({"in.pdf"}), "--out DIR is missing"));
  CHECK(Has(RunError({}), "--out DIR and at least one INPUT are missing"));
  bool help = false;
  CHECK_FALSE(ParseRunArgs({"--help"}, &help).ok());
  CHECK(help);
}

TEST_CASE("extract takes one FILE and no unknown option") {
  bool help = false;
  Result<ExtractOptions> bogus = ParseExtractArgs({"--bogus", "a.pdf"}, &help);
  REQUIRE_FALSE(bogus.ok());
  CHECK(Has(bogus.status().message(), "unknown option --bogus"));
  CHECK(Has(ParseExtractArgs({"a.pdf", "b.pdf"}, &help).status().message(), "one FILE"));
  CHECK(Has(ParseExtractArgs({}, &help).status().message(), "no FILE given"));
  CHECK(Has(ParseExtractArgs({"--dpi", "0", "a.pdf"}, &help).status().message(), "--dpi"));
  Result<ExtractOptions> dash = ParseExtractArgs({"--text", "--", "--bogus"}, &help);
  REQUIRE(dash.ok());
  CHECK(dash.value().file == "--bogus");
  CHECK(dash.value().text_only);
  CHECK_FALSE(help);
  Result<ExtractOptions> cached = ParseExtractArgs({"--cache", "c.sqlite", "a.pdf"}, &help);
  REQUIRE(cached.ok());
  CHECK(cached.value().cache_path == "c.sqlite");
  CHECK(Has(ParseExtractArgs({"--cache", "", "a.pdf"}, &help).status().message(), "--cache"));
}

TEST_CASE("merge validates --fail-on and says what is missing") {
  bool help = false;
  CHECK(Has(ParseMergeArgs({"--out", "X", "--fail-on", "bogus", "s1"}, &help).status().message(),
            "--fail-on takes error or warning"));
  CHECK(Has(ParseMergeArgs({"--out", "X"}, &help).status().message(), "no SHARD_DIR given"));
  CHECK(Has(ParseMergeArgs({"s1"}, &help).status().message(), "--out DIR is missing"));
  CHECK(Has(ParseMergeArgs({"--out", "X", "--bogus", "s1"}, &help).status().message(),
            "unknown option --bogus"));
  Result<MergeOptions> ok =
      ParseMergeArgs({"--out", "X", "--fail-on", "warning", "s1", "s2"}, &help);
  REQUIRE(ok.ok());
  CHECK(ok.value().shard_dirs.size() == 2);
}

}  // namespace delib
