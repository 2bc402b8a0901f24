// How far a value can be trusted, decided once from how it was read.
//
//   Trust t = TrustOf(ev.confidence);      // 1.0 -> kTextLayer, 0.93 -> kSure
//   if (AtLeast(t, Trust::kSure)) ...      // errors rest only on such facts
//
// The scale, best first:
//   kTextLayer  read from the PDF's text layer (confidence exactly 1)
//   kSure       OCR, every word at or above kDoubtBelow
//   kDoubt      OCR, a word below kDoubtBelow but at or above kIllegibleBelow
//   kIllegible  OCR, a word below kIllegibleBelow: a guess of Tesseract's
// Inferred values (a list whose end was not seen, a label taken from a
// neighbouring line) are given the scale's kDoubt by the parser that infers.
// The thresholds are Tesseract word confidences / 100; they live here only.
#pragma once

namespace delib {

enum class Trust { kIllegible = 0, kDoubt = 1, kSure = 2, kTextLayer = 3 };

constexpr double kDoubtBelow = 0.5;       // "15" read at 0.42: doubt
constexpr double kIllegibleBelow = 0.25;  // "4 245" read at 0.11 for 15: illegible

constexpr Trust TrustOf(double confidence) {
  return confidence >= 1.0               ? Trust::kTextLayer
         : confidence >= kDoubtBelow     ? Trust::kSure
         : confidence >= kIllegibleBelow ? Trust::kDoubt
                                         : Trust::kIllegible;
}

// A figure changes value with one glyph misread ("45" for 15), so a run of
// digits needs more of its own words' confidence than a word does: sure from
// kFigureDoubtBelow, doubt from kFigureIllegibleBelow, illegible below. Its
// words are its digits only, not the label or colon beside them.
constexpr double kFigureDoubtBelow = 0.9;
constexpr double kFigureIllegibleBelow = 0.7;
// A figure OCR printed with letters the digits scope repairs ("il" for 11,
// figures.h) is read with doubt whatever its words' confidence: its
// evidence's confidence is capped here.
constexpr double kRepairedFigureConfidence = (kFigureDoubtBelow + kFigureIllegibleBelow) / 2;

constexpr Trust TrustOfFigure(double confidence) {
  return confidence >= 1.0                     ? Trust::kTextLayer
         : confidence >= kFigureDoubtBelow     ? Trust::kSure
         : confidence >= kFigureIllegibleBelow ? Trust::kDoubt
                                               : Trust::kIllegible;
}

// Whether `t` is at least as trustworthy as `floor`.
constexpr bool AtLeast(Trust t, Trust floor) {
  return static_cast<int>(t) >= static_cast<int>(floor);
}

// Whether the value was read by OCR (any level below the text layer).
constexpr bool ReadByOcr(Trust t) { return t != Trust::kTextLayer; }

// The lower of two levels: a value read from several words is as
// trustworthy as its worst word.
constexpr Trust Weakest(Trust a, Trust b) { return AtLeast(a, b) ? b : a; }

// "text_layer", "sure", "doubt", "illegible": the name in JSON and reports.
const char* TrustName(Trust t);

}  // namespace delib
