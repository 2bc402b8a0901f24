// DocText: a document's pages as one searchable text, with the way back from
// any span of it to the page, box, words and confidence it was read from.
//
//   DocText doc(pages);
//   size_t b = doc.folded().find("seance du");          // patterns run on folded text
//   Evidence ev = doc.EvidenceForFolded(b, b + 20);       // page, bbox, original text
//
// Each line of each page becomes one '\n'-terminated line of `raw()`; words
// are joined by one space. `folded()` is Fold(raw()) (see fold.h) and maps
// back byte by byte. `tokens()` and `blanked()` read the same text word by
// word, specks told (token_view.h). Thread-compatible: const methods may be called from
// several threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/pdf/page_text.h"
#include "pipeline/text/token_view.h"

namespace delib {

struct Evidence {
  int page = 0;  // 1-based; 0 when unknown
  BBox box;
  std::string text;
  double confidence = 1.0;
  // The value was inferred from its context rather than read from a label:
  // a date's role told by a title or a sentence. Checks raise no error on
  // an inferred value alone.
  bool inferred = false;
  // The value is the session's, stated once in the shared header of minutes
  // and taken by each item (extract.cc): it held at the session's opening,
  // members who arrived or left later aside.
  bool inherited = false;
};

class DocText {
 public:
  struct LineRef {
    int page = 0;             // 1-based page number
    size_t raw_begin = 0;     // offset of the line's first byte in raw()
    size_t raw_end = 0;       // offset of its '\n'
    size_t folded_begin = 0;  // the same in folded()
    size_t folded_end = 0;
    const Line* line = nullptr;
  };

  explicit DocText(std::vector<PageText> pages);
  DocText(const DocText&) = delete;
  DocText& operator=(const DocText&) = delete;

  const std::string& raw() const { return raw_; }
  const std::string& folded() const { return folded_; }
  const std::vector<LineRef>& lines() const { return lines_; }
  // The folded text of line `i` of lines().
  std::string_view FoldedLine(size_t i) const {
    return std::string_view(folded_).substr(lines_[i].folded_begin,
                                            lines_[i].folded_end - lines_[i].folded_begin);
  }
  const std::vector<PageText>& pages() const { return pages_; }

  // The words of the text, each with its shape, confidence and speck flag,
  // and the folded text with each line's margin specks blanked: the one
  // token view of the document (token_view.h), built with it.
  const std::vector<Token>& tokens() const { return tokens_.all(); }
  // Tokens [first, last) of tokens() on line `i` of lines().
  std::pair<size_t, size_t> TokensOfLine(size_t i) const { return tokens_.OfLine(i); }
  // The tokens of the folded span [b, e), those its bounds cut cut to it:
  // the words of a span, its fold already done ("DUPONT, Mme MARTIN" from
  // after the comma: "Mme", "MARTIN").
  std::vector<Token> TokensIn(size_t b, size_t e) const {
    return tokens_.In(folded_, b, e, RawOffset(b), RawOffset(e));
  }
  // A token as printed, and folded.
  std::string_view RawOf(const Token& t) const {
    return std::string_view(raw_).substr(t.raw_begin, t.raw_end - t.raw_begin);
  }
  std::string_view FoldedOf(const Token& t) const {
    return std::string_view(folded_).substr(t.begin, t.end - t.begin);
  }
  const std::string& blanked() const { return tokens_.blanked(); }
  // The blanked text of line `i` of lines() (the same bounds as FoldedLine).
  std::string_view BlankedLine(size_t i) const {
    return std::string_view(blanked()).substr(lines_[i].folded_begin,
                                              lines_[i].folded_end - lines_[i].folded_begin);
  }
  // Offset in folded() of line `i`'s first byte after its margin specks.
  size_t MarginEnd(size_t i) const { return tokens_.MarginEnd(i); }

  size_t RawOffset(size_t folded_offset) const;
  // Index into lines() of the line holding this offset (the last line when
  // past the end).
  size_t LineAtFolded(size_t folded_offset) const;
  size_t LineAtRaw(size_t raw_offset) const;

  // Evidence for a span: the page of its first line, the union of the boxes
  // of the words it touches on that page, the original text (newlines become
  // spaces) and the lowest confidence of those words.
  Evidence EvidenceForRaw(size_t begin, size_t end) const;
  Evidence EvidenceForFolded(size_t begin, size_t end) const;
  // Evidence for whole lines [first, last).
  Evidence EvidenceForLines(size_t first, size_t last) const;

 private:
  std::vector<PageText> pages_;
  std::string raw_;
  std::string folded_;
  std::vector<uint32_t> folded_to_raw_;
  std::vector<LineRef> lines_;
  TokenView tokens_;
};

}  // namespace delib
