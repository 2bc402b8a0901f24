// Legal numbers the checks use, as data (data/rules.json): the L2121-2 seats
// table (with Paris, Marseille and Lyon), convocation delays and the COVID
// windows. Loaded once and validated: a malformed file is a Status naming the
// field, never a silent default.
//
//   Result<RuleData> r = RuleData::Load("data/rules.json");
//   int seats = r.value().SeatsFor("59470", 2031);   // 19
//   const RuleData& d = RuleData::Default();          // pipeline/base/data_dir.h
#pragma once

#include <string>
#include <vector>

#include "pipeline/base/status.h"
#include "pipeline/model/statutes.h"

namespace delib {

struct RuleData {
  struct Bracket {
    int min_population = 0;
    int seats = 0;
  };
  std::vector<Bracket> seat_brackets;                      // ascending
  std::vector<std::pair<std::string, int>> special_seats;  // INSEE -> seats
  int small_commune_max_population = 3499;
  DelayRule commune_small, commune_large, epci_syndicat, departement_region, urgency;
  std::vector<std::pair<std::string, std::string>> covid_windows;  // ISO from, to (inclusive)
  QuorumRule covid_quorum;
  int covid_proxy_limit = 2;

  // L2121-2 seats for a commune; 0 when population <= 0 and not special.
  int SeatsFor(const std::string& insee, int population) const;
  bool InCovidWindow(const std::string& iso_date) const;

  static Result<RuleData> Load(const std::string& path);
  static Result<RuleData> FromJsonText(const std::string& text);
  // data/rules.json from $DELIB_DATA_DIR, else DELIB_SOURCE_DIR/data; loaded
  // once. Aborts the process if that file is missing or invalid: it ships
  // with the program, so that is a build error, not an input error.
  static const RuleData& Default();
};

}  // namespace delib
