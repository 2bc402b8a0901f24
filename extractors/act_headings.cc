#include "extractors/act_headings.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <string>

#include "extractors/rule_errors.h"
#include "pipeline/text/lexicon.h"
#include "pipeline/text/matcher.h"
#include "pipeline/text/page_furniture.h"

namespace delib {
namespace {

// ---- Vocabulary (data): patterns on one folded line -------------------------

// Before a heading's number: indentation, table rules, "Délibération", "N°".
#define LEAD R"(^[\s*#_|]*(?:(?:deliberation|delib\.?)\s+)?(?:n\s*[o°]\.?\s*:?\s*)?)"
// A year number: letters, then a year (or the session's date written
// YYYYMMDD), then the act's sequence, the last number being the one the chain
// follows ("del2025-02", "d2025-030", "2020-11-01", "dbc 2021-083", "2013/45",
// "20240325 1").
constexpr const char* kYearNumber = LEAD
    R"(((?:[a-z]{1,5}\s?[-/_]?\s?)?(?:19|20)\d\d(?:[01]\d[0-3]\d\s?[-/_.\s]\s?|\s?[-/_.]\s?(?:\d{1,4}\s?[-/_.]\s?)?)(\d{1,4}))(?:[a-z])?(?:$|[\s:.)\-]))";
// The same, the year after the act's number ("N° 12/2023", "12-2023"), or
// written with two digits before the month ("23-02/001": the session's year
// and month, then a three-digit sequence), or with two digits after a letter
// prefix ("D23-045").
constexpr const char* kYearAfterNumber = LEAD
    R"(((?:[a-z]{1,5}\s?[-/_]?\s?)?(?:\d\d\s?[-/_.]\s?[01]\d\s?[-/_.]\s?(\d{3})|(\d{1,4})\s?[-/_.]\s?(?:19|20)\d\d)|[a-z]{1,5}\s?[-/_]?\s?\d\d\s?[-/_.]\s?(\d{2,4}))(?:[a-z])?(?:$|[\s:.)\-]))";
// An item number: "1.", "1 -", "3/", "4)", "12°", "2-)", "5°)" followed by
// the title.
constexpr const char* kItemNumber =
    R"(^[\s*#_|]*((\d{1,2}))\s*(?:[./°-]\s?\)?|\))(?:$|\s|[a-z(«"']))";
// An item number after its label (the lexicon's kItemLabel): "Point n° 3 :",
// "POINT 2 -", "Affaire n°12".
std::string LabelledItem() {
  return R"(^[\s*#_|]*(?:)" + Alternation(WordClass::kItemLabel) +
         R"()s?\s*(?:n\s*[o°]\.?\s*)?((\d{1,2}))\s*(?:[:./°-]\s?\)?|\))?(?:$|\s|[a-z(«"']))";
}
// A plain act number after "N°" or "Délibération n°", with no year:
// "Délibération n° 12 : Tarifs", "N°3 - Travaux".
constexpr const char* kPlainNumber =
    R"(^[\s*#_|]*(?:(?:deliberation|delib\.?)\s*)?n\s*[o°]\.?\s*:?\s*((\d{1,3}))(?:[a-z])?(?:$|[\s:.)\-]))";
// After the number: separators and an "Objet :" label before the title.
constexpr const char* kTitleLead = R"(^[\s:.)\-/°]*(?:objet\s*:?\s*)?)";
// What follows a cited number: "du 3 juin 2019", "en date du ...".
constexpr const char* kCitation = R"(^[\s,]*(?:du|en\s+date|des?|au)\s+(?:\d|[a-z]+\s+\d))";
// A bullet before the number makes the line a list item.
constexpr const char* kBullet = R"(^\s*[-•▪➢>o*]\s)";
// An article of a decision ("1. Lui donne acte ...", "2. Constate ...",
// "3. Vote et arrête ..."): the verb of the body deciding, not an item's title.
// Its verbs are the lexicon's (kArticleVerb).
std::string DecisionArticle() {
  return R"(^(?:lui\s+|leur\s+|en\s+)?(?:)" + Alternation(WordClass::kArticleVerb) + R"()\b)";
}
// The title of an item that is the session's business, not an act (folded,
// at the title's start): the secretary's designation, information, questions
// from the floor, the report of decisions taken by delegation, the approval
// of earlier minutes (an item titled "Délibération : approbation du
// procès-verbal ..." is stated as an act, and is one).
constexpr const char* kSessionItem =
    R"(^(?:(?:designation|nomination|election|choix)\s+(?:d[eu]\s+|d')?(?:des?\s+|du\s+|la\s+|le\s+|un\s+|une\s+)?secretaires?\b|secretaires?\s+de\s+seance|(?:questions?|affaires)\s+diverses|divers\s*$|informations?\b|communications?\b|points?\s+d'information|ouverture\s+de\s+(?:la\s+)?seance|appel\s+nominal|approbation\s+de\s+l'ordre\s+du\s+jour|approbation\s+(?:du\s+|des\s+)?(?:comptes?[\s-]+rendus?|proces[\s-]+verbal|proces[\s-]+verbaux)\b(?:\s+(?:de\s+la\s+|des\s+)?(?:seances?|reunions?|precedent|conseil|du\s+\d|d[eu]\s+(?:conseil|la\s+seance)))|(?:rendu|donne)\s+acte\s+des\s+decisions|(?:compte[\s-]+rendu|relev[ee])\s+des\s+decisions|decisions?\s+(?:du\s+maire|du\s+president|prises?\s+(?:par|en\s+vertu|dans\s+le\s+cadre))))";
// A line announcing a list of the acts' numbers.
constexpr const char* kListTitle =
    R"(ordre\s+du\s+jour|liste\s+des\s+deliberations|sommaire|^\s*deliberations\s*:?\s*$|^\s*objet\s*$)";

constexpr int kMaxDenseGap = 3;         // lines between two numbers of a list
constexpr int kMinListRun = 3;          // numbers printed close together make a list
constexpr long kMaxSkip[] = {4, 2, 2};  // numbers a chain may jump, by scheme
constexpr int kMinTitleLetters = 3;

struct Patterns {
  RE2 year{kYearNumber}, year_after{kYearAfterNumber}, item{kItemNumber},
      labelled_item{LabelledItem()}, plain{kPlainNumber}, title_lead{kTitleLead},
      citation{kCitation}, bullet{kBullet}, list_title{kListTitle},
      decision_article{DecisionArticle()}, session_item{kSessionItem};
};

const Patterns& P() {
  static const Patterns* p = new Patterns;
  return *p;
}

}  // namespace

std::string ActHeadingRuleErrors() {
  const Patterns& p = P();
  std::string errors;
  for (const RE2* re :
       {&p.year, &p.year_after, &p.item, &p.labelled_item, &p.plain, &p.title_lead, &p.citation,
        &p.bullet, &p.list_title, &p.decision_article, &p.session_item}) {
    if (!re->ok()) errors += re->pattern() + ": " + re->error() + "\n";
  }
  return errors;
}

namespace {

struct Candidate {
  ActHeading h;
  std::string stem;  // the number without its sequence, spaces dropped: "del2025-"
  bool listed = false;
};

int Letters(std::string_view s) {
  int n = 0;
  for (char c : s) n += (c >= 'a' && c <= 'z');
  return n;
}

// The title after the number: the rest of the line, else the next line.
void FindTitle(const DocText& doc, size_t line, size_t after, ActHeading* h) {
  const DocText::LineRef& l = doc.lines()[line];
  re2::StringPiece rest(doc.folded().data() + after, l.folded_end - after);
  re2::StringPiece m;
  size_t b = after;
  if (P().title_lead.Match(rest, 0, rest.size(), RE2::ANCHOR_START, &m, 1)) b += m.size();
  if (Letters(std::string_view(doc.folded().data() + b, l.folded_end - b)) >= kMinTitleLetters) {
    h->title_begin = b;
    h->title_end = l.folded_end;
    return;
  }
  if (line + 1 < doc.lines().size()) {
    const DocText::LineRef& n = doc.lines()[line + 1];
    if (Letters(doc.FoldedLine(line + 1)) >= kMinTitleLetters) {
      h->title_begin = n.folded_begin;
      h->title_end = n.folded_end;
    }
  }
}

bool ReadCandidate(const DocText& doc, size_t line, const RE2& re, HeadingScheme scheme,
                   Candidate* out) {
  std::string_view text = doc.FoldedLine(line);
  re2::StringPiece s(text.data(), text.size());
  // Group 1 is the number as printed; the first non-empty group after it is
  // the sequence the chain follows (patterns with alternatives have two).
  re2::StringPiece m[5];
  const int groups = std::min(re.NumberOfCapturingGroups() + 1, 5);
  if (!re.Match(s, 0, s.size(), RE2::ANCHOR_START, m, groups)) return false;
  re2::StringPiece seq = m[2];
  for (int g = 3; g < groups && seq.data() == nullptr; ++g) seq = m[g];
  if (seq.data() == nullptr) return false;
  const size_t base = doc.lines()[line].folded_begin;
  const size_t num_b = base + (m[1].data() - text.data());
  const size_t num_e = num_b + m[1].size();
  std::string_view after(doc.folded().data() + num_e, doc.lines()[line].folded_end - num_e);
  if (RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), P().citation)) return false;
  Candidate c;
  c.h.line = line;
  c.h.scheme = scheme;
  c.h.number_begin = num_b;
  c.h.number_end = num_e;
  c.h.sequence = std::strtol(std::string(seq.data(), seq.size()).c_str(), nullptr, 10);
  // The stem is the number without its sequence, which a year after it
  // keeps: "del2025-" for "DEL2025-02", "#/2023" for "12/2023".
  for (const char* p = m[1].data(); p < seq.data(); ++p)
    if (*p != ' ') c.stem += *p;
  if (seq.data() + seq.size() < m[1].data() + m[1].size()) {
    c.stem += '#';
    for (const char* p = seq.data() + seq.size(); p < m[1].data() + m[1].size(); ++p)
      if (*p != ' ') c.stem += *p;
  }
  FindTitle(doc, line, num_e, &c.h);
  if (c.h.title_end == c.h.title_begin) return false;
  if (scheme == HeadingScheme::kItemNumber &&
      RE2::PartialMatch(
          re2::StringPiece(doc.folded().data() + c.h.title_begin, c.h.title_end - c.h.title_begin),
          P().decision_article))
    return false;
  c.listed = RE2::PartialMatch(s, P().bullet);
  std::string_view title(doc.folded().data() + c.h.title_begin, c.h.title_end - c.h.title_begin);
  c.h.session_item =
      RE2::PartialMatch(re2::StringPiece(title.data(), title.size()), P().session_item);
  *out = std::move(c);
  return true;
}

