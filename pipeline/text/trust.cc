#include "pipeline/text/trust.h"

namespace delib {

const char* TrustName(Trust t) {
  switch (t) {
    case Trust::kTextLayer:
      return "text_layer";
    case Trust::kSure:
      return "sure";
    case Trust::kDoubt:
      return "doubt";
    case Trust::kIllegible:
      return "illegible";
  }
  return "illegible";
}

}  // namespace delib
