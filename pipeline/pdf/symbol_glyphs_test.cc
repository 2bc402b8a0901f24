#include "pipeline/pdf/symbol_glyphs.h"

#include <doctest/doctest.h>

namespace delib {

TEST_CASE("symbol glyphs: a symbol font's characters read as what they draw (table)") {
  struct Row {
    const char* printed;
    const char* read;
  };
  const Row rows[] = {
      {"\uF02D Madame Françoise SANTUNE", "- Madame Françoise SANTUNE"},  // Symbol minus
      {"\uF0B7 Tarifs", "• Tarifs"},                                      // Symbol bullet
      {"\uF0D8 Vote", "➢ Vote"},                                          // Wingdings arrowhead
      {"\uF0FC Pour", "✓ Pour"},                                          // Wingdings tick
      {"\uF0FE", "☒"},                                                    // a ticked box
      {"\uF0C4 Conseil", " Conseil"},  // drawing nothing a reader needs: dropped
      {"Hélène à Noël", "Hélène à Noël"},  // other characters kept
      {"", ""},
  };
  for (const Row& r : rows) {
    CAPTURE(std::string(r.printed));
    CHECK(ReplaceSymbolGlyphs(r.printed) == r.read);
  }
}

}  // namespace delib
