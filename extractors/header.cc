// ExtractHeader: body, number, title, dates, president and secretary of an
// act, each with its evidence.
//
// Where each value is found (patterns are on folded text, values quoted from
// raw text):
//   body.type   "EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL",
//               "DELIBERATION DE LA COMMISSION PERMANENTE"; else the first
//               body keyword of the act's head, in the priority of kBodyTypes.
//   body.name   by type: the commune ("COMMUNE DE PREMESQUES", "ville de Hem",
//               "A Prêmesques, le ...") matched in the geography, which gives
//               insee and siren; the EPCI (FindEpci) for communautaire bodies;
//               the département or région named; a syndicat's printed name
//               («...»), whose SIREN is only taken when printed (SIRET/SIREN,
//               checked with the Luhn key).
//   number      "(N°2022-394)", "DÉLIBÉRATION 2024 – 01", "2024 - 16 : title",
//               a line holding only "DEL/2023/AE/135"; spaces dropped, dashes
//               made '-'.
//   title       "Objet : ...", the rest of a "2024 - 16 :" line, or the
//               upper-case lines right after (or, for "(N°...)", before) the
//               number.
//   dates       every date of the act, its role taken from the words before
//               it ("Date de la convocation :", "Affiché le", "Transmis au
//               contrôle de légalité le", "Publication électronique le :",
//               "ARRAS, le", "SEANCE DU") or, for the session, after it
//               ("Le vingt-et-un février ..., le comité syndical"). Dates in
//               visas ("Vu ...", "Considérant ...") refer to other acts and
//               are skipped. The first statement of a role is kept; a later
//               one with another date is recorded as "/dates/<role>#2" for
//               the consistency checks. Years left out ("le 30 novembre")
//               come from the session, the year before when the day would
//               otherwise follow the session (convocation) or precede it.
//               A display date before the session is the posting of the
//               convocation (003: "Date d'affichage : 14.02.2024" under "Date
//               de la convocation"), not of the act: it is not the act's
//               display date.
//   president   "sous la présidence de Monsieur Yvan HUTCHINSON, Maire",
//               "PRESIDENCE DE MONSIEUR JEAN-CLAUDE LEROY" (all capitals are
//               re-cased from another mention in the act when there is one).
//   secretary   "Madame X a été désignée comme secrétaire de séance",
//               "Secrétaire : Mme X", "La Secrétaire de Séance\nX".
// Acts of a session holding several deliberations take what their own lines
// lack from the shared header (act.header_first_line/header_last_line).
#include <re2/re2.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "extractors/dates.h"
#include "extractors/extract.h"
#include "extractors/names.h"
#include "extractors/place_names.h"
#include "extractors/rule_errors.h"
#include "pipeline/base/fold.h"
#include "pipeline/reference/geography.h"
#include "pipeline/text/lexicon.h"

