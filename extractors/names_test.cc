#include "extractors/names.h"

#include <doctest/doctest.h>

#include <tuple>
#include <utility>
#include <vector>

namespace delib {
namespace {

TEST_CASE("names: civility removed, name kept as printed") {
  CHECK(StripCivility("Madame Nathalie GUISLAIN") == "Nathalie GUISLAIN");
  CHECK(StripCivility("M. Christophe COULON") == "Christophe COULON");
  CHECK(StripCivility("Mme Marie-Line PLOUVIEZ.") == "Marie-Line PLOUVIEZ");
  CHECK(StripCivility("Mlle Anne PETIT") == "Anne PETIT");
  CHECK(StripCivility("Monsieur Francis VERCAMER") == "Francis VERCAMER");
  // A civility run into the given name by a doubled dot, scanned.
  CHECK(StripCivility("M..Damien BOURGEOIS") == "Damien BOURGEOIS");
  CHECK(StripCivility("M.DUPONT") == "M.DUPONT");
  // Run into the surname, the given name after: a civility; alone, an initial.
  CHECK(StripCivility("M.CHARRIER Jean-Paul") == "CHARRIER Jean-Paul");
  CHECK(StripCivility("Mme.PÉROT Dorothée") == "PÉROT Dorothée");
  CHECK(StripCivility("M.DENISE") == "M.DENISE");
  CHECK(StripCivility("M.DENISE H.CHARANCON") == "M.DENISE H.CHARANCON");
  // A curly quote OCR read from a grid cell's corner, before the civility.
  CHECK(StripCivility("\u2018 M. Marc-Antoine BACHELET") == "Marc-Antoine BACHELET");
  CHECK(StripCivility("M. COULON") == "COULON");
  CHECK(StripCivility("Y. HUTCHINSON") == "Y. HUTCHINSON");
  CHECK(StripCivility("C LEFEBVRE") == "C LEFEBVRE");
  CHECK(StripCivility("P. VANDEN DORPE") == "P. VANDEN DORPE");
  // An initial keeps its dot, a sentence's end does not.
  CHECK(StripCivility("Jean C.") == "Jean C.");
  // OCR specks before a name (seed 004 scanned: ". M. Laurent DUPORGE").
  CHECK(StripCivility(". M. Laurent DUPORGE") == "Laurent DUPORGE");
  CHECK(StripCivility("| Mme Zohra OUAGUEF") == "Zohra OUAGUEF");
  // The civility's dot read as ':' (a commission permanente's present list, scanned).
  CHECK(StripCivility("M: Olivier PRUVOST") == "Olivier PRUVOST");
  CHECK(StripCivility("Mme, Agnès MONNET") == "Agnès MONNET");
  // A hyphen read twice (Hem layout, scanned).
  CHECK(StripCivility("Jean- -Claude GUISLAIN") == "Jean-Claude GUISLAIN");
  CHECK(StripCivility("Françoise HINGREZ- CÉRÉDA") == "Françoise HINGREZ-CÉRÉDA");
  CHECK(StripCivility("M. Jean - DUPONT") == "Jean - DUPONT");
  CHECK(StripCivility("Y. HUTCHINSON - P. ALLIOT") == "Y. HUTCHINSON - P. ALLIOT");
}

TEST_CASE("names: keys") {
  PersonKey k = MakePersonKey("Madame Nathalie GUISLAIN");
  CHECK(k.surname == "guislain");
  CHECK(k.given == "nathalie");
  CHECK(k.initials == "n");
  k = MakePersonKey("P. VANDEN DORPE");
  CHECK(k.surname == "vanden dorpe");
  CHECK(k.initials == "p");
  k = MakePersonKey("Anne-Charlotte DEMEULENAERE");
  CHECK(k.initials == "ac");
  k = MakePersonKey("GUISLAIN Nathalie");
  CHECK(k.surname == "guislain");
  CHECK(k.given == "nathalie");
  k = MakePersonKey("Nathalie Guislain");
  CHECK(k.surname == "guislain");
}

TEST_CASE("names: the same person however printed") {
  CHECK(SamePerson("Nathalie GUISLAIN", "N. GUISLAIN"));
  CHECK(SamePerson("Madame Nathalie GUISLAIN", "GUISLAIN Nathalie"));
  CHECK(SamePerson("N. GUISLAIN", "Nathalie Guislain"));
  CHECK(SamePerson("P. VANDEN DORPE", "Pascal VANDENDORPE"));
  CHECK(SamePerson("Gaëtan DECOSTER", "Gaetan DECOSTER"));    // accent lost
  CHECK(SamePerson("Jérôme MEERSEMAN", "Jerome MEERSEMAM"));  // one wrong letter
  CHECK(SamePerson("Bénédicte MESSEANNE-GROBELNY", "B. MESSEANNE GROBELNV"));
  CHECK(SamePerson("JEAN-CLAUDE LEROY", "Jean-Claude LEROY"));  // all capitals
  CHECK(SamePerson("M. COULON", "Christophe COULON"));          // surname only
  CHECK(SamePerson("M. VANDEN DORPE", "P. VANDEN DORPE"));
  CHECK(SamePerson("Jean-Claude LER0Y",
                   "Jean-Claude LEROY"));  // O read as 0           // compound, capitals only
}

TEST_CASE("names: different people are never merged") {
  CHECK_FALSE(SamePerson("X. DUBOIS", "G. DUBOIS"));
  CHECK_FALSE(SamePerson("Xavier DUBOIS", "G. DUBOIS"));
  CHECK_FALSE(SamePerson("Pascal NYS", "Pascale ALLIOT"));
  CHECK_FALSE(SamePerson("Luc MONNET", "Luc FOUTRY"));
  CHECK_FALSE(SamePerson("Anne DASSONVILLE", "Anne VANPEENE"));
  // Short surnames tolerate no error.
  CHECK_FALSE(SamePerson("Pascal NYS", "Pascal NOS"));
  CHECK_FALSE(SamePerson("Jean-Louis COTTIGNY", "Jean-Marc COTTIGNY"));
}

TEST_CASE("names: linking a proxy holder to the list of members") {
  std::vector<std::string> members = {"Y. HUTCHINSON", "P. VANDEN DORPE", "X. DUBOIS", "G. DUBOIS",
                                      "N. GUISLAIN"};
  CHECK(FindPerson("P. VANDEN DORPE", members) == 1);
  CHECK(FindPerson("Madame Nathalie GUISLAIN", members) == 4);
  CHECK(FindPerson("M. HUTCHINSON", members) == 0);
  CHECK(FindPerson("G. DUBOIS", members) == 3);
  CHECK(FindPerson("M. DUBOIS", members) == -1);  // two DUBOIS: ambiguous
  CHECK(FindPerson("M. DURAND", members) == -1);
  CHECK(FindPerson("M. VANDEN DORPE", members) == 1);
  CHECK(FindPerson("Pascal VANDENDORPE", members) == 1);
}

TEST_CASE("names: a digit among a surname's letters is the letter of the confusion table") {
  // printed, surname of the key
  for (auto [printed, surname] :
       std::vector<std::pair<const char*, const char*>>{{"Jean-Claude LER0Y", "leroy"},
                                                        {"N. GUI5LAIN", "guislain"},
                                                        {"Anne 8ERNARD", "bernard"},
                                                        {"Paul CA1ONNE", "calonne"}})
    CHECK_MESSAGE(MakePersonKey(printed).surname == surname, printed);
}

TEST_CASE("names: surnames and given names close enough (MatchWord)") {
  // a, b, same person
  for (auto [a, b, same] : std::vector<std::tuple<const char*, const char*, bool>>{
           {"Jérôme MEERSEMAN", "Jerome MEERSEMAM", true},  // one letter, 9 letters
           {"Marie BIERNE", "Marie BIEME", true},           // "rn" printed "m"
           {"Pascal NYS", "Pascal NOS", false},             // under 5 letters: exact
           {"Anne DASSONVILLE", "Anne DASSONVALLE", true},  // one letter, 11 letters
           {"Jean-Louis COTTIGNY", "Jean-Marc COTTIGNY", false},
           {"Luc MONNET", "Luc FOUTRY", false}})
    CHECK_MESSAGE(SamePerson(a, b) == same, a, " / ", b);
}

TEST_CASE("names: what looks like a person") {
  CHECK_FALSE(LooksLikePersonName("SN"));  // specks read as two capitals
  CHECK(LooksLikePersonName("Y. HUTCHINSON"));
  CHECK(LooksLikePersonName("C LEFEBVRE"));
  CHECK(LooksLikePersonName("Sana EL AMRANI"));
  CHECK(LooksLikePersonName("Paul LE GALL"));
  CHECK(LooksLikePersonName("Nathalie Guislain"));
  CHECK(LooksLikePersonName("E. Baghioni"));  // an initial, a capitalised surname
  CHECK_FALSE(LooksLikePersonName("A. Vu"));
  CHECK(LooksLikePersonName("Jean-Claude LER0Y"));
  CHECK_FALSE(LooksLikePersonName("ENT 59/62"));
  CHECK_FALSE(LooksLikePersonName("ADHESION AU SMO LA FIBRE"));
  CHECK(LooksLikePersonName("VANDEN DORPE"));
  CHECK_FALSE(LooksLikePersonName("Nathalie GUISLAIN a été désignée comme secrétaire de séance"));
  CHECK_FALSE(LooksLikePersonName("Vu le Code Général"));
  CHECK_FALSE(LooksLikePersonName("17"));
  CHECK_FALSE(LooksLikePersonName("Adopté"));
}

}  // namespace
}  // namespace delib
