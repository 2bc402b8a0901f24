#include "extractors/citations.h"

#include <re2/re2.h>

#include "extractors/dates.h"

namespace delib {
namespace {

std::string Raw(const DocText& doc, size_t fb, size_t fe) {
  size_t rb = doc.RawOffset(fb), re = doc.RawOffset(fe);
  std::string s = doc.raw().substr(rb, re - rb);
  for (char& c : s)
    if (c == '\n') c = ' ';
  // Trim spaces, emphasis and quotes (ASCII and « »).
  auto strip = [&s] {
    const char* ws = " \t*\"";
    size_t b = s.find_first_not_of(ws), e = s.find_last_not_of(ws);
    s = b == std::string::npos ? "" : s.substr(b, e - b + 1);
  };
  strip();
  if (s.rfind("\xC2\xAB", 0) == 0) s.erase(0, 2);
  if (s.size() >= 2 && s.compare(s.size() - 2, 2, "\xC2\xBB") == 0) s.erase(s.size() - 2);
  strip();
  return s;
}

}  // namespace

void ExtractCitations(const DocText& doc, Act* act) {
  const auto& lines = doc.lines();
  if (act->first_line >= act->last_line || act->last_line > lines.size()) return;
  const std::string& f = doc.folded();
  const size_t base = lines[act->first_line].folded_begin;
  const size_t end = lines[act->last_line - 1].folded_end;
  // Groups: number, body (optional), date, subject.
  static const RE2 kCitation(
      R"(vu\W{0,4}\s+la deliberation\s+(?:n[^0-9\s]{0,2}\s*)?([0-9][0-9a-z/._-]*[0-9a-z])\s+)"
      R"((?:(?:du|de la|de l')\s+((?:conseil|commission|comite|bureau)[^,;]{0,60}?)\s+)?)"
      R"((?:en date\s+)?du\s+(\d{1,2}(?:er)?\s+[a-z]+\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{4}))"
      R"(\s*(?:,\s*)?(?:approuvant|portant|relative a|relatif a|concernant|intitulee)?\s*([^;]{3,400}))");
  re2::StringPiece in(f.data() + base, end - base);
  re2::StringPiece g[5];
  size_t pos = 0;
  while (pos < in.size() && kCitation.Match(in, pos, in.size(), RE2::UNANCHORED, g, 5)) {
    Citation c;
    auto off = [&](const re2::StringPiece& p) { return static_cast<size_t>(p.data() - f.data()); };
    c.number = Raw(doc, off(g[1]), off(g[1]) + g[1].size());
    if (g[2].data()) c.body = Raw(doc, off(g[2]), off(g[2]) + g[2].size());
    c.date = ParseFrenchDate(std::string(g[3]));
    std::string subject = Raw(doc, off(g[4]), off(g[4]) + g[4].size());
    // A subject runs to the end of its paragraph: stop at a line break before "Vu"/"Considérant".
    size_t cut = std::string(g[4]).find("\nvu");
    if (cut != std::string::npos) subject = Raw(doc, off(g[4]), off(g[4]) + cut);
    c.subject = subject;
    c.evidence = doc.EvidenceForFolded(off(g[0]),
                                       off(g[4]) + (cut == std::string::npos ? g[4].size() : cut));
    act->evidence["/citations/" + std::to_string(act->citations.size())] = c.evidence;
    act->citations.push_back(std::move(c));
    pos = static_cast<size_t>(g[0].data() - in.data()) + g[0].size();
  }
}

}  // namespace delib
