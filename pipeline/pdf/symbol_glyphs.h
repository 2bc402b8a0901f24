// SymbolGlyphs: what a symbol font's glyph stands for in a text layer.
//
// Word processors write bullets, ticks and boxes in symbol fonts (Symbol,
// Wingdings) whose characters a PDF maps to Unicode's private use area,
// U+F020 to U+F0FF: the text layer then holds "\uF0B7 Madame X" for "• Madame
// X". Each glyph is replaced once, when the text layer is read, by the
// character it draws (a bullet, a dash, a tick, a box), or dropped when it
// draws nothing a reader needs. Rows and their fonts are in kSymbolGlyphs
// (symbol_glyphs.cc).
#pragma once

#include <string>
#include <string_view>

namespace delib {

// `text` with each private-use character replaced by what it draws
// ("\uF0B7" -> "•", "\uF0FC" -> "✓"), or removed when it is none of the
// table's. Other characters are kept as they are.
std::string ReplaceSymbolGlyphs(std::string_view text);

}  // namespace delib
