#include "pipeline/text/lexicon.h"

#include <algorithm>
#include <cstring>

namespace delib {
namespace {

// Each list once. Civilities are read without their period ("m." is "m").
const std::vector<std::string> kCivilities = {
    "m",        "mm",     "mme",          "mmes",      "mlle",     "mlles",         "mr",
    "monsieur", "madame", "mademoiselle", "messieurs", "mesdames", "mesdemoiselles"};
const std::vector<std::string> kPluralCivilities = {"mm",        "mmes",     "mlles",
                                                    "messieurs", "mesdames", "mesdemoiselles"};
const std::vector<std::string> kTitles = {"maitre", "me", "docteur", "dr", "professeur", "pr"};
const std::vector<std::string> kNameParticles = {
    "de", "du", "des", "d'",  "le", "la", "van", "von", "der",    "den",
    "el", "al", "ben", "ter", "di", "da", "dos", "del", "vanden", "vander"};
const std::vector<std::string> kMonths = {"janvier",   "fevrier", "mars",     "avril",
                                          "mai",       "juin",    "juillet",  "aout",
                                          "septembre", "octobre", "novembre", "decembre"};
const std::vector<std::string> kWeekdays = {"lundi",    "mardi",  "mercredi", "jeudi",
                                            "vendredi", "samedi", "dimanche"};
const std::vector<std::string> kPresentHeadings = {"present", "presente", "presents", "presentes"};
const std::vector<std::string> kAbsentHeadings = {"absent", "absente", "absents", "absentes",
                                                  "excuse", "excusee", "excuses", "excusees"};
const std::vector<std::string> kAttendanceHeadings = [] {
  std::vector<std::string> all = kPresentHeadings;
  all.insert(all.end(), kAbsentHeadings.begin(), kAbsentHeadings.end());
  for (const char* w : {"represente", "representee", "representes", "representees", "pouvoir",
                        "pouvoirs", "procuration", "procurations", "titulaire", "titulaires",
                        "suppleant", "suppleante", "suppleants", "suppleantes"})
    all.push_back(w);
  return all;
}();
const std::vector<std::string> kVoteLabels = {"pour",
                                              "contre",
                                              "abstention",
                                              "abstentions",
                                              "votants",
                                              "exprimes",
                                              "suffrages",
                                              "voix",
                                              "votes",
                                              "unanimite",
                                              "blanc",
                                              "blancs",
                                              "nul",
                                              "nuls",
                                              "ne prend pas part au vote",
                                              "ne prennent pas part au vote"};
// A decision stated after its vote ("à l'unanimité, le Conseil décide"):
// the verbs that adopt, and those that reject.
const std::vector<std::string> kDecisionVerbs = {
    "decide",  "decident", "approuve", "adopte",     "fixe",  "designe",   "autorise", "accorde",
    "accepte", "attribue", "valide",   "emet",       "elit",  "sollicite", "arrete",   "confirme",
    "vote",    "alloue",   "octroie",  "prend acte", "donne", "charge",    "retient",  "modifie",
    "cree",    "supprime", "delegue",  "prononce",   "opte",  "renouvelle"};
const std::vector<std::string> kRejectionVerbs = {"rejette", "refuse"};
// The verbs that open an article of an act's operative part ("Article 2 :
// approuve …", "DÉCIDE :"), after "lui", "leur" or "en" at most.
const std::vector<std::string> kArticleVerbs = {
    "decide",  "approuve", "autorise", "dit",      "donne",   "constate",  "reconnait",
    "arrete",  "charge",   "precise",  "fixe",     "accepte", "sollicite", "emet",
    "designe", "valide",   "retient",  "attribue", "confie",  "mandate",   "prend acte",
    "vote et", "s'engage", "abroge",   "annule",   "rapporte"};

// Labels that open a line of an act and name no secrétaire de séance, beside
// the attendance headings and vote labels.
const std::vector<std::string> kFieldLabels = {"rapporteur", "president", "presidente", "objet",
                                               "vote",       "votant",    "date",       "maire",
                                               "membre",     "membres",   "delegue",    "delegues"};

// The words before an agenda item's number ("Point n° 3 :", "Affaire 12 -",
// "Question n°2").
const std::vector<std::string> kItemLabels = {"point",   "question", "affaire",
                                              "dossier", "rapport",  "sujet"};

// Nouns whose "de X" is the name of an area or a body, not the place X
// ("la région de Trun", "Communauté de Communes de Loches", "Conseil
// Municipal de Rots"); "commune de X" is read by its own rule.
const std::vector<std::string> kAreaNouns = {
    "region",        "canton",    "arrondissement", "pays",     "communaute",
    "agglomeration", "syndicat",  "siaep",          "smaep",    "sivom",
    "sivu",          "sdis",      "commune",        "communes", "ville",
    "villes",        "municipal", "communautaire",  "syndical", "departement"};

// Functions printed after a member's name, which end it ("Jean-Paul
// CHARRIER Maire", "JALON Benjamin Délégué"), singular or plural.
const std::vector<std::string> kFunctions = {
    "maire",       "president",   "presidente",   "vice-president", "vice-presidente",
    "adjoint",     "adjointe",    "adjoints",     "adjointes",      "conseiller",
    "conseillere", "conseillers", "conseilleres", "secretaire",     "delegue",
    "deleguee",    "delegues",    "deleguees",    "administrateur", "administratrice",
    "directeur",   "directrice",  "membre"};

const std::vector<std::string> kPlaceParticles = {"de",  "du",  "des", "la",   "le",
                                                  "les", "et",  "sur", "sous", "en",
                                                  "lez", "aux", "au",  "d'",   "l'"};

std::string_view Unperiod(std::string_view w) {
  while (!w.empty() && (w.back() == '.' || w.back() == ' ')) w.remove_suffix(1);
  return w;
}

}  // namespace

const std::vector<std::string>& Words(WordClass c) {
  switch (c) {
    case WordClass::kCivility:
      return kCivilities;
    case WordClass::kPluralCivility:
      return kPluralCivilities;
    case WordClass::kTitle:
      return kTitles;
    case WordClass::kNameParticle:
      return kNameParticles;
    case WordClass::kMonth:
      return kMonths;
    case WordClass::kWeekday:
      return kWeekdays;
    case WordClass::kAttendanceHeading:
      return kAttendanceHeadings;
    case WordClass::kPresentHeading:
      return kPresentHeadings;
    case WordClass::kAbsentHeading:
      return kAbsentHeadings;
    case WordClass::kVoteLabel:
      return kVoteLabels;
    case WordClass::kDecisionVerb:
      return kDecisionVerbs;
    case WordClass::kRejectionVerb:
      return kRejectionVerbs;
    case WordClass::kArticleVerb:
      return kArticleVerbs;
    case WordClass::kPlaceParticle:
      return kPlaceParticles;
    case WordClass::kFieldLabel:
      return kFieldLabels;
    case WordClass::kItemLabel:
      return kItemLabels;
    case WordClass::kAreaNoun:
      return kAreaNouns;
    case WordClass::kFunction:
      return kFunctions;
  }
  return kCivilities;
}

bool InClass(std::string_view folded_word, WordClass c) {
  const std::string_view w = Unperiod(folded_word);
  const std::vector<std::string>& words = Words(c);
  return std::find(words.begin(), words.end(), w) != words.end();
}

int MonthNumber(std::string_view folded_word) {
  for (size_t i = 0; i < kMonths.size(); ++i)
    if (kMonths[i] == folded_word) return static_cast<int>(i) + 1;
  return 0;
}

std::string Alternation(WordClass c) {
  std::vector<std::string> words = Words(c);
  std::stable_sort(words.begin(), words.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out += '|';
    for (char ch : w) {
      if (ch == ' ') {
        out += "\\s+";  // a line break may stand between the words
        continue;
      }
      if (std::strchr(".^$|()[]{}*+?\\", ch)) out += '\\';
      out += ch;
    }
  }
  return out;
}

std::string CivilityPattern() {
  std::vector<std::string> words = Words(WordClass::kCivility), longer, single;
  for (const std::string& w : words) (w.size() > 1 ? longer : single).push_back(w);
  std::stable_sort(longer.begin(), longer.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string out = "(?:";
  for (size_t i = 0; i < longer.size(); ++i) out += (i ? "|" : "") + longer[i];
  out += ")\\.?";
  for (const std::string& w : single) out += "|" + w + "\\.";
  return "(?:" + out + ")";
}

bool IsSpeckChar(char c) { return c != '\0' && kSpeckChars.find(c) != std::string_view::npos; }

bool IsNotInListedPlaceChar(char c) {
  return c != '\0' && kNotInListedPlaceChars.find(c) != std::string_view::npos;
}

bool IsNotInNameChar(char c) {
  return c != '\0' && kNotInNameChars.find(c) != std::string_view::npos;
}

}  // namespace delib
