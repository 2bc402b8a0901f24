// libFuzzer target: any bytes as the path of an input, through the planning
// of inputs (its stem) and the record writer, as a failed document's record
// is written. Must never crash, and every record must be JSON that parses,
// with:
// - the stem non-empty, valid UTF-8, without '/', at most kMaxStemBytes;
// - source.path valid UTF-8, and source.path_bytes present exactly when the
//   path is not UTF-8, unescaping back to the path's bytes
//   ("caf%E9.pdf" -> "caf\xe9.pdf");
// - the same bytes in an error message and an act's title written as JSON
//   strings, whatever they hold (quotes, controls, ill-formed UTF-8).
// The path is put under a folder that does not exist, so that planning never
// walks a real folder ("/" would be the whole disk).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "pipeline/base/utf8.h"
#include "pipeline/driver/driver.h"
#include "pipeline/model/act_json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // A file name is any bytes but NUL (the kernel's end of string).
  std::string name(reinterpret_cast<const char*>(data), size);
  for (char& c : name)
    if (c == '\0') c = '_';
  const std::string path = "/nonexistent-delib-fuzz/" + name;

  std::vector<delib::InputFile> planned = delib::PlanInputs({path}, 0, 0);
  if (planned.size() != 1) std::abort();  // a missing input is kept, once
  const delib::InputFile& in = planned[0];
  if (in.stem.empty() || in.stem.size() > delib::kMaxStemBytes || !delib::IsValidUtf8(in.stem) ||
      in.stem.find('/') != std::string::npos)
    std::abort();

  delib::Record r;
  r.path = in.display;
  r.status = "failed";
  r.errors.push_back({"not_found", "cannot open " + name, std::nullopt});
  delib::Act act;
  act.title = name;
  r.acts.push_back(act);
  nlohmann::json j = delib::RecordToJson(r);
  j["stem"] = in.stem;
  const std::string text = delib::DumpJson(j, 1);

  nlohmann::json back = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (back.is_discarded() || !back.is_object()) std::abort();
  const nlohmann::json& source = back["source"];
  if (!source.is_object() || !source["path"].is_string()) std::abort();
  if (source["path"].get<std::string>() != delib::ValidUtf8(path)) std::abort();
  const bool utf8 = delib::IsValidUtf8(path);
  if (utf8 == source.contains("path_bytes")) std::abort();
  if (!utf8 && delib::UnescapeBytes(source["path_bytes"].get<std::string>()) != path) std::abort();
  if (back["stem"].get<std::string>() != in.stem) std::abort();
  return 0;
}
