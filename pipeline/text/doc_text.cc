#include "pipeline/text/doc_text.h"

#include <algorithm>

#include "pipeline/base/fold.h"

namespace delib {

DocText::DocText(std::vector<PageText> pages) : pages_(std::move(pages)) {
  for (const PageText& page : pages_) {
    for (const Line& line : page.lines) {
      LineRef ref;
      ref.page = page.number;
      ref.raw_begin = raw_.size();
      raw_ += line.Text();
      ref.raw_end = raw_.size();
      raw_ += '\n';
      ref.line = &line;
      lines_.push_back(ref);
    }
  }
  folded_ = Fold(raw_, &folded_to_raw_);
  // Folded offsets of line bounds: the first folded byte mapping at or after
  // the raw offset.
  for (LineRef& ref : lines_) {
    ref.folded_begin = std::lower_bound(folded_to_raw_.begin(), folded_to_raw_.end() - 1,
                                        static_cast<uint32_t>(ref.raw_begin)) -
                       folded_to_raw_.begin();
    ref.folded_end = std::lower_bound(folded_to_raw_.begin(), folded_to_raw_.end() - 1,
                                      static_cast<uint32_t>(ref.raw_end)) -
                     folded_to_raw_.begin();
  }
  std::vector<TokenView::LineInput> token_lines;
  token_lines.reserve(lines_.size());
  for (const LineRef& ref : lines_) {
    TokenView::LineInput in;
    in.begin = ref.folded_begin;
    in.end = ref.folded_end;
    in.raw_begin = ref.raw_begin;
    in.raw_end = ref.raw_end;
    // Words are joined by one space (Line::Text).
    size_t off = ref.raw_begin;
    for (const Word& w : ref.line->words) {
      in.word_confidences.emplace_back(off, w.conf);
      off += w.text.size() + 1;
    }
    token_lines.push_back(std::move(in));
  }
  tokens_ = TokenView(raw_, folded_, folded_to_raw_, token_lines);
}

size_t DocText::RawOffset(size_t folded_offset) const {
  if (folded_offset >= folded_to_raw_.size()) return raw_.size();
  return folded_to_raw_[folded_offset];
}

size_t DocText::LineAtRaw(size_t raw_offset) const {
  if (lines_.empty()) return 0;
  auto it = std::upper_bound(lines_.begin(), lines_.end(), raw_offset,
                             [](size_t off, const LineRef& l) { return off < l.raw_begin; });
  if (it == lines_.begin()) return 0;
  return static_cast<size_t>(it - lines_.begin()) - 1;
}

size_t DocText::LineAtFolded(size_t folded_offset) const {
  return LineAtRaw(RawOffset(folded_offset));
}

Evidence DocText::EvidenceForRaw(size_t begin, size_t end) const {
  Evidence ev;
  if (lines_.empty() || begin >= raw_.size()) return ev;
  end = std::min(end, raw_.size());
  if (end < begin) end = begin;
  ev.text = raw_.substr(begin, end - begin);
  for (char& c : ev.text)
    if (c == '\n') c = ' ';
  while (!ev.text.empty() && ev.text.back() == ' ') ev.text.pop_back();
  while (!ev.text.empty() && ev.text.front() == ' ') ev.text.erase(0, 1);
  size_t first = LineAtRaw(begin);
  size_t last = LineAtRaw(end > begin ? end - 1 : begin);
  ev.page = lines_[first].page;
  double conf = 1.0;
  for (size_t i = first; i <= last && i < lines_.size(); ++i) {
    const LineRef& ref = lines_[i];
    if (ref.page != ev.page) break;
    // Walk the words of the line with their offsets (joined by one space).
    size_t off = ref.raw_begin;
    for (const Word& w : ref.line->words) {
      size_t wb = off, we = off + w.text.size();
      off = we + 1;
      if (we <= begin || wb >= end) continue;
      ev.box.Extend(w.box);
      conf = std::min(conf, static_cast<double>(w.conf));
    }
  }
  ev.confidence = conf;
  return ev;
}

Evidence DocText::EvidenceForFolded(size_t begin, size_t end) const {
  return EvidenceForRaw(RawOffset(begin), RawOffset(end));
}

Evidence DocText::EvidenceForLines(size_t first, size_t last) const {
  if (first >= lines_.size() || last <= first) return {};
  last = std::min(last, lines_.size());
  return EvidenceForRaw(lines_[first].raw_begin, lines_[last - 1].raw_end);
}

}  // namespace delib
