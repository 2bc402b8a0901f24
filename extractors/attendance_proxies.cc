// Proxies written in prose: "X donne pouvoir à Y" and its variants.
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
#include "pipeline/text/lexicon.h"
#include "pipeline/text/tokens.h"

namespace delib {
namespace attendance_detail {

// "X ayant donné procuration à Y", "X donne pouvoir à Y", "X (pouvoir à Y)",
// "X (pouvoir Y)", "X représenté par Y"; in a proxies section also "X à Y",
// "X par Y" and "X (Y)". After "ayant
// donné" any one short word stands for "procuration", and "ayant" is known
// by its first two letters. An item may hold a line break.
bool ParseProxy(const DocText& doc, Span item, bool bare_a, ProxyParse* out) {
  static const RE2 kGave(
      "(?s)(.*?)\\s*[(,]?\\s*(?:(?:ay[a-z]{2,4}\\s+donne|a\\s+donne|qui\\s+a\\s+donne|donne|"
      "donnant)\\s+"
      "(?:pouvoir|procuration|delegation(?:\\s+de\\s+vote)?|mandat)|ay[a-z]{2,4}\\s+donne\\s+[a-z.,"
      "']{1,14})"
      "\\s+(?:de\\s+vote\\s+)?a\\s+(.+?)\\)?");
  // "X (pouvoir à Y)", the "à" left out too: "X (pouvoir M. Y)".
  static const RE2 kParen(
      "(?s)(.*?)\\s*\\(\\s*(?:pouvoir|procuration|delegation)\\s+(?:donnee?\\s+)?(?:a\\s+|au\\s+"
      "profit\\s+de\\s+)?(.+?)"
      "\\)");
  // The tail of "X, pouvoir à Y" once the comma has split it.
  static const RE2 kTail(
      "(?s)()(?:(?:ayant\\s+|a\\s+)?donne\\s+)?(?:pouvoir|procuration|delegation)\\s+(?:donnee?\\s+"
      ")?"
      "a\\s+(.+?)\\)?");
  static const RE2 kRepresented("(?s)(.*?)\\s*[(,]?\\s*represente" DELIB_PLURAL
                                "\\s+par\\s+(.+?)\\)?");
  static const RE2 kBare("(?s)(.*?)\\s+(?:a|au\\s+profit\\s+de|par|->|=>|>)\\s+(.+)");
  // Under a heading of pairs, the holder alone in brackets: "X (M. Y)".
  static const RE2 kBareParen("(?s)(.*?)\\s*\\(\\s*(.+?)\\s*\\)");
  // The "à" run into the holder's initial printed as a digit.
  static const RE2 kGlued("(?s)(.*?)\\s+a(\\d\\.\\s*[a-z].*)");
  // A mark after the "à"; the accent tells it from an initial "A.".
  static const RE2 kSpecked("(?s)(.*?)\\s+(a)[.,;:]\\s+(.+)");
  const std::string& f = doc.folded();
  re2::StringPiece text = Piece(f, item.b, item.e);
  re2::StringPiece m[4];
  for (const RE2* re :
       {&kTail, &kGave, &kParen, &kRepresented, bare_a ? &kBare : nullptr,
        bare_a ? &kGlued : nullptr, bare_a ? &kSpecked : nullptr, bare_a ? &kBareParen : nullptr}) {
    if (!re) continue;
    if (!re->Match(text, 0, text.size(), RE2::ANCHOR_BOTH, m, 4)) continue;
    if (re == &kBareParen) {
      const size_t tb = static_cast<size_t>(m[2].data() - f.data());
      if (!HoldsSurname(doc, tb, tb + m[2].size())) continue;
    }
    if (re == &kSpecked) {
      if (!GraveA(doc, m[2].data() - f.data())) continue;
      m[2] = m[3];
    }
    out->from = {static_cast<size_t>(m[1].data() - f.data()),
                 static_cast<size_t>(m[1].data() - f.data()) + m[1].size()};
    out->to = {static_cast<size_t>(m[2].data() - f.data()),
               static_cast<size_t>(m[2].data() - f.data()) + m[2].size()};
    TrimSpan(f, &out->from.b, &out->from.e);
    TrimSpan(f, &out->to.b, &out->to.e);
    if (re == &kTail) out->from = {item.b, item.b};
    return (re == &kTail || out->from.e > out->from.b) && out->to.e > out->to.b;
  }
  return false;
}

// The first item of a line that opens in lower case and ends with a name:
// the end of an item begun on the line above ("X\nreprésenté par Y").
bool EndsItemOfLineAbove(const DocText& doc, Span s) {
  static const RE2 kLead(
      "(?s)\\(?\\s*(?:a|au\\s+profit\\s+de|represente" DELIB_PLURAL
      "\\s+par|(?:ayant\\s+|qui\\s+a\\s+|a\\s+)?donne\\s+(?:pouvoir|procuration|delegation)"
      "\\s+a|(?:pouvoir|procuration)\\s+a)\\s+");
  re2::StringPiece text = Piece(doc.folded(), s.b, s.e);
  if (!RE2::Consume(&text, kLead)) return false;
  size_t rest_b = static_cast<size_t>(text.data() - doc.folded().data());
  return PlausibleName(ItemName(doc, {rest_b, s.e}));
}

// An item of a proxies list that reads as someone "à" something, with names
// that read as none: a proxy given, its pair unread.
bool LostProxy(const DocText& doc, Span s) {
  static const RE2 kA("(?s)[a-z].*\\sa\\s+\\S");
  re2::StringPiece text = Piece(doc.folded(), s.b, s.e);
  if (!RE2::PartialMatch(text, kA) && !PairMisread(text)) return false;
  // A person: a civility or a given name in lower case beside a surname in
  // capitals. A title in capitals ("AVENANT À LA CONVENTION …") is none.
  bool surname = false, person = false;
  for (const Token& t : doc.TokensIn(s.b, s.e)) {
    const std::string_view w = doc.RawOf(t);
    TokenShape sh = ShapeOf(w);
    std::string_view f = doc.FoldedOf(t);
    while (!f.empty() && f.back() == '.') f.remove_suffix(1);
    surname |= sh.letters >= 3 && sh.lower == 0;
    person |= IsCivility(f) || (sh.first_upper && sh.lower > 0 && sh.letters >= 3);
    // An initial, a bracket or a digit for its letter, before a surname.
    person |= w.size() == 2 &&
              ((w[1] == '.' && !std::ispunct(static_cast<unsigned char>(w[0])) && w[0] != ' ') ||
               w[0] == ']' ||
               (std::isdigit(static_cast<unsigned char>(w[0])) &&
                std::isalpha(static_cast<unsigned char>(w[1]))));
  }
  return surname && person;
}

}  // namespace attendance_detail
}  // namespace delib
