#include "pipeline/pdf/library_messages.h"

#include <doctest/doctest.h>
#include <leptonica/allheaders.h>

#include "pipeline/pdf/pdf_source.h"
#include "tests/pdf_fixture.h"

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

// PdfSource::Open installed a handler that dropped Poppler's messages, the
// capture included: a damaged content stream left no trace in the record.
TEST_CASE("Poppler's messages on a damaged page are kept for the record, not dropped") {
  CaptureLibraryMessages();
  (void)TakeLibraryMessages();
  // A content stream with an operator PDF does not have.
  std::string path = testing::WriteTemp(
      "libmsg/damaged.pdf",
      testing::MakeDrawnPdf(
          "BT /F1 12 Tf 72 700 Td (SEANCE DU 19 FEVRIER 2024) Tj ET 1 2 zzbogus"));
  Result<PdfSource> pdf = PdfSource::Open(path);
  REQUIRE(pdf.ok());
  (void)TakeLibraryMessages();  // what opening said, if anything
  Result<PageText> text = pdf.value().TextLayer(1);
  REQUIRE(text.ok());
  std::vector<LibraryMessage> got = TakeLibraryMessages();
  bool found = false;
  for (const LibraryMessage& m : got)
    found |= m.library == Library::kPoppler && m.text.find("zzbogus") != std::string::npos;
  CHECK(found);
}

}  // namespace delib