namespace delib {
namespace {

// ---- Rules (data) -------------------------------------------------------------

struct BodyTypeRule {
  const char* pattern;
  const char* type;
};
// In priority order: "commission permanente du conseil départemental" is the
// commission, "comité syndical" wins over the members' "conseil régional".
constexpr BodyTypeRule kBodyTypes[] = {
    {R"(commission\s+permanente)", "commission_permanente"},
    {R"(bureau\s+(?:communautaire|syndical|metropolitain|du\s+comite))", "bureau"},
    {R"(comite\s+syndical)", "comite_syndical"},
    {R"(conseil\s+(?:communautaire|metropolitain|de\s+communaute))", "conseil_communautaire"},
    {R"(conseil\s+municipal)", "conseil_municipal"},
    {R"(conseil\s+(?:departemental|general))", "conseil_departemental"},
    {R"(conseil\s+regional)", "conseil_regional"},
};
// The line naming the assembly whose register this is.
constexpr const char* kRegister =
    R"((?m)^[\s*#_]*(?:extrait\s+du\s+(?:registre|proces[\s-]verbal)\s+des\s+deliberations|deliberation)[\s*]+(?:du|de\s+la|de\s+l')[\s*]+)";

// Communes: "commune de X", "ville de X", "mairie de X", "A X, le".
constexpr const char* kCommuneLead =
    R"(\b(?:commune|ville|mairie)\s+(?:de\s+|d')|(?m:^)[\s*_]*(?:fait\s+)?a\s+)";
// EPCI names.
constexpr const char* kEpciLead =
    R"(\b(?:communaute\s+(?:de\s+communes|d'agglomeration|urbaine)|metropole)\b)";
// Syndicats: their printed name, quoted or up to the end of the line.
constexpr const char* kSyndicat =
    R"(\bsyndicat\s+(?:mixte\s+)?(?:ouvert\s+|ferme\s+)?(?:intercommunal\s+)?(?:"\s*([^"\n]{2,80}?)\s*"|((?:de|du|des|d')\s?[^\n,;("]{2,60})[\s*]*$))";
constexpr const char* kDepartement =
    R"(\bdepartement\s+(?:du\s+|de\s+la\s+|de\s+l'|des\s+|de\s+|d')([a-z][a-z'-]*(?:[ -](?:et|de|du|d'|la|le|les|sur|[a-z]{3,})[a-z'-]*){0,3}))";
constexpr const char* kRegion = R"(\bregion\s+([a-z][a-z'-]*(?:[ -][a-z'-]+){0,3}))";
constexpr const char* kSiret = R"(\bsire([nt])\b[\s:.#-]{0,5}(\d(?:\s?\d){8,13}))";
// The identifier @ctes gives an act sent to the préfecture, printed by its
// receipt stamp: département, the body's SIREN, the date, the act's number,
// its nature ("ID : 030-213001100-20220502-CR28042022-DE").
constexpr const char* kActesId = R"(\b\d{3}\s?-\s?(\d{9})\s?-\s?(?:19|20)\d{6}\s?-)";

// Numbers, in priority order; `title` says where the title is printed.
enum class TitleAt { kObjet, kRest, kAfter, kBefore };
struct NumberRule {
  const char* pattern;  // group 1: the number; group 2 (kRest): the title
  TitleAt title;
};
constexpr NumberRule kNumbers[] = {
    {R"(\(\s*no\s*(\d{4}\s*[-/]\s*\d+)\s*\))", TitleAt::kBefore},
    {R"((?m)^[\s*#_]*deliberation\s+(?:no\s*)?(\d{4}\s*[-/]\s*\d+)\b)", TitleAt::kObjet},
    {R"((?m)^[\s*#_]*(\d{4}\s*-\s*\d{1,4})\s*:[\s*]*([^\n]*))", TitleAt::kRest},
    {R"((?m)^[\s*#_]*([a-z]{1,6}(?:\s*/\s*[a-z0-9]+){2,5})[\s*_]*$)", TitleAt::kAfter},
    {R"((?m)^[\s*#_]*(?:deliberation\s+)?no\s*(?:de\s+deliberation\s*)?:?\s*([0-9a-z][0-9a-z/_.-]*\d[0-9a-z/_.-]*(?:\s?[/_-]\s?\d+)*)[\s*]*$)",
     TitleAt::kAfter},
};
constexpr const char* kObjet = R"((?m)^[\s*#_]*objet\s*:\s*([^\n]+))";

// Date roles: the words printed before a date (the context ends at the date),
// or after it for the session sentence. A period ends the words unless a
// blank precedes it: a speck before a date is not a sentence's end.
// How a date relates to the session: a convocation precedes it, the acts
// done on the deliberation follow it. Gives the year the print left out.
enum class Relation { kSession, kBefore, kAfter };
// How a date's role is told: by a label or a meeting's name printed before
// it ("Séance du", "Affiché le"), or from its context only (a title naming
// the body, the sentence that convenes it). A context-told role is marked
// inferred in the evidence, and no error rests on it alone.
enum class RoleFrom { kLabel, kContext };
struct DateRule {
  const char* role;                // the key under /dates
  Opt<std::string> Dates::*field;  // the field it fills
  Relation relation;
  RoleFrom role_from;
  // A date of this role before the session, printed before the session's
  // own statement, belongs to something else and is dropped (the head's
  // "Date d'affichage" is the convocation's posting). Printed after the
  // session's statement (the "Affiché le" under the act), it is the act's
  // own date, however wrong: date.order judges it.
  bool only_after_session;
  const char* before;  // matched against the text before the date (\z = the date)
  const char* after;   // or against the text after it; may be null
  const char* unless;  // the role is not taken when the text before matches; may be null
};
// The posting of the convocation ("Publication de la convocation le : 11
// octobre 2024", "Affichage de la convocation : ..."): neither the date it
// was sent nor the act's publication or display; no role the record keeps.
#define DELIB_CONVOCATION_POSTING \
  R"((?:publi[a-z]*|affich[a-z]*|mise?\s+en\s+ligne)\s+(?:de\s+(?:la\s+)?|des\s+)?convo[a-z]*(?:[^.;]|\s\.){0,30}\z)"
constexpr DateRule kDateRules[] = {
    {"convocation", &Dates::convocation, Relation::kBefore, RoleFrom::kLabel, false,
     R"(convo[a-z]*(?:[^.;]|\s\.|\.\s+date\b){0,45}\z)", nullptr,
     // A date right after a meeting's name is that meeting's ("joint à la
     // convocation, le compte rendu de la séance du 19 juin"), and so is the
     // date a convocation is for ("convocation du conseil pour le 24 mars").
     R"((?:\b(?:seance|reunion|session)\s+(?:[a-z]+\s+){0,3}(?:du|le)|\bpour\s+(?:le|la\s+(?:seance|reunion)\s+du))\s*:?\s*{weekday}\z|)" DELIB_CONVOCATION_POSTING},
    // A timeline's entry, the date first and the event after its colon:
    // "Le jeudi 23 janvier 2025 : convocation du Conseil municipal pour le ...".
    {"convocation", &Dates::convocation, Relation::kBefore, RoleFrom::kLabel, false, R"(\z)",
     R"(^\s*:\s*convocations?\b)", nullptr},
    {"transmission", &Dates::transmission, Relation::kAfter, RoleFrom::kLabel, false,
     R"((?:transmis[a-z]*|envo[a-z]+|recu[a-z]*|depos[a-z]*)(?:[^.;]|\s\.){0,40}(?:legalite|prefecture|prefet)(?:[^.;]|\s\.){0,25}\z)",
     nullptr, nullptr},
    {"transmission", &Dates::transmission, Relation::kAfter, RoleFrom::kLabel, false,
     R"((?:date\s+de\s+(?:la\s+)?transmission|date\s+d'envoi|transmis[a-z]*\s+(?:en|a\s+la)\s+(?:sous-)?prefecture)(?:[^.;]|\s\.){0,30}\z)",
     nullptr, nullptr},
    // Publication: a label ("Publiée le : 05 février 2013", "Date de
    // publication", the word opening its line) tells the act's; the verb
    // inside a sentence ("il a été publié le 16 octobre 2012 un appel
    // d'offres") may tell another thing's: its role is only inferred.
    {"publication", &Dates::publication, Relation::kAfter, RoleFrom::kLabel, false,
     R"((?:(?m:^)[^a-z0-9]*(?:date\s+de\s+(?:la\s+)?)?(?:publication|publie[a-z]*|mise?s?\s+en\s+ligne)(?:[^.;:\n]|\s\.){0,40}|(?:publication|publie[a-z]*|mise?s?\s+en\s+ligne)[^.;:\n]{0,20}:\s*)\z)",
     nullptr, DELIB_CONVOCATION_POSTING},
    {"publication", &Dates::publication, Relation::kAfter, RoleFrom::kContext, false,
     R"((?:publication|publie[a-z]*|mise?s?\s+en\s+ligne)(?:[^.;]|\s\.){0,40}\z)", nullptr,
     DELIB_CONVOCATION_POSTING},
    {"display", &Dates::display, Relation::kAfter, RoleFrom::kLabel, true,
     R"(affich[a-z]*(?:[^.;]|\s\.){0,40}\z)", nullptr,
     // Posted beside the convocation's date (the preamble's box "Date de la
     // convocation : 06/06/2023 / Affichage le : 06/06/2023"): the
     // convocation's posting, not the act's.
     R"(convo[a-z]*(?:[^.;]|\s\.){0,40}affich[a-z]*(?:[^.;]|\s\.){0,40}\z|)" DELIB_CONVOCATION_POSTING},
    {"signature", &Dates::signature, Relation::kAfter, RoleFrom::kLabel, false,
     // Marks may open the line: no letter or digit before the place.
     R"((?m)^[^a-z0-9]*(?:fait\s+)?(?:a\s+)?[a-z][a-z' -]{1,40},\s*le\s*\z)", nullptr, nullptr},
    {"session", &Dates::session, Relation::kSession, RoleFrom::kLabel, false,
     R"((?:date\s+de\s+(?:la\s+)?(?:seance|reunion)|seance|reunion)\s*:\s*\z)", nullptr, nullptr},
    {"session", &Dates::session, Relation::kSession, RoleFrom::kLabel, false,
     R"((?:seance|reunion|session)\s+(?:publique\s+|ordinaire\s+|extraordinaire\s+)?(?:du|en\s+date\s+du|le)\s*:?\s*{weekday}\z)",
     nullptr,
     // Another meeting: one placed in time against this one ("avis rendu
     // lors de sa réunion du 03/10/2022", "décisions prises depuis la séance
     // du 20 février", "la dernière séance du"), or the one whose minutes are
     // approved, read or sent ("approbation du compte rendu de la séance du 28
     // septembre"), or a sentence about a meeting's minutes ("Le procès-verbal
     // de la séance du 7 juillet 2025 est approuvé"); a title "Compte rendu de
     // la séance du ..." alone is this one.
     R"((?:\b(?:lors|depuis|avant|apres|au\s+cours)\s+(?:d[eu]\s+|des\s+)?(?:sa\s+|la\s+|leur\s+|notre\s+|cette\s+)?(?:derniere\s+|precedente\s+)?|\b(?:derniere|precedente)\s+|(?m:^)[\s*_#-]*(?:le|les|l')\s*(?:proces[\s-]*verbal|compte[\s-]*rendu|p\.?\s?v\.?|c\.?\s?r\.?)\s+(?:de\s+la\s+|du\s+|de\s+)?(?:derniere\s+|precedente\s+)?|\b(?:approb[a-z]*|approuv[a-z]*|adopt[a-z]*|lecture|destinataires?|joint[a-z]*)\b[^.\n]{0,40}?(?:proces[\s-]*verbal|compte[\s-]*rendu|p\.?\s?v\.?|c\.?\s?r\.?)\s+(?:de\s+la\s+|du\s+|de\s+)?(?:derniere\s+|precedente\s+)?)(?:reunion|seance|session)\s+(?:publique\s+|ordinaire\s+|extraordinaire\s+)?(?:en\s+date\s+)?du\s*:?\s*{weekday}\z)"},
    {"session", &Dates::session, Relation::kSession, RoleFrom::kLabel, false,
     R"((?:date\s+de\s+(?:la\s+)?(?:seance|reunion)|seance|reunion)\s*:\s*\z)", nullptr, nullptr},
    // The sentence that convenes the body, the date before or after its verb
    // ("L'an deux mille vingt-cinq, le lundi 24 mars 2025 à 19h00, [...] s'est
    // réuni le Conseil municipal", "le Conseil [...] s'est réuni en mairie, le
    // lundi 4 février 2013 à 18H00"); not the convocation's date ("Convoqué
    // le 29 janvier, le Conseil s'est réuni ...").
    {"session", &Dates::session, Relation::kSession, RoleFrom::kContext, false, R"(\z)",
     R"(^(?:[^.;]|\.\d){0,200}?\b(?:s'est\s+reuni|se\s+sont\s+reuni|s'est\s+assemble|s'est\s+tenue?|a\s+siege\b))",
     R"(convo[a-z]*(?:[^.;]|\s\.){0,45}\z)"},
    {"session", &Dates::session, Relation::kSession, RoleFrom::kContext, false,
     R"(\b(?:s'est|se\s+sont|s'etant|etant)\s+reuni[a-z]*(?:[^.;]|\.\d){0,120}?\b(?:le|du)\s+{weekday}\z)",
     nullptr, nullptr},
    // A title naming the body and its meeting's date at the start of its
    // line: "DÉCISIONS DU CONSEIL MUNICIPAL DU 24/03/2025", "Compte rendu du
    // comité syndical du 3 mars à 18h"; not a sentence about the minutes of
    // an earlier meeting, which opens with its article ("Le compte rendu de
    // la séance du conseil du 19 février est approuvé").
    {"session", &Dates::session, Relation::kSession, RoleFrom::kContext, false,
     R"((?m)^[\s*_#-]*(?:[a-z' -]{0,40}\b)?(?:conseil\s+(?:municipal|communautaire|syndical|d'administration|de\s+communaute)|comite\s+syndical|bureau\s+(?:communautaire|syndical|municipal)|commission\s+permanente|assemblee\s+generale)\s+(?:en\s+date\s+)?du\s*:?\s*{weekday}\z)",
     nullptr,
     R"((?:\b(?:approb[a-z]*|approuv[a-z]*|adopt[a-z]*|lecture|precedent[a-z]*|dernier[a-z]*)\b[^\n]{0,80}|(?m)^[\s*_#-]*(?:le|la|les|l'|un|une|des)\b[^\n]*)\z)"},
    // "convocation du conseil pour le lundi 24 mars 2025": the meeting convened.
    {"session", &Dates::session, Relation::kSession, RoleFrom::kContext, false,
     R"(convo[a-z]*(?:[^.;]){0,60}\bpour\s+(?:le|la\s+(?:seance|reunion)\s+du)\s*:?\s*{weekday}\z)",
     nullptr, nullptr},
    {"session", &Dates::session, Relation::kSession, RoleFrom::kLabel, false,
     R"((?m)^[\s*_]*(?:le\s+|en\s+l'an\s+)?\z)",
     // The hour in figures or in words ("à 18h30", "à vingt heures trente").
     R"(^[\s*,.]*(?:a\s+(?:\d+\s*h|[a-z-]+\s+heures?)[^,\n]*,\s*)?(?:le|la|les)\s+(?:conseil|comite|bureau|commission|assemblee|membres))",
     nullptr},
};
// Lines whose dates belong to other acts.
constexpr const char* kVisa = R"(^[\s*_-]*(?:vu|vus|considerant|attendu)\b)";

// Civilities before a name, dropped: "Monsieur le Maire, " and a civility
// (lexicon.h CivilityPattern).
std::string CivilityRule() {
  return R"((?:(?:monsieur|madame|son|sa|notre)\s+(?:le\s+|la\s+)?(?:maire|(?:vice-)?presidente?)\s*,?\s*)?(?:)" +
         CivilityPattern() + R"(\s+)?)";
}
struct PersonRule {
  const char* pattern;  // the name starts at the end of the match, or at group 1
};
constexpr PersonRule kPresident[] = {
    {R"(sous\s+la\s+presidence\s+de\s+)"},
    {R"(\bpresidence\s*(?::\s*|\s(?:de\s+)?))"},
    // The chair's verb after the name and its function: "M. Jean DUPONT,
    // Maire, préside la séance", "... ouvre la séance".
    {R"({civ}\s+([a-z][a-z' .-]{1,60}?)\s*,\s*(?:maire|presidente?|vice-presidente?)\s*,?\s+(?:presid(?:e|ait)\b|ouvre\s+la\s+seance|declare\s+(?:la\s+seance\s+ouverte|ouverte\s+la\s+seance)))"},
    {R"(\bpresidee?\s+par\s+)"},
    {R"(\bpresidente?\s+(?:de\s+seance\s*)?:\s*)"},
};
// A civility ({civ}, CivilityPattern) and a name designated secretary; a
// short word in place of "comme" still announces it, as do one or two words
// in place of the participle before "comme".
constexpr PersonRule kSecretary[] = {
    {R"({civ}\s+([a-z][a-z' .-]{1,60}?)\s+(?:a\s+ete|est|fut)\s+(?:designee?|elue?|nommee?|choisie?)\s+(?:comme\s+|en\s+qualite\s+de\s+|pour\s+(?:remplir|assurer)\s+les\s+fonctions\s+de\s+|[a-z]{3,6}\s+)?secretaire)"},
    {R"({civ}\s+([a-z][a-z' .-]{1,60}?)\s+(?:a\s+ete|est|fut)\s+(?:[^\s]{1,12}\s+){1,2}comme\s+secretaire)"},
    // The function held, not the designation: "Mme X remplit les fonctions
    // de secrétaire", "est désignée pour assurer le secrétariat de séance".
    {R"({civ}\s+([a-z][a-z' .-]{1,60}?)\s+(?:(?:a\s+ete|est|fut)\s+(?:designee?|elue?|nommee?|choisie?)\s+pour\s+)?(?:rempli[a-z]*|assur[a-z]*|exerc[a-z]*)\s+(?:les\s+fonctions\s+de\s+secretaire|le\s+secretariat))"},
    // The verb before the name: "après avoir désigné Monsieur X comme
    // secrétaire de séance", "désigne Mme Y en qualité de secrétaire", "Le
    // Conseil désigne Mme Z secrétaire de séance".
    {R"(\b(?:designee?|nommee?|choisie?|elue?|designent|nomment|choisit|elit)\s+{civ}\s+([a-z][a-z' .-]{1,60}?)\s+(?:(?:comme|en\s+qualite\s+de|pour)\s+)?secretaire)"},
    // "a choisi pour secrétaire Mme X".
    {R"(\bpour\s+secretaire(?:\s+de\s+seance)?\s*:?\s*(?:{civ}\s+))"},
    // The candidate the chair proposes: "propose la candidature de Catherine
    // VINAS, en qualité de secrétaire pour la présente séance".
    {R"(\bcandidature\s+(?:de\s+|d')(?:{civ}\s+)?([a-z][a-z' .-]{1,60}?)\s*,?\s+(?:en\s+qualite\s+de|comme|au\s+poste\s+de)\s+secretaire)"},
    // A reference may stand before the colon: "Désignation d'un secrétaire
    // de séance (article L.2121-15 du CGCT) : Mme X a été désignée".
    {R"(\bsecretai?r(?:e|iat)(?:\s+de\s+(?:la\s+)?seance)?(?:\s+(?:elue?|designee?|nommee?))?(?:\s*\([^()]{0,200}\)\.?)?\s*:[\s:]*)"},
    // The label and the name on one line; a label over a signature block is
    // read by its column (ReadSigner).
    {R"(\bsecretaire\s+de\s+seance[ \t:]*)"},
};

// How many lines of an act count as its head (body type, title).
constexpr size_t kHeadLines = 80;
// Commune mentions looked up per act (each approximate lookup scans the
// geography).
constexpr int kMaxCommuneLeads = 24;

// ---- Compiled rules -------------------------------------------------------------

struct Rules {
  std::vector<std::unique_ptr<RE2>> body_types, numbers, president, secretary, date_before,
      date_after, date_unless;
  std::unique_ptr<RE2> register_type, commune_lead, epci_lead, syndicat, departement, region, siret,
      actes_id, objet, visa, civility;
  std::string errors;  // RE2's own messages for patterns that do not compile
};

// The date rules' placeholder, filled from the lexicon: {weekday} an
// optional weekday and its space (le {weekday} matches both le lundi and le
// alone).
std::string ExpandDatePattern(std::string pattern) {
  const std::pair<const char*, std::string> kPlaceholders[] = {
      {"{weekday}", "(?:(?:" + Alternation(WordClass::kWeekday) + R"()\s+)?)"}};
  for (const auto& [name, text] : kPlaceholders) {
    const size_t len = std::strlen(name);
    for (size_t at = pattern.find(name); at != std::string::npos; at = pattern.find(name, at)) {
      pattern.replace(at, len, text);
      at += text.size();
    }
  }
  return pattern;
}

const Rules& GetRules() {
  static const Rules* rules = [] {
    auto* r = new Rules;
    std::string types;
    for (const BodyTypeRule& t : kBodyTypes) {
      r->body_types.push_back(std::make_unique<RE2>(t.pattern));
      types += (types.empty() ? "" : "|") + std::string(t.pattern);
    }
    r->register_type = std::make_unique<RE2>(std::string(kRegister) + "(" + types + ")");
    for (const NumberRule& n : kNumbers) r->numbers.push_back(std::make_unique<RE2>(n.pattern));
    auto person = [](const PersonRule& p) {
      std::string pattern = p.pattern;
      if (size_t at = pattern.find("{civ}"); at != std::string::npos)
        pattern.replace(at, 5, CivilityPattern());
      return std::make_unique<RE2>(pattern);
    };
    for (const PersonRule& p : kPresident) r->president.push_back(person(p));
    for (const PersonRule& p : kSecretary) r->secretary.push_back(person(p));
    for (const DateRule& d : kDateRules) {
      r->date_before.push_back(std::make_unique<RE2>(ExpandDatePattern(d.before)));
      r->date_after.push_back(d.after ? std::make_unique<RE2>(ExpandDatePattern(d.after))
                                      : nullptr);
      r->date_unless.push_back(d.unless ? std::make_unique<RE2>(ExpandDatePattern(d.unless))
                                        : nullptr);
    }
    r->commune_lead = std::make_unique<RE2>(kCommuneLead);
    r->epci_lead = std::make_unique<RE2>(kEpciLead);
    r->syndicat = std::make_unique<RE2>(kSyndicat);
    r->departement = std::make_unique<RE2>(kDepartement);
    r->region = std::make_unique<RE2>(kRegion);
    r->siret = std::make_unique<RE2>(kSiret);
    r->actes_id = std::make_unique<RE2>(kActesId);
    r->objet = std::make_unique<RE2>(kObjet);
    r->visa = std::make_unique<RE2>(kVisa);
    r->civility = std::make_unique<RE2>("^" + CivilityRule());
    auto check = [r](const RE2* re) {
      if (re && !re->ok()) r->errors += re->pattern() + ": " + re->error() + "\n";
    };
    for (auto* list : {&r->body_types, &r->numbers, &r->president, &r->secretary, &r->date_before,
                       &r->date_after, &r->date_unless}) {
      for (const auto& re : *list) check(re.get());
    }
    for (const RE2* re : {r->register_type.get(), r->commune_lead.get(), r->epci_lead.get(),
                          r->syndicat.get(), r->departement.get(), r->region.get(), r->siret.get(),
                          r->actes_id.get(), r->objet.get(), r->visa.get(), r->civility.get()}) {
      check(re);
    }
    return r;
  }();
  return *rules;
}

// ---- Text helpers -----------------------------------------------------------------

struct Range {
  size_t begin = 0, end = 0;  // folded offsets
  bool empty() const { return end <= begin; }
};

Range FoldedRange(const DocText& doc, size_t first, size_t last) {
  Range r;
  if (first >= last || last > doc.lines().size()) return r;
  r.begin = doc.lines()[first].folded_begin;
  r.end = doc.lines()[last - 1].folded_end;
  return r;
}

re2::StringPiece Piece(const DocText& doc, Range r) {
  return re2::StringPiece(doc.folded().data() + r.begin, r.end - r.begin);
}

size_t Off(const DocText& doc, const re2::StringPiece& p) {
  return static_cast<size_t>(p.data() - doc.folded().data());
}

std::string RawSpan(const DocText& doc, size_t fb, size_t fe) {
  size_t rb = doc.RawOffset(fb), re = doc.RawOffset(fe);
  return doc.raw().substr(rb, re - rb);
}

std::string Collapse(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '*' || c == '#' || c == '_') c = ' ';
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == ':')) out.pop_back();
  return out;
}

bool HasLower(const std::string& utf8) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
  for (int32_t i = 0; i < u.length(); ++i) {
    if (u_islower(u.char32At(i))) return true;
  }
  return false;
}

// Share of upper-case letters among the letters of a line.
double UpperShare(const std::string& utf8) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
  int letters = 0, upper = 0;
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    UChar32 c = u.char32At(i);
    if (!u_isalpha(c)) continue;
    ++letters;
    if (u_isupper(c)) ++upper;
  }
  return letters < 3 ? 0 : static_cast<double>(upper) / letters;
}

