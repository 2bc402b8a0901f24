// Reading one item of a list: a name, a proxy, a role, a number.
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "extractors/attendance_internal.h"
#include "extractors/names.h"
#include "pipeline/base/fold.h"
#include "pipeline/text/confusions.h"
#include "pipeline/text/lexicon.h"
#include "pipeline/text/tokens.h"

namespace delib {
namespace attendance_detail {

// An initial printed as a digit (a lone digit before a period, or before a
// name in capitals, at the start of a name) is the letter the confusion
// table's initial scope says; a capital doubled in lower case before the
// period is that initial.
std::string InitialFromDigit(std::string raw) {
  if (raw.size() >= 3 && std::isdigit(static_cast<unsigned char>(raw[0])) &&
      (raw[1] == '.' || (raw[1] == ' ' && std::isupper(static_cast<unsigned char>(raw[2])))) &&
      (raw[1] == ' ' || raw[2] == ' ')) {
    const char letter = ConfusionTable::Default().MeantFor(raw[0], ConfusionScope::kInitial);
    if (letter) raw[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(letter)));
  }
  if (raw.size() >= 4 && DoubledInitial(raw.substr(0, 3)) && raw[3] == ' ') raw.erase(1, 1);
  return raw;
}

// A period after a surname in capitals ends the name: what follows it on
// the item is no part of it ("Anne DUPONT. Fe" is Anne DUPONT).
std::string CutAfterSentenceEnd(const std::string& raw) {
  std::vector<std::string> words = WordsOf(raw);
  std::string out;
  for (size_t k = 0; k < words.size(); ++k) {
    out += (out.empty() ? "" : " ") + words[k];
    const std::string& w = words[k];
    if (k + 1 == words.size() || w.size() < 3 || w.back() != '.') continue;
    TokenShape sh = ShapeOf(w);
    std::string fw = Fold(w);
    // Initials joined by periods or hyphens ("J.P.", "J.-P.") end no sentence.
    bool initials = true;
    for (size_t i = 0; i < w.size() && initials; ++i)
      initials = std::isalpha(static_cast<unsigned char>(w[i]))
                     ? (i + 1 < w.size() && (w[i + 1] == '.' || w[i + 1] == '-'))
                     : (w[i] == '.' || w[i] == '-');
    if (sh.letters >= 2 && sh.lower == 0 && !IsCivility(fw) && !initials) {
      out.pop_back();
      return out;
    }
  }
  return raw;
}

// Marks that never belong to a name (lexicon.h kNotInNameChars) are
// dropped, spaces collapsed.
std::string DropNoiseMarks(const std::string& raw) {
  std::string out;
  for (char c : raw) {
    if (IsNotInNameChar(c)) continue;
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Short lower-case words before a capitalised word open no name and are
// dropped; name particles (lexicon.h) are kept.
std::string DropLeadingSpecks(const std::string& name) {
  std::vector<std::string> words = WordsOf(name);
  size_t k = 0;
  while (k + 1 < words.size()) {
    TokenShape sh = ShapeOf(words[k]);
    TokenShape next = ShapeOf(words[k + 1]);
    if (sh.letters == 0 || sh.letters > 3 || sh.upper > 0 || sh.digits > 0 || !next.first_upper)
      break;
    if (IsNameParticle(Fold(words[k]))) break;
    ++k;
  }
  if (k == 0) return name;
  std::string out;
  for (size_t i = k; i < words.size(); ++i) out += (out.empty() ? "" : " ") + words[i];
  return out;
}

// Up to two short lower-case words after a surname in capitals end no name
// and are dropped ("Anne DUPONT ee" is Anne DUPONT); a particle is kept.
std::string DropTrailingSpeck(const std::string& name) {
  std::vector<std::string> words = WordsOf(name);
  // Up to two such words ("I LEPLAT ee it"), after a surname in capitals.
  size_t keep = words.size();
  while (keep >= 2 && words.size() - keep < 2) {
    TokenShape last = ShapeOf(words[keep - 1]);
    const std::string f = Fold(words[keep - 1]);
    // After a surname alone (a holder's wrapped to its own line, "FLAMENT
    // ee"): one or two lower-case letters only, no particle.
    if (keep == 2) {
      const TokenShape first = ShapeOf(words[0]);
      if (last.letters > 2 || last.upper > 0 || first.letters < 3 || first.lower > 0 ||
          IsNameParticle(f))
        break;
    }
    // So is a capitalised word of two letters last: no particle follows the
    // surname.
    const bool capitalised_speck = keep == words.size() && last.letters <= 2 && last.upper == 1 &&
                                   last.first_upper && last.lower + 1 == last.letters;
    if (last.letters == 0 || last.letters > 3 || (last.upper > 0 && !capitalised_speck) ||
        last.digits > 0 || (!capitalised_speck && IsNameParticle(f)))
      break;
    --keep;
  }
  if (keep == words.size()) return name;
  TokenShape surname = ShapeOf(words[keep - 1]);
  if (surname.letters < 2 || surname.lower > 0) return name;
  std::string out;
  for (size_t k = 0; k < keep; ++k) out += (k ? " " : "") + words[k];
  return out;
}

std::string WithoutFunction(std::string name) {
  for (size_t sp = name.rfind(' '); sp != std::string::npos && sp > 0; sp = name.rfind(' ')) {
    std::string last = Fold(name.substr(sp + 1));
    while (!last.empty() && (last.back() == '.' || last.back() == ',')) last.pop_back();
    if (!InClass(last, WordClass::kFunction)) break;
    name.resize(sp);
    while (!name.empty() && (name.back() == ' ' || name.back() == ',')) name.pop_back();
  }
  return name;
}

std::string ItemName(const DocText& doc, Span s) {
  std::string raw = InitialFromDigit(DropNoiseMarks(RawText(doc, s.b, s.e)));
  // An initial's period printed as a comma or a semicolon (SplitItems kept
  // them one item) is the period.
  if (raw.size() >= 4 && std::isupper(static_cast<unsigned char>(raw[0])) &&
      (raw[1] == ',' || raw[1] == ';') && raw[2] == ' ' &&
      std::isupper(static_cast<unsigned char>(raw[3])))
    raw[1] = '.';
  // A lone "à" after the name, its holder lost: the name is the item.
  for (const char* tail : {" \xC3\xA0", " a"}) {
    size_t n = std::strlen(tail);
    while (!raw.empty() && raw.back() == ' ') raw.pop_back();
    if (raw.size() > n && raw.compare(raw.size() - n, n, tail) == 0) raw.resize(raw.size() - n);
  }
  // The "à" of a proxy read twice ("OUAGUEF à à M. Fabrice CRÉPIN"): the
  // holder is the name after it. An initial is a capital, never this word.
  for (const char* head : {"\xC3\xA0 ", "a "})
    while (raw.size() > std::strlen(head) && raw.compare(0, std::strlen(head), head) == 0)
      raw.erase(0, raw.find_first_not_of(' ', std::strlen(head)));
  size_t paren = raw.find('(');
  if (paren != std::string::npos && paren > 0) raw = raw.substr(0, paren);
  std::string name = DropLeadingSpecks(StripCivility(CutAfterSentenceEnd(raw)));
  name = DropTrailingSpeck(name);
  while (!name.empty() && name.back() == ' ') name.pop_back();
  return name;
}

// Two persons in one folded item, the "à" between them lost to a short word
// or a sign: a civility opens each, or two initials and surnames.
bool PairMisread(re2::StringPiece folded) {
  static const RE2 kTwoCivilities(
      "(?s)^(?:m\\.|mme|mlle|monsieur|madame)\\s+\\S.*\\s\\S{1,3}\\s+"
      "(?:m\\.|mme|mlle|monsieur|madame)\\s+\\S");
  static const RE2 kTwoInitials(
      "(?s)^[a-z]\\.?\\s+[a-z'-]{3,}(?:\\s+[a-z'-]{3,})?\\s+\\S{1,2}\\s+[a-z]\\.?\\s+[a-z'-]{3,}");
  return RE2::PartialMatch(folded, kTwoCivilities) || RE2::PartialMatch(folded, kTwoInitials);
}

Item ReadItem(const DocText& doc, Span s, bool bare_a) {
  Item it;
  it.span = s;
  const std::string& f = doc.folded();
  std::string folded = f.substr(s.b, s.e - s.b);
  for (char& c : folded)
    if (c == '\n') c = ' ';
  int n = 0;
  if (ParseInt(folded, &n)) {
    it.kind = ItemKind::kNumber;
    it.number = n;
    return it;
  }
  if (IsRoleOnly(folded)) {
    it.kind = ItemKind::kRole;
    return it;
  }
  ProxyParse p;
  if (ParseProxy(doc, s, bare_a, &p)) {
    std::string to = ItemName(doc, p.to);
    if (p.from.e == p.from.b) {
      if (PlausibleName(to)) {
        it.kind = ItemKind::kProxyTail;
        it.to = to;
        it.to_span = p.to;
      }
      return it;
    }
    std::string from = ItemName(doc, p.from);
    if (PlausibleName(from) && PlausibleName(to)) {
      it.kind = ItemKind::kProxy;
      it.name = from;
      it.to = to;
      it.from_span = p.from;
      it.to_span = p.to;
      return it;
    }
  }
  // In a proxies list, a pair whose "à" OCR misread: no name.
  if (bare_a && PairMisread(folded)) return it;
  std::string name = ItemName(doc, s);
  if (PlausibleName(name)) {
    it.kind = ItemKind::kName;
    it.name = name;
  }
  return it;
}

}  // namespace attendance_detail
}  // namespace delib
