// mention.missing_secretary (L2121-15), mention.missing_convocation (L2121-10).
// An extract may leave out what the register holds: warnings.
#include <re2/re2.h>

#include <cctype>

#include "checks/check_util.h"

namespace delib {
namespace {

// The act states when the convocation was sent even though the date was not
// read into the record ("à la suite de la convocation qui lui a été faite le
// 1er mars", "sur convocation en date du huit décembre deux mille vingt-et-un").
bool ConvocationDateStated(const std::string& folded) {
  static const RE2 kStated(
      R"(convocations?\b[^.;]{0,80}?\b(?:le|du|en date du)\s+(?:\d{1,2}(?:er)?|premier|[a-z]+(?:-[a-z]+)*)\s+(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b)");
  // "Date de la convocation : : . 29.04.2020" (OCR noise between label and date).
  static const RE2 kDigits(
      R"(date de (?:la )?convocation[\s:.,_-]{0,12}\d{1,2}\s?[./-]\s?\d{1,2}\s?[./-]\s?\d{2,4})");
  // The phrase that announces the date, the date misread by OCR ("faite le 23
  // juiet", "en date _ dix- . juillet"): a day or a month is there.
  // "le" may be misread too ("faite 1e 24 juin"), a speck set after "été"
  // ("a été.\nfaite le 4 novembre"), the day be in words ("en
  // date du vingt-cinq nié").
  static const RE2 kAnnounced(
      R"(convocations?\s+(?:qui\s+lui\s+a\s+ete[.,:]?\s+faite(?:\s+\S{1,3})?|en\s+date)\b[^;]{0,40}?(?:\d|janv|fev|mars|avr|mai|juin|juil|aout|sept|oct|nov|dec|premier|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente))");
  return RE2::PartialMatch(folded, kStated) || RE2::PartialMatch(folded, kDigits) ||
         RE2::PartialMatch(folded, kAnnounced);
}

// The act names a secrétaire de séance that the reading could not take as a
// name ("Secrétaire : Mme é Stéphanie LEMAIRE", a speck inside it): the
// mention is there.
bool SecretaryStated(const std::string& folded) {
  static const RE2 kLabel(R"((?m)^[\s*_|.:-]*secretaire(?:[ \t]+de[ \t]+seance)?[ \t]*:[ \t]*[^\s:.]+)");
  static const RE2 kDesignated(
      R"(\b(?:a\s+ete|est|fut)\s+(?:designee?|elue?|nommee?|choisie?)\s+(?:comme\s+|en\s+qualite\s+de\s+|pour\s+(?:remplir|assurer)\s+les\s+fonctions\s+de\s+)?secretaire)");
  return RE2::PartialMatch(folded, kLabel) || RE2::PartialMatch(folded, kDesignated);
}

// The form's label is there and OCR read something after it that is no date
// ("Date de la convocation : DTA PS Se: rl"): the date is printed, unread. A
// label followed by specks only, or a text layer's label with no date after
// it, states no date.
bool ConvocationLabelUnread(const CheckInput& in) {
  if (!in.doc) return false;
  static const RE2 kLabel(R"(^[^a-z0-9]*date de (?:la )?convocation\s*:?\s*(.*)$)");
  const auto& lines = in.doc->lines();
  const Act& act = *in.act;
  for (size_t i = act.first_line; i < act.last_line && i < lines.size(); ++i) {
    re2::StringPiece line(in.doc->FoldedLine(i));
    std::string rest;
    if (!RE2::FullMatch(line, kLabel, &rest)) continue;
    int alnum = 0;
    for (char c : rest) alnum += std::isalnum(static_cast<unsigned char>(c)) != 0;
    // Confidence below 1: the line was read by OCR, not from a text layer.
    if (alnum >= 3 && in.doc->EvidenceForLines(i, i + 1).confidence < 1.0f) return true;
  }
  return false;
}

// On a scan, a line whose label OCR garbled into one word read with doubt,
// a civility and a name after its colon ("dns : Mme Anne-Charlotte MARQUE"
// for "Secrétaire : …"), no list's or function's label: the secretary's
// mention may be that line, unread.
bool SecretaryLabelUnread(const CheckInput& in) {
  if (!in.doc) return false;
  static const RE2 kLine(R"(^[^a-z0-9]*([a-z]{1,12})\s*:\s*(?:m\.?|mme\.?|monsieur|madame)\s+\S)");
  static const RE2 kKnown(
      R"(presents?|excuses?|absents?|pouvoirs?|procurations?|rapporteur|presidente?|objet|vote|votants?|pour|contre|abstentions?|date|maire|membres?|delegues?)");
  const auto& lines = in.doc->lines();
  const Act& act = *in.act;
  for (size_t i = act.first_line; i < act.last_line && i < lines.size(); ++i) {
    re2::StringPiece line(in.doc->FoldedLine(i));
    re2::StringPiece label;
    if (!RE2::PartialMatch(line, kLine, &label)) continue;
    if (RE2::FullMatch(label, kKnown)) continue;
    const size_t b = label.data() - in.doc->folded().data();
    if (in.doc->EvidenceForFolded(b, b + label.size()).confidence < kOcrDoubt) return true;
  }
  return false;
}

}  // namespace

void CheckMentions(const CheckInput& in, std::vector<Anomaly>* out) {
  const Act& act = *in.act;
  if (act.kind != "deliberation") return;
  const std::vector<std::string> where = {"/number", "/title"};
  // A syndicat mixte ouvert follows its statutes, which need not require a secrétaire de séance.
  if (!act.secretary && in.kind != BodyKind::kSmo && in.kind != BodyKind::kUnknown &&
      !SecretaryStated(in.text) && !SecretaryLabelUnread(in)) {
    out->push_back(MakeAnomaly(act, "mention.missing_secretary", "warning",
                               "no secrétaire de séance named in the extract", "CGCT L2121-15",
                               where));
  }
  if (!act.dates.convocation && in.kind != BodyKind::kUnknown && !ConvocationDateStated(in.text) &&
      !ConvocationLabelUnread(in)) {
    out->push_back(MakeAnomaly(act, "mention.missing_convocation", "warning",
                               "no convocation date in the extract", "CGCT L2121-10", where));
  }
}

}  // namespace delib