// "PAS-DE-CALAIS" -> "Pas-de-Calais"; text with lower case is kept.
std::string PlaceCase(const std::string& utf8) {
  if (HasLower(utf8)) return utf8;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
  u.toLower(icu::Locale("fr"));
  icu::UnicodeString out;
  int32_t i = 0;
  bool first_word = true;
  while (i < u.length()) {
    int32_t j = i;
    while (j < u.length() && u[j] != ' ' && u[j] != '-' && u[j] != '\'') ++j;
    if (j < u.length() && u[j] == '\'') ++j;  // "d'", "l'"
    icu::UnicodeString word = u.tempSubStringBetween(i, j);
    std::string w;
    word.toUTF8String(w);
    if (!InClass(w, WordClass::kPlaceParticle) || first_word) {
      UChar32 c = word.char32At(0);
      icu::UnicodeString head(static_cast<UChar32>(u_toupper(c)));
      word = head + word.tempSubString(U16_LENGTH(c));
    }
    out += word;
    first_word = false;
    i = j;
    while (i < u.length() && (u[i] == ' ' || u[i] == '-')) out += u[i++];
  }
  std::string s;
  out.toUTF8String(s);
  return s;
}

// A person's name starting at folded offset `fb`: capitalised tokens of the
// same line, civility dropped, up to a comma or a function word. Returns the
// folded span of the name.
Range NameAt(const DocText& doc, size_t fb) {
  const Rules& r = GetRules();
  const std::string& f = doc.folded();
  re2::StringPiece rest(f.data() + fb, f.size() - fb);
  re2::StringPiece tmp = rest;
  if (RE2::Consume(&tmp, *r.civility)) fb = Off(doc, tmp);
  size_t line_end = f.find('\n', fb);
  if (line_end == std::string::npos) line_end = f.size();
  Range name{fb, fb};
  size_t i = fb;
  int tokens = 0;
  bool surname = false;  // a token in capitals read
  for (;;) {
    if (i >= line_end) {
      // "sous la présidence de Monsieur Olivier\nHEUSELE, Maire": a name
      // cut after its given names goes on with the next line's capitals.
      if (tokens == 0 || surname || line_end >= f.size() || tokens >= 6) break;
      size_t next = line_end + 1;
      while (next < f.size() && (f[next] == ' ' || f[next] == '*')) ++next;
      size_t next_end = f.find('\n', next);
      if (next_end == std::string::npos) next_end = f.size();
      size_t tok_end = next;
      while (tok_end < next_end && f[tok_end] != ' ' &&
             std::string(",;:.)").find(f[tok_end]) == std::string::npos)
        ++tok_end;
      std::string first = RawSpan(doc, next, tok_end);
      if (tok_end - next < 2 || HasLower(first) || !StartsUpper(doc, next)) break;
      i = next;
      line_end = next_end;
    }
    if (tokens >= 6) break;
    while (i < line_end && (f[i] == ' ' || f[i] == '*')) ++i;
    if (i >= line_end) continue;
    size_t j = i;
    while (j < line_end && f[j] != ' ' && f[j] != '*') ++j;
    if (j == i) break;
    std::string token = f.substr(i, j - i);
    bool comma = false;
    while (!token.empty() && std::string(",;:.)").find(token.back()) != std::string::npos) {
      comma = comma || token.back() != '.' || token.size() > 2;
      token.pop_back();
      --j;
    }
    if (token.empty()) break;
    bool stop = false;
    stop = stop || InClass(token, WordClass::kFunction);  // a function ends the name
    // The raw token must start with a capital letter; a lower-case
    // particle counts only when a capitalised word follows.
    if (stop) break;
    if (!StartsUpper(doc, i)) {
      // Lower-case particles inside people's names: "Anne de BOISSIEU".
      if (!IsNameParticle(token) || comma || tokens == 0) break;
      i = j;
      continue;
    }
    name.end = j;
    ++tokens;
    if (j - i >= 2 && !HasLower(RawSpan(doc, i, j))) surname = true;
    i = j;
    if (comma) break;
    while (i < line_end && std::string(",;:.)").find(f[i]) != std::string::npos) ++i;
  }
  return name;
}

