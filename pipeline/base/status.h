// Status and Result<T>: how delib says "this can fail" without exceptions.
//
//   Result<PdfDocument> doc = PdfDocument::Open(path);
//   if (!doc.ok()) return doc.status();
//   use(doc.value());
//
// Codes are the error classes a person sees in a record's `errors[].code`.
// Exceptions thrown by libraries stop at their adapter and become a Status.
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace delib {

enum class Code {
  kOk,
  kNotFound,      // the input path does not exist
  kUnreadable,    // permissions or I/O error
  kEmpty,         // zero bytes
  kNotPdf,        // does not start like a PDF
  kCorrupt,       // Poppler could not parse it
  kEncrypted,     // needs a password
  kNoPages,       // parsed, but has no page
  kPageSize,      // absurd page size (too small, too large)
  kTooManyPages,  // over the configured page limit
  kOcr,           // the OCR engine failed on a page
  kRender,        // the page could not be rendered
  kTimeout,       // the document took longer than its time limit
  kCrash,         // the worker died (signal) while on the document
  kInternal,      // a bug of ours
  // Run-level codes: they stop or refuse a run and never appear in a record.
  kDiskFull,  // a write failed with ENOSPC or EDQUOT (disk or quota full)
  kBusy,      // the output folder is locked by another run
  kUsage,     // a command-line option is missing or out of range
};

// The stable string used in JSON records ("encrypted", "not_pdf", ...).
const char* CodeName(Code code);

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Code code, std::string message, std::optional<int> page = std::nullopt)
      : code_(code), message_(std::move(message)), page_(page) {}
  static Status Ok() { return Status(); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  const std::optional<int>& page() const { return page_; }

 private:
  Code code_ = Code::kOk;
  std::string message_;
  std::optional<int> page_;
};

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}          // NOLINT: implicit on purpose
  Result(Status status) : status_(std::move(status)) {}  // NOLINT
  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  T& value() { return *value_; }
  const T& value() const { return *value_; }
  T&& take() { return std::move(*value_); }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace delib
