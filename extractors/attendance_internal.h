// Internals of the attendance reader (extractors/attendance.h), shared by its
// files; nothing outside extractors/attendance*.cc includes this.
//
//   attendance_headings.cc  the headings that open a prose list ("Présents :",
//                           "Absents ayant donné pouvoir :") and the counts
//                           stated outside the lists ("Votants : 19")
//   attendance_split.cc     cutting a list into items: commas, dashes, "et",
//                           line breaks after a complete name
//   attendance_items.cc     reading one item: a name without civility or
//                           stray marks, a proxy, a role, a number
//   attendance_proxies.cc   proxies in prose: "X donne pouvoir à Y"
//   attendance_grids.cc     grids, as text lines or as tables of a page image
//   attendance.cc           the orchestration: which lines a list spans, which
//                           list an item goes to, ExtractAttendance
//
// Spans are offsets into DocText::folded(); names are kept as printed.
#pragma once

#include <re2/re2.h>

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/act.h"
#include "pipeline/text/doc_text.h"

// Plural and gender marks after a heading word: "présent(e)s", "excusé(s)",
// "absentes"; a space or a period before the "s" too.
#define DELIB_PLURAL "(?:\\.? ?s|e|es|\\(e?s?\\)|\\(es\\))?"

namespace delib {
namespace attendance_detail {

// ---------------------------------------------------------------------------
// Text helpers (attendance_split.cc).

struct Span {
  size_t b = 0, e = 0;  // folded offsets
};

// Raw text of a folded span, newlines as spaces.
std::string RawText(const DocText& doc, size_t fb, size_t fe);
bool IsBlank(char c);
// Trims spaces, markdown emphasis and list punctuation from a folded span.
void TrimSpan(const std::string& f, size_t* b, size_t* e);
// A non-negative integer of at most 6 digits, nothing else.
bool ParseInt(std::string_view s, int* out);
re2::StringPiece Piece(const std::string& s, size_t b, size_t e);
// The words of a text (tokens.h SplitSpaces), owned.
std::vector<std::string> WordsOf(std::string_view s);
bool PlausibleName(const std::string& name);
bool ContainsLetter(const std::string& s);
int AsciiLetters(const std::string& s);
// Whether the folded "a" at `folded_pos` was printed "à" (the preposition of
// a pair), not "A" (an initial).
bool GraveA(const DocText& doc, size_t folded_pos);

// ---------------------------------------------------------------------------
// Headings (attendance_headings.cc).

enum class Section { kPresent, kExcused, kAbsent, kNonVoting, kExcusedNonVoting, kProxies };

struct HeadingRule {
  std::string keyword;  // RE2 over folded text
  Section section;
  bool gives_proxy;  // members listed under it give a proxy
};

struct Heading {
  size_t line = 0;
  size_t begin = 0, end = 0;  // folded offsets, end past the ':'
  const HeadingRule* rule = nullptr;
  bool has_count = false;
  int count = 0;
  size_t count_b = 0, count_e = 0;
};

// Headings on one line: at its start, or after ". " / "; " with a colon.
std::vector<Heading> HeadingsOnLine(const DocText& doc, size_t li);

// Counts stated outside the lists in [fb, fe): seats, members in office,
// voters, "Présents : 17"; the first statement of each wins.
void ReadCounts(const DocText& doc, size_t fb, size_t fe, Act* act);

// ---------------------------------------------------------------------------
// Cutting a list into items (attendance_split.cc).

// Items of [b, e): cut at ',', ';', " - ", " et ", and at line breaks that
// follow a complete name.
std::vector<Span> SplitItems(const DocText& doc, size_t b, size_t e);
// Whether a span holds a word in capitals of two letters or more (a surname).
bool HoldsSurname(const DocText& doc, size_t fb, size_t fe);
// Whether a span ends on a word that waits for more of the name: a particle,
// a civility, "à".
bool EndsWaiting(const DocText& doc, size_t b, size_t e);
// Role words only ("Adjoints au Maire"); folded, trimmed.
bool IsRoleOnly(const std::string& folded_item);
// The members a garbled item of a present list stands for.
int MembersInGarble(const DocText& doc, Span s);
// "Ss.": a capital and the same letter in lower case before a period.
bool DoubledInitial(const std::string& w);

// ---------------------------------------------------------------------------
// Reading an item (attendance_items.cc, attendance_proxies.cc).

enum class ItemKind { kName, kProxy, kProxyTail, kRole, kNumber, kOther };

struct Item {
  ItemKind kind = ItemKind::kOther;
  Span span;
  std::string name;  // kName: the name; kProxy: the giver
  std::string to;    // kProxy: the holder
  Span from_span, to_span;
  int number = 0;
};

// The name without the functions printed after it (lexicon kFunction):
// "JALON Benjamin Délégué" -> "JALON Benjamin".
std::string WithoutFunction(std::string name);

// `bare_a`: the item is in a list whose members give proxies, where "X à Y"
// is a pair.
Item ReadItem(const DocText& doc, Span s, bool bare_a);
// The name an item prints: civility, specks and a trailing parenthesis gone.
std::string ItemName(const DocText& doc, Span s);
// Two persons in one folded item, the "à" between them misread.
bool PairMisread(re2::StringPiece folded);

struct ProxyParse {
  Span from, to;
};
bool ParseProxy(const DocText& doc, Span item, bool bare_a, ProxyParse* out);
// The first item of a line that ends a pair begun on the line above ("à Y").
bool EndsItemOfLineAbove(const DocText& doc, Span s);
// An item that reads as a pair whose names OCR garbled.
bool LostProxy(const DocText& doc, Span s);

// ---------------------------------------------------------------------------
// Recording (attendance.cc) and grids (attendance_grids.cc).

void SetCount(Opt<int>* field, int value, const std::string& key, const Evidence& ev, Act* act);
void AddProxy(const std::string& from, const std::string& to, const Evidence& ev, Act* act);
void AddName(std::vector<std::string>* list, const char* key, const std::string& name,
             const Evidence& ev, Act* act);
// Returns whether a grid written as text lines was read.
bool ReadTextGrid(const DocText& doc, Act* act);

}  // namespace attendance_detail
}  // namespace delib
