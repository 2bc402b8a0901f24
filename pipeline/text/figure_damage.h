// What OCR does to a figure that its confidence does not show, told by
// scale against a count the document gives apart (the names it lists, the
// members in office): a digit added, a digit lost, two figures run together.
// A text layer's figure is the document's, however wrong: each test holds
// only for a figure read by OCR (trust.h).
//
//   DigitAdded(45, 15, Trust::kSure);         // more than twice the count
//   DigitLost(2, 23, Trust::kSure);           // under half the count
//   RunTogether(412, 29, Trust::kDoubt);      // above what it cannot exceed
//   !DigitAdded(45, 15, Trust::kTextLayer);
//
// One or two above a count may be the document's own error: the tests leave
// it to the rules.
#pragma once

#include "pipeline/text/trust.h"

namespace delib {

// A figure above twice `count` (a count of 0 says nothing): a digit the
// reading added.
bool DigitAdded(int figure, int count, Trust figure_trust);

// A figure under half `count`: a digit the reading lost.
bool DigitLost(int figure, int count, Trust figure_trust);

// A figure above `most`, a bound it cannot exceed (votants above the members
// in office or the seats): two figures read as one.
bool RunTogether(int figure, int most, Trust figure_trust);

}  // namespace delib
