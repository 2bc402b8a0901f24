#include "pipeline/base/data_dir.h"

#include <cstdlib>

namespace delib {

std::string DataDir() {
  if (const char* env = std::getenv("DELIB_DATA_DIR"); env && *env) return env;
#ifdef DELIB_SOURCE_DIR
  return std::string(DELIB_SOURCE_DIR) + "/data";
#else
  return "data";
#endif
}

}  // namespace delib
