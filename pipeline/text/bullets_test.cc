#include "pipeline/text/bullets.h"

#include <doctest/doctest.h>

namespace delib {

TEST_CASE("bullets: as printed and as OCR read them") {
  struct Row {
    const char* line;
    bool accept_misread;
    bool found;
    size_t after;
    bool misread;
  } rows[] = {
      {"- Anor", false, true, 1, false},
      {"* Anor", false, true, 1, false},
      {"\xE2\x80\xA2 Anor", false, true, 3, false},  // "•" kept by Fold
      {"-Anor", false, true, 1, false},              // a dash may touch the name
      {"= Anor", false, true, 1, true},              // a dash read "="
      {"=- Anor", false, true, 2, true},             // two signs run together
      {"=Anor", false, false, 0, false},             // another sign stands apart
      {"| - Anor", false, true, 3, false},           // a speck before the dash
      {". : Anor", false, false, 0, false},          // specks: only when asked
      {". : Anor", true, true, 4, true},
      {"En. Lannoy", true, true, 4, true},        // "En." read for the dash
      {". , ; : | Anor", true, false, 0, false},  // five specks are no bullet
      {"Anor", true, false, 0, false},
      {"", true, false, 0, false},
  };
  for (const Row& r : rows) {
    CAPTURE(r.line);
    CAPTURE(r.accept_misread);
    const std::optional<Bullet> b = ReadBullet(r.line, r.accept_misread);
    REQUIRE(b.has_value() == r.found);
    if (!b) continue;
    CHECK(b->after == r.after);
    CHECK(b->misread == r.misread);
  }
}

TEST_CASE("bullets: a line of a speck or two is no item and no end") {
  struct Row {
    const char* line;
    bool speck;
  } rows[] = {{"", true}, {" . ,", true}, {" . , ;", false}, {"1", false}, {"a", true}};
  for (const Row& r : rows) {
    CAPTURE(r.line);
    CHECK(SpeckLine(r.line) == r.speck);
  }
}

TEST_CASE("bullets: the item a checker takes after a loose bullet") {
  struct Row {
    const char* line;
    bool found;
    const char* item;
  } rows[] = {
      {"- anor", true, "anor"}, {". : anor ;", true, "anor"}, {"1 anor", true, "anor"},
      {"> anor", true, "anor"}, {"anor", false, ""},          {"a anor", false, ""},  // a letter
      {"  -  ", true, ""},
  };
  for (const Row& r : rows) {
    CAPTURE(r.line);
    const std::string_view line(r.line);
    const auto span = LooseBulletItem(line);
    REQUIRE(span.has_value() == r.found);
    if (span) CHECK(line.substr(span->first, span->second - span->first) == r.item);
  }
}

}  // namespace delib
