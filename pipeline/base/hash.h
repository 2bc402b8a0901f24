// Content hashes (SHA-256 through OpenSSL): input identity for records,
// stems and the OCR cache key.
#pragma once

#include <string>
#include <string_view>

#include "pipeline/base/status.h"

namespace delib {

std::string Sha256Hex(std::string_view data);
Result<std::string> Sha256File(const std::string& path);
// Short stable id (16 hex) for anomaly ids and the like.
std::string ShortHash(std::string_view data);

}  // namespace delib