// Marks the members of lists. A run is three numbers or more that follow each
// other printed close together; it is a list when they stand on consecutive
// lines, when a list's title stands just above it ("Ordre du jour :"), or when
// its numbers come back elsewhere in the file further apart (the agenda and
// the index are denser than the acts).
void MarkLists(const DocText& doc, std::vector<Candidate>* cands) {
  auto& c = *cands;
  const size_t n = c.size();
  std::vector<double> gap(n, 1e9);  // mean lines between numbers of the run holding each one
  std::vector<std::pair<size_t, size_t>> runs;
  for (size_t i = 0; i < n;) {
    size_t j = i + 1;
    while (j < n && c[j].stem == c[j - 1].stem && c[j].h.sequence == c[j - 1].h.sequence + 1 &&
           static_cast<int>(c[j].h.line - c[j - 1].h.line) <= kMaxDenseGap) {
      ++j;
    }
    if (j - i >= 2) {
      double g = static_cast<double>(c[j - 1].h.line - c[i].h.line) / (j - i - 1);
      for (size_t r = i; r < j; ++r) gap[r] = g;
    }
    if (static_cast<int>(j - i) >= kMinListRun) runs.emplace_back(i, j);
    i = j;
  }
  for (auto [i, j] : runs) {
    // Numbers on consecutive lines with nothing between them: a list (the
    // candidates of a ballot, an agenda), since an act has text of its own.
    bool list = true;
    for (size_t r = i + 1; r < j && list; ++r) list = c[r].h.line == c[r - 1].h.line + 1;
    for (size_t l = c[i].h.line >= 4 ? c[i].h.line - 4 : 0; l < c[i].h.line && !list; ++l) {
      std::string_view line = doc.FoldedLine(l);
      list = RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), P().list_title);
    }
    for (size_t k = 0; k < n && !list; ++k) {
      if (k >= i && k < j) continue;
      for (size_t r = i; r < j && !list; ++r)
        list = c[k].stem == c[r].stem && c[k].h.sequence == c[r].h.sequence && gap[k] > gap[r];
    }
    if (list)
      for (size_t r = i; r < j; ++r) c[r].listed = true;
  }
}

