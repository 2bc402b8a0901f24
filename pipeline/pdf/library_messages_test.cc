#include "pipeline/pdf/library_messages.h"

#include <doctest/doctest.h>
#include <leptonica/allheaders.h>

namespace delib {

TEST_CASE("Leptonica's error messages are kept for the record, not printed") {
  CaptureLibraryMessages();
  (void)TakeLibraryMessages();
  CHECK(pixGetDepth(nullptr) == 0);  // "Error in pixGetDepth: pix not defined"
  std::vector<LibraryMessage> got = TakeLibraryMessages();
  REQUIRE(got.size() == 1);
  CHECK(got[0].library == Library::kLeptonica);
  CHECK(got[0].text.find("pixGetDepth") != std::string::npos);
  CHECK(TakeLibraryMessages().empty());  // taken once
}

}  // namespace delib
