// Which pages of a PDF are scans, and at what resolution they were scanned.
// A scanner or a fax writes each page as one image of the page's
// proportions; poppler-cpp does not show a page's images, so this reads the
// PDF's objects with qpdf. Used for two decisions:
//   - a page with a short text layer and no page image is a born-digital
//     page with little on it (a signature block): its layer is the truth,
//     OCR would only read it again;
//   - a scanned page is rendered for OCR at its own resolution (when it is
//     a sensible one), not upsampled to 300 dpi: fewer pixels, the same
//     text, no interpolation blur.
//
//   std::vector<PageScan> scans = FindPageScans(path);   // empty: unknown
//   if (!scans.empty() && scans[0].is_scan) dpi = OcrDpi(scans[0], 300);
#pragma once

#include <string>
#include <vector>

namespace delib {

struct PageScan {
  bool is_scan = false;  // an image of the page's proportions covers it
  double dpi = 0;        // that image's pixels per inch (the finest if several)
};

// One entry per page; empty when qpdf cannot read the file (then nothing
// is known and callers keep their defaults). Never throws.
std::vector<PageScan> FindPageScans(const std::string& path);

// The resolution to render a scanned page at for OCR: its own when between
// 200 and 400 dpi, else `fallback` (a 150 dpi fax is upsampled, a 600 dpi
// scan reduced).
double OcrDpi(const PageScan& scan, double fallback);

}  // namespace delib
