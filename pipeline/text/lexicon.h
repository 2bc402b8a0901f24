// The words delib reads by, each listed once, folded (pipeline/base/fold.h):
// civilities, titles, name particles, month names, attendance and vote
// labels, and the characters OCR reads from specks. Extractors and checks ask
// here; none keeps its own list. Match a reading against a list with
// MatchLexicon (matcher.h), which tolerates OCR confusions once.
//
//   IsCivility("mme") && IsCivility("messieurs");      // true
//   IsNameParticle("van");                             // true
//   MonthNumber("fevrier") == 2;
//   Words(WordClass::kVoteLabel)                       // "pour", "contre", ...
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace delib {

enum class WordClass {
  kCivility,           // m, mme, monsieur, messieurs...: before a name, singular or plural
  kPluralCivility,     // mm, mmes, messieurs, mesdames: "Messieurs A et B"
  kTitle,              // maitre, docteur...: a title before a name
  kNameParticle,       // de, van, d'...: part of a surname, lower case
  kMonth,              // janvier ... decembre (index + 1 is the month)
  kWeekday,            // lundi ... dimanche: before a date ("le lundi 24 mars")
  kAttendanceHeading,  // present, absent, excuse, represente, pouvoir, procuration...
  kPresentHeading,     // present, presente, presents, presentes (of kAttendanceHeading)
  kAbsentHeading,      // absent(e)(s), excuse(e)(s): not present (of kAttendanceHeading)
  kVoteLabel,          // pour, contre, abstention...: a vote's figures
  kDecisionVerb,       // decide, approuve, adopte...: a decision stated after its vote
  kRejectionVerb,      // rejette, refuse: a decision that rejects
  kArticleVerb,        // decide, dit, constate...: the verb opening an article of the act
  kPlaceParticle,      // de, sur, lez, l'...: lower case inside a place's name
  kFieldLabel,         // rapporteur, objet, date, maire...: labels of an act's other lines
  kItemLabel,          // point, question, affaire...: before an agenda item's number
  kAreaNoun,           // region, canton, communaute, syndicat...: "de X" after them names no place
  kFunction,           // maire, adjoint, delegue...: a function printed after a name ends it
};

// The words of a class, folded, in a stable order (kMonth: January first).
const std::vector<std::string>& Words(WordClass c);

// Whether the folded word (a trailing period ignored) is in the class.
bool InClass(std::string_view folded_word, WordClass c);
inline bool IsCivility(std::string_view w) { return InClass(w, WordClass::kCivility); }
inline bool IsNameParticle(std::string_view w) { return InClass(w, WordClass::kNameParticle); }
inline bool IsTitle(std::string_view w) { return InClass(w, WordClass::kTitle); }

// 1..12 for a folded month name ("aout", "fevrier"), 0 otherwise.
int MonthNumber(std::string_view folded_word);

// A regex alternation of the class, longest first, for RE2 patterns written
// against folded text: "monsieur|madame|mme|m". A space inside an entry
// matches any run of spaces: "prend\\s+acte".
std::string Alternation(WordClass c);

// A regex (no capture group) for a civility as printed before a name,
// folded: its period optional, but required after a one-letter civility, so
// that an initial is not taken for one: "mme", "mme.", "m." but not "m".
std::string CivilityPattern();

// Characters OCR reads from specks, rules and margins: never part of a word
// ("= FLAMENT", "Maxime | COQUELLE"). A token made of them is a speck
// (IsSpeck, tokens.h); those opening a line are blanked once, in the token
// view (token_view.h), so that no pattern needs a class of them.
constexpr std::string_view kSpeckChars = ".:;,|=_~-*'`^\"()[]{}<>+/\\!?";
bool IsSpeckChar(char c);

// The speck characters that never stand in a person's name, wherever they
// are read ("Maxime | COQUELLE", "DUPONT ?"): a reader of names drops them.
// The others (periods, hyphens, apostrophes, brackets) may be a name's.
constexpr std::string_view kNotInNameChars = "?|!\":=";
bool IsNotInNameChar(char c);

// The marks no place's name holds as a list prints it: quotes (Fold makes
// the « » quotes) and brackets, specks or a name left unread
// ("Anor, [Baives"). An entry holding one is words read from outside the list.
constexpr std::string_view kNotInListedPlaceChars = "\"()[]{}";
bool IsNotInListedPlaceChar(char c);

// The marks trimmed from either end of a name or a list item: spaces,
// markdown emphasis and list punctuation ("* DUPONT ;" -> "DUPONT").
constexpr std::string_view kItemEdgeChars = " \t\n*_,;:-";
// Before a name, also dots, bars and quotes, the curly quotes and dashes of
// a cell's corner (UTF-8): what OCR reads from a table's rule before the
// civility ("| Mme DUPONT"); and a list's bullets ("• Mme DUPONT").
constexpr std::string_view kNameLeadChars = " \t\n*_,;:-.|'`";
inline constexpr std::string_view kNameLeadMarksUtf8[] = {"\u2018", "\u2019", "\u201c", "\u201d",
                                                          "\u2014", "\u2013", "\u00ab", "\u00bb",
                                                          "\u2022", "\u25aa", "\u27a2", "\u2756"};

}  // namespace delib
