// commune.misspelled, commune.unknown (COG), commune.not_member (EPCI membership).
#include <re2/re2.h>

#include <string>

#include "checks/check_util.h"
#include "pipeline/base/fold.h"
#include "pipeline/reference/bodies.h"
#include "pipeline/reference/geography.h"
#include "pipeline/text/confusions.h"
#include "pipeline/text/matcher.h"
#include "pipeline/text/trust.h"

namespace delib {
namespace {

// The EPCI the act says its communes belong to ("communes de la Métropole
// Européenne de Lille"), read in its title: the longest run of words after
// "communes de (la|l')" that names an EPCI of the geography.
const Epci* EpciOfTitle(const Geography& geo, const std::string& title_raw) {
  static const RE2 kCommunesDe(R"(communes (?:membres )?(?:de la |de l'|du |des |de )(.+))");
  std::string f = Fold(title_raw), rest;
  if (!RE2::PartialMatch(f, kCommunesDe, &rest)) return nullptr;
  std::vector<std::string> words;
  std::string cur;
  for (char c : rest) {
    if (c == ' ') {
      if (!cur.empty()) words.push_back(cur), cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) words.push_back(cur);
  const Epci* best = nullptr;
  std::string name;
  for (size_t i = 0; i < words.size() && i < 12; ++i) {
    name += (i ? " " : "") + words[i];
    if (const Epci* e = geo.FindEpci(name)) best = e;
  }
  return best;
}

// A name that matched nothing but is another commune of the act with stray
// letters around it: at most 3 before or after the name ("Lille da").
bool NoisyCopy(const Act& act, const CommuneRef& c) {
  std::string got = CompactKey(c.printed);
  for (const CommuneRef& o : act.communes) {
    if (!o.insee) continue;
    std::string k = CompactKey(o.name ? *o.name : o.printed);
    if (k.size() < 3 || got.size() < k.size() || got.size() > k.size() + 3) continue;
    if (got.compare(0, k.size(), k) == 0 || got.compare(got.size() - k.size(), k.size(), k) == 0)
      return true;
  }
  return false;
}

// A name as the matcher compares it: one accent per letter, marks the
// confusion table reads as letters made letters, spaces and hyphens dropped.
std::string MatchKey(std::string_view name) {
  return CompactKey(
      ConfusionTable::Default().Repair(Fold(OneAccentPerLetter(name)), ConfusionScope::kLetters));
}

// Whether the printed name differs from the official one as a writer's slip
// does, and a damaged reading does not: one letter doubled or tripled, or one
// dropped ("Chausée"), with no accented letter the official name lacks (an
// accent doubled is the reading's).
bool WritersSlip(std::string_view printed, const std::string& official) {
  // A letter beside its accented form, unlike the official name ("Chaussée"
  // has its "ée"): one accented letter read twice; a writer does not type both.
  std::vector<std::string> points;
  for (size_t i = 0; i < printed.size();) {
    size_t n = 1;
    const unsigned char c = printed[i];
    if (c >= 0xF0)
      n = 4;
    else if (c >= 0xE0)
      n = 3;
    else if (c >= 0xC0)
      n = 2;
    points.emplace_back(printed.substr(i, n));
    i += n;
  }
  for (size_t k = 1; k < points.size(); ++k)
    if (points[k] != points[k - 1] && (points[k].size() > 1) != (points[k - 1].size() > 1) &&
        Fold(points[k]) == Fold(points[k - 1]) &&
        official.find(points[k - 1] + points[k]) == std::string::npos)
      return false;
  for (size_t i = 0; i < printed.size(); ++i) {
    unsigned char c = printed[i];
    if (c < 0xC3 || c >= 0xE0 || i + 1 >= printed.size()) continue;
    if (official.find(std::string(printed.substr(i, 2))) == std::string::npos) return false;
    ++i;
  }
  const std::string a = CompactKey(Fold(printed)), b = CompactKey(Fold(official));
  if (a == b || a.empty() || b.empty()) return false;
  if (a.size() + 1 == b.size()) {  // one letter dropped
    for (size_t i = 0; i < b.size(); ++i)
      if (b.substr(0, i) + b.substr(i + 1) == a) return true;
    return false;
  }
  if (a.size() > b.size() && a.size() <= b.size() + 2) {  // a letter repeated
    size_t i = 0, j = 0;
    while (i < a.size()) {
      if (j < b.size() && a[i] == b[j]) {
        ++i, ++j;
      } else if (i > 0 && a[i] == a[i - 1]) {
        ++i;  // one more of the letter just read
      } else {
        return false;
      }
    }
    return j == b.size();
  }
  return false;
}

// Whether confusions of the table explain the difference between two keys:
// alone, or a length-changing one ("m" printed for "rn") with one edit
// besides.
bool Confused(const std::string& read, const std::string& want) {
  if (MatchWord(read, want, Trust::kSure).level <= MatchLevel::kConfusion) return true;
  return WeightedDistance(read, want, ConfusionScope::kLetters, 2) > 1 &&
         WeightedDistance(MergeLengthConfusions(read), MergeLengthConfusions(want),
                          ConfusionScope::kLetters, 2) <= 1;
}

// Whether a fuzzy match is explained by the reading rather than the document:
// the name read by OCR with doubt, or differing from the official name only
// by confusions of the table (matcher.h).
bool OcrMisread(const Act& act, const std::string& ptr, const CommuneRef& c) {
  auto ev = act.evidence.find(ptr);
  if (ev == act.evidence.end()) return false;
  const Trust trust = TrustOf(ev->second.confidence);
  if (!ReadByOcr(trust)) return false;
  // A writer's slip is the document's, however doubtfully Tesseract read
  // the unusual word; only an illegible reading leaves it in doubt.
  if (c.name && c.match == "fuzzy" && WritersSlip(c.printed, *c.name))
    return !AtLeast(trust, Trust::kDoubt);
  if (!AtLeast(trust, Trust::kSure)) return true;
  // Named right elsewhere in the act: a reading that no writer's slip
  // explains is the reading's.
  if (c.match == "fuzzy" && c.insee)
    for (const CommuneRef& o : act.communes)
      if (&o != &c && o.insee == c.insee && o.match == "exact") return true;
  const CommuneRef* near = c.name ? nullptr : NamedNearby(act, c);
  if (!c.name && !near) return false;
  return Confused(MatchKey(c.printed), MatchKey(c.name ? *c.name : *near->name));
}

}  // namespace

const CommuneRef* NamedNearby(const Act& act, const CommuneRef& c) {
  const std::string key = CompactKey(c.printed);
  if (key.size() < 3) return nullptr;
  for (const CommuneRef& o : act.communes) {
    if (!o.insee || !o.name || o.list == c.list) continue;
    const std::string theirs = CompactKey(*o.name);
    // Three letters are near too many names: only a letter dropped from a
    // four-letter name beginning alike ("Aor" beside Anor).
    if (key.size() == 3 && (theirs.size() != 4 || theirs[0] != key[0])) continue;
    // One plain edit at most, confusions of the table besides.
    if (key != theirs && WeightedDistance(key, theirs, ConfusionScope::kLetters, 2) < 2) return &o;
  }
  return nullptr;
}

void CheckCommunes(const CheckInput& in, std::vector<Anomaly>* out) {
  const Act& act = *in.act;
  for (size_t i = 0; i < act.communes.size(); ++i) {
    const CommuneRef& c = act.communes[i];
    const std::string ptr = "/communes/" + std::to_string(i);
    const std::string list = c.list ? " (" + *c.list + ")" : "";
    // A name OCR may have damaged is no misspelling of the document's.
    if ((c.match == "fuzzy" || c.match == "none") && OcrMisread(act, ptr, c)) continue;
    if (c.match == "fuzzy") {
      out->push_back(MakeAnomaly(act, "commune.misspelled", "warning",
                                 "\"" + c.printed + "\"" + list +
                                     " is not an official commune name; closest: " +
                                     c.name.value_or("?") + " (" + c.insee.value_or("?") + ")",
                                 {ptr}));
    } else if (const CommuneRef* near = c.match == "none" ? NamedNearby(act, c) : nullptr) {
      // Unknown to the geography but one letter from a commune the act names
      // in another list: that one, misspelled ("Lyde" approved, Lynde cited).
      out->push_back(MakeAnomaly(act, "commune.misspelled", "warning",
                                 "\"" + c.printed + "\"" + list +
                                     " is not an official commune name; closest: " + *near->name +
                                     " (" + *near->insee + "), named elsewhere in the act",
                                 {ptr}));
    } else if (c.match == "none" && in.ctx->geo && !NoisyCopy(act, c) &&
               !(ReadByOcr(act, ptr) && CompactKey(c.printed).size() <= 2)) {
      // (Two letters read from a scan are what the reading kept of a name,
      // no name of the document's.)
      out->push_back(MakeAnomaly(
          act, "commune.unknown", "warning",
          "\"" + c.printed + "\"" + list + " matches no commune of the official geography", {ptr}));
    }
  }
  if (!in.ctx->geo || !act.title) return;
  const Epci* epci = EpciOfTitle(*in.ctx->geo, *act.title);
  if (!epci) return;
  for (size_t i = 0; i < act.communes.size(); ++i) {
    const CommuneRef& c = act.communes[i];
    if (!c.insee || !c.list || c.list->rfind("article", 0) != 0) continue;
    bool member = false;
    for (const std::string& m : epci->members) member |= m == *c.insee;
    if (!member) {
      out->push_back(MakeAnomaly(
          act, "commune.not_member", c.match == "fuzzy" ? "warning" : "error",
          c.name.value_or(c.printed) + " (" + *c.insee + ", " + *c.list + ") is not a member of " +
              epci->name + ", whose communes the act concerns",
          {"/title", "/communes/" + std::to_string(i)}));
    }
  }
}

}  // namespace delib
