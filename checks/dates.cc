// date.convocation_delay (L2121-11, L2121-12, L5211-1, L3121-19, L4132-18,
// statutes), date.order (L2121-10, L2131-1), date.inconsistent (L2121-23):
// the articles each anomaly cites are the catalogue's (rule_catalogue.h).
#include <string>

#include "checks/check_util.h"
#include "pipeline/reference/geography.h"

namespace delib {
namespace {

struct DateField {
  const char* name;
  const Opt<std::string>* value;
};

// The day number of a date field, when it holds a date.
std::optional<long> DayOf(const Opt<std::string>& date) {
  if (!date) return std::nullopt;
  return DayNumber(*date);
}

}  // namespace

void CheckDates(const CheckInput& in, std::vector<Anomaly>* out) {
  const Act& act = *in.act;
  const Dates& d = act.dates;
  const std::optional<long> session = DayOf(d.session);
  const std::optional<long> convocation = DayOf(d.convocation);

  // A meeting on the day a decree fixes is convened by the decree: the
  // council's delay is not its measure.
  if (session && convocation && act.kind == "deliberation" && *convocation <= *session &&
      !in.date_by_decree) {
    const long days = *session - *convocation;  // from the convocation to the session
    DelayRule rule;
    std::string why;
    bool certain = true;
    if (in.urgency) {
      rule = in.rules->urgency;
      why = "urgency stated";
    } else {
      switch (in.kind) {
        case BodyKind::kCommune: {
          const Commune* c =
              (in.ctx->geo && act.body.insee) ? in.ctx->geo->ByCode(*act.body.insee) : nullptr;
          if (c && c->population > in.rules->small_commune_max_population) {
            rule = in.rules->commune_large;
            why = c->name + ", " + std::to_string(c->population) + " inhabitants";
          } else {
            rule = in.rules->commune_small;
            why = c ? c->name + ", " + std::to_string(c->population) + " inhabitants"
                    : "commune of unknown population: the smaller delay";
          }
          break;
        }
        case BodyKind::kEpci:
          rule = in.rules->epci_syndicat;
          why = "EPCI or syndicat";
          break;
        case BodyKind::kSmo:
          if (in.statutes) {
            rule = in.statutes->convocation;
            why = "statutes";
          } else {
            rule = in.rules->epci_syndicat;
            why = "syndicat (statutes unknown)";
            certain = false;
          }
          break;
        case BodyKind::kCommissionPermanente:
        case BodyKind::kAssembly:
          rule = in.rules->departement_region;
          why = "departmental or regional assembly";
          break;
        default:
          rule.value = 0;
      }
    }
    if (rule.value > 0) {
      long gap = days - (rule.jours_francs ? 1 : 0);
      if (gap < rule.value) {
        std::string unit = rule.jours_francs ? " jours francs" : " days";
        out->push_back(MakeAnomaly(act, "date.convocation_delay", certain ? "error" : "warning",
                                   "convocation on " + *d.convocation + " for a session on " +
                                       *d.session + ": " + std::to_string(gap) + unit +
                                       ", at least " + std::to_string(rule.value) + unit +
                                       " required (" + why + ")",
                                   {"/dates/convocation", "/dates/session"}, rule.legal_basis));
      }
    }
  }

  if (session) {
    // A date whose figures are not Legible is no date of the document to
    // order; an error rests on two dates whose figures were read surely
    // (figures read with doubt give a warning), the session's role told by
    // a label.
    auto order_severity = [&](const std::string& key) {
      const bool sure = !Inferred(act, "/dates/session") &&
                        FigureTrust(in, "/dates/session") >= Trust::kSure &&
                        FigureTrust(in, key) >= Trust::kSure;
      return sure ? "error" : "warning";
    };
    if (convocation && *convocation > *session && Legible(in, "/dates/convocation")) {
      out->push_back(
          MakeAnomaly(act, "date.order", order_severity("/dates/convocation"),
                      "convocation (" + *d.convocation + ") after the session (" + *d.session + ")",
                      {"/dates/convocation", "/dates/session"},
                      std::string(Cites("date.order", "convocation"))));
    }
    const DateField after[] = {{"signature", &d.signature},
                               {"display", &d.display},
                               {"publication", &d.publication},
                               {"transmission", &d.transmission}};
    for (const DateField& f : after) {
      if (!*f.value) continue;
      std::optional<long> day = DayNumber(**f.value);
      // A date whose role only its context tells ("il a été publié le 10
      // juin 2021" in the report) may be another thing's: not ordered.
      const std::string key = std::string("/dates/") + f.name;
      if (day && *day < *session && !Inferred(act, key) && Legible(in, key)) {
        out->push_back(MakeAnomaly(act, "date.order", order_severity(key),
                                   std::string(f.name) + " date " + **f.value +
                                       " is before the session (" + *d.session + ")",
                                   {std::string("/dates/") + f.name, "/dates/session"}));
      }
    }
  }

  // Further statements of the same date: evidence keys "/dates/<field>#2", "#3", ...
  const DateField all[] = {{"session", &d.session},         {"convocation", &d.convocation},
                           {"display", &d.display},         {"transmission", &d.transmission},
                           {"publication", &d.publication}, {"signature", &d.signature}};
  for (const DateField& f : all) {
    if (!*f.value) continue;
    const std::string base = std::string("/dates/") + f.name;
    for (int k = 2; k < 10; ++k) {
      auto it = act.evidence.find(base + "#" + std::to_string(k));
      if (it == act.evidence.end()) break;
      std::optional<std::string> other = ParseFrenchDate(it->second.text);
      if (other && *other != **f.value) {
        // Two dates whose roles were both read from labels contradict each
        // other; when one role is told only by its context (a title, the
        // convening sentence), the other may be another meeting's: a warning.
        const bool sure = !Inferred(act, base) && !Inferred(act, it->first);
        std::string message = std::string("the ") + f.name + " date is stated as " + **f.value +
                              " and as " + *other + " (\"" + it->second.text + "\")";
        if (!sure)
          message += "; one of them is a " + std::string(f.name) +
                     " date only by its context, which could not be verified";
        out->push_back(MakeAnomaly(act, "date.inconsistent", sure ? "error" : "warning", message,
                                   {base, it->first}));
      }
    }
  }
}

}  // namespace delib
