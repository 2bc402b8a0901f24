#include "extractors/non_voting.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>
#include <utility>

#include "extractors/names.h"
#include "pipeline/base/fold.h"
#include "pipeline/text/lexicon.h"

namespace delib {
namespace {

constexpr size_t kMaxNamesChars = 240;     // the names after a colon or "non-participation de"
constexpr size_t kSameSentenceChars = 40;  // a second verb for the same names

const RE2& Verb() {
  static const RE2 re(
      "\\bne\\s+(?:prend|prennent|prenant|participe|participent|participant)\\s+pas\\s+(?:part\\s+"
      ")?(?:au(?:x)?\\s+votes?|a\\s+(?:la\\s+|cette\\s+)?deliberation|a\\s+ce\\s+vote)"
      "|\\bne\\s+(?:vote|votent|votant)\\s+pas\\b"
      "|\\b(?:quitte|quittent|quittant|sort|sortent|sortant|se\\s+retire|se\\s+retirent)\\s+(?:"
      "de\\s+)?"
      "(?:la|sa)\\s+(?:salle|seance|piece)\\b");
  return re;
}
const RE2& Noun() {
  static const RE2 re("\\bnon[\\s-]*participations?\\s+au(?:x)?\\s+votes?\\s+(?:de\\s+|d')?");
  return re;
}

// A raw span.
struct Part {
  size_t b = 0, e = 0;
};

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t'; }

Part Trimmed(const std::string& raw, Part p) {
  while (p.b < p.e && (IsSpace(raw[p.b]) || raw[p.b] == ',')) ++p.b;
  while (p.e > p.b && (IsSpace(raw[p.e - 1]) || raw[p.e - 1] == ',')) --p.e;
  return p;
}

// [b, e) of the raw text cut at ',' and " et ".
std::vector<Part> SplitNames(const std::string& raw, size_t b, size_t e) {
  std::vector<Part> parts;
  size_t start = b;
  for (size_t i = b; i < e; ++i) {
    if (raw[i] == ',' || raw[i] == ';') {
      parts.push_back(Trimmed(raw, {start, i}));
      start = i + 1;
    } else if (i + 4 <= e && IsSpace(raw[i]) && raw.compare(i + 1, 2, "et") == 0 &&
               IsSpace(raw[i + 3])) {
      parts.push_back(Trimmed(raw, {start, i}));
      start = i + 4;
    }
  }
  parts.push_back(Trimmed(raw, {start, e}));
  return parts;
}

bool IsChair(std::string_view printed) {
  static const RE2 re("(?:(?:monsieur|madame)\\s+)?(?:le|la)\\s+(?:maire|presidente?)");
  const std::string f = Fold(printed);
  return RE2::FullMatch(f, re);
}

// A part opening with a function ("Administrateur du Crédit Agricole",
// "Adjoint au Maire"): a role in apposition, not a name.
bool IsRole(std::string_view printed) {
  const std::string f = Fold(printed);
  const std::string first = f.substr(0, f.find(' '));
  return InClass(first, WordClass::kFunction);
}

// The part read as a name: the printed text with its civility removed,
// when it looks like a person's.
std::optional<std::string> NameOf(const std::string& raw, Part p) {
  if (p.e <= p.b) return std::nullopt;
  std::string name = StripCivility(std::string_view(raw).substr(p.b, p.e - p.b));
  std::replace(name.begin(), name.end(), '\n', ' ');
  if (!LooksLikePersonName(name)) return std::nullopt;
  return name;
}

// The tail of a part from its last civility word ("le Conseil adopte,
// Mesdames Paula RINIERI" -> "Mesdames Paula RINIERI"); the part itself
// when it holds none.
Part FromLastCivility(const std::string& raw, Part p) {
  size_t at = p.e;
  size_t i = p.b;
  while (i < p.e) {
    while (i < p.e && IsSpace(raw[i])) ++i;
    size_t j = i;
    while (j < p.e && !IsSpace(raw[j])) ++j;
    std::string w = Fold(std::string_view(raw).substr(i, j - i));
    while (!w.empty() && w.back() == '.') w.pop_back();
    if (j > i && IsCivility(w)) at = i;
    i = j;
  }
  return at == p.e ? p : Part{at, p.e};
}

// Where the sentence holding raw offset `end` starts, searching back no
// further than `floor`: after a ';', ':', a bracket, a bullet, or a period
// closing a word of two letters or more ("présentée."), not an initial's.
size_t SentenceStart(const std::string& raw, size_t floor, size_t end) {
  for (size_t i = end; i > floor; --i) {
    const char c = raw[i - 1];
    if (c == ';' || c == ':' || c == '(' || c == ')') return i;
    if (static_cast<unsigned char>(c) >= 0xe2 && i + 1 < end) {
      // A bullet or arrow (3-byte symbols from U+2000 on) opens an item.
      const unsigned char next = static_cast<unsigned char>(raw[i]);
      if (next == 0x80 || next == 0x9e || next == 0x96 || next == 0x97) return i + 2;
    }
    if (c == '.') {
      size_t k = i - 1, letters = 0;
      while (k > floor && std::isalpha(static_cast<unsigned char>(raw[k - 1]))) --k, ++letters;
      if (letters >= 2) return i;
    }
  }
  return floor;
}

void AddNamed(const std::string& raw, Part p, NotVotingStatement* st) {
  if (IsChair(std::string_view(raw).substr(p.b, p.e - p.b))) {
    st->names.push_back({"", p.b, p.e, true});
    return;
  }
  if (auto name = NameOf(raw, p)) st->names.push_back({*name, p.b, p.e, false});
}

// The names read back from the verb at raw offset `verb_b`.
void NamesBefore(const DocText& doc, size_t floor, size_t verb_b, NotVotingStatement* st) {
  const std::string& raw = doc.raw();
  const std::vector<Part> parts = SplitNames(raw, SentenceStart(raw, floor, verb_b), verb_b);
  std::vector<Part> kept;
  bool apposition_skipped = false;
  for (size_t k = parts.size(); k-- > 0;) {
    // A part holding a civility past its start is named from it ("de
    // l'Eau Monsieur Bernard ROBERT": the title's end on the line above).
    const Part p = FromLastCivility(raw, parts[k]);
    if (p.e <= p.b) continue;
    const std::string_view text = std::string_view(raw).substr(p.b, p.e - p.b);
    if ((NameOf(raw, p) && !IsRole(text)) || IsChair(text)) {
      kept.push_back(p);
      continue;
    }
    // "X, Administrateur du Crédit Agricole, ne prend pas part": once,
    // right before the verb, when a name stands before it.
    if (kept.empty() && !apposition_skipped && k > 0) {
      apposition_skipped = true;
      continue;
    }
    break;
  }
  std::reverse(kept.begin(), kept.end());
  for (const Part& p : kept) AddNamed(raw, p, st);
}

// The names after a colon or "non-participation au vote de", up to the
// sentence's end, a closing bracket or the line's end after a colon.
void NamesAfter(const DocText& doc, size_t from, size_t limit, bool line_only,
                NotVotingStatement* st) {
  const std::string& raw = doc.raw();
  size_t e = from;
  const size_t cap = std::min(limit, from + kMaxNamesChars);
  while (e < cap && raw[e] != ')' && raw[e] != ';' && !(line_only && raw[e] == '\n')) {
    if (raw[e] == '.' && e >= from + 2 && std::isalpha(static_cast<unsigned char>(raw[e - 1])) &&
        std::isalpha(static_cast<unsigned char>(raw[e - 2])))
      break;
    ++e;
  }
  for (const Part& p : SplitNames(raw, from, e)) AddNamed(raw, p, st);
  st->e = std::max(st->e, e);
}

// The offset in doc.folded() of raw offset `raw` (the first folded byte
// mapping at or after it).
size_t FoldedAt(const DocText& doc, size_t raw) {
  size_t lo = 0, hi = doc.folded().size();
  while (lo < hi) {
    const size_t mid = (lo + hi) / 2;
    if (doc.RawOffset(mid) < raw)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

}  // namespace

std::vector<NotVotingStatement> FindNotVoting(const DocText& doc, size_t fb, size_t fe) {
  std::vector<NotVotingStatement> out;
  const std::string& f = doc.folded();
  const re2::StringPiece text(f.data() + fb, fe - fb);
  const size_t raw_limit = doc.RawOffset(fe);
  re2::StringPiece m;
  for (const RE2* re : {&Verb(), &Noun()}) {
    size_t pos = 0;
    while (pos < text.size() && re->Match(text, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
      pos = static_cast<size_t>(m.data() - text.data()) + std::max<size_t>(m.size(), 1);
      const size_t mb = static_cast<size_t>(m.data() - f.data()), me = mb + m.size();
      NotVotingStatement st;
      st.b = doc.RawOffset(mb);
      st.e = doc.RawOffset(me);
      if (re == &Noun()) {
        NamesAfter(doc, st.e, raw_limit, false, &st);
      } else {
        // "ne prennent pas part au vote : A, B" names after its colon.
        size_t c = me;
        while (c < fe && f[c] == ' ') ++c;
        if (c < fe && f[c] == ':') {
          NamesAfter(doc, doc.RawOffset(c + 1), raw_limit, true, &st);
        } else {
          // This line and the one above, inside the span.
          size_t li = doc.LineAtFolded(mb);
          if (li > 0 && doc.lines()[li - 1].folded_begin >= fb) --li;
          const size_t floor = std::max(doc.RawOffset(fb), doc.lines()[li].raw_begin);
          NamesBefore(doc, floor, st.b, &st);
          if (!st.names.empty()) st.b = std::min(st.b, st.names.front().b);
        }
      }
      st.folded_b = FoldedAt(doc, st.b);
      st.folded_e = std::max(FoldedAt(doc, st.e), me);
      out.push_back(std::move(st));
    }
  }
  std::sort(out.begin(), out.end(),
            [](const NotVotingStatement& a, const NotVotingStatement& b) { return a.b < b.b; });
  // "X ne prend pas part au vote et quitte la salle": one statement.
  std::vector<NotVotingStatement> merged;
  for (NotVotingStatement& st : out) {
    if (!merged.empty()) {
      NotVotingStatement& prev = merged.back();
      if (st.b <= prev.e + kSameSentenceChars && st.names.empty() &&
          doc.raw().find_first_of(".;", prev.e) >= st.b) {
        prev.e = std::max(prev.e, st.e);
        prev.folded_e = std::max(prev.folded_e, st.folded_e);
        continue;
      }
    }
    merged.push_back(std::move(st));
  }
  return merged;
}

}  // namespace delib
