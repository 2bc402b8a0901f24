// Statutes of known bodies (data/bodies/*.json, schema schemas/body.schema.json):
// where a syndicat mixte ouvert's statutes replace the CGCT (L5721-2) for
// quorum, proxies, majorities and convocation. Also produced from a statutes
// document found in a batch (extractors/statutes.h).
//
//   Result<BodyRegistry> reg = BodyRegistry::Load("data/bodies");
//   const BodyStatutes* b = reg.value().Find("SMO « La Fibre Numérique 59/62 »");
//   if (b && b->proxy_limit == 1) ...
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/model/statutes.h"
#include "pipeline/reference/rule_data.h"
#include "pipeline/base/status.h"

namespace delib {

// Parses one body file's JSON, checking the fields the checks use (the schema
// says the rest). The error names the field.
Result<BodyStatutes> BodyFromJson(const nlohmann::json& j);

// Folded letters and digits only: "Nord – Pas-de-Calais Numérique" ->
// "nordpasdecalaisnumerique". How body names are compared.
std::string CompactKey(std::string_view text);

class BodyRegistry {
 public:
  // Every *.json in `dir`; the first invalid file fails the load.
  static Result<BodyRegistry> Load(const std::string& dir);
  // DataDir()/bodies, loaded once (abort on an invalid shipped file).
  static const BodyRegistry& Default();
  void Add(BodyStatutes body) { bodies_.push_back(std::move(body)); }
  // The body one of whose names occurs in `text` (compact keys), or null.
  const BodyStatutes* Find(std::string_view text) const;
  const std::vector<BodyStatutes>& bodies() const { return bodies_; }

 private:
  std::vector<BodyStatutes> bodies_;
};

}  // namespace delib
