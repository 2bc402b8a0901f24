// Small page images for report.html: the pages that carry the evidence of an
// anomaly (and the first page), rendered at low resolution, turned upright
// like the OCR saw them, as OUT/pages/<stem>-p<N>.png. Evidence boxes are in
// points, so the report scales them by image width / page width.
#pragma once

#include <string>
#include <vector>

#include "pipeline/model/act.h"
#include "pipeline/pdf/pdf_source.h"

namespace delib {

struct PageImageOptions {
  double dpi = 60;
  int max_pages = 20;  // per document
};

// Pages worth an image: evidence pages of anomalies, plus page 1.
std::vector<int> PagesToShow(const Record& record, int max_pages);

// Writes the images; returns the pages written. Failures are not errors of
// the document (the report then shows no image).
std::vector<int> WritePageImages(const PdfSource& pdf, const Record& record,
                                 const std::string& dir, const std::string& stem,
                                 const PageImageOptions& options = {});

}  // namespace delib
