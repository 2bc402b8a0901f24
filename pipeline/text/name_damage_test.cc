#include "pipeline/text/name_damage.h"

#include <doctest/doctest.h>

#include <string>

namespace delib {

TEST_CASE("name damage: a piece of a surname the scan cut") {
  struct Row {
    const char* piece;
    const char* whole;
    bool fragment;
  } rows[] = {
      {"aert", "annaert", true},             // the end ("Fe AERT" beside ANNAERT)
      {"hingrez", "hingrez-chereda", true},  // the start
      {"are", "kowalski", false},            // three letters stand for no one
      {"ert", "annaert", false},             // too short, though the end
      {"annaert", "annaert", false},         // the whole name is no piece
      {"naer", "annaert", false},            // inside: no cut leaves it
  };
  for (const Row& r : rows) {
    CAPTURE(r.piece);
    CAPTURE(r.whole);
    CHECK(FragmentOf(r.piece, r.whole) == r.fragment);
  }
}

TEST_CASE("name damage: a surname alike a member's") {
  struct Row {
    const char* read;
    const char* member;
    bool alike;
  } rows[] = {
      {"dharas", "dhalluin", true},                                 // the same first two letters
      {"passebos", "passebosc", true}, {"dubols", "dubois", true},  // one confusion
      {"hingrez", "mahtour", false},                                // another man
      {"h", "halluin", false},                                      // one letter is no start
  };
  for (const Row& r : rows) {
    CAPTURE(r.read);
    CHECK(SurnamesAlike(r.read, r.member) == r.alike);
  }
}

TEST_CASE("name damage: a given name that reads as one") {
  struct Row {
    const char* given;
    bool reads;
  } rows[] = {{"jeremie", true}, {"marie-claude", true}, {"d'artagnan", true},     {"fe", false},
              {"xrt", false},    {"j1e", false},         {"anne charlotte", true}, {"", false}};
  for (const Row& r : rows) {
    CAPTURE(r.given);
    CHECK(ReadsAsGivenName(r.given) == r.reads);
  }
}

TEST_CASE("name damage: a capital after a small letter breaks a printed word") {
  struct Row {
    const char* word;
    bool broken;
  } rows[] = {{"ChrIstine", true},       {"VÉRONIQUE", false}, {"Christine", false},
              {"Anne-Charlotte", false}, {"DUBOIS", false},    {"maXime", true}};
  for (const Row& r : rows) {
    CAPTURE(r.word);
    CHECK(CaseBroken(r.word) == r.broken);
  }
}

TEST_CASE("name damage: a listed name that reads as one person") {
  struct Row {
    const char* name;
    bool one;
  } rows[] = {
      {"M. DISSAUX", true},
      {"Mme Bénédicte MONNET", true},
      {"Brigitte VANPEENE   Mme Bénédicte MONNET", false},  // a table's two cells
      {"Brigitte VANPEENE Mme Bénédicte MONNET", false},    // a civility inside
      {"Véronique SAINT-MAXENT [] Mme Joëlle NOWAK EN [] X []", false},
      {"Marc | PETIT", false},  // a rule's residue
  };
  for (const Row& r : rows) {
    CAPTURE(r.name);
    CHECK(ReadableName(r.name) == r.one);
  }
}

TEST_CASE("name damage: one name, its other end damaged") {
  struct Row {
    const char* a;
    const char* b;
    bool one;
  } rows[] = {
      {"flersenchuis", "flersenescrebieux", true},   // the same start
      {"villeneuvedascq", "xillaneuvedascq", true},  // the same end
      {"saintamand", "saintandre", false},           // six letters in common are too few
      {"hem", "hem", false},                         // too short to tell
  };
  for (const Row& r : rows) {
    CAPTURE(r.a);
    CHECK(OneEndDamaged(r.a, r.b) == r.one);
  }
}

}  // namespace delib

namespace delib {

TEST_CASE("name damage: a short name, most of a name, names alike when illegible") {
  struct Row {
    const char* read;
    const char* name;
    bool short_damaged, most_of, alike;
  } rows[] = {
      {"br", "bry", true, false, false},           // its start
      {"bre", "bry", true, false, false},          // one letter changed
      {"b", "bry", false, false, false},           // one letter is no name
      {"wuy", "iwuy", true, true, false},          // its first letter lost
      {"roubai", "roubaix", false, true, true},    // most of it
      {"ubaix", "roubaix", false, true, false},    // most of it, not its start
      {"rou", "roubaix", false, false, false},     // under three fifths
      {"roubeux", "roubaix", false, false, true},  // alike, one illegible
      {"wattrelos", "roubaix", false, false, false},
  };
  for (const Row& r : rows) {
    CAPTURE(std::string(r.read));
    CAPTURE(std::string(r.name));
    CHECK(ShortNameDamaged(r.read, r.name) == r.short_damaged);
    CHECK(MostOfName(r.read, r.name) == r.most_of);
    CHECK(AlikeWhenIllegible(r.read, r.name) == r.alike);
  }
}

TEST_CASE("name damage: an article run into the bullet before it") {
  struct Row {
    const char* line;
    const char* want;
    const char* rest;
    bool run;
  } rows[] = {
      {"segroise", "lagroise", "groise", true},      // "- La Groise" read "Se Groise"
      {"groise", "lagroise", "groise", false},       // the rest alone: no article read
      {"xxxxxgroise", "lagroise", "groise", false},  // more than two letters longer
      {"lille", "lille", "", false},                 // no article
  };
  for (const Row& r : rows) {
    CAPTURE(std::string(r.line));
    CHECK(ArticleRunIntoBullet(r.line, r.want, r.rest) == r.run);
  }
}

TEST_CASE("name damage: a given name that may not be the one printed") {
  struct Row {
    const char* given;
    Trust trust;
    bool unsure;
  } rows[] = {
      {"ChrIstine", Trust::kSure, true},        // its case broken
      {"Christine", Trust::kDoubt, true},       // read with doubt
      {"Christine", Trust::kSure, false},       // read whole
      {"Anne-Charlotte", Trust::kSure, false},  // a hyphen's capital is whole
      {"", Trust::kIllegible, true},            // no given name, read illegibly
      {"", Trust::kTextLayer, false},
  };
  for (const Row& r : rows) {
    CAPTURE(r.given);
    CHECK(GivenNameUnsure(r.given, r.trust) == r.unsure);
  }
}

}  // namespace delib
