#include "extractors/attendance.h"

#include <cctype>
#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "extractors/extract.h"
#include "extractors/names.h"
#include "pipeline/base/fold.h"

namespace delib {
namespace {

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

// Trims spaces, markdown emphasis and list punctuation from a folded span.
void TrimSpan(const std::string& f, size_t* b, size_t* e) {
  static const std::string kJunk = " \t\n*_,;:-";
  while (*b < *e && kJunk.find(f[*b]) != std::string::npos) ++*b;
  while (*e > *b && kJunk.find(f[*e - 1]) != std::string::npos) --*e;
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

// ---------------------------------------------------------------------------
// Headings of prose lists.

enum class Section { kPresent, kExcused, kAbsent, kNonVoting, kExcusedNonVoting, kProxies };

struct HeadingRule {
  std::string keyword;  // RE2 over folded text
  Section section;
  bool gives_proxy;  // members listed under it give a proxy
};

// Plural/gender marks: "présent(e)s", "excusé(s)", "absentes"; OCR may set a
// space or a speck before the "s" ("ABSENT S EXCUSES", "ABSENT. S EXCUSES").
#define PL "(?:\\.? ?s|e|es|\\(e?s?\\)|\\(es\\))?"

// Most specific first: the first rule matching at a position wins. OCR may
// split "EXCUSES" ("EXC USES"): a space is allowed inside it.
const std::vector<HeadingRule>& HeadingRules() {
  static const auto* rules = new std::vector<HeadingRule>{
      {"assist(?:ai(?:en)?t|ants?)" PL
       "\\s+(?:egalement\\s+)?(?:a\\s+la\\s+seance\\s+)?sans\\s+voix\\s+deliberative",
       Section::kNonVoting, false},
      {"exc\\s?use" PL "\\s+sans\\s+voix\\s+deliberative", Section::kExcusedNonVoting, false},
      // "Assistaient également à la séance :" staff and guests, no vote.
      {"assist(?:ai(?:en)?t|ants?)" PL "\\s+(?:egalement|aussi)(?:\\s+a\\s+la\\s+seance)?",
       Section::kNonVoting, false},
      {"(?:present" PL "\\s+|egalement\\s+present" PL "\\s+)?sans\\s+voix\\s+deliberative",
       Section::kNonVoting, false},
      {"absent" PL "\\s+(?:et\\s+)?exc\\s?use" PL "\\s+(?:ayant\\s+|qui\\s+ont\\s+|a\\s+)?(?:donne|"
                                              "donnant)\\s+(?:pouvoir|procuration|delegation)s?",
       Section::kExcused, true},
      {"absent" PL "\\s+(?:ayant\\s+|qui\\s+ont\\s+|a\\s+)?(?:donne|donnant)\\s+(?:pouvoir|"
                   "procuration|delegation)s?",
       Section::kAbsent, true},
      {"absent" PL "\\s+represente" PL, Section::kAbsent, true},
      {"exc\\s?use" PL
       "\\s+(?:ayant\\s+|qui\\s+ont\\s+)?(?:donne|donnant)\\s+(?:pouvoir|procuration|delegation)s?",
       Section::kExcused, true},
      {"exc\\s?use" PL "\\s+represente" PL, Section::kExcused, true},
      {"absent" PL "\\s+(?:et\\s+)?exc\\s?use" PL, Section::kExcused, false},
      {"(?:membres\\s+)?exc\\s?use" PL, Section::kExcused, false},
      {"absent" PL "\\s+(?:non\\s+excuse" PL
       "|sans\\s+(?:pouvoir|procuration|delegation(?:\\s+de\\s+vote)?))",
       Section::kAbsent, false},
      {"(?:membres\\s+)?absent" PL, Section::kAbsent, false},
      {"(?:etai(?:en)?t\\s+|(?:membres|conseillers|elus|delegues)\\s+|sont\\s+)?present" PL
       "(?:\\s+a\\s+la\\s+seance)?(?:\\s+(?:les\\s+)?(?:membres|conseillers|elus|delegues)(?:\\s+["
       "a-z]+){0,3})?",
       Section::kPresent, false},
      {"(?:(?:pouvoir|procuration)(?:s|\\(s\\))?|delegation(?:s|\\(s\\))?\\s+de\\s+vote)(?:\\s+donne" PL
       ")?",
       Section::kProxies, true},
      {"ont\\s+donne\\s+(?:pouvoir|procuration)", Section::kProxies, true},
  };
  return *rules;
}

struct CompiledHeading {
  std::unique_ptr<RE2> at_line_start;  // ':' or end of line after it
  std::unique_ptr<RE2> mid_line;       // ':' required
  std::unique_ptr<RE2> glued;          // at a line's start, a speck run into it, ':' required
};

const std::vector<CompiledHeading>& CompiledHeadings() {
  static const auto* compiled = [] {
    auto* v = new std::vector<CompiledHeading>;
    for (HeadingRule r : HeadingRules()) {
      CompiledHeading c;
      // An underscore OCR read from the rule under a word stands for a space
      // ("Délégation(s) de _vote :").
      for (size_t at = r.keyword.find("\\s+"); at != std::string::npos;
           at = r.keyword.find("\\s+", at + 7))
        r.keyword.replace(at, 3, "[\\s_]+");
      // Specks OCR reads around a heading alone on its line ("ABSENTS
      // EXCUSES .", "| PRESENTS", ":ABSENTS") do not hide it.
      // So does one read as a word of one or two letters after it ("ABSENTS Le"),
      // or a sign read before it ("© 12 Présents :", "-ABSENTS EXCUSES").
      // A count of 1 read as a letter ("L Excusés :") is no count, but the heading's.
      c.at_line_start = std::make_unique<RE2>("[\\s*_|.':;,=\u00a9\u00ae-]*(?:(\\d+)\\s+|l\\s+)?(?:" + r.keyword +
                                              ")[\\s*_]*(?:[:;]|[\\s.,|'_:;]*$|\\s+[a-z]{1,2}\\s*$)");
      c.mid_line = std::make_unique<RE2>("[\\s*_]*(?:(\\d+)\\s+)?(?:" + r.keyword + ")[\\s*_]*:");
      // A speck OCR ran into the heading's first letter ("ÆExcusé(s) :", folded "aeexcuse(s) :").
      c.glued = std::make_unique<RE2>("[\\s*_|.':;,=]*(?:ae|oe|[^\\s\\w])()(?:" + r.keyword +
                                      ")[\\s*_]*[:;]");
      v->push_back(std::move(c));
    }
    return v;
  }();
  return *compiled;
}

struct Heading {
  size_t line = 0;
  size_t begin = 0, end = 0;  // folded offsets, end past the ':'
  const HeadingRule* rule = nullptr;
  bool has_count = false;
  int count = 0;
  size_t count_b = 0, count_e = 0;
};

// Headings on one line: at its start, or after ". " / "; " with a colon.
std::vector<Heading> HeadingsOnLine(const DocText& doc, size_t li) {
  std::vector<Heading> out;
  const DocText::LineRef& ref = doc.lines()[li];
  const std::string& f = doc.folded();
  std::vector<size_t> starts = {ref.folded_begin};
  for (size_t i = ref.folded_begin; i + 1 < ref.folded_end; ++i) {
    if ((f[i] == '.' || f[i] == ';') && f[i + 1] == ' ') starts.push_back(i + 1);
  }
  const auto& rules = HeadingRules();
  const auto& compiled = CompiledHeadings();
  for (size_t s : starts) {
    if (!out.empty() && s < out.back().end) continue;
    bool at_start = s == ref.folded_begin;
    re2::StringPiece text = Piece(f, s, ref.folded_end);
    for (size_t r = 0; r < rules.size(); ++r) {
      const RE2& re = at_start ? *compiled[r].at_line_start : *compiled[r].mid_line;
      re2::StringPiece m[2];
      if (!re.Match(text, 0, text.size(), RE2::ANCHOR_START, m, 2) &&
          !(at_start && compiled[r].glued->Match(text, 0, text.size(), RE2::ANCHOR_START, m, 2)))
        continue;
      Heading h;
      h.line = li;
      h.begin = s;
      h.end = s + m[0].size();
      h.rule = &rules[r];
      if (!m[1].empty() && ParseInt(std::string_view(m[1].data(), m[1].size()), &h.count)) {
        h.has_count = true;
        h.count_b = m[1].data() - f.data();
        h.count_e = h.count_b + m[1].size();
      }
      // Evidence span starts at the first significant character.
      while (h.begin < h.end && (IsBlank(f[h.begin]) || f[h.begin] == '*' || f[h.begin] == '_'))
        ++h.begin;
      out.push_back(h);
      break;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Items of a list and their reading.


std::vector<std::string> SplitWords(const std::string& s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsBlank(s[i])) ++i;
    size_t b = i;
    while (i < s.size() && !IsBlank(s[i])) ++i;
    if (i > b) out.push_back(s.substr(b, i - b));
  }
  return out;
}

bool PlausibleName(const std::string& name) { return LooksLikePersonName(name); }

bool ContainsLetter(const std::string& s) {
  for (char c : s)
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0xC3)
      return true;
  return false;
}

// Role words between or after names: "Maire", "Adjoints au Maire",
// "Conseillers délégués", "Conseillère municipale". Folded, trimmed.
bool IsRoleOnly(const std::string& folded_item) {
  static const RE2 kRole(
      "(?:(?:le|la|les|au|aux|du|de|des|et|en|charge|chargee|a|vice|1er|1ere|\\d+(?:e|eme|er|"
      "ere))"
      "(?:\\s+|$)|(?:l'|d')\\s*|(?:maires?|adjoint|conseill|deleg|municip|presiden|secretaire|membre|titulaire|"
      "suppleant|"
      "communautaire|departemental|regional|syndica|territorial|elu|questeur|rapporteur)[a-z()'-]*["
      "\\s.]*)+");
  static const RE2 kHasRole(
      "(?:maire|adjoint|conseill|deleg|municip|presiden|secretaire|membre|titulaire|suppleant|elu|"
      "questeur|rapporteur)");
  // Specks a scan reads before it, or as a short word after its period
  // (". Conseillers. Se"), are no words of a name.
  static const RE2 kSpecks("^[\\s.:|=_~-]*(.*?)(?:\\.\\s+[a-z]{1,2})?$");
  std::string core;
  if (!RE2::FullMatch(folded_item, kSpecks, &core) || core.empty()) core = folded_item;
  return RE2::FullMatch(core, kRole) && RE2::PartialMatch(core, kHasRole);
}

struct Span {
  size_t b = 0, e = 0;
};

// Does a folded span read as a complete name (holds a word in capitals)? Used
// to decide whether a line break separates two items.
bool HoldsSurname(const DocText& doc, size_t fb, size_t fe) {
  for (const std::string& tok : SplitWords(RawText(doc, fb, fe))) {
    TokenShape sh = ShapeOfToken(tok);
    if (sh.letters >= 2 && sh.lower == 0) return true;
  }
  return false;
}

// Runs of words in capitals (two letters or more) in a span, each a surname
// ("Y. CAUWET mé CRÉPIN": 2).
int SurnameRuns(const DocText& doc, Span s) {
  int runs = 0;
  bool in_run = false;
  for (const std::string& tok : SplitWords(RawText(doc, s.b, s.e))) {
    TokenShape sh = ShapeOfToken(tok);
    const bool caps = sh.letters >= 2 && sh.lower == 0;
    if (caps && !in_run) ++runs;
    in_run = caps;
  }
  return runs;
}

// The members a garbled item of a present list stands for: its runs of
// capitals, or its initials when more ("É. nant O. BEAUCAMP": two, the first
// surname lost).
int MembersInGarble(const DocText& doc, Span s) {
  int initials = 0;
  for (const std::string& tok : SplitWords(RawText(doc, s.b, s.e))) {
    TokenShape sh = ShapeOfToken(tok);
    initials += sh.letters == 1 && sh.first_upper && tok.back() == '.';
  }
  return std::max(SurnameRuns(doc, s), initials);
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

// Whether a span ends on a word that waits for more of the name: a particle
// ("Zohra DE", "Alain DU"), a civility or "à" ("X à Mme").
bool EndsWaiting(const DocText& doc, size_t b, size_t e) {
  std::vector<std::string> words = SplitWords(RawText(doc, b, e));
  if (words.empty()) return false;
  static const char* const kWaiting[] = {
      "de",  "du",  "des",   "le",     "la",  "van",  "von", "der",      "den",
      "d'",  "el",  "ben",   "ter",    "di",  "da",   "dos", "vanden",   "vander",
      "a",   "par", "m.",    "m",      "mme", "mme.", "mlle", "monsieur", "madame",
      "mademoiselle"};
  std::string last = Fold(words.back());
  // "à M...\nVincent MEYFROIDT": a period OCR doubled.
  while (last.size() > 2 && last.back() == '.' && last[last.size() - 2] == '.') last.pop_back();
  for (const char* w : kWaiting)
    if (last == w) return true;
  // "à" with a speck read after it ("J. DESCAMPS à.\nÉ. COQUELLE").
  return words.back().size() == 3 && words.back().compare(0, 2, "\xC3\xA0") == 0 &&
         std::strchr(".,;:", words.back()[2]) != nullptr;
}

// A span ending on a word of two letters or more and a period, not a
// civility: "Conseillers délégués." (OCR: "Conseillers doués.") ends the
// item even without a surname, so the next line's name stands alone.
// "Ss." : an initial OCR doubled with a speck (see FixInitialDigit).
bool DoubledInitial(const std::string& w) {
  return w.size() == 3 && std::isupper(static_cast<unsigned char>(w[0])) &&
         w[1] == std::tolower(static_cast<unsigned char>(w[0])) && w[2] == '.';
}

bool EndsSentence(const DocText& doc, size_t b, size_t e) {
  std::vector<std::string> words = SplitWords(RawText(doc, b, e));
  if (words.empty() || words.back().back() != '.') return false;
  TokenShape sh = ShapeOfToken(words.back());
  if (sh.letters < 2 || DoubledInitial(words.back())) return false;
  std::string fw = Fold(words.back());
  fw.pop_back();
  for (const char* c : {"mm", "mme", "mmes", "mlle", "mr"})
    if (fw == c) return false;
  return true;
}

// Whether the item [start, nl) that holds a surname goes on after the line
// break at `nl`: its last word is a particle ("Zohra DE\nWITTE", "Alain
// DU\nBUS"), a civility or "à" ("X à Mme\nY"), the next line opens in lower case ("É. DELASSUS\nà H GUISLAIN",
// "représenté par"), or the next line opens with capitals only up to the
// next separator, the rest of a compound surname ("Marie RUBIO\nCOQUEMPOT,").
bool ContinuesOnNextLine(const DocText& doc, size_t start, size_t nl, size_t e) {
  const std::string& f = doc.folded();
  std::vector<std::string> before = SplitWords(RawText(doc, start, nl));
  if (before.empty()) return false;
  if (EndsWaiting(doc, start, nl)) return true;
  size_t nb = nl + 1;
  // A speck OCR reads at the line's start (": VANDENBERGHE,", ". à Mme …",
  // "= FLAMENT") is no word.
  while (nb < e && (f[nb] == ' ' || f[nb] == ':' || f[nb] == '|' ||
                    ((f[nb] == '.' || f[nb] == '=' || f[nb] == '_' || f[nb] == '~') && nb + 1 < e &&
                     f[nb + 1] == ' ') ||
                    // "- à Mme …": a dash before the "à" of a pair is a speck.
                    (f[nb] == '-' && f.compare(nb + 1, 3, " a ") == 0 && nb + 4 <= e)))
    ++nb;
  if (nb >= e) return false;
  size_t ne = nb;
  while (ne < e && f[ne] != '\n' && f[ne] != ',' && f[ne] != ';' &&
         !(f[ne] == '-' && (IsBlank(f[ne - 1]) || ne + 1 >= e || IsBlank(f[ne + 1]))))
    ++ne;
  std::vector<std::string> after = SplitWords(RawText(doc, nb, ne));
  if (after.empty()) return false;
  TokenShape first = ShapeOfToken(after[0]);
  if (first.letters > 0 && !first.first_upper) {
    std::string w = Fold(after[0]);
    return w != "et";
  }
  // Capitals only, after an item that shows a given name or an initial.
  bool given = false;
  for (const std::string& w : before) {
    TokenShape sh = ShapeOfToken(w);
    if (sh.letters >= 1 && (sh.lower > 0 || sh.letters == 1)) given = true;
    // An initial I read as a bar or a bracket ("|. RUBIO\nCOQUEMPOT").
    if (w.size() == 2 && w[1] == '.' && std::strchr("|]![", w[0])) given = true;
  }
  if (!given) return false;
  // "G RUBIO\nCOQUEMPOT à Y. ANNAERT": the giver's surname goes on before
  // the "à" of a proxy when the line above held no "à" of its own.
  {
    size_t k = 0;
    while (k < after.size() && Fold(after[k]) != "a") ++k;
    bool before_has_a = false;
    for (const std::string& w : before) before_has_a |= Fold(w) == "a";
    if (k > 0 && k + 1 < after.size() && !before_has_a) {
      bool caps = true;
      for (size_t j = 0; j < k; ++j) {
        TokenShape sh = ShapeOfToken(after[j]);
        caps &= sh.letters >= 2 && sh.lower == 0 && sh.digits == 0;
      }
      if (caps) return true;
    }
    // "… ayant donné procuration à Brigitte RUBIO\nCOQUEMPOT", "… à V.\n=
    // FLAMENT :", "… à N.\nTHIEFFRY Le": the holder's surname goes on, a
    // line of one or two words in capitals.
    // Specks around it ("= FLAMENT :") are no words.
    std::vector<std::string> words;
    for (const std::string& w : after)
      if (ShapeOfToken(w).letters > 0) words.push_back(w);
    // A lone "à" last, specks after it ("OUAGUEF à :"), is no next pair:
    // the holder's surname ends the item.
    bool a_last = false;
    if (words.size() >= 2 && Fold(words.back()) == "a" && k < after.size()) {
      bool rest_specks = true;
      for (size_t j = k + 1; j < after.size(); ++j) rest_specks &= ShapeOfToken(after[j]).letters == 0;
      if (rest_specks && Fold(after[k]) == "a") {
        words.pop_back();
        a_last = true;
      }
    }
    // A speck read as a short word after it ("THIEFFRY Le") is none.
    while (words.size() > 1 && ShapeOfToken(words.back()).letters <= 2 &&
           ShapeOfToken(words.back()).lower > 0)
      words.pop_back();
    if (before_has_a && (k == after.size() || a_last) && !words.empty() && words.size() <= 2 &&
        (ne >= e || f[ne] == '\n')) {
      bool caps = true;
      for (const std::string& w : words) {
        TokenShape sh = ShapeOfToken(w);
        caps &= sh.letters >= 3 && sh.lower == 0 && sh.digits == 0;
      }
      // A heading in capitals ("ABSENTS Le") opens the next list.
      static const RE2 kHeadingWord("(?:absent|present|excuse|pouvoir|procuration)s?");
      if (caps && words.size() == 1 && RE2::FullMatch(Fold(words[0]), kHeadingWord)) caps = false;
      if (caps && !IsRoleOnly(Fold(RawText(doc, nb, ne)))) return true;
    }
  }
  // The rest of the line must end the item: a separator or the span's end.
  if (ne < e && f[ne] == '\n') {
    size_t k = ne;
    while (k > nb && (f[k - 1] == ' ')) --k;
    if (k == nb || f[k - 1] != '.') return false;
  }
  for (std::string w : after) {
    while (!w.empty() && (w.back() == '.' || w.back() == ')')) w.pop_back();
    TokenShape sh = ShapeOfToken(w);
    if (sh.letters < 2 || sh.lower > 0 || sh.digits > 0) return false;
    std::string fw = Fold(w);
    if (fw == "mm" || fw == "mme" || fw == "mmes" || fw == "mlle") return false;
  }
  return true;
}

// Whether the hyphen at `h`, followed by a space, is one inside a compound
// name that OCR read with a space after it: a surname in capitals and a lone
// word in capitals up to the next separator ("HINGREZ- CÉRÉDA,"), or two
// capitalised given names ("Marie- Hélène RUBIO"). A dash ending a name
// before the next one ("HUTCHINSON- Y. LEROY") joins neither.
bool HyphenSpaceJoins(const DocText& doc, size_t b, size_t h, size_t e) {
  const std::string& f = doc.folded();
  size_t ws = h;
  while (ws > b && !IsBlank(f[ws - 1]) && f[ws - 1] != ',' && f[ws - 1] != ';') --ws;
  size_t as = h + 1;
  while (as < e && f[as] == ' ') ++as;
  size_t ae = as;
  while (ae < e && !IsBlank(f[ae]) && f[ae] != ',' && f[ae] != ';' && f[ae] != '-') ++ae;
  if (ws == h || ae == as) return false;
  TokenShape before = ShapeOfToken(RawText(doc, ws, h));
  std::string after_raw = RawText(doc, as, ae);
  while (!after_raw.empty() && after_raw.back() == '.') after_raw.pop_back();
  TokenShape after = ShapeOfToken(after_raw);
  auto caps = [](const TokenShape& t) {
    return t.letters >= 2 && t.lower == 0 && t.digits == 0;
  };
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

// Whether the period at `p` stands for a comma OCR misread between two names:
// after a surname in capitals, before a capitalised given name on the same
// line ("Françoise DECAGNY. Marie SAINT-MAXENT"). A civility's period ("MME.
// Marie") is not one.
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
  std::string word = Fold(RawText(doc, ws, p));
  for (const char* c : {"mm", "mme", "mmes", "mlle", "mr", "me", "dr", "st", "ste"})
    if (word == c) return false;
  TokenShape before = ShapeOfToken(RawText(doc, ws, p));
  TokenShape after = ShapeOfToken(RawText(doc, as, ae));
  return before.letters >= 3 && before.lower == 0 && before.digits == 0 &&
         after.letters >= 2 && after.first_upper && after.lower > 0 && after.digits == 0;
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
    // A parenthesis that nothing closes nearby is a speck OCR read
    // ("Mireille RUBIO (COQUEMPOT, Mme Zohra CRÉPIN, …"), not an aside.
    if (c == '(') {
      const auto from = f.begin() + i, to = f.begin() + std::min(e, i + 121);
      depth += std::find(from, to, ')') != to;
    }
    if (c == ')' && depth > 0) --depth;
    if (depth > 0 && c != '\n') continue;
    if (c == ',' || c == ';') {
      // An initial's period read as a comma or a semicolon ("J, DEVOS",
      // "K; PASSEBOSC"): a letter alone since the last cut, or after "à", a
      // name in capitals after it.
      if (i > start && i + 2 < e && f[i + 1] == ' ') {
        size_t ib = start, ie = i;
        TrimSpan(f, &ib, &ie);
        while (ib < ie && (f[ib] == '-' || IsBlank(f[ib]))) ++ib;
        const std::string raw = RawText(doc, ib, ie);
        TokenShape after = ShapeOfToken(RawText(doc, i + 2, std::min(e, i + 6)));
        // Or the holder's initial after "à" ("M. HONORÉ à K; PASSEBOSC").
        const bool holder_initial = ie >= ib + 4 && f.compare(ie - 4, 3, " a ") == 0 &&
                                    !raw.empty() &&
                                    std::isupper(static_cast<unsigned char>(raw.back())) &&
                                    (raw.size() < 2 || raw[raw.size() - 2] == ' ');
        if (((ie == ib + 1 && raw.size() == 1 && std::isupper(static_cast<unsigned char>(raw[0]))) ||
             holder_initial) &&
            after.letters >= 2 && after.lower == 0)
          continue;
      }
      cut(i, i + 1);
    } else if (c == '.' && PeriodEndsName(doc, b, i, e)) {
      cut(i, i + 1);
    } else if (c == ':' && i > start && f[i - 1] == ' ' && i + 2 < e && f[i + 1] == ' ' &&
               HoldsSurname(doc, start, i) && std::isalpha(static_cast<unsigned char>(f[i + 2]))) {
      // A separating dash read as a colon between two names ("K. RUBIO
      // COQUEMPOT : J. DUQUESNOY"); a name holds no colon.
      cut(i, i + 1);
    } else if (c == '-') {
      // A run of dashes separates names when it has a blank on one side or is
      // longer than one ("A - B", "A -B", "A -— B" as OCR reads "A — B");
      // a single dash between letters joins a compound name.
      size_t run_end = i;
      while (run_end < e && f[run_end] == '-') ++run_end;
      bool blank_before = i == b || IsBlank(f[i - 1]);
      bool blank_after = run_end >= e || IsBlank(f[run_end]);
      // One hyphen OCR read twice around a space ("Jean- -Claude"): it joins.
      if (!blank_before && run_end == i + 1 && blank_after) {
        size_t k = run_end;
        while (k < e && f[k] == ' ') ++k;
        if (k + 1 < e && k > run_end && f[k] == '-' && std::isalpha(static_cast<unsigned char>(f[k + 1])) &&
            std::isalpha(static_cast<unsigned char>(f[i - 1]))) {
          i = k;
          continue;
        }
      }
      // A speck read as a dash before the "à" of a pair ("Mme B. DELATTRE\n- à Mme
      // Hélène VANDENBERGHE"): no name opens with "à".
      {
        size_t k = run_end;
        while (k < e && f[k] == ' ') ++k;
        if (blank_before && k > run_end && k + 1 < e && f[k] == 'a' && f[k + 1] == ' ' &&
            GraveA(doc, k)) {
          i = run_end - 1;
          continue;
        }
      }
      // One hyphen inside a compound name, a space after it ("HINGREZ- CÉRÉDA").
      if (!blank_before && run_end == i + 1 && run_end < e && f[run_end] == ' ' &&
          HyphenSpaceJoins(doc, b, i, e))
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
      // A dash OCR read as "+" between two names ("D. LEPLAT + É. DESCAMPS").
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

struct ProxyParse {
  Span from, to;
};

// "X ayant donné procuration à Y", "X donne pouvoir à Y", "X (pouvoir à Y)",
// (after "ayant donné", one word OCR garbled stands for "procuration":
// "ayant donné bc à Y"; "ayant" itself may be garbled: "ayane donné"),
// "X représenté par Y"; in a proxies section also "X à Y". An item may hold a
// line break ("Mme Véronique\nMONNET à Mme Mireille LEROY").
bool ParseProxy(const DocText& doc, Span item, bool bare_a, ProxyParse* out) {
  static const RE2 kGave(
      "(?s)(.*?)\\s*[(,]?\\s*(?:(?:ay[a-z]{2,4}\\s+donne|a\\s+donne|qui\\s+a\\s+donne|donne|donnant)\\s+"
      "(?:pouvoir|procuration|delegation(?:\\s+de\\s+vote)?|mandat)|ay[a-z]{2,4}\\s+donne\\s+[a-z.,']{1,14})"
      "\\s+(?:de\\s+vote\\s+)?a\\s+(.+?)\\)?");
  static const RE2 kParen(
      "(?s)(.*?)\\s*\\(\\s*(?:pouvoir|procuration|delegation)\\s+(?:donnee?\\s+)?a\\s+(.+?)\\)");
  // The tail of "X, pouvoir à Y" once the comma has split it.
  static const RE2 kTail(
      "(?s)()(?:(?:ayant\\s+|a\\s+)?donne\\s+)?(?:pouvoir|procuration|delegation)\\s+(?:donnee?\\s+)?"
      "a\\s+(.+?)\\)?");
  static const RE2 kRepresented("(?s)(.*?)\\s*[(,]?\\s*represente" PL "\\s+par\\s+(.+?)\\)?");
  static const RE2 kBare("(?s)(.*?)\\s+(?:a|au\\s+profit\\s+de|->|=>|>)\\s+(.+)");
  // "F ANNAERT à5. GUISLAIN": the "à" run into an initial that OCR read as a digit.
  static const RE2 kGlued("(?s)(.*?)\\s+a(\\d\\.\\s*[a-z].*)");
  // "J. DESCAMPS à.\nÉ. COQUELLE": a speck after the "à" (at a line's end);
  // the accent tells it from an initial "A.".
  static const RE2 kSpecked("(?s)(.*?)\\s+(a)[.,;:]\\s+(.+)");
  const std::string& f = doc.folded();
  re2::StringPiece text = Piece(f, item.b, item.e);
  re2::StringPiece m[4];
  for (const RE2* re : {&kTail, &kGave, &kParen, &kRepresented, bare_a ? &kBare : nullptr,
                        bare_a ? &kGlued : nullptr, bare_a ? &kSpecked : nullptr}) {
    if (!re) continue;
    if (!re->Match(text, 0, text.size(), RE2::ANCHOR_BOTH, m, 4)) continue;
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

// OCR reads an initial as a digit now and then ("5. MOUVEAUX", "0. LE GALL",
// "5\nD'HALLUIN"): a lone digit followed by a period, or by a name in
// capitals, at the start of a name is that letter.
// It also doubles one with a speck now and then ("Ss. SAINT-MAXENT"): a
// capital and the same letter in lower case before the period are that initial.
std::string FixInitialDigit(std::string raw) {
  static const char* kLetterFor = "O1ZEASGTBG";  // 0->O 1->I? kept as I below
  if (raw.size() >= 3 && std::isdigit(static_cast<unsigned char>(raw[0])) &&
      (raw[1] == '.' || (raw[1] == ' ' && std::isupper(static_cast<unsigned char>(raw[2])))) &&
      (raw[1] == ' ' || raw[2] == ' ')) {
    char d = raw[0];
    raw[0] = d == '1' ? 'I' : kLetterFor[d - '0'];
  }
  if (raw.size() >= 4 && DoubledInitial(raw.substr(0, 3)) && raw[3] == ' ') raw.erase(1, 1);
  return raw;
}

// A name item: civility removed, a trailing parenthesis dropped.
// A period after a surname ends the sentence: what follows is OCR noise
// from the margin ("Mme Ghislaine D'HALLUIN. Fe").
std::string CutAfterSentenceEnd(const std::string& raw) {
  std::vector<std::string> words = SplitWords(raw);
  std::string out;
  for (size_t k = 0; k < words.size(); ++k) {
    out += (out.empty() ? "" : " ") + words[k];
    const std::string& w = words[k];
    if (k + 1 == words.size() || w.size() < 3 || w.back() != '.') continue;
    TokenShape sh = ShapeOfToken(w);
    std::string fw = Fold(w);
    if (sh.letters >= 2 && sh.lower == 0 && fw != "mm." && fw != "mme." && fw != "mr.") {
      out.pop_back();
      return out;
    }
  }
  return raw;
}

// Marks that never belong to a name, read by OCR from specks and rules
// ("OUAGUE?F", "Maxime | COQUELLE", "M. Jérémie\n: VANDENBERGHE", "V.\n= FLAMENT"): dropped,
// spaces collapsed.
std::string DropNoiseMarks(const std::string& raw) {
  std::string out;
  for (char c : raw) {
    if (c == '?' || c == '|' || c == '!' || c == '"' || c == ':' || c == '=') continue;
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Short lower-case words OCR reads from specks before a name ("os DU BUS",
// "ie CAREY", "é Stéphanie LEMAIRE" once the civility is gone): dropped,
// particles of a name ("de", "van", "d'") kept.
std::string DropLeadingSpecks(const std::string& name) {
  static const char* kParticles[] = {"de", "du", "des", "d'", "van", "von", "le", "la", "el", "al", "ben"};
  std::vector<std::string> words = SplitWords(name);
  size_t k = 0;
  while (k + 1 < words.size()) {
    TokenShape sh = ShapeOfToken(words[k]);
    TokenShape next = ShapeOfToken(words[k + 1]);
    if (sh.letters == 0 || sh.letters > 3 || sh.upper > 0 || sh.digits > 0 || !next.first_upper)
      break;
    std::string f = Fold(words[k]);
    bool particle = false;
    for (const char* p : kParticles) particle |= f == p;
    if (particle) break;
    ++k;
  }
  if (k == 0) return name;
  std::string out;
  for (size_t i = k; i < words.size(); ++i) out += (out.empty() ? "" : " ") + words[i];
  return out;
}

// Short lower-case words OCR reads from specks after a surname in capitals
// ("Agnès RUBIO nat", "I LEPLAT ee it", "FLAMENT ee"): dropped, a particle kept.
std::string DropTrailingSpeck(const std::string& name) {
  std::vector<std::string> words = SplitWords(name);
  // Up to two such words ("I LEPLAT ee it"), after a surname in capitals.
  size_t keep = words.size();
  while (keep >= 2 && words.size() - keep < 2) {
    TokenShape last = ShapeOfToken(words[keep - 1]);
    const std::string f = Fold(words[keep - 1]);
    // After a surname alone (a holder's wrapped to its own line, "FLAMENT
    // ee"): one or two lower-case letters only, no particle.
    if (keep == 2) {
      const TokenShape first = ShapeOfToken(words[0]);
      if (last.letters > 2 || last.upper > 0 || first.letters < 3 || first.lower > 0 ||
          f == "le" || f == "la" || f == "el" || f == "da" || f == "di" || f == "d'")
        break;
    }
    // A capitalised word of two letters last ("N. THIEFFRY Le"): a speck
    // too; no particle follows the surname.
    const bool capitalised_speck = keep == words.size() && last.letters <= 2 && last.upper == 1 &&
                                   last.first_upper && last.lower + 1 == last.letters;
    if (last.letters == 0 || last.letters > 3 || (last.upper > 0 && !capitalised_speck) ||
        last.digits > 0 || f == "de" || f == "du" || f == "des" || f == "van")
      break;
    --keep;
  }
  if (keep == words.size()) return name;
  TokenShape surname = ShapeOfToken(words[keep - 1]);
  if (surname.letters < 2 || surname.lower > 0) return name;
  std::string out;
  for (size_t k = 0; k < keep; ++k) out += (k ? " " : "") + words[k];
  return out;
}

std::string ItemName(const DocText& doc, Span s) {
  std::string raw = FixInitialDigit(DropNoiseMarks(RawText(doc, s.b, s.e)));
  // An initial's period read as a comma or a semicolon ("J, DEVOS", "K;
  // PASSEBOSC"; SplitItems kept them one item): the period.
  if (raw.size() >= 4 && std::isupper(static_cast<unsigned char>(raw[0])) &&
      (raw[1] == ',' || raw[1] == ';') && raw[2] == ' ' &&
      std::isupper(static_cast<unsigned char>(raw[3])))
    raw[1] = '.';
  // A lone "à" after the name, its holder never printed or a speck read so
  // ("1 Absents : J. SARPAUX à"): the name is the item.
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

enum class ItemKind { kName, kProxy, kProxyTail, kRole, kNumber, kOther };

struct Item {
  ItemKind kind = ItemKind::kOther;
  Span span;
  std::string name;  // kName: the name; kProxy: the giver
  std::string to;    // kProxy: the holder
  Span from_span, to_span;
  int number = 0;
};

// Two persons in one folded item, the "à" between them misread as a short
// word ("mme zohra vanpeene el m. jean de smet"): a civility opens each; or
// as a sign between two initials and surnames ("d. guislain e l saint-maxent").
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

// The first item of a line that opens in lower case and ends with a name:
// the end of an item begun on the line above ("É. DELASSUS\nà H GUISLAIN",
// "X\nreprésenté par Y").
bool EndsItemOfLineAbove(const DocText& doc, Span s) {
  static const RE2 kLead(
      "(?s)\\(?\\s*(?:a|au\\s+profit\\s+de|represente" PL
      "\\s+par|(?:ayant\\s+|qui\\s+a\\s+|a\\s+)?donne\\s+(?:pouvoir|procuration|delegation)"
      "\\s+a|(?:pouvoir|procuration)\\s+a)\\s+");
  re2::StringPiece text = Piece(doc.folded(), s.b, s.e);
  if (!RE2::Consume(&text, kLead)) return false;
  size_t rest_b = static_cast<size_t>(text.data() - doc.folded().data());
  return PlausibleName(ItemName(doc, {rest_b, s.e}));
}

// An item of a proxies list that reads as "<someone> à <something>" but
// whose names OCR garbled ("M. Hervé LEMAIRE à à Mme ie\nCAREY."): a
// proxy given, its pair unread.
bool LostProxy(const DocText& doc, Span s) {
  static const RE2 kA("(?s)[a-z].*\\sa\\s+\\S");
  re2::StringPiece text = Piece(doc.folded(), s.b, s.e);
  if (!RE2::PartialMatch(text, kA) && !PairMisread(text)) return false;
  // A person: a civility or a given name in lower case beside a surname in
  // capitals. A title in capitals ("AVENANT À LA CONVENTION …") is none.
  bool surname = false, person = false;
  for (const std::string& w : SplitWords(RawText(doc, s.b, s.e))) {
    TokenShape sh = ShapeOfToken(w);
    std::string f = Fold(w);
    while (!f.empty() && f.back() == '.') f.pop_back();
    surname |= sh.letters >= 3 && sh.lower == 0;
    person |= IsCivility(f) || (sh.first_upper && sh.lower > 0 && sh.letters >= 3);
    // An initial, however read ("]." for J., "1e" for I.), before a surname.
    person |= w.size() == 2 && ((w[1] == '.' && !std::ispunct(static_cast<unsigned char>(w[0])) &&
                                 w[0] != ' ') ||
                                w[0] == ']' ||
                                (std::isdigit(static_cast<unsigned char>(w[0])) &&
                                 std::isalpha(static_cast<unsigned char>(w[1]))));
  }
  return surname && person;
}

// A line that continues a list: only names, proxies and role words.
bool IsListLine(const DocText& doc, size_t li, bool bare_a) {
  const DocText::LineRef& ref = doc.lines()[li];
  std::vector<Span> items = SplitItems(doc, ref.folded_begin, ref.folded_end);
  // OCR damages a name now and then ("5. MOUVEAUX"): a line stays in the list
  // while names are most of its items.
  int names = 0, others = 0;
  for (size_t k = 0; k < items.size(); ++k) {
    Span s = items[k];
    // A name cut by the line's end ("..., Mme Fatima\nAIT-CHIKHEBBIH, ...")
    // is read whole with the next line: its first half is no stranger here.
    // So is a proxy whose holder is cut after the given name ("Mme Corinne
    // DELCOURT à Mme Zohra\nDELATTRE, ...").
    if (k + 1 == items.size() && k > 0 &&
        (!HoldsSurname(doc, s.b, s.e) || EndsWaiting(doc, s.b, s.e) ||
         ReadItem(doc, s, bare_a).kind == ItemKind::kOther)) {
      size_t t = s.e;
      while (t < ref.folded_end && IsBlank(doc.folded()[t])) ++t;
      if (t == ref.folded_end) continue;
    }
    Item it = ReadItem(doc, s, bare_a);
    // A line that is one proxy, its holder cut after the given name at the
    // line's end ("Serge DE WITTE ayant donné procuration à Gérard\nVANDENBERGHE").
    if (items.size() == 1 && it.kind == ItemKind::kOther) {
      ProxyParse p;
      if (ParseProxy(doc, s, bare_a, &p) && p.from.e > p.from.b &&
          PlausibleName(ItemName(doc, p.from)) && !HoldsSurname(doc, p.to.b, p.to.e)) {
        ++names;
        continue;
      }
    }
    // A speck alone (". - Z. CRÉPIN"): neither a name nor a stranger.
    if (it.kind == ItemKind::kOther && !ContainsLetter(RawText(doc, s.b, s.e))) continue;
    if (k == 0 && it.kind == ItemKind::kOther && EndsItemOfLineAbove(doc, s)) {
      ++names;  // "à H GUISLAIN": the holder of a proxy begun on the line above
      continue;
    }
    if (it.kind == ItemKind::kName || it.kind == ItemKind::kProxy ||
        it.kind == ItemKind::kProxyTail || (bare_a && LostProxy(doc, s)))
      ++names;
    else if (it.kind != ItemKind::kRole)
      ++others;
  }
  return names > 0 && others * 3 <= names;
}

// A line of role words only ("Maire,", "Adjoints au Maire,") inside a list
// that goes on: the list has not ended with a period on the line above.
bool IsRoleLine(const DocText& doc, size_t li) {
  const DocText::LineRef& ref = doc.lines()[li];
  std::vector<Span> items = SplitItems(doc, ref.folded_begin, ref.folded_end);
  if (items.empty()) return false;
  for (Span s : items) {
    std::string folded = doc.folded().substr(s.b, s.e - s.b);
    for (char& c : folded)
      if (c == '\n') c = ' ';
    if (!IsRoleOnly(folded)) return false;
  }
  if (li == 0) return false;
  const DocText::LineRef& prev = doc.lines()[li - 1];
  size_t t = prev.folded_end;
  while (t > prev.folded_begin && IsBlank(doc.folded()[t - 1])) --t;
  return t > prev.folded_begin && doc.folded()[t - 1] != '.';
}

std::vector<std::string>* ListFor(Section s, Attendance* at) {
  switch (s) {
    case Section::kPresent:
      return &at->present;
    case Section::kExcused:
      return &at->excused;
    case Section::kAbsent:
      return &at->absent;
    case Section::kNonVoting:
      return &at->non_voting;
    default:
      return nullptr;
  }
}

const char* ListKey(Section s) {
  switch (s) {
    case Section::kPresent:
      return "present";
    case Section::kExcused:
      return "excused";
    case Section::kAbsent:
      return "absent";
    case Section::kNonVoting:
      return "non_voting";
    case Section::kExcusedNonVoting:
      return "excused_non_voting";
    default:
      return "";
  }
}

void SetCount(Opt<int>* field, int value, const std::string& key, const Evidence& ev, Act* act) {
  if (field->has_value()) return;  // the first statement wins
  if (value >= 1000) return;       // a year or a sum, not a headcount
  *field = value;
  act->evidence[key] = ev;
}

void AddProxy(const std::string& from, const std::string& to, const Evidence& ev, Act* act) {
  Attendance& at = act->attendance;
  at.proxies.push_back({from, to});
  act->evidence["/attendance/proxies/" + std::to_string(at.proxies.size() - 1)] = ev;
}

void AddName(std::vector<std::string>* list, const char* key, const std::string& name,
             const Evidence& ev, Act* act) {
  list->push_back(name);
  act->evidence[std::string("/attendance/") + key + "/" + std::to_string(list->size() - 1)] = ev;
}

// A count stated with a heading: "17 Présents", "3 Absents ayant donné
// pouvoir" (a proxies count), "0 Excusés", "Pouvoirs : 2".
void SetSectionCount(const Heading& h, int n, const Evidence& ev, Act* act) {
  Attendance& at = act->attendance;
  const Section sec = h.rule->section;
  if (sec == Section::kProxies ||
      (h.rule->gives_proxy && (sec == Section::kAbsent || sec == Section::kExcused))) {
    SetCount(&at.proxies_count, n, "/attendance/proxies_count", ev, act);
  } else if (sec == Section::kPresent) {
    SetCount(&at.present_count, n, "/attendance/present_count", ev, act);
  } else if (sec == Section::kExcused) {
    SetCount(&at.excused_count, n, "/attendance/excused_count", ev, act);
  } else if (sec == Section::kAbsent) {
    SetCount(&at.absent_count, n, "/attendance/absent_count", ev, act);
  }
}

// An item that opens with a civility: a person, named or not.
bool OpensWithCivility(const DocText& doc, Span s) {
  std::vector<std::string> words = SplitWords(RawText(doc, s.b, s.e));
  if (words.empty()) return false;
  std::string w = Fold(words.front());
  while (!w.empty() && w.back() == '.') w.pop_back();
  return IsCivility(w);
}

// "M. CAUWET" in a list written with initials ("D. ANNAERT - L. D'HALLUIN -
// M. CAUWET", no "Mme" anywhere): the M is an initial, not Monsieur. Kept,
// so that M. CAUWET and I. CAUWET stay two people.
std::string KeepInitialM(const DocText& doc, Span span, const std::string& name) {
  std::string raw = RawText(doc, span.b, span.e);
  size_t k = raw.find_first_not_of(" \t\n-");
  if (k == std::string::npos || raw.compare(k, 2, "M.") != 0 || name.empty() || name[0] == 'M')
    return name;
  return "M. " + name;
}

// Whether the act's lists name people by initial and surname, with no
// civility ("Y. HUTCHINSON - B. DESCAMPS"): then "M." is an initial.
bool InitialStyle(const DocText& doc, size_t first_line, size_t last_line) {
  static const RE2 kInitial(R"((?:^|[\s,-])[A-LN-Z]\.\s+[A-Z][A-Z'-]+)");
  // A civility opening a line or an item ("Mme X, Mme Y"); the designation
  // sentence in the middle of a line ("… de Madame X, Maire") is no list.
  static const RE2 kListCivility(R"((?:^|[:,-][ \t]*)(?:Mmes?|Madame|Mlle)\s)");
  int initials = 0;
  for (size_t li = first_line; li < last_line; ++li) {
    const DocText::LineRef& l = doc.lines()[li];
    const std::string raw = doc.raw().substr(l.raw_begin, l.raw_end - l.raw_begin);
    // "Madame Agnès BEN SAÏD a été désignée comme secrétaire" opens its line, but is no list.
    if (RE2::PartialMatch(raw, kListCivility) && raw.find("secr") == std::string::npos)
      return false;
    re2::StringPiece text(raw);
    while (RE2::FindAndConsume(&text, kInitial)) ++initials;
  }
  return initials >= 3;
}

void ReadSection(const DocText& doc, const Heading& h, size_t content_b, size_t content_e,
                 bool initial_style, Act* act) {
  Attendance& at = act->attendance;
  const Section sec = h.rule->section;
  const bool bare_a = h.rule->gives_proxy;
  bool first = true;
  int extra_names = 0;
  Opt<std::string> last_name;  // for "Mme X, pouvoir à M. Y"
  size_t last_name_b = 0;
  for (Span s : SplitItems(doc, content_b, content_e)) {
    Item it = ReadItem(doc, s, bare_a);
    if (initial_style) {
      if (it.kind == ItemKind::kName) it.name = KeepInitialM(doc, s, it.name);
      if (it.kind == ItemKind::kProxy) it.name = KeepInitialM(doc, it.from_span, it.name);
      if (it.kind == ItemKind::kProxy || it.kind == ItemKind::kProxyTail)
        it.to = KeepInitialM(doc, it.to_span, it.to);
    }
    if (it.kind != ItemKind::kName && it.kind != ItemKind::kProxyTail) last_name.reset();
    if (it.kind == ItemKind::kNumber && first && !h.has_count) {
      // "Présents : 17"
      first = false;
      Evidence ev = doc.EvidenceForFolded(h.begin, s.e);
      SetSectionCount(h, it.number, ev, act);
      continue;
    }
    first = false;
    if (it.kind == ItemKind::kProxy) {
      AddProxy(it.name, it.to, doc.EvidenceForFolded(s.b, s.e), act);
      // The giver is listed under the heading's status, unless the heading is
      // "Présents" (a proxy written inside the present list means the giver
      // was not there, but not whether excused) or a bare "Pouvoirs".
      if (sec == Section::kExcused || sec == Section::kAbsent) {
        AddName(ListFor(sec, &at), ListKey(sec), it.name,
                doc.EvidenceForFolded(it.from_span.b, it.from_span.e), act);
      }
      continue;
    }
    if (it.kind == ItemKind::kProxyTail) {
      // "Mme X, pouvoir à M. Y": the giver is the name just before.
      if (last_name) {
        AddProxy(*last_name, it.to, doc.EvidenceForFolded(last_name_b, s.e), act);
      }
      continue;
    }
    // An item of the present list that is no name as read: a member whose
    // name OCR garbled ("bañien DELASSUS", "dm tnt LEROY"), or two run
    // together when the dash between them was misread ("Y. CAUWET mé CRÉPIN").
    if (it.kind == ItemKind::kOther && sec == Section::kPresent)
      at.present_unread += OpensWithCivility(doc, s) ? 1 : MembersInGarble(doc, s);
    if (it.kind == ItemKind::kOther && bare_a && LostProxy(doc, s)) {
      // One pair per "à": a lost comma runs two into one item ("Mme Zohra
      // oacut à M. Guillaume De Mme Marie-Hélène DEMEULENAERE à Mme Karima …").
      static const RE2 kA("\\sa\\s");
      re2::StringPiece text = Piece(doc.folded(), s.b, s.e);
      int pairs = 0;
      while (RE2::FindAndConsume(&text, kA)) ++pairs;
      at.proxies_unread += std::max(1, pairs);
    }
    if (it.kind != ItemKind::kName) continue;
    // Three capitals alone, no given name nor initial ("Maire, SRE"): a speck
    // OCR read as a word, no member. (A surname wrapped from the line above,
    // "DU\nBUS", was joined to its item before.)
    if (it.name.size() <= 3 && it.name.find(' ') == std::string::npos) continue;
    last_name = it.name;
    last_name_b = s.b;
    if (sec == Section::kProxies) continue;  // a name without holder in "Pouvoirs :"
    Evidence ev = doc.EvidenceForFolded(s.b, s.e);
    if (sec == Section::kExcusedNonVoting) {
      act->evidence["/attendance/excused_non_voting/" + std::to_string(extra_names++)] = ev;
      continue;
    }
    // Two names written with initials run together when OCR lost the dash
    // between them ("É. MARQUE F. HONORÉ"): two members.
    // So do two whole names when a civility stands inside the item
    // ("Élodie ÉERLEREN Mme Françoise FLAMENT"): it opens the second.
    static const RE2 kTwo(R"(^(\p{Lu}\.?\s+[^\p{Ll}]+?)\s+(\p{Lu}\.\s+\p{Lu}[^\p{Ll}]*)$)");
    static const RE2 kCivilityInside(
        R"(^(\p{Lu}\S*\s+\p{Lu}\S*(?:\s+\p{Lu}\S*)?)\s+(?:Mme|M\.|Mlle|Madame|Monsieur)\s+(\p{Lu}\S*\s+\p{Lu}.*)$)");
    // And two "Prénom NOM" with the comma between them read as a speck
    // ("Daniel RUBIO RE Éric OUAGUEF" for "Daniel RUBIO COQUEMPOT, Éric OUAGUEF").
    static const RE2 kGivenTwice(
        R"(^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}{2,}[^\p{Ll}]*?)\s+)"
        R"((\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}{2,}[^\p{Ll}]*)$)");
    // Or a surname, its initial taken for "M.", run into the next member
    // ("M. MENEROIES G. MAHTOUR" read as Monsieur MENEROIES G. MAHTOUR).
    static const RE2 kSurnameThenInitial(
        R"(^(\p{Lu}{3,}[^\p{Ll}]*?)\s+(\p{Lu}\.\s+\p{Lu}{2,}[^\p{Ll}]*)$)");
    std::string first_name, second_name;
    if (RE2::FullMatch(it.name, kTwo, &first_name, &second_name) ||
        RE2::FullMatch(it.name, kSurnameThenInitial, &first_name, &second_name) ||
        RE2::FullMatch(it.name, kCivilityInside, &first_name, &second_name) ||
        RE2::FullMatch(it.name, kGivenTwice, &first_name, &second_name)) {
      AddName(ListFor(sec, &at), ListKey(sec), first_name, ev, act);
      AddName(ListFor(sec, &at), ListKey(sec), second_name, ev, act);
      continue;
    }
    AddName(ListFor(sec, &at), ListKey(sec), it.name, ev, act);
  }
  if (h.has_count) {
    Evidence ev = doc.EvidenceForFolded(h.count_b, h.end);
    SetSectionCount(h, h.count, ev, act);
  }
}

// `grid`: the attendance was read from a grid. Then a heading word alone on
// its line, no colon after it, is one of the grid's column headers that OCR
// set on a line of its own ("Absent" under "Collectivité Membre Présent …"),
// and the rows below it are the grid's, not a list.
void ReadProseLists(const DocText& doc, Act* act, bool grid) {
  const size_t first = act->first_line;
  const size_t last = std::min(act->last_line, doc.lines().size());
  const bool initial_style = last > first && InitialStyle(doc, first, last);
  std::vector<std::vector<Heading>> per_line(last > first ? last - first : 0);
  for (size_t li = first; li < last; ++li) {
    per_line[li - first] = HeadingsOnLine(doc, li);
    if (!grid) continue;
    auto& hs = per_line[li - first];
    hs.erase(std::remove_if(hs.begin(), hs.end(),
                            [&](const Heading& h) {
                              return doc.folded().find(':', h.begin) >= h.end &&
                                     doc.folded().find(';', h.begin) >= h.end;
                            }),
             hs.end());
  }
  for (size_t li = first; li < last; ++li) {
    const std::vector<Heading>& hs = per_line[li - first];
    for (size_t k = 0; k < hs.size(); ++k) {
      const Heading& h = hs[k];
      size_t content_b = h.end;
      size_t content_e;
      if (k + 1 < hs.size()) {
        content_e = hs[k + 1].begin;
      } else {
        // The list goes on over the following lines while they read as a list.
        size_t end_line = li + 1;
        const bool bare_a = h.rule->gives_proxy;
        auto lists_on = [&](size_t l) {
          return l < last && per_line[l - first].empty() && IsListLine(doc, l, bare_a);
        };
        // A line above that ends with a period closes the list when the
        // next line is a title in capitals ("… à Mme Véronique DELATTRE. :"
        // then "AIDE DÉPARTEMENTALE À L' INVESTISSEMENT …").
        auto title_after_period = [&](size_t l) {
          std::string above = RawText(doc, doc.lines()[l - 1].folded_begin, doc.lines()[l - 1].folded_end);
          while (!above.empty() && std::strchr(" :;,|_'", above.back())) above.pop_back();
          if (above.empty() || above.back() != '.') return false;
          // A sentence's period, not an initial's ("… – C.\nTHIEFFRY").
          const std::vector<std::string> above_words = SplitWords(above);
          if (above_words.empty() || ShapeOfToken(above_words.back()).letters < 3) return false;
          const std::vector<std::string> words =
              SplitWords(RawText(doc, doc.lines()[l].folded_begin, doc.lines()[l].folded_end));
          int caps = 0;
          for (const std::string& w : words) {
            const TokenShape sh = ShapeOfToken(w);
            // Lower case, or a separator between names: no title.
            if (sh.lower > 0 || w == "-" || w.find(',') != std::string::npos) return false;
            caps += sh.letters >= 3;
          }
          return caps >= 3;
        };
        while (end_line < last && per_line[end_line - first].empty()) {
          if (title_after_period(end_line)) break;
          if (IsListLine(doc, end_line, bare_a)) {
            ++end_line;
          } else if (IsRoleLine(doc, end_line) && lists_on(end_line + 1)) {
            end_line += 2;  // "Maire," between the lines of names
          } else {
            break;
          }
        }
        content_e = doc.lines()[end_line - 1].folded_end;
      }
      ReadSection(doc, h, content_b, content_e, initial_style, act);
    }
  }
}

// ---------------------------------------------------------------------------
// Stated counts outside the lists.

struct CountRule {
  const char* pattern;  // group 1: the number; optional group 2: "+ N"
  Opt<int> Attendance::*field;
  const char* key;
};

const std::vector<std::pair<std::unique_ptr<RE2>, const CountRule*>>& CountRules() {
  // A number after "label :" counts only when nothing but punctuation or
  // another label follows it, so that "Présents : 17 Votants : 19" reads and
  // "Présents : Y. HUTCHINSON" does not.
#define END "(?:\\s*(?:$|[-,;./()]|[a-z' ]+\\s*:))"
  static const CountRule kRules[] = {
      {"(?:membres|conseillers|delegues|sieges)(?:\\s+municipaux|\\s+communautaires|\\s+titulaires)"
       "?\\s+afferents?\\b[^\\n\\d]{0,60}?(\\d+)",
       &Attendance::seats, "/attendance/seats"},
      // A speck between the colon and the figure (": | 12", ": SE 14", ": : 13") is no word.
      {"en\\s+exercice\\s*(?:au\\s+jour\\s+de\\s+la\\s+seance\\s*)?(?::\\s*){0,2}(?:[|_.]\\s*|[a-z]{1,2}\\s+)?(\\d+)\\b",
       &Attendance::in_office, "/attendance/in_office"},
      {"(\\d+)\\s+(?:membres|conseillers|delegues|elus)(?:\\s+municipaux|\\s+communautaires|\\s+"
       "titulaires)?\\s+en\\s+exercice",
       &Attendance::in_office, "/attendance/in_office"},
      {"ont\\s+pris\\s+part\\s+(?:au\\s+vote|aux\\s+votes|a\\s+la\\s+deliberation|au\\s+scrutin)[^"
       "\\n\\d]{0,40}?(\\d+)(?:\\s*\\+\\s*(\\d+))?",
       &Attendance::voters_count, "/attendance/voters_count"},
      {"\\bvotants\\s*:?\\s*(\\d+)", &Attendance::voters_count, "/attendance/voters_count"},
      {"(\\d+)\\s+votants\\b", &Attendance::voters_count, "/attendance/voters_count"},
      {"(?:membres|conseillers|delegues)\\s+presents\\s*:?\\s*(\\d+)", &Attendance::present_count,
       "/attendance/present_count"},
      {"(?m)\\bpresent" PL "\\s*:\\s*(\\d+)" END, &Attendance::present_count,
       "/attendance/present_count"},
      {"(\\d+)\\s+(?:membres|conseillers|delegues)\\s+presents\\b", &Attendance::present_count,
       "/attendance/present_count"},
      {"(?m)\\bexcuse" PL "\\s*:\\s*(\\d+)" END, &Attendance::excused_count,
       "/attendance/excused_count"},
      {"(?m)\\babsent" PL "\\s*:\\s*(\\d+)" END, &Attendance::absent_count,
       "/attendance/absent_count"},
      {"(?m)\\b(?:pouvoirs|procurations)\\s*:\\s*(\\d+)" END, &Attendance::proxies_count,
       "/attendance/proxies_count"},
  };
#undef END
  static const auto* compiled = [] {
    auto* v = new std::vector<std::pair<std::unique_ptr<RE2>, const CountRule*>>;
    for (const CountRule& r : kRules) v->emplace_back(std::make_unique<RE2>(r.pattern), &r);
    return v;
  }();
  return *compiled;
}

void ReadCounts(const DocText& doc, size_t fb, size_t fe, Act* act) {
  const std::string& f = doc.folded();
  Attendance& at = act->attendance;
  for (const auto& [re, rule] : CountRules()) {
    re2::StringPiece text = Piece(f, fb, fe);
    re2::StringPiece m[3];
    size_t pos = 0;
    while (pos < text.size() && re->Match(text, pos, text.size(), RE2::UNANCHORED, m, 3)) {
      int n = 0;
      pos = m[0].data() - text.data() + std::max<size_t>(m[0].size(), 1);
      if (!ParseInt(std::string_view(m[1].data(), m[1].size()), &n)) continue;
      size_t mb = m[0].data() - f.data(), me = mb + m[0].size();
      // Trim the match to end at its last number for the evidence.
      const re2::StringPiece& last_num = m[2].empty() ? m[1] : m[2];
      me = last_num.data() - f.data() + last_num.size();
      Evidence ev = doc.EvidenceForFolded(mb, me);
      int plus = 0;
      if (!m[2].empty() && ParseInt(std::string_view(m[2].data(), m[2].size()), &plus)) {
        // "procurations 17 + 1": present voters plus proxies.
        SetCount(&(at.*(rule->field)), n + plus, rule->key, ev, act);
        if (rule->field == &Attendance::voters_count && !at.proxies_count) {
          // Read after the lists, so only when no list stated it.
          at.proxies_count = plus;
          act->evidence["/attendance/proxies_count"] = ev;
        }
      } else if (rule->field == &Attendance::voters_count &&
                 std::string_view(m[0].data(), m[1].data() - m[0].data()).find("procuration") !=
                     std::string_view::npos) {
        // "ont pris part … : procurations 11 + 2" announces a sum; one number
        // alone is the sum read in part (OCR lost "+ 2"): unknown, not 11.
      } else {
        SetCount(&(at.*(rule->field)), n, rule->key, ev, act);
      }
      break;  // first statement of each rule
    }
  }
}

// ---------------------------------------------------------------------------
// Attendance grids as text lines.

enum class Col { kPresent, kAbsent, kExcused };

struct Marker {
  size_t b = 0, e = 0;  // folded
  bool checked = false;
  double x = -1;  // centre of its word, when known
};

std::vector<Marker> MarkersOnLine(const DocText& doc, size_t li) {
  static const RE2 kMarker(
      "(<input\\b[^>]*>)|(\\x{2610}|\\x{25A1}|\\x{25A2}|\\x{274F})|"
      "(\\x{2612}|\\x{2611}|\\x{25A0}|\\x{2713}|\\x{2714}|\\x{2717}|\\x{2718}|\\x{2613}|\\x{22A0}|"
      "\\x{25A3})|"
      "(?:^|\\s)(x|\\[\\s*x\\s*\\])(?:\\s|$)|(?:^|\\s)(\\[\\s*\\])(?:\\s|$)");
  const DocText::LineRef& ref = doc.lines()[li];
  const std::string& f = doc.folded();
  std::vector<Marker> out;
  re2::StringPiece text = Piece(f, ref.folded_begin, ref.folded_end);
  re2::StringPiece m[6];
  size_t pos = 0;
  while (pos < text.size() && kMarker.Match(text, pos, text.size(), RE2::UNANCHORED, m, 6)) {
    Marker mk;
    int g = !m[1].empty() ? 1 : !m[2].empty() ? 2 : !m[3].empty() ? 3 : !m[4].empty() ? 4 : 5;
    mk.b = m[g].data() - f.data();
    mk.e = mk.b + m[g].size();
    if (g == 1) {
      std::string tag(m[1].data(), m[1].size());
      if (tag.find("checkbox") == std::string::npos) {
        pos = m[0].data() - text.data() + m[0].size();
        continue;
      }
      mk.checked = tag.find("checked") != std::string::npos;
    } else {
      mk.checked = g == 3 || g == 4;
    }
    // Centre of the word holding it.
    size_t rb = doc.RawOffset(mk.b);
    size_t off = ref.raw_begin;
    for (const Word& w : ref.line->words) {
      if (rb >= off && rb < off + w.text.size() + 1) {
        mk.x = (w.box.x0 + w.box.x1) / 2;
        break;
      }
      off += w.text.size() + 1;
    }
    out.push_back(mk);
    // An "x" consumes its following space; let the next one start there.
    pos = g >= 4 ? mk.e - ref.folded_begin : m[0].data() - text.data() + m[0].size();
  }
  return out;
}

// The person's name in the text before a row's first box: after the last
// civility; without one, the trailing capitals and one given name before
// them (the collectivité comes first: "Département du Nord Grégory
// BARTHOLOMEUS").
Span RowName(const DocText& doc, size_t b, size_t e) {
  static const RE2 kCivility("(?:^|\\s)(?:m|mme|mlle|monsieur|madame|mademoiselle)\\.?\\s");
  const std::string& f = doc.folded();
  re2::StringPiece text = Piece(f, b, e);
  re2::StringPiece m;
  size_t pos = 0, after = std::string::npos;
  while (pos < text.size() && kCivility.Match(text, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
    after = m.data() - text.data() + m.size();
    pos = after;
  }
  Span s{b, e};
  if (after != std::string::npos) {
    s.b = b + after;
    TrimSpan(f, &s.b, &s.e);
    return s;
  }
  // Tokens from the end.
  std::vector<Span> toks;
  for (size_t i = b; i < e;) {
    while (i < e && IsBlank(f[i])) ++i;
    size_t tb = i;
    while (i < e && !IsBlank(f[i])) ++i;
    if (i > tb) toks.push_back({tb, i});
  }
  int k = static_cast<int>(toks.size()) - 1;
  int surname_start = -1;
  while (k >= 0 && HoldsSurname(doc, toks[k].b, toks[k].e)) surname_start = k--;
  if (surname_start < 0) return {e, e};
  if (k >= 0) {
    TokenShape sh = ShapeOfToken(RawText(doc, toks[k].b, toks[k].e));
    if (sh.first_upper && sh.lower > 0 && sh.digits == 0) surname_start = k;
  }
  return {toks[surname_start].b, e};
}

bool AllIntegers(const DocText& doc, size_t b, size_t e, std::vector<std::pair<int, Span>>* nums) {
  const std::string& f = doc.folded();
  nums->clear();
  for (size_t i = b; i < e;) {
    while (i < e && IsBlank(f[i])) ++i;
    size_t tb = i;
    while (i < e && !IsBlank(f[i])) ++i;
    if (i == tb) continue;
    int n = 0;
    if (!ParseInt(std::string_view(f.data() + tb, i - tb), &n)) return false;
    nums->push_back({n, {tb, i}});
  }
  return !nums->empty();
}

bool AllIntegersLine(const DocText& doc, size_t b, size_t e) {
  std::vector<std::pair<int, Span>> nums;
  return AllIntegers(doc, b, e, &nums);
}

const char* ColKey(Col c) {
  return c == Col::kPresent ? "present" : c == Col::kAbsent ? "absent" : "excused";
}

std::vector<std::string>* ColList(Col c, Attendance* at) {
  return c == Col::kPresent ? &at->present : c == Col::kAbsent ? &at->absent : &at->excused;
}

Opt<int>* ColCount(Col c, Attendance* at) {
  return c == Col::kPresent  ? &at->present_count
         : c == Col::kAbsent ? &at->absent_count
                             : &at->excused_count;
}

// Returns whether a grid was read.
bool ReadTextGrid(const DocText& doc, Act* act) {
  static const RE2 kPresent("(\\bpresent" PL "\\b)");
  static const RE2 kAbsent("(\\babsent" PL "\\b)");
  static const RE2 kExcused("(\\bexcuse" PL "\\b)");
  static const RE2 kPouvoir("\\b(?:pouvoirs?|procurations?|represente" PL ")\\b");
  const std::string& f = doc.folded();
  const size_t last = std::min(act->last_line, doc.lines().size());
  bool read = false;
  for (size_t li = act->first_line; li < last; ++li) {
    const DocText::LineRef& ref = doc.lines()[li];
    re2::StringPiece line = Piece(f, ref.folded_begin, ref.folded_end);
    if (line.size() > 200) continue;  // a header is short
    re2::StringPiece mp, ma, me;
    bool has_p = RE2::PartialMatch(line, kPresent, &mp);
    if (!has_p) continue;
    bool has_a = RE2::PartialMatch(line, kAbsent, &ma);
    bool has_e = RE2::PartialMatch(line, kExcused, &me);
    if ((!has_a && !has_e) || line.find(':') != re2::StringPiece::npos) continue;
    // Columns in the header's order, with the x of their header word.
    struct ColPos {
      Col col;
      size_t off;
      double x;
    };
    std::vector<ColPos> cols;
    auto x_of = [&](size_t folded_off) {
      size_t rb = doc.RawOffset(folded_off);
      size_t off = ref.raw_begin;
      for (const Word& w : ref.line->words) {
        if (rb >= off && rb < off + w.text.size() + 1) return (w.box.x0 + w.box.x1) / 2;
        off += w.text.size() + 1;
      }
      return -1.0;
    };
    auto add = [&](Col c, bool has, const re2::StringPiece& m) {
      if (!has) return;
      size_t off = ref.folded_begin + (m.data() - line.data());
      cols.push_back({c, off, x_of(off)});
    };
    add(Col::kPresent, has_p, mp);
    add(Col::kAbsent, has_a, ma);
    add(Col::kExcused, has_e, me);
    std::sort(cols.begin(), cols.end(),
              [](const ColPos& a, const ColPos& b) { return a.off < b.off; });
    bool has_proxy_col = RE2::PartialMatch(line, kPouvoir);

    Attendance& at = act->attendance;
    bool any_row = false;
    size_t row = li + 1;
    for (; row < last; ++row) {
      const DocText::LineRef& rr = doc.lines()[row];
      std::vector<Marker> marks = MarkersOnLine(doc, row);
      if (marks.empty() && !any_row && row <= li + 2 &&
          !AllIntegersLine(doc, rr.folded_begin, rr.folded_end)) {
        continue;  // the end of a header wrapped over lines ("Pouvoir\nà")
      }
      if (marks.empty()) {
        std::vector<std::pair<int, Span>> nums;
        if (AllIntegers(doc, rr.folded_begin, rr.folded_end, &nums) && nums.size() >= 2 &&
            nums.size() <= cols.size() + 1) {
          for (size_t k = 0; k < nums.size(); ++k) {
            Evidence ev = doc.EvidenceForFolded(nums[k].second.b, nums[k].second.e);
            if (k < cols.size()) {
              SetCount(ColCount(cols[k].col, &at), nums[k].first,
                       std::string("/attendance/") + ColKey(cols[k].col) + "_count", ev, act);
            } else if (has_proxy_col) {
              SetCount(&at.proxies_count, nums[k].first, "/attendance/proxies_count", ev, act);
            }
          }
          ++row;
        }
        break;
      }
      read = true;
      any_row = true;
      // Which column each box is in: in order when there is one per column,
      // else by the x of its header word.
      std::vector<Col> checked;
      if (marks.size() == cols.size()) {
        for (size_t k = 0; k < marks.size(); ++k)
          if (marks[k].checked) checked.push_back(cols[k].col);
      } else {
        for (const Marker& mk : marks) {
          if (!mk.checked || mk.x < 0) continue;
          double best = 1e18;
          const ColPos* bc = nullptr;
          for (const ColPos& c : cols) {
            if (c.x < 0) continue;
            double d = std::abs(c.x - mk.x);
            if (d < best) {
              best = d;
              bc = &c;
            }
          }
          if (bc) checked.push_back(bc->col);
        }
      }
      Span name = RowName(doc, rr.folded_begin, marks.front().b);
      if (name.e <= name.b) continue;
      std::string printed = StripCivility(RawText(doc, name.b, name.e));
      if (printed.empty()) continue;
      Evidence ev = doc.EvidenceForFolded(name.b, name.e);
      for (Col c : checked) AddName(ColList(c, &at), ColKey(c), printed, ev, act);
      size_t pb = marks.back().e, pe = rr.folded_end;
      TrimSpan(f, &pb, &pe);
      if (pe > pb) {
        std::string to = StripCivility(RawText(doc, pb, pe));
        if (PlausibleName(to)) AddProxy(printed, to, doc.EvidenceForFolded(name.b, pe), act);
      }
    }
    li = row > li ? row - 1 : li;
  }
  return read;
}

// ---------------------------------------------------------------------------
// Attendance grids found on the page image.

std::string CellFolded(const TableCell& c) {
  std::string f = Fold(c.text);
  size_t b = 0, e = f.size();
  while (b < e && IsBlank(f[b])) ++b;
  while (e > b && IsBlank(f[e - 1])) --e;
  return f.substr(b, e - b);
}

// A cell's text without the tokens that hold no letter or digit: OCR reads
// the rules and specks of a cell as "|", ":", "_" ("| Mme Isabelle :
// VANDENBERGHE").
std::string CellWords(const TableCell& c) {
  std::string out;
  const std::string& t = c.text;
  for (size_t i = 0; i < t.size();) {
    while (i < t.size() && IsBlank(t[i])) ++i;
    size_t b = i;
    bool word = false;
    while (i < t.size() && !IsBlank(t[i])) {
      unsigned char ch = static_cast<unsigned char>(t[i++]);
      word |= std::isalnum(ch) || ch >= 0x80;
    }
    if (!word) continue;
    if (!out.empty()) out.push_back(' ');
    out.append(t, b, i - b);
  }
  return out;
}

// The person a cell names, civility removed. A narrow column wraps a
// surname inside the word ("Mme\nRUBIO COQ\nUEMPOT"): when the cell's words
// make no name, two adjacent words in capitals are tried joined.
std::string CellName(const TableCell& c) {
  std::string name = StripCivility(CellWords(c));
  if (PlausibleName(name)) return name;
  std::vector<std::string> words = SplitWords(name);
  // The last pair first: a wrap cuts the name's end.
  for (size_t k = words.size() < 2 ? 0 : words.size() - 1; k-- > 0;) {
    TokenShape a = ShapeOfToken(words[k]), b = ShapeOfToken(words[k + 1]);
    if (a.letters < 2 || a.lower > 0 || b.letters < 2 || b.lower > 0) continue;
    std::string j;
    for (size_t i = 0; i < words.size(); ++i)
      j += (i == 0 ? "" : (i == k + 1 ? "" : " ")) + words[i];
    if (PlausibleName(j)) return j;
  }
  return name;
}

bool CellTicked(const TableCell& c) {
  if (c.checkbox) return c.checked;
  std::string f = CellFolded(c);
  static const RE2 kTick(
      "x|\\x{2612}|\\x{2611}|\\x{25A0}|\\x{2713}|\\x{2714}|\\x{2717}|\\x{2718}|\\x{2613}|\\x{22A0}|"
      "oui");
  return !f.empty() && RE2::FullMatch(f, kTick);
}

}  // namespace

bool AttendanceFromTable(const Table& table, int page, double confidence, Act* act) {
  static const RE2 kPresent("\\bpresent" PL "\\b");
  static const RE2 kAbsent("\\babsent" PL "\\b");
  static const RE2 kExcused("\\bexcuse" PL "\\b");
  static const RE2 kPouvoir("\\b(?:pouvoirs?|procurations?|represente" PL ")\\b");
  static const RE2 kNameCol("\\b(?:membres?|noms?|elus?|delegues?|conseillers?|titulaires?)\\b");
  static const RE2 kGroupCol("\\b(?:collectivites?|organismes?|structures?|colleges?)\\b");
  std::vector<std::vector<const TableCell*>> grid(
      table.rows, std::vector<const TableCell*>(table.cols, nullptr));
  for (const TableCell& c : table.cells) {
    if (c.row >= 0 && c.row < table.rows && c.col >= 0 && c.col < table.cols)
      grid[c.row][c.col] = &c;
  }
  int header = -1, name_col = -1, proxy_col = -1, group_col = -1;
  std::vector<std::pair<int, Col>> cols;
  for (int r = 0; r < table.rows && header < 0; ++r) {
    std::vector<std::pair<int, Col>> found;
    int nc = -1, pc = -1, gc = -1;
    for (int c = 0; c < table.cols; ++c) {
      if (!grid[r][c]) continue;
      std::string f = CellFolded(*grid[r][c]);
      // A narrow column breaks its header word over lines ("Présen ts",
      // "Excusé s"): read it with the break closed.
      if (!RE2::PartialMatch(f, kPresent) && !RE2::PartialMatch(f, kExcused) &&
          !RE2::PartialMatch(f, kAbsent)) {
        std::string squeezed;
        for (char ch : f)
          if (!IsBlank(ch)) squeezed.push_back(ch);
        // OCR of the broken word may misread its tail ("Excusé rs").
        static const RE2 kBroken("(presen|absen|excus)[a-z]{0,3}");
        std::string stem;
        if (RE2::FullMatch(squeezed, kBroken, &stem))
          f = stem == "presen" ? "present" : stem == "absen" ? "absent" : "excuse";
      }
      if (RE2::PartialMatch(f, kPresent))
        found.push_back({c, Col::kPresent});
      else if (RE2::PartialMatch(f, kExcused))
        found.push_back({c, Col::kExcused});
      else if (RE2::PartialMatch(f, kAbsent))
        found.push_back({c, Col::kAbsent});
      else if (RE2::PartialMatch(f, kPouvoir))
        pc = c;
      else if (RE2::PartialMatch(f, kGroupCol) && gc < 0)
        gc = c;
      else if (RE2::PartialMatch(f, kNameCol) && nc < 0)
        nc = c;
    }
    bool has_present = false;
    for (auto& [c, col] : found) has_present |= col == Col::kPresent;
    if (has_present && found.size() >= 2) {
      header = r;
      cols = found;
      name_col = nc;
      proxy_col = pc;
      group_col = gc;
    }
  }
  if (header < 0) return false;
  if (name_col < 0) {
    int first_status = table.cols;
    for (auto& [c, col] : cols) first_status = std::min(first_status, c);
    name_col = first_status - 1;
  }
  if (name_col < 0) return false;
  Attendance& at = act->attendance;
  auto cell_ev = [&](const TableCell& c) {
    Evidence ev;
    ev.page = page;
    ev.box = c.box;
    ev.text = c.text;
    ev.confidence = confidence;
    return ev;
  };
  std::string group;  // the collectivité a delegate sits for (merged cells)
  const TableCell* header_name = grid[header][name_col];
  for (int r = header + 1; r < table.rows; ++r) {
    const TableCell* nc = grid[r][name_col];
    // A row whose name cell is the header's own (merged, same box) is the
    // header's lower part, split by a stray rule under some of its words.
    if (nc && header_name && nc->box.x0 == header_name->box.x0 &&
        nc->box.y0 == header_name->box.y0 && nc->box.y1 == header_name->box.y1)
      continue;
    std::string name = nc ? StripCivility(CellWords(*nc)) : "";
    // The row names its own collectivité (not a merged cell from above).
    bool own_group = false;
    if (group_col >= 0 && group_col != name_col && grid[r][group_col] &&
        !CellWords(*grid[r][group_col]).empty()) {
      group = CellWords(*grid[r][group_col]);
      own_group = grid[r - 1][group_col] != grid[r][group_col] && AsciiLetters(group) >= 3;
    }
    // Totals row: numbers under the status columns, no box; its name cell
    // may hold OCR noise from the rules ("cr").
    bool totals = name.empty();
    if (!totals) {
      int numbers = 0, boxes = 0;
      for (auto& [c, col] : cols) {
        int n = 0;
        if (!grid[r][c]) continue;
        boxes += grid[r][c]->checkbox;
        numbers += ParseInt(CellFolded(*grid[r][c]), &n);
      }
      totals = boxes == 0 && numbers >= 2 && numbers == static_cast<int>(cols.size()) &&
               !PlausibleName(name);
    }
    if (!totals && !group.empty() && PlausibleName(name)) at.groups[name] = group;
    if (totals) {
      // Totals row: numbers under the status columns (and the proxies one).
      for (auto& [c, col] : cols) {
        int n = 0;
        if (grid[r][c] && ParseInt(CellFolded(*grid[r][c]), &n))
          SetCount(ColCount(col, &at), n, std::string("/attendance/") + ColKey(col) + "_count",
                   cell_ev(*grid[r][c]), act);
      }
      int n = 0;
      if (proxy_col >= 0 && grid[r][proxy_col] && ParseInt(CellFolded(*grid[r][proxy_col]), &n))
        SetCount(&at.proxies_count, n, "/attendance/proxies_count", cell_ev(*grid[r][proxy_col]),
                 act);
      continue;
    }
    // OCR noise left alone in a name cell ("a") is no member; a proxy cell
    // beside it with words is a pair the reading lost.
    if (!PlausibleName(name)) {
      if (proxy_col >= 0 && grid[r][proxy_col] && ContainsLetter(CellWords(*grid[r][proxy_col])))
        ++at.proxy_rows_unread;
      // A member's name garbled, not a speck; or lost beside the collectivité it sits for.
      if (AsciiLetters(name) >= 3 || own_group) ++at.rows_unread;
      continue;
    }
    bool ticked_present = false, ticked = false;
    int ticks = 0;
    for (auto& [c, col] : cols) ticks += grid[r][c] && CellTicked(*grid[r][c]);
    // Ticked in two status columns (specks read as ticks: "LE | LE"): the
    // reading cannot tell which, no list holds the member.
    for (auto& [c, col] : cols) {
      if (ticks == 1 && grid[r][c] && CellTicked(*grid[r][c])) {
        AddName(ColList(col, &at), ColKey(col), name, cell_ev(*nc), act);
        ticked_present |= col == Col::kPresent;
        ticked = true;
      }
    }
    // A member whose boxes the scan left undecided (a tick read as "“2]"):
    // one no list holds.
    if (!ticked && !cols.empty()) ++at.rows_unread;
    if (proxy_col >= 0 && grid[r][proxy_col]) {
      std::string to = CellName(*grid[r][proxy_col]);
      if (!to.empty() && PlausibleName(to)) {
        Evidence ev = cell_ev(*grid[r][proxy_col]);
        ev.box.Extend(nc->box);
        ev.text = nc->text + " -> " + grid[r][proxy_col]->text;
        AddProxy(name, to, ev, act);
      } else if (ContainsLetter(to)) {
        // Words, but no name: a pair the reading lost.
        ++(ticked_present ? at.proxy_rows_unread : at.proxies_unread);
      }
    }
  }
  // A holder the grid's narrow column broke into pieces ("HING REZ-CÉRÉD A")
  // is the member whose surname it spells, spaces aside.
  std::vector<std::string> members;
  for (const auto* list : {&at.present, &at.absent, &at.excused})
    members.insert(members.end(), list->begin(), list->end());
  auto compact = [](const std::string& s) {
    std::string out;
    for (char ch : Fold(s))
      if (std::isalnum(static_cast<unsigned char>(ch))) out += ch;
    return out;
  };
  for (Proxy& p : at.proxies) {
    if (FindPerson(p.to, members) >= 0) continue;
    const std::string key = compact(p.to);
    for (const std::string& m : members) {
      const std::string surname = compact(MakePersonKey(m).surname);
      if (surname.size() >= 4 && (key == surname || key == surname + compact(MakePersonKey(m).initials))) {
        p.to = m;
        break;
      }
    }
  }
  return true;
}

// Members in office read from a scan as more than twice the council's seats
// ("729)" for 22 beside 23 seats): digits merged with a speck, not a figure
// of the document. Unknown, not wrong: null. A text layer's figure stays,
// however odd (count.exceeds_in_office reports it).
// Unless the seats are the figure below what the page names: a scan's seats
// fewer than the members it lists ("1%" for 11 beside 9 in office and nine
// names) lost a digit; then the seats are unknown and the members in office
// stay.
void DropMisreadInOffice(Act* act) {
  Attendance& at = act->attendance;
  if (!at.in_office || !at.seats || *at.in_office <= 2 * *at.seats + 1) return;
  const size_t named = at.present.size() + at.absent.size() + at.excused.size();
  auto seats_ev = act->evidence.find("/attendance/seats");
  if (named > static_cast<size_t>(*at.seats) && seats_ev != act->evidence.end() &&
      seats_ev->second.confidence < 1.0f) {
    at.seats.reset();
    act->evidence.erase(seats_ev);
    return;
  }
  auto ev = act->evidence.find("/attendance/in_office");
  if (ev == act->evidence.end() || ev->second.confidence >= 1.0f) return;
  at.in_office.reset();
  act->evidence.erase(ev);
}

void ExtractAttendance(const DocText& doc, Act* act) {
  const size_t last = std::min(act->last_line, doc.lines().size());
  if (act->first_line >= last) return;
  // Grids found on the act's page images first; a grid read there is not read
  // again from its text.
  std::vector<int> pages = act->pages;
  if (pages.empty()) {
    for (size_t li = act->first_line; li < last; ++li) {
      int p = doc.lines()[li].page;
      if (pages.empty() || pages.back() != p) pages.push_back(p);
    }
  }
  bool grid = false;
  for (const PageText& p : doc.pages()) {
    if (std::find(pages.begin(), pages.end(), p.number) == pages.end()) continue;
    for (const Table& t : p.tables) grid |= AttendanceFromTable(t, p.number, p.mean_conf, act);
  }
  if (!grid) ReadTextGrid(doc, act);
  ReadProseLists(doc, act, grid);
  ReadCounts(doc, doc.lines()[act->first_line].folded_begin, doc.lines()[last - 1].folded_end, act);
  DropMisreadInOffice(act);
}

#undef PL

}  // namespace delib
