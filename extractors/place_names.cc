#include "extractors/place_names.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "pipeline/text/lexicon.h"

namespace delib {

namespace {
constexpr int kMaxNameWords = 5;
}  // namespace

bool StartsUpper(const DocText& doc, size_t folded_offset) {
  size_t rb = doc.RawOffset(folded_offset);
  if (rb >= doc.raw().size()) return false;
  UChar32 ch;
  int32_t k = static_cast<int32_t>(rb);
  U8_NEXT(doc.raw().data(), k, static_cast<int32_t>(doc.raw().size()), ch);
  return u_isupper(ch);
}

bool IsParticle(const std::string& folded_word) {
  if (InClass(folded_word, WordClass::kPlaceParticle)) return true;
  return folded_word.size() > 2 && folded_word[1] == '\'' &&
         (folded_word[0] == 'd' || folded_word[0] == 'l');
}

std::vector<size_t> PlaceNameEnds(const DocText& doc, size_t start, size_t limit) {
  const std::string& f = doc.folded();
  std::vector<size_t> ends;
  if (start >= limit || !StartsUpper(doc, start)) return ends;
  size_t i = start;
  for (int words = 0; words < kMaxNameWords && i < limit && f[i] != '\n'; ++words) {
    size_t j = i;
    while (j < limit && f[j] != ' ' && f[j] != '\n' && f[j] != ',' && f[j] != '.' && f[j] != ';' &&
           f[j] != ':' && f[j] != '*' && f[j] != '"' && f[j] != ')' && f[j] != '(')
      ++j;
    if (j == i) break;
    const std::string word = f.substr(i, j - i);
    const bool elided = j - i > 2 && f[i + 1] == '\'' && IsParticle(word);
    if (StartsUpper(doc, i) || (elided && StartsUpper(doc, i + 2))) {
      ends.push_back(j);
    } else if (!IsParticle(word)) {
      break;
    }
    if (j >= limit || f[j] != ' ') break;
    i = j + 1;
  }
  return ends;
}

}  // namespace delib