// The longest chain of one stem whose numbers follow each other, in line
// order (dynamic programming over the candidates, O(n²) for the few dozen a
// file holds).
std::vector<ActHeading> LongestChain(const std::vector<Candidate>& c, long max_skip) {
  const size_t n = c.size();
  std::vector<int> len(n, 0), prev(n, -1);
  int best = -1;
  for (size_t i = 0; i < n; ++i) {
    if (c[i].listed) continue;
    len[i] = 1;
    for (size_t k = 0; k < i; ++k) {
      if (c[k].listed || c[k].stem != c[i].stem || c[k].h.line == c[i].h.line) continue;
      long step = c[i].h.sequence - c[k].h.sequence;
      if (step < 1 || step > max_skip) continue;
      // Prefer the longer chain, then the nearer predecessor.
      if (len[k] + 1 > len[i] ||
          (len[k] + 1 == len[i] && prev[i] >= 0 && k > static_cast<size_t>(prev[i]))) {
        len[i] = len[k] + 1;
        prev[i] = static_cast<int>(k);
      }
    }
    if (best < 0 || len[i] > len[best]) best = static_cast<int>(i);
  }
  std::vector<ActHeading> out;
  for (int i = best; i >= 0; i = prev[i]) out.push_back(c[i].h);
  std::reverse(out.begin(), out.end());
  return out;
}

