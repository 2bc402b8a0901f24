#include "pipeline/pdf/library_messages.h"

#include <leptonica/allheaders.h>
#include <poppler/cpp/poppler-global.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdio>

namespace delib {
namespace {

constexpr size_t kMaxKept = 200;

std::vector<LibraryMessage>& Pending() {
  static std::vector<LibraryMessage> pending;
  return pending;
}
size_t dropped = 0;

void Keep(Library library, std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  if (text.empty()) return;
  if (Pending().size() >= kMaxKept) {
    ++dropped;
    return;
  }
  Pending().push_back({library, std::move(text)});
}

// Tesseract's file: a file in memory (memfd) that Tesseract opens by its
// /proc path, made when first named, and what of it the takes have read.
struct TesseractFile {
  int fd = -1;
  std::string path;  // empty until named
  off_t read = 0;
};

TesseractFile& Tesseract() {
  static TesseractFile file;
  return file;
}

// Keeps each line Tesseract wrote since the last take. Its stream is
// buffered: flushed first (with every other output stream; none is ours
// to name).
void TakeFromTesseract() {
  TesseractFile& f = Tesseract();
  if (f.fd < 0) return;
  std::fflush(nullptr);
  std::string text;
  char buf[4096];
  for (ssize_t n; (n = pread(f.fd, buf, sizeof buf, f.read)) > 0; f.read += n)
    text.append(buf, static_cast<size_t>(n));
  size_t from = 0;
  for (size_t nl; (nl = text.find('\n', from)) != std::string::npos; from = nl + 1)
    Keep(Library::kTesseract, text.substr(from, nl - from));
  Keep(Library::kTesseract, text.substr(from));  // a last line without its newline
}

void FromPoppler(const std::string& text, void*) { Keep(Library::kPoppler, text); }
void FromLeptonica(const char* text) { Keep(Library::kLeptonica, text ? text : ""); }

}  // namespace

const char* LibraryName(Library library) {
  switch (library) {
    case Library::kPoppler:
      return "poppler";
    case Library::kLeptonica:
      return "leptonica";
    case Library::kTesseract:
      return "tesseract";
  }
  return "";
}

void CaptureLibraryMessages() {
  static bool installed = [] {
    poppler::set_debug_error_function(FromPoppler, nullptr);
    leptSetStderrHandler(FromLeptonica);
    return true;
  }();
  (void)installed;
}

std::vector<LibraryMessage> TakeLibraryMessages() {
  TakeFromTesseract();
  std::vector<LibraryMessage> out;
  out.swap(Pending());
  if (dropped > 0) {
    out.push_back({Library::kPoppler, std::to_string(dropped) + " more library messages dropped"});
    dropped = 0;
  }
  return out;
}

const std::string& TesseractMessagesFile() {
  TesseractFile& f = Tesseract();
  if (f.path.empty()) {
    f.fd = memfd_create("delib-tesseract-messages", MFD_CLOEXEC);
    f.path = f.fd >= 0 ? "/proc/self/fd/" + std::to_string(f.fd) : "/dev/null";
  }
  return f.path;
}

}  // namespace delib
