// The doctest runner of delib_tests, with two rules a passing run must keep:
//
// - A run that executes no test case fails ("delib_tests: no test case
//   ran"): a filter that matches nothing, or a CTest entry whose case is
//   gone, is a fault, not a pass. Listing, counting and --help are not runs.
// - --delib-expect-case=NAME (given by cmake/doctest_cases.cmake with
//   --first=k --last=k) fails the run unless the one case it executed is
//   NAME, so a CTest entry cannot quietly run another case than its name.
//
// DELIB_TEST_LEDGER=FILE: a run with --delib-expect-case appends the name of
// the case it executed to FILE, one a line, so that scripts/test can count
// the cases run by all CTest entries together (other runs add nothing).
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace {

// What the run did, filled in by CaseLedger.
struct RunSeen {
  bool query = false;  // a listing, a count, --help, --version, --no-run
  std::vector<std::string> cases;
};
RunSeen g_seen;

// Appends `name` and a newline to the ledger file, in one write (O_APPEND:
// lines of processes running side by side do not mix).
void AppendToLedger(const std::string& name) {
  const char* path = std::getenv("DELIB_TEST_LEDGER");
  if (!path || !*path) return;
  int fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return;
  std::string line = name + "\n";
  ssize_t wrote = write(fd, line.data(), line.size());
  if (wrote != static_cast<ssize_t>(line.size()))
    std::fprintf(stderr, "delib_tests: could not append to DELIB_TEST_LEDGER %s\n", path);
  close(fd);
}

// A doctest listener: notes each test case started; reports nothing.
struct CaseLedger : public doctest::IReporter {
  explicit CaseLedger(const doctest::ContextOptions& in) {
    g_seen.query = in.count || in.list_test_cases || in.list_test_suites || in.list_reporters ||
                   in.help || in.version || in.no_run;
  }
  void report_query(const doctest::QueryData&) override {}
  void test_run_start() override {}
  void test_run_end(const doctest::TestRunStats&) override {}
  void test_case_start(const doctest::TestCaseData& tc) override {
    g_seen.cases.push_back(tc.m_name);
  }
  void test_case_reenter(const doctest::TestCaseData&) override {}
  void test_case_end(const doctest::CurrentTestCaseStats&) override {}
  void test_case_exception(const doctest::TestCaseException&) override {}
  void subcase_start(const doctest::SubcaseSignature&) override {}
  void subcase_end() override {}
  void log_assert(const doctest::AssertData&) override {}
  void log_message(const doctest::MessageData&) override {}
  void test_case_skipped(const doctest::TestCaseData&) override {}
};
REGISTER_LISTENER("delib_case_ledger", 1, CaseLedger);

// The value of --delib-expect-case=NAME, or nullptr.
const char* ExpectedCase(int argc, char** argv) {
  static const char kOption[] = "--delib-expect-case=";
  for (int i = 1; i < argc; ++i)
    if (std::strncmp(argv[i], kOption, sizeof kOption - 1) == 0)
      return argv[i] + sizeof kOption - 1;
  return nullptr;
}

}  // namespace

// A case whose name holds what CMake lists and doctest patterns treat
// specially; tests/doctest_registration_test.sh checks it is one CTest
// entry under this very name, and the ledger shows it ran.
TEST_CASE("registration: a name with ; , * ? [ and ]=] is one CTest entry") { CHECK(true); }

// As delib's own main: libgomp reads OMP_THREAD_LIMIT when the program
// loads, and a process that has run OpenMP threads (an OCR test) then forks
// workers (a batch test) can deadlock in them. One thread, set before the
// start, whoever runs the tests.
int main(int argc, char** argv) {
  if (!getenv("OMP_THREAD_LIMIT")) {
    setenv("OMP_THREAD_LIMIT", "1", 1);
    execv("/proc/self/exe", argv);  // on failure, go on
  }
  int rc = doctest::Context(argc, argv).run();
  if (g_seen.query) return rc;
  if (g_seen.cases.empty()) {
    std::fprintf(stderr, "delib_tests: no test case ran (a filter matched none?): failing\n");
    return rc != 0 ? rc : 1;
  }
  if (const char* want = ExpectedCase(argc, argv)) {
    if (g_seen.cases.size() != 1 || g_seen.cases[0] != want) {
      std::fprintf(stderr,
                   "delib_tests: expected to run the one case \"%s\" but ran %zu, the first \"%s\" "
                   "(test list out of date? rebuild delib_tests)\n",
                   want, g_seen.cases.size(), g_seen.cases[0].c_str());
      return rc != 0 ? rc : 1;
    }
    AppendToLedger(g_seen.cases[0]);
  }
  return rc;
}
