// mention.missing_secretary (L2121-15), mention.missing_convocation (L2121-10).
// An extract may leave out what the register holds: warnings.
#include <re2/re2.h>

#include <vector>

#include "checks/check_util.h"
#include "pipeline/text/lexicon.h"
#include "pipeline/text/tokens.h"
#include "pipeline/text/trust.h"

namespace delib {
namespace {

// The act states when the convocation was sent even though the date was not
// read into the record ("à la suite de la convocation qui lui a été faite le
// 1er mars", "sur convocation en date du huit décembre deux mille vingt-et-un").
bool ConvocationDateStated(const std::string& folded) {
  static const RE2 kStated(
      R"(convocations?\b[^.;]{0,80}?\b(?:le|du|en date du)\s+(?:\d{1,2}(?:er)?|premier|[a-z]+(?:-[a-z]+)*)\s+(?:)" +
      Alternation(WordClass::kMonth) + R"()\b)");
  // Marks may stand between the label and its date: no letter, no digit.
  static const RE2 kDigits(
      R"(date de (?:la )?convocation[^a-z0-9]{0,12}\d{1,2}\s?[./-]\s?\d{1,2}\s?[./-]\s?\d{2,4})");
  // The phrase that announces the date, then a day or a month in any
  // spelling: the date is there even when the reading damaged it. The word
  // after "faite" may be damaged too, the day may be in words.
  static const RE2 kAnnounced(
      R"(convocations?\s+(?:qui\s+lui\s+a\s+ete[.,:]?\s+faite(?:\s+\S{1,3})?|en\s+date)\b[^;]{0,40}?(?:\d|janv|fev|mars|avr|mai|juin|juil|aout|sept|oct|nov|dec|premier|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente))");
  return RE2::PartialMatch(folded, kStated) || RE2::PartialMatch(folded, kDigits) ||
         RE2::PartialMatch(folded, kAnnounced);
}

// The act names a secrétaire de séance that the extraction could not take as
// a name: a sentence designating one says the mention is there (its label
// opening a line: SecretaryLabelStated).
bool SecretaryStated(const std::string& folded) {
  static const RE2 kDesignated(
      R"(\b(?:a\s+ete|est|fut)\s+(?:designee?|elue?|nommee?|choisie?)\s+(?:comme\s+|en\s+qualite\s+de\s+|pour\s+(?:remplir|assurer)\s+les\s+fonctions\s+de\s+)?secretaire)");
  // The chair proposes a candidate ("propose la candidature de X en qualité
  // de secrétaire"), the name perhaps unread.
  static const RE2 kCandidate(R"(\bcandidature\s+(?:de|d')[^;]{0,100}?\bsecretaire\b)");
  return RE2::PartialMatch(folded, kDesignated) || RE2::PartialMatch(folded, kCandidate);
}

// The lines of the session's shared header, then the act's: where the
// session's mentions stand.
std::vector<size_t> SessionLines(const CheckInput& in) {
  std::vector<size_t> out;
  const Act& act = *in.act;
  const size_t n = in.doc->lines().size();
  for (size_t i = act.header_first_line; i < act.header_last_line && i < n; ++i) out.push_back(i);
  for (size_t i = act.first_line; i < act.last_line && i < n; ++i) out.push_back(i);
  return out;
}

// The secretary's label opens a line, a word after its colon: the mention is
// there though no name was taken from it. Read on the blanked lines
// (DocText::blanked): specks may stand before the label.
bool SecretaryLabelStated(const CheckInput& in) {
  if (!in.doc) return false;
  static const RE2 kLabel(R"(^\s*secretaire(?:[ \t]+de[ \t]+seance)?[ \t]*:[ \t]*[^\s:.]+)");
  for (size_t i : SessionLines(in)) {
    const std::string_view line = in.doc->BlankedLine(i);
    if (RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), kLabel)) return true;
  }
  return false;
}

// The form's label is there and a scan holds words after it, or on the
// line under it, that are no date: the date is printed, unread. A label followed by what specks
// leave (SpecksOnly, tokens.h), or a text layer's label with no date after it, states no date.
bool ConvocationLabelUnread(const CheckInput& in) {
  if (!in.doc) return false;
  static const RE2 kLabel(R"(^[^a-z0-9]*date de (?:la )?convocation\s*:?\s*(.*)$)");
  for (size_t i : SessionLines(in)) {
    re2::StringPiece line(in.doc->FoldedLine(i));
    std::string rest;
    if (!RE2::FullMatch(line, kLabel, &rest)) continue;
    if (!ReadByOcr(TrustOf(in.doc->EvidenceForLines(i, i + 1).confidence))) continue;
    if (!SpecksOnly(rest)) return true;
    // A form's value may stand under its label ("Date de la convocation :"
    // then "5 mars 2021" in a margin box): words on the next line of a scan.
    if (i + 1 < in.doc->lines().size() && !SpecksOnly(in.doc->FoldedLine(i + 1))) return true;
  }
  return false;
}

// A line whose label is one word read with doubt, a civility and a name
// after its colon, and no label of the lexicon's (attendance headings, vote
// labels, other fields): the secretary's mention may be that line, its
// label unread.
bool SecretaryLabelUnread(const CheckInput& in) {
  if (!in.doc) return false;
  static const RE2 kLine(R"(^[^a-z0-9]*([a-z]{1,12})\s*:\s*(?:)" +
                         Alternation(WordClass::kCivility) + R"()\.?\s+\S)");
  for (size_t i : SessionLines(in)) {
    re2::StringPiece line(in.doc->FoldedLine(i));
    re2::StringPiece label;
    if (!RE2::PartialMatch(line, kLine, &label)) continue;
    const std::string_view word(label.data(), label.size());
    if (InClass(word, WordClass::kAttendanceHeading) || InClass(word, WordClass::kVoteLabel) ||
        InClass(word, WordClass::kFieldLabel))
      continue;
    const size_t b = label.data() - in.doc->folded().data();
    if (!AtLeast(TrustOf(in.doc->EvidenceForFolded(b, b + label.size()).confidence), Trust::kSure))
      return true;
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
      !SecretaryStated(in.session_text) && !SecretaryLabelStated(in) && !SecretaryLabelUnread(in)) {
    out->push_back(MakeAnomaly(act, "mention.missing_secretary", "warning",
                               "no secrétaire de séance named in the extract", where));
  }
  if (!act.dates.convocation && in.kind != BodyKind::kUnknown &&
      !ConvocationDateStated(in.session_text) && !ConvocationLabelUnread(in)) {
    out->push_back(MakeAnomaly(act, "mention.missing_convocation", "warning",
                               "no convocation date in the extract", where));
  }
}

}  // namespace delib
