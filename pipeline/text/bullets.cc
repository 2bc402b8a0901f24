#include "pipeline/text/bullets.h"

#include <cctype>

#include "pipeline/text/lexicon.h"
#include "pipeline/text/tokens.h"

namespace delib {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// A dash, and the signs a scan gives for one at the head of a list line.
bool DashLike(char c) { return c == '-' || c == '=' || c == '<' || c == '~' || c == '_'; }

// A dash at `*i`, or a run of dash-like characters OCR read for one: moves
// `*i` past it; `*odd` when it is not a plain dash.
bool DashBullet(std::string_view f, size_t* i, bool* odd) {
  const size_t e = f.size();
  size_t j = *i;
  while (j < e && j - *i < 3 && DashLike(f[j])) ++j;
  // A dash, maybe with underscores from the rule under it, may touch the
  // name; another sign is set apart by a space.
  *odd = f[*i] != '-' || f.find_first_not_of("-_", *i) < j;
  if (*odd && (j >= e || DashLike(f[j]) || !IsSpace(f[j]))) return false;
  // A speck before the real dash is no part of the name.
  size_t k = j;
  while (k < e && IsSpace(f[k])) ++k;
  *i = (k + 1 < e && f[k] == '-' && IsSpace(f[k + 1])) ? k + 1 : j;
  return true;
}

}  // namespace

std::optional<Bullet> ReadBullet(std::string_view f, bool accept_misread) {
  const size_t e = f.size();
  size_t i = 0;
  while (i < e && IsSpace(f[i])) ++i;
  // A speck before the bullet (IsSpeck) is skipped.
  size_t speck = i;
  while (speck < e && !IsSpace(f[speck])) ++speck;
  if (speck > i && speck + 1 < e && f[i] != '-' && f[i] != '*' && IsSpeck(f.substr(i, speck - i))) {
    size_t j = speck;
    while (j < e && IsSpace(f[j])) ++j;
    if (j < e && (f[j] == '-' || f[j] == '*')) i = j;
  }
  if (i >= e) return std::nullopt;
  Bullet out;
  if (f[i] == '*') {
    ++i;
  } else if (f.compare(i, 3, "\xE2\x80\xA2") == 0) {  // bullet kept by Fold
    i += 3;
  } else if (DashLike(f[i]) && DashBullet(f, &i, &out.misread)) {
    // past the dash
  } else if (accept_misread) {
    size_t j = i, marks = 0;
    // A word of one or two letters and a period.
    if (i + 3 < e && std::isalpha(static_cast<unsigned char>(f[i]))) {
      size_t k = i;
      while (k < e && k - i < 2 && std::isalpha(static_cast<unsigned char>(f[k]))) ++k;
      if (k + 1 < e && f[k] == '.' && IsSpace(f[k + 1])) j = k + 1, marks = 1;
    }
    while (j < e && marks <= 4 && (IsSpace(f[j]) || IsSpeckChar(f[j]))) {
      if (!IsSpace(f[j])) ++marks;
      ++j;
    }
    if (marks == 0 || marks > 4 || j >= e || j == i || !IsSpace(f[j - 1])) return std::nullopt;
    out.misread = true;
    i = j;
  } else {
    return std::nullopt;
  }
  out.after = i;
  return out;
}

std::optional<std::pair<size_t, size_t>> LooseBulletItem(std::string_view line) {
  size_t b = 0, e = line.size();
  while (b < e && line[b] == ' ') ++b;
  const size_t bullet = b;
  while (b < e && (line[b] == ' ' || IsSpeckChar(line[b]))) ++b;
  if (b == bullet && b + 1 < e && line[b + 1] == ' ' &&
      !std::isalpha(static_cast<unsigned char>(line[b])))
    b += 2;
  if (b == bullet) return std::nullopt;
  while (b < e && line[b] == ' ') ++b;
  while (e > b && (line[e - 1] == ' ' || IsSpeckChar(line[e - 1]))) --e;
  return std::make_pair(b, e);
}

bool SpeckLine(std::string_view line) {
  size_t marks = 0;
  for (char c : line)
    if (!IsSpace(c)) {
      if (std::isdigit(static_cast<unsigned char>(c)) || ++marks > 2) return false;
    }
  return true;
}

}  // namespace delib
