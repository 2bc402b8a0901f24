#include "pipeline/base/status.h"

namespace delib {

const char* CodeName(Code code) {
  switch (code) {
    case Code::kOk:
      return "ok";
    case Code::kNotFound:
      return "not_found";
    case Code::kUnreadable:
      return "unreadable";
    case Code::kEmpty:
      return "empty";
    case Code::kNotPdf:
      return "not_pdf";
    case Code::kCorrupt:
      return "corrupt";
    case Code::kEncrypted:
      return "encrypted";
    case Code::kNoPages:
      return "no_pages";
    case Code::kPageSize:
      return "page_size";
    case Code::kTooManyPages:
      return "too_many_pages";
    case Code::kOcr:
      return "ocr";
    case Code::kRender:
      return "render";
    case Code::kTimeout:
      return "timeout";
    case Code::kCrash:
      return "crash";
    case Code::kInternal:
      return "internal";
    case Code::kDiskFull:
      return "disk_full";
    case Code::kBusy:
      return "busy";
    case Code::kUsage:
      return "usage";
  }
  return "internal";
}

}  // namespace delib
