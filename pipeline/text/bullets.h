// The bullet that opens a list line, as printed or as OCR read it, and the
// lines of a list that hold only specks. Lists of communes (extractors) read
// their items through here.
//
//   ReadBullet("- Anor", false)->after == 2;             // printed
//   ReadBullet("=- Anor", false)->misread;               // dashes run together
//   ReadBullet(". : Anor", true)->misread;               // specks in its place
//   ReadBullet("En. Lannoy", true)->after == 4;          // "En." read for "-"
//   !ReadBullet("Anor", true);
//   SpeckLine(" . ,") && !SpeckLine("12");
//   LooseBulletItem("1 Anor ;")->first == 2;
//
// Lines are folded text (pipeline/base/fold.h).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

namespace delib {

struct Bullet {
  size_t after = 0;      // offset just past the bullet (the item's text may start with spaces)
  bool misread = false;  // not the bullet as printed: a sign OCR read for one
};

// The bullet opening `line`: "*", "•", a dash "-"; a run of up to three
// dash-like signs ("=", "<", "~", "_") set apart by a space, which OCR reads
// for a dash (`misread`); a speck before any of them is skipped. With
// `accept_misread`, also what OCR leaves in a bullet's place: up to four
// speck characters (lexicon.h) set apart by spaces, or a word of one or two
// letters and a period ("En. Lannoy"), `misread`. A caller that accepts
// those keeps the item only when the rest is a name it knows.
std::optional<Bullet> ReadBullet(std::string_view line, bool accept_misread);

// The item of a list line as a checker looking for a name takes it, looser
// than ReadBullet: after a run of speck characters (lexicon.h) and spaces,
// or after one sign or figure set apart by a space ("1 Anor", "> Anor");
// its trailing specks and spaces trimmed. Offsets [first, second) into
// `line`; nullopt when the line opens with no such bullet.
std::optional<std::pair<size_t, size_t>> LooseBulletItem(std::string_view line);

// A line of a speck or two and nothing else (no digit): no list item, and
// no end of the list (a page break's dirt).
bool SpeckLine(std::string_view line);

}  // namespace delib
