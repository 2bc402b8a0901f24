// The extractors keep their patterns and keyword lists as data tables at the
// top of their .cc files, compiled once on first use. These say, in RE2's own
// words, which patterns failed to compile ("" when all did): a pattern that
// does not compile never matches, so tests assert these are empty.
#pragma once

#include <string>

namespace delib {

std::string SegmentRuleErrors();     // segment.cc
std::string HeaderRuleErrors();      // header.cc
std::string ActHeadingRuleErrors();  // act_headings.cc
// dates.h: DatePatternErrors().

}  // namespace delib
