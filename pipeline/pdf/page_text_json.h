// PageText <-> JSON, for the OCR cache. Lossless for what extraction reads.
#pragma once

#include <nlohmann/json.hpp>

#include "pipeline/pdf/page_text.h"
#include "pipeline/base/status.h"

namespace delib {

nlohmann::json PageTextToJson(const PageText& page);
Result<PageText> PageTextFromJson(const nlohmann::json& j);

}  // namespace delib
