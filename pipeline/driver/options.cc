#include "pipeline/driver/options.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>

namespace delib {
namespace {

Status Usage(const std::string& message) { return Status(Code::kUsage, message); }

// The whole of `v` as a base-10 integer in [lo, hi].
Result<int> WholeNumber(const std::string& option, const std::string& v, int lo, int hi) {
  errno = 0;
  char* end = nullptr;
  long n = v.empty() ? 0 : std::strtol(v.c_str(), &end, 10);
  if (v.empty() || *end != '\0' || errno == ERANGE || n < lo || n > hi)
    return Usage(option + " takes a whole number from " + std::to_string(lo) + " to " +
                 std::to_string(hi) + ", not '" + v + "'");
  return static_cast<int>(n);
}

Result<double> Seconds(const std::string& option, const std::string& v) {
  errno = 0;
  char* end = nullptr;
  double s = v.empty() ? 0 : std::strtod(v.c_str(), &end);
  if (v.empty() || *end != '\0' || errno == ERANGE || !std::isfinite(s) || s < kMinTimeoutS ||
      s > kMaxTimeoutS)
    return Usage(option + " takes seconds from 1 to 86400, not '" + v + "'");
  return s;
}

Status FailOn(const std::string& v) {
  if (v == "error" || v == "warning") return Status::Ok();
  return Usage("--fail-on takes error or warning, not '" + v + "'");
}

// Walks args: options through `on_option` (which may take a value with
// `value()`), the rest through `on_operand`. Stops at the first error.
class Args {
 public:
  explicit Args(const std::vector<std::string>& args) : args_(args) {}
  bool done() const { return i_ >= args_.size(); }
  const std::string& next() { return args_[i_++]; }
  // The value of the option just read.
  Result<std::string> value(const std::string& option) {
    if (i_ >= args_.size()) return Usage(option + " needs a value");
    return args_[i_++];
  }

 private:
  const std::vector<std::string>& args_;
  size_t i_ = 0;
};

bool IsOption(const std::string& a) { return a.size() > 1 && a[0] == '-'; }

}  // namespace

Result<RunOptions> ParseRunArgs(const std::vector<std::string>& args, bool* help) {
  RunOptions opt;
  Args in(args);
  bool operands_only = false;
  while (!in.done()) {
    const std::string& a = in.next();
    if (operands_only || !IsOption(a)) {
      opt.inputs.push_back(a);
      continue;
    }
    if (a == "--") {
      operands_only = true;
    } else if (a == "--help" || a == "-h") {
      *help = true;
      return Usage("");
    } else if (a == "--force") {
      opt.force = true;
    } else if (a == "--force-ocr") {
      opt.process.force_ocr = true;
    } else if (a == "--progress") {
      opt.progress = 1;
    } else if (a == "--no-progress") {
      opt.progress = 0;
    } else if (a == "--out" || a == "--jobs" || a == "--shard" || a == "--fail-on" ||
               a == "--cache" || a == "--dpi" || a == "--timeout") {
      Result<std::string> v = in.value(a);
      if (!v.ok()) return v.status();
      const std::string& s = v.value();
      if (a == "--out" || a == "--cache") {
        if (s.empty()) return Usage(a + " needs a non-empty path");
        (a == "--out" ? opt.out_dir : opt.cache_path) = s;
      } else if (a == "--jobs") {
        Result<int> n = WholeNumber(a, s, kMinJobs, kMaxJobs);
        if (!n.ok()) return n.status();
        opt.jobs = n.value();
      } else if (a == "--dpi") {
        Result<int> n = WholeNumber(a, s, kMinDpi, kMaxDpi);
        if (!n.ok()) return n.status();
        opt.process.dpi = n.value();
        opt.process.native_dpi = false;
      } else if (a == "--timeout") {
        Result<double> t = Seconds(a, s);
        if (!t.ok()) return t.status();
        opt.time_base_s = t.value();
      } else if (a == "--fail-on") {
        Status st = FailOn(s);
        if (!st.ok()) return st;
        opt.fail_on = s;
      } else {  // --shard K/N
        size_t slash = s.find('/');
        Result<int> k = WholeNumber("--shard's K", s.substr(0, slash), 1, kMaxShards);
        Result<int> n = slash == std::string::npos
                            ? Result<int>(Usage(""))
                            : WholeNumber("--shard's N", s.substr(slash + 1), 1, kMaxShards);
        if (!k.ok() || !n.ok() || k.value() > n.value())
          return Usage("--shard takes K/N with 1 <= K <= N, not '" + s + "'");
        opt.shard_k = k.value();
        opt.shard_n = n.value();
      }
    } else {
      return Usage("unknown option " + a);
    }
  }
  if (opt.out_dir.empty() && opt.inputs.empty())
    return Usage("--out DIR and at least one INPUT are missing");
  if (opt.out_dir.empty()) return Usage("--out DIR is missing: where should the records go?");
  if (opt.inputs.empty()) return Usage("no INPUT given: name PDF files or folders to read");
  return opt;
}

Result<ExtractOptions> ParseExtractArgs(const std::vector<std::string>& args, bool* help) {
  ExtractOptions opt;
  Args in(args);
  bool operands_only = false;
  while (!in.done()) {
    const std::string& a = in.next();
    if (operands_only || !IsOption(a)) {
      if (!opt.file.empty())
        return Usage("extract reads one FILE; got '" + opt.file + "' and '" + a + "'");
      opt.file = a;
    } else if (a == "--") {
      operands_only = true;
    } else if (a == "--help" || a == "-h") {
      *help = true;
      return Usage("");
    } else if (a == "--force-ocr") {
      opt.process.force_ocr = true;
    } else if (a == "--text") {
      opt.text_only = true;
    } else if (a == "--cache") {
      Result<std::string> v = in.value(a);
      if (!v.ok()) return v.status();
      if (v.value().empty()) return Usage("--cache needs a non-empty path");
      opt.cache_path = v.value();
    } else if (a == "--dpi") {
      Result<std::string> v = in.value(a);
      if (!v.ok()) return v.status();
      Result<int> n = WholeNumber(a, v.value(), kMinDpi, kMaxDpi);
      if (!n.ok()) return n.status();
      opt.process.dpi = n.value();
      opt.process.native_dpi = false;
    } else {
      return Usage("unknown option " + a +
                   " (a file whose name starts with '-': put -- before it)");
    }
  }
  if (opt.file.empty()) return Usage("no FILE given");
  return opt;
}

Result<MergeOptions> ParseMergeArgs(const std::vector<std::string>& args, bool* help) {
  MergeOptions opt;
  Args in(args);
  bool operands_only = false;
  while (!in.done()) {
    const std::string& a = in.next();
    if (operands_only || !IsOption(a)) {
      opt.shard_dirs.push_back(a);
    } else if (a == "--") {
      operands_only = true;
    } else if (a == "--help" || a == "-h") {
      *help = true;
      return Usage("");
    } else if (a == "--out" || a == "--fail-on") {
      Result<std::string> v = in.value(a);
      if (!v.ok()) return v.status();
      if (a == "--out") {
        if (v.value().empty()) return Usage("--out needs a non-empty path");
        opt.out_dir = v.value();
      } else {
        Status st = FailOn(v.value());
        if (!st.ok()) return st;
        opt.fail_on = v.value();
      }
    } else {
      return Usage("unknown option " + a);
    }
  }
  if (opt.out_dir.empty()) return Usage("--out DIR is missing: where should the merged batch go?");
  if (opt.shard_dirs.empty()) return Usage("no SHARD_DIR given: name the shard output folders");
  return opt;
}

}  // namespace delib
