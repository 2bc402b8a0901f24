// Scaffolding: minimal stages so the pipeline links end to end while the
// real extractors are written. Each function moves to its own file.
#include "extractors/extract.h"

namespace delib {

void ExtractCommunes(const DocText&, const ExtractContext&, Act*) {}

}  // namespace delib
