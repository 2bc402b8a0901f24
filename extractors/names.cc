#include "extractors/names.h"

#include <algorithm>

#include "pipeline/base/fold.h"
#include "pipeline/text/confusions.h"
#include "pipeline/text/lexicon.h"
#include "pipeline/text/matcher.h"

namespace delib {

namespace {

// Folded letters of a token, keeping inner hyphens ("jean-louis"); a digit
// among letters is the letter the confusion table says.
std::string FoldWord(std::string_view tok) {
  std::string out;
  for (char c : ConfusionTable::Default().Repair(Fold(tok), ConfusionScope::kLetters))
    if ((c >= 'a' && c <= 'z') || c == '-' || static_cast<unsigned char>(c) >= 0x80) out += c;
  while (!out.empty() && out.back() == '-') out.pop_back();
  while (!out.empty() && out.front() == '-') out.erase(0, 1);
  return out;
}

// "P." "C" "J.-L." : initials only, returns their letters ("p", "c", "jl").
bool InitialsOf(std::string_view tok, std::string* letters) {
  std::string f = Fold(tok);
  std::string out;
  int run = 0;
  for (char c : f) {
    if (c >= 'a' && c <= 'z') {
      if (++run > 1) return false;
      out += c;
    } else if (c == '.' || c == '-') {
      run = 0;
    } else {
      return false;
    }
  }
  if (out.empty()) return false;
  *letters = out;
  return true;
}

std::string Compact(const std::string& s) {
  std::string out;
  for (char c : s)
    if (c != ' ' && c != '-' && c != '\'') out += c;
  return out;
}

// Either printing may be the misread one; how each was read is not known
// here, so both count as OCR read with confidence.
bool Close(const std::string& a, const std::string& b) {
  return MatchWord(a, b, Trust::kSure).ok() || MatchWord(b, a, Trust::kSure).ok();
}

bool SurnameClose(const std::string& a, const std::string& b) {
  std::string ca = Compact(a), cb = Compact(b);
  return !ca.empty() && !cb.empty() && Close(ca, cb);
}

// Given names written out agree up to OCR damage and share their initial.
bool GivenCompatible(const PersonKey& a, const PersonKey& b) {
  if (!a.given.empty() && !b.given.empty()) {
    std::string ga = Compact(a.given), gb = Compact(b.given);
    return ga == gb || (ga[0] == gb[0] && Close(ga, gb));
  }
  if (a.initials.empty() || b.initials.empty()) return true;
  if (a.initials[0] != b.initials[0]) return false;
  // "J.-L." against "Jean-Louis": all initials; "J." against "Jean-Louis": first.
  if (a.initials.size() > 1 && b.initials.size() > 1) return a.initials == b.initials;
  return true;
}

// The reading of an all-capitals name as one compound surname.
PersonKey AsSurnameOnly(const PersonKey& k) {
  PersonKey s;
  s.surname = k.given.empty() ? k.surname : k.given + " " + k.surname;
  for (char& c : s.surname)
    if (c == '-') c = ' ';
  return s;
}

}  // namespace

bool LooksLikePersonName(std::string_view name) {
  if (name.empty() || name.size() > 80) return false;
  std::vector<std::string_view> words = SplitSpaces(name);
  if (words.empty() || words.size() > 7) return false;
  // A word of two letters alone is no surname.
  if (words.size() == 1 && ShapeOf(words[0]).letters <= 2) return false;
  int caps = 0, capitalised = 0;
  for (std::string_view tok : words) {
    TokenShape sh = ShapeOf(tok);
    // One digit among three letters or more is a damaged letter (FoldWord
    // repairs it); more is not a name.
    if (sh.digits > 1 || (sh.digits == 1 && sh.letters < 3)) return false;
    if (sh.letters == 0) continue;
    if (sh.letters == 1 && sh.first_upper) continue;  // initial
    if (sh.letters >= 2 && sh.lower == 0) {
      ++caps;
      continue;
    }
    if (sh.first_upper) {
      ++capitalised;
      continue;
    }
    std::string fw;
    for (char c : Fold(tok))
      if (c != '.' && c != '(' && c != ')') fw += c;
    if (IsNameParticle(fw)) continue;
    return false;
  }
  // A run of three words or more all in capitals is a title ("ADHESION AU
  // SMO LA FIBRE"), not a name, which shows a given name or an initial.
  if (caps >= 3 && caps == static_cast<int>(words.size())) return false;
  if (caps >= 1) return true;
  // An initial with its period and a capitalised surname: "E. Baghioni".
  if (words.size() == 2 && capitalised == 1 && words[0].size() == 2 && words[0][1] == '.' &&
      ShapeOf(words[0]).first_upper && ShapeOf(words[1]).letters >= 3)
    return true;
  // Without a surname in capitals ("Nathalie Guislain") only a short run of
  // capitalised words that does not open like a sentence ("Vu le Code
  // Général des Collectivités Territoriales").
  if (capitalised < 2 || capitalised > 3 || words.size() > 4) return false;
  static const char* const kSentenceStarts[] = {
      "vu",       "considerant", "article",    "le",     "la",        "les",      "l'",
      "pour",     "par",         "sur",        "dans",   "apres",     "ainsi",    "fait",
      "delibere", "affiche",     "transmis",   "recu",   "certifie",  "seance",   "commune",
      "conseil",  "departement", "republique", "region", "direction", "syndicat", "collectivite"};
  std::string first;
  for (char c : Fold(words[0]))
    if (c != '.') first += c;
  for (const char* w : kSentenceStarts)
    if (first == w) return false;
  return true;
}

std::string StripCivility(std::string_view printed) {
  std::string_view s = printed;
  auto trim = [&]() {
    // The marks around a name, and those before it (lexicon.h).
    for (bool more = true; more && !s.empty();) {
      more = false;
      if (kNameLeadChars.find(s.front()) != std::string_view::npos) {
        s.remove_prefix(1);
        more = true;
        continue;
      }
      for (std::string_view j : kNameLeadMarksUtf8)
        if (s.substr(0, j.size()) == j) {
          s.remove_prefix(j.size());
          more = true;
        }
    }
    while (!s.empty()) {
      char c = s.back();
      if (kItemEdgeChars.find(c) != std::string_view::npos) {
        s.remove_suffix(1);
        continue;
      }
      if (c == '.') {
        // A final '.' ends a sentence unless it closes an initial ("C.").
        size_t sp = s.find_last_of(" \t\n");
        std::string_view last = sp == std::string_view::npos ? s : s.substr(sp + 1);
        if (ShapeOf(last).letters == 1) break;
        s.remove_suffix(1);
        continue;
      }
      break;
    }
  };
  trim();
  // A civility run into the given name by a doubled dot ("M..Damien").
  for (std::string_view civ : {"Mme.", "Mlle.", "M."}) {
    if (s.substr(0, civ.size()) != civ) continue;
    size_t k = civ.size();
    while (k < s.size() && s[k] == '.') ++k;
    if (k > civ.size() && k < s.size() &&
        (std::isupper(static_cast<unsigned char>(s[k])) ||
         static_cast<unsigned char>(s[k]) >= 0xC3))
      s.remove_prefix(k);
    break;
  }
  // A civility run into the surname, the given name after it
  // ("M.CHARRIER Jean-Paul", "Mme.PÉROT Dorothée"); alone before a surname
  // the letter is an initial ("M.DENISE").
  for (std::string_view civ : {"Mme.", "Mlle.", "M."}) {
    if (s.substr(0, civ.size()) != civ || s.size() <= civ.size()) continue;
    const size_t sp = s.find(' ');
    if (sp == std::string_view::npos) break;
    const TokenShape surname = ShapeOf(s.substr(civ.size(), sp - civ.size()));
    const std::string_view rest = s.substr(sp + 1);
    const TokenShape given = ShapeOf(rest.substr(0, rest.find(' ')));
    if (surname.letters >= 2 && surname.lower == 0 && given.first_upper && given.lower > 0)
      s.remove_prefix(civ.size());
    break;
  }
  for (;;) {
    size_t sp = s.find_first_of(" \t\n");
    if (sp == std::string_view::npos) break;
    std::string first = Fold(s.substr(0, sp));
    // The civility's dot may be printed ':' or ','.
    while (!first.empty() && (first.back() == '.' || first.back() == ':' || first.back() == ','))
      first.pop_back();
    if (!IsCivility(first)) break;
    s.remove_prefix(sp);
    trim();
  }
  // A hyphen printed twice around a space is one ("Jean- -Claude").
  std::string out(s);
  for (size_t p = out.find("- -"); p != std::string::npos; p = out.find("- -", p)) {
    if (p > 0 && out[p - 1] != ' ' && p + 3 < out.size() && out[p + 3] != ' ')
      out.erase(p + 1, 2);
    else
      ++p;
  }
  // So is a hyphen with a space after it, between letters ("Marie- Anne").
  for (size_t p = out.find("- "); p != std::string::npos; p = out.find("- ", p + 1)) {
    if (p > 0 && out[p - 1] != ' ' && out[p - 1] != '-' && p + 2 < out.size() &&
        out[p + 2] != ' ' && out[p + 2] != '-')
      out.erase(p + 1, 1);
  }
  return out;
}

PersonKey MakePersonKey(std::string_view printed) {
  std::string name = StripCivility(printed);
  std::vector<std::string_view> toks = SplitSpaces(name);
  PersonKey k;
  std::vector<std::string> caps, given, other;
  std::string initials;
  for (std::string_view t : toks) {
    std::string letters;
    if (InitialsOf(t, &letters)) {
      initials += letters;
      continue;
    }
    TokenShape sh = ShapeOf(t);
    if (sh.letters == 0) continue;
    std::string w = FoldWord(t);
    if (w.empty()) continue;
    if (sh.letters >= 2 && sh.lower == 0) {
      caps.push_back(w);
    } else if (sh.first_upper) {
      given.push_back(w);
    } else {
      other.push_back(w);  // particles: "de", "van"
    }
  }
  auto join = [](const std::vector<std::string>& v) {
    std::string out;
    for (const std::string& w : v) {
      if (!out.empty()) out += ' ';
      out += w;
    }
    return out;
  };
  if (caps.empty() && !given.empty()) {
    // "Nathalie Guislain": the last capitalised word is the surname.
    caps.push_back(given.back());
    given.pop_back();
  } else if (!caps.empty() && given.empty() && initials.empty() && caps.size() >= 2) {
    k.ambiguous = true;
    given.push_back(caps.front());
    caps.erase(caps.begin());
  }
  k.surname = join(caps);
  k.given = join(given);
  if (!given.empty()) {
    k.initials.clear();
    for (const std::string& g : given) {
      bool start = true;
      for (char c : g) {
        if (c == '-') {
          start = true;
          continue;
        }
        if (start) k.initials += c;
        start = false;
      }
    }
  } else {
    k.initials = initials;
  }
  return k;
}

bool SamePerson(const PersonKey& a, const PersonKey& b) {
  if (SurnameClose(a.surname, b.surname) && GivenCompatible(a, b)) return true;
  if (a.ambiguous || b.ambiguous) {
    PersonKey sa = a.ambiguous ? AsSurnameOnly(a) : a;
    PersonKey sb = b.ambiguous ? AsSurnameOnly(b) : b;
    if (SurnameClose(sa.surname, sb.surname) && GivenCompatible(sa, sb)) return true;
  }
  return false;
}

bool SamePerson(std::string_view a, std::string_view b) {
  return SamePerson(MakePersonKey(a), MakePersonKey(b));
}

int FindPerson(std::string_view name, const std::vector<std::string>& members) {
  PersonKey k = MakePersonKey(name);
  if (k.surname.empty()) return -1;
  std::vector<int> compatible, exact;
  for (size_t i = 0; i < members.size(); ++i) {
    PersonKey m = MakePersonKey(members[i]);
    if (!SamePerson(k, m)) continue;
    compatible.push_back(static_cast<int>(i));
    bool given_agrees =
        (!k.given.empty() && !m.given.empty() && k.given == m.given) ||
        (!k.initials.empty() && !m.initials.empty() && k.initials[0] == m.initials[0]);
    if (Compact(k.surname) == Compact(m.surname) && given_agrees)
      exact.push_back(static_cast<int>(i));
  }
  if (compatible.size() == 1) return compatible[0];
  if (exact.size() == 1) return exact[0];
  return -1;
}

}  // namespace delib
