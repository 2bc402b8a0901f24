#include "extractors/non_voting.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extractors/extract.h"

namespace delib {

TEST_CASE("non-voting: the members an item names as not taking part") {
  struct Case {
    const char* text;
    std::vector<std::string> want;  // the names, "<chair>" for the chair
  };
  const std::vector<Case> cases = {
      // After the name, a clause in apposition between it and the verb.
      {"Monsieur Bernard ROBERT, ayant un intérêt personnel à cette question, ne prend pas part au "
       "vote et quitte la salle.",
       {"Bernard ROBERT"}},
      {"Monsieur Joël LECOEUR, Administrateur du Crédit Agricole, ne prend pas part au vote.",
       {"Joël LECOEUR"}},
      // The participle, names wrapped over two lines after the decision.
      {"Le Conseil, à l'unanimité des membres présents et représentés, Mesdames Paula RINIERI, "
       "Jeannine\nCAMPANA, Marie-Josée MALLERONI et Monsieur Marc-Marie GUGLIELMI ne prenant pas "
       "part au vote,\npar 18 voix, Approuve la proposition de son Maire.",
       {"Paula RINIERI", "Jeannine CAMPANA", "Marie-Josée MALLERONI", "Marc-Marie GUGLIELMI"}},
      {"Le Conseil, à la majorité, Madame Marie-Luce CASTELLI-CRISTIANI ne prenant pas part au "
       "vote.",
       {"Marie-Luce CASTELLI-CRISTIANI"}},
      // The noun, its names in brackets over a line break.
      {"Le Conseil Adopte, à la majorité (non participations au vote de Nathalie PULICANI,\n"
       "Jean-François ORSATELLI et Philippe SINDALI), la proposition de son Maire.",
       {"Nathalie PULICANI", "Jean-François ORSATELLI", "Philippe SINDALI"}},
      // The names after a colon.
      {"Conseillers municipaux qui ne prennent pas part au vote : M. Paul DURAND, Mme Anne PETIT\n"
       "Le conseil décide à l'unanimité.",
       {"Paul DURAND", "Anne PETIT"}},
      {"Mme MICHOT prend la parole et refait un point mais ne prend pas part au vote", {}},
      // The chair, named by function; leaving the room for the item.
      {"Monsieur le Maire ne prend pas part au vote.", {"<chair>"}},
      {"a) Approbation du CFU 2024.\nMonsieur le Maire quitte la salle.\nContexte :", {"<chair>"}},
      {"DÉCISIONS DU CONSEIL MUNICIPAL DU 24/03/2025\nMonsieur Jacky BESNIER quitte la salle.",
       {"Jacky BESNIER"}},
      {"La fiesta demande : 1000 € Vote : 9 pour\n(Mr VAILLIES et Mr PLUS ne votent pas)",
       {"VAILLIES", "PLUS"}},
      // A title's end on the line above, then the name after its civility;
      // two verbs, one statement.
      {"− Reversement aux particuliers de la subvention de l'Agence de l'Eau\nMonsieur Bernard "
       "ROBERT, ayant un intérêt personnel à cette question, ne prend pas part au vote et\nquitte "
       "la pièce le temps de son examen.",
       {"Bernard ROBERT"}},
      // Not a statement about members.
      {"les communes peuvent participer au financement des aides", {}},
  };
  for (const Case& c : cases) {
    CAPTURE(std::string(c.text));
    DocText doc({PageFromPlainText(1, c.text, 0.95f)});
    std::vector<std::string> got;
    for (const NotVotingStatement& st : FindNotVoting(doc, 0, doc.folded().size()))
      for (const NotVotingStatement::Named& n : st.names)
        got.push_back(n.chair ? "<chair>" : n.name);
    CHECK(got == c.want);
  }
  // Two verbs of one sentence make one statement.
  DocText doc({PageFromPlainText(
      1, "Monsieur Bernard ROBERT ne prend pas part au vote et quitte la pièce.", 0.95f)});
  CHECK(FindNotVoting(doc, 0, doc.folded().size()).size() == 1);
}

}  // namespace delib
