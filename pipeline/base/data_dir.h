// Where the data delib ships with lives (rules.json, confusions.tsv,
// bodies/): $DELIB_DATA_DIR when set, else the source tree's data/.
//
//   std::string path = DataDir() + "/confusions.tsv";
#pragma once

#include <string>

namespace delib {

std::string DataDir();

}  // namespace delib
