#include "pipeline/pdf/library_messages.h"

#include <leptonica/allheaders.h>
#include <poppler/cpp/poppler-global.h>

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

void FromPoppler(const std::string& text, void*) { Keep(Library::kPoppler, text); }
void FromLeptonica(const char* text) { Keep(Library::kLeptonica, text ? text : ""); }

}  // namespace

const char* LibraryName(Library library) {
  return library == Library::kPoppler ? "poppler" : "leptonica";
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
  std::vector<LibraryMessage> out;
  out.swap(Pending());
  if (dropped > 0) {
    out.push_back({Library::kPoppler, std::to_string(dropped) + " more library messages dropped"});
    dropped = 0;
  }
  return out;
}

}  // namespace delib
