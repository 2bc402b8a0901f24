#include "pipeline/base/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace delib {
namespace {

// Maps one code point to its folded ASCII-or-UTF-8 form.
void FoldCodePoint(UChar32 c, std::string* out) {
  switch (c) {
    case 0x0152: case 0x0153: *out += "oe"; return;  // Œ œ
    case 0x00C6: case 0x00E6: *out += "ae"; return;  // Æ æ
    case 0x00DF: *out += "ss"; return;
    case 0x2018: case 0x2019: case 0x201B: case 0x02BC: case 0x00B4: case 0x0060:
      *out += '\''; return;
    case 0x00AB: case 0x00BB: case 0x201C: case 0x201D: case 0x201E:
      *out += '"'; return;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      *out += '-'; return;
    case 0x00A0: case 0x202F: case 0x2007: case 0x2009: case 0x0009:
      *out += ' '; return;
    case 0x2026: *out += "..."; return;
    case 0x00B0: *out += 'o'; return;  // n° -> no, 1° -> 1o
    case 0x00BA: *out += 'o'; return;
    case 0x00AA: *out += 'a'; return;
    case 0xFB01: *out += "fi"; return;
    case 0xFB02: *out += "fl"; return;
    default: break;
  }
  if (c < 0x80) {
    *out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return;
  }
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(err);
  icu::UnicodeString decomposed;
  if (U_SUCCESS(err) && nfd->getDecomposition(c, decomposed)) {
    for (int32_t i = 0; i < decomposed.length();) {
      UChar32 d = decomposed.char32At(i);
      i += U16_LENGTH(d);
      if (u_charType(d) == U_NON_SPACING_MARK) continue;
      FoldCodePoint(d, out);
    }
    return;
  }
  if (u_charType(c) == U_NON_SPACING_MARK) return;
  UChar32 lower = u_tolower(c);
  char buf[4];
  int32_t len = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, 4, lower, error);
  if (!error) out->append(buf, len);
}

}  // namespace

std::string Fold(std::string_view raw, std::vector<uint32_t>* to_raw) {
  std::string out;
  out.reserve(raw.size());
  if (to_raw) {
    to_raw->clear();
    to_raw->reserve(raw.size() + 1);
  }
  const auto* s = reinterpret_cast<const uint8_t*>(raw.data());
  int32_t n = static_cast<int32_t>(raw.size());
  for (int32_t i = 0; i < n;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) c = 0xFFFD;
    size_t before = out.size();
    FoldCodePoint(c, &out);
    if (to_raw) to_raw->insert(to_raw->end(), out.size() - before, static_cast<uint32_t>(start));
  }
  if (to_raw) to_raw->push_back(static_cast<uint32_t>(raw.size()));
  return out;
}

}  // namespace delib
