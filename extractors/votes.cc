#include "extractors/votes.h"

#include <re2/re2.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "extractors/names.h"
#include "extractors/non_voting.h"
#include "pipeline/text/confusions.h"
#include "pipeline/text/figures.h"
#include "pipeline/text/lexicon.h"

namespace delib {
namespace {

enum class Kind { kFor, kAgainst, kAbstentions, kExpressed, kNotVoting, kUnanimous, kResult };

struct Signal {
  size_t b = 0, e = 0;  // folded span of the statement
  Kind kind;
  int value = 0;
  bool summary = false;         // "Délibération adoptée à l'unanimité"
  bool continues = false;       // "soit à l'unanimité": sums up the counts just read
  bool implied = false;         // "…, le Conseil Municipal décide": the decision taken
  std::string result;           // "adopted" | "rejected" | ""
  size_t num_b = 0, num_e = 0;  // the number read, for counts
};

struct CountPattern {
  Kind kind;
  std::unique_ptr<RE2> re;  // group 1: the number
  bool label_first;         // "contre : 2" (read first) rather than "2 contre"
};

const std::vector<CountPattern>& CountPatterns() {
  static const auto* v = [] {
    auto* out = new std::vector<CountPattern>;
    auto add = [&](Kind k, const char* p) {
      std::string pat(p);
      bool label_first = pat.rfind("\\b(\\d+", 0) != 0;
      out->push_back({k, std::make_unique<RE2>(pat), label_first});
    };
    // "néant" / "aucune" after a label is zero.
    add(Kind::kFor, "\\b(?:voix\\s+)?pour\\s*:\\s*(\\d+)");
    add(Kind::kFor, "\\b(\\d+)\\s+voix\\s+pour\\b");
    add(Kind::kFor, "\\b(\\d+)\\s+pour\\s*[,;]");
    // Where a count stands, a zero may be printed as the letter o (ParseInt).
    add(Kind::kAgainst, "\\b(?:voix\\s+)?contre\\s*:\\s*(\\d+|[o0]{1,2}\\b|neant|aucune?)");
    add(Kind::kAgainst, "\\b(\\d+|o)\\s+(?:voix\\s+)?contre\\b");
    add(Kind::kAbstentions,
        "\\babstentions?\\b(?:\\s*\\(\\s*s\\s*\\))?\\s*:\\s*(\\d+|[o0]{1,2}\\b|neant|aucune?)");
    add(Kind::kAbstentions, "\\b(\\d+|o)\\s+abstentions?\\b(?:\\s*\\(\\s*s\\s*\\))?");
    add(Kind::kExpressed, "\\b(?:suffrages\\s+)?exprimes\\s*:\\s*(\\d+)");
    add(Kind::kExpressed, "\\b(\\d+)\\s+suffrages\\s+exprimes\\b");
    add(Kind::kNotVoting, "\\babsents?\\s+sans\\s+delegation\\s+de\\s+vote\\s*:\\s*(\\d+)");
    add(Kind::kNotVoting,
        "\\b(?:ne\\s+prenant\\s+pas\\s+part\\s+au\\s+vote|n'(?:ont|ayant)\\s+pas\\s+pris\\s+"
        "part\\s+au\\s+vote|"
        "ne\\s+participant\\s+pas\\s+au\\s+vote)\\s*:\\s*(\\d+)\\b");
    add(Kind::kNotVoting,
        "\\b(\\d+)\\s+(?:membres?\\s+|conseillers?\\s+|elus?\\s+)?(?:ne\\s+prenant\\s+pas|n'"
        "ayant\\s+pas\\s+pris|"
        "ne\\s+prennent\\s+pas|ne\\s+prend\\s+pas)\\s+part\\s+au\\s+vote");
    return out;
  }();
  return *v;
}

size_t Off(const std::string& f, const re2::StringPiece& p) { return p.data() - f.data(); }

// A count where the patterns put one (figures.h: "o" read for 0 repaired).
bool ParseInt(const re2::StringPiece& s, int* out) {
  const std::optional<int> v = ReadCount(std::string_view(s.data(), s.size()));
  if (v) *out = *v;
  return v.has_value();
}

std::string ResultWord(const re2::StringPiece& w) {
  if (w.starts_with("rejet")) return "rejected";
  return "adopted";  // adopte, approuve
}

// Statements of members not taking part (non_voting.h): each with names
// becomes a kNotVoting signal whose value is the number of names.
void NamedNotVoting(const DocText& doc, size_t fb, size_t fe, std::vector<Signal>* out) {
  for (const NotVotingStatement& st : FindNotVoting(doc, fb, fe)) {
    if (st.names.empty()) continue;
    Signal s;
    s.b = st.folded_b;
    s.e = st.folded_e;
    s.kind = Kind::kNotVoting;
    s.value = static_cast<int>(st.names.size());
    out->push_back(s);
  }
}

// A vote whose figures are printed and whose result is not: the figures
// decide it, by the majority of the votes cast (CGCT L2121-20): more for
// than against, or more for than half of those who may vote (the votants,
// else the members present and represented), is adopted ("Pour : 16,
// Abstentions : 2" of 18 votants); more against than for is rejected; a tie
// (the chair's casting vote) or too little printed stays null. The result is
// inferred, on the evidence of the "for" figure.
void ResultFromFigures(Act* act) {
  // Those who may vote: the votants stated, else the members present and
  // represented, stated or listed.
  const Attendance& at = act->attendance;
  Opt<int> voters = at.voters_count;
  if (!voters && (at.present_count || !at.present.empty())) {
    const int present = at.present_count.value_or(static_cast<int>(at.present.size()));
    const int proxies = at.proxies_count.value_or(static_cast<int>(at.proxies.size()));
    voters = present + proxies;
  }
  for (size_t i = 0; i < act->votes.size(); ++i) {
    Vote& v = act->votes[i];
    if (v.result || !v.for_votes) continue;
    const int pour = *v.for_votes;
    const char* result = nullptr;
    if (v.against && pour > *v.against)
      result = "adopted";
    else if (v.against && *v.against > pour)
      result = "rejected";
    else if (!v.against && voters && pour > 0 && 2 * pour > *voters)
      result = "adopted";
    if (!result) continue;
    const std::string base = "/votes/" + std::to_string(i) + "/";
    auto it = act->evidence.find(base + "for");
    if (it == act->evidence.end()) continue;
    v.result = result;
    Evidence ev = it->second;
    ev.inferred = true;
    act->evidence[base + "result"] = ev;
  }
}

// The members the item names as not taking part join its non_voting list
// (after what the session's header listed), each with its evidence; "le
// Maire" is the item's chair when known.
void NameNonVoting(const DocText& doc, size_t fb, size_t fe, Act* act) {
  NameList& list = act->attendance.non_voting;
  for (const NotVotingStatement& st : FindNotVoting(doc, fb, fe)) {
    for (const NotVotingStatement::Named& n : st.names) {
      const std::string name = n.chair ? act->president.value_or("") : n.name;
      if (name.empty() || FindPerson(name, list) >= 0) continue;
      Evidence ev = doc.EvidenceForRaw(n.b, n.e);
      ev.inferred = n.chair;
      act->evidence["/attendance/non_voting/" + std::to_string(list.size())] = ev;
      list.push_back(name);
    }
  }
}

std::vector<Signal> FindSignals(const DocText& doc, size_t fb, size_t fe) {
  const std::string& f = doc.folded();
  re2::StringPiece text(f.data() + fb, fe - fb);
  std::vector<Signal> out;
  re2::StringPiece m[6];
  // "label : N" forms first; then "N label" forms whose number is not already
  // read ("Pour : 20 Contre : 1" must not read "20 Contre").
  for (int pass = 0; pass < 2; ++pass) {
    for (const CountPattern& cp : CountPatterns()) {
      if (cp.label_first != (pass == 0)) continue;
      size_t pos = 0;
      while (pos < text.size() && cp.re->Match(text, pos, text.size(), RE2::UNANCHORED, m, 2)) {
        pos = m[0].data() - text.data() + std::max<size_t>(m[0].size(), 1);
        Signal s;
        if (!ParseInt(m[1], &s.value)) continue;
        s.b = Off(f, m[0]);
        s.e = s.b + m[0].size();
        s.num_b = Off(f, m[1]);
        s.num_e = s.num_b + m[1].size();
        s.kind = cp.kind;
        bool taken = false;
        for (const Signal& o : out) {
          if (o.num_e > o.num_b && s.num_b < o.num_e && o.num_b < s.num_e) taken = true;
          // A figure before a label that the label's own figure already
          // holds is a bullet, not a count (0 before "Suffrages exprimés : 6").
          if (pass == 1 && o.kind == s.kind && s.b < o.e && o.b < s.e) taken = true;
        }
        if (!taken) out.push_back(s);
      }
    }
  }
  NamedNotVoting(doc, fb, fe, &out);

  static const RE2 kUnanimous(
      "(?m)(\\b(?:sont|seront|sera|etre)\\s+(?:prises?\\s+|adoptee?s?\\s+)?)?"
      "(?:\\b(deliberation|proposition|rapport|projet|motion)\\s+(?:est\\s+|a\\s+ete\\s+)?)?"
      "(?:\\b(adopte|approuve|rejete)e?s?\\s+)?"
      "(?:\\b(soit)\\s+)?"
      "\\ba\\s+l\\s*'?\\s*unanimite(?:\\s+des\\s+(?:suffrages\\s+exprimes|membres\\s+presents|"
      "votants|presents|membres))?"
      "|\\bunanimement\\b"
      "|\\bvotes?\\s*:\\s*(?:a\\s+l\\s*'?\\s*)?unanimite\\b"
      // A line reading only the word: no letter or digit around it.
      "|^[^a-z0-9]*unanimite[^a-z0-9]*$");
  {
    size_t pos = 0;
    while (pos < text.size() && kUnanimous.Match(text, pos, text.size(), RE2::UNANCHORED, m, 5)) {
      pos = m[0].data() - text.data() + std::max<size_t>(m[0].size(), 1);
      if (!m[1].empty()) continue;  // "sont prises à l'unanimité": a rule
      Signal s;
      s.b = Off(f, m[0]);
      s.e = s.b + m[0].size();
      s.kind = Kind::kUnanimous;
      s.value = 1;
      s.summary = !m[2].empty() || !m[3].empty();
      if (!m[3].empty()) s.result = ResultWord(m[3]);
      s.continues = !m[4].empty();
      out.push_back(s);
    }
  }
  // Group 1: a modal verb before the word ("sont adoptées à la majorité",
  // "sera adoptée par délibération"): a rule stated in statutes, not a vote.
  static const RE2 kResult(
      "(?m)(\\b(?:sont|seront|sera|etre)\\s+)?"
      "(?:\\(\\s*(adopte|rejete|approuve)e?s?\\s*\\)"
      // A line reading only the word, as above.
      "|^[^a-z0-9]*(adopte|rejete)e?s?[^a-z0-9]*$"
      "|\\b(adopte|rejete)e?s?\\s+(?:par\\s*(?::|\\d|-|[a-z-]+\\s+voix\\b)|a\\s+la\\s+majorite)"
      "|\\b(?:deliberation|proposition|motion|rapport|projet)\\s+(?:est\\s+|a\\s+ete\\s+)?(adopte|"
      "rejete)e?s?\\b)");
  static const RE2 kNotAdopted("\\bn'(?:est|a)\\s+pas\\s+(?:ete\\s+)?adopte");
  {
    size_t pos = 0;
    while (pos < text.size() && kResult.Match(text, pos, text.size(), RE2::UNANCHORED, m, 6)) {
      pos = m[0].data() - text.data() + std::max<size_t>(m[0].size(), 1);
      if (!m[1].empty()) continue;
      re2::StringPiece w;
      for (int g = 2; g <= 5; ++g)
        if (!m[g].empty()) w = m[g];
      Signal s;
      s.b = Off(f, m[0]);
      s.e = s.b + m[0].size();
      s.kind = Kind::kResult;
      s.result = ResultWord(w);
      out.push_back(s);
    }
    pos = 0;
    while (pos < text.size() && kNotAdopted.Match(text, pos, text.size(), RE2::UNANCHORED, m, 1)) {
      pos = m[0].data() - text.data() + std::max<size_t>(m[0].size(), 1);
      Signal s;
      s.b = Off(f, m[0]);
      s.e = s.b + m[0].size();
      s.kind = Kind::kResult;
      s.result = "rejected";
      out.push_back(s);
    }
  }
  // The body stating its decision right after a vote ("A l'unanimité, le
  // Conseil Municipal décide …", "Par 10 voix pour, …, le Conseil Municipal
  // fixe …", "le conseil, à l'unanimité, DÉCIDE :"): the decision was taken.
  // ExtractVotes applies it only to a vote stated just before.
  // The verbs are the lexicon's (kDecisionVerb; kRejectionVerb captured).
  static const RE2 kDecides("\\b(?:" + Alternation(WordClass::kDecisionVerb) + "|(" +
                            Alternation(WordClass::kRejectionVerb) + "))\\b");
  {
    size_t pos = 0;
    while (pos < text.size() && kDecides.Match(text, pos, text.size(), RE2::UNANCHORED, m, 2)) {
      pos = m[0].data() - text.data() + std::max<size_t>(m[0].size(), 1);
      Signal s;
      s.b = Off(f, m[0]);
      s.e = s.b + m[0].size();
      // "n'approuve pas", "ne décide pas": the proposal is rejected.
      bool negated = (s.b >= 2 && f.compare(s.b - 2, 2, "n'") == 0) ||
                     (s.b >= 3 && f.compare(s.b - 3, 3, "ne ") == 0);
      s.kind = Kind::kResult;
      s.result = m[1].empty() && !negated ? "adopted" : "rejected";
      s.implied = true;
      out.push_back(s);
    }
  }
  std::sort(out.begin(), out.end(),
            [](const Signal& a, const Signal& b) { return a.b != b.b ? a.b < b.b : a.e > b.e; });
  // Drop a signal inside another of the same kind (two patterns, one
  // statement) and a result inside a unanimity that already carries it.
  std::vector<Signal> kept;
  for (const Signal& s : out) {
    bool inside = false;
    for (const Signal& k : kept) {
      if (s.b >= k.b && s.e <= k.e &&
          (k.kind == s.kind ||
           (s.kind == Kind::kResult && k.kind == Kind::kUnanimous && !k.result.empty()))) {
        inside = true;
        break;
      }
      // The same number read by two patterns ("pour : 3" and "3 pour,").
      if (k.kind == s.kind && s.b < k.e && k.b < s.e) {
        inside = true;
        break;
      }
    }
    if (!inside) kept.push_back(s);
  }
  return kept;
}

const char* FieldKey(Kind k) {
  switch (k) {
    case Kind::kFor:
      return "for";
    case Kind::kAgainst:
      return "against";
    case Kind::kAbstentions:
      return "abstentions";
    case Kind::kExpressed:
      return "expressed";
    case Kind::kNotVoting:
      return "not_voting";
    case Kind::kUnanimous:
      return "unanimous";
    case Kind::kResult:
      return "result";
  }
  return "";
}

Opt<int>* CountField(Kind k, Vote* v) {
  switch (k) {
    case Kind::kFor:
      return &v->for_votes;
    case Kind::kAgainst:
      return &v->against;
    case Kind::kAbstentions:
      return &v->abstentions;
    case Kind::kExpressed:
      return &v->expressed;
    case Kind::kNotVoting:
      return &v->not_voting;
    default:
      return nullptr;
  }
}

}  // namespace

void ExtractVotes(const DocText& doc, Act* act) {
  const size_t last = std::min(act->last_line, doc.lines().size());
  if (act->first_line >= last) return;
  size_t fb = doc.lines()[act->first_line].folded_begin;
  size_t fe = doc.lines()[last - 1].folded_end;
  std::vector<Signal> signals = FindSignals(doc, fb, fe);
  std::vector<Vote>& votes = act->votes;
  auto key = [&](size_t i, const char* field) {
    return "/votes/" + std::to_string(i) + "/" + field;
  };
  std::vector<bool> implied;  // per vote: its result read from the decision verb only
  auto open_new = [&]() {
    votes.emplace_back();
    implied.push_back(false);
    return votes.size() - 1;
  };
  long cur = -1;
  size_t cur_end = 0;  // end of the last statement read into votes[cur]
  auto has_count = [](const Vote& v) {
    return v.for_votes || v.against || v.abstentions || v.expressed;
  };
  for (const Signal& s : signals) {
    Evidence ev = doc.EvidenceForFolded(s.b, s.e);
    if (s.implied) {
      // Only just after the vote it concludes: same sentence, a few words on.
      if (cur < 0 || votes[cur].result || s.b < cur_end || s.b - cur_end > 80) continue;
      const std::string& f = doc.folded();
      if (f.find_first_of(".;", cur_end) < s.b) continue;
      votes[cur].result = s.result;
      implied[cur] = true;
      act->evidence[key(cur, "result")] = ev;
      cur_end = s.e;
      continue;
    }
    if (s.kind == Kind::kResult) {
      if (cur < 0 || votes[cur].result) cur = static_cast<long>(open_new());
      votes[cur].result = s.result;
      act->evidence[key(cur, "result")] = ev;
      cur_end = s.e;
      continue;
    }
    if (s.kind == Kind::kUnanimous) {
      // A summary ("Délibération adoptée à l'unanimité") closes the decision
      // before it unless that one has its result; "soit à l'unanimité" sums up
      // the counts just read; any other unanimity opens a decision unless the
      // current one has nothing yet but its not-voting members.
      bool merge;
      if (cur < 0) {
        merge = false;
      } else if (s.summary) {
        merge = !votes[cur].result || implied[cur];
      } else if (s.continues) {
        merge = !votes[cur].unanimous.has_value();
      } else {
        merge = !votes[cur].unanimous.has_value() && !votes[cur].result && !has_count(votes[cur]);
      }
      if (!merge) cur = static_cast<long>(open_new());
      if (!votes[cur].unanimous) {
        votes[cur].unanimous = true;
        act->evidence[key(cur, "unanimous")] = ev;
      }
      if (!s.result.empty()) {
        votes[cur].result = s.result;
        implied[cur] = false;
        act->evidence[key(cur, "result")] = ev;
      }
      cur_end = s.e;
      continue;
    }
    // Counts in a sentence after a unanimous decision that has its result
    // ("A l'unanimité, le Conseil Municipal décide … . Par 29 voix pour, 1
    // voix contre …") are the next decision's, not that one's.
    const bool after_decided_unanimity = [&] {
      if (cur < 0 || votes[cur].unanimous != true || !votes[cur].result || s.b < cur_end)
        return false;
      const std::string& f = doc.folded();
      for (size_t k = cur_end; k + 1 < s.b; ++k)
        if (f[k] == '.' && (f[k + 1] == ' ' || f[k + 1] == '\n')) return true;
      return false;
    }();
    if (cur < 0 || CountField(s.kind, &votes[cur])->has_value() || after_decided_unanimity)
      cur = static_cast<long>(open_new());
    *CountField(s.kind, &votes[cur]) = s.value;
    act->evidence[key(cur, FieldKey(s.kind))] = ev;
    cur_end = s.e;
  }
  // A result no word states follows from the figures (rulebook: adopted
  // when for > against): a vote declared unanimous is adopted ("Vote : Pour à
  // l'unanimité"); the figures for and against decide it, a tie stays null.
  for (size_t i = 0; i < votes.size(); ++i) {
    Vote& v = votes[i];
    if (v.result) continue;
    const char* from = nullptr;
    if (v.unanimous == true) {
      v.result = "adopted";
      from = "unanimous";
    } else if (v.for_votes && v.against && *v.for_votes != *v.against) {
      v.result = *v.for_votes > *v.against ? "adopted" : "rejected";
      from = "for";
    }
    auto it = from ? act->evidence.find(key(i, from)) : act->evidence.end();
    if (it != act->evidence.end()) act->evidence[key(i, "result")] = it->second;
  }
  // Counts stated with no word of unanimity: the decision was not declared
  // unanimous (unanimous = false, on the evidence of the counts). A vote
  // without counts nor unanimity stays null.
  for (size_t i = 0; i < votes.size(); ++i) {
    Vote& v = votes[i];
    if (v.unanimous || !(v.for_votes || v.against || v.abstentions)) continue;
    v.unanimous = false;
    for (const char* k : {"for", "against", "abstentions"}) {
      auto it = act->evidence.find(key(i, k));
      if (it != act->evidence.end()) {
        act->evidence[key(i, "unanimous")] = it->second;
        break;
      }
    }
  }
  ResultFromFigures(act);
  NameNonVoting(doc, fb, fe, act);
}

}  // namespace delib
