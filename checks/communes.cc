// commune.misspelled, commune.unknown (COG), commune.not_member (EPCI membership).
#include <re2/re2.h>

#include <string>

#include "checks/check_util.h"
#include "pipeline/base/fold.h"
#include "pipeline/reference/bodies.h"
#include "pipeline/reference/geography.h"
#include "pipeline/text/misreading.h"
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
// letters around it (StrayLettersAround, misreading.h).
bool NoisyCopy(const Act& act, const CommuneRef& c) {
  const std::string got = CompactKey(c.printed);
  for (const CommuneRef& o : act.communes)
    if (o.insee && StrayLettersAround(got, CompactKey(o.name ? *o.name : o.printed))) return true;
  return false;
}

// Whether a fuzzy match is explained by the reading rather than the document
// (misreading.h FaultOf: the word's trust, a writer's slip, confusions of the
// table), or by the name read right elsewhere in the act.
bool OcrMisread(const Act& act, const std::string& ptr, const CommuneRef& c) {
  auto ev = act.evidence.find(ptr);
  if (ev == act.evidence.end()) return false;
  const Trust trust = TrustOf(ev->second.confidence);
  if (!ReadByOcr(trust)) return false;
  if (c.name && c.match == "fuzzy") {
    const Fault fault = FaultOf(c.printed, *c.name, trust);
    if (fault != Fault::kUnknown) return fault == Fault::kReading;
  } else if (!AtLeast(trust, Trust::kSure)) {
    return true;
  }
  // Named right elsewhere in the act: a reading that no writer's slip
  // explains is the reading's.
  if (c.match == "fuzzy" && c.insee)
    for (const CommuneRef& o : act.communes)
      if (&o != &c && o.insee == c.insee && o.match == "exact") return true;
  const CommuneRef* near = c.name ? nullptr : NamedNearby(act, c);
  if (!c.name && !near) return false;
  return ConfusionsExplain(c.printed, c.name ? *c.name : *near->name);
}

}  // namespace

const CommuneRef* NamedNearby(const Act& act, const CommuneRef& c) {
  const std::string key = CompactKey(c.printed);
  if (key.size() < 3) return nullptr;
  for (const CommuneRef& o : act.communes) {
    if (!o.insee || !o.name || o.list == c.list) continue;
    if (NearName(key, CompactKey(*o.name))) return &o;
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
    // A commune déléguée belongs through the commune it is part of.
    const Commune* delegated = in.ctx->geo->DelegatedByCode(*c.insee);
    const std::string code = delegated ? delegated->parent : *c.insee;
    for (const std::string& m : epci->members) member |= m == code;
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
