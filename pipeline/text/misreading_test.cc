#include "pipeline/text/misreading.h"

#include <doctest/doctest.h>

#include <string>

namespace delib {

TEST_CASE("misreading: whose a difference from the official name is") {
  struct Row {
    const char* printed;
    const char* meant;
    Trust trust;
    Fault fault;
  } rows[] = {
      {"Bieme", "Bierne", Trust::kSure, Fault::kReading},           // "m" for "rn"
      {"Bonclues", "Bondues", Trust::kSure, Fault::kReading},       // "cl" for "d"
      {"Ca1onne", "Calonne", Trust::kSure, Fault::kReading},        // a digit for "l"
      {"Biemes", "Bierne", Trust::kSure, Fault::kReading},          // "m" for "rn", one edit more
      {"Pévèêle", "Pévèle", Trust::kSure, Fault::kReading},         // an accented letter read twice
      {"Chausée", "Chaussée", Trust::kSure, Fault::kWriter},        // a letter dropped
      {"Chausée", "Chaussée", Trust::kDoubt, Fault::kWriter},       // however doubtfully read
      {"Chausée", "Chaussée", Trust::kIllegible, Fault::kReading},  // unless illegible
      {"Lillle", "Lille", Trust::kSure, Fault::kWriter},            // a letter tripled
      {"Bieme", "Bierne", Trust::kTextLayer, Fault::kWriter},       // no OCR: the document's
      {"Hondeville", "Vendeville", Trust::kSure, Fault::kUnknown},  // no confusion explains it
      {"Hondeville", "Vendeville", Trust::kDoubt, Fault::kReading},  // read with doubt
  };
  for (const Row& r : rows) {
    CAPTURE(std::string(r.printed));
    CAPTURE(std::string(r.meant));
    CAPTURE(static_cast<int>(r.trust));
    CHECK(FaultOf(r.printed, r.meant, r.trust) == r.fault);
  }
}

TEST_CASE("misreading: a writer's slip") {
  struct Row {
    const char* printed;
    const char* meant;
    bool slip;
  } rows[] = {
      {"Chausée", "Chaussée", true},                             // one letter dropped
      {"Lillle", "Lille", true},                                 // one tripled
      {"Lile", "Lille", true},       {"Lille", "Lille", false},  // no difference
      {"Lilel", "Lille", false},                                 // two letters swapped
      {"Château", "Chateau", false},  // an accent the official name lacks
  };
  for (const Row& r : rows) {
    CAPTURE(std::string(r.printed));
    CHECK(WritersSlip(r.printed, r.meant) == r.slip);
  }
}

TEST_CASE("misreading: a name near another") {
  struct Row {
    const char* read;
    const char* name;
    bool near;
  } rows[] = {
      {"lyde", "lynde", true},     // a letter dropped
      {"bieme", "bierne", true},   // a confusion
      {"biemes", "bierne", true},  // a confusion and one edit
      {"aor", "anor", true},       // three letters: one dropped from four, alike
      {"nor", "anor", false},      // not beginning alike
      {"lille", "lille", false},   // the same name is not near it
      {"lilas", "lille", false},   // two edits
  };
  for (const Row& r : rows) {
    CAPTURE(std::string(r.read));
    CHECK(NearName(r.read, r.name) == r.near);
  }
}

TEST_CASE("misreading: stray letters around a name") {
  struct Row {
    const char* read;
    const char* name;
    bool stray;
  } rows[] = {
      {"lilleda", "lille", true},     // after it
      {"ellille", "lille", true},     // before it
      {"lille", "lille", true},       // none
      {"lilledaxy", "lille", false},  // four are a word
      {"anorx", "an", false},         // two letters are too short to tell
      {"lile", "lille", false},
  };
  for (const Row& r : rows) {
    CAPTURE(std::string(r.read));
    CHECK(StrayLettersAround(r.read, r.name) == r.stray);
  }
}

}  // namespace delib
