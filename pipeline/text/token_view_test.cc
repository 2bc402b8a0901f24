#include "pipeline/text/token_view.h"

#include <doctest/doctest.h>

#include "pipeline/text/doc_text.h"

namespace delib {
namespace {

// A line as printed, its tokens as the view reads them ('!' before a token
// marks a speck) and the line blanked.
struct Case {
  const char* why;
  const char* printed;
  const char* tokens;  // folded tokens, one space between, '!' prefixing a speck
  const char* blanked;
};

const Case kCases[] = {
    {"a bar read from the margin opens the line: blanked, the words kept",
     "| Article 2 : Mme DUPONT", "!| article 2 !: mme dupont", "  article 2 : mme dupont"},
    {"a mark run into the first word is blanked; the token is a word, no speck",
     "|DÉLIBÉRATION n° 12", "|deliberation no 12", " deliberation no 12"},
    {"several specks and a symbol OCR reads from dirt", "= © _ Vu les délibérations",
     "!= !© !_ vu les deliberations", "       vu les deliberations"},
    {"a dash between names is punctuation: flagged, not blanked", "M. DUPONT - Mme MARTIN",
     "m. dupont !- mme martin", "m. dupont - mme martin"},
    {"a line of specks only is blanked whole", ". : |", "!. !: !|", "     "},
    {"no margin: nothing blanked", "Présents : 12", "presents !: 12", "presents : 12"},
};

std::string Joined(const DocText& doc, size_t line) {
  std::string out;
  const auto [first, last] = doc.TokensOfLine(line);
  for (size_t k = first; k < last; ++k) {
    const Token& t = doc.tokens()[k];
    if (!out.empty()) out += ' ';
    if (t.speck) out += '!';
    out += doc.folded().substr(t.begin, t.end - t.begin);
  }
  return out;
}

}  // namespace

TEST_CASE("token view: printed line -> tokens, specks and blanked line") {
  for (const Case& c : kCases) {
    const std::string why = c.why;
    CAPTURE(why);
    DocText doc({PageFromPlainText(1, c.printed)});
    REQUIRE(doc.lines().size() == 1);
    CHECK(Joined(doc, 0) == std::string(c.tokens));
    CHECK(doc.BlankedLine(0) == std::string_view(c.blanked));
    CHECK(doc.blanked().size() == doc.folded().size());
  }
}

TEST_CASE("token view: shapes, confidences and offsets back to the printed text") {
  std::vector<PageText> pages{PageFromPlainText(1, "Séance du 1er mars\n| 14.02.2024", 0.9f)};
  pages[0].lines[1].words[1].conf = 0.4f;
  DocText doc(std::move(pages));
  const std::vector<Token>& t = doc.tokens();
  REQUIRE(t.size() == 6);
  CHECK(t[0].shape == WordShape::kLetters);
  CHECK(doc.raw().substr(t[0].raw_begin, t[0].raw_end - t[0].raw_begin) == "Séance");
  CHECK(t[2].shape == WordShape::kMixed);
  CHECK(t[4].shape == WordShape::kPunct);
  CHECK(t[4].speck);
  CHECK(t[5].shape == WordShape::kDigits);
  CHECK(t[5].line == 1);
  CHECK(t[0].confidence == doctest::Approx(0.9));
  CHECK(t[5].confidence == doctest::Approx(0.4));
  CHECK(doc.MarginEnd(1) == doc.lines()[1].folded_begin + 2);
  CHECK(doc.MarginEnd(0) == doc.lines()[0].folded_begin);
}

TEST_CASE("token view: a span without its margin, a name without the specks around it") {
  // Printed span, what is left once its margin is cut.
  const std::pair<const char*, const char*> kMargins[] = {{"| ©  vu les", "vu les"},
                                                          {"", ""},
                                                          {" | ", ""},
                                                          {"\u00a9 ", ""},
                                                          {"\u2022 pour", "pour"},
                                                          {": = _", ""},
                                                          {"a", "a"},
                                                          {"1", "1"},
                                                          {"vu", "vu"},
                                                          {"- 12 :", "12 :"}};
  for (const auto& [printed, left] : kMargins) {
    CAPTURE(std::string(printed));
    CHECK(WithoutMargin(printed) == std::string_view(left));
  }
  const std::string s = " . saint-amand (nord) ;";
  size_t b = 0, e = s.size();
  TrimAroundName(s, &b, &e);
  CHECK(s.substr(b, e - b) == "saint-amand (nord)");
  const std::string dash = "- lille";
  b = 0, e = dash.size();
  TrimAroundName(dash, &b, &e);
  CHECK(dash.substr(b, e - b) == "- lille");
}

TEST_CASE("token view: the marks closing a line") {
  const std::pair<const char*, const char*> kTails[] = {
      {"à Mme Véronique DELATTRE. :", "à Mme Véronique DELATTRE."},  // the period kept
      {"DELATTRE.|_ ", "DELATTRE."},
      {"DELATTRE .", "DELATTRE ."},  // a lone period too: the caller weighs it
      {"DELATTRE ;,'", "DELATTRE"},
      {"Lille", "Lille"},
      {" :; ", ""},
  };
  for (const auto& [printed, left] : kTails) {
    CAPTURE(std::string(printed));
    CHECK(WithoutTrailingMarks(printed) == std::string_view(left));
  }
}

}  // namespace delib

namespace delib {

TEST_CASE("token view: the words of a span, cut at its bounds; a no-break space binds") {
  DocText doc({PageFromPlainText(1, "Présents : DUPONT, Mme MARTIN\u00a0Jean")});
  const std::string& f = doc.folded();
  const size_t end = doc.lines()[0].folded_end;
  // From after the comma: the words as printed, and folded.
  std::vector<Token> t = doc.TokensIn(f.find(',') + 1, end);
  REQUIRE(t.size() == 2);
  CHECK(doc.RawOf(t[0]) == "Mme");
  CHECK(doc.RawOf(t[1]) == "MARTIN\u00a0Jean");
  CHECK(doc.FoldedOf(t[1]) == "martin jean");
  // A bound inside a word cuts it: shape and speck flag are the part's.
  t = doc.TokensIn(f.find("upont"), f.find(','));
  REQUIRE(t.size() == 1);
  CHECK(doc.RawOf(t[0]) == "UPONT");
  t = doc.TokensIn(f.find(':'), f.find(':') + 1);
  REQUIRE(t.size() == 1);
  CHECK(t[0].speck);
  CHECK(doc.TokensIn(f.find(':') + 1, f.find(':') + 2).empty());
}

}  // namespace delib
