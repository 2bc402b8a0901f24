#include "pipeline/driver/run_lock.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <optional>

#include "tests/pdf_fixture.h"

namespace delib {

TEST_CASE("A second run into a locked output folder is refused and told who holds it") {
  std::string dir = testing::TempDir() + "/lock/out";
  std::optional<Result<RunLock>> first;
  first.emplace(RunLock::Acquire(dir));
  REQUIRE(first->ok());
  Result<RunLock> second = RunLock::Acquire(dir);
  REQUIRE_FALSE(second.ok());
  CHECK(second.status().code() == Code::kBusy);
  const std::string& why = second.status().message();
  CHECK(why.find("pid " + std::to_string(getpid())) != std::string::npos);
  CHECK(why.find("started ") != std::string::npos);
  CHECK(why.find(dir) != std::string::npos);
  // Released with its holder: the next run proceeds.
  first.reset();
  CHECK(RunLock::Acquire(dir).ok());
}

}  // namespace delib
