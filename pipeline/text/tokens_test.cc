#include "pipeline/text/tokens.h"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include "pipeline/text/lexicon.h"
#include "pipeline/text/trust.h"

namespace delib {
TEST_CASE("tokens: specks are told from words") {
  struct Row {
    const char* token;
    bool speck;
  };
  const Row rows[] = {{"=", true},  {"|", true},  {":", true},       {"©", true},
                      {"»", true},  {"à", false}, {"M.", false},     {"15", false},
                      {"Ä", false}, {"-", true},  {"FLAMENT", false}};
  for (const Row& r : rows) {
    CAPTURE(r.token);
    CHECK(IsSpeck(r.token) == r.speck);
  }
}

TEST_CASE("trust: one policy from confidence") {
  CHECK(TrustOf(1.0) == Trust::kTextLayer);
  CHECK(TrustOf(0.93) == Trust::kSure);
  CHECK(TrustOf(0.42) == Trust::kDoubt);
  CHECK(TrustOf(0.11) == Trust::kIllegible);
  CHECK(Weakest(Trust::kSure, Trust::kDoubt) == Trust::kDoubt);
  CHECK(std::string(TrustName(Trust::kDoubt)) == "doubt");
}

TEST_CASE("trust: a figure needs more of its own digits' confidence") {
  struct Row {
    double confidence;
    Trust word, figure;
  } rows[] = {{1.0, Trust::kTextLayer, Trust::kTextLayer},
              {0.93, Trust::kSure, Trust::kSure},
              {0.8, Trust::kSure, Trust::kDoubt},
              {0.6, Trust::kSure, Trust::kIllegible},
              {0.3, Trust::kDoubt, Trust::kIllegible}};
  for (const Row& r : rows) {
    CAPTURE(r.confidence);
    CHECK(TrustOf(r.confidence) == r.word);
    CHECK(TrustOfFigure(r.confidence) == r.figure);
  }
}

TEST_CASE("lexicon: a civility pattern wants the period of a one-letter civility") {
  const RE2 re("^" + CivilityPattern() + "$");
  struct Row {
    const char* printed;
    bool civility;
  } rows[] = {{"mme", true},      {"mme.", true}, {"m.", true},     {"m", false},
              {"monsieur", true}, {"mr.", true},  {"dupont", false}};
  for (const Row& r : rows) {
    CAPTURE(r.printed);
    CHECK(RE2::FullMatch(r.printed, re) == r.civility);
  }
  CHECK(InClass("lez", WordClass::kPlaceParticle));
}

TEST_CASE("lexicon: each list answers once") {
  CHECK(IsCivility("mme."));
  CHECK(IsCivility("messieurs"));
  CHECK(InClass("mesdames", WordClass::kPluralCivility));
  CHECK(IsNameParticle("van"));
  CHECK(IsNameParticle("d'"));
  CHECK_FALSE(IsNameParticle("dupont"));
  CHECK(MonthNumber("aout") == 8);
  // The heading words split by what they say, both within the attendance headings.
  for (WordClass c : {WordClass::kPresentHeading, WordClass::kAbsentHeading})
    for (const std::string& w : Words(c)) CHECK(InClass(w, WordClass::kAttendanceHeading));
  CHECK(InClass("excusees", WordClass::kAbsentHeading));
  CHECK_FALSE(InClass("excusees", WordClass::kPresentHeading));
  // A space in an entry is any run of spaces in a pattern ("prend\nacte").
  const RE2 decides("^(?:" + Alternation(WordClass::kDecisionVerb) + ")$");
  CHECK(RE2::FullMatch("prend\nacte", decides));
  CHECK_FALSE(RE2::FullMatch("decident pas", decides));
  CHECK(Alternation(WordClass::kTitle).find("professeur") == 0);
}

TEST_CASE("tokens: specks only, or a word printed") {
  struct Row {
    const char* text;
    bool specks;
  } rows[] = {{"_ . ,", true},          {"", true},  {"l .", true}, {"DTA PS Se: rl", false},
              {"2:-16,10:2020", false}, {"i1", true}};
  for (const Row& r : rows) {
    CAPTURE(r.text);
    CHECK(SpecksOnly(r.text) == r.specks);
  }
}

TEST_CASE("tokens: a parenthesis nothing closes before the next comma is a speck") {
  struct Row {
    const char* text;
    bool speck;
  } rows[] = {
      {"anor, ( baives, wignehies", true},  // nothing closes it
      {"anor (nord), baives", false},       // an aside
      {"anor ( 59", false},                 // no name follows
      {"anor (", false},
      {"anor ( baives", true},  // no comma, no ")": the line ends
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    const std::string_view t(r.text);
    CHECK(ParenIsSpeck(t, t.find('('), t.size()) == r.speck);
  }
}

TEST_CASE("tokens: a last word of one or two bytes may be a speck after a name") {
  struct Row {
    const char* printed;
    const char* without;
  } rows[] = {{"Lille da", "Lille"},
              {"Villeneuve d'Ascq", ""},  // a name's own last word
              {"Lille", ""},
              {"Saint-Amand-les-Eaux ,", "Saint-Amand-les-Eaux"},
              {"Anor 59", "Anor"}};
  for (const Row& r : rows) {
    CAPTURE(r.printed);
    CHECK(WithoutTrailingSpeck(r.printed) == std::string_view(r.without));
  }
}

}  // namespace delib
