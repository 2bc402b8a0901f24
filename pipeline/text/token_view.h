// TokenView: the words of a document, read once. Each word carries its
// folded form, its shape, the OCR confidence it was read with and whether it
// is a speck (a mark OCR reads from dirt, rules and margins), with its offsets
// in the folded and the original text; beside them, the folded text with the
// specks that open each line blanked. DocText builds one (doc.tokens(),
// doc.blanked()); extractors and checks ask it instead of splitting, folding
// and testing characters again.
//
//   printed  "| Article 2 : Mme DUPONT"
//   tokens   "|" speck   "article" letters   "2" digits   ":" speck
//            "mme" letters   "dupont" letters
//   blanked  "  article 2 : mme dupont"
//
// The rule for specks, stated once: a speck is a token of no letter and no
// digit, made of the characters of lexicon.h kSpeckChars or of symbols OCR
// reads from dirt ("©", "•"): IsSpeck (tokens.h). The specks before a line's
// first word are its margin, blanked whether they stand alone or run into the
// word ("|DELIBERATION" -> " deliberation"): a pattern reads the line's start
// with "^\s*" on blanked(). Inside a line a lone ":" or "-" is punctuation
// (a label's colon, a dash between names) and stays in blanked(); its token
// is still flagged, for callers that count words. Where marks may follow a
// word ("Unanimité ._"), a pattern says "no letter or digit" ([^a-z0-9]),
// never a class of speck characters. Shape and speck flag are the folded
// form's ("n°" folds to "no", letters).
//
// blanked() has the length of folded(): an offset in one is the same offset
// in the other, so a match found in blanked() maps back to evidence through
// DocText. Immutable once built; thread-compatible.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace delib {

// What a token is made of, told from its letters and digits (other marks
// aside: "saint-jean" and "m." are letters, "12/03/2024" digits).
enum class WordShape {
  kLetters,  // letters and no digit: "dupont", "d'", "m."
  kDigits,   // digits and no letter: "12", "14.02.2024"
  kPunct,    // neither: ":", "|", "--", "©"
  kMixed,    // both: "1er", "l2" (an l read for a 1, or the reverse)
};
WordShape ShapeClassOf(std::string_view token);

// One word of the document: a run of the printed line between spaces, tabs
// or newlines. A no-break space binds ("M.\u00a0DUPONT" is one token, its
// folded form "m. dupont"), as the print meant it to.
struct Token {
  size_t begin = 0, end = 0;          // in DocText::folded() (and blanked())
  size_t raw_begin = 0, raw_end = 0;  // in DocText::raw()
  size_t line = 0;                    // index into DocText::lines()
  WordShape shape = WordShape::kPunct;
  bool speck = false;       // IsSpeck (tokens.h): a mark, no word
  float confidence = 1.0f;  // of the OCR word it was read in; 1 for a text layer
};

class TokenView {
 public:
  // One line of the text: its bounds [begin, end) in the folded and the raw
  // text, and the OCR word confidences with the raw offset of each word's
  // first byte (ascending).
  struct LineInput {
    size_t begin = 0, end = 0;
    size_t raw_begin = 0, raw_end = 0;
    std::vector<std::pair<size_t, float>> word_confidences;
  };

  TokenView() = default;
  // `folded` and `to_raw` as Fold(raw) (pipeline/base/fold.h) made them;
  // `lines` in text order, not overlapping.
  TokenView(std::string_view raw, std::string_view folded, const std::vector<uint32_t>& to_raw,
            const std::vector<LineInput>& lines);

  // Every token, in text order.
  const std::vector<Token>& all() const { return tokens_; }
  // Tokens [first, last) of all() on line `i`.
  std::pair<size_t, size_t> OfLine(size_t i) const { return {line_first_[i], line_first_[i + 1]}; }
  // The tokens of the folded span [b, e) (raw [raw_b, raw_e)), those cut by
  // its bounds cut to it: offsets, shape and speck flag of the part inside
  // (DocText::TokensIn).
  std::vector<Token> In(std::string_view folded, size_t b, size_t e, size_t raw_b,
                        size_t raw_e) const;

  // folded() with each line's margin specks blanked (see above).
  const std::string& blanked() const { return blanked_; }
  // Offset in folded() of line `i`'s first byte after its margin (spaces and
  // specks); the line's end when it holds specks only.
  size_t MarginEnd(size_t i) const { return margin_end_[i]; }

 private:
  static Token Make(std::string_view folded, size_t b, size_t e, size_t rb, size_t re, size_t line,
                    float confidence);

  std::vector<Token> tokens_;
  std::vector<size_t> line_first_ = {0};
  std::vector<size_t> margin_end_;
  std::string blanked_;
};

// The text without its margin: the spaces and specks opening it removed
// ("| ©  Vu les" -> "Vu les"). For a span read out of its line.
std::string_view WithoutMargin(std::string_view text);

// The text without the spaces and speck characters closing it, its periods
// kept: how a line ends once the marks OCR left after it are gone
// ("… DELATTRE. :" -> "… DELATTRE.").
std::string_view WithoutTrailingMarks(std::string_view text);

// Narrows [*b, *e) of `text` past the spaces and speck characters at either
// end of a name; a hyphen or a closing bracket stays, part of its words
// (". Saint-Amand (Nord) ;" -> "Saint-Amand (Nord)", "- Lille" kept whole).
void TrimAroundName(std::string_view text, size_t* b, size_t* e);

}  // namespace delib
