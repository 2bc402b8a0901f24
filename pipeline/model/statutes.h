// What a body's statutes say that the checks need, as values: seats per
// member group, quorum, proxy limit, convocation delay, majorities and the
// annexes' lists. Filled from data/bodies/*.json (pipeline/reference/bodies.h)
// or read from a statutes document (extractors/statutes.h).
//
//   BodyStatutes s;  s.quorum = {1, 2};  s.proxy_limit = 1;
//   int seats = s.TotalSeats();
//   s.Cited(s.composition_article);  // "statuts du X, art. 8.1", or "statuts du X"
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace delib {

struct QuorumRule {
  int numerator = 1, denominator = 2;
  bool present_or_represented = false;  // counts proxies too
  bool at_least = false;                // P >= N*n/d; otherwise P > N*n/d
  std::string text;                     // how the statutes word it, when from statutes
};

struct DelayRule {
  int value = 0;
  bool jours_francs = true;  // false: plain days (session - convocation)
  std::string legal_basis;
};

struct SeatGroup {
  std::string group;  // "Département du Nord"
  int delegates = 0;
  std::string departement;  // "59" when the group is a département's delegation
};

struct Majority {
  int numerator = 1, denominator = 2;
  bool of_members = false;  // false: of expressed votes
  int newcomer_departement_weight =
      1;  // art. 15: a delegate of the newcomer's département weighs this
  std::string article;
};

struct StatutesAnnex {
  int number = 0;
  std::string title;
  std::vector<std::string> entries;
};

struct BodyStatutes {
  std::string id;
  std::vector<std::string> names;
  std::string type;  // syndicat_mixte_ouvert | syndicat_mixte_ferme | epci | other
  std::string siren, statutes_date, source;
  std::vector<SeatGroup> seats;
  std::string composition_article;  // where the seats are set: "art. 8.1"; empty when unknown
  QuorumRule quorum;
  bool second_meeting_without_quorum = false;
  int proxy_limit = 1;
  DelayRule convocation;
  std::optional<Majority> adhesion, withdrawal, statutes_change;
  std::vector<StatutesAnnex> annexes;

  // What a finding under these statutes cites: "statuts du X", and the
  // article when known, e.g. Cited("art. 15") == "statuts du X, art. 15".
  std::string Cited(std::string_view article = {}) const {
    std::string out = "statuts du " + (names.empty() ? id : names.front());
    if (!article.empty()) out.append(", ").append(article);
    return out;
  }

  int TotalSeats() const {
    int n = 0;
    for (const SeatGroup& g : seats) n += g.delegates;
    return n;
  }
};

}  // namespace delib
