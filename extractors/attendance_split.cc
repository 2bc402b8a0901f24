// Cutting a list into items: where one name ends and the next begins.
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
#include "pipeline/text/token_view.h"
#include "pipeline/text/tokens.h"

namespace delib {
namespace attendance_detail {

// ---------------------------------------------------------------------------
// Small text helpers over the folded text of the document.

// Raw text of a folded span, newlines as spaces, trimmed.
std::string RawText(const DocText& doc, size_t fb, size_t fe) {
  size_t rb = doc.RawOffset(fb), re = doc.RawOffset(fe);
  if (re < rb) re = rb;
  std::string s = doc.raw().substr(rb, re - rb);
  for (char& c : s)
    if (c == '\n' || c == '\t') c = ' ';
  return s;
}

bool IsBlank(char c) { return c == ' ' || c == '\n' || c == '\t'; }

// Trims spaces, markdown emphasis and list punctuation (lexicon.h
// kItemEdgeChars) from a folded span.
// A closing bracket the span does not open ends the sentence around the list
// ("(07 Procurations : A, B et C) et 04 Absents"): trimmed too.
void TrimSpan(const std::string& f, size_t* b, size_t* e) {
  for (;;) {
    while (*b < *e && kItemEdgeChars.find(f[*b]) != std::string_view::npos) ++*b;
    while (*e > *b && kItemEdgeChars.find(f[*e - 1]) != std::string_view::npos) --*e;
    if (*e > *b && f[*e - 1] == ')' &&
        std::string_view(f.data() + *b, *e - *b).find('(') == std::string_view::npos) {
      --*e;
      continue;
    }
    return;
  }
}

bool ParseInt(std::string_view s, int* out) {
  if (s.empty() || s.size() > 6) return false;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *out = v;
  return true;
}

re2::StringPiece Piece(const std::string& s, size_t b, size_t e) {
  return re2::StringPiece(s.data() + b, e - b);
}

// The words of a span (tokens.h SplitSpaces), owned: spans are cut from
// temporaries.
std::vector<std::string> WordsOf(std::string_view s) {
  std::vector<std::string> out;
  for (std::string_view w : SplitSpaces(s)) out.emplace_back(w);
  return out;
}

bool PlausibleName(const std::string& name) { return LooksLikePersonName(name); }

bool ContainsLetter(const std::string& s) {
  for (char c : s)
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0xC3)
      return true;
  return false;
}

// Whether the folded "a" at `folded_pos` was printed "à" (the preposition
// of a pair), not "A" (an initial).
bool GraveA(const DocText& doc, size_t folded_pos) {
  return doc.raw().compare(doc.RawOffset(folded_pos), 2, "\xC3\xA0") == 0;
}

int AsciiLetters(const std::string& s) {
  int n = 0;
  for (char ch : s) n += std::isalpha(static_cast<unsigned char>(ch)) != 0;
  return n;
}

// Role words between or after names: "Maire", "Adjoints au Maire",
// "Conseillers délégués", "Conseillère municipale". Folded, trimmed.
bool IsRoleOnly(const std::string& folded_item) {
  static const RE2 kRole(
      "(?:(?:le|la|les|au|aux|du|de|des|et|en|charge|chargee|a|vice|1er|1ere|\\d+(?:e|eme|er|"
      "ere))"
      "(?:\\s+|$)|(?:l'|d')\\s*|(?:maires?|adjoint|conseill|deleg|municip|presiden|secretaire|"
      "membre|titulaire|"
      "suppleant|"
      "communautaire|departemental|regional|syndica|territorial|elu|questeur|rapporteur)[a-z()'-]*["
      "\\s.]*)+");
  static const RE2 kHasRole(
      "(?:maire|adjoint|conseill|deleg|municip|presiden|secretaire|membre|titulaire|suppleant|elu|"
      "questeur|rapporteur)");
  // Specks before it (its margin, token_view.h), or a word of two letters
  // after its period, are no words of a name.
  static const RE2 kCore("(.*?)(?:\\.\\s+[a-z]{1,2})?");
  const std::string_view unmarked = WithoutMargin(folded_item);
  std::string core;
  if (!RE2::FullMatch(re2::StringPiece(unmarked.data(), unmarked.size()), kCore, &core) ||
      core.empty())
    core = folded_item;
  return RE2::FullMatch(core, kRole) && RE2::PartialMatch(core, kHasRole);
}

// Does a folded span read as a complete name (holds a word in capitals)? Used
// to decide whether a line break separates two items.
bool HoldsSurname(const DocText& doc, size_t fb, size_t fe) {
  for (const Token& tok : doc.TokensIn(fb, fe)) {
    TokenShape sh = ShapeOf(doc.RawOf(tok));
    if (sh.letters >= 2 && sh.lower == 0) return true;
  }
  return false;
}

// Runs of words in capitals (two letters or more) in a span, each a surname
// ("Y. CAUWET mé CRÉPIN": 2).
int SurnameRuns(const DocText& doc, Span s) {
  int runs = 0;
  bool in_run = false;
  for (const Token& tok : doc.TokensIn(s.b, s.e)) {
    TokenShape sh = ShapeOf(doc.RawOf(tok));
    const bool caps = sh.letters >= 2 && sh.lower == 0;
    if (caps && !in_run) ++runs;
    in_run = caps;
  }
  return runs;
}

// The members an unread item of a present list stands for: its runs of
// capitals, or its initials when more.
int MembersInGarble(const DocText& doc, Span s) {
  int initials = 0;
  for (const Token& tok : doc.TokensIn(s.b, s.e)) {
    const std::string_view w = doc.RawOf(tok);
    TokenShape sh = ShapeOf(w);
    initials += sh.letters == 1 && sh.first_upper && w.back() == '.';
  }
  return std::max(SurnameRuns(doc, s), initials);
}

// Whether a span ends on a word that waits for more of the name: a particle
// ("Zohra DE", "Alain DU"), a civility or "à" ("X à Mme"), an initial after
// a name in title case ("JF Orsatelli J.").
bool EndsWaiting(const DocText& doc, size_t b, size_t e) {
  const std::vector<Token> words = doc.TokensIn(b, e);
  if (words.empty()) return false;
  const std::string_view last = doc.FoldedOf(words.back());
  if (last == "a" || last == "par" || IsNameParticle(last) || IsCivility(last)) return true;
  // "à" with a mark after it.
  const std::string_view printed = doc.RawOf(words.back());
  if (printed.size() == 3 && printed.compare(0, 2, "\xC3\xA0") == 0 &&
      std::strchr(".,;:", printed[2]) != nullptr)
    return true;
  // An initial after a name in title case ("JF Orsatelli J.\nOrsatelli"):
  // the next person's surname is on the next line. After a surname in
  // capitals it is that name's initial ("DUPONT J.").
  if (words.size() >= 2 && printed.size() == 2 && printed[1] == '.' &&
      std::isupper(static_cast<unsigned char>(printed[0]))) {
    const TokenShape before = ShapeOf(doc.RawOf(words[words.size() - 2]));
    return before.first_upper && before.lower > 0;
  }
  return false;
}

// "Ss.": an initial with its letter doubled in lower case (InitialFromDigit).
bool DoubledInitial(const std::string& w) {
  return w.size() == 3 && std::isupper(static_cast<unsigned char>(w[0])) &&
         w[1] == std::tolower(static_cast<unsigned char>(w[0])) && w[2] == '.';
}

// A span ending on a word of two letters or more and a period, not a
// civility, ends the item even without a surname ("Conseillers délégués."):
// the next line's name stands alone.
bool EndsSentence(const DocText& doc, size_t b, size_t e) {
  const std::vector<Token> words = doc.TokensIn(b, e);
  if (words.empty()) return false;
  const std::string last(doc.RawOf(words.back()));
  if (last.back() != '.') return false;
  TokenShape sh = ShapeOf(last);
  if (sh.letters < 2 || DoubledInitial(last)) return false;
  return !IsCivility(doc.FoldedOf(words.back()));
}

// An initial run into its surname ("F.RUSSO"): a name of its own, never the
// rest of the name on the line above.
bool InitialRunIntoSurname(std::string_view w) {
  return w.size() > 3 && w[1] == '.' && std::isalpha(static_cast<unsigned char>(w[0])) &&
         std::isalpha(static_cast<unsigned char>(w[2]));
}

// Whether the item [start, nl) that holds a surname goes on after the line
// break at `nl`: its last word is a particle ("Zohra DE\nWITTE", "Alain
// DU\nBUS"), a civility or "à" ("X à Mme\nY"), the next line opens in lower case ("É. DELASSUS\nà H
// GUISLAIN", "représenté par"), or the next line opens with capitals only up to the next separator,
// the rest of a compound surname ("Marie RUBIO\nCOQUEMPOT,"), not a name of
// its own ("N.VERDON\nF.RUSSO -").
bool ContinuesOnNextLine(const DocText& doc, size_t start, size_t nl, size_t e) {
  const std::string& f = doc.folded();
  auto printed = [&](const Token& t) { return doc.RawOf(t); };
  auto folded = [&](const Token& t) { return doc.FoldedOf(t); };
  const std::vector<Token> before = doc.TokensIn(start, nl);
  if (before.empty()) return false;
  if (EndsWaiting(doc, start, nl)) return true;
  size_t nb = nl + 1;
  // Marks at the line's start are no word.
  while (nb < e && (f[nb] == ' ' || f[nb] == ':' || f[nb] == '|' ||
                    ((f[nb] == '.' || f[nb] == '=' || f[nb] == '_' || f[nb] == '~') && nb + 1 < e &&
                     f[nb + 1] == ' ') ||
                    // Nor is a dash before the "à" of a pair.
                    (f[nb] == '-' && f.compare(nb + 1, 3, " a ") == 0 && nb + 4 <= e)))
    ++nb;
  if (nb >= e) return false;
  size_t ne = nb;
  while (ne < e && f[ne] != '\n' && f[ne] != ',' && f[ne] != ';' &&
         !(f[ne] == '-' && (IsBlank(f[ne - 1]) || ne + 1 >= e || IsBlank(f[ne + 1]))))
    ++ne;
  const std::vector<Token> after = doc.TokensIn(nb, ne);
  if (after.empty()) return false;
  TokenShape first = ShapeOf(printed(after[0]));
  if (first.letters > 0 && !first.first_upper) return folded(after[0]) != "et";
  // Capitals only, after an item that shows a given name or an initial.
  bool given = false;
  for (const Token& t : before) {
    const std::string_view w = printed(t);
    TokenShape sh = ShapeOf(w);
    if (sh.letters >= 1 && (sh.lower > 0 || sh.letters == 1)) given = true;
    // An initial printed as a mark the confusion table's initial scope reads
    // as a letter ("|." for I.); a digit before a period may be a number's.
    if (w.size() == 2 && w[1] == '.' && !std::isdigit(static_cast<unsigned char>(w[0])) &&
        ConfusionTable::Default().MeantFor(w[0], ConfusionScope::kInitial))
      given = true;
  }
  if (!given) return false;
  // "G RUBIO\nCOQUEMPOT à Y. ANNAERT": the giver's surname goes on before
  // the "à" of a proxy when the line above held no "à" of its own.
  {
    size_t k = 0;
    while (k < after.size() && folded(after[k]) != "a") ++k;
    bool before_has_a = false;
    for (const Token& t : before) before_has_a |= folded(t) == "a";
    if (k > 0 && k + 1 < after.size() && !before_has_a) {
      bool caps = true;
      for (size_t j = 0; j < k; ++j) {
        TokenShape sh = ShapeOf(printed(after[j]));
        caps &= sh.letters >= 2 && sh.lower == 0 && sh.digits == 0;
      }
      if (caps) return true;
    }
    // The holder's surname goes on over a line of one or two words in
    // capitals ("… à Anne\nDUPONT"); marks around them are no words.
    std::vector<Token> words;
    for (const Token& t : after)
      if (ShapeOf(printed(t)).letters > 0) words.push_back(t);
    // A lone "à" last, only marks after it, is no next pair: the holder's
    // surname ends the item.
    bool a_last = false;
    if (words.size() >= 2 && folded(words.back()) == "a" && k < after.size()) {
      bool rest_marks = true;
      for (size_t j = k + 1; j < after.size(); ++j)
        rest_marks &= ShapeOf(printed(after[j])).letters == 0;
      if (rest_marks && folded(after[k]) == "a") {
        words.pop_back();
        a_last = true;
      }
    }
    // A short word after it, not in capitals, is none.
    while (words.size() > 1 && ShapeOf(printed(words.back())).letters <= 2 &&
           ShapeOf(printed(words.back())).lower > 0)
      words.pop_back();
    if (before_has_a && (k == after.size() || a_last) && !words.empty() && words.size() <= 2 &&
        (ne >= e || f[ne] == '\n')) {
      bool caps = true;
      for (const Token& t : words) {
        TokenShape sh = ShapeOf(printed(t));
        caps &= sh.letters >= 3 && sh.lower == 0 && sh.digits == 0 &&
                !InitialRunIntoSurname(printed(t));
      }
      // A heading in capitals ("ABSENTS Le") opens the next list.
      static const RE2 kHeadingWord("(?:absent|present|excuse|pouvoir|procuration)s?");
      const std::string_view heading = folded(words[0]);
      if (caps && words.size() == 1 &&
          RE2::FullMatch(re2::StringPiece(heading.data(), heading.size()), kHeadingWord))
        caps = false;
      if (caps && !IsRoleOnly(Fold(RawText(doc, nb, ne)))) return true;
    }
  }
  // The rest of the line must end the item: a separator or the span's end.
  if (ne < e && f[ne] == '\n') {
    size_t k = ne;
    while (k > nb && (f[k - 1] == ' ')) --k;
    if (k == nb || f[k - 1] != '.') return false;
  }
  for (const Token& t : after) {
    std::string_view w = printed(t), w_folded = folded(t);
    while (!w.empty() && (w.back() == '.' || w.back() == ')')) w.remove_suffix(1);
    while (!w_folded.empty() && (w_folded.back() == '.' || w_folded.back() == ')'))
      w_folded.remove_suffix(1);
    TokenShape sh = ShapeOf(w);
    if (sh.letters < 2 || sh.lower > 0 || sh.digits > 0) return false;
    if (IsCivility(w_folded)) return false;
    if (InitialRunIntoSurname(w)) return false;
  }
  return true;
}

// Whether the hyphen at `h`, followed by a space or a line break, is one inside a compound
// name: between a surname in capitals and a lone word in capitals up to the
// next separator, or between two capitalised given names ("Marie- Hélène").
// A dash ending a name before the next one joins neither.
bool HyphenSpaceJoins(const DocText& doc, size_t b, size_t h, size_t e) {
  const std::string& f = doc.folded();
  size_t ws = h;
  while (ws > b && !IsBlank(f[ws - 1]) && f[ws - 1] != ',' && f[ws - 1] != ';') --ws;
  size_t as = h + 1;
  while (as < e && (f[as] == ' ' || f[as] == '\n')) ++as;
  size_t ae = as;
  while (ae < e && !IsBlank(f[ae]) && f[ae] != ',' && f[ae] != ';' && f[ae] != '-') ++ae;
  if (ws == h || ae == as) return false;
  TokenShape before = ShapeOf(RawText(doc, ws, h));
  std::string after_raw = RawText(doc, as, ae);
  while (!after_raw.empty() && after_raw.back() == '.') after_raw.pop_back();
  TokenShape after = ShapeOf(after_raw);
  auto caps = [](const TokenShape& t) { return t.letters >= 2 && t.lower == 0 && t.digits == 0; };
  auto given = [](const TokenShape& t) {
    return t.letters >= 2 && t.first_upper && t.upper == 1 && t.lower + 1 == t.letters &&
           t.digits == 0;
  };
  if (given(before) && given(after)) return true;
  if (!caps(before) || !caps(after)) return false;
  size_t k = ae;
  while (k < e && f[k] == ' ') ++k;
  // ... or the " - " between names of an initials list ("K. HINGREZ- CÉRÉDA - D. …").
  return k >= e || f[k] == ',' || f[k] == ';' || f[k] == '\n' || f[k] == '.' ||
         (k > ae && f[k] == '-' && (k + 1 >= e || IsBlank(f[k + 1])));
}

// Whether the period at `p` separates two names like a comma: after a
// surname in capitals, before a capitalised given name on the same line
// ("Anne DUPONT. Marie MARTIN"). A civility's or a title's period is not one.
bool PeriodEndsName(const DocText& doc, size_t b, size_t p, size_t e) {
  const std::string& f = doc.folded();
  size_t ws = p;
  while (ws > b && !IsBlank(f[ws - 1]) && f[ws - 1] != ',' && f[ws - 1] != ';') --ws;
  if (p + 1 >= e || f[p + 1] != ' ') return false;
  size_t as = p + 1;
  while (as < e && f[as] == ' ') ++as;
  size_t ae = as;
  while (ae < e && !IsBlank(f[ae]) && f[ae] != ',' && f[ae] != ';') ++ae;
  if (ws == p || ae == as) return false;
  const std::string word = Fold(RawText(doc, ws, p));
  if (IsCivility(word) || IsTitle(word) || word == "st" || word == "ste") return false;
  TokenShape before = ShapeOf(RawText(doc, ws, p));
  TokenShape after = ShapeOf(RawText(doc, as, ae));
  return before.letters >= 3 && before.lower == 0 && before.digits == 0 && after.letters >= 2 &&
         after.first_upper && after.lower > 0 && after.digits == 0;
}

// Splits a folded span into items at ',', ';', " - ", " et ", and at line
// breaks that follow a complete name (a name wrapped over two lines stays
// one item; a word cut by a hyphen at the end of a line too).
std::vector<Span> SplitItems(const DocText& doc, size_t b, size_t e) {
  const std::string& f = doc.folded();
  std::vector<Span> out;
  size_t start = b;
  int depth = 0;
  auto cut = [&](size_t at, size_t next) {
    size_t ib = start, ie = at;
    TrimSpan(f, &ib, &ie);
    if (ie > ib) out.push_back({ib, ie});
    start = next;
  };
  for (size_t i = b; i < e; ++i) {
    char c = f[i];
    // A parenthesis that nothing closes within 120 characters opens no aside.
    if (c == '(') {
      const auto from = f.begin() + i, to = f.begin() + std::min(e, i + 121);
      depth += std::find(from, to, ')') != to;
    }
    if (c == ')' && depth > 0) --depth;
    if (depth > 0 && c != '\n') continue;
    if (c == ',' || c == ';') {
      // An initial's period printed as a comma or a semicolon does not cut:
      // a capital alone since the last cut or after "à", a name in capitals
      // after it ("J, DUPONT").
      if (i > start && i + 2 < e && f[i + 1] == ' ') {
        size_t ib = start, ie = i;
        TrimSpan(f, &ib, &ie);
        while (ib < ie && (f[ib] == '-' || IsBlank(f[ib]))) ++ib;
        const std::string raw = RawText(doc, ib, ie);
        TokenShape after = ShapeOf(RawText(doc, i + 2, std::min(e, i + 6)));
        // Or the holder's initial after "à" ("M. HONORÉ à K; PASSEBOSC").
        const bool holder_initial = ie >= ib + 4 && f.compare(ie - 4, 3, " a ") == 0 &&
                                    !raw.empty() &&
                                    std::isupper(static_cast<unsigned char>(raw.back())) &&
                                    (raw.size() < 2 || raw[raw.size() - 2] == ' ');
        if (((ie == ib + 1 && raw.size() == 1 &&
              std::isupper(static_cast<unsigned char>(raw[0]))) ||
             holder_initial) &&
            after.letters >= 2 && after.lower == 0)
          continue;
      }
      cut(i, i + 1);
    } else if (c == '.' && PeriodEndsName(doc, b, i, e)) {
      cut(i, i + 1);
    } else if (c == ':' && i > start && f[i - 1] == ' ' && i + 2 < e && f[i + 1] == ' ' &&
               HoldsSurname(doc, start, i) && std::isalpha(static_cast<unsigned char>(f[i + 2]))) {
      // A colon between two names separates them; a name holds no colon.
      cut(i, i + 1);
    } else if (c == ':' && i > start && IsRoleOnly(Fold(RawText(doc, start, i)))) {
      // Role words before a colon head the names after it, a sub-heading of
      // the list ("Titulaires :", "Délégués suppléants :"): an item of their own.
      cut(i, i + 1);
    } else if (c == '-') {
      // A run of dashes separates names when it has a blank on one side or is
      // longer than one ("A - B", "A -B", "A -— B"); a single dash between
      // letters joins a compound name.
      size_t run_end = i;
      while (run_end < e && f[run_end] == '-') ++run_end;
      bool blank_before = i == b || IsBlank(f[i - 1]);
      bool blank_after = run_end >= e || IsBlank(f[run_end]);
      // One hyphen printed twice around a space joins ("Jean- -Claude").
      if (!blank_before && run_end == i + 1 && blank_after) {
        size_t k = run_end;
        while (k < e && f[k] == ' ') ++k;
        if (k + 1 < e && k > run_end && f[k] == '-' &&
            std::isalpha(static_cast<unsigned char>(f[k + 1])) &&
            std::isalpha(static_cast<unsigned char>(f[i - 1]))) {
          i = k;
          continue;
        }
      }
      // A dash before the "à" of a pair does not cut: no name opens with "à".
      {
        size_t k = run_end;
        while (k < e && f[k] == ' ') ++k;
        if (blank_before && k > run_end && k + 1 < e && f[k] == 'a' && f[k + 1] == ' ' &&
            GraveA(doc, k)) {
          i = run_end - 1;
          continue;
        }
      }
      // One hyphen inside a compound name, a space or the line's end after
      // it ("HINGREZ- CÉRÉDA", "PITOIS-\nBLESTEAU").
      if (!blank_before && run_end == i + 1 && run_end < e &&
          (f[run_end] == ' ' || f[run_end] == '\n') && HyphenSpaceJoins(doc, b, i, e))
        continue;
      if (run_end - i >= 2 || blank_before || blank_after) {
        if (!(blank_before && !blank_after && run_end < e && f[run_end] == '\n')) cut(i, run_end);
        i = run_end - 1;
      }
    } else if (c == 'e' && i > b && IsBlank(f[i - 1]) && i + 2 < e && f[i + 1] == 't' &&
               IsBlank(f[i + 2])) {
      cut(i, i + 2);
    } else if (c == '+' && i > b && IsBlank(f[i - 1]) && i + 1 < e && IsBlank(f[i + 1]) &&
               HoldsSurname(doc, start, i)) {
      // A "+" between two names separates them like a dash.
      cut(i, i + 1);
    } else if (c == '\n') {
      depth = 0;
      size_t pe = i;
      while (pe > start && f[pe - 1] == ' ') --pe;
      if (pe > start && f[pe - 1] == '-') continue;  // hyphenated word wrap
      if ((HoldsSurname(doc, start, i) && !ContinuesOnNextLine(doc, start, i, e)) ||
          EndsSentence(doc, start, i))
        cut(i, i + 1);
    }
  }
  cut(e, e);
  return out;
}

}  // namespace attendance_detail
}  // namespace delib
