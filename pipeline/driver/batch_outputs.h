// What a person and a nightly job see after a batch: from the per-file records
// already in DIR (DIR/<stem>.json, see output-contract.md) this writes
//
//   DIR/summary.json             counts, failures, anomalies by rule, timings,
//                                corpus-level anomalies (schemas/summary.schema.json)
//   DIR/report.html              one self-contained page (inline CSS/JS, page
//                                pictures embedded as data: URIs, so it keeps
//                                them when copied alone): counts, anomalies by
//                                rule with each rule's meaning and legal basis
//                                (checks/rule_catalogue.h), filters (severity,
//                                rule, document, free text, new) and a sortable
//                                list of every anomaly, one section per document;
//                                each piece of evidence is a crop of its page
//                                picture DIR/pages/<stem>-p<N>.{jpg,png} when the
//                                pipeline wrote one (report_images.h), the whole
//                                page a click away. Size: one picture per page
//                                with evidence, however many anomalies it holds;
//                                past 64 MB of pictures the rest are linked from
//                                pages/ (and the report says so)
//   DIR/scdl-deliberations.csv   SCDL Délibérations 2.1, one row per act of kind
//                                "deliberation" (columns and choices below)
//   DIR/.delib/anomalies-previous.json   the anomaly ids of this run, so that
//                                the next run can mark what is new
//
// each one atomically (atomic_file.h): a reader never sees half a file.
//
//   BatchInfo info;
//   info.inputs = 1200; info.wall_s = 3600.5; info.anomalies = corpus_findings;
//   Result<BatchOutcome> out = WriteBatchOutputs(dir, info);
//   if (!out.ok()) ...;                 // an output could not be written
//   for (auto& p : out.value().problems) std::cerr << p << "\n";
//   if (fail_on_error && out.value().errors_unreviewed > 0) return 1;
//
// summary.json "failures" lists the failed records with their first error;
// partial records are counted and shown in the report with all their errors.
// Corpus anomalies (BatchInfo::anomalies) are counted like act anomalies and
// shown with their evidence quoted and links to their source documents (no
// page image: their evidence does not say which record it comes from).
//
// Records are read one at a time (sorted by file name) and dropped: memory is
// the aggregates, the failure list, one id per anomaly and one stem per
// record, whatever the size of the batch. A record that cannot be parsed or
// is not a record is listed in `problems` and in summary.json, never fatal.
//
// Review. A controller may write DIR/review.json:
//   [{"id": "<anomaly id>", "decision": "confirmed" | "dismissed",
//     "who": "A. Martin", "why": "the proxy is in the annex"}, ...]
// Dismissed anomalies are hidden in the report (listed, folded, with who and
// why) and do not count in BatchOutcome's errors_/warnings_unreviewed, which
// `--fail-on` reads. A malformed review file is ignored as a whole, and says
// why in `problems`, summary.json (review.status "invalid") and the report.
// Entries whose id matches no anomaly of this run (a typo, an anomaly that
// went away) apply to nothing: they are named in `problems` (the console),
// the report and summary.json (review.unmatched, review.unmatched_ids).
//
// New. An anomaly is new when its id was not in the previous run's
// .delib/anomalies-previous.json; with no previous run every anomaly is new.
//
// SCDL choices (rulebook.md, schema scdl/deliberations 2.1): UTF-8 without
// BOM, comma separator and CRLF line ends with RFC 4180 quoting (the Table
// Schema default dialect that validata checks, and OpenDataFrance's CSV
// guide); empty cell = unknown. COLL_NOM = body.name; COLL_SIRET only from a
// 14-digit body.siret (never a SIREN with an invented NIC); DELIB_ID = number;
// DELIB_DATE = dates.session; DELIB_OBJET = title; PREF_DATE =
// dates.transmission; DELIB_MATIERE_*, BUDGET_*, PREF_ID, DELIB_URL empty (not
// read from the documents). VOTE_EFFECTIF = attendance.in_office; VOTE_REEL =
// voters_count when stated, else present_count + proxies_count when both are
// stated, else empty; VOTE_POUR/CONTRE/ABSTENTION = the first vote's stated
// figures, except that "unanimité" with no stated "contre" gives VOTE_CONTRE
// = 0 (unanimity of expressed votes means no vote against); "pour" is never
// derived from unanimity, since abstentions and non-voters are unknown.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "pipeline/base/status.h"
#include "pipeline/model/act.h"