double Weight(const std::vector<ActHeading>& chain, size_t lines) {
  if (chain.size() < 2 || lines == 0) return 0;
  double span = static_cast<double>(chain.back().line - chain.front().line + 1) / lines;
  return chain.size() * span;
}

// ---- Items closed by their vote ---------------------------------------------

constexpr int kMaxVoteLineWords = 12;  // a vote stated on its own line, not a sentence
constexpr int kMinVoteLines = 3;       // two items after the session's first business
constexpr int kTitleSearchLines = 4;   // lines after a vote where the next title may stand

// The words of a folded line: runs of letters and digits.
std::vector<std::string_view> LineWords(std::string_view line) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && !std::isalnum(static_cast<unsigned char>(line[i]))) ++i;
    size_t b = i;
    while (i < line.size() && std::isalnum(static_cast<unsigned char>(line[i]))) ++i;
    if (i > b) out.push_back(line.substr(b, i - b));
  }
  return out;
}

// Whether a folded word is a decision's participle: "adopte", "approuvees",
// "rejete" (the lexicon's verbs, agreement endings aside).
bool DecisionParticiple(std::string_view w) {
  for (std::string_view end : {"es", "e", "s", ""}) {
    if (w.size() <= end.size() || w.substr(w.size() - end.size()) != end) continue;
    std::string stem(w.substr(0, w.size() - end.size()));
    if (stem.empty() || stem.back() != 'e') stem += 'e';
    for (WordClass c : {WordClass::kDecisionVerb, WordClass::kRejectionVerb}) {
      const auto& verbs = Words(c);
      if (std::find(verbs.begin(), verbs.end(), stem) != verbs.end()) return true;
    }
  }
  return false;
}

