// What Poppler and Leptonica print on stderr ("Syntax Error: Invalid XRef
// entry", "Error in pixReduceRankBinary2: pixs not binary", "Bogus memory
// allocation size") belongs to the document and page being read, not to the
// console of a batch. Once captured, those messages are kept here, in the
// order they came, until the reader takes them and files them in its record
// (document.h: Record::library_messages).
//
//   CaptureLibraryMessages();                      // once; idempotent
//   ... read a page ...
//   for (LibraryMessage& m : TakeLibraryMessages()) record.add(page, m);
//
// Process-wide (the libraries' handlers are): one reader per process, as
// delib's workers are. Tesseract's own diagnostics are not captured (it has
// no handler; it is quiet with the settings used). At most 200 messages are
// kept between two takes; the count of those dropped is the last message.
#pragma once

#include <string>
#include <vector>

namespace delib {

enum class Library { kPoppler, kLeptonica };
const char* LibraryName(Library library);  // "poppler", "leptonica"

struct LibraryMessage {
  Library library;
  std::string text;  // as the library wrote it, trailing newline removed
};

void CaptureLibraryMessages();
std::vector<LibraryMessage> TakeLibraryMessages();

}  // namespace delib
