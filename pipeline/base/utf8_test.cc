#include "pipeline/base/utf8.h"

#include <doctest/doctest.h>

namespace delib {

TEST_CASE("Latin-1 names become valid UTF-8 for outputs and stay recoverable") {
  std::string latin1 = "caf\xe9.pdf";
  CHECK_FALSE(IsValidUtf8(latin1));
  CHECK(ValidUtf8(latin1) == "caf\xEF\xBF\xBD.pdf");
  CHECK(IsValidUtf8(ValidUtf8(latin1)));
  CHECK(EscapeBytes(latin1) == "caf%E9.pdf");
  CHECK(UnescapeBytes(EscapeBytes(latin1)) == latin1);
  // Well-formed UTF-8 is untouched; '%' is escaped so that the form is lossless.
  CHECK(ValidUtf8("Prémesques") == "Prémesques");
  CHECK(EscapeBytes("100% Prémesques") == "100%25 Prémesques");
  CHECK(UnescapeBytes("100%25 Prémesques") == "100% Prémesques");
  // Overlong forms, surrogates and truncated sequences are ill-formed.
  CHECK_FALSE(IsValidUtf8("\xC0\xAF"));
  CHECK_FALSE(IsValidUtf8("\xED\xA0\x80"));
  CHECK_FALSE(IsValidUtf8("caf\xC3"));
  CHECK(ValidUtf8("caf\xC3") == "caf\xEF\xBF\xBD");
}

}  // namespace delib
