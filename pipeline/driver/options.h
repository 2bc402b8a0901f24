// The command line, checked before anything runs: every option is parsed
// whole and within its range, or the command stops with a message naming
// the option and exit status 64 (usage error). Nothing is guessed: "--jobs
// abc" is an error, not 0; "extract --bogus" is an unknown option, not a
// file name.
//
//   bool help = false;
//   Result<RunOptions> run = ParseRunArgs({"--out", "o", "--dpi", "0", "in"}, &help);
//   // !run.ok(): "--dpi takes a whole number from 50 to 1200, not '0'"
//
// Ranges (also in the usage text, main.cc):
//   --jobs N      1..256 worker processes
//   --dpi N       50..1200 dots per inch
//   --timeout S   1..86400 seconds (a decimal number is allowed)
//   --shard K/N   1 <= K <= N <= 100000
//   --fail-on S   error | warning
// "--" ends the options: what follows is inputs, even "-x.pdf".
#pragma once

#include <string>
#include <vector>

#include "pipeline/base/status.h"
#include "pipeline/driver/driver.h"

namespace delib {

inline constexpr int kMinJobs = 1, kMaxJobs = 256;
inline constexpr int kMinDpi = 50, kMaxDpi = 1200;
inline constexpr double kMinTimeoutS = 1, kMaxTimeoutS = 86400;
inline constexpr int kMaxShards = 100000;

struct ExtractOptions {
  ProcessOptions process;
  std::string file;
  std::string cache_path;  // "": no OCR cache (the pages are OCR'd again)
  bool text_only = false;
};

struct MergeOptions {
  std::string out_dir;
  std::string fail_on;  // "", "error" or "warning"
  std::vector<std::string> shard_dirs;
};

// Arguments after the command name. Errors are Code::kUsage with a message
// for stderr; `*help` is set (and the result is an error with an empty
// message) when --help or -h was asked.
Result<RunOptions> ParseRunArgs(const std::vector<std::string>& args, bool* help);
Result<ExtractOptions> ParseExtractArgs(const std::vector<std::string>& args, bool* help);
Result<MergeOptions> ParseMergeArgs(const std::vector<std::string>& args, bool* help);

}  // namespace delib
