#include "pipeline/pdf/symbol_glyphs.h"

#include <unicode/utf8.h>

#include <cstdint>

namespace delib {
namespace {

struct SymbolGlyph {
  uint32_t code;      // as the text layer gives it
  const char* drawn;  // what the glyph draws
};

// Symbol and Wingdings glyphs found in deliberations, by code.
constexpr SymbolGlyph kSymbolGlyphs[] = {
    {0xF02D, "-"},  // Symbol minus, a dash before a list's item
    {0xF0B7, "•"},  // Symbol bullet
    {0xF0A7, "▪"},  // Wingdings small square, a bullet
    {0xF076, "❖"},  // Wingdings diamond, a bullet
    {0xF0D8, "➢"},  // Wingdings arrowhead, a bullet
    {0xF0E8, "➔"},  // Wingdings arrow
    {0xF0FC, "✓"},  // Wingdings tick
    {0xF0FE, "☒"},  // Wingdings ticked box
    {0xF0FD, "☒"},  // Wingdings crossed box
    {0xF0A8, "☐"},  // Wingdings empty box
    {0xF06F, "☐"},  // Wingdings empty box (letter o)
};

bool PrivateUse(uint32_t c) { return c >= 0xE000 && c <= 0xF8FF; }

}  // namespace

std::string ReplaceSymbolGlyphs(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(s, i, n, c);
    if (c < 0 || !PrivateUse(static_cast<uint32_t>(c))) {
      out.append(text.substr(start, i - start));
      continue;
    }
    for (const SymbolGlyph& g : kSymbolGlyphs)
      if (g.code == static_cast<uint32_t>(c)) out += g.drawn;
  }
  return out;
}

}  // namespace delib