// The raw text of a name; an all-capitals name is re-cased from another
// mention of it in `where` that has lower case ("JEAN-CLAUDE LEROY" ->
// "Jean-Claude LEROY"), else kept as printed.
std::string NameText(const DocText& doc, Range name, Range where) {
  std::string raw = Collapse(RawSpan(doc, name.begin, name.end));
  if (HasLower(raw)) return raw;
  std::string key = doc.folded().substr(name.begin, name.end - name.begin);
  re2::StringPiece hay = Piece(doc, where);
  size_t pos = 0;
  while ((pos = hay.find(key, pos)) != re2::StringPiece::npos) {
    size_t fb = where.begin + pos;
    std::string other = Collapse(RawSpan(doc, fb, fb + key.size()));
    if (HasLower(other)) return other;
    pos += key.size();
  }
  return raw;
}

bool LuhnOk(const std::string& digits) {
  int sum = 0;
  bool dbl = false;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    int d = *it - '0';
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return sum % 10 == 0;
}

// ---- Fields ---------------------------------------------------------------------

struct Ctx {
  const DocText& doc;
  const ExtractContext& ctx;
  Act* act;
  std::vector<Range> ranges;  // where to read: the act, then its shared header
  Range head;                 // the act's first lines
  Range all;                  // the act and its shared header
};