namespace delib {

// A finding across files (crossdoc.*): an act anomaly plus the stems of the
// records it rests on.
struct CorpusAnomaly {
  Anomaly anomaly;
  std::vector<std::string> sources;
};

// An input that is not read, and why (console and summary.json "skipped").
struct SkippedInput {
  std::string path;    // as found (bytes; outputs show it through ValidUtf8)
  std::string reason;  // "a broken symbolic link", "the same file as in/a.pdf"...
};

struct BatchInfo {
  int inputs = -1;  // input files of the batch; < 0: the records found
  // The records of this run (DIR/<stem>.json), from DIR/.delib/run.json; the
  // other records in DIR are of earlier runs: listed in summary.json
  // "earlier_records", not counted, not in the report or the CSV. Unset:
  // every record in DIR (a folder written by hand, a test).
  std::optional<std::vector<std::string>> stems;
  std::string run_id;                 // written to summary.json when set
  std::vector<SkippedInput> skipped;  // summary.json "skipped", the report
  std::string generated_at;           // ISO 8601 UTC; empty: now
  double wall_s = 0;
  // Further timings in seconds, written after wall_s ("ocr_s", "checks_s"...).
  std::vector<std::pair<std::string, double>> timings;
  std::vector<CorpusAnomaly> anomalies;
  // Page pictures embedded in report.html, in bytes of data: URI; past this
  // a picture is linked from pages/ instead (and the report says so), so a
  // batch of thousands of documents does not make a report no browser
  // opens: 64 MB is about 250 pages.
  size_t picture_budget = size_t(64) << 20;
};

struct BatchOutcome {
  // Anomalies NOT dismissed in review.json (unreviewed or confirmed), act and
  // corpus level: what `--fail-on error` (errors) and `--fail-on warning`
  // (errors + warnings) count.
  int errors_unreviewed = 0;
  int warnings_unreviewed = 0;
  int new_count = 0;        // ids absent from the previous run
  int dismissed_count = 0;  // matched a "dismissed" review entry
  int confirmed_count = 0;  // matched a "confirmed" review entry
  int records = 0;          // records read
  // Sentences for stderr: malformed review file, unmatched review entries,
  // unreadable records...
  std::vector<std::string> problems;
  // Records of earlier runs kept in DIR and not counted, in a sentence.
  std::vector<std::string> notes;
};

// Reads DIR/*.json records (all but summary.json, review*.json and hidden
// files; only those of BatchInfo::stems when set) and writes the outputs listed above. Fails only
// when an output cannot be written (Code::kUnreadable, naming the file).
Result<BatchOutcome> WriteBatchOutputs(const std::string& out_dir, const BatchInfo& info);

// The same, one record at a time, for a driver that holds each record just
// after writing it (WriteBatchOutputs is Open + Add per file + Finish).
// Nothing of `record` is kept by reference. Not thread-safe: one thread adds.
class BatchWriter {
 public:
  // Loads the review file and the previous ids, opens the CSV and a scratch
  // file for the report's document sections.
  static Result<BatchWriter> Open(const std::string& out_dir, const BatchInfo& info);
  BatchWriter(BatchWriter&&) noexcept;
  BatchWriter& operator=(BatchWriter&&) noexcept;
  ~BatchWriter();

  // `stem` is the record's file name without ".json".
  void Add(const std::string& stem, const nlohmann::json& record);
  // A record in DIR of an earlier run (summary.json "earlier_records").
  void AddEarlier(const std::string& stem);
  // A DIR/*.json file that could not be read or parsed.
  void AddUnreadable(const std::string& file_name, const std::string& message);
  // Writes summary.json, report.html, the CSV and the anomaly history.
  Result<BatchOutcome> Finish();

 private:
  struct Impl;
  explicit BatchWriter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Exposed for tests and for other exports.
inline constexpr const char* kScdlColumns[] = {
    "COLL_NOM",          "COLL_SIRET",    "DELIB_ID",     "DELIB_DATE", "DELIB_MATIERE_CODE",
    "DELIB_MATIERE_NOM", "DELIB_OBJET",   "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID",
    "PREF_DATE",         "VOTE_EFFECTIF", "VOTE_REEL",    "VOTE_POUR",  "VOTE_CONTRE",
    "VOTE_ABSTENTION",   "DELIB_URL"};
// One SCDL row (17 cells, kScdlColumns order) for an act of a record, as
// written by ActToJson; empty cells for unknown values.
std::vector<std::string> ScdlRow(const nlohmann::json& act);
// RFC 4180: quoted when it holds a comma, a quote, CR or LF; quotes doubled.
std::string CsvField(const std::string& value);
// HTML text and attribute escaping (& < > " ').
std::string HtmlEscape(const std::string& text);

}  // namespace delib
