// Page pictures for report.html: the pages that carry the evidence of an
// anomaly, rendered at a resolution that reads (150 dpi), turned upright
// like the OCR saw them, as OUT/pages/<stem>-p<N>.jpg for a scanned page (a
// third of its PNG) or .png for a page with a text layer (0.7 times its
// JPEG, and no ringing around letters). The report embeds each once and
// shows every piece of evidence as a crop of it (report_images.h). Evidence
// boxes are in points, so the report scales them by image width / page width.
//
//   WritePageImages(pdf, record, out_dir + "/pages", stem);
//
// Costs and limits: one rendering per page with evidence, at most
// `max_pages` per document (the first ones), each under `max_pixels` (a plan
// is drawn at the resolution that fits: an A0 sheet at about 50 dpi).
#pragma once

#include <string>
#include <vector>

#include "pipeline/model/act.h"
#include "pipeline/pdf/pdf_source.h"

namespace delib {

struct PageImageOptions {
  double dpi = 150;
  int max_pages = 20;         // per document
  double max_pixels = 4.2e6;  // A4 at 150 dpi is 2.2 million
  int jpeg_quality = 75;
};

// Pages worth a picture: the evidence pages of the record's anomalies, in
// page order, at most `max_pages`.
std::vector<int> PagesToShow(const Record& record, int max_pages);

// Writes the pictures (atomically; the other format's file of the same page,
// left by an earlier run, is removed); returns the pages written. Failures
// are not errors of the document (the report then shows no picture).
std::vector<int> WritePageImages(const PdfSource& pdf, const Record& record, const std::string& dir,
                                 const std::string& stem, const PageImageOptions& options = {});

}  // namespace delib
