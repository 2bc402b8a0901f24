// Test helpers for checks/*_test.cc and extractors/*_test.cc: the seed documents of tests/data as
// DocText, the official geography, and acts filled with the facts the
// extractors read from the seeds (with their evidence), so that each rule is
// tested on real documents independently of the extractors' progress.
#pragma once

#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "pipeline/reference/bodies.h"
#include "checks/check_util.h"
#include "checks/checks.h"
#include "pipeline/reference/geography.h"
#include "extractors/extract.h"
#include "pipeline/model/act.h"
#include "pipeline/text/doc_text.h"
#include "pipeline/base/fold.h"

namespace delib {
namespace testing {

inline std::string ReadTestData(const std::string& name) {
  std::ifstream in(std::string(DELIB_SOURCE_DIR) + "/tests/data/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The seed as pages of `lines_per_page` text lines (so lists cross page breaks).
inline std::unique_ptr<DocText> SeedDoc(const std::string& name, int lines_per_page = 80) {
  std::istringstream in(ReadTestData(name));
  std::vector<PageText> pages;
  std::string line, chunk;
  int n = 0;
  while (std::getline(in, line)) {
    chunk += line + "\n";
    if (++n % lines_per_page == 0) {
      pages.push_back(PageFromPlainText(static_cast<int>(pages.size()) + 1, chunk));
      chunk.clear();
    }
  }
  if (!chunk.empty()) pages.push_back(PageFromPlainText(static_cast<int>(pages.size()) + 1, chunk));
  return std::make_unique<DocText>(std::move(pages));
}

inline const Geography* TestGeo() {
  static const Geography* geo = [] {
    Result<Geography> g = Geography::Load(Geography::DefaultDir());
    return g.ok() ? new Geography(g.take()) : nullptr;
  }();
  return geo;
}

inline const BodyRegistry* TestBodies() {
  static const BodyRegistry* reg = [] {
    Result<BodyRegistry> r = BodyRegistry::Load(std::string(DELIB_SOURCE_DIR) + "/data/bodies");
    return r.ok() ? new BodyRegistry(r.take()) : nullptr;
  }();
  return reg;
}

// Evidence of the first occurrence of `snippet` (compared folded) at or after `from`.
inline Evidence Ev(const DocText& doc, const std::string& snippet, size_t from = 0) {
  std::string f = Fold(snippet);
  size_t at = doc.folded().find(f, from);
  REQUIRE_MESSAGE(at != std::string::npos, "snippet not in seed: " << snippet);
  return doc.EvidenceForFolded(at, at + f.size());
}
// A commune of a list, as the extraction records it: matched exactly when
// `insee` is given, matched to nothing when it is null.
inline void AddListed(Act* act, const char* printed, const char* insee, const char* list) {
  CommuneRef c;
  c.printed = printed;
  if (insee) c.insee = insee, c.name = printed, c.match = "exact";
  c.list = list;
  act->communes.push_back(c);
}

inline void Put(Act* act, const std::string& ptr, const DocText& doc, const std::string& snippet) {
  act->evidence[ptr] = Ev(doc, snippet);
}

inline Act WholeDocAct(const DocText& doc) {
  Act act;
  act.kind = "deliberation";
  act.first_line = 0;
  act.last_line = doc.lines().size();
  for (const PageText& p : doc.pages()) act.pages.push_back(p.number);
  return act;
}

inline bool HasRule(const Act& act, const std::string& rule) {
  for (const Anomaly& a : act.anomalies)
    if (a.rule == rule) return true;
  return false;
}
inline std::vector<Anomaly> Rules(const Act& act, const std::string& rule) {
  std::vector<Anomaly> out;
  for (const Anomaly& a : act.anomalies)
    if (a.rule == rule) out.push_back(a);
  return out;
}

// Seed 001: comité syndical of the SMO Nord-Pas-de-Calais Numérique, 21 Feb 2024.
inline Act Seed001Act(const DocText& doc, const Geography* geo) {
  Act act = WholeDocAct(doc);
  act.body.name = "Syndicat mixte ouvert « Nord-Pas-de-Calais Numérique »";
  act.body.type = "comite_syndical";
  act.number = "2024 – 01";
  act.title =
      "Adhésion des communes de la Métropole Européenne de Lille au Syndicat mixte au titre de sa "
      "compétence en matière de numérique éducatif";
  act.dates.session = "2024-02-21";
  act.dates.convocation = "2024-02-15";
  Put(&act, "/number", doc, "DÉLIBÉRATION 2024 – 01");
  Put(&act, "/title", doc, "Objet : Adhésion des communes de la Métropole Européenne de Lille");
  Put(&act, "/dates/session", doc, "Le vingt-et-un février deux mille vingt-quatre");
  Put(&act, "/dates/convocation", doc,
      "sur convocation en date du quinze février deux mille vingt-quatre");
  act.president = "Christophe COULON";
  struct Row {
    const char* name;
    const char* group;
    char state;  // P present, E excused
    const char* proxy_to;
  };
  const Row rows[] = {
      {"Valérie BIEGALSKI", "Conseil régional des Hauts de France", 'E', "M. COULON"},
      {"Emilie BOMMART", "Conseil régional des Hauts de France", 'E', "M. HEUSELE"},
      {"Christophe COULON", "Conseil régional des Hauts de France", 'P', nullptr},
      {"Arnaud DECAGNY", "Conseil régional des Hauts de France", 'E', nullptr},
      {"Luc FOUTRY", "Conseil régional des Hauts de France", 'E', nullptr},
      {"Alban HEUSELE", "Conseil régional des Hauts de France", 'P', nullptr},
      {"Yvan HUTCHINSON", "Conseil régional des Hauts de France", 'P', nullptr},
      {"Jean-Michel MICHALAK", "Conseil régional des Hauts de France", 'E', "M. TETARD"},
      {"Ghislain TETARD", "Conseil régional des Hauts de France", 'P', nullptr},
      {"Benoît TIRMARCHE", "Conseil régional des Hauts de France", 'P', nullptr},
      {"Grégory BARTHOLOMEUS", "Département du Nord", 'P', "M. DISSAUX"},
      {"Luc MONNET", "Département du Nord", 'P', nullptr},
      {"Marie-Hélène QUATREBOEUF", "Département du Nord", 'E', "Mme VANPEENE"},
      {"Nicolas SIEGLER", "Département du Nord", 'E', "M. MONNET"},
      {"Anne VANPEENE", "Département du Nord", 'P', nullptr},
      {"Claude BACHELET", "Département du Pas-de-Calais", 'P', nullptr},
      {"Jean-Claude DISSAUX", "Département du Pas-de-Calais", 'E', nullptr},
      {"Bénédicte MESSEANNE-GROBELNY", "Département du Pas-de-Calais", 'E', nullptr},
      {"Véronique THIEBAUT", "Département du Pas-de-Calais", 'E', "M. BACHELET"},
      {"Sophie WAROT-LEMAIRE", "Département du Pas-de-Calais", 'E', nullptr},
      {"André FIGOUREUX", "Collège ENT", 'P', nullptr},
      {"Jean-Louis DAUCHY", "Collège ENT", 'P', nullptr},
  };
  Attendance& at = act.attendance;
  for (const Row& r : rows) {
    std::vector<std::string>& list = r.state == 'P' ? at.present : at.excused;
    std::string ptr =
        std::string(r.state == 'P' ? "/attendance/present/" : "/attendance/excused/") +
        std::to_string(list.size());
    Put(&act, ptr, doc, r.name);
    list.push_back(r.name);
    at.groups[r.name] = r.group;
    if (r.proxy_to) {
      Put(&act, "/attendance/proxies/" + std::to_string(at.proxies.size()), doc, r.name);
      at.proxies.push_back({r.name, r.proxy_to});
    }
  }
  at.present_count = 11;
  at.excused_count = 11;
  at.absent_count = 0;
  at.proxies_count = 7;
  Put(&act, "/attendance/present_count", doc, "11\t0\t11\t7");
  Vote v;
  v.for_votes = 28;
  v.against = 0;
  v.abstentions = 0;
  v.expressed = 28;
  v.result = "adopted";
  act.votes.push_back(v);
  Put(&act, "/votes/0/for", doc, "Voix pour : 28");
  Put(&act, "/votes/0/against", doc, "Voix contre : 0");
  Put(&act, "/votes/0/expressed", doc, "Suffrages exprimés : 28");
  ExtractContext ectx{geo};
  ExtractCommunes(doc, ectx, &act);
  return act;
}

// Seed 003: conseil municipal of Prémesques, 19 Feb 2024.
inline Act Seed003Act(const DocText& doc) {
  Act act = WholeDocAct(doc);
  act.body.name = "Prémesques";
  act.body.type = "conseil_municipal";
  act.body.insee = "59470";
  act.number = "2024 - 16";
  act.title =
      "Adhésion à la Fibre Numérique 59/62 pour intégrer le groupement de commandes et désignation "
      "d'un délégué";
  act.dates.session = "2024-02-19";
  act.dates.convocation = "2024-02-14";
  act.dates.signature = "2024-02-21";
  act.dates.display = "2024-02-23";
  act.dates.transmission = "2024-02-23";
  Put(&act, "/number", doc, "2024 - 16 : Adhésion");
  Put(&act, "/dates/session", doc, "SEANCE DU 19 FEVRIER 2024");
  Put(&act, "/dates/convocation", doc, "Date de la convocation :\t14.02.2024");
  Put(&act, "/dates/display", doc, "Affiché le 23 Février 2024");
  Put(&act, "/dates/transmission", doc, "Transmis au contrôle de légalité le 23 Février 2024");
  act.secretary = "Nathalie GUISLAIN";
  Attendance& at = act.attendance;
  at.seats = 19;
  at.in_office = 18;
  at.present_count = 17;
  at.voters_count = 18;
  at.proxies_count = 3;
  at.excused_count = 0;
  Put(&act, "/attendance/seats", doc, "Nombre de membres afférents au Conseil Municipal :\t19");
  Put(&act, "/attendance/in_office", doc, "Nombre de membres en exercice :\t18");
  Put(&act, "/attendance/voters_count", doc, "procurations\t17 + 1");
  Put(&act, "/attendance/present_count", doc, "17 Présents :");
  Put(&act, "/attendance/proxies_count", doc, "3 Absents ayant donné pouvoir");
  Put(&act, "/attendance/proxies/0", doc, "P. JOURDAIN à P. VANDEN DORPE");
  at.present = {"Y. HUTCHINSON", "A. MARQUE",    "P. ALLIOT",    "P. VANDEN DORPE", "N. GUISLAIN",
                "L. BASECQ",     "P. CAREY",     "S. VAN EECKE", "D. DUMONT",       "C LEFEBVRE",
                "X. DUBOIS",     "F. BOULANGER", "S. MOUVEAUX",  "C. ANNAERT",      "P. PACCOU",
                "J. TYBOU",      "G. DUBOIS"};
  at.proxies = {{"P. JOURDAIN", "P. VANDEN DORPE"}};
  Vote v;
  v.unanimous = true;
  v.result = "adopted";
  act.votes.push_back(v);
  Put(&act, "/votes/0/unanimous", doc, "Délibération adoptée à l'unanimité");
  return act;
}

// Seed 002: conseil municipal of Hem, 7 Dec 2023.
inline Act Seed002Act(const DocText& doc) {
  Act act = WholeDocAct(doc);
  act.body.name = "Hem";
  act.body.type = "conseil_municipal";
  act.body.insee = "59299";
  act.number = "DEL/2023/AE/135";
  act.title =
      "ENVIRONNEMENT NUMERIQUE DE TRAVAIL SCOLAIRE ADHESION AU SMO LA FIBRE NUMERIQUE 59/62";
  act.dates.session = "2023-12-07";
  act.dates.convocation = "2023-11-30";
  act.dates.display = "2023-12-15";
  Put(&act, "/number", doc, "DEL/2023/AE/135");
  Put(&act, "/dates/session", doc, "Le sept décembre");
  Put(&act, "/dates/convocation", doc, "la convocation qui lui a été faite le 30 novembre");
  act.president = "Francis VERCAMER";
  Attendance& at = act.attendance;
  at.in_office = 33;
  Put(&act, "/attendance/in_office", doc, "Nombre de conseillers en exercice : 33");
  at.present = {"Francis VERCAMER",       "Ghislaine BUYCK",
                "Jean-François LECLERCQ", "Anne DASSONVILLE",
                "Philippe SIBILLE",       "Blandine LEPLAT",
                "Laurent PASTOUR",        "Saïd LAOUADI",
                "Fabienne LEPERS",        "Etienne DELEPAUT",
                "Thérèse NOCLAIN",        "Barbara RUBIO COQUEMPOT",
                "Fatima KARRAD",          "Kamel MAHTOUR",
                "Sana EL AMRANI",         "Jean-Adrien MALAIZE",
                "Chantal LAHARNAR",       "Bruno DUQUESNOY",
                "Sabine HONORE",          "Emmanuelle GUILLAIN",
                "Eugénie CARBON",         "Rafik BZIOUI",
                "Christelle DUTRIAUX",    "Guillaume BOCQUET",
                "Thibaut THIEFFRY",       "Anne-Charlotte DEMEULENAERE",
                "Clémentine NOUQUERET",   "Karima CHOUIA",
                "Mathilde LOUCHART",      "Jacques DUPONT"};
  at.excused = {"Pascal NYS", "Jérôme MEERSEMAN", "Gaëtan DECOSTER"};
  at.proxies = {{"Pascal NYS", "Francis VERCAMER"},
                {"Jérôme MEERSEMAN", "Saïd LAOUADI"},
                {"Gaëtan DECOSTER", "Thibaut THIEFFRY"}};
  Vote v;
  v.unanimous = true;
  v.result = "adopted";
  act.votes.push_back(v);
  return act;
}

// Seed 004: commission permanente of the Pas-de-Calais, 17 Oct 2022.
inline Act Seed004Act(const DocText& doc) {
  Act act = WholeDocAct(doc);
  act.body.name = "Département du Pas-de-Calais";
  act.body.type = "commission_permanente";
  act.number = "2022-394";
  act.title =
      "SIGNATURE DE LA CONVENTION DE PARTENARIAT RELATIVE À L'ENVIRONNEMENT NUMÉRIQUE DE TRAVAIL "
      "DES HAUTS-DE-FRANCE";
  act.dates.session = "2022-10-17";
  act.dates.transmission = "2022-11-03";
  act.dates.publication = "2022-11-03";
  act.dates.signature = "2022-10-17";
  Put(&act, "/number", doc, "(N°2022-394)");
  Put(&act, "/dates/session", doc, "REUNION DU 17 OCTOBRE 2022");
  act.secretary = "Emmanuelle LAPOUILLE";
  Attendance& at = act.attendance;
  at.present = {"Jean-Claude LEROY",    "Mireille HINGREZ-CÉRÉDA", "Daniel MACIEJASZ",
                "Valérie CUVILLIER",    "Bertrand PETIT",          "Blandine DRAIN",
                "Jean-Marc TELLIER",    "Maryse CAUWET",           "Bénédicte MESSEANNE-GROBELNY",
                "Jean-Claude DISSAUX",  "Laurence LOUCHAERT",      "Laurent DUPORGE",
                "Karine GAUTHIER",      "Alain MEQUIGNON",         "Evelyne NACHEL",
                "François LEMAIRE",     "Florence WOZNY",          "Jean-Jacques COTTEL",
                "Sophie WAROT-LEMAIRE", "André KUCHCINSKI",        "Fatima AIT-CHIKHEBBIH",
                "Carole DUBOIS",        "Olivier BARBARIN",        "Zohra OUAGUEF",
                "Etienne PERIN",        "Maryse DELASSUS",         "Bruno COUSEIN",
                "Philippe FAIT",        "Emmanuelle LAPOUILLE",    "Alexandre MALFAIT",
                "Sylvie MEYFROIDT",     "Frédéric MELCHIOR",       "Brigitte PASSEBOSC",
                "Marc SARPAUX",         "Marie-Line PLOUVIEZ"};
  at.excused = {"Ludovic LOQUET",  "Caroline MATRAT",       "Sébastien CHOCHOIS",  "Pierre GEORGET",
                "Claude BACHELET", "Maité MULOT-FRISCOURT", "Stéphanie GUISELAIN", "Ludovic PAJOT"};
  at.absent = {"Steeve BRIOIS"};
  at.non_voting = {"Jean-Louis COTTIGNY", "Emmanuelle LEVEUGLE"};
  Put(&act, "/attendance/present/0", doc, "Étaient présents : M. Jean-Claude LEROY");
  Vote v;
  v.for_votes = 43;
  v.against = 0;
  v.abstentions = 0;
  v.not_voting = 1;
  v.result = "adopted";
  act.votes.push_back(v);
  Put(&act, "/votes/0/for", doc, "Pour : 43 voix");
  return act;
}

// A vote declared adopted with its figures as printed.
inline Vote AdoptedVote(int for_votes, int against, int abstentions,
                        std::optional<int> expressed = std::nullopt) {
  Vote v;
  v.for_votes = for_votes;
  v.against = against;
  v.abstentions = abstentions;
  if (expressed) v.expressed = *expressed;
  v.result = "adopted";
  return v;
}

// A one-page document of `text` (an excerpt of a generated or OCRed page).
inline std::unique_ptr<DocText> TextDoc(const std::string& text, float conf = 1.0f) {
  std::vector<PageText> pages;
  pages.push_back(PageFromPlainText(1, text, conf));
  return std::make_unique<DocText>(std::move(pages));
}

// A scanned page read at `conf`, the words spelled as in `doubtful` read at
// their own confidence ("28.08.2023" at 0.3): a figure or a label OCR doubted.
inline std::unique_ptr<DocText> ScanDoc(const std::string& text, float conf,
                                        const std::map<std::string, float>& doubtful) {
  std::vector<PageText> pages;
  pages.push_back(PageFromPlainText(1, text, conf));
  for (Line& l : pages[0].lines)
    for (Word& w : l.words)
      if (auto it = doubtful.find(w.text); it != doubtful.end()) w.conf = it->second;
  return std::make_unique<DocText>(std::move(pages));
}

inline Act Checked(const DocText& doc, Act act, const Geography* geo = TestGeo(),
                   const BodyRegistry* bodies = TestBodies()) {
  CheckContext ctx{geo, bodies, nullptr};
  RunChecks(doc, ctx, &act);
  return act;
}

}  // namespace testing
}  // namespace delib
