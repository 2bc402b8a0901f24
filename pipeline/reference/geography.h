// The official geography (communes and EPCI with their members), loaded from
// the pinned npm package @etalab/decoupage-administratif (data/communes.json,
// data/epci.json). Immutable once loaded; safe to share between threads and
// with child processes.
//
// clang-format off
//   Result<Geography> geo = Geography::Load("third_party/geo/node_modules/@etalab/decoupage-administratif/data");
//   const Commune* c = geo.value().FindExact("Prémesques");   // 59470
//   auto m = geo.value().Match("Saily-lez-Lannoy", "59");       // fuzzy -> Sailly-lez-Lannoy
// clang-format on
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "pipeline/base/status.h"
#include "pipeline/text/matcher.h"
#include "pipeline/text/trust.h"

namespace delib {

struct Commune {
  std::string code;  // INSEE
  std::string name;
  std::string departement;
  std::string siren;
  int population = 0;
  std::string folded;  // Fold(name) with '-' and '\'' as spaces
  std::string region;  // INSEE code of the région; "" when unknown
  // A commune déléguée or associée (a former commune inside a commune
  // nouvelle: Rabodanges in Putanges-le-Lac): the INSEE code of the commune
  // it belongs to; "" for a commune.
  std::string parent;
};

struct Epci {
  std::string siren;
  std::string name;
  std::string type;                  // CC, CA, CU, METRO, MET69
  std::vector<std::string> members;  // INSEE codes
  std::string folded;
};

struct CommuneMatch {
  const Commune* commune = nullptr;
  std::string match = "none";  // exact | accent | fuzzy | none
  // How the reading layer sees it (matcher.h): a fuzzy match is kConfusion
  // when OCR confusions alone explain it, else kTypo.
  MatchLevel level = MatchLevel::kNone;
  double distance = 0;  // WeightedDistance between the keys (0 unless fuzzy)
};

class Geography {
 public:
  // Default data folder: $DELIB_GEO_DIR, else the one scripts/setup installs.
  static std::string DefaultDir();
  // Reads a compact copy kept in the user's cache folder
  // (~/.cache/delib/geo-*.tsv) when there is one for these data files; else
  // the package's JSON, then writes that copy for the next run. A copy that
  // cannot be written costs time only: Load succeeds and compact_copy() says
  // why (the next load reads the JSON again).
  static Result<Geography> Load(const std::string& dir);
  // The package's JSON only (no compact copy read or written).
  static Result<Geography> LoadJson(const std::string& dir);
  // For tests: a geography made of the given communes and EPCI.
  static Geography FromLists(std::vector<Commune> communes, std::vector<Epci> epcis);

  // Not ok when Load read the JSON and could not keep its compact copy
  // ("cannot create /home/x/.cache/delib/...: Read-only file system").
  const Status& compact_copy() const { return compact_copy_; }

  const Commune* ByCode(std::string_view insee) const;
  // The commune whose SIREN this is ("213001100" -> Flaux), or null.
  const Commune* CommuneBySiren(std::string_view siren) const;
  const Epci* EpciBySiren(std::string_view siren) const;
  // EPCI whose folded name equals the folded text, or null.
  const Epci* FindEpci(std::string_view name) const;
  // Exact, then accent/case-insensitive, then approximate: the least
  // WeightedDistance (matcher.h) on keys within Allowance(length, trust), or
  // below one plain edit (confusions only) at any length for a name read by
  // OCR (`trust` below kTextLayer).
  // `departement` breaks ties and is preferred when given; outside it only a
  // distance of 1 is accepted, and only within its region: "Hondeville"
  // printed by a Nord syndicat is no misspelling of Mondeville, Calvados.
  // Homonyms without a département hint: the most populous.
  CommuneMatch Match(std::string_view printed, std::string_view departement = "",
                     Trust trust = Trust::kTextLayer) const;
  const std::vector<Commune>& communes() const { return communes_; }
  // A commune déléguée or associée named exactly or but for accents, case
  // and punctuation ("COMMUNE HISTORIQUE DE RABODANGES"), preferring
  // `departement`; null when none. Never approximate: a former commune is
  // named in full or not at all. Match above knows communes only.
  const Commune* FindDelegated(std::string_view printed, std::string_view departement = "") const;
  // Match, then, when it finds no commune exactly or but for accents, a
  // commune déléguée or associée so named (FindDelegated): the places an act
  // may name.
  CommuneMatch MatchPlace(std::string_view printed, std::string_view departement = "",
                          Trust trust = Trust::kTextLayer) const;
  // The delegated commune of this INSEE code, or null.
  const Commune* DelegatedByCode(std::string_view insee) const;
  // Code of the département with this name ("Nord" -> "59", "Pas-de-Calais"
  // -> "62"; compared by Key()), or "" (also when departements.json was absent).
  std::string DepartementCode(std::string_view name) const;
  // For tests: add a département.
  void AddDepartement(const std::string& code, const std::string& name) {
    departements_[Key(name)] = code;
  }

  // Canonical key used for name matching: Fold, '-', '\'' and ' ' unified.
  static std::string Key(std::string_view name);

 private:
  std::vector<Commune> communes_;
  std::vector<Commune> delegated_;  // communes déléguées and associées
  std::unordered_map<std::string, std::vector<size_t>> delegated_by_key_;
  std::unordered_map<std::string, size_t> delegated_by_code_;
  std::vector<Epci> epcis_;
  std::unordered_map<std::string, std::vector<size_t>> by_key_;
  std::unordered_map<std::string, size_t> by_code_;
  std::unordered_map<std::string, size_t> by_siren_;
  std::unordered_map<std::string, size_t> epci_by_siren_;
  std::unordered_map<std::string, size_t> epci_by_key_;
  std::unordered_map<std::string, std::string> departements_;   // Key(nom) -> code
  std::unordered_map<std::string, std::string> region_of_dep_;  // code -> region code
  void Index();
  bool ReadCompact(const std::string& path);
  Status WriteCompact(const std::string& path) const;
  Status compact_copy_;
};

}  // namespace delib