// A line stating a vote's result on its own: short, holding "unanimité"
// (read tolerantly) or "N pour", after a label's colon or a decision's
// participle. "Vote : à l'unanimité", "Adopté à l'unanimité", "Vote : 10
// pour, 1 contre"; not "À l'unanimité, DÉCIDE :" (the decision follows).
bool VoteResultLine(const DocText& doc, size_t i) {
  std::string_view line = doc.FoldedLine(i);
  std::vector<std::string_view> words = LineWords(line);
  if (words.empty() || static_cast<int>(words.size()) > kMaxVoteLineWords) return false;
  static const RE2 kFigures(R"(\b\d+\s+(?:voix\s+)?pour\b|\bpour\s*:\s*\d)");
  size_t result = std::string_view::npos;
  for (std::string_view w : words) {
    if (w.size() >= 7 && MatchWord(w, "unanimite", Trust::kDoubt).ok()) {
      result = w.data() - line.data();
      break;
    }
  }
  re2::StringPiece fig;
  if (result == std::string_view::npos &&
      RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), "(" + kFigures.pattern() + ")",
                        &fig))
    result = fig.data() - line.data();
  if (result == std::string_view::npos) return false;
  std::string_view before = line.substr(0, result);
  if (before.find(':') != std::string_view::npos) return true;
  for (std::string_view w : LineWords(before))
    if (DecisionParticiple(w)) return true;
  return false;
}

// Items closed by their vote: each vote line ends an item, the next starts
// on the line after it. The lines before the first vote are the session's
// header and its first business, an act unless it is the session's own (the
// secretary designated, read in its last lines).
std::vector<ActHeading> AfterVoteHeadings(const DocText& doc) {
  const size_t n = doc.lines().size();
  std::vector<size_t> votes;
  for (size_t i = 0; i < n; ++i)
    if (VoteResultLine(doc, i)) votes.push_back(i);
  if (static_cast<int>(votes.size()) < kMinVoteLines) return {};
  const std::vector<bool> furniture = PageFurniture(doc);
  std::vector<ActHeading> out;
  auto session_item_near = [&](size_t from, size_t to) {
    for (size_t l = from; l < to; ++l) {
      std::string_view line = doc.FoldedLine(l);
      re2::StringPiece s(line.data(), line.size());
      // The item's title may follow letterhead words or a margin's ("REPUBLIQUE
      // FRANCAISE Approbation du compte rendu ...").
      for (size_t at = 0; at < line.size(); ++at) {
        if (at > 0 && line[at - 1] != ' ') continue;
        if (P().session_item.Match(s, at, s.size(), RE2::ANCHOR_START, nullptr, 0)) return true;
      }
      if (RE2::PartialMatch(s, R"(\bsecretaire\s+(?:de|pour)\s+(?:la\s+)?(?:presente\s+)?seance)"))
        return true;
    }
    return false;
  };
  for (size_t k = 0; k < votes.size(); ++k) {
    const size_t start = votes[k] + 1;
    if (start >= n) break;
    ActHeading h;
    h.scheme = HeadingScheme::kAfterVote;
    h.line = start;
    h.number_begin = h.number_end = doc.lines()[start].folded_begin;
    // The page's furniture (a letterhead, a margin column) between the vote
    // and the next title is not the title, nor counted among its lines.
    size_t search_end = std::min(n, start + kTitleSearchLines);
    for (size_t l = start; l < search_end; ++l) {
      if (furniture[l]) {
        search_end = std::min(n, search_end + 1);
        continue;
      }
      if (Letters(doc.FoldedLine(l)) >= kMinTitleLetters) {
        h.title_begin = doc.lines()[l].folded_begin;
        h.title_end = doc.lines()[l].folded_end;
        break;
      }
    }
    // The last vote closes the last item; what follows it is the closing
    // formula or the signatures, unless an item title stands there.
    const size_t next = k + 1 < votes.size() ? votes[k + 1] : n;
    if (k + 1 == votes.size()) {
      h.session_item = true;
    } else {
      h.session_item = session_item_near(start, std::min(next, search_end));
    }
    out.push_back(h);
  }
  // The first business, before the first vote: the session's own when it
  // designates the secretary or approves earlier minutes.
  const size_t first_from = votes.front() >= 8 ? votes.front() - 8 : 0;
  if (!session_item_near(first_from, votes.front())) {
    ActHeading h;
    h.scheme = HeadingScheme::kAfterVote;
    h.line = first_from;
    h.number_begin = h.number_end = doc.lines()[first_from].folded_begin;
    out.insert(out.begin(), h);
  }
  return out;
}

}  // namespace

