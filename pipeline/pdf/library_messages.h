// What Poppler, Leptonica and Tesseract print on stderr ("Syntax Error:
// Invalid XRef entry", "Error in pixReduceRankBinary2: pixs not binary",
// "Warning: Invalid resolution 50 dpi. Using 70 instead.") belongs to the
// document and page being read, not to the console of a batch. Once
// captured, those messages are kept here until the reader takes them and
// files them in its record (document.h: Record::library_messages).
//
//   CaptureLibraryMessages();                      // once; idempotent
//   api.SetVariable("debug_file", TesseractMessagesFile().c_str());  // per instance
//   ... read a page ...
//   for (LibraryMessage& m : TakeLibraryMessages()) record.add(page, m);
//
// Poppler and Leptonica call a handler, and their messages come in the order
// they were said. Tesseract has none: it writes to the file named by its
// "debug_file" setting, which TesseractMessagesFile() names (a file in
// memory, read by each take; its messages come after the others of that
// take). Tesseract opens that file at its first message and keeps it for
// the process: start Tesseract after a fork, not before (delib's workers
// do), or parent and children share one file.
//
// Process-wide (the libraries' handlers and Tesseract's file are): one
// reader per process, as delib's workers are. At most 200 messages are kept
// between two takes; the count of those dropped is the last message.
#pragma once

#include <string>
#include <vector>

namespace delib {

enum class Library { kPoppler, kLeptonica, kTesseract };
const char* LibraryName(Library library);  // "poppler", "leptonica", "tesseract"

struct LibraryMessage {
  Library library;
  std::string text;  // as the library wrote it, trailing newline removed
};

void CaptureLibraryMessages();
std::vector<LibraryMessage> TakeLibraryMessages();

// The path to set as Tesseract's "debug_file" on every TessBaseAPI of the
// process, before Init, so that what it says is taken here: a file in
// memory ("/proc/self/fd/7"), or "/dev/null" where none can be made (its
// messages are then lost, never printed).
const std::string& TesseractMessagesFile();

}  // namespace delib
