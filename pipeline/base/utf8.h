// Names are bytes: a file name from an old Windows share or a zip archive may
// be Latin-1 ("caf\xe9.pdf"), which is no UTF-8 and which JSON cannot hold.
// These helpers keep the bytes for the file system and give JSON, HTML and
// CSV a valid UTF-8 form.
//
//   std::string shown = ValidUtf8("caf\xe9.pdf");     // "caf\uFFFD.pdf"
//   std::string exact = EscapeBytes("caf\xe9.pdf");   // "caf%E9.pdf", lossless
//   std::string bytes = UnescapeBytes(exact);         // "caf\xe9.pdf" again
//
// Rule: a value that came from the file system (a path, a stem) goes through
// ValidUtf8 before it is written to any output; the file itself is opened
// with the original bytes.
#pragma once

#include <string>
#include <string_view>

namespace delib {

// Whether `s` is well-formed UTF-8 (no overlong forms, no surrogates).
bool IsValidUtf8(std::string_view s);

// `s` with every byte that is not part of a well-formed UTF-8 sequence
// replaced by U+FFFD (the replacement character, one per byte).
std::string ValidUtf8(std::string_view s);

// Lossless ASCII-safe form: '%' and every byte of an ill-formed sequence
// become %XX (upper-case hex); well-formed UTF-8 is kept as it is.
std::string EscapeBytes(std::string_view s);
// The inverse of EscapeBytes.
std::string UnescapeBytes(std::string_view s);

}  // namespace delib