void Put(Ctx& c, const std::string& key, size_t fb, size_t fe) {
  c.act->evidence[key] = c.doc.EvidenceForFolded(fb, fe);
}

// Whether the first letter of `raw` is an ASCII lower-case one (an
// accented capital is never taken for lower case).
bool OpensInLowerCase(const std::string& raw) {
  for (char ch : raw) {
    if (ch >= 'a' && ch <= 'z') return true;
    if ((ch >= 'A' && ch <= 'Z') || static_cast<unsigned char>(ch) >= 0x80) return false;
  }
  return false;
}

void ReadBodyType(Ctx& c) {
  const Rules& r = GetRules();
  for (Range range : c.ranges) {
    re2::StringPiece text = Piece(c.doc, range);
    re2::StringPiece m[2];
    size_t pos = 0;
    while (r.register_type->Match(text, pos, text.size(), RE2::UNANCHORED, m, 2)) {
      pos = Off(c.doc, m[0]) - range.begin + std::max<size_t>(m[0].size(), 1);
      // A heading opens with a capital; a line opening in lower case
      // continues the sentence above it ("... arrêté par\ndélibération du
      // conseil communautaire en date du ..."): an act it cites.
      if (OpensInLowerCase(RawSpan(c.doc, Off(c.doc, m[0]), Off(c.doc, m[0]) + m[0].size())))
        continue;
      for (size_t k = 0; k < r.body_types.size(); ++k) {
        if (RE2::FullMatch(m[1], *r.body_types[k])) {
          c.act->body.type = kBodyTypes[k].type;
          Put(c, "/body/type", Off(c.doc, m[0]), Off(c.doc, m[1]) + m[1].size());
          return;
        }
      }
      break;
    }
  }
  // No register line: the first body keyword of the head, by priority, for
  // the acts an assembly takes or is presented (a convention merely names
  // the bodies of its parties).
  if (c.act->kind != "deliberation" && c.act->kind != "rapport") return;
  // An item of minutes is the session's: the shared header names the body
  // that sits before the item's own text, which may cite others ("arrêté
  // par délibération du conseil communautaire").
  std::vector<Range> heads = {c.head};
  if (c.ranges.size() > 1) heads.insert(heads.begin(), c.ranges[1]);
  for (Range range : heads) {
    re2::StringPiece text = Piece(c.doc, range);
    for (size_t k = 0; k < r.body_types.size(); ++k) {
      re2::StringPiece m;
      if (r.body_types[k]->Match(text, 0, text.size(), RE2::UNANCHORED, &m, 1)) {
        c.act->body.type = kBodyTypes[k].type;
        Put(c, "/body/type", Off(c.doc, m), Off(c.doc, m) + m.size());
        return;
      }
    }
  }
}

