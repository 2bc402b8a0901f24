// list.mismatch (L5211-18, L5211-5-1, statutes): lists of communes that must
// agree. The communes extractor names its lists "article N", "article N
// conditional", "vu deliberations", "vu courriers", "annexe N".
#include <re2/re2.h>

#include <cctype>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <string_view>

#include "checks/check_util.h"
#include "pipeline/base/fold.h"
#include "pipeline/reference/bodies.h"
#include "pipeline/reference/geography.h"
#include "pipeline/text/bullets.h"
#include "pipeline/text/lexicon.h"
#include "pipeline/text/matcher.h"
#include "pipeline/text/name_damage.h"
#include "pipeline/text/trust.h"

namespace delib {
namespace {

std::string KeyOf(const CommuneRef& c) { return c.insee ? *c.insee : Geography::Key(c.printed); }

struct Named {
  std::map<std::string, size_t> first;  // key -> index in act.communes
};

bool Has(const std::map<std::string, Named>& lists, const std::string& name) {
  return lists.count(name) > 0;
}

// The folded lines of the act that are a bullet item (LooseBulletItem,
// bullets.h) naming `folded_name`, or one slip from it (OneSlipFrom,
// matcher.h: misspelled or misread, but that item): how many.
int BulletLines(const std::string& act_text, const std::string& folded_name) {
  int n = 0;
  size_t pos = 0;
  while (pos < act_text.size()) {
    size_t end = act_text.find('\n', pos);
    if (end == std::string::npos) end = act_text.size();
    const std::string_view line = std::string_view(act_text).substr(pos, end - pos);
    const auto span = LooseBulletItem(line);
    // A line twice as long as the name is no item of it (and not worth matching).
    if (span && span->second > span->first &&
        span->second - span->first <= 2 * folded_name.size() &&
        OneSlipFrom(line.substr(span->first, span->second - span->first), folded_name))
      ++n;
    pos = end + 1;
  }
  return n;
}

// An entry matched to no commune that no commune's name could be: digits,
// quotes, brackets, a civility, or too many words. The reading wandered out
// of the list, so the list lost its real end.
bool Stray(const CommuneRef& c, const Act& act) {
  if (c.insee) return false;
  // Words before a commune the act names elsewhere: a damaged name, its
  // comma lost, run into the next.
  const std::string mine = Fold(c.printed);
  for (const CommuneRef& o : act.communes) {
    if (!o.insee || !o.name) continue;
    const std::string theirs = Fold(*o.name);
    if (theirs.size() >= 4 && mine.size() > theirs.size() + 2 &&
        mine.compare(mine.size() - theirs.size(), theirs.size(), theirs) == 0 &&
        mine[mine.size() - theirs.size() - 1] == ' ')
      return true;
  }
  const std::string f = Fold(c.printed);
  size_t words = 0;
  for (size_t k = 0; k < f.size(); ++k) {
    const unsigned char ch = static_cast<unsigned char>(f[k]);
    if (std::isdigit(ch) || IsNotInListedPlaceChar(ch)) return true;
    if (ch != ' ' && (k == 0 || f[k - 1] == ' ')) {
      ++words;
      size_t e = f.find(' ', k);
      std::string w = f.substr(k, e == std::string::npos ? std::string::npos : e - k);
      while (!w.empty() && w.back() == '.') w.pop_back();
      if (IsCivility(w)) return true;
    }
  }
  return words > 6;
}

// The act prints the Vu clause of `list` ("vu courriers": "Vu les courriers
// … des communes de"), though no list of it was read.
// Read on the act's lines blanked (DocText::blanked): specks may open the
// clause's line.
bool ClauseUnread(const CheckInput& in, const std::string& list) {
  if (!in.doc) return false;
  const auto& lines = in.doc->lines();
  const Act& act = *in.act;
  if (act.first_line >= act.last_line || act.last_line > lines.size()) return false;
  const size_t b = lines[act.first_line].folded_begin;
  const re2::StringPiece text(in.doc->blanked().data() + b,
                              lines[act.last_line - 1].folded_end - b);
  static const RE2 kLetters(R"((?m)^\s*vu[.,']?\s+les[.,']?\s+(?:courriers|lettres|demandes)\b)");
  static const RE2 kDelibs(
      R"((?m)^\s*vu[.,']?\s+les[.,']?\s+deliberations\b[^;]{0,120}\bcommunes\b)");
  if (list == "vu courriers") return RE2::PartialMatch(text, kLetters);
  if (list == "vu deliberations") return RE2::PartialMatch(text, kDelibs);
  return false;
}

}  // namespace

void CheckLists(const CheckInput& in, std::vector<Anomaly>* out) {
  const Act& act = *in.act;
  std::map<std::string, Named> lists;
  for (size_t i = 0; i < act.communes.size(); ++i) {
    const CommuneRef& c = act.communes[i];
    if (!c.list) continue;
    lists[*c.list].first.emplace(KeyOf(c), i);
  }
  // How the entry was read (its evidence; the text layer when none).
  auto TrustAt = [&](size_t idx) {
    auto ev = act.evidence.find("/communes/" + std::to_string(idx));
    return ev == act.evidence.end() ? Trust::kTextLayer : TrustOf(ev->second.confidence);
  };
  // A short name damaged (ShortNameDamaged, name_damage.h): too short for
  // NamedNearby, but the unmatched entry is all there is of it.
  auto ShortMisread = [](const CommuneRef& unmatched, const CommuneRef& named) {
    if (unmatched.insee || !named.insee) return false;
    return ShortNameDamaged(CompactKey(unmatched.printed),
                            CompactKey(named.name ? *named.name : named.printed));
  };
  auto Illegible = [&](size_t idx) { return !AtLeast(TrustAt(idx), Trust::kDoubt); };
  // An entry matched to no commune and read with doubt: no name one can say
  // the other list lacks, and perhaps the very name it holds.
  auto Doubtful = [&](size_t idx) {
    return !act.communes[idx].insee && !AtLeast(TrustAt(idx), Trust::kSure);
  };
  auto Garbled = [&](const Named& list, size_t idx) {
    const CommuneRef& c = act.communes[idx];
    std::string want = CompactKey(c.name ? *c.name : c.printed);
    if (want.size() < 3) {
      for (const auto& [k, j] : list.first)
        if (ShortMisread(c, act.communes[j])) return true;
      return false;
    }
    for (const auto& [k, j] : list.first) {
      const CommuneRef& o = act.communes[j];
      if (!o.insee && CompactKey(o.printed).find(want) != std::string::npos) return true;
      // An entry matched to no commune, the name misspelled by one letter.
      if (!o.insee && c.insee) {
        const CommuneRef* near = NamedNearby(act, o);
        if (near && near->insee == c.insee) return true;
      }
      if (!c.insee && o.insee) {
        const CommuneRef* near = NamedNearby(act, c);
        if (near && near->insee == o.insee) return true;
      }
      // And the other way: this entry is the garbled one.
      std::string theirs = CompactKey(o.name ? *o.name : o.printed);
      if (!c.insee && theirs.size() >= 3 && CompactKey(c.printed).find(theirs) != std::string::npos)
        return true;
      // An unmatched entry that is most of a name (MostOfName), either way
      // round.
      if (!c.insee && o.insee && MostOfName(CompactKey(c.printed), theirs)) return true;
      if (!o.insee && c.insee && MostOfName(CompactKey(o.printed), want)) return true;
      // One side matched nothing and begins like the other, or ends like
      // it (OneEndDamaged): one name, its other end damaged.
      if ((!c.insee || !o.insee) && OneEndDamaged(CompactKey(c.name ? *c.name : c.printed), theirs))
        return true;
      // Both matched nothing, one illegible, alike (AlikeWhenIllegible): one
      // entry, a name the geography lacks.
      if (!c.insee && !o.insee && (Illegible(idx) || Illegible(j)) &&
          AlikeWhenIllegible(CompactKey(c.printed), CompactKey(o.printed)))
        return true;
      // Two names run together and cut at their hyphens: a word of the
      // unmatched entry that ends on a hyphen and begins the name ("Vieux-").
      const CommuneRef& unmatched = o.insee ? c : o;
      const CommuneRef& named = o.insee ? o : c;
      if (ShortMisread(unmatched, named)) return true;
      if (!unmatched.insee && named.insee) {
        const std::string full = Fold(named.name ? *named.name : named.printed);
        std::istringstream words(Fold(unmatched.printed));
        for (std::string w; words >> w;)
          if (w.size() >= 5 && w.back() == '-' && full.compare(0, w.size(), w) == 0) return true;
      }
    }
    return false;
  };
  // A commune printed as a bullet item more often than the bullet lists read
  // hold it: a scan's line read out of its list, not a commune the act left
  // out.
  auto Misplaced = [&](size_t idx) {
    const CommuneRef& c = act.communes[idx];
    const std::string folded = Fold(c.name ? *c.name : c.printed);
    int listed = 0;
    for (const CommuneRef& o : act.communes)
      if (KeyOf(o) == KeyOf(c) && o.list &&
          (o.list->rfind("article", 0) == 0 || o.list->rfind("annexe", 0) == 0 ||
           *o.list == "list"))
        ++listed;
    return BulletLines(in.text, folded) > listed;
  };
  // A short line of the act (a list item) read with doubt whose letters hold
  // the commune's name: the name may be that item, unread. Not asserted left
  // out. A line holding just the name is that name, no lost item.
  auto Unread = [&](size_t idx) {
    const CommuneRef& c = act.communes[idx];
    std::string want = CompactKey(c.name ? *c.name : c.printed);
    if (!in.doc || want.size() < 3) return false;
    // A name that opens with an article ("La Groise", "Les Trois-Moulins"): the rest.
    std::string tail;
    static const RE2 kArticle(R"(^(?:la|le|les|l')\s*(.{5,})$)");
    RE2::FullMatch(Fold(c.name ? *c.name : c.printed), kArticle, &tail);
    tail = CompactKey(tail);
    const auto& lines = in.doc->lines();
    for (size_t i = act.first_line; i < act.last_line && i < lines.size(); ++i) {
      const std::string line =
          in.doc->raw().substr(lines[i].raw_begin, lines[i].raw_end - lines[i].raw_begin);
      size_t words = 0;
      for (size_t k = 0; k < line.size(); ++k)
        words += line[k] != ' ' && (k == 0 || line[k - 1] == ' ');
      // The name alone on its line is the item read, not one lost in other letters.
      const std::string key = CompactKey(line);
      if (words == 0 || words > 4 || key == want) continue;
      const Trust trust = TrustOf(in.doc->EvidenceForLines(i, i + 1).confidence);
      if (key.find(want) != std::string::npos && !AtLeast(trust, Trust::kSure)) return true;
      // A scanned list line damaged at one end, dropped as no commune.
      if (ReadByOcr(trust) && OneEndDamaged(key, want)) return true;
      // A scanned line of the name whose article ran into its bullet
      // (ArticleRunIntoBullet, name_damage.h).
      if (words <= 3 && ReadByOcr(trust) && ArticleRunIntoBullet(key, want, tail)) return true;
    }
    return false;
  };
  auto name_of = [&](size_t i) {
    const CommuneRef& c = act.communes[i];
    return c.name ? *c.name : c.printed;
  };
  // Every commune of `a` must be in one of `bs`.
  auto require = [&](const std::string& a, const std::vector<std::string>& bs,
                     const std::string& why) {
    if (!Has(lists, a)) return;
    std::vector<const Named*> targets;
    std::string target_names;
    for (const std::string& b : bs)
      if (Has(lists, b)) {
        targets.push_back(&lists.at(b));
        target_names += (target_names.empty() ? "" : " or ") + b;
      }
    if (targets.empty()) return;
    // A Vu clause the act prints but whose list was not read (cut by OCR):
    // what the others lack may be there.
    for (const std::string& b : bs)
      if (!Has(lists, b) && ClauseUnread(in, b)) return;
    // A target list that ran into stray words lost its true end: what it
    // lacks may be there, unread.
    for (const Named* t : targets)
      for (const auto& [key, idx] : t->first)
        if (Stray(act.communes[idx], act)) return;
    // Entries of the targets read with doubt and matched to nothing: each
    // may be one name the others lack.
    int unread_slots = 0;
    for (const Named* t : targets)
      for (const auto& [key, idx] : t->first) unread_slots += Doubtful(idx);
    for (const auto& [key, idx] : lists.at(a).first) {
      if (Stray(act.communes[idx], act)) continue;  // no commune, nothing left out
      // An entry read with doubt and matched to nothing is no name to find elsewhere.
      if (Doubtful(idx)) continue;
      bool found = false;
      for (const Named* t : targets) found |= t->first.count(key) > 0 || Garbled(*t, idx);
      if (!found && (Misplaced(idx) || Unread(idx))) found = true;
      if (!found && unread_slots > 0) {
        --unread_slots;
        found = true;
      }
      if (!found) {
        out->push_back(MakeAnomaly(act, "list.mismatch", "error",
                                   name_of(idx) + " is in the " + a + " list but not in the " +
                                       target_names + " list" + (bs.size() > 1 ? "s" : "") + ": " +
                                       why,
                                   {"/communes/" + std::to_string(idx)}));
      }
    }
  };
  // For each article list: approved communes vs the deliberations and letters
  // it cites; the conditional list is the group of letters (no deliberation yet).
  for (const auto& [name, unused] : lists) {
    (void)unused;
    if (name.rfind("article", 0) != 0) continue;
    if (name.find("conditional") != std::string::npos) {
      require(name, {"vu courriers"},
              "a conditional adhesion should concern a commune that announced it by letter");
      if (Has(lists, "vu deliberations"))
        for (const auto& [key, idx] : lists.at(name).first)
          if (lists.at("vu deliberations").first.count(key)) {
            out->push_back(MakeAnomaly(act, "list.mismatch", "error",
                                       name_of(idx) +
                                           " is made conditional on a deliberation that the act "
                                           "cites as already taken (vu deliberations)",
                                       {"/communes/" + std::to_string(idx)}));
          }
    } else if (Has(lists, "vu deliberations")) {
      // An act that cites letters but no deliberation: its deliberations
      // were not read (every adhesion rests on some), nothing to compare.
      require(name, {"vu deliberations", "vu courriers"},
              "its adhesion is approved but neither its deliberation nor its letter is cited");
    }
  }
  for (const char* cited : {"vu deliberations", "vu courriers"}) {
    std::vector<std::string> approved;
    for (const auto& [name, unused] : lists) {
      (void)unused;
      if (name.rfind("article", 0) == 0 && name.find("conditional") == std::string::npos)
        approved.push_back(name);
    }
    if (!approved.empty()) require(cited, approved, "it is cited but its adhesion is not approved");
  }
  // Annex lists vs the article that amends them.
  for (const auto& [name, unused] : lists) {
    (void)unused;
    if (name.rfind("annexe", 0) != 0) continue;
    for (const auto& [art, u2] : lists) {
      (void)u2;
      if (art.rfind("article", 0) == 0 && art.find("conditional") == std::string::npos)
        require(art, {name},
                "the annex of the statutes should list every commune the article admits");
    }
  }
}

}  // namespace delib
