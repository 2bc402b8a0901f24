#include "pipeline/text/name_damage.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstring>

#include "pipeline/base/fold.h"
#include "pipeline/text/lexicon.h"
#include "pipeline/text/matcher.h"

namespace delib {

bool FragmentOf(std::string_view piece, std::string_view whole) {
  if (piece.size() < kFragmentMinLetters || whole.size() <= piece.size()) return false;
  return whole.compare(whole.size() - piece.size(), piece.size(), piece) == 0 ||
         whole.compare(0, piece.size(), piece) == 0;
}

bool SurnamesAlike(std::string_view read, std::string_view member) {
  if (read.size() >= 2 && member.size() >= 2 && read.compare(0, 2, member.substr(0, 2)) == 0)
    return true;
  const double half = static_cast<double>(std::max(read.size(), member.size())) / 2;
  return WeightedDistance(read, member, ConfusionScope::kLetters, half) <= half;
}

bool OneEndDamaged(std::string_view a, std::string_view b) {
  const size_t shorter = std::min(a.size(), b.size());
  size_t n = 0;
  while (n < shorter && a[n] == b[n]) ++n;
  if (n >= 7 && 2 * n >= shorter) return true;
  n = 0;
  while (n < shorter && a[a.size() - 1 - n] == b[b.size() - 1 - n]) ++n;
  return n >= 7 && 2 * n >= shorter;
}

bool ShortNameDamaged(std::string_view read, std::string_view name) {
  return name.size() <= 4 && read.size() >= 2 &&
         (WeightedDistance(read, name, ConfusionScope::kLetters, 1) <= 1 ||
          (read.size() < name.size() && name.substr(0, read.size()) == read));
}

bool MostOfName(std::string_view part, std::string_view whole) {
  return part.size() >= 3 && 5 * part.size() >= 3 * whole.size() &&
         whole.find(part) != std::string_view::npos;
}

bool AlikeWhenIllegible(std::string_view a, std::string_view b) {
  const size_t lo = std::min(a.size(), b.size()), hi = std::max(a.size(), b.size());
  return lo >= 5 && a[0] == b[0] && 10 * lo >= 7 * hi;
}

bool ArticleRunIntoBullet(std::string_view line, std::string_view want, std::string_view rest) {
  return !rest.empty() && line.size() > rest.size() && line.size() <= want.size() + 2 &&
         line.substr(line.size() - rest.size()) == rest;
}

bool ReadsAsGivenName(std::string_view given) {
  if (given.size() < 3) return false;
  bool vowel = false;
  for (char c : given) {
    if (std::strchr("aeiouy", c))
      vowel = true;
    else if (!std::isalpha(static_cast<unsigned char>(c)) && c != '-' && c != ' ' && c != '\'')
      return false;
  }
  return vowel;
}

bool ReadableName(std::string_view name) {
  if (name.find_first_of("[]|") != std::string_view::npos) return false;
  if (name.find("   ") != std::string_view::npos) return false;
  // A civility inside the name starts a second person.
  static const RE2 kInnerCivility("\\S\\s+" + CivilityPattern() + "\\s");
  return !RE2::PartialMatch(Fold(name), kInnerCivility);
}

bool CaseBroken(std::string_view printed_word) {
  for (size_t i = 1; i < printed_word.size(); ++i)
    if (std::isupper(static_cast<unsigned char>(printed_word[i])) &&
        std::islower(static_cast<unsigned char>(printed_word[i - 1])))
      return true;
  return false;
}

bool GivenNameUnsure(std::string_view printed_given, Trust trust) {
  return !AtLeast(trust, Trust::kSure) || CaseBroken(printed_given);
}

}  // namespace delib
