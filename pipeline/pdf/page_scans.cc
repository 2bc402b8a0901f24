#include "pipeline/pdf/page_scans.h"

// qpdf 11: no PointerHolder in its API (see qpdf/PointerHolder.hh).
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <algorithm>
#include <cmath>

namespace delib {
namespace {

// An image "of the page's proportions": width/height within this of the
// page's, in either orientation (a page turned by /Rotate keeps its image).
constexpr double kAspectTolerance = 0.04;
// Below this, an image of page proportions is a thumbnail or a background
// tint, not a scan.
constexpr double kMinScanDpi = 50;
constexpr double kMinOcrDpi = 200, kMaxOcrDpi = 400;

}  // namespace

std::vector<PageScan> FindPageScans(const std::string& path) {
  std::vector<PageScan> out;
  try {
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.processFile(path.c_str());
    for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
      PageScan scan;
      QPDFObjectHandle::Rectangle box = page.getMediaBox().getArrayAsRectangle();
      const double pw = std::fabs(box.urx - box.llx), ph = std::fabs(box.ury - box.lly);
      if (pw > 0 && ph > 0) {
        const double page_aspect = pw / ph;
        page.forEachImage(true, [&](QPDFObjectHandle& image, QPDFObjectHandle&, const std::string&) {
          QPDFObjectHandle d = image.getDict();
          QPDFObjectHandle wo = d.getKey("/Width"), ho = d.getKey("/Height");
          if (!wo.isNumber() || !ho.isNumber()) return;
          const double w = wo.getNumericValue(), h = ho.getNumericValue();
          if (w <= 0 || h <= 0) return;
          double dpi = 0;
          if (std::fabs(w / h / page_aspect - 1) <= kAspectTolerance) dpi = w / (pw / 72);
          else if (std::fabs(h / w / page_aspect - 1) <= kAspectTolerance) dpi = h / (pw / 72);
          if (dpi >= kMinScanDpi) {
            scan.is_scan = true;
            scan.dpi = std::max(scan.dpi, dpi);
          }
        });
      }
      out.push_back(scan);
    }
  } catch (...) {
    // qpdf throws on what it cannot read; Poppler already judged the file.
    return {};
  }
  return out;
}

double OcrDpi(const PageScan& scan, double fallback) {
  if (!scan.is_scan || scan.dpi < kMinOcrDpi || scan.dpi > kMaxOcrDpi) return fallback;
  return std::round(scan.dpi);
}

}  // namespace delib