// Commune named by the act: the geography's answer most often given for
// "commune de X" / "ville de X" / "A X, le", header first.
void ReadCommune(Ctx& c) {
  const Rules& r = GetRules();
  struct Vote {
    const Commune* commune;
    int count;
    size_t first_b, first_e;
    size_t order;
  };
  std::map<std::string, Vote> votes;
  std::map<std::string, CommuneMatch> seen;  // Match is a scan when not exact
  int leads = 0;
  // The département the letterhead prints ("Département du Nord") tells
  // homonyms apart: La Flamengrie of the Nord (431 inhabitants), not of the
  // Aisne (1,103).
  std::string dep;
  if (c.ctx.geo) {
    for (Range range : {c.head, c.all}) {
      re2::StringPiece text = Piece(c.doc, range);
      re2::StringPiece m[2];
      if (!r.departement->Match(text, 0, text.size(), RE2::UNANCHORED, m, 2)) continue;
      // The name's words on its line, the longest that names a département.
      std::string name = RawSpan(c.doc, Off(c.doc, m[1]), Off(c.doc, m[1]) + m[1].size());
      while (!name.empty() && dep.empty()) {
        dep = c.ctx.geo->DepartementCode(name);
        size_t sp = name.find_last_of(' ');
        if (sp == std::string::npos) break;
        name.resize(sp);
      }
      if (!dep.empty()) break;
    }
  }
  for (Range range : c.ranges) {
    re2::StringPiece text = Piece(c.doc, range);
    re2::StringPiece m;
    size_t pos = 0;
    while (pos < text.size() &&
           r.commune_lead->Match(text, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
      size_t start = Off(c.doc, m) + m.size();
      pos = start - range.begin;
      std::vector<size_t> ends = PlaceNameEnds(c.doc, start, range.end);
      if (ends.empty()) continue;
      if (++leads > kMaxCommuneLeads || !c.ctx.geo) break;
      for (auto e = ends.rbegin(); e != ends.rend(); ++e) {
        std::string printed = RawSpan(c.doc, start, *e);
        auto memo = seen.find(printed);
        if (memo == seen.end()) memo = seen.emplace(printed, c.ctx.geo->Match(printed, dep)).first;
        const CommuneMatch& cm = memo->second;
        if (!cm.commune || cm.match == "none") continue;
        auto it = votes.find(cm.commune->code);
        if (it == votes.end()) {
          votes[cm.commune->code] = Vote{cm.commune, 1, start, *e, votes.size()};
        } else {
          ++it->second.count;
        }
        break;
      }
    }
  }
  const Vote* best = nullptr;
  for (const auto& [code, v] : votes) {
    if (!best || v.count > best->count || (v.count == best->count && v.order < best->order)) {
      best = &v;
    }
  }
  if (!best) return;
  c.act->body.name = best->commune->name;
  c.act->body.insee = best->commune->code;
  if (!best->commune->siren.empty()) c.act->body.siren = best->commune->siren;
  // The printed name is where the code and SIREN were read from.
  Put(c, "/body/name", best->first_b, best->first_e);
  Put(c, "/body/insee", best->first_b, best->first_e);
  if (c.act->body.siren) Put(c, "/body/siren", best->first_b, best->first_e);
}

void ReadEpci(Ctx& c) {
  const Rules& r = GetRules();
  if (!c.ctx.geo) return;
  const std::string& f = c.doc.folded();
  for (Range range : c.ranges) {
    re2::StringPiece text = Piece(c.doc, range);
    re2::StringPiece m;
    size_t pos = 0;
    while (pos < text.size() &&
           r.epci_lead->Match(text, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
      size_t b = Off(c.doc, m);
      pos = b + m.size() - range.begin;
      size_t line_end = f.find('\n', b);
      if (line_end == std::string::npos || line_end > range.end) line_end = range.end;
      // Longest prefix of the line that names an EPCI.
      for (size_t e = std::min(line_end, b + 90); e > b + m.size(); --e) {
        if (e < line_end && f[e] != ' ' && f[e] != ',' && f[e] != '.' && f[e] != ';') continue;
        const Epci* epci = c.ctx.geo->FindEpci(RawSpan(c.doc, b, e));
        if (!epci) continue;
        c.act->body.name = epci->name;
        c.act->body.siren = epci->siren;
        Put(c, "/body/name", b, e);
        Put(c, "/body/siren", b, e);
        return;
      }
    }
  }
}

void ReadSyndicat(Ctx& c) {
  const Rules& r = GetRules();
  std::vector<Range> heads = {c.head};
  if (c.ranges.size() > 1) heads.push_back(c.ranges[1]);
  for (Range range : heads) {
    re2::StringPiece text = Piece(c.doc, range);
    re2::StringPiece m[3];
    if (!r.syndicat->Match(text, 0, text.size(), RE2::UNANCHORED, m, 3)) continue;
    const re2::StringPiece& name = !m[1].empty() ? m[1] : m[2];
    std::string printed =
        Collapse(RawSpan(c.doc, Off(c.doc, name), Off(c.doc, name) + name.size()));
    if (printed.empty() || UpperShare(printed) < 0.2) continue;
    c.act->body.name = PlaceCase(printed);
    Put(c, "/body/name", Off(c.doc, m[0]), Off(c.doc, m[0]) + m[0].size());
    return;
  }
}

void ReadPrintedSiren(Ctx& c) {
  const Rules& r = GetRules();
  re2::StringPiece text = Piece(c.doc, c.all);
  re2::StringPiece m[3];
  size_t pos = 0;
  while (pos < text.size() && r.siret->Match(text, pos, text.size(), RE2::UNANCHORED, m, 3)) {
    pos = Off(c.doc, m[0]) + m[0].size() - c.all.begin;
    std::string digits;
    for (char ch : m[2].as_string()) {
      if (ch >= '0' && ch <= '9') digits += ch;
    }
    bool siret = m[1] == "t";
    if ((siret && digits.size() != 14) || (!siret && digits.size() != 9)) continue;
    if (!LuhnOk(digits) || !LuhnOk(digits.substr(0, 9))) continue;
    c.act->body.siren = digits.substr(0, 9);
    Put(c, "/body/siren", Off(c.doc, m[0]), Off(c.doc, m[0]) + m[0].size());
    return;
  }
}

// A body named nowhere readable (a scan's letterhead under a stamp) is known
// by the SIREN in its acts' @ctes identifier, when the geography knows that
// SIREN as a commune or an EPCI of the body's type.
void ReadActesId(Ctx& c) {
  if (!c.ctx.geo) return;
  const std::string type = c.act->body.type.value_or("");
  re2::StringPiece text = Piece(c.doc, c.all);
  re2::StringPiece m[2];
  size_t pos = 0;
  while (pos < text.size() &&
         GetRules().actes_id->Match(text, pos, text.size(), RE2::UNANCHORED, m, 2)) {
    pos = Off(c.doc, m[0]) + m[0].size() - c.all.begin;
    const std::string siren = m[1].as_string();
    if (!LuhnOk(siren)) continue;
    const size_t b = Off(c.doc, m[0]), e = b + m[0].size();
    if (type.empty() || type == "conseil_municipal") {
      if (const Commune* commune = c.ctx.geo->CommuneBySiren(siren)) {
        c.act->body.name = commune->name;
        c.act->body.insee = commune->code;
        c.act->body.siren = siren;
        Put(c, "/body/name", b, e);
        Put(c, "/body/insee", b, e);
        Put(c, "/body/siren", b, e);
        return;
      }
    }
    if (type.empty() || type == "conseil_communautaire" || type == "bureau") {
      if (const Epci* epci = c.ctx.geo->EpciBySiren(siren)) {
        c.act->body.name = epci->name;
        c.act->body.siren = siren;
        Put(c, "/body/name", b, e);
        Put(c, "/body/siren", b, e);
        return;
      }
    }
  }
}

void ReadNamedPlace(Ctx& c, const RE2& re) {
  for (Range range : {c.head, c.all}) {
    re2::StringPiece text = Piece(c.doc, range);
    re2::StringPiece m[2];
    if (!re.Match(text, 0, text.size(), RE2::UNANCHORED, m, 2)) continue;
    std::string printed =
        Collapse(RawSpan(c.doc, Off(c.doc, m[1]), Off(c.doc, m[1]) + m[1].size()));
    if (printed.empty()) continue;
    c.act->body.name = PlaceCase(printed);
    Put(c, "/body/name", Off(c.doc, m[0]), Off(c.doc, m[0]) + m[0].size());
    return;
  }
}

void ReadBody(Ctx& c) {
  ReadBodyType(c);
  // The body is the session's, named by the letterhead of the shared header:
  // its name is read there first, since an item's own text names other
  // communes ("subvention à la commune de Rânes").
  if (c.ranges.size() > 1) std::swap(c.ranges.front(), c.ranges.back());
  const std::string type = c.act->body.type.value_or("");
  const Rules& r = GetRules();
  if (type == "conseil_municipal") {
    ReadCommune(c);
  } else if (type == "conseil_communautaire" || type == "bureau") {
    ReadEpci(c);
    if (!c.act->body.name) ReadSyndicat(c);
  } else if (type == "comite_syndical") {
    ReadSyndicat(c);
  } else if (type == "commission_permanente" || type == "conseil_departemental") {
    ReadNamedPlace(c, *r.departement);
  } else if (type == "conseil_regional") {
    ReadNamedPlace(c, *r.region);
  }
  if (!c.act->body.siren && (type == "comite_syndical" || type == "bureau" || type.empty())) {
    ReadPrintedSiren(c);
  }
  if (!c.act->body.name && !c.act->body.siren) ReadActesId(c);
  if (c.ranges.size() > 1) std::swap(c.ranges.front(), c.ranges.back());
}

// Title lines next to line `line`: upper-case lines after it (dir = +1) or
// before it (dir = -1), at most four, within the act.
std::optional<std::pair<size_t, size_t>> TitleLines(const DocText& doc, const Act& act, size_t line,
                                                    int dir) {
  size_t first = line, last = line;  // [first, last)
  bool any = false;
  for (int k = 1; k <= 4; ++k) {
    long i = static_cast<long>(line) + dir * k;
    if (i < static_cast<long>(act.first_line) || i >= static_cast<long>(act.last_line)) break;
    const DocText::LineRef& l = doc.lines()[i];
    std::string raw = doc.raw().substr(l.raw_begin, l.raw_end - l.raw_begin);
    if (UpperShare(raw) < 0.7) break;
    if (dir > 0) {
      if (!any) first = i;
      last = i + 1;
    } else {
      first = i;
      if (!any) last = i + 1;
    }
    any = true;
  }
  if (!any) return std::nullopt;
  return std::make_pair(first, last);
}

void SetTitleFromLines(Ctx& c, size_t first, size_t last) {
  const DocText::LineRef& a = c.doc.lines()[first];
  const DocText::LineRef& b = c.doc.lines()[last - 1];
  std::string title = Collapse(c.doc.raw().substr(a.raw_begin, b.raw_end - a.raw_begin));
  if (title.empty()) return;
  c.act->title = title;
  c.act->evidence["/title"] = c.doc.EvidenceForLines(first, last);
}

// A title wraps onto the next line when it stops mid-sentence: the line
// ends without a full stop, colon or semicolon and the next one starts in
// lower case ("... groupement de commandes et" / "désignation d'un délégué").
size_t ContinueTitle(const DocText& doc, size_t e, size_t last_line) {
  const std::string& f = doc.folded();
  for (int extra = 0; extra < 3; ++extra) {
    size_t li = doc.LineAtFolded(e > 0 ? e - 1 : e);
    if (li + 1 >= last_line || li + 1 >= doc.lines().size()) break;
    size_t t = e;
    while (t > 0 && (f[t - 1] == ' ' || f[t - 1] == '*')) --t;
    if (t == 0 || f[t - 1] == '.' || f[t - 1] == ':' || f[t - 1] == ';') break;
    const DocText::LineRef& next = doc.lines()[li + 1];
    const std::string& raw = doc.raw();
    size_t rb = next.raw_begin;
    while (rb < next.raw_end && (raw[rb] == ' ' || raw[rb] == '*')) ++rb;
    if (rb >= next.raw_end) break;
    unsigned char ch = static_cast<unsigned char>(raw[rb]);
    bool lower = (ch >= 'a' && ch <= 'z') || ch == 0xC3;  // é, è, à... start with 0xC3
    if (ch == 0xC3 && rb + 1 < next.raw_end)
      lower = static_cast<unsigned char>(raw[rb + 1]) >= 0xA0;
    if (!lower) break;
    e = next.folded_end;
  }
  return e;
}

void ReadObjet(Ctx& c) {
  const Rules& r = GetRules();
  re2::StringPiece text = Piece(c.doc, c.head);
  re2::StringPiece m[2];
  if (!r.objet->Match(text, 0, text.size(), RE2::UNANCHORED, m, 2)) return;
  size_t b = Off(c.doc, m[1]), e = ContinueTitle(c.doc, b + m[1].size(), c.act->last_line);
  std::string title = Collapse(RawSpan(c.doc, b, e));
  if (title.empty()) return;
  c.act->title = title;
  Put(c, "/title", b, e);
}

// A number as the contract writes it: spaces dropped, dashes of any kind '-'.
std::string CleanNumber(const DocText& doc, size_t b, size_t e) {
  // Blanks and emphasis marks go; an underscore separates the number's
  // parts ("2021_045") and stays.
  std::string number;
  for (char ch : RawSpan(doc, b, e)) {
    if (ch != ' ' && ch != '\n' && ch != '\t' && ch != '\r' && ch != '*' && ch != '#') number += ch;
  }
  std::string clean;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(number);
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    UChar32 ch = u.char32At(i);
    if (u_charType(ch) == U_DASH_PUNCTUATION) ch = '-';
    icu::UnicodeString(ch).toUTF8String(clean);
  }
  return clean;
}

// The heading the file's numbering scheme found (act_headings.h) gives the
// number, unless it is an agenda item's, and the title.
bool ReadHeading(Ctx& c) {
  const Act& a = *c.act;
  if (a.heading_title_end <= a.heading_title_begin) return false;
  if (!a.heading_is_item && a.heading_number_end > a.heading_number_begin) {
    c.act->number = CleanNumber(c.doc, a.heading_number_begin, a.heading_number_end);
    Put(c, "/number", a.heading_number_begin, a.heading_number_end);
  }
  size_t te = ContinueTitle(c.doc, a.heading_title_end, a.last_line);
  std::string title = Collapse(RawSpan(c.doc, a.heading_title_begin, te));
  if (!title.empty()) {
    c.act->title = title;
    Put(c, "/title", a.heading_title_begin, te);
  }
  return true;
}

void ReadNumberAndTitle(Ctx& c) {
  if (ReadHeading(c)) return;
  const Rules& r = GetRules();
  re2::StringPiece text = Piece(c.doc, c.head);
  for (size_t k = 0; k < r.numbers.size() && !c.act->number; ++k) {
    re2::StringPiece m[3];
    if (!r.numbers[k]->Match(text, 0, text.size(), RE2::UNANCHORED, m, 3)) continue;
    size_t b = Off(c.doc, m[1]), e = b + m[1].size();
    std::string clean = CleanNumber(c.doc, b, e);
    // A number has digits ("oui/non/abstention" is a line of a table).
    if (clean.find_first_of("0123456789") == std::string::npos) continue;
    c.act->number = clean;
    Put(c, "/number", b, e);
    size_t line = c.doc.LineAtFolded(b);
    switch (kNumbers[k].title) {
      case TitleAt::kRest: {
        size_t tb = Off(c.doc, m[2]);
        size_t te = ContinueTitle(c.doc, tb + m[2].size(), c.act->last_line);
        std::string title = Collapse(RawSpan(c.doc, tb, te));
        if (!title.empty()) {
          c.act->title = title;
          Put(c, "/title", tb, te);
        }
        break;
      }
      case TitleAt::kAfter:
      case TitleAt::kBefore: {
        auto lines = TitleLines(c.doc, *c.act, line, kNumbers[k].title == TitleAt::kAfter ? 1 : -1);
        if (lines) SetTitleFromLines(c, lines->first, lines->second);
        break;
      }
      case TitleAt::kObjet:
        break;
    }
  }
  if (!c.act->title) ReadObjet(c);
}

// ---- Dates ------------------------------------------------------------------------

struct Statement {
  const DateRule* rule = nullptr;
  std::string role;
  FoundDate date;
  size_t begin = 0, end = 0;  // evidence span
};

std::vector<Statement> DateStatements(Ctx& c) {
  const Rules& r = GetRules();
  const std::string& f = c.doc.folded();
  std::vector<Statement> out;
  for (Range range : c.ranges) {
    std::string_view text(f.data() + range.begin, range.end - range.begin);
    for (FoundDate d : FindDates(text)) {
      d.begin += range.begin;
      d.end += range.begin;
      size_t line = c.doc.LineAtFolded(d.begin);
      const DocText::LineRef& l = c.doc.lines()[line];
      re2::StringPiece own(f.data() + l.folded_begin, l.folded_end - l.folded_begin);
      if (RE2::PartialMatch(own, *r.visa)) continue;
      // Words before the date on its line, or the line above when the date
      // opens its line.
      size_t ctx_begin = l.folded_begin;
      // Nothing but the line's margin (specks, token_view.h) before the date.
      const bool bare = d.begin <= c.doc.MarginEnd(line);
      // A few words before it ("... à la suite de la convocation qui lui a
      // été faite\nle 30 novembre", "sur convocation en\ndate du huit ...")
      // also take the line above: the nearest role words still win.
      bool short_lead = d.begin - l.folded_begin <= 40;
      if ((bare || short_lead) && line > 0 && c.doc.lines()[line - 1].folded_begin >= range.begin) {
        ctx_begin = c.doc.lines()[line - 1].folded_begin;
      }
      if (d.begin - ctx_begin > 160) ctx_begin = d.begin - 160;
      re2::StringPiece before(f.data() + ctx_begin, d.begin - ctx_begin);
      // What rules a role out may stand a few lines up (a form's labels
      // each on their line): the last 160 characters of the act.
      const size_t wide_begin = std::max(range.begin, d.begin > 160 ? d.begin - 160 : 0);
      re2::StringPiece wide_before(f.data() + wide_begin, d.begin - wide_begin);
      size_t after_end = std::min(f.size(), d.end + 160);
      re2::StringPiece after(f.data() + d.end, after_end - d.end);
      // The role whose words are nearest the date; a role told only by words
      // far after it (the convening verb) when no words before it tell one.
      int best = -1;
      size_t best_start = 0;
      bool best_after_only = false;
      for (size_t k = 0; k < r.date_before.size(); ++k) {
        re2::StringPiece m;
        if (!r.date_before[k]->Match(before, 0, before.size(), RE2::UNANCHORED, &m, 1)) continue;
        if (r.date_after[k] && !RE2::PartialMatch(after, *r.date_after[k])) continue;
        if (r.date_unless[k] && RE2::PartialMatch(wide_before, *r.date_unless[k])) continue;
        const bool after_only = r.date_after[k] && m.empty();
        if (after_only && best >= 0) continue;
        size_t start = Off(c.doc, m);
        if (r.date_after[k]) start = d.begin;  // the words are after the date
        if (best < 0 || best_after_only || start > best_start) {
          best = static_cast<int>(k);
          best_start = start;
          best_after_only = after_only;
        }
      }
      if (best < 0) continue;
      Statement s;
      s.rule = &kDateRules[best];
      s.role = kDateRules[best].role;
      s.date = d;
      s.begin = std::min(best_start, d.begin);
      // Skip the spaces and marks the context starts with.
      while (s.begin < d.begin && (f[s.begin] == ' ' || f[s.begin] == '*' || f[s.begin] == '\n'))
        ++s.begin;
      s.end = d.end;
      out.push_back(s);
    }
  }
  return out;
}

void ReadDates(Ctx& c) {
  std::vector<Statement> all = DateStatements(c);
  // An act that shares a session header (one item of minutes) holds the
  // session's date and convocation from that header: a "séance du ..." or a
  // convocation inside the item's own text is another meeting's (the minutes
  // approved, a commission convened).
  if (c.ranges.size() > 1) {
    const Range own = c.ranges.front();
    all.erase(std::remove_if(all.begin(), all.end(),
                             [&](const Statement& s) {
                               bool session_fact = s.rule->relation == Relation::kSession ||
                                                   s.rule->field == &Dates::convocation;
                               return session_fact && s.begin >= own.begin && s.begin < own.end;
                             }),
              all.end());
  }
  // The session first: the others' missing years and the display rule use it.
  const FoundDate* session = nullptr;
  size_t session_at = 0;
  for (const Statement& s : all) {
    if (s.rule->relation == Relation::kSession && s.date.year_printed) {
      session = &s.date;
      session_at = s.begin;
      break;
    }
  }
  std::map<std::string, bool> second_put;
  for (Statement s : all) {
    FoundDate& d = s.date;
    if (!d.year_printed) {
      if (!session) continue;
      d.year = session->year;
      int md = d.month * 100 + d.day, smd = session->month * 100 + session->day;
      if (s.rule->relation == Relation::kBefore && md > smd) d.year -= 1;
      if (s.rule->relation == Relation::kAfter && md < smd) d.year += 1;
    }
    std::string iso = d.Iso();
    if (iso.empty()) continue;
    if (s.rule->only_after_session && session && iso < session->Iso() && s.begin < session_at)
      continue;
    Opt<std::string>* field = &(c.act->dates.*(s.rule->field));
    std::string key = "/dates/" + s.role;
    const bool inferred = s.rule->role_from == RoleFrom::kContext;
    if (!*field) {
      *field = iso;
      Put(c, key, s.begin, s.end);
      c.act->evidence[key].inferred = inferred;
    } else if (**field != iso && !second_put[key]) {
      second_put[key] = true;
      Put(c, key + "#2", s.begin, s.end);
      c.act->evidence[key + "#2"].inferred = inferred;
    }
  }
}

// ---- People ----------------------------------------------------------------------

std::optional<std::string> ReadPerson(Ctx& c, const std::vector<std::unique_ptr<RE2>>& rules,
                                      const std::string& key) {
  for (Range range : c.ranges) {
    re2::StringPiece text = Piece(c.doc, range);
    // The earliest statement of any rule.
    std::optional<Range> best;
    for (const auto& re : rules) {
      re2::StringPiece m[2];
      size_t pos = 0;
      while (pos < text.size() && re->Match(text, pos, text.size(), RE2::UNANCHORED, m,
                                            re->NumberOfCapturingGroups() + 1)) {
        size_t start =
            re->NumberOfCapturingGroups() > 0 ? Off(c.doc, m[1]) : Off(c.doc, m[0]) + m[0].size();
        pos = Off(c.doc, m[0]) + std::max<size_t>(m[0].size(), 1) - range.begin;
        Range name = NameAt(c.doc, start);
        if (name.empty()) continue;
        if (!best || name.begin < best->begin) best = name;
        break;
      }
    }
    if (best) {
      std::string text_name = NameText(c.doc, *best, c.all);
      if (text_name.empty()) continue;
      Put(c, key, best->begin, best->end);
      return text_name;
    }
  }
  return std::nullopt;
}

// The signers known by the signature block closing minutes: a label line "Le
// Maire" (or "Le Président") and "Le Secrétaire de séance", the signers'
// names on the lines under it, each under its label ("Le Maire      Le
// Secrétaire de séance", then "Dr. Xavier POLI      Monsieur Marc-Marie
// GUGLIELMI"). The words nearest a label across the page, nearer than to any
// other label, are its signer's name. Inferred, not read from a statement:
// the maire presides unless the minutes say who else did.
constexpr size_t kSignatureLines = 14;  // lines at the act's end searched for the labels
constexpr size_t kSignerLines = 5;      // lines under the chair's label searched for names
constexpr int kMaxLabelWords = 10;      // a label line, not a sentence

// Who signs under one label of the signature block: `mine` finds the label
// (group 1; `at_start`: it opens its line), `others` the other signers'
// labels. Writes `*field` and its evidence at `key`, inferred; nothing when
// the name read is `not_this` (the other signer).
struct SignerLabels {
  const RE2& mine;
  const RE2& others;
  bool at_start;
};

void ReadSigner(Ctx& c, const SignerLabels& labels, const char* key, Opt<std::string>* field,
                const Opt<std::string>& not_this) {
  const DocText& doc = c.doc;
  Act* act = c.act;
  const size_t n = doc.lines().size();
  const size_t last = std::min(act->last_line, n);
  const size_t from =
      last > act->first_line + kSignatureLines ? last - kSignatureLines : act->first_line;
  // The words of a line, from the token view: folded offsets.
  auto words_of = [&](size_t li) {
    std::vector<std::pair<size_t, size_t>> out;
    const auto [first, last_token] = doc.TokensOfLine(li);
    for (size_t k = first; k < last_token; ++k)
      out.emplace_back(doc.tokens()[k].begin, doc.tokens()[k].end);
    return out;
  };
  auto center = [](const BBox& b) { return (b.x0 + b.x1) / 2; };
  for (size_t i = last; i-- > from;) {
    std::string_view line = doc.FoldedLine(i);
    re2::StringPiece m[2];
    re2::StringPiece text(line.data(), line.size());
    if (!labels.mine.Match(text, 0, text.size(),
                           labels.at_start ? RE2::ANCHOR_START : RE2::UNANCHORED, m, 2))
      continue;
    if (static_cast<int>(words_of(i).size()) > kMaxLabelWords) continue;
    const size_t cb = m[1].data() - doc.folded().data();
    const BBox label = doc.EvidenceForFolded(cb, cb + m[1].size()).box;
    if (label.empty()) return;
    const int page = doc.lines()[i].page;
    std::vector<BBox> others;
    for (size_t j = i > 0 ? i - 1 : 0; j < std::min(n, i + 3); ++j) {
      if (doc.lines()[j].page != page) continue;
      std::string_view lj = doc.FoldedLine(j);
      re2::StringPiece rest(lj.data(), lj.size()), o;
      while (RE2::FindAndConsume(&rest, labels.others, &o)) {
        const size_t ob = o.data() - doc.folded().data();
        others.push_back(doc.EvidenceForFolded(ob, ob + o.size()).box);
      }
    }
    for (size_t j = i + 1; j < std::min(n, i + 1 + kSignerLines); ++j) {
      if (doc.lines()[j].page != page) break;
      const re2::StringPiece lj(doc.FoldedLine(j).data(), doc.FoldedLine(j).size());
      if (RE2::PartialMatch(lj, labels.others) || RE2::PartialMatch(lj, labels.mine))
        continue;  // a signer's label
      size_t b = 0, e = 0;
      for (auto [wb, we] : words_of(j)) {
        const BBox box = doc.EvidenceForFolded(wb, we).box;
        if (box.empty()) continue;
        const double d = std::abs(center(box) - center(label));
        bool nearest = true;
        for (const BBox& o : others) nearest = nearest && d < std::abs(center(box) - center(o));
        if (!nearest) continue;
        if (e == 0) b = wb;
        e = we;
      }
      if (e == 0) continue;
      std::string name = StripCivility(Collapse(RawSpan(doc, b, e)));
      // A title before the name ("Dr. Xavier POLI") is no part of it.
      while (true) {
        const size_t sp = name.find(' ');
        if (sp == std::string::npos || !IsTitle(Fold(name.substr(0, sp)))) break;
        name = name.substr(sp + 1);
      }
      if (!LooksLikePersonName(name)) continue;
      if (not_this && SamePerson(name, *not_this)) return;
      *field = name;
      Put(c, key, b, e);
      act->evidence[key].inferred = true;
      return;
    }
    return;
  }
}

// The chair and the secretary known by the signature block closing minutes
// (ReadSigner), each only when no sentence named them.
void ReadSigners(Ctx& c) {
  static const RE2 kChair(R"(^[^a-z]*((?:le|la)\s+(?:maire|presidente?))\b\s*[,.]?)");
  static const RE2 kNotChair(R"(\b((?:le|la)\s+(?:secretaire|adjointe?|conseillere?))\b)");
  static const RE2 kSecretary(R"(\b((?:le|la)\s+secretaire(?:\s+de\s+seance)?)\b)");
  static const RE2 kNotSecretary(R"(\b((?:le|la)\s+(?:maire|presidente?|adjointe?))\b)");
  Act* act = c.act;
  if (!act->president)
    ReadSigner(c, {kChair, kNotChair, true}, "/president", &act->president, act->secretary);
  if (!act->secretary)
    ReadSigner(c, {kSecretary, kNotSecretary, false}, "/secretary", &act->secretary,
               act->president);
}

}  // namespace

