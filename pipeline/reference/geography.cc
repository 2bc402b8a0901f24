#include "pipeline/reference/geography.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <nlohmann/json.hpp>

#include "pipeline/base/atomic_file.h"
#include "pipeline/base/fold.h"
#include "pipeline/text/matcher.h"

namespace delib {

std::string Geography::DefaultDir() {
  if (const char* env = std::getenv("DELIB_GEO_DIR")) return env;
  return std::string(DELIB_SOURCE_DIR) +
         "/third_party/geo/node_modules/@etalab/decoupage-administratif/data";
}

std::string Geography::Key(std::string_view name) {
  std::string f = Fold(name);
  std::string out;
  out.reserve(f.size());
  for (char c : f) {
    char d = (c == '-' || c == '\'' || c == '_' || c == '.') ? ' ' : c;
    if (d == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += d;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  // "saint"/"sainte" are often abbreviated "st"/"ste".
  auto replace_word = [&](const std::string& from, const std::string& to) {
    std::string padded = " " + out + " ";
    std::string pat = " " + from + " ";
    for (size_t p; (p = padded.find(pat)) != std::string::npos;)
      padded.replace(p, pat.size(), " " + to + " ");
    out = padded.substr(1, padded.size() - 2);
  };
  replace_word("st", "saint");
  replace_word("ste", "sainte");
  return out;
}

namespace {

// The kinds of EPCI as printed, and as the official names abbreviate them
// ("Communauté de communes des Lisières de l'Oise" is "CC des Lisières de
// l'Oise"), in Key() form.
constexpr std::pair<const char*, const char*> kEpciKinds[] = {
    {"communaute de communes", "cc"},
    {"communaute d agglomeration", "ca"},
    {"communaute urbaine", "cu"},
};

// An EPCI's key: Key() with the kind's words abbreviated as the official
// names have them.
std::string EpciKey(std::string_view name) {
  std::string key = Geography::Key(name);
  for (const auto& [words, abbreviation] : kEpciKinds) {
    const std::string w = words;
    if (key.rfind(w + " ", 0) == 0) return abbreviation + key.substr(w.size());
  }
  return key;
}

constexpr const char* kCompactMagic = "delib-geo 3";  // 2: with the région; 3: delegated

// Where the compact copy of the geography in `dir` lives: the user's cache
// folder, named by the data files' sizes and dates, so an updated package
// makes a new one. Empty when there is no cache folder.
std::string CompactPath(const std::string& dir) {
  namespace fs = std::filesystem;
  std::string base;
  if (const char* x = std::getenv("XDG_CACHE_HOME"); x && *x)
    base = x;
  else if (const char* h = std::getenv("HOME"); h && *h)
    base = std::string(h) + "/.cache";
  else
    return "";
  std::string sig = dir;
  for (const char* f : {"/communes.json", "/epci.json", "/departements.json"}) {
    std::error_code ec;
    auto size = fs::file_size(dir + f, ec);
    auto time = fs::last_write_time(dir + f, ec);
    sig += std::string(f) + ":" + std::to_string(ec ? 0 : size) + ":" +
           std::to_string(ec ? 0 : time.time_since_epoch().count());
  }
  return base + "/delib/geo-" + std::to_string(std::hash<std::string>()(sig)) + ".tsv";
}

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i <= line.size(); ++i)
    if (i == line.size() || line[i] == '\t') {
      out.push_back(line.substr(start, i - start));
      start = i + 1;
    }
  return out;
}

}  // namespace

// The compact copy: one line per commune ("C", code, name, département,
// SIREN, population, folded, région), EPCI ("E", SIREN, name, type, folded, member
// codes separated by commas) and département ("D", key, code). Ten times
// faster to read than the package's JSON, which every run would parse.
bool Geography::ReadCompact(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::string_view all(text);
  size_t nl = all.find('\n');
  if (nl == std::string::npos || all.substr(0, nl) != kCompactMagic) return false;
  for (size_t pos = nl + 1; pos < all.size();) {
    size_t end = all.find('\n', pos);
    if (end == std::string::npos) return false;  // a truncated copy
    std::vector<std::string_view> f = SplitTabs(all.substr(pos, end - pos));
    pos = end + 1;
    if (f[0] == "C" && f.size() == 8) {
      Commune m;
      m.code = f[1];
      m.name = f[2];
      m.departement = f[3];
      m.siren = f[4];
      m.population = std::atoi(std::string(f[5]).c_str());
      m.folded = f[6];
      m.region = f[7];
      communes_.push_back(std::move(m));
    } else if (f[0] == "L" && f.size() == 6) {
      Commune m;
      m.code = f[1];
      m.name = f[2];
      m.departement = f[3];
      m.parent = f[4];
      m.folded = f[5];
      delegated_.push_back(std::move(m));
    } else if (f[0] == "E" && f.size() == 6) {
      Epci x;
      x.siren = f[1];
      x.name = f[2];
      x.type = f[3];
      x.folded = f[4];
      for (std::string_view rest = f[5]; !rest.empty();) {
        size_t comma = rest.find(',');
        x.members.emplace_back(rest.substr(0, comma));
        rest = comma == std::string::npos ? std::string_view() : rest.substr(comma + 1);
      }
      epcis_.push_back(std::move(x));
    } else if (f[0] == "D" && f.size() == 3) {
      departements_[std::string(f[1])] = std::string(f[2]);
    } else {
      return false;
    }
  }
  return !communes_.empty();
}

Status Geography::WriteCompact(const std::string& path) const {
  std::string out = std::string(kCompactMagic) + "\n";
  for (const Commune& c : communes_)
    out += "C\t" + c.code + "\t" + c.name + "\t" + c.departement + "\t" + c.siren + "\t" +
           std::to_string(c.population) + "\t" + c.folded + "\t" + c.region + "\n";
  for (const Commune& c : delegated_)
    out += "L\t" + c.code + "\t" + c.name + "\t" + c.departement + "\t" + c.parent + "\t" +
           c.folded + "\n";
  for (const Epci& e : epcis_) {
    out += "E\t" + e.siren + "\t" + e.name + "\t" + e.type + "\t" + e.folded + "\t";
    for (size_t i = 0; i < e.members.size(); ++i) out += (i ? "," : "") + e.members[i];
    out += "\n";
  }
  for (const auto& [key, code] : departements_) out += "D\t" + key + "\t" + code + "\n";
  std::error_code ec;
  std::filesystem::path folder = std::filesystem::path(path).parent_path();
  std::filesystem::create_directories(folder, ec);
  if (ec)
    return Status(Code::kUnreadable, "cannot create " + folder.string() + ": " + ec.message());
  return WriteFileAtomic(path, out);
}

Result<Geography> Geography::Load(const std::string& dir) {
  const std::string compact = CompactPath(dir);
  if (!compact.empty()) {
    Geography cached;
    if (cached.ReadCompact(compact)) {
      cached.Index();
      return cached;
    }
  }
  Result<Geography> read = LoadJson(dir);
  if (read.ok() && !compact.empty())
    read.value().compact_copy_ = read.value().WriteCompact(compact);
  return read;
}

Result<Geography> Geography::LoadJson(const std::string& dir) {
  Geography geo;
  try {
    std::ifstream cf(dir + "/communes.json");
    if (!cf)
      return Status(Code::kNotFound, "geography not found in " + dir + " (run scripts/setup)");
    nlohmann::json communes = nlohmann::json::parse(cf);
    for (const auto& c : communes) {
      const std::string type = c.value("type", "");
      if (type == "commune-deleguee" || type == "commune-associee") {
        Commune m;
        m.code = c.value("code", "");
        m.name = c.value("nom", "");
        m.departement = c.value("departement", "");
        m.region = c.value("region", "");
        m.parent = c.value("chefLieu", "");
        if (!m.parent.empty()) geo.delegated_.push_back(std::move(m));
        continue;
      }
      if (type != "commune-actuelle") continue;
      Commune m;
      m.code = c.value("code", "");
      m.name = c.value("nom", "");
      m.departement = c.value("departement", "");
      m.region = c.value("region", "");
      m.siren = c.value("siren", "");
      m.population = c.value("population", 0);
      geo.communes_.push_back(std::move(m));
    }
    std::ifstream ef(dir + "/epci.json");
    if (ef) {
      nlohmann::json epcis = nlohmann::json::parse(ef);
      for (const auto& e : epcis) {
        Epci x;
        x.siren = e.value("code", "");
        x.name = e.value("nom", "");
        x.type = e.value("type", "");
        for (const auto& m : e.value("membres", nlohmann::json::array()))
          x.members.push_back(m.value("code", ""));
        geo.epcis_.push_back(std::move(x));
      }
    }
    std::ifstream df(dir + "/departements.json");
    if (df) {
      nlohmann::json deps = nlohmann::json::parse(df);
      for (const auto& d : deps) geo.departements_[Key(d.value("nom", ""))] = d.value("code", "");
    }
  } catch (const std::exception& e) {
    return Status(Code::kInternal, std::string("geography unreadable: ") + e.what());
  }
  geo.Index();
  return geo;
}

const Commune* Geography::FindDelegated(std::string_view printed,
                                        std::string_view departement) const {
  auto it = delegated_by_key_.find(Key(printed));
  if (it == delegated_by_key_.end()) return nullptr;
  const Commune* best = nullptr;
  for (size_t i : it->second) {
    const Commune& c = delegated_[i];
    if (!best || (!departement.empty() && c.departement == departement)) best = &c;
  }
  return best;
}

CommuneMatch Geography::MatchPlace(std::string_view printed, std::string_view departement,
                                   Trust trust) const {
  CommuneMatch m = Match(printed, departement, trust);
  if (m.commune && m.level <= MatchLevel::kAccent) return m;
  if (const Commune* d = FindDelegated(printed, departement)) {
    CommuneMatch dm;
    dm.commune = d;
    const bool exact = d->name == printed;
    dm.match = exact ? "exact" : "accent";
    dm.level = exact ? MatchLevel::kExact : MatchLevel::kAccent;
    return dm;
  }
  return m;
}

const Commune* Geography::DelegatedByCode(std::string_view insee) const {
  auto it = delegated_by_code_.find(std::string(insee));
  return it == delegated_by_code_.end() ? nullptr : &delegated_[it->second];
}

std::string Geography::DepartementCode(std::string_view name) const {
  auto it = departements_.find(Key(name));
  return it == departements_.end() ? "" : it->second;
}

Geography Geography::FromLists(std::vector<Commune> communes, std::vector<Epci> epcis) {
  Geography geo;
  for (Commune& c : communes)
    (c.parent.empty() ? geo.communes_ : geo.delegated_).push_back(std::move(c));
  geo.epcis_ = std::move(epcis);
  geo.Index();
  return geo;
}

void Geography::Index() {
  for (size_t i = 0; i < delegated_.size(); ++i) {
    if (delegated_[i].folded.empty()) delegated_[i].folded = Key(delegated_[i].name);
    delegated_by_key_[delegated_[i].folded].push_back(i);
    delegated_by_code_.emplace(delegated_[i].code, i);
  }
  for (size_t i = 0; i < communes_.size(); ++i) {
    if (communes_[i].folded.empty()) communes_[i].folded = Key(communes_[i].name);
    by_key_[communes_[i].folded].push_back(i);
    by_code_[communes_[i].code] = i;
    if (!communes_[i].siren.empty()) by_siren_[communes_[i].siren] = i;
    if (!communes_[i].region.empty())
      region_of_dep_.emplace(communes_[i].departement, communes_[i].region);
  }
  for (size_t i = 0; i < epcis_.size(); ++i) {
    if (epcis_[i].folded.empty()) epcis_[i].folded = Key(epcis_[i].name);
    epci_by_siren_[epcis_[i].siren] = i;
    epci_by_key_[EpciKey(epcis_[i].name)] = i;
  }
}

const Commune* Geography::ByCode(std::string_view insee) const {
  auto it = by_code_.find(std::string(insee));
  return it == by_code_.end() ? nullptr : &communes_[it->second];
}

const Commune* Geography::CommuneBySiren(std::string_view siren) const {
  auto it = by_siren_.find(std::string(siren));
  return it == by_siren_.end() ? nullptr : &communes_[it->second];
}

const Epci* Geography::EpciBySiren(std::string_view siren) const {
  auto it = epci_by_siren_.find(std::string(siren));
  return it == epci_by_siren_.end() ? nullptr : &epcis_[it->second];
}

const Epci* Geography::FindEpci(std::string_view name) const {
  auto it = epci_by_key_.find(EpciKey(name));
  return it == epci_by_key_.end() ? nullptr : &epcis_[it->second];
}

namespace {
// Below one plain edit: a distance made of confusions of the table only.
constexpr double kConfusionsOnly = 0.99;
}  // namespace

CommuneMatch Geography::Match(std::string_view printed, std::string_view departement,
                              Trust trust) const {
  CommuneMatch result;
  std::string key = Key(printed);
  if (key.empty()) return result;
  auto pick = [&](const std::vector<size_t>& idx) -> const Commune* {
    const Commune* best = nullptr;
    for (size_t i : idx) {
      const Commune& c = communes_[i];
      bool in_dep = !departement.empty() && c.departement == departement;
      bool best_in_dep = best && !departement.empty() && best->departement == departement;
      if (!best || (in_dep && !best_in_dep) ||
          (in_dep == best_in_dep && c.population > best->population))
        best = &c;
    }
    return best;
  };
  auto it = by_key_.find(key);
  if (it != by_key_.end()) {
    const Commune* c = pick(it->second);
    result.commune = c;
    const bool exact = c->name == printed;
    result.match = exact ? "exact" : "accent";
    result.level = exact ? MatchLevel::kExact : MatchLevel::kAccent;
    // The key unifies accents, case, punctuation and "St" for "Saint": all
    // accent-level.
    return result;
  }
  // Approximate: the reading layer's weighted distance on keys (an OCR
  // confusion costs less than a letter), within its allowance for the length.
  double cap = Allowance(key.size(), trust);
  // Confusions alone cost less than one plain edit, at any length.
  if (ReadByOcr(trust)) cap = std::max(cap, kConfusionsOnly);
  if (cap <= 0) return result;
  // A confusion of two letters for one ("m" for "rn") changes the length by
  // one at less than a letter's cost: lengths may differ by one more.
  const double slack = cap + 1;
  double best_d = cap + 1;
  const Commune* best = nullptr;
  bool best_in_dep = false;
  // With a département hint, communes of other regions are not candidates
  // (when the regions are known).
  std::string region;
  if (!departement.empty())
    if (auto r = region_of_dep_.find(std::string(departement)); r != region_of_dep_.end())
      region = r->second;
  for (const Commune& c : communes_) {
    if (std::fabs(static_cast<double>(c.folded.size()) - static_cast<double>(key.size())) > slack)
      continue;
    if (!region.empty() && !c.region.empty() && c.region != region) continue;
    const double d = WeightedDistance(key, c.folded, ConfusionScope::kLetters, cap);
    if (d > cap) continue;
    bool in_dep = !departement.empty() && c.departement == departement;
    if (d < best_d || (d == best_d && in_dep && !best_in_dep) ||
        (d == best_d && in_dep == best_in_dep && best && c.population > best->population)) {
      best_d = d;
      best = &c;
      best_in_dep = in_dep;
    }
  }
  // Outside the hinted département, only a distance of one letter is accepted.
  if (best && !departement.empty() && !best_in_dep && best_d > 1) best = nullptr;
  if (best) {
    result.commune = best;
    result.match = "fuzzy";
    result.distance = best_d;
    const bool confusions = MatchWord(key, best->folded, trust).level == MatchLevel::kConfusion;
    result.level = confusions ? MatchLevel::kConfusion : MatchLevel::kTypo;
  }
  return result;
}

}  // namespace delib
