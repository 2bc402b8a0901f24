// French numbers written in words, as deliberations print dates and counts:
// "vingt-et-un", "deux mille vingt-quatre", "quatre-vingt-dix-sept".
//
//   ParseFrenchNumberWords("vingt et un")             == 21
//   ParseFrenchNumberWords("DEUX MILLE VINGT-TROIS")  == 2023
//   ParseFrenchNumberWords("1er")                     == 1
//   ParseFrenchNumberWords("vingt chats")             == nullopt
//
// The words are parsed by ICU's French spell-out rules (RuleBasedNumberFormat,
// URBNF_SPELLOUT, lenient parsing), so there is no number table of ours. What
// ICU was measured to need (ICU 72): lenient mode for spaces instead of
// hyphens ("vingt et un", "dix neuf", "deux mille vingt trois"), which also
// accepts upper case; the whole input must be consumed or the answer is
// nullopt (strict ICU stops early: "vingt et un" -> 20). Folded input (no
// accents) is fine: French cardinal words carry none. "premier" is parsed by
// ICU; "1er"/"1ER" (the printed ordinal) is mapped to 1 before.
//
// Thread-safe: each thread keeps its own formatter (ICU formats are not safe
// to share), built on first use.
#pragma once

#include <optional>
#include <string_view>

namespace delib {

std::optional<int> ParseFrenchNumberWords(std::string_view words);

}  // namespace delib
