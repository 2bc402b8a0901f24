// Stage "text -> acts": from a document's text to its acts with every field
// the contract names, each with its evidence. Pure: no I/O, no globals.
//
//   DocText doc(pages);
//   std::vector<Act> acts = ExtractActs(doc, ctx);
#pragma once

#include <vector>

#include "pipeline/model/act.h"
#include "pipeline/text/doc_text.h"

namespace delib {

class Geography;

struct ExtractContext {
  const Geography* geo = nullptr;  // official communes and EPCI; null: no matching
};

std::vector<Act> ExtractActs(const DocText& doc, const ExtractContext& ctx);

// The stages ExtractActs runs, in order. Each reads the act's lines
// [act->first_line, act->last_line) of `doc` and fills its part of the act
// and of act->evidence (keys are JSON pointers: "/dates/session",
// "/attendance/present/3", "/votes/0/for").

// Splits the document into acts (kind, pages, line range). Always returns at
// least one act for a document with text.
std::vector<Act> SegmentActs(const DocText& doc);
// body, number, title, dates, president, secretary.
void ExtractHeader(const DocText& doc, const ExtractContext& ctx, Act* act);
// attendance: stated counts and names, from prose and from tables.
void ExtractAttendance(const DocText& doc, Act* act);
// votes.
void ExtractVotes(const DocText& doc, Act* act);
// communes named in the act's lists and clauses, matched to the geography.
void ExtractCommunes(const DocText& doc, const ExtractContext& ctx, Act* act);

}  // namespace delib