std::vector<ActHeading> FindActHeadings(const DocText& doc) {
  const size_t n = doc.lines().size();
  std::vector<Candidate> year, item, plain;
  for (size_t i = 0; i < n; ++i) {
    Candidate c;
    if (ReadCandidate(doc, i, P().year, HeadingScheme::kYearNumber, &c) ||
        ReadCandidate(doc, i, P().year_after, HeadingScheme::kYearNumber, &c)) {
      year.push_back(std::move(c));
    } else if (ReadCandidate(doc, i, P().plain, HeadingScheme::kPlainNumber, &c)) {
      plain.push_back(std::move(c));
    } else if (ReadCandidate(doc, i, P().item, HeadingScheme::kItemNumber, &c) ||
               ReadCandidate(doc, i, P().labelled_item, HeadingScheme::kItemNumber, &c)) {
      item.push_back(std::move(c));
    }
  }
  // Of the schemes' chains, the one that counts more acts times the share of
  // the file it spans; ties go to the scheme listed first.
  std::vector<ActHeading> best;
  double best_weight = 0;
  for (auto [cands, skip] : {std::pair{&year, kMaxSkip[0]}, std::pair{&plain, kMaxSkip[2]},
                             std::pair{&item, kMaxSkip[1]}}) {
    MarkLists(doc, cands);
    std::vector<ActHeading> chain = LongestChain(*cands, skip);
    double w = Weight(chain, n);
    if (w > best_weight) {
      best_weight = w;
      best = std::move(chain);
    }
  }
  if (best.size() >= 2) return best;
  // No number: items closed by their vote, two acts at least.
  best = AfterVoteHeadings(doc);
  size_t acts = 0;
  for (const ActHeading& h : best) acts += !h.session_item;
  if (acts < 2) return {};
  return best;
}

LineSpan TrailingIndex(const DocText& doc, const std::vector<ActHeading>& headings) {
  if (headings.empty()) return {};
  // The last act's heading number printed again further down, in a list of
  // the acts: the index starts at the list's first line.
  const ActHeading& last = headings.back();
  std::string_view first_number(doc.folded().data() + headings.front().number_begin,
                                headings.front().number_end - headings.front().number_begin);
  if (headings.front().scheme != HeadingScheme::kYearNumber) return {};
  for (size_t i = last.line + 1; i < doc.lines().size(); ++i) {
    std::string_view line = doc.FoldedLine(i);
    size_t at = line.find(first_number);
    if (at == std::string_view::npos ||
        line.substr(0, at).find_first_not_of(" *#_|") != std::string_view::npos)
      continue;
    return {i, doc.lines().size()};
  }
  return {};
}

}  // namespace delib