std::string HeaderRuleErrors() { return GetRules().errors; }

void ExtractHeader(const DocText& doc, const ExtractContext& ctx, Act* act) {
  if (!act || act->last_line <= act->first_line) return;
  Ctx c{doc, ctx, act, {}, {}, {}};
  Range own = FoldedRange(doc, act->first_line, act->last_line);
  c.ranges.push_back(own);
  c.all = own;
  if (act->header_last_line > act->header_first_line) {
    Range shared = FoldedRange(doc, act->header_first_line, act->header_last_line);
    c.ranges.push_back(shared);
    c.all.begin = std::min(own.begin, shared.begin);
    c.all.end = std::max(own.end, shared.end);
  }
  c.head =
      FoldedRange(doc, act->first_line, std::min(act->last_line, act->first_line + kHeadLines));

  ReadBody(c);
  ReadNumberAndTitle(c);
  ReadDates(c);
  // The session's people come from its header first when the act shares
  // one: an item's own text names others ("Monsieur X, président de la
  // commission des finances", "a été désigné secrétaire du syndicat").
  if (c.ranges.size() > 1) std::reverse(c.ranges.begin(), c.ranges.end());
  act->president = ReadPerson(c, GetRules().president, "/president");
  act->secretary = ReadPerson(c, GetRules().secretary, "/secretary");
  ReadSigners(c);
}

}  // namespace delib
